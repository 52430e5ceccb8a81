package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.dates.DateParser;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words a byline opens with ("By Jane Doe", "Par Claire Dubois", "Von Max Muster", "بقلم ..."):
 * the one list that the author finder, the page scan and the body's boilerplate pruning read.
 */
public final class BylineLeads {

    /**
     * Lead-in words and labels, lower case: English, French, German, Spanish and Portuguese, Italian,
     * Dutch, Norwegian and Swedish, Indonesian and Malay, Turkish, Russian, Hebrew, Hindi and Arabic;
     * the author labels of Finnish, Hungarian, Greek, Vietnamese and Persian themes ("Kirjoittaja:",
     * "Szerző:", "نویسنده:") and the Hungarian plural "Szerzők:" ("authors"), and Thai "โดย" ("by");
     * the author labels ("Auteur :", "Autorin:", "Forfatter:") with them; Danish "Af", Hungarian
     * "Írta" ("wrote"), Croatian, Bosnian and Serbian "Piše"/"Пише" ("writes") and Serbian "Аутор",
     * Slovene "Avtor" (its dual "Avtorja" and plural "Avtorji", "authors", and the feminine "Avtorica"), Czech and Slovak "Napsal"/"Napísal" ("wrote"), Lithuanian "Autorius", Latvian
     * "Autors", Turkish "Yazan" ("the one who wrote"), Ukrainian "Автори", Serbian "Аутори" and Czech "Autoři" ("authors"), Thai "ผู้เขียน" ("writer") and "Gönderen" ("sender", Blogger's "Posted by"), Czech
     * "Vystavil", Hungarian "Bejegyezte", Finnish "Lähettänyt" and Hindi "प्रस्तुतकर्ता" (Blogger's "Posted by" in those
     * languages), Finnish "Kirjoittanut" ("written by", WordPress themes' "by"), "published by" as municipal and
     * club sites' CMSs write it: Hungarian "Közzétette", Czech and Slovak "Publikoval(a)" and "Přidal(a)"/"Pridal(a)" ("added by"), Croatian, Bosnian and
     * Serbian "Objavio/Objavila", Slovene "Objavil(a)", Turkish "Yayınlayan", Finnish "Julkaissut"; German's gender-inclusive
     * "Autor:in", "Autor*in", "Autor_in", "Autor/in" (and their plurals in "-innen"), Vietnamese "Bởi" ("by"), Ukrainian "Авторка", Albanian
     * "Autori", Icelandic "Höfundur", Basque "Egilea", Bengali "লেখক", Tamil "எழுதியவர்" and Urdu "تحریر";
     * Russian "автором" ("by the author": WordPress themes' "Опубликовано <date> автором <name>" split
     * into two elements), the plurals Greek "Συντάκτες", Persian "نویسندگان" ("writers") and Estonian "Autorid" ("authors"), and the Arabic labels "الكاتب", "الكاتبة" ("the writer") and "المؤلف" ("the author");
     * Azerbaijani "Müəllif", Georgian "ავტორი" and Armenian "Հեղինակ" ("author"; Armenian sets the label
     * off with its comma "՝", {@link #ARMENIAN_COMMA}, where other languages write a colon); Uzbek and
     * Tajik "Muallif"/"Муаллиф" ("author"), and Khmer "ដោយ" and Lao "ໂດຍ" ("by", as Thai "โดย"); Hindi "द्वारा"
     * ("by", as news templates translate the lead: "द्वारा राकेश शर्मा"), a postposition after its noun
     * everywhere else ("सरकार द्वारा", by the government), so it never opens a Hindi sentence; Thai "เขียนโดย"
     * ("written by"), "โพสต์โดย" ("posted by") and "เรียบเรียงโดย" ("compiled by"), written as one word, as Thai is, and Lao
     * "ຂຽນໂດຍ" ("written by") and "ຜູ້ຂຽນ" ("writer", as Thai "ผู้เขียน").
     * Welsh "Awdur" and Irish "Údar" ("author"), as community papers' Drupal fields label the writer.
     * Gujarati "લેખક" and Amharic "ጸሐፊ" ("writer"), Sinhala "කතෘ" ("author"), and Hausa "Daga" ("from", Hausa papers' "by":
     * "Daga Aminu Bello"); Russian "Беседовал(а)", Ukrainian "Розмовляв(ла)" and Belarusian "Размаўляў(ла)" ("talked", as an
     * interview's byline names who put the questions: "Розмовляла Дарина Савчук"); Burmese "သတင်း" ("news", Burmese papers' "news by": "သတင်း - ဇော်မင်း", as the text's first line)
     * and "သတင်းထောက်" ("reporter": "သတင်းထောက် - အောင်ကိုကို"); Afrikaans "Deur" ("by": "Deur Marelize Botha"); Maltese "Minn"
     * ("from", Maltese papers' and broadcasters' "by": "Minn Ġorġ Borg"), as Hausa "Daga" is.
     * Polish "Przez" ("by"), as Polish translations of WordPress news themes print it before the writer's link
     * ("Przez Anna Nowak"; a sentence never opens a byline element with it).
     * Mongolian "Сэтгүүлч" ("journalist") and "Сурвалжлагч" ("reporter"), the labels Mongolian portals set before the
     * writer's initial and given name ("Сэтгүүлч: Б.Солонго"), and Turkmen "Awtor" ("author"). West Frisian "Troch" ("by",
     * as Dutch "door": "Troch Anke Hoekstra"). Polish "oprac." ("opracowanie", "compiled by"; "opracował", "opracowała"),
     * as Polish portals credit whoever wrote a story up, in the meta line after the date ("02.12.2026, 13:40 · oprac. Anna Nowak").
     * Greenlandic "Allattoq" and Quechua "Qillqaq" ("writer"), and Inuktitut's "ᑎᑎᕋᖅᑎ" ("writer") and "ᐅᓂᒃᑲᓕᐅᖅᑎ"
     * ("reporter", who makes the story), the labels indigenous papers and broadcasters of the Arctic and the Andes set
     * before the name ("Allattoq: Aviaja Lynge").
     * Tatar "Әзерләде" and Bashkir "Әҙерләне" ("prepared by", as Russian "Подготовил"), as the republics' papers close a
     * story with its writer ("Әзерләде: Рәмзия Галиева"); Uyghur "مۇخبىرىمىز" ("our reporter"), the exile services' and
     * Xinjiang papers' lead before the name with no colon, and "مۇخبىر" ("reporter"); Tibetan "སྙན་སྒྲོན་པ" ("reporter")
     * and "རྩོམ་པ་པོ" ("author"), closed by the shad as a colon ({@link #SCRIPT_COLONS}).
     * Yiddish "פֿון" ("by", as German "von"; "פון" as Hasidic papers spell it without the point) and Somali "Qoraa"
     * ("writer", the label Somali sites set before the name: "Qoraa: Cabdi Xasan"); Luxembourgish "Vun" and "Vum" ("by",
     * German "von" and "vom": "Vun Tom Weber, Nadine Kieffer", "Vum Claude Wagner").
     * "de" is not one: it opens surnames ("De Wet", "De Luca") as often as bylines.
     */
    static final List<String> WORDS = List.of(
            "by", "par", "von", "por", "di", "door", "av", "oleh", "przez", "author", "authors", "autor", "autora", "autores",
            "autore", "auteur", "auteure", "autorin", "autoren", "autorka", "autorzy", "forfatter", "författare", "verfasser", "yazar", "penulis", "автор", "авторы", "автором", "добавил", "добавила", "опубликовал", "опубликовала", "מאת", "लेखक", "بقلم", "بواسطة", "كتب", "كتبت", "الكاتب", "الكاتبة", "المؤلف",
            "إعداد", "اعداد", "تحرير",
            "kirjoittaja", "szerző", "szerzők", "συντάκτης", "συντάκτρια", "συντάκτες", "autorid", "συγγραφέας", "tác giả", "نویسنده", "نویسندگان", "โดย", "awdur", "údar",
            "af", "írta", "piše", "пише", "аутор", "avtor", "avtorja", "avtorji", "avtorica", "napsal", "napsala", "napísal", "napísala",
            "autorius", "autorė", "autoriai", "autors", "yazan", "bởi", "авторка", "автори", "аутори", "ผู้เขียน", "autoři", "autori", "höfundur", "egilea", "লেখক", "எழுதியவர்",
            "تحریر", "müəllif", "ავტორი", "հեղինակ", "muallif", "муаллиф", "ដោយ", "ໂດຍ", "ຂຽນໂດຍ", "ຜູ້ຂຽນ", "द्वारा", "เขียนโดย", "โพสต์โดย", "เรียบเรียงโดย",
            "લેખક", "ጸሐፊ", "daga", "කතෘ", "သတင်း", "သတင်းထောက်", "deur", "minn", "сэтгүүлч", "сурвалжлагч", "awtor", "troch",
            "gönderen", "vystavil", "vystavila", "bejegyezte", "lähettänyt", "kirjoittanut", "प्रस्तुतकर्ता",
            "közzétette", "publikoval", "publikovala", "přidal", "přidala", "pridal", "pridala", "objavio", "objavila", "objavil", "yayınlayan", "julkaissut",
            "autor:in", "autor*in", "autor_in", "autor/in", "autor:innen", "autor*innen", "autor_innen", "autor/innen",
            "беседовал", "беседовала", "беседовали", "розмовляв", "розмовляла", "розмовляли", "размаўляў", "размаўляла",
            "oprac.", "opracowanie", "opracował", "opracowała", "allattoq", "qillqaq", "ᑎᑎᕋᖅᑎ", "ᐅᓂᒃᑲᓕᐅᖅᑎ",
            "әзерләде", "әҙерләне", "مۇخبىرىمىز", "مۇخبىر", "སྙན་སྒྲོན་པ", "རྩོམ་པ་པོ",
            "פֿון", "פון", "qoraa", "vun", "vum");

    /**
     * The labels a notice's details list sets before the body that issues it, in a cell of their own
     * ("<dt>Afzender</dt><dd>Gemeente Zuidwaarde</dd>"): Dutch "Afzender", German "Absender" and
     * "Herausgeber" (sender, issuer), French "Expéditeur", "Émetteur", Spanish "Remitente", "Emisor",
     * Italian "Mittente", Portuguese "Remetente", Polish "Nadawca", English "Issuer", "Issued by", "Sender", and
     * "issued by" in Dutch ("Uitgegeven door"), German ("Herausgegeben von"), French, Spanish, Italian and Polish.
     * Government and association sites so name who issues a press release or a notice: its author. Read
     * only as a list's label cell ({@link #isIssuerLabel}), since the words also head postal addresses
     * and a masthead's lines.
     */
    private static final Set<String> ISSUER_LABELS = Set.of("afzender", "absender", "herausgeber", "herausgeberin", "expéditeur",
            "émetteur", "remitente", "emisor", "mittente", "remetente", "nadawca", "issuer", "issued by", "sender",
            "uitgegeven door", "herausgegeben von", "émis par", "emitido por", "emesso da", "wydane przez");

    /**
     * True when the element is a list's or a table's label cell holding an {@link #ISSUER_LABELS} label:
     * a description list's term ("<dt>Afzender</dt><dd>…") or a row's header cell
     * ("<tr><th>Herausgeber</th><td>Stadt X</td></tr>"), the two ways HTML sets a field's name beside its value.
     */
    public static boolean isIssuerLabelCell(org.jsoup.nodes.Element cell, String text) {
        String tag = cell.normalName();
        return (tag.equals("dt") || tag.equals("th")) && isIssuerLabel(text);
    }

    /** True when the text is an {@link #ISSUER_LABELS} label, perhaps with its colon. */
    public static boolean isIssuerLabel(String text) {
        String t = text.strip();
        if (t.endsWith(":") || t.endsWith("：")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return !t.isEmpty() && t.length() <= MAX_ISSUER_LABEL_CHARS && ISSUER_LABELS.contains(t.toLowerCase(java.util.Locale.ROOT));
    }

    /** The longest issuer label ("herausgegeben von"): a longer text is none, and is refused without a copy. */
    private static final int MAX_ISSUER_LABEL_CHARS = 17;

    /** Leads that open a name when capitalised ("Di Maio"): a lead only in lower case ("di Mario Rossi"). */
    private static final Set<String> LOWER_CASE_ONLY = Set.of("di");

    /**
     * Chinese, Japanese and Korean write a label and a colon: "著者：...", "記者：...", Discuz portals the
     * article's writer as "原作者：..." (original author, beside the poster's account), and blog themes
     * translate "Posted by" as "投稿者:", "发布者：", "작성자:". Magazines credit the writer as
     * "Text: Name" ("Texte :", "Teksti:", "Κείμενο:", "Текст:", Latvian "Teksts:", Lithuanian "Tekstas:", Slovene "Besedilo:", Basque "Testua:", Welsh "Testun:", Irish "Téacs:", Icelandic "Texti:"), Hebrew news as "כתב:" (the
     * correspondent) and "כתבו:" (wrote, of several), English, Indonesian and Bengali news as "Reporter:" ("প্রতিবেদক:",
     * and "প্রতিবেদন:", report), Hindi news as "रिपोर्ट:"
     * (report), "रिपोर्टर:" and "संवाददाता:" (correspondent), Arabic magazines as "كتابة:" (writing), German
     * papers an interview's interviewer as "Interview:" (Spanish and Portuguese "Entrevista:", Italian "Intervista:",
     * Swedish and Norwegian "Intervju:", Polish "Rozmawiał:" and "Rozmawiała:" (talked), Japanese "聞き手" (the one who
     * listens) and "聞き手・構成" (and composed the text), as magazines credit who put the questions and wrote the
     * piece beside the photographer; the person interviewed is the headline's): labels only
     * with their colon, since the words open sentences too; so are magazines' "Words:" and "Text and
     * photos:" (in the languages read) and Turkish news's "Haber:" ("news:", the reporter's credit).
     * Spanish "Redacción:" and Portuguese "Redação:" ("the writing", of "redactar", "redigir": to
     * write) before a name credit its writer, and so do German "Redaktion:", Dutch "Redactie:", Polish
     * "Redakcja:" and French "Rédaction :" where a club's or a council's post is signed at its foot, as Turkish "Muhabir:", Russian "Корреспондент:" and
     * Portuguese "Reportagem:" (the reporter, the reporting) do, and Turkish "Yazı:" (text), Indonesian
     * "Laporan:" (report) and "Kontributor:", Arabic "تقرير:" (report) and "متابعة:" (coverage), Persian "گزارش:" and Urdu "رپورٹ:" (report); alone they are the newsroom, a generic credit, and
     * after a first credit ("Texto: X Redacción: Y") the editing. Italian "Redazione:" is not one:
     * it heads the list of a masthead's editorial staff, the writer being "Testo:" or "di". Thai
     * magazines credit the story as "เรื่อง:" and Vietnamese papers the article as "Bài:", "Bài viết:"
     * and "Bài và ảnh:" (article and photos). Indonesian news credits the reporter as "Jurnalis:" and
     * "Wartawan:" (journalist), and the national wire's foot line its reporter as "Pewarta:" (newsman, beside "Editor:"), Hindi bylines write "द्वारा:" ("by", a lead too: {@link #WORDS}), and Ukrainian and Russian magazines
     * "Текст і фото:", "Текст та фото:", "Текст и фото:" (text and photos); Persian news the reporter as
     * "خبرنگار:" and Urdu the correspondent as "نامہ نگار:" and the author as "مصنف:"; Kurdish (Sorani) news the writer as "نووسەر:" and "نووسینی:" (written by), Kurmanji news as "Nivîskar:"; Urdu papers
     * the reporter also as "ریپورٹر:", Sindhi the report as "رپورٽ:" and the reporter as "رپورٽر:", Pashto the writer as "لیکوال:",
     * Shahmukhi Punjabi as "لکھاری:", Balochi as "نبشتہ کار:", Sorani the reporter as "هەواڵنێر:", Dari as "گزارشگر:", and
     * Kurmanji agencies the news item as "Nûçe:" (as Turkish "Haber:"); Mongolian news the reporter as "Сурвалжлагч:",
     * the author as "Зохиогч:", the one who posted the story as "Нийтэлсэн:" (published by, as blog themes' "Posted by:") and the one
     * who prepared it as "Бэлтгэсэн:" (prepared by, as Russian "Подготовил"); Greek sites the piece's compiler as "Επιμέλεια:" (editing, as Italian "A cura di"); "text and photos" so in Finnish ("Teksti ja kuvat:"), Swedish, Danish and
     * Norwegian, Czech, Hungarian, Dutch, Polish, Romanian, Catalan, Greek and Indonesian, and German also with one photo or
     * picture ("Text und Foto:", "Text und Bild:", as local weeklies credit a contributor under a club's report). Gujarati news credits the report
     * as "અહેવાલ:", the other Indian languages' papers the report or the reporter as Odia "ରିପୋର୍ଟ:", Kannada "ವರದಿ:", Punjabi
     * "ਰਿਪੋਰਟ:" and "ਰਿਪੋਰਟਰ:", Malayalam "റിപ്പോർട്ട്:", Telugu "రిపోర్టర్:", Assamese "প্ৰতিবেদক:" and "প্ৰতিবেদন:" (as
     * Bengali's, with Assamese "ৰ"), Amharic the reporter as "ዘጋቢ:", Yoruba as "Akọ̀ròyìn:", and Thai the news item as "ข่าว:" and "ข่าว/ภาพ:" (news and photos), as
     * Turkish "Haber:" does. A podcast's or a programme's page credits
     * its presenter, who makes the episode the page shows, as "Host:", Italian "Conduce:" (and "Conduttore:",
     * "Conduttrice:"), French "Présentation :", Spanish "Presentación:", Portuguese "Apresentação:" and German
     * "Moderation:", beside the guests' and the producers' credits.
     * Faroese "Tekstur:" ("text"), as Icelandic "Texti:"; "text and pictures" so in Faroese and Icelandic ("Tekstur og
     * myndir:", "Texti og myndir:"), Estonian ("Tekst ja fotod:"), Latvian ("Teksts un foto:") and Lithuanian ("Tekstas ir
     * nuotraukos:"). Tok Pisin papers credit the reporter as "Stori:" (story) and "Stori na piksa:" (story and picture);
     * Javanese magazines the writer as "Dening:" ("by", a label only with its colon: "Dening kuwi," opens a sentence,
     * "therefore").
     */
    private static final List<String> LABELS_WITH_COLON = List.of("著者", "作者", "原作者", "筆者", "記者", "文", "投稿者", "執筆者", "发布者",
            "發佈者", "发布人", "작성자", "글쓴이",
            "text", "texte", "texto", "testo", "tekst", "teksti", "teksts", "tekstas", "besedilo", "szöveg", "κείμενο", "текст", "testua", "testun", "téacs", "texti", "tekstur", "כתב", "כתבה", "כתבת", "כתבו",
            "reporter", "reporters", "প্রতিবেদক", "প্রতিবেদন",
            "words", "text and photos", "text & photos", "words and pictures", "words & pictures", "text und fotos", "text & fotos",
            "text und foto", "text & foto", "text und bild", "text und bilder",
            "texte et photos", "texto y fotos", "texto e fotos", "testo e foto", "haber", "muhabir", "корреспондент", "reportagem",
            "yazı", "laporan", "kontributor", "تقرير", "متابعة", "كتابة", "گزارش", "رپورٹ", "रिपोर्ट", "रिपोर्टर", "संवाददाता", "interview",
            "entrevista", "intervista", "intervju", "rozmawiał", "rozmawiała", "rozmawiali", "聞き手", "聞き手・構成", "聞き手・文",
            "redacción", "redaccion", "redação", "redacao", "redaktion", "redactie", "redakcja", "rédaction", "เรื่อง", "bài và ảnh", "bài", "bài viết",
            "jurnalis", "wartawan", "pewarta", "द्वारा", "текст і фото", "текст та фото", "текст и фото", "خبرنگار", "نامہ نگار", "مصنف", "نووسەر", "نووسینی", "nivîskar",
            "dening", "ریپورٹر", "رپورٽ", "رپورٽر", "لیکوال", "لکھاری", "نبشتہ کار", "هەواڵنێر", "گزارشگر", "nûçe",
            "сурвалжлагч", "зохиогч", "нийтэлсэн", "бэлтгэсэн", "επιμέλεια", "અહેવાલ", "ରିପୋର୍ଟ", "ವರದಿ", "ਰਿਪੋਰਟ", "ਰਿਪੋਰਟਰ",
            "റിപ്പോർട്ട്", "రిపోర్టర్", "প্ৰতিবেদক", "প্ৰতিবেদন", "ዘጋቢ", "akọ̀ròyìn", "ข่าว", "ข่าว/ภาพ", "ข่าวและภาพ",
            "teksti ja kuvat", "teksti ja kuva", "text och foto", "text och bild",
            "host", "hosts", "conduce", "conducono", "conduttore", "conduttrice", "présentation", "presentación", "apresentação", "moderation", "tekst og foto", "tekst og billeder", "tekst og bilder",
            "text a foto", "text a fotografie", "szöveg és fotó", "szöveg és kép", "tekst en foto's", "tekst en beeld", "tekst i zdjęcia",
            "text și foto", "text i fotos", "text i fotografia", "κείμενο και φωτογραφίες", "teks dan foto",
            "tekstur og myndir", "tekstur og mynd", "texti og myndir", "texti og mynd", "tekst ja fotod", "tekst ja foto",
            "teksts un foto", "tekstas ir nuotraukos", "tekstas ir nuotrauka", "stori", "stori na piksa", "stori na ol piksa");

    /**
     * The Chinese and Japanese labels that credit the writer ("文", "作者", "記者"), which magazines
     * and blogs also join to the name with a slash, a middle dot or an equals sign instead of a colon:
     * "文/李静", "文・山田太郎", "文＝佐藤花子", "作者｜王磊"; and Japanese magazines' compound credits
     * of the writer, "取材・文／高橋誠" (reporting and text), "構成・文" (editing and text), "文・写真"
     * (text and photos), longest first, and "取材" (reporting) alone; Chinese "撰文", "撰稿" (wrote the text).
     */
    private static final List<String> CJK_LABELS = List.of("取材・文・写真", "取材・文", "取材・執筆", "構成・文", "文・写真", "撰文", "撰稿",
            "著者", "作者", "筆者", "記者", "记者", "文", "执笔", "執筆", "取材");

    /**
     * The Japanese compound credits among the {@link #CJK_LABELS} ("文・写真", "取材・文"), which magazines also set
     * before the name with a blank alone, often the ideographic space: "文・写真　高橋 美咲". Read before the labels
     * with their joiners, whose "文" and middle dot would leave "写真　高橋 美咲".
     */
    private static final String JAPANESE_COMPOUND_LABEL_BLANK = "(?:" + String.join("|", CJK_LABELS.stream().filter(l -> l.indexOf('・') > 0).toList())
            + ")[\\s\\u3000\\u00A0]+(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])";

    /**
     * Chinese papers' credit of text and photos to one reporter, "文/图" (text/photos) or "图/文", set
     * before the name with a blank or a colon and often the reporter's role after it: "文/图 记者 刘洋",
     * "图文：王芳". Read whole, before the {@link #CJK_LABELS} ("文" with its slash would leave "图 记者 刘洋").
     */
    private static final List<String> CHINESE_TEXT_AND_PHOTO_LABELS = List.of("文/图", "图/文", "文／图", "图／文", "文/圖", "圖/文",
            "文／圖", "圖／文", "文·图", "图·文", "文、图", "图文", "圖文");

    /** The reporter's role a {@link #CHINESE_TEXT_AND_PHOTO_LABELS} label may set before the name: "记者", "本报记者". */
    private static final String CHINESE_REPORTER_ROLE = "(?:(?:本报|本報)?(?:记者|記者)\\s*)?";

    /**
     * Korean magazines' and papers' credits of the writer before the name, with a space, a colon or an
     * equals sign: "글·사진 박서연" (text and photos), "글 박서연" (text); a Hangul name follows.
     */
    private static final List<String> KOREAN_LABELS = List.of("글·사진", "글/사진", "글과 사진", "글");

    /** A {@link #KOREAN_LABELS} label and what joins it to the Hangul name after it. */
    private static final String KOREAN_LABEL = "(?:" + String.join("|", KOREAN_LABELS) + ")(?:\\s*[:：=]\\s*|\\s+)(?=\\p{IsHangul})";

    /** What joins a {@link #CJK_LABELS} label to its name: a colon, a slash, a middle dot, an equals sign or a bar. */
    private static final String CJK_LABEL_JOINERS = "[:：/／・=＝|｜]";

    /**
     * Words before the lead that keep it a byline: "Written by", "Photos by", "Analysis by", the wires'
     * "Reporting by" (at the foot: "Reporting by Jane Doe; Editing by John Roe") and "Writing by" (the writer's credit
     * that opens a sign-off naming no reporter: "(Writing by Jane Doe; Editing by John Roe)"), a press
     * release's "Issued by" and its name, "Press release by" ("Pressemitteilung von", "Persbericht door",
     * "Comunicado por", "Pressmeddelande av"): the issuer signs it; and the
     * participles blog themes translate "Posted by" and "Written by" into ("Publié par", "Geschrieben
     * von", "Publicado por", "Geplaatst door"), Blogger's among them ("Eingestellt von", "Dikirim oleh",
     * "Upplagd av", "Indsendt af"); and the credit of a report a reader, a club or a family sent in, which
     * local papers print at its foot ("Submitted by", "Contributed by", "Eingesandt von", "Eingereicht von", Dutch "Ingezonden door").
     */
    private static final List<String> CREDIT_KINDS = List.of(
            "written", "writing", "posted", "published", "reported", "reporting", "story", "text", "words", "photo", "photos", "review", "analysis",
            "opinion", "commentary", "interview", "écrit", "publié", "posté", "rédigé", "geschrieben", "verfasst",
            "veröffentlicht", "gepostet", "erstellt", "escrito", "publicado", "postado", "redactado", "geschreven",
            "geplaatst", "gepubliceerd", "skrevet", "publisert", "postet", "skriven", "skrivet", "publicerad", "publicerat",
            "postat", "ditulis", "diposting", "dipublikasikan", "issued", "eingestellt", "dikirim", "upplagd", "upplagt", "indsendt",
            "press release", "pressemitteilung", "persbericht", "comunicado", "pressmeddelande", "pressemelding", "comunicato",
            "submitted", "contributed", "eingesandt", "eingereicht", "ingezonden");

    /**
     * Italian themes write "Pubblicato da", "Scritto da" ("da" is a lead only after such a participle),
     * Danish "Skrevet af", Romanian "Scris de", Catalan "Publicat per" (never alone: "de" and
     * "per" are common words; Danish "Af" is a lead alone too, before a capitalised name),
     * and author boxes link "View all posts by Jane Doe" in the theme's language ("Посмотреть все записи автора", "Lihat semua pos oleh",
     * "Bekijk alle berichten van", "Visa alla inlägg av") and label the name as the article's or the post's author
     * (Czech "Autor článku", Hungarian "A bejegyzés szerzője"). Greek writes "Γράφει ο"
     * / "Γράφει η" ("writes the", the article before the name) or the genitive article alone, "Του
     * Νίκου Αλεξίου", "Της Μαρίας ...", "Των ..." ("[text] of the"), or, translating the English "By",
     * "Από τον" / "Από την" ("from the", the name then in the accusative: "Από την Ελένη Σταθοπούλου"); Hebrew themes "נכתב על ידי" and
     * "פורסם על ידי" ("written by", "posted by"). Bloggers and magazines credit a post as German "Ein
     * (Gast)beitrag von", English "Guest post by" (and papers an outside contributor's piece "Guest column by",
     * "Guest commentary by", "Guest essay by", "Guest opinion by"), French "Article rédigé par" and, for an interview,
     * "Propos recueillis par" (the interviewer's), Italian "A cura di" ("edited by": the piece's maker);
     * "Texto de", "Texte de", "Testo di", "Articolo di", "Reportagem de" (text, article, report of), the
     * same with the photos ("Testo e foto di", "Texto y fotos de", "Text und Fotos von") and
     * Russian "Подготовил(а)" ("prepared by"), and the same credit of the story's preparer in Lithuanian
     * ("Parengė"), Latvian ("Sagatavoja"), Estonian ("Koostas", compiled), Slovak, Czech and Slovene
     * ("Pripravil(a)", "Připravil(a)"), Croatian, Bosnian and Serbian ("Pripremio/Pripremila", "Припремио/Припремила"),
     * Ukrainian ("Підготував/Підготувала") and Bulgarian ("Подготви"); Swahili "Imeandikwa na" ("written by"), and Blogger's
     * "Imetumwa na" ("sent by": "Posted by") and "Imechapishwa na" ("published by"); Hindi Blogger's
     * "द्वारा पोस्ट किया गया" ("posted by") and "द्वारा प्रकाशित" ("published by"); Maltese "Kitba ta'" ("writing of",
     * with the straight or the typographic apostrophe) and "Miktub minn" ("written by"). Papers open a report's
     * byline with what the piece is: French "Un reportage de", "Une enquête de", "Un article de", German "Ein
     * Bericht von", Spanish "Un reportaje de", Portuguese "Uma reportagem de", Italian "Un reportage di", Dutch
     * "Een reportage van" (a report, an inquiry, an article of); Italian papers their envoy's or correspondent's
     * byline as "dal nostro inviato", "dalla nostra corrispondente" (from our envoy, our correspondent). Albanian themes write "Shkruar nga" ("written by"),
     * "Postuar nga" and "Publikuar nga" ("posted", "published by"; "nga", "from", alone is a common word). Yoruba papers
     * write "Lati ọwọ" ("from the hand of": "Lati ọwọ Adewale Ogunleye"), with its tones or without them ("Láti ọwọ́",
     * "Lati owo"), as Hausa writes "Daga". German authorities' press releases sign with "Erstellt durch:" or "Verfasst
     * durch:" ("created by"; "durch" alone is a common word). Kinyarwanda and Kirundi papers write "Yanditswe na" (the
     * article "was written by"; "Byanditswe na" for a plural noun), Shona "Rakanyorwa na" ("written by") and Igbo "Site n'aka"
     * ("from the hand of"); "na" alone is "and". Samoan papers write "Tusia e" ("written by": "Tusia e Lagi Keresoma";
     * "e" alone is a particle, and "and" in Italian and Portuguese). Bislama papers write "Raetem i kam long" ("written by":
     * "Raetem i kam long Lisa Tari"; "long", the one preposition, alone is a common word). The Philippines' papers write
     * "written by" with the personal "ni": Waray and Hiligaynon "Ginsurat ni", Cebuano "Gisulat ni", Bikol "Sinurat ni",
     * Ilocano "Insurat ni", Tagalog "Isinulat ni". Papiamento papers write "Skirbí pa"
     * ("written by": "Skirbí pa Mirella Martina"), with the accent and without; "pa" alone is "for". Kurmanji themes write
     * "Ji hêla" and "Ji aliyê" ("from the side of", the agent of a passive: "by"; "ji" alone is "from"). Portals carrying
     * partners' copy translate their "Story by" over the writer's name: Portuguese "História de", Spanish "Historia de",
     * Italian "Storia di", German "Story von".
     */
    private static final List<String> PHRASES = List.of(
            "ji hêla", "ji aliyê", "ginsurat ni", "gisulat ni", "sinurat ni", "insurat ni", "isinulat ni", "tusia e", "raetem i kam long", "skirbí pa", "skirbi pa", "pubblicato da", "scritto da", "postato da", "redatto da", "erstellt durch", "verfasst durch", "view all posts by", "all posts by", "more posts by",
            "posts by", "articles by", "alle beiträge von", "weitere beiträge von", "voir tous les articles de",
            "tous les articles de", "ver todas las entradas de", "todas las entradas de", "visualizza tutti gli articoli di",
            "tutti gli articoli di", "посмотреть все записи автора", "все записи автора", "lihat semua pos oleh",
            "lihat semua tulisan oleh", "ver todos os artigos de",
            "bekijk alle berichten van", "bekijk alle artikelen van", "alle artikelen van", "visa alla inlägg av",
            "alla inlägg av", "vis alle innlegg av", "alle innlegg av", "se alle indlæg af", "alle indlæg af",
            "zobrazit všechny příspěvky od", "všechny příspěvky od", "vezi toate articolele de", "toate articolele de",
            "autor článku", "autorka článku", "autor příspěvku", "autorka příspěvku", "a bejegyzés szerzője",
            "a cikk szerzője", "bejegyzés szerzője", "cikk szerzője",
            "alle berichten van", "ver todos os posts de", "opublikowano przez", "napisane przez", "dodane przez",
            "wysłany przez", "wysłane przez", "opublikowany przez", "napisany przez", "dodany przez", "lagt inn av",
            "αναρτήθηκε από",
            "skrevet af", "udgivet af", "postet af", "scris de", "publicat de", "postat de", "publicat per", "escrit per",
            "shkruar nga", "postuar nga", "publikuar nga", "lati ọwọ", "láti ọwọ́", "lati ọwọ́", "láti ọwọ", "lati owo",
            "đăng bởi", "viết bởi", "نوشته شده توسط", "ارسال شده توسط", "автор публікації", "автор статті", "автор запису",
            "ein beitrag von", "ein gastbeitrag von", "gastbeitrag von", "guest post by", "a guest post by",
            "guest column by", "a guest column by", "guest commentary by", "guest essay by", "guest opinion by",
            "article rédigé par", "article écrit par", "propos recueillis par", "a cura di",
            "communiqué de la", "communiqué de l'", "communiqué du", "communiqué des", "communiqué de",
            "texto de", "texte de", "reportagem de", "testo di", "articolo di", "подготовил", "подготовила",
            "parengė", "sagatavoja", "koostas", "pripravil", "pripravila", "připravil", "připravila", "pripremio", "pripremila",
            "припремио", "припремила", "підготував", "підготувала", "подготви",
            "testo e foto di", "testo e fotografie di", "texto y fotos de", "texto e fotos de", "texte et photos de",
            "text und fotos von", "text und bilder von", "imeandikwa na", "kimeandikwa na", "yanditswe na", "byanditswe na", "rakanyorwa na", "site n'aka", "imetumwa na", "iliyotumwa na", "imechapishwa na",
            "text and photos by", "text & photos by", "words and photos by", "words and pictures by",
            "γράφει ο", "γράφει η", "γράφουν οι", "από τον", "από την", "από τους", "द्वारा पोस्ट किया गया", "द्वारा प्रकाशित", "του", "της", "των", "автор материала", "автор статьи", "автор текста", "נכתב על ידי", "פורסם על ידי", "נכתב ע\"י",
            "kitba ta'", "kitba ta’", "miktub minn",
            "un reportage de", "une enquête de", "un article de", "un entretien réalisé par", "ein bericht von", "eine reportage von",
            "un reportaje de", "un artículo de", "una crónica de", "uma reportagem de", "un reportage di", "un articolo di",
            "een reportage van", "een verslag van", "história de", "historia de", "storia di", "story von",
            "dal nostro inviato", "dalla nostra inviata", "dai nostri inviati", "dal nostro corrispondente", "dalla nostra corrispondente");

    /** Lead words that may close a short text whose name follows in the next element: "Posted on June 3, 2024 by". */
    private static final Set<String> CLOSING_LEADS = Set.of("by", "par", "von", "por", "door", "av", "af", "da", "di", "oleh", "przez",
            "автором");

    /**
     * The dated opening of the "Posted on <date> by <name>" line that WordPress themes print (Twenty
     * Ten's "posted_on", underscores' "posted_on" + "posted_by"), as their translations write it:
     * "Publié le", "Veröffentlicht am", "Publicado el", "Pubblicato il", "Geplaatst op",
     * "Opublikowano", "Опубликовано", Indonesian "Diposting pada", Romanian "Publicat pe", Czech
     * "Publikováno"; and Hindi "प्रविष्टि तिथि" (entry date), India's PIB dating its releases in Hindi as in English ("प्रविष्टि
     * तिथि: 02 DEC 2026 4:40PM by PIB Delhi"). Alone it is the theme's label, never a name.
     */
    private static final Pattern DATED_LEAD = Pattern.compile(
            "^\\s*(?:(?:posted|published|written)(?:\\s+on)?|(?:publié|posté|écrit|rédigé)(?:\\s+le)?"
                    + "|(?:veröffentlicht|geschrieben|erstellt|verfasst)(?:\\s+am)?"
                    + "|(?:publicado|escrito|postado)(?:\\s+(?:el|em|a|o))?|(?:pubblicato|scritto)(?:\\s+il)?"
                    + "|(?:geplaatst|gepubliceerd|geschreven)(?:\\s+op)?|opublikowano|dodano|опубликовано|опубліковано|написано"
                    + "|(?:diposting|diterbitkan|dipublikasikan|ditulis)(?:\\s+pada)?|publicat(?:\\s+pe)?|publikováno|publikované"
                    + "|(?:publicerad|publicerat|publiceret|publisert|udgivet|skrevet|skriven|postet|postat)(?:\\s+(?:den|d\\.))?"
                    + "|प्रविष्टि तिथि)"
                    + "(?=[\\s\\u00A0:]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The lead word inside a dated line, between the date and the name ("... 2024 by Jane Doe"): a
     * capital follows. Romanian "de" and Czech "autorem" too: the lead is the first one with no digit
     * after it, so a date's own "de" ("5 de Marzo de 2024 por ...") is passed.
     */
    private static final Pattern LEAD_AFTER_DATE = Pattern.compile(
            "[\\s\\u00A0](?:by|par|von|por|door|da|di|przez|автором|av|af|oleh|de|autorem)[\\s\\u00A0]+(?=\\p{Lu})",
            Pattern.UNICODE_CASE);

    /**
     * The category a dated line files the post under after the names: "... by Jane Doe in Gardening",
     * "... por Ana Souza en Huerto", "... przez X w Ogród", "... de Ion Popescu în Știri". Dutch writes its "and" as "en", so
     * after "door" only "in" files.
     */
    private static final Pattern FILED_IN = Pattern.compile(
            "[\\s\\u00A0](?:in|filed under|under|dans|im|en|em|nel|nella|w|в|i|în|v)[\\s\\u00A0]", Pattern.UNICODE_CASE);
    private static final Pattern FILED_IN_AFTER_DUTCH_LEAD = Pattern.compile("[\\s\\u00A0]in[\\s\\u00A0]");

    /**
     * Leads that are also prepositions inside a category's name ("Notícias da Cidade", "Vida de
     * Bairro"): after "Posted in" they are read as a lead only in Italian ("Pubblicato in X da Name").
     */
    private static final Set<String> PREPOSITION_LEADS = Set.of("da", "de", "di");

    /** The Italian participles of {@link #DATED_LEAD}. */
    private static final Pattern ITALIAN_DATED_VERB = Pattern.compile("^(?:pubblicato|scritto)\\s", Pattern.CASE_INSENSITIVE);

    /** The first letters of {@link #DATED_LEAD}'s words: most texts are refused on their first letter. */
    private static final String DATED_INITIALS = "pwéervgsodонuप";

    /** A dated line is this short at most: a date, a lead and a name or two, perhaps a time or a category. */
    private static final int MAX_DATED_LINE = 120;

    /** A text that closes with a lead is this short at most: a byline's date and label, not a sentence. */
    private static final int MAX_CLOSING_LEAD_TEXT = 60;

    /** One lead word, for a case-insensitive pattern (a lower-case-only lead keeps its case). */
    static final String WORD_ALTERNATION = WORDS.stream()
            .map(w -> LOWER_CASE_ONLY.contains(w) ? "(?-i:" + Pattern.quote(w) + ")" : Pattern.quote(w))
            .collect(Collectors.joining("|"));

    /**
     * Ukrainian "Опубліковано" and Russian "Опубликовано" ("published"), as those translations of Drupal
     * write its "Submitted by" before the name: a lead only before a capital with no colon between, since
     * before a date or a colon it opens the dated line ({@link #DATED_LEAD}) or a field ("Опубликовано:
     * 12.03.2024 | Автор: ...").
     */
    private static final List<String> SUBMITTED_WORDS = List.of("опубліковано", "опубликовано");

    /** A {@link #SUBMITTED_WORDS} word, the blank after it, and a capital next. */
    private static final String SUBMITTED_BEFORE_NAME = "(?:" + String.join("|", SUBMITTED_WORDS) + ")\\s+(?=(?-i:\\p{Lu}))";

    /** The Armenian comma, which follows a label ("Հեղինակ՝ Name") as a colon does in other languages. */
    static final String ARMENIAN_COMMA = "\u055D";

    /**
     * The colons of scripts with their own, after a label as the Latin colon: the Khmer "៖" ("ដោយ៖ Name") and the
     * Ethiopic colon "፥" and preface colon "፦" ("ጸሐፊ፦ Name"), and the Ethiopic wordspace "፡", which Amharic sites type
     * after a label for the colon it looks like ("ጸሐፊ፡ Name"); the Tibetan shad "།", which closes a label as a clause
     * ("སྙན་སྒྲོན་པ། Name").
     */
    static final String SCRIPT_COLONS = "\u17D6\u1365\u1366\u1361\u0F0D";

    /** A label's colon: the Latin and the full-width one, the Armenian comma and the colons of {@link #SCRIPT_COLONS}. */
    private static final String LABEL_COLON = "[:：" + ARMENIAN_COMMA + SCRIPT_COLONS + "]";

    /**
     * The byline's "by" as Romanian, Spanish and Portuguese ("de Ioana Mureșan") and Italian ("da Luca
     * Benedetti", WordPress themes' byline span) write it: common prepositions, so a lead only in lower
     * case before two capitalised words (a given name and a family name) at the start of an author string
     * or of a meta line's writer field, never at the start of a line of text (not among the {@link #WORDS}).
     * Before one capitalised word it is the family name's particle, as Dutch and Portuguese write it ("de
     * Vries", "da Silva").
     */
    private static final List<String> PREPOSITION_BYLINE_LEADS = List.of("de", "da");

    /**
     * A lead-in at the start of an author string, with its label colon and the space after it:
     * what {@link AuthorNames} strips before reading names.
     */
    static final Pattern LEAD_IN = Pattern.compile(
            "^(?:" + String.join("|", PHRASES) + "|(?:(?:" + String.join("|", CREDIT_KINDS) + ")\\s+)?(?:" + WORD_ALTERNATION
                    + "))\\s*" + LABEL_COLON + "?(?:\\s+|$)" // a phrase first: "Автор публікації:" is longer than its "Автор"
                    + "|^(?:" + String.join("|", LABELS_WITH_COLON) + ")\\s*" + LABEL_COLON + "\\s*"
                    + "|^(?:" + String.join("|", CHINESE_TEXT_AND_PHOTO_LABELS) + ")(?:\\s*[:：]\\s*|\\s+)" + CHINESE_REPORTER_ROLE
                    + "|^" + JAPANESE_COMPOUND_LABEL_BLANK
                    + "|^(?:" + String.join("|", CJK_LABELS) + ")\\s*" + CJK_LABEL_JOINERS + "\\s*"
                    + "|^" + KOREAN_LABEL
                    + "|^" + SUBMITTED_BEFORE_NAME
                    + "|^(?-i:" + String.join("|", PREPOSITION_BYLINE_LEADS) + ")\\s+(?=(?-i:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+\\p{Lu}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The openings a {@link #LEAD_IN} match can start with, as its case-insensitive Unicode comparison
     * folds them: the first two characters of its phrases, credit kinds, lead words and labels (one
     * character, for a label of one), each as a string. Null when one of those opens with a character
     * the pattern reads as syntax rather than itself: the pattern is then always asked.
     */
    private static final Set<String> LEAD_IN_OPENINGS = foldedOpenings(List.of(PHRASES, CREDIT_KINDS, WORDS, LABELS_WITH_COLON, PREPOSITION_BYLINE_LEADS,
            CHINESE_TEXT_AND_PHOTO_LABELS, CJK_LABELS, KOREAN_LABELS));

    /** Characters of a pattern's source that are syntax, not a literal character to match. */
    private static final String PATTERN_SYNTAX = "\\[](){}.*+?^$|";

    /**
     * False when {@link #LEAD_IN} cannot match the text: its first two characters open none of the
     * pattern's words and labels. Most names ("Jane Doe", "Sarah Kim") are refused so, without trying the
     * pattern's hundreds of words at their start; every author string is asked several times.
     */
    static boolean mayOpenWithLeadIn(String s) {
        if (s.length() < 2 || LEAD_IN_OPENINGS == null || Character.isSurrogate(s.charAt(0)) || Character.isSurrogate(s.charAt(1))) {
            return true;
        }
        // a letter of the pattern matches a character equal to its folded form, or one that folds to it
        char a = s.charAt(0);
        char b = s.charAt(1);
        char fa = folded(a);
        char fb = folded(b);
        return (LEAD_IN_OPENINGS.contains(String.valueOf(a)) || LEAD_IN_OPENINGS.contains(String.valueOf(fa))
                || LEAD_IN_OPENINGS.contains(new String(new char[] {fa, fb})) || LEAD_IN_OPENINGS.contains(new String(new char[] {a, fb}))
                || LEAD_IN_OPENINGS.contains(new String(new char[] {fa, b})) || LEAD_IN_OPENINGS.contains(new String(new char[] {a, b})))
                && LEAD_IN_FIRST_CHARACTERS.mayOpenAt(s, 0); // "Dana Roe" opens like "da " but not as it
    }

    /** The openings of {@link #LEAD_IN} read from its source, up to four characters: "da " and "door", not "dana". */
    static final PatternOpenings LEAD_IN_FIRST_CHARACTERS = PatternOpenings.of(LEAD_IN.pattern());

    private static char folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static Set<String> foldedOpenings(List<List<String>> lists) {
        Set<String> out = new HashSet<>();
        for (List<String> words : lists) {
            for (String w : words) {
                int n = Math.min(2, w.length());
                if (n == 0) {
                    return null;
                }
                StringBuilder opening = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    char c = w.charAt(i);
                    if (PATTERN_SYNTAX.indexOf(c) >= 0 || Character.isSurrogate(c)) {
                        return null;
                    }
                    opening.append(folded(c));
                }
                out.add(opening.toString());
            }
        }
        return Set.copyOf(out);
    }

    /** {@code LEAD_IN.matcher(s).replaceFirst("")}: the text without the lead-in it opens with, if any. */
    public static String withoutLeadIn(String s) {
        return mayOpenWithLeadIn(s) ? LEAD_IN.matcher(s).replaceFirst("") : s;
    }

    /** A {@link BoldNameLine#JAPANESE_DESK} opening a credit. */
    private static final Pattern JAPANESE_DESK_OPENING = Pattern.compile("^" + BoldNameLine.JAPANESE_DESK + "[\\s\\u3000]*");

    /**
     * The credit without the Japanese desk opening it ({@link BoldNameLine#JAPANESE_DESK}: "社会部　小林真司", "鉄道ニュース編集部
     * 高橋 陽介" give the writer's name); the credit itself when no desk opens it, and always when no "部" follows its
     * first character. For matching a closing credit against names already found, which are tried whole first: a
     * department's shape also opens family names ("阿部 真司"), so names are cleaned with {@link AuthorNames}' narrower
     * publication desk ("…編集部") instead.
     */
    public static String withoutJapaneseDesk(String s) {
        return s.indexOf('部', 1) > 0 ? JAPANESE_DESK_OPENING.matcher(s).replaceFirst("") : s;
    }

    private static String foldedInitials(List<List<String>> lists) {
        StringBuilder out = new StringBuilder();
        for (List<String> words : lists) {
            for (String w : words) {
                if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || Character.isSurrogate(w.charAt(0))) {
                    return null;
                }
                char folded = Character.toLowerCase(Character.toUpperCase(w.charAt(0)));
                if (out.indexOf(String.valueOf(folded)) < 0) {
                    out.append(folded);
                }
            }
        }
        return out.toString();
    }

    /** The credit kinds that open a written byline of the text ("Posted by", "Publié par"); a photo credit is not one. */
    private static final List<String> TEXT_CREDIT_KINDS = CREDIT_KINDS.stream()
            .filter(k -> !k.startsWith("photo")).toList();

    /**
     * A lead word at the start of a line (after spaces), perhaps after the participle of a blog theme
     * ("Posted by", "Publié par"), with a label colon, followed by what comes next.
     */
    private static final Pattern CREDITED_OPENING = Pattern.compile(
            "^\\s*(?:(?:" + String.join("|", TEXT_CREDIT_KINDS) + ")\\s+)?(?:" + WORD_ALTERNATION + ")" + LABEL_COLON + "?(?=[\\s\\u00A0]|$)"
                    + "|^\\s*" + SUBMITTED_BEFORE_NAME, // "Опубликовано Дмитрий Орлов 12.03.2024": Drupal's "Submitted by"
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A theme's lead phrase ("Pubblicato da", "Alle Beiträge von") or a Chinese or Japanese label
     * with its colon ("文：", "記者：") at the start of a line: they open a written byline too, and the
     * label set alone in its element ("<strong>Texto:</strong> Name") opens the line it leads.
     */
    private static final Pattern PHRASE_OPENING = Pattern.compile(
            "^\\s*(?:" + String.join("|", PHRASES) + ")[:：]?(?=[\\s\\u00A0]|$)"
                    + "|^\\s*(?:" + String.join("|", LABELS_WITH_COLON) + ")\\s*" + LABEL_COLON + "\\s*(?=\\S|$)" // "<strong>Texto:</strong> Name"
                    + "|^\\s*(?:" + String.join("|", CHINESE_TEXT_AND_PHOTO_LABELS) + ")(?:\\s*[:：]\\s*|\\s+)(?=\\p{IsHan})" // "图/文：本报记者 孙浩然"
                    + "|^\\s*" + JAPANESE_COMPOUND_LABEL_BLANK
                    + "|^\\s*(?:" + String.join("|", CJK_LABELS) + ")\\s*" + CJK_LABEL_JOINERS + "\\s*(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])"
                    + "|^\\s*" + KOREAN_LABEL,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A lead word at the start of a line (after spaces), with a label colon, followed by what comes next. */
    private static final Pattern OPENING = Pattern.compile(
            "^\\s*(?:" + WORD_ALTERNATION + ")" + LABEL_COLON + "?(?=[\\s\\u00A0]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What {@link #OPENING} can open with, by lower-case first letter (see {@link #openers}). */
    private static final Openers OPENERS = Openers.of(WORDS.stream());

    /** What {@link #CREDITED_OPENING} can open with: a lead or the participle of a credit. */
    private static final Openers CREDITED_OPENERS = Openers.of(
            java.util.stream.Stream.of(WORDS, TEXT_CREDIT_KINDS, SUBMITTED_WORDS).flatMap(List::stream));

    /** What {@link #PHRASE_OPENING} can open with: a lead phrase or a label. */
    private static final Openers PHRASE_OPENERS = Openers.of(
            java.util.stream.Stream.of(PHRASES, LABELS_WITH_COLON, CHINESE_TEXT_AND_PHOTO_LABELS, CJK_LABELS, KOREAN_LABELS).flatMap(List::stream));

    private BylineLeads() {
    }

    /**
     * Byline leads that are ordinary words or names in other languages, by the language they lead a
     * byline in: Catalan "Per" ("Per Jordi Puig"; a Scandinavian first name elsewhere) and Swahili
     * "Na" ("Na Amina Juma", "by"; elsewhere a syllable that opens Vietnamese and Korean names), Czech
     * and Slovak "Od" ("from": tagDiv's Newspaper theme translates its "By" so, in an element of its own),
     * Romanian "de" ("de Ion Popescu"; elsewhere a particle of names, "de Vries"), Filipino "Ni" ("Ni Juan dela
     * Cruz", "by"; elsewhere a Chinese surname romanised, "Ni Hong"), Albanian "Nga" ("Nga Arben Hoxha", "by"; elsewhere a
     * Vietnamese given name, "Nga Pham"), Māori "Nā" ("Nā Hēmi Walker", "by"; elsewhere a word of Māori's own
     * sentences, "because", "belonging to"), Hawaiian "Na" ("Na Keola Kamakau", "by", as Swahili's), Scottish Gaelic and
     * Irish "Le" ("Le Iain MacLeòid", "le Sinéad Ní Fhlatharta"; elsewhere the French article), Welsh "Gan" ("Gan Elin
     * Jones"; elsewhere a Chinese surname romanised, "Gan Lu"), Breton "Gant" ("Gant Gwenola Le Gall"; elsewhere a
     * surname), Romansh "da" ("da Men Steiner", in lower case before the name) and Corsican "Da" ("Da Ghjuvan Petru
     * Santini"; elsewhere a particle of names, "Da Silva"), Sesotho and Setswana "Ka" ("Ka Palesa Mokhethi", "by"; elsewhere
     * a syllable that opens Cantonese given names, "Ka Wing Lee"), Luganda "Bya" ("Bya Sarah Nakato", "by", for the
     * noun class of "amawulire", news) and Xhosa and Zulu "Ngu" ("NGU ZOLANI MBATHA", "it is by", as their press sets its
     * bylines in capitals; elsewhere a Chinese surname romanised), and Lingala "Na" ("Na Jean-Pierre Mukendi", as Swahili's);
     * the "Ni" of Filipino in the Philippines' regional languages too (Cebuano, Hiligaynon, Waray, Bikol, Ilocano and
     * Kapampangan write it before a person's name as Tagalog does), Tetum "Husi" ("Husi Jacinto Soares", "from"; elsewhere
     * a word of Tetum's own sentences), Javanese "Dening" ("Dening: Sri Wahyuningsih", "by"; elsewhere the agent of a
     * passive, "dibukak dening Bupati"), Sundanese "Ku" ("Ku Ujang Rahmat", "by"; elsewhere a Chinese and Korean surname
     * romanised), Balinese "Olih" ("Olih I Wayan Sudarma", "by", before the names that open with Balinese "I" and "Ni"),
     * Haitian Creole "Pa" ("Pa Jean-Robert Pierre", "by", French "par" as Creole writes it; elsewhere a word, "pa" of
     * Creole's own sentences, "not", and a family's "Pa"), and Sardinian "dae" ("dae Antonella Mura", "by", in lower case as
     * WordPress's Sardinian translation prints it; elsewhere Sardinian's "from" before a place).
     * Read only on a page declared in that language, or whose text turns out to be in it.
     */
    private static final Map<String, String> LANGUAGE_LEADS = Map.ofEntries(Map.entry("ca", "Per"), Map.entry("sw", "Na"),
            Map.entry("cs", "Od"), Map.entry("sk", "Od"), Map.entry("ro", "de"), Map.entry("tl", "Ni"), Map.entry("fil", "Ni"),
            Map.entry("sq", "Nga"), Map.entry("mi", "Nā"), Map.entry("haw", "Na"), Map.entry("gd", "Le"), Map.entry("ga", "Le"),
            Map.entry("cy", "Gan"), Map.entry("br", "Gant"), Map.entry("rm", "da"), Map.entry("co", "Da"), Map.entry("st", "Ka"),
            Map.entry("tn", "Ka"), Map.entry("lg", "Bya"), Map.entry("xh", "Ngu"), Map.entry("zu", "Ngu"), Map.entry("ln", "Na"),
            Map.entry("ceb", "Ni"), Map.entry("hil", "Ni"), Map.entry("war", "Ni"), Map.entry("bcl", "Ni"), Map.entry("ilo", "Ni"),
            Map.entry("pam", "Ni"), Map.entry("tet", "Husi"), Map.entry("jv", "Dening"), Map.entry("su", "Ku"), Map.entry("ban", "Olih"),
            Map.entry("ht", "Pa"), Map.entry("sc", "Dae"));

    /**
     * The byline lead of the page's declared language ({@link #LANGUAGE_LEADS}), with the space after
     * it ("Na "), or null when the language has none: the first of the declarations that is not blank
     * is read ("sw", "sw-TZ", "sw_KE").
     */
    static String languageLead(String... declarations) {
        String lead = LANGUAGE_LEADS.get(declaredLanguage(declarations));
        return lead == null ? null : lead + " ";
    }

    /**
     * The primary language subtag of the first declaration that is not blank ("sw" of "sw-TZ", "sw_KE"),
     * in lower case; "" when every declaration is blank.
     */
    static String declaredLanguage(String... declarations) {
        for (String d : declarations) {
            if (d != null && !d.isBlank()) {
                String code = d.strip().toLowerCase(java.util.Locale.ROOT);
                int end = 0;
                while (end < code.length() && end < 3 && Character.isLetter(code.charAt(end))) {
                    end++;
                }
                return code.substring(0, end);
            }
        }
        return "";
    }

    /**
     * "And" between two names in languages where the word is an ordinary word or preposition in the
     * languages read elsewhere: Slovene "in" ("Matej Novak in Nina Kralj"; English, German, Dutch and
     * Italian "in" before a place, "Jane Doe in New York") and Filipino "at" ("Maria Santos at Jose
     * Reyes"; English "at" before a workplace). Read only on a page declared in that language.
     */
    private static final Map<String, String> LANGUAGE_ANDS = Map.of("sl", "in", "tl", "at", "fil", "at");

    /** The "and" of the page's declared language ({@link #LANGUAGE_ANDS}) with a blank on each side, or null. */
    static String languageAnd(String... declarations) {
        String and = LANGUAGE_ANDS.get(declaredLanguage(declarations));
        return and == null ? null : " " + and + " ";
    }

    /**
     * The names a byline joins with the page language's "and" ({@link #languageAnd}) and commas before it:
     * "Maria Santos at Jose Reyes", "Žiga Kos, Maja Turk in Rok Vidmar" give each when every part is a
     * person's name; otherwise the text alone.
     */
    static List<String> splitAtLanguageAnd(String text, String and) {
        if (and == null || !text.contains(and)) {
            return List.of(text);
        }
        List<String> parts = Arrays.stream(text.split(",|" + Pattern.quote(and))).map(String::strip).toList(); // "A, B in C"
        return parts.size() > 1 && parts.stream().allMatch(AuthorNames::isPersonName) ? parts : List.of(text);
    }

    /**
     * The length of the page language's lead ({@link #languageLead}, its space with it) opening the text, in either case,
     * or of the lead and a colon, as a theme labels the byline ("Nga: Arben Krasniqi", Albanian); 0 when the text opens
     * with neither or {@code lead} is null.
     */
    static int languageLeadLength(String text, String lead) {
        if (lead == null) {
            return 0;
        }
        if (text.regionMatches(true, 0, lead, 0, lead.length())) {
            return lead.length();
        }
        int word = lead.length() - 1; // the lead without its space
        return text.length() > word && text.charAt(word) == ':' && text.regionMatches(true, 0, lead, 0, word) ? word + 1 : 0;
    }

    /**
     * True when the name is the page language's lead alone ("Na", "Per"; {@link #languageLead}, {@code lead} with its
     * space): a theme sets the lead in an element of its own before the writer's link ({@code
     * <div class="td-author-by">Na</div> <a>admin</a>}), and when the link names a login no one is read, the lead left over names no one. False when {@code
     * lead} is null.
     */
    static boolean isLanguageLeadAlone(String name, String lead) {
        return lead != null && name.strip().equalsIgnoreCase(lead.strip());
    }

    /**
     * The name without the page language's lead ("Na Amina Juma" gives "Amina Juma", "ni Ramon Dela Cruz"
     * "Ramon Dela Cruz": the lead in either case), when a capitalised name follows it; otherwise the name as it is. {@code lead} is null when the page's
     * language has none.
     */
    static String withoutLanguageLead(String name, String lead) {
        int length = languageLeadLength(name, lead);
        if (length == 0) { // "ni Ramon Dela Cruz": Filipino writes it in lower case too
            return name;
        }
        String rest = name.substring(length).strip();
        return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && rest.indexOf(' ') > 0 ? rest : name;
    }

    /**
     * A language's lead of {@link #LANGUAGE_LEADS} written in lower case before a capitalised name
     * ("de Andrei Popescu"): read, whatever the page's language, only to tell that the rest names a
     * person (a place after it, "de Andrei Popescu, Cluj-Napoca", is where the writer files from).
     */
    private static final Pattern LOWER_CASE_LANGUAGE_LEAD = Pattern.compile(
            "^(?:" + String.join("|", new java.util.TreeSet<>(LANGUAGE_LEADS.values()).stream()
                    .map(l -> l.toLowerCase(java.util.Locale.ROOT)).toList()) + ")\\s+(?=\\p{Lu})");

    /** The text without a lower-case language lead before a capitalised name ({@link #LOWER_CASE_LANGUAGE_LEAD}). */
    static String withoutLowerCaseLanguageLead(String s) {
        return s.length() > 3 && Character.isLowerCase(s.charAt(0)) ? LOWER_CASE_LANGUAGE_LEAD.matcher(s).replaceFirst("") : s;
    }

    /** A reporter's title after a Korean, Japanese or Chinese name (기자, 특파원, 記者, 记者 ...), as {@link AuthorNames} reads it. */
    static final String CJK_REPORTER_TITLES = "선임기자|수석기자|객원기자|기자|특파원|논설위원|記者|记者|特派員|特派员|編集委員";

    /** A Korean name (two to four syllables), or a Chinese or Japanese one (Han and kana, perhaps with one space between family and given name). */
    private static final String CJK_NAME = "(?:\\p{IsHangul}{2,4}|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4}"
            + "(?:[ \\u3000][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})?)";

    /**
     * The titles Japanese papers set before the writer's name with a middle dot: senior writer (編集委員),
     * editorial and commentary writers (論説委員, 解説委員), correspondent (特派員), bureau chief (支局長), reporter;
     * and the office the reporter files from, set the same way after its place: a bureau (支局, 総局), a branch
     * office (支社) ("長岡支局・高橋彩", "（仙台総局・佐々木亮）").
     */
    private static final String JA_TITLES_BEFORE_NAME = "編集委員|論説委員|解説委員|特派員|支局長|記者|支局|総局|支社";

    /**
     * The roles a Taiwanese or Chinese reporter line sets before a second name, glued to it, where the first title stands
     * for the first name alone: an intern reporter, a trainee reporter, a photographer, a reporter ("記者陳怡君、實習記者林彥廷／台北報導":
     * two writers). Each is the role, not part of the name.
     */
    private static final String CHINESE_ROLES_BEFORE_NAME = "(?:實習|实习|見習|见习|攝影|摄影)?(?:記者|记者)|實習生|实习生|通訊員|通讯员";

    /** A role glued before a name in a Chinese reporter line ({@link #CHINESE_ROLES_BEFORE_NAME}), taken off the name. */
    private static final Pattern CHINESE_ROLE_BEFORE_NAME = Pattern.compile("(?<=^|[、，,])(?:" + CHINESE_ROLES_BEFORE_NAME + ")(?=\\p{IsHan}{2})");

    /**
     * A Korean, Japanese or Chinese byline that has no label, only the reporter's title: after the
     * names ("김민준 기자", "김민준 기자 minjun@example.kr", "이정민 기자 (jmlee@example.kr)", "/정유진 기자" set off by a slash at the text's foot, "워싱턴=이서연 특파원" with the place it is
     * filed from, "(서울=연합뉴스) 김민준 기자 =" with the agency's dateline, "山本健太記者"), or before them
     * ("记者 王晓明", "本报记者 王晓明 李静", "新华社记者 王晓明", closed by "报道", "reports"), or between the
     * title and the place it is filed from ("記者林志明／台北報導", after the paper's name and a slash: "聯合報／記者林志明／台北報導"), or Japanese papers' title joined to the
     * name with a middle dot ("編集委員・山本一郎", "ワシントン支局長・中村健", {@link #JA_TITLES_BEFORE_NAME}).
     * Group 1, 2, 3, 4 or 5 holds the names.
     */
    private static final Pattern CJK_REPORTER_LINE = Pattern.compile(
            "^[(（]?(?:[(（][^)）]{1,20}[)）]\\s*)?(?:[/／]\\s*)?(?:[\\p{IsHangul}\\p{IsHan}]{1,10}\\s*=\\s*)?"
                    + "(" + CJK_NAME + "(?:\\s*[,、·]\\s*" + CJK_NAME + ")*)\\s*(?:" + CJK_REPORTER_TITLES + ")"
                    + "(?:\\s*[(（<]?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+[)）>]?)?\\s*[)）=]?$"
                    + "|^[(（]?\\p{IsHan}{0,6}(?:记者|記者)[\\s\\u3000]+(\\p{IsHan}{2,4}(?:[\\s\\u3000、，,]+\\p{IsHan}{2,4})*?)"
                    + "(?:[\\s\\u3000]*报道)?[)）]?$"
                    + "|^[(（]?(?!据)(\\p{IsHan}{2,4}(?:[\\s\\u3000、，,]+\\p{IsHan}{2,4})*?)[\\s\\u3000]+(?:报道|報導)[)）]?$"
                    // Taiwan's "記者林志明／台北報導": title, names, a slash, the place filed from, "reports"; a later name may
                    // carry its own role ("記者陳怡君、實習記者林彥廷／台北報導")
                    + "|^[(（]?(?:\\p{IsHan}{2,8}[\\s\\u3000]*[／/][\\s\\u3000]*)?\\p{IsHan}{0,6}(?:记者|記者)[\\s\\u3000]*(\\p{IsHan}{2,4}(?:[、，,](?:" + CHINESE_ROLES_BEFORE_NAME + ")?\\p{IsHan}{2,4})*)[\\s\\u3000]*[／/]"
                    + "[\\s\\u3000]*\\p{IsHan}{1,8}(?:报道|報導)[)）]?$"
                    // "編集委員・山本一郎": the title, perhaps after the bureau, a middle dot, the name
                    + "|^[(（]?[\\p{IsHan}\\p{IsKatakana}ー]{0,8}(?:" + JA_TITLES_BEFORE_NAME + ")[・･](" + CJK_NAME + ")[)）]?$");

    /**
     * A two-character Chinese name padded to the width of a three-character one, a blank between its
     * characters, as papers set their bylines in columns ("本报记者　刘　洋"): two single characters, each
     * standing alone between blanks, are one name.
     */
    private static final Pattern PADDED_HAN_NAME = Pattern.compile("(?<![\\p{IsHan}])(\\p{IsHan})[\\s\\u3000]{1,2}(\\p{IsHan})(?![\\p{IsHan}])");

    /** Chinese "reports", closing a reporter line after the names: "王晓明 报道" (with a space: "据新华社报道" is "according to Xinhua"). */
    private static final String REPORTS = "报道";
    private static final String REPORTS_TRADITIONAL = "報導";

    /**
     * The roles a Chinese reporter line or dateline names beside its reporters: a correspondent, an intern ("记者 王磊 通讯员
     * 李华", "实习生 张雪"). Each stands between names, and is none.
     */
    static final Set<String> CHINESE_CO_REPORTER_ROLES = Set.of("通讯员", "通訊員", "实习生", "實習生", "见习记者", "見習記者");

    /** A reporter line is this short at most: a dateline, two or three names, a title and an address. */
    private static final int MAX_REPORTER_LINE = 60;

    /**
     * The names of a Korean, Japanese or Chinese reporter line ({@link #CJK_REPORTER_LINE}), joined by
     * ", ", or null when the text is not one.
     */
    public static String cjkReporterNames(String text) {
        if (text.length() > MAX_REPORTER_LINE || (text.indexOf("기자") < 0 && text.indexOf("특파원") < 0
                && text.indexOf("논설위원") < 0 && text.indexOf("記者") < 0 && text.indexOf("记者") < 0
                && text.indexOf("特派") < 0 && text.indexOf("委員") < 0 && text.indexOf("支局") < 0 && text.indexOf("総局") < 0 && text.indexOf("支社") < 0 && text.indexOf(REPORTS) < 0 && text.indexOf(REPORTS_TRADITIONAL) < 0)) {
            return null; // most texts are refused here without the pattern
        }
        Matcher m = CJK_REPORTER_LINE.matcher(PADDED_HAN_NAME.matcher(unbracketed(text.strip())).replaceAll("$1$2"));
        if (!m.matches()) {
            return null;
        }
        boolean after = m.group(1) != null;
        String names = after ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
        if (m.group(4) != null) {
            names = CHINESE_ROLE_BEFORE_NAME.matcher(names).replaceAll(""); // "陳怡君、實習記者林彥廷": the second name's role is none
        }
        if (after) {
            return NAMES_BEFORE_TITLE.matcher(names.strip()).replaceAll(", ");
        }
        // "本报记者 陈立 通讯员 何雯": the correspondent's role between the names is none
        return NAMES_AFTER_TITLE.splitAsStream(names.strip()).filter(n -> !CHINESE_CO_REPORTER_ROLES.contains(n)).collect(Collectors.joining(", "));
    }

    /**
     * The lenticular and tortoise-shell brackets Chinese papers set around a whole reporter credit where others
     * use round ones: Taiwan's "〔記者陳怡君／台北報導〕", Hong Kong's "【記者 黃嘉欣】". Each opening bracket's
     * closing one stands at the same place.
     */
    private static final String CREDIT_BRACKETS = "〔【［";
    private static final String CREDIT_CLOSING_BRACKETS = "〕】］";

    /** The text inside a pair of {@link #CREDIT_BRACKETS} that encloses it whole, or the text itself. */
    private static String unbracketed(String text) {
        int kind = text.isEmpty() ? -1 : CREDIT_BRACKETS.indexOf(text.charAt(0));
        if (kind >= 0 && text.charAt(text.length() - 1) == CREDIT_CLOSING_BRACKETS.charAt(kind)
                && text.indexOf(CREDIT_CLOSING_BRACKETS.charAt(kind)) == text.length() - 1) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** A name of one to four capitalised words, particles such as "de", "van" between them. */
    private static final String CAPITALISED_NAME =
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|da|di|do|dos|del|van|von|der|den|ter|la|le|bin|al)\\s+)*\\p{Lu}[\\p{L}'’.-]*){1,3}";

    /**
     * "And" between two writers' names in a meta line with no label, in lower case: English, German,
     * French, Spanish, Italian and Portuguese, Dutch, the Nordic languages, Turkish, Croatian and Polish,
     * Hungarian, Finnish and Estonian, Lithuanian ("ir"), Latvian ("un"), Czech and Slovak ("a"), Russian and
     * Bulgarian ("и"); {@link AuthorNames} splits the names at them.
     */
    private static final List<String> LOWER_CASE_ANDS = List.of("and", "und", "et", "y", "e", "en", "och", "og", "ve", "i", "és", "ja",
            "ir", "un", "a", "и");

    /**
     * A meta line under a headline that names the writer with no label, then the date after a
     * separator: "Margaret Ellison · 3 March 2024", "Thomas Brenner | 12.03.2024", "Ana Ruiz — 14 de
     * marzo de 2024", "Ghjuvan Petru Santini | 30 di nuvembre 2026", "Can Demir - 12.03.2024" (a hyphen between spaces), the date perhaps after a weekday abbreviated in lower
     * case ("Tom Peeters | di 1 dec 2026 - 14:07", as Flemish and Dutch sites write it; "lun. 3 mars 2026"), never a
     * capitalised word, which may be a kicker's ("Ausbau von Radwegen – Sonntag, 26. Oktober 2025"), or two writers joined by a
     * {@link #LOWER_CASE_ANDS} word ("Ieva Petrauskienė ir Rokas Jankauskas · 2026 m. gruodžio 1 d."). The
     * name is two to four capitalised words (particles such as "de", "van" between them); the date is
     * written in figures, with a month's name and a year, or year first with the month's name, as
     * Lithuanian, Latvian and Hungarian write it ("2026 m. gruodžio 1 d.", "2026. gada 1. decembris",
     * "2026. december 1.").
     */
    private static final Pattern NAME_THEN_DATE = Pattern.compile(
            "^(" + CAPITALISED_NAME + "(?:\\s+(?:" + String.join("|", LOWER_CASE_ANDS) + ")\\s+" + CAPITALISED_NAME + ")?)"
                    + "(?:\\s*[·•|]\\s*|\\s+[–—-]\\s+)"
                    + "(?:\\p{Ll}{2,3}\\.?,?\\s+)?" // a weekday abbreviated in lower case: "di 1 dec 2026", "lun. 3 mars 2026"
                    + "(?:\\d{1,2}\\.?\\s*" + AuthorNames.DAY_MONTH_WORDS + "?\\p{L}{3,}\\.?,?\\s+" + AuthorNames.MONTH_YEAR_WORDS + "?\\d{4}|\\p{L}{3,}\\.?\\s+\\d{1,2},?\\s+\\d{4}"
                    + "|\\d{1,2}[./-]\\s?\\d{1,2}[./-]\\s?\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}"
                    + "|\\d{4}\\.?\\s+(?:m\\.\\s+|gada\\s+)?(?:\\p{L}{3,}\\s+\\d{1,2}|\\d{1,2}\\.\\s+\\p{L}{3,}))(?![\\p{L}\\p{N}]).{0,40}$",
            Pattern.UNICODE_CASE);

    /**
     * {@link #NAME_THEN_DATE} in a script without capitals (Arabic, Hebrew, Hindi: see
     * {@link AuthorNames#isCaselessName}), where nothing but the separator tells the name's end: "أحمد
     * منصور | الثلاثاء 12 مارس 2024", "דנה לוי | 12.03.2024". Two to four words, the separator, perhaps
     * a weekday's word, and a date in the script's figures or in European ones.
     */
    private static final Pattern CASELESS_NAME_THEN_DATE = Pattern.compile(
            "^([\\p{L}\\p{M}\\u200C]+(?:(?:\\s*[,،]\\s*|\\s+)[\\p{L}\\p{M}\\u200C]+){1,5})(?:\\s*[·•|]\\s*|\\s+[–—-]\\s+)"
                    + "(?:[\\p{L}\\p{M}\\u200C]+[،,]?\\s+)?"
                    + "(?:\\p{Nd}{1,2}\\s+[\\p{L}\\p{M}]{3,}\\s+\\p{Nd}{4}|\\p{Nd}{1,2}[./-]\\p{Nd}{1,2}[./-]\\p{Nd}{2,4}"
                    + "|\\p{Nd}{4}[./-]\\p{Nd}{1,2}[./-]\\p{Nd}{1,2})(?![\\p{L}\\p{N}]).{0,40}$");

    /**
     * News sections and generic words that a meta line in a script without capitals may set before the
     * date instead of a name: "أخبار محلية" (local news), "חדשות ספורט", "ताज़ा खबर". A word of these is no name's.
     */
    private static final Set<String> CASELESS_SECTION_WORDS = Set.of("أخبار", "الأخبار", "اخبار", "محليات", "محلية", "محلي",
            "رياضة", "الرياضة", "اقتصاد", "سياسة", "ثقافة", "منوعات", "عاجل", "تحرير", "التحرير", "المحرر", "ورزشی", "سیاسی",
            "اقتصادی", "חדשות", "ספורט", "כלכלה", "פוליטיקה", "תרבות", "מערכת", "समाचार", "खबर", "ख़बर", "न्यूज़", "खेल", "राजनीति",
            "मनोरंजन", "डेस्क");

    /**
     * True when the text is two writers' names in a script without capitals joined by a separator
     * ({@link AuthorNames#SEPARATORS}: a comma, Hebrew "ו" and Arabic "و" prefixed to the second name):
     * "אורית גבאי ואיתי פרידמן", "أحمد علي، سارة حسن". Each is a name of two to four words that opens with a
     * given name ({@link CaselessGivenNames#opensWithGivenName}), since nothing else tells a name from two words.
     */
    static boolean twoCaselessWriters(String text) {
        String[] parts = AuthorNames.SEPARATORS.split(text.strip());
        return parts.length == 2 && Arrays.stream(parts).allMatch(BylineLeads::caselessWriter);
    }

    /** A name of two to four words without capitals that opens with a given name. */
    static boolean caselessWriter(String name) {
        String n = name.strip();
        return AuthorNames.isCaselessName(n) && CaselessGivenNames.opensWithGivenName(n);
    }

    /** A meta line of a name and a date is this short at most. */
    private static final int MAX_NAME_DATE_LINE = 100;

    /** The name of a meta line "Name · date" ({@link #NAME_THEN_DATE}), or null when the text is not one. */
    static String nameBeforeDate(String text) {
        if (text.length() > MAX_NAME_DATE_LINE || text.isEmpty()) {
            return null;
        }
        boolean caseless = !Character.isUpperCase(text.charAt(0));
        if (caseless && !AuthorNames.isCaselessWord(text.substring(0, Math.max(1, firstBlank(text))))) {
            return null;
        }
        boolean separated = false;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            separated |= c == '·' || c == '•' || c == '|' || c == '–' || c == '—' || c == '-';
            digit |= Character.isDigit(c);
        }
        if (!separated || !digit) {
            return null; // most lines are refused here without the pattern
        }
        Matcher m = (caseless ? CASELESS_NAME_THEN_DATE : NAME_THEN_DATE).matcher(text);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1);
        if (caseless) {
            return (AuthorNames.isCaselessName(name) || twoCaselessWriters(name))
                    && Arrays.stream(name.split("[\\s,،]+")).noneMatch(CASELESS_SECTION_WORDS::contains)
                    ? name : null; // "أخبار محلية | 12 مارس 2024": a section, not a name
        }
        int space = name.indexOf(' ');
        return space > 0 && isLeadWord(name.substring(0, space)) ? null : name; // "Di Redazione - 12 Marzo 2024": a lead, not a name
    }

    /** What parts a meta line's fields: a middle dot, a bullet or a bar ("Jane Doe · 3 March 2024 · 4 min"). */
    public static final String META_FIELD_SEPARATORS = "·•|";

    /** What separates the fields of a meta line ({@link #META_FIELD_SEPARATORS}), with the blanks around it. */
    private static final Pattern META_FIELD_SEPARATOR = Pattern.compile("\\s*[" + META_FIELD_SEPARATORS + "]\\s*");

    /**
     * A meta line's last field counting the post's comments, after the writer's name: "12 comments", "27
     * Kommentare", "5 commentaires", "3 comentarios", "8 commenti", "4 comentários", "6 reacties", "9
     * komentarzy", "12 комментариев", "7 коментарів", "2 kommentarer", "3 yorum", "1 comment".
     */
    private static final Pattern COMMENT_COUNT = Pattern.compile(
            "\\s*\\d+\\s+(?:comments?|responses?|kommentare?|commentaires?|comentarios?|commenti|commento|comentários?|reacties|reactie"
                    + "|komentarz(?:y|e)?|комментари(?:ев|я|й)|коментар(?:ів|і|ій)|kommentarer|yorum)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Fields of a meta line read for a name after the date: a date, a reading time, a word count and the name. */
    private static final int MAX_META_FIELDS = 4;

    /**
     * The name that closes a meta line after its figures, "March 12, 2024 · 3 min · Jane Doe" (Hugo's
     * PaperMod and other static-site themes set the author last): every field before it holds a
     * figure (a date, a reading time) or is a date written in letters alone, as the Hebrew calendar's ("ט"ז בכסלו
     * תשפ"ז · מאת שרה לוי"), the last is written as a person's name. Null otherwise.
     */
    public static String nameAfterDateFields(String text) {
        if (text.length() > MAX_DATED_LINE || text.isEmpty()) {
            return null;
        }
        String t = text.replace('\u00A0', ' ').strip();
        String[] fields = META_FIELD_SEPARATOR.split(t, MAX_META_FIELDS + 2);
        if (fields.length > 2 && COMMENT_COUNT.matcher(fields[fields.length - 1]).matches()) {
            fields = Arrays.copyOf(fields, fields.length - 1); // "3 декабря 2026 · Сергей Лаптев · 12 комментариев": the count closes the line
        }
        if (fields.length < 2 || fields.length > MAX_META_FIELDS) {
            return null;
        }
        for (int i = 0; i < fields.length - 1; i++) {
            if (fields[i].chars().noneMatch(Character::isDigit) && DateParser.parseText(fields[i]) == null) {
                return null; // "Politics · Jane Doe": a section, read as such elsewhere
            }
        }
        String last = fields[fields.length - 1].strip();
        String name = withoutFieldLead(last);
        if (name == last && t.length() > MAX_NAME_DATE_LINE) {
            return null; // a long line names its writer after a lead only
        }
        return AuthorNames.isPersonName(name) || AuthorNames.isCaselessName(name) ? name : null;
    }

    /**
     * A meta line that opens with a date in figures, perhaps its time, and goes on with the writer
     * written in the same run: the date, group 1 ("24.11.2026", "2026-11-24", "24/11/2026", a time
     * "10:05" or "10.05 Uhr" after it), then what separates it, group 2 (a comma, or blanks alone), then
     * the rest, group 3 ("24.11.2026 10:05 von Markus Oberhuber", "03.12.2026, Tomasz Kaczmarek").
     */
    private static final Pattern NUMERIC_DATE_THEN_REST = Pattern.compile(
            "^(\\p{Nd}{1,2}[./-]\\p{Nd}{1,2}[./-]\\p{Nd}{4}|\\p{Nd}{4}-\\p{Nd}{1,2}-\\p{Nd}{1,2})"
                    + "(?:,?\\s+\\p{Nd}{1,2}[:.]\\p{Nd}{2}(?:\\s*(?i:uhr|h))?)?(\\s*,\\s*|\\s+)(\\S.*)$",
            Pattern.UNICODE_CASE);

    /**
     * The writer of a meta line that sets a date in figures first and the name after it with no
     * separator drawn between: after a lead ("24.11.2026 10:05 von Markus Oberhuber", as Contao's news
     * template writes "%s von %s"), or after a comma alone ("03.12.2026, Tomasz Kaczmarek", as Joomla's
     * and other templates join the date and the author field). The rest is written as one person's
     * name; a comma's rest without a lead also no desk's name ({@link AuthorNames#namesDesk}). Null otherwise.
     */
    static String nameAfterNumericDate(String text) {
        if (text.isEmpty() || text.length() > MAX_NAME_DATE_LINE || !Character.isDigit(text.charAt(0))) {
            return null;
        }
        Matcher m = NUMERIC_DATE_THEN_REST.matcher(text.replace('\u00A0', ' ').strip());
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(3).strip();
        String name = withoutFieldLead(rest);
        boolean led = name != rest;
        if (!led && (m.group(2).indexOf(',') < 0 || AuthorNames.namesDesk(name))) {
            return null; // "24.11.2026 Vereinsnachrichten": blanks alone part no writer from the date
        }
        return AuthorNames.isPersonName(name) ? name : null;
    }

    /**
     * True when the field of a meta line credits the writer ({@link #isWriterField}) or a desk with no one named
     * ("Redaktion", "Staff Reporter", "নিজস্ব সংবাদদাতা": {@link AuthorNames#isGenericCredit}).
     */
    public static boolean isWriterOrDeskField(String field) {
        return isWriterField(field) || AuthorNames.isGenericCredit(field);
    }

    /**
     * True when the field of a meta line is the writer's, a lead and a name ({@link #withoutFieldLead}):
     * "Autor: Jelena Marković", "de Ioana Mureșan", "By Jane Doe".
     */
    public static boolean isWriterField(String field) {
        String f = field.strip();
        String name = withoutFieldLead(f);
        return name != f && !name.isEmpty() && (AuthorNames.isPersonName(name) || AuthorNames.isCaselessName(name));
    }

    /**
     * True when the meta line's last field opens with a {@link #PREPOSITION_BYLINE_LEADS} lead before the
     * name read from it ("12/03/2026 · de Vila Nova"): "de" and "da" also mean "from", so the name may be
     * the place the story comes from.
     */
    static boolean afterPrepositionLead(String metaLine, String name) {
        String[] fields = META_FIELD_SEPARATOR.split(metaLine.replace('\u00A0', ' ').strip(), MAX_META_FIELDS + 1);
        String last = fields[fields.length - 1].strip();
        for (String lead : PREPOSITION_BYLINE_LEADS) {
            if (last.startsWith(lead + " ") && last.substring(lead.length()).strip().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A credit line of this many characters at most: the writer's credit and one or two others. */
    private static final int MAX_CREDIT_LINE_CHARS = 120;

    /**
     * What parts the credits of one line: a slash, a bar, a middle dot or a bullet between spaces, or a
     * sentence's stop before the next credit's capital ("Texte : Claire Dubois. Photos : Luc Martin"), or a
     * comma before the next credit's label and its colon ("Haber: Mehmet Yıldız, Editör: Zeynep Kaya", as Turkish
     * agencies sign the foot of the text).
     */
    static final Pattern CREDIT_LINE_BREAK = Pattern.compile("\\s+[/|·•]\\s+|(?<=\\p{Ll})\\.\\s+(?=\\p{Lu})"
            + "|(?<=\\p{L}),\\s+(?=\\p{Lu}[\\p{L}\\p{M}]{1,24}\\s?[:：])");

    /**
     * True when the text holds a character every match of {@link #CREDIT_LINE_BREAK} holds (its slash, bar, middle dot,
     * bullet, stop or comma): without one the line is one field, and the split is not made.
     */
    static boolean mayBreakCredits(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '|' || c == '·' || c == '•' || c == '.' || c == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the line is the writer's credit followed by the credits of other work, each a label and a
     * name: "Text: Anna Berg / Fotos: Max Muster", "Текст: Ирина Белова / Фото: Олег Гуров", "Words: Jane Doe |
     * Pictures: John Roe". The writer's credit alone is a byline's line; so is the line with the others.
     */
    public static boolean isWriterAndCreditsLine(String text) {
        if (text.length() > MAX_CREDIT_LINE_CHARS || text.indexOf(':') < 0 && text.indexOf('：') < 0 || !mayBreakCredits(text)) {
            return false;
        }
        String[] fields = CREDIT_LINE_BREAK.split(text.strip(), 4);
        if (fields.length < 2 || fields.length > 3 || !isWriterField(fields[0])) {
            return false;
        }
        for (int i = 1; i < fields.length; i++) {
            if (!AuthorNames.isSecondCredit(fields[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The field without the lead that opens the writer's field after a meta line's dates, a lead word or
     * label of {@link #LEAD_IN} ("Autor: Jana Horáková", "di Marco Bianchi", "de Ioana Mureșan"); the same
     * string when it opens with none.
     */
    private static String withoutFieldLead(String field) {
        String rest = withoutLeadIn(field);
        return rest.length() == field.length() ? field : rest.strip();
    }

    /**
     * What parts the labelled fields of a meta line ("2026年02月18日 08:30　来源：新华社　作者：李明"): an ideographic
     * space, a run of two or more spaces, or a bar, middle dot or bullet set between spaces; or a blank between a figure and a
     * label with its colon, where the page's run of blanks was collapsed ("03.12.2026 | 11:47 Автор: Георги Петров"); or a
     * bar with or without blanks before a Chinese label and its colon, as Discuz draws its pipes ("09:30|发布者: admin|原作者: 张伟");
     * or a blank between a Chinese word and a Chinese label with its colon, where a run of non-breaking spaces was read as one
     * ("来源：市教育局 作者：李娜": Chinese prose sets no blank between words).
     */
    private static final Pattern LABELLED_FIELD_BREAK = Pattern.compile("[\\s\\u00A0]*\\u3000[\\s\\u3000\\u00A0]*|[\\s\\u00A0]{2,}|\\s+[·•|]\\s+"
            + "|(?<=\\d)[\\s\\u00A0]+(?=\\p{L}[\\p{L}\\p{M}]{1,24}\\s?[:：])"
            + "|[\\s\\u00A0]*[|｜][\\s\\u00A0]*(?=\\p{IsHan}{1,4}\\s?[:：])"
            + "|(?<=\\p{IsHan})[\\s\\u00A0]+(?=\\p{IsHan}{1,4}\\s?[:：])");

    /** Fields of a meta line read for the writer's: a date, a time, a source, the writer, an editor, a counter. */
    private static final int MAX_LABELLED_FIELDS = 8;

    /**
     * A field that credits the writer: a label of {@link #LABELS_WITH_COLON} or a lead word of {@link #WORDS} ("Автор",
     * "Autor", "Author"), or the simplified Chinese "记者" (reporter), with its colon, then the name ("作者：李明", "记者：王芳",
     * "Text: Anna Schmidt", "03.12.2026 | 11:47  Автор: Георги Петров"), group 1; or
     * "记者" (記者) and a blank before a Chinese name of two to four characters ("记者 孙丽"), group 2; or a Korean name
     * before 기자 (reporter), as a Korean paper's date line ends ("2008-03-14 15:20 | 김민수 기자"), group 3.
     */
    private static final Pattern WRITER_FIELD = Pattern.compile(
            "^(?:(?:" + String.join("|", LABELS_WITH_COLON) + "|" + WORDS.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                    + "|记者)\\s*[:：]\\s*(\\S.*)|(?:记者|記者)[\\s\\u00A0]+(\\p{IsHan}{2,4})|(\\p{IsHangul}{2,4})\\s?기자)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The writer a meta line credits in a labelled field after other fields, as Chinese portals set the line
     * under the headline: "2026年02月18日 08:30　来源：华南日报　作者：李明", "时间：2026-02-18　来源：新华社　记者：王芳".
     * The value of the first field after the first whose label credits the writer; a field that opens the line
     * is a byline's label, read as such elsewhere. A value that names no one ({@link AuthorNames#clean}: the
     * poster's account "admin" after Discuz's "发布者") gives way to a later writer's field, as "原作者" (the
     * original author) follows it. Null when no later field credits one.
     */
    static String labelledFieldName(String text) {
        if (text.length() > MAX_NAME_DATE_LINE || text.indexOf(':') < 0 && text.indexOf('：') < 0 && text.indexOf("기자") < 0) {
            return null;
        }
        String[] fields = LABELLED_FIELD_BREAK.split(text.strip(), MAX_LABELLED_FIELDS + 1);
        for (int i = 1; i < Math.min(fields.length, MAX_LABELLED_FIELDS); i++) {
            Matcher m = WRITER_FIELD.matcher(fields[i].strip());
            if (m.matches()) {
                String value = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).strip();
                if (i + 1 < fields.length && AuthorNames.clean(List.of(value)).isEmpty()) {
                    continue; // "发布者: admin|…|原作者: 张伟": the poster's account, and the writer in a later field
                }
                return value;
            }
        }
        return null;
    }

    /** What separates the names of a reporter line: a comma or middle dot before the title, spaces after it. */
    private static final Pattern NAMES_BEFORE_TITLE = Pattern.compile("\\s*[,、·]\\s*");
    private static final Pattern NAMES_AFTER_TITLE = Pattern.compile("[\\s\\u3000、，,]+");


    /**
     * The names part of a theme's dated line written as one text, "Posted on October 2, 2023 by Jane
     * Doe" ("Publié le 2 octobre 2023 par ...", "Опубликовано 02.10.2023 автором ..."): the text
     * after the lead word that follows the date; or of its undated sibling that files the post first,
     * "Posted in News by Jane Doe" ("Publicado en Noticias por ...", "Pubblicato in Notizie da ...",
     * "Veröffentlicht in Nachrichten von ..."), the themes' "Posted in %1$s by %2$s". Null when the
     * text is not such a line, or has no capitalised word after a lead.
     */
    public static String namesAfterDate(String text) {
        if (text.length() > MAX_DATED_LINE + 20) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || DATED_INITIALS.indexOf(Character.toLowerCase(t.charAt(0))) < 0 || t.length() > MAX_DATED_LINE) {
            return null;
        }
        Matcher dated = DATED_LEAD.matcher(t);
        if (!dated.lookingAt()) {
            return null;
        }
        int verbEnd = firstBlank(t); // the dated lead's verb is one word: "Publicado em" files ("em") or dates
        boolean filedFirst = verbEnd > 0 && FILED_IN.matcher(t).region(verbEnd, t.length()).lookingAt(); // "Posted in News by Jane Doe"
        Matcher m = LEAD_AFTER_DATE.matcher(t);
        boolean found = false;
        boolean italian = filedFirst && ITALIAN_DATED_VERB.matcher(t).lookingAt();
        while (m.find()) {
            if (filedFirst && PREPOSITION_LEADS.contains(m.group().strip()) && !(italian && m.group().strip().equals("da"))) {
                continue; // "Publicado em Notícias da Cidade por ...": the category's own "da"
            }
            if (beforeSeparator(t.substring(m.end())).chars().noneMatch(Character::isDigit)) { // "5 de Marzo de 2024 por": the date's own "de"
                found = filedFirst ? m.start() > verbEnd : t.substring(0, m.start()).chars().anyMatch(Character::isDigit);
                break;
            }
        }
        if (!found) {
            return null;
        }
        String names = t.substring(m.end());
        Matcher filed = (m.group().strip().equals("door") ? FILED_IN_AFTER_DUTCH_LEAD : FILED_IN).matcher(names);
        return filed.find() ? names.substring(0, filed.start()) : names;
    }

    /**
     * What sets off the next field of a dated line after the names: "... door Pieter de Graaf · 5 min
     * leestijd" (a reading time), "... by Jane Doe | 3 comments".
     */
    private static final String FIELD_SEPARATORS = "·•|｜";

    /** The text up to its first {@link #FIELD_SEPARATORS} character: the names' field, not the fields after it. */
    static String beforeSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (FIELD_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /**
     * True when the text is only the opening of a theme's "Posted in %1$s by %2$s" line, its category
     * in the next element: "Posted in ", "Pubblicato in ", "Publicado em ". The line is then read
     * whole by {@link #namesAfterDate}, whichever lead word ("da", "por") follows the category.
     */
    public static boolean opensFiledLine(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_CLOSING_LEAD_TEXT || DATED_INITIALS.indexOf(Character.toLowerCase(t.charAt(0))) < 0
                || !DATED_LEAD.matcher(t).lookingAt()) {
            return false;
        }
        int verbEnd = firstBlank(t);
        if (verbEnd < 0) {
            return false;
        }
        Matcher filed = FILED_IN.matcher(t + " ").region(verbEnd, t.length() + 1);
        return filed.lookingAt() && filed.end() == t.length() + 1;
    }

    /**
     * A bracketed credit is this long at most: a wire's sign-off names its reporters with where each filed, its
     * writer and its editors ("(Reporting by A in London and B in Santiago; Writing by C; Editing by D)").
     */
    private static final int MAX_BRACKETED_CREDIT = 180;

    /** Opening brackets a credit may be set in, and their closing ones at the same index. */
    private static final String OPENING_BRACKETS = "(（[［";
    private static final String CLOSING_BRACKETS = ")）]］";

    /**
     * The credit inside the brackets a text is set in whole, "（文・佐藤健）", "(By Jane Doe)", as papers
     * close an article with the writer's credit; null when the text is not bracketed whole, holds
     * other brackets, or does not open as a credit inside them.
     */
    public static String creditInBrackets(String text) {
        String t = text.strip();
        if (t.length() < 3 || t.length() > MAX_BRACKETED_CREDIT) {
            return null;
        }
        int open = OPENING_BRACKETS.indexOf(t.charAt(0));
        if (open < 0 || t.charAt(t.length() - 1) != CLOSING_BRACKETS.charAt(open)) {
            return null;
        }
        String inner = t.substring(1, t.length() - 1).strip();
        for (int i = 0; i < inner.length(); i++) {
            if (OPENING_BRACKETS.indexOf(inner.charAt(i)) >= 0 || CLOSING_BRACKETS.indexOf(inner.charAt(i)) >= 0) {
                return null;
            }
        }
        String wire = wireSignOff(inner);
        if (wire != null) {
            return wire;
        }
        return opensCreditedByline(inner) ? inner : null;
    }

    /**
     * The leads of the wires' sign-off in the languages they translate it into, before the reporters' names, as
     * English "Reporting by": Spanish "Reporte de", "Reportaje de", "Redacción de", "Información de" (report, writing,
     * information of), Portuguese "Reportagem de", French "Reportage" (with or without "de" or "par", as Reuters'
     * French desk writes "(Reportage Elizabeth Pineau; édité par …)"); and the writer's credit, as English "Writing
     * by": Spanish "Escrito por", "Redactado por", Portuguese "Texto de", "Redação de", French "Rédigé par". A capital
     * follows: "Redacción de la ley" opens no credit. The sign-off is set in brackets at the text's foot and parted by
     * semicolons, "(Redacción de Marta Nogueira; Editado por Javier López)".
     */
    private static final Pattern WIRE_SIGN_OFF_LEAD = Pattern.compile(
            "^(?:(?:reporte|reportaje|redacción|redaccion|información|informacion|reportagem|texto|redação|redacao)\\s+de"
                    + "|reportage(?:\\s+(?:de|par))?|escrito por|redactado por|rédigé par)\\s+(?=\\p{Lu})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A credit in a wire's sign-off that names no writer of the text: its editors and translators (Spanish "Editado por",
     * "Editado en español por", "Edición de", "Traducido por"; Portuguese "Edição de", "Editado por", "Tradução de";
     * French "Édité par", "Édition", "Version française"; English "Editing by", "Edited by"), read to the sign-off's end.
     */
    private static final Pattern WIRE_EDITOR_CREDIT = Pattern.compile(
            "(?iu)\\s*[;,]\\s*(?:editado|editada|edición|edicion|edição|edicao|édité|édités|edite|édition|version française"
                    + "|traducido|traducida|traducción|tradução|traduction|editing|edited)\\b.*$");

    /** Where a reporter filed from in a translated sign-off: "en Río de Janeiro", "em Brasília", "à Paris", before "y"/"e"/"et" or the end. */
    private static final Pattern WIRE_SIGN_OFF_PLACE = Pattern.compile(
            "\\s+(?:en|em|à|a)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:de|do|da|del)?\\s*\\p{Lu}[\\p{L}.'-]*)?(?=\\s+(?:y|e|et)\\s|\\s*[,;]|\\s*$)");

    /** What joins a co-reporter to the sign-off's first: ", avec", ", con", ", com" ("Reportage A, avec B"). */
    private static final Pattern WIRE_SIGN_OFF_WITH = Pattern.compile("(?iu)\\s*,\\s*(?:avec|con|com)\\s+(?=\\p{Lu})");

    /**
     * The reporters and writer a wire's sign-off names in a language other than English, in the English form the
     * rest of the engine reads ("Reporting by A and B"), or null when the text opens with none of
     * {@link #WIRE_SIGN_OFF_LEAD}: "Redacción de Marta Nogueira; Editado por Javier López de Lérida" names Marta
     * Nogueira, "Reportage Elizabeth Pineau, avec Leigh Thomas; édité par Blandine Hénault" both reporters. Each
     * credit the semicolons part is read: a reporting or writing credit gives its names, where each filed from cut
     * ({@link #WIRE_SIGN_OFF_PLACE}); an editor's or translator's ({@link #WIRE_EDITOR_CREDIT}) gives none.
     */
    static String wireSignOff(String inner) {
        if (inner.isEmpty() || "RrIiEeTtÉé".indexOf(inner.charAt(0)) < 0 || !WIRE_SIGN_OFF_LEAD.matcher(inner).lookingAt()) {
            return null;
        }
        StringBuilder names = new StringBuilder();
        for (String part : (";" + inner).split(";")) {
            String credit = WIRE_EDITOR_CREDIT.matcher(";" + part.strip()).replaceFirst("").replaceFirst("^;", "").strip();
            Matcher lead = WIRE_SIGN_OFF_LEAD.matcher(credit);
            if (credit.isEmpty() || !lead.lookingAt()) {
                continue; // "Editado por …", "Edição de …": the editor's credit
            }
            String named = WIRE_SIGN_OFF_WITH.matcher(credit.substring(lead.end())).replaceAll(" and ");
            named = WIRE_SIGN_OFF_PLACE.matcher(named).replaceAll("").strip();
            if (!named.isEmpty()) {
                names.append(names.isEmpty() ? "" : " and ").append(named);
            }
        }
        return names.isEmpty() ? null : "Reporting by " + names;
    }

    /** What separates the fields of a details bar: a bar, as CMSs print "Date | Author | Views". */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[|¦]\\s*");

    /** A details bar is this short at most: a few labelled fields. */
    private static final int MAX_FIELD_BAR = 160;

    /** The fields of a details bar read for the author's: the bar shows a few. */
    private static final int MAX_FIELDS = 8;

    /**
     * The name in the author's field of a details bar written as one text, "Опубликовано: 12.03.2024
     * | Автор: Сергей Иванов | Просмотров: 1520", "Category: News | Author: Jane Doe": the field
     * opened by a lead word or a writer's label with its colon ("Автор:", "Author:", "Yazar:",
     * "Reporter:"), read up to the next bar. Null when the text is no bar or has no such field.
     */
    public static String authorField(String text) {
        if (text.length() > MAX_FIELD_BAR || (text.indexOf('|') < 0 && text.indexOf('¦') < 0)
                || (text.indexOf(':') < 0 && text.indexOf('：') < 0)) {
            return null; // most texts are refused here without a pattern
        }
        String[] fields = FIELD_SEPARATOR.split(text.strip(), MAX_FIELDS + 1);
        for (int i = 0; i < Math.min(fields.length, MAX_FIELDS); i++) {
            Matcher m = FIELD_LABEL.matcher(fields[i]);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** An author's field: a lead word or a writer's label, its colon, and a value that does not open in lower case. */
    private static final Pattern FIELD_LABEL = Pattern.compile(
            "^\\s*(?:" + WORD_ALTERNATION + "|" + String.join("|", LABELS_WITH_COLON) + ")\\s*" + LABEL_COLON + "\\s*(?!(?-i:\\p{Ll}))(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The index of the text's first blank, or -1. */
    private static int firstBlank(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u00A0') {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the text is one lead word alone, in any case, perhaps with a colon: "Di", "By", "Por:".
     * Set in an element of its own before the name's element, even a lead that opens surnames when
     * capitalised ("Di") is the lead.
     */
    public static boolean isLeadWord(String text) {
        String t = text.strip();
        if (t.endsWith(":") || t.endsWith("：")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return !t.isEmpty() && t.length() <= MAX_LEAD_WORD_CHARS && WORDS.contains(t.toLowerCase(java.util.Locale.ROOT));
    }

    /** The longest lead word ("författare"): a longer text is no lead word, and is refused without a copy. */
    private static final int MAX_LEAD_WORD_CHARS = 12;

    /** True when the text is only a dated line's opening ("Posted on", "Publié le", "Опубликовано"): a theme's label. */
    public static boolean isDatedLeadOnly(String text) {
        Matcher m = DATED_LEAD.matcher(text);
        return m.lookingAt() && text.substring(m.end()).isBlank();
    }

    /**
     * True when a short text closes with a lower-case lead word, its name in the next element: the
     * "Posted on June 3, 2024 by <a>Jane Doe</a>" of blog themes, in the languages read ("Publié le
     * 3 mai 2024 par", "Veröffentlicht am 3. Mai 2024 von"); or that is Drupal's Russian or Ukrainian
     * "Submitted by" alone ({@link #SUBMITTED_WORDS}: "Опубликовано <span>Дмитрий Орлов</span>").
     */
    public static boolean closesWithLead(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        if (end > 0 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '：')) {
            return closesFieldBarWithLabel(text.substring(0, end));
        }
        if (end == 0 || !Character.isLowerCase(text.charAt(end - 1))) {
            return false; // asked of every short text before an element: most are refused here without a copy
        }
        if (end > MAX_CLOSING_LEAD_TEXT + 4) {
            return leadClosesLastField(text, end); // "Aggiornato il 3 dicembre 2026 · Pubblicato il 1 dicembre 2026 · di "
        }
        String t = text.substring(0, end).strip();
        if (t.length() > MAX_CLOSING_LEAD_TEXT) {
            return false;
        }
        int space = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\u00A0'));
        if (space < 0) {
            return SUBMITTED_WORDS.contains(t.toLowerCase(java.util.Locale.ROOT)); // "Опубликовано <span>Дмитрий Орлов</span>"
        }
        return space > 0 && CLOSING_LEADS.contains(t.substring(space + 1));
    }

    /** The longest lead word read after a meta line's last separator ({@link #leadClosesLastField}). */
    private static final int MAX_FIELD_LEAD_CHARS = 12;

    /**
     * True when a long meta line's last field, after a {@link #FIELD_SEPARATORS} character, is a lead
     * word alone, the names in the next element: "... · Pubblicato il 1 dicembre 2026 · di <b>Name</b>".
     * Only the line's last characters are read.
     */
    private static boolean leadClosesLastField(String text, int end) {
        for (int i = end - 1; i >= 0 && i >= end - MAX_FIELD_LEAD_CHARS; i--) {
            if (FIELD_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return CLOSING_LEADS.contains(text.substring(i + 1, end).strip());
            }
        }
        return false;
    }

    /**
     * True when the last field of a details bar is an author label, its name in the next element:
     * "Просмотров: 318 | Добавил: <a>Name</a>", "Category: News | Author: <a>Name</a>".
     */
    private static boolean closesFieldBarWithLabel(String text) {
        int bar = Math.max(text.lastIndexOf('|'), text.lastIndexOf('¦'));
        if (bar < 0) {
            return false;
        }
        String field = text.substring(bar + 1).strip();
        Matcher m = OPENING.matcher(field);
        return !field.isEmpty() && field.length() <= MAX_CLOSING_LEAD_TEXT && m.lookingAt() && m.end() == field.length();
    }

    /**
     * A Greek byline of the genitive article and the writer's name alone, the name's words capitalised and
     * the last perhaps an initial with its stop: "Της Μαρίας Κ.", "Του Νίκου Αλεξίου", "Των Νίκου Αλεξίου και Μαρίας
     * Κ." ("[text] of the ..."). A sentence that opens with the article goes on in lower case ("Της έδωσαν ...").
     */
    private static final Pattern GREEK_GENITIVE_BYLINE = Pattern.compile(
            "(?:Του|Της|Των)\\s+(?:\\p{IsGreek}\\.\\s*)?" + "(?:\\p{Lu}[\\p{IsGreek}&&\\p{Ll}]+(?:-\\p{Lu}[\\p{IsGreek}&&\\p{Ll}]+)?|\\p{Lu}\\.)"
                    + "(?:\\s+(?:και\\s+)?(?:\\p{Lu}[\\p{IsGreek}&&\\p{Ll}]+(?:-\\p{Lu}[\\p{IsGreek}&&\\p{Ll}]+)?|\\p{Lu}\\.)){1,5}");

    /**
     * True when the whole text is a Greek byline of the genitive article and a name ({@link #GREEK_GENITIVE_BYLINE}):
     * "Της Μαρίας Κ." is the line the writer is read from, not the story's, though its initial's stop closes it.
     */
    public static boolean isGreekGenitiveByline(String text) {
        return text.length() > 4 && text.charAt(0) == 'Τ' && GREEK_GENITIVE_BYLINE.matcher(text).matches();
    }

    /** A byline's block of lines holds at most this many: the name, a role, an address. */
    private static final int MAX_BYLINE_BLOCK_LINES = 4;

    /** Each line of a byline's block is this short at most ("By JANE DOE", "Tribune Staff Reporter", an address). */
    private static final int MAX_BYLINE_BLOCK_LINE_CHARS = 64;

    /** A line that is an e-mail address alone, or a social handle alone ("@janedoe"). */
    private static final Pattern CONTACT_LINE = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+|@[\\p{L}\\p{N}_]{2,30}");

    /**
     * True when the lines, as {@code <br>} parts a paragraph, are a byline's block: a written byline ({@link #opensByline})
     * first, then only the writer's role ("Tribune Staff Reporter", "Senior Correspondent") or her address
     * ("jrolle@paper.example"), as Caribbean and other English-language papers open the text: "By JERMAINE ROLLE<br>Tribune
     * Staff Reporter<br>jrolle@…". A paragraph whose lines go on as prose is none.
     */
    public static boolean isBylineBlock(List<String> lines) {
        if (lines.size() < 2 || lines.size() > MAX_BYLINE_BLOCK_LINES) {
            return false;
        }
        String first = lines.get(0);
        if (first.length() > MAX_BYLINE_BLOCK_LINE_CHARS || !opensByline(first) || endsSentence(first)) {
            return false;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > MAX_BYLINE_BLOCK_LINE_CHARS || endsSentence(line)
                    || !(CONTACT_LINE.matcher(line).matches() || AuthorNames.endsInRole(line))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /**
     * True when the text opens as a written byline: a lead word, alone (its name in the next element,
     * "By<a>Jane Doe</a>") or followed by a word that is not lower case ("By signing up, you agree"
     * and "Par ailleurs" are sentences) or by the lower-case degrees written before a name ("Autor: mgr Anna Wójcik"). "Byron" and "Paris" merely begin like a lead.
     */
    public static boolean opensByline(String text) {
        return opens(text, OPENERS, OPENING);
    }

    /**
     * True when the text opens as a written byline, perhaps after a theme's participle: "Posted by
     * Jane Doe", "Publié par Claire Dubois", as well as "By Jane Doe" ({@link #opensByline}). A photo
     * credit ("Photo by") is not one.
     */
    public static boolean opensCreditedByline(String text) {
        return opens(text, CREDITED_OPENERS, CREDITED_OPENING) || opens(text, PHRASE_OPENERS, PHRASE_OPENING);
    }

    /**
     * The words a pattern's match must start with, grouped by their first character (the words are
     * lower case): every short text of a page is asked, and most are refused on their first word,
     * without running the pattern (its case-folded alternation of some sixty words costs far more than
     * a few case-insensitive comparisons). The groups of characters below {@value #ARRAY_INITIALS} (the
     * Latin, Greek, Cyrillic, Hebrew and Arabic letters) are found by index, the rest in a map: a text's
     * first character is not boxed to be looked up.
     */
    private record Openers(String[][] belowArrayInitials, Map<Character, String[]> above) {

        static Openers of(java.util.stream.Stream<String> words) {
            Map<Character, List<String>> grouped = words.collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.toList()));
            String[][] below = new String[ARRAY_INITIALS][];
            Map<Character, String[]> above = new HashMap<>();
            grouped.forEach((initial, group) -> {
                if (initial < ARRAY_INITIALS) {
                    below[initial] = group.toArray(String[]::new);
                } else {
                    above.put(initial, group.toArray(String[]::new));
                }
            });
            return new Openers(below, Map.copyOf(above));
        }

        /** The words that start with the character, or null when none does. */
        String[] startingWith(char initial) {
            return initial < ARRAY_INITIALS ? belowArrayInitials[initial] : above.get(initial);
        }
    }

    /** First characters an {@link Openers} finds by index: U+0000 to U+07FF, the scripts most bylines are written in. */
    private static final int ARRAY_INITIALS = 0x800;

    private static boolean opens(String text, Openers openers, Pattern opening) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (opensWithSettingOffDash(text, first)) {
            text = text.substring(first + 2); // "— Submitted by Linda Carver": the dash that sets a credit off under the text
            first = 0;
            while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
        }
        if (first == text.length() || !startsWithAny(text, first, openers.startingWith(Character.toLowerCase(text.charAt(first))))) {
            return false;
        }
        Matcher m = opening.matcher(text);
        if (!m.lookingAt()) {
            return false;
        }
        int word = m.end();
        while (word < text.length() && (Character.isWhitespace(text.charAt(word)) || text.charAt(word) == '\u00A0')) {
            word++;
        }
        return word >= text.length() || !Character.isLowerCase(text.codePointAt(word))
                || AuthorNames.opensWithLeadingDegrees(text, word) // "Autor: mgr Anna Wójcik", "Autor: doc. Jan Dvořák": her degree, then her name
                || AuthorNames.opensWithOurStaffRole(text, word); // "Door onze correspondent Pieter Bos": his role at the paper, then his name
    }

    /** True when an em or en dash and a blank stand at {@code at}: "— Submitted by ...", a credit set off under a text. */
    static boolean opensWithSettingOffDash(String text, int at) {
        return at + 1 < text.length() && (text.charAt(at) == '\u2014' || text.charAt(at) == '\u2013')
                && Character.isWhitespace(text.charAt(at + 1));
    }

    /** True when one of the words, ignoring case, starts the text at {@code from}; false when there are none. */
    private static boolean startsWithAny(String text, int from, String[] words) {
        if (words == null) {
            return false;
        }
        for (String w : words) {
            if (text.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }
}
