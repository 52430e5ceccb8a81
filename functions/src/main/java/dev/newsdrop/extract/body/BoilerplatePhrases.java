package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.authors.BylineLeads;
import dev.newsdrop.extract.meta.authors.PatternOpenings;
import dev.newsdrop.extract.text.NewsAgencies;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one-line boilerplate {@link ContentPruner} cuts by its words: a table of the phrases such a line opens with
 * (share and follow prompts, "read also", ad labels, copyright and licence lines, comment counts, players' labels,
 * spoiler notes, wires' end marks, …) and what may follow them on the line, in many languages. A line is tried only
 * against the phrases its first character allows ({@link #opensBoilerplate}).
 */
final class BoilerplatePhrases {

    /**
     * The end of a phrase: no letter or digit follows. (Java's {@code \\b} knows only ASCII letters,
     * so it never ends an Arabic or Cyrillic phrase, nor one ending in "é" or ":".)
     */
    private static final String PHRASE_END = "(?![\\p{L}\\p{N}])";

    /**
     * Labels that name a spoiler warning themselves, lower case: before a colon, the line is the review's or the recap's
     * warning of what it gives away ("Achtung, Spoiler: Dieser Test verrät …", "Spoiler warning: this recap discusses …").
     * A line that opens with such words and no colon after them is a sentence ("Spoiler alert warnings were ignored …").
     */
    private static final List<String> SPOILER_LABELS = List.of("spoiler-warnung", "spoilerwarnung", "spoiler warning", "spoiler alert",
            "spoiler-alarm", "spoileralarm", "achtung,? spoiler", "attention,? spoilers?", "alerta de spoilers?", "aviso de spoilers?",
            "atenção,? spoilers?", "attenzione,? spoiler", "uwaga,? spoilery?", "внимание,? спойлеры?", "ネタバレ注意", "剧透预警",
            "剧透警告", "劇透預警", "스포일러 주의");

    /**
     * What opens a line about the page's spoilers, lower case: a general warning label ("Attention", "تنبيه", "※", "⚠️")
     * or the text itself as the subject ("This review", "Cet article", "本記事", "المراجعة"). The line says more
     * ({@link #SPOILER_NOTE_REST}), so a warning about anything else ("تنبيه: ستتوقف الخوادم …") or a sentence naming the
     * text for another reason stays.
     */
    private static final List<String> SPOILER_NOTE_SUBJECTS = List.of("⚠\\ufe0f?\\s*(?:warning|achtung|attention|atención|attenzione"
            + "|aviso|uwaga|внимание|تنبيه|تحذير|注意|주의)?", "warning", "achtung", "attention", "atención", "attenzione", "uwaga",
            "внимание", "تنبيه", "تحذير", "※", "this article", "this review", "this recap", "this text", "this piece", "this story",
            "dieser artikel", "dieser test", "dieser text", "dieser beitrag", "diese kritik", "diese rezension", "cet article",
            "ce test", "cette critique", "este artículo", "este análisis", "este texto", "esta crítica", "esta reseña",
            "este artigo", "esta análise", "esta crítica", "questo articolo", "questa recensione", "questo testo", "deze recensie",
            "deze review", "dit artikel", "ten tekst", "ten artykuł", "ta recenzja", "эта статья", "эта рецензия", "этот обзор",
            "этот текст", "المراجعة", "هذه المراجعة", "هذا المقال", "المقال", "本記事", "この記事", "本文", "本篇", "이 기사",
            "이 리뷰", "본 기사");

    /** The words for spoilers and for giving away a plot, as a spoiler note names them ({@link #SPOILER_NOTE_REST}). */
    private static final String SPOILER_WORDS = "(?:spoiler|divulgâch|destripe|спойлер|حرق (?:ال)?أحداث|ネタバレ|剧透|劇透|스포일러)";

    /** The verbs and words of holding or lacking, as a note on spoilers says the text holds them or is free of them. */
    private static final String HOLDS_OR_LACKS = "(?:contain|contient|contiene|contém|contem|enthält|bevat|zawiera|содерж|يحتوي|تحتوي"
            + "|خال|含|포함|discusses|discute|bespricht|free|frei|sans|sin|senza|sem|zonder|bez|без)";

    /**
     * The rest of a spoiler note after its opening ({@link #SPOILER_NOTE_SUBJECTS}): after a colon or a comma perhaps, a
     * short line in which the spoiler word and a word of holding or lacking it come together, either first ("… contient des
     * spoilers", "…にはネタバレが含まれます", "… spoilerfrei", "خالية من حرق الأحداث"), ending the line.
     */
    private static final String SPOILER_NOTE_REST = "\\s*[:：!,]?[^.!?。]{0,80}?(?:" + HOLDS_OR_LACKS + "[^.!?。]{0,60}?" + SPOILER_WORDS
            + "|" + SPOILER_WORDS + "[^.!?。]{0,60}?" + HOLDS_OR_LACKS + ")[^.!?。]{0,60}[.!?。]?$";

    /** A bookmaker's odds, a decimal of up to three figures and two places ("2,10", "1.65"). */
    private static final String ODDS = "\\d{1,3}[.,]\\d{1,2}";

    /**
     * The rest of a line of odds on a match's three outcomes after its "1" (or "1X2" label): the odds on a home win, then
     * "X" and the odds on a draw, then "2" and the odds on an away win, each mark with a colon or none, the three apart by
     * blanks or a bar ("1: 2,10 | X: 3,40 | 2: 3,50"); or, after the "1X2" label, the three odds alone ("1X2: 1.65 3.90 5.25").
     */
    private static final String ODDS_1X2 = "(?:\\s*[:=]?\\s*" + ODDS + "\\s*[|·/]?\\s*x\\s*[:=]?\\s*" + ODDS + "\\s*[|·/]?\\s*2\\s*[:=]?\\s*" + ODDS
            + "|\\s*[:：]\\s*" + ODDS + "\\s*[|·/]?\\s*" + ODDS + "\\s*[|·/]?\\s*" + ODDS + ")$";

    /**
     * A player's running time in whole minutes, in brackets as a teaser line closes with it ("(3 Min)", "(12 min.)", "(4
     * Minuten)", "(2 minutes)", "(5 minuti)"): the brackets part it from a sentence that ends on a count of minutes.
     */
    private static final String PLAYER_MINUTES = "\\(\\d{1,3}\\s?(?:min|mins|minuten|minutes|minuti|minutos|minut|minuter)\\.?\\)";

    /** A blog's prompt to show the dish or the make on social media, its opening ("Markiere @blog …", "Tag us …"). */
    private static final List<String> TAG_US_PROMPTS = List.of("markiere (?:uns|mich|@)", "tagge (?:uns|mich|@)", "verlinke (?:uns|mich|@)",
            "tag (?:us|me|@)", "mention(?:ne|nez)? (?:moi|nous|@)", "identifie(?:z)?(?:[- ]moi|[- ]nous| @)", "marque(?:-me|-nos| @)",
            "identifica(?:me|nos)", "etiquéta(?:me|nos)", "etiqueta(?:me|nos)", "tagga(?:mi|ci)", "tag (?:mij|ons)");

    /**
     * What follows a rights or licence label on a licence line ({@link #BOILERPLATE}): a colon and the licence alone, Creative
     * Commons by name or by its short form ("CC BY 4.0", "CC BY-NC-SA", "CC0") or the public domain, and its full stop.
     */
    private static final String LICENCE_LINE_REST = "\\s?[:：]\\s?(?:(?:licencia |licence |license |lizenz )?creative commons"
            + "(?: (?:attribution|reconocimiento|namensnennung)[\\w -]{0,40})?|cc[ -](?:by(?:[ -](?:sa|nd|nc)){0,2}|0)(?: \\d\\.\\d)?"
            + "(?: international)?|cc0|dominio público|public domain|domaine public|gemeinfrei)\\.?$";

    /** ...and the rest of its line, which names the network or a hashtag. */
    private static final String TAG_US_REST = ".{0,60}(?:instagram|pinterest|tiktok|facebook|#).{0,60}$";

    /**
     * The question a recipe card asks over its tag-us prompt, whether the reader made the dish: German, English, French,
     * Spanish, Italian and Dutch.
     */
    private static final List<String> RECIPE_TRIED_QUESTIONS;

    static {
        String de = " (?:das|dieses|mein|unser) rezept (?:ausprobiert|nachgemacht|nachgebacken|nachgekocht)\\?";
        String en = " (?:make|made|try|tried|bake|baked|cook|cooked) (?:this|the|my) recipe\\?";
        String fr = " (?:testé|essayé|réalisé|fait) (?:cette|ma) recette ?\\?";
        String es = " (?:probado|hecho|preparado) (?:esta|mi) receta\\?";
        String it = " (?:provato|fatto|preparato) (?:questa|la mia) ricetta\\?";
        String nl = " (?:dit|mijn) recept (?:gemaakt|geprobeerd|uitgeprobeerd)\\?";
        RECIPE_TRIED_QUESTIONS = List.of("hast du" + de, "habt ihr" + de, "haben sie" + de,
                "rezept (?:ausprobiert|nachgemacht|nachgebacken|nachgekocht)\\?", "did you" + en, "have you" + en,
                "made this recipe\\?", "tried this recipe\\?", "vous avez" + fr, "avez-vous" + fr, "tu as" + fr, "as-tu" + fr,
                "¿has" + es, "has" + es, "¿habéis" + es, "habéis" + es, "hai" + it, "avete" + it, "heb je" + nl, "hebben jullie" + nl);
    }

    /**
     * One-line boilerplate, in English, French and Arabic first: share and follow prompts, ads (the label over an ad
     * slot in every language, from {@link AdLabels}; bylines are read with {@link BylineLeads}).
     * Each entry lists phrases (regular expressions) a line may start with, and what may follow them on the line.
     */
    private static final List<Phrases> BOILERPLATE = List.of(
            // an ad slot's label alone on its line, in every language ({@link AdLabels})
            new Phrases(AdLabels.WORDS, "$"),
            new Phrases(List.of(
                    "skip to (?:main )?content", "breaking news", "top video", "don't miss", "most read", "most popular",
                    "trending now", "recommended", "comments?", "\\d+ comments?",
                    // the line a news site sets over an ad inside the text, saying the article goes on below it
                    "weiterlesen nach der anzeige", "lesen sie nach der anzeige weiter", "artikel (?:geht|wird) nach der anzeige weiter",
                    "der artikel (?:geht|wird) nach der anzeige weiter", "artikel wird nach der anzeige fortgesetzt",
                    "der artikel wird nach der anzeige fortgesetzt", "story continues below(?: this)? (?:ad|advert(?:isement)?)",
                    "article continues below(?: this)? (?:ad|advert(?:isement)?)", "continue reading below", "l'article continue après (?:la|cette) publicité",
                    "la noticia continúa (?:después|debajo) del anuncio", "el artículo continúa (?:después|debajo) del anuncio",
                    "l'articolo continua dopo la pubblicità", "het artikel gaat verder (?:onder|na) de advertentie",
                    // a comment thread's heading in other languages: "4 Antworten", "3 comentários"
                    "\\d+ (?:kommentare?|antworten|commentaires?|réponses|comentarios?|respuestas|comentários?|respostas|commenti|risposte|reacties|replies|responses"
                            + "|komentarz[ey]?|reakcj[ei]|reactions)"), "$"),
            // an ad slot's label set between dashes, as WordPress news themes print it ("- Advertisement -", "– Pubblicità –")
            new Phrases(List.of("-", "–", "—"), "\\s?(?:" + AdLabels.alternation() + ")\\s?[-–—]$"),
            // an ad set as one line after its label and a dash ("Publicité — Ouvrez un PEA en 10 minutes …", "Anzeige – Jetzt Depot
            // eröffnen"); the dash is a long one, as a label's rule is set, not a hyphen
            new Phrases(AdLabels.WORDS, "\\s?[—–]\\s?\\S.*$"),
            // a match's odds on its three outcomes, home win, draw and away win, as a preview's betting box sets them on one line
            // ("1: 2,10 | X: 3,40 | 2: 3,50", "1X2: 1.65 3.90 5.25"): figures and the outcomes' marks, no word of the text
            new Phrases(List.of("1", "1x2"), ODDS_1X2),
            // the prompts a Spanish-language meta row repeats in the text beside the writer and the date (Vocento's "Comenta
            // Compartir"), and the update time under the date there ("Actualizado 10:23h.", "Actualitzat a les 13:05")
            new Phrases(List.of("comenta", "comentar"), "(?:\\s*[|·]?\\s*(?:compartir|comparte))?$"),
            new Phrases(List.of("actualizado", "actualizada", "actualitzat", "actualitzada", "atualizado", "atualizada"),
                    "(?:\\s(?:el|a las|a les|às|em))?\\s*\\d{1,2}[:.]\\d{2}(?:\\s?h\\.?|\\s?horas)?$"),
            // the foot of a release of India's Press Information Bureau, as its release pages print it under every release: the
            // release's number and the page's visitor count ("(Release ID: 2201234) Visitor Counter : 1417"), and the links to
            // the release in other languages ("Read this release in: Hindi , Urdu , Tamil")
            new Phrases(List.of("\\(release id"), "\\s*[:：]\\s*\\d+\\s*\\)(?:\\s*visitor counter\\s*[:：]\\s*\\d+)?$"),
            new Phrases(List.of("visitor counter"), "\\s*[:：]\\s*\\d+$"),
            new Phrases(List.of("read this release in"), "\\s*[:：].{0,200}$"),
            // a comment count as a label and its number, the link to the thread under an article ("Reacties (14)", "Komentarze: 21"),
            // also addressing the readers, as SPIP's forum and other papers head it ("Vos réactions (12)", "Your comments (3)")
            new Phrases(List.of("comments", "kommentare", "leserkommentare", "reacties", "commentaires", "comentarios", "comentários",
                    "commenti", "komentarze", "reakcje", "reactions", "reaktionen", "antworten", "replies", "réactions",
                    "vos réactions", "vos commentaires", "your comments", "ihre kommentare", "sus comentarios", "tus comentarios",
                    "seus comentários", "i vostri commenti", "uw reacties", "jouw reacties"),
                    "\\s*(?:\\(\\s*\\d+\\s*\\)|[:：]\\s*\\d+)$"),
            // the German press wire's line closing each release it carries: "Original-Content von: Polizeipräsidium X,
            // übermittelt durch news aktuell"
            new Phrases(List.of("original-content von", "originalcontent von"), "\\s*[:：].{0,160}$"),
            // the Austrian wire's ("OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES
            // AUSSENDERS | OTS0042 2026-12-07 09:41 …") and Newsfile's ("To view the source version of this press release,
            // please visit https://…"), with what follows on the line
            new Phrases(List.of("ots-originaltext presseaussendung"), "\\s.{0,200}$"),
            new Phrases(List.of("to view the source version of this press release"), ",?\\s*please visit\\s+(?:https?://|www\\.)\\S{0,200}$"),
            // the Korean release service's note closing each release it carries: "이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한
            // 보도자료입니다." (this news is a release a company, body or group distributed through the service)
            new Phrases(List.of("이 뉴스는"), ".{0,60}(?:배포한|제공한) 보도자료입니다\\.?$"),
            new Phrases(List.of("copyright", "©", "\\(c\\)\\s*\\d{4}", "all rights reserved", "tous droits réservés",
                    "جميع الحقوق محفوظة"), ".{0,120}$"),
            // a licence line naming the page's terms under its rights label, as science agencies' copy and its republishers
            // close the text ("Derechos: Creative Commons.", "Lizenz: CC BY 4.0", "License: CC BY-SA 4.0"): the label, a colon
            // and the licence alone; a line that names a source after it ("… Fuente: SINC") is a credit's, read elsewhere
            new Phrases(List.of("derechos", "rights", "licencia", "licence", "license", "lizenz", "licença", "licenza", "licentie",
                    "licencja", "droits"), LICENCE_LINE_REST),
            // a syndicated story's rights notice, whose terms run past a footer's line: "Copyright 2026 X Inc. All rights
            // reserved. This material may not be published, broadcast, rewritten, or redistributed."
            new Phrases(List.of("copyright", "©", "\\(c\\)"), "\\s*(?:©\\s*)?\\d{4}[^.]{0,80}\\.\\s*all rights reserved\\..{0,160}$"),
            // a copyright or no-reproduction notice in other scripts, as news sites close the text with it: Korean
            // "저작권자 © 한빛일보 무단전재 및 재배포 금지" (often in angle brackets), Chinese "版权所有 未经授权不得转载",
            // Japanese "無断転載を禁じます", Arabic "كل الحقوق محفوظة", Persian "کلیه حقوق ... محفوظ است"
            new Phrases(List.of("저작권자", "<\\s?저작권자", "〈저작권자", "ⓒ", "<\\s?ⓒ", "무단\\s?전재", "무단\\s?복제",
                    "版权所有", "版權所有", "【版权", "【版權", "版权声明", "版權聲明", "本文版权", "本文版權", "版权归", "版權歸",
                    // a portal's reprint disclaimer ("声明：本网转载内容仅供参考，如有侵权请联系删除", "（本文来源：…，版权归原作者所有）")
                    "声明：本", "聲明：本", "免责声明", "免責聲明", "如有侵权", "如有侵權", "（本文来源", "\\(本文来源", "（本文來源",
                    // a portal's "special statement" under the text, that the post is a user's or a reprint and not the site's view
                    // ("特别声明：以上内容…为自媒体平台用户上传并发布，本平台仅提供信息存储服务", "特别声明：本网站转载上述内容仅出于传递更多信息之目的")
                    "特别声明[:：]", "特別聲明[:：]", "【特别声明】", "【特別聲明】",
                    // the same note unbracketed, as public-account articles and their mirrors close the text ("本文来源：X（ID：x）")
                    "本文来源[:：]", "本文來源[:：]", "文章来源[:：]", "文章來源[:：]",
                    // and its note on the pictures, "（文中图片来自网络，如有侵权请联系删除）"
                    "（文中图片", "\\(文中图片", "文中图片来", "（图片来自网络", "\\(图片来自网络", "图片来自网络", "图片来源于网络",
                    "（文中圖片", "（圖片來自網路", "圖片來自網路", "圖片來源於網路",
                    "未经(?:授权|许可|允许)[，,\\s]*(?:不得|禁止|严禁)", "未經(?:授權|許可|允許)[，,\\s]*(?:不得|禁止|嚴禁)",
                    "無断(?:転載|複製|転用)", "كل الحقوق محفوظة", "حقوق (?:النشر|الطبع)(?: والتوزيع)? محفوظة",
                    "جميع حقوق (?:النشر|الطبع)", "کلیه حقوق[^.!؟]{0,80}(?:محفوظ|متعلق)",
                    "تمامی حقوق[^.!؟]{0,80}(?:محفوظ|متعلق)", "همه(?:\\u200c?ی)? حقوق[^.!؟]{0,80}(?:محفوظ|متعلق)"), ".{0,120}$"),
            // a Chinese site's note that it made the text and forbids reprinting it, the note's clause after the maker's:
            // "本文由游戏天空制作发布，未经允许禁止转载。" (this text was made and published by X; no reprint without permission)
            new Phrases(List.of("本文由", "本文為", "本文为"), "[^。！？!?]{1,40}?(?:发布|發布|出品|原创|原創)[，,。\\s]*"
                    + "(?:未经|未經)(?:授权|许可|允许|授權|許可|允許)[，,\\s]*(?:不得|禁止|严禁|嚴禁)[^。！？!?]{0,20}[。!！]?$"),
            // a Chinese site's prompt to follow its topic page for more news, closing the text: "更多相关资讯请关注：X专区"
            // (for more news on this, follow the X zone), "更多精彩内容请关注游戏天空"
            new Phrases(List.of("更多相关资讯", "更多相關資訊", "更多相关内容", "更多相關內容", "更多精彩内容", "更多精彩內容", "更多资讯",
                    "更多資訊"), "(?:请关注|請關注)\\s*[:：].{0,60}$"),
            // a note on spoilers over a review or a recap: a spoiler label before a colon ("Achtung, Spoiler: …", "Spoiler
            // warning: this recap discusses …", "ネタバレ注意：…"), or a warning label or the text itself as the subject of a
            // line saying it holds or is free of spoilers ({@link #SPOILER_NOTE_REST}: "Cet article contient des spoilers …",
            // "※本記事には物語終盤のネタバレが含まれます。", "⚠️ تنبيه: المراجعة خالية من حرق الأحداث.")
            new Phrases(SPOILER_LABELS, "\\s*[:：].{0,120}$"),
            new Phrases(SPOILER_NOTE_SUBJECTS, SPOILER_NOTE_REST),
            // a Tamil paper's staff credit closing the text, "- நமது நிருபர் -" ("our reporter"): it names no one
            new Phrases(List.of("- நமது நிருபர்", "– நமது நிருபர்", "— நமது நிருபர்", "நமது நிருபர்", "- நமது சிறப்பு நிருபர்",
                    "– நமது சிறப்பு நிருபர்", "நமது சிறப்பு நிருபர்"), "\\s*[-–—]?\\s*$"),
            new Phrases(List.of("media playback is unsupported on your device", "this slideshow requires javascript\\.?",
                    "image \\d+ of \\d+", "\\d+ ?of ?\\d+"), "$"),
            // a blog's prompt to show the dish or the make on social media ("Markiere @blog auf Instagram!", "Tag us on Pinterest")
            new Phrases(TAG_US_PROMPTS, TAG_US_REST),
            // the same after the question a recipe card asks over it, on one line: "Hast du das Rezept ausprobiert? Markiere
            // @blog auf Instagram!", "Did you make this recipe? Tag @blog on Instagram"
            new Phrases(RECIPE_TRIED_QUESTIONS, "\\s?(?:" + String.join("|", TAG_US_PROMPTS) + ")" + TAG_US_REST),
            // an Indonesian portal's prompt to follow its news on a channel or to watch its video, closing the text
            // ("Simak breaking news dan berita pilihan kami langsung di ponselmu ...", "Simak Video \"...\"", "Ikuti berita terkini di
            // Google News"); "simak" alone ("look at") opens the text's own sentences ("Simak penjelasannya berikut ini")
            new Phrases(List.of("simak breaking news", "simak berita (?:terkini|terbaru|lainnya|pilihan|menarik)", "simak video",
                    "saksikan video", "ikuti berita (?:terkini|terbaru|lainnya|pilihan|menarik)", "ikuti (?:kami|kanal|saluran)",
                    "dapatkan (?:update|informasi|berita) (?:berita )?(?:terkini|terbaru|pilihan)"), PHRASE_END + ".{0,200}$"),
            // the same naming the channel after the site's name: "Baca berita TribunMedan lainnya di Google News"
            new Phrases(List.of("baca berita", "ikuti berita", "simak berita", "ikuti (?:update|informasi)"),
                    PHRASE_END + ".{0,80}(?:google news|whatsapp channel|saluran whatsapp|channel whatsapp|telegram)\\s*\\.?$"),
            new Phrases(List.of("join the conversation", "leave a comment", "tell us what you think", "have your say",
                    "add a comment"), PHRASE_END + ".{0,40}$"),
            // a page's feedback prompt ("Was this page helpful?" and its buttons), as government and help sites set it
            new Phrases(List.of("was this (?:page|article|information) (?:helpful|useful)", "is this page useful",
                    "war diese (?:seite|information|antwort) hilfreich", "waren diese informationen hilfreich",
                    "cette (?:page|information) vous a-t-elle été utile", "cet article vous a-t-il été utile",
                    "¿te ha resultado útil", "¿le ha resultado útil", "¿te ha sido útil", "¿le ha sido útil", "¿(?:te|le) resultó útil",
                    "questa pagina ti è stata utile", "queste informazioni ti sono state utili", "quanto sono chiare le informazioni",
                    "was deze (?:pagina|informatie) nuttig", "heeft deze (?:pagina|informatie) je geholpen",
                    "czy (?:ta strona|te informacje|ten artykuł) (?:była|były|był) (?:pomocn|przydatn)",
                    // the same on Japanese and Korean municipal sites ("このページの情報は役に立ちましたか？", "이 페이지에서 제공하는 정보에 대하여 만족하십니까")
                    "このページ(?:の情報|の内容)?は(?:役に立ちましたか|わかりやすかったですか|分かりやすかったですか)",
                    "この(?:情報|記事)は役に立ちましたか",
                    // and a Japanese portal's reaction prompt under an article, "この記事はいかがでしたか？" over its reaction buttons
                    "この記事(?:は|を)(?:いかがでしたか|どうでしたか|どう思いますか)", "이 페이지에서 제공하는 정보에 (?:대하여 )?(?:만족하십니까|만족하셨습니까)"), ".{0,80}$"),
            // a Japanese municipal page's contact box closing it, under its standard heading ("このページに関するお問い合わせ"):
            // the section in charge, its address and telephone
            new Phrases(List.of("このページに関する(?:お問い合わせ|お問合せ|問い合わせ)(?:先)?"), ".{0,200}$"),
            // a board's posting permissions and its software's join prompts (phpBB, vBulletin, XenForo, Invision)
            new Phrases(List.of("you (?:may not|cannot|can not|can't) (?:post|reply|edit|delete|vote|create|start)",
                    "you can post now and register later", "you must log in or register to reply",
                    "du darfst keine (?:neuen )?(?:themen|beiträge|antworten|dateianhänge)", "du darfst deine beiträge nicht",
                    "du kannst (?:keine|nicht) (?:neuen )?(?:themen|beiträge|antworten|auf)", "du musst dich (?:einloggen|anmelden)",
                    "du kannst jetzt schreiben und dich später registrieren",
                    "je mag geen (?:nieuwe )?(?:onderwerpen|berichten|reacties|bijlagen)", "je mag je berichten niet",
                    "vous ne pouvez pas (?:poster|répondre|publier|créer|modifier|éditer)",
                    "vous pouvez publier votre message maintenant", "vous devez être (?:membre|connecté)",
                    "no puedes (?:publicar|responder|crear|editar)", "non puoi (?:aprire|rispondere|inviare|pubblicare|modificare)",
                    "nie możesz (?:pisać|odpowiadać|tworzyć|edytować|zakładać)",
                    // the line that asks a reader to sign in before replying, set where the reply box would be
                    "you must be (?:logged in|signed in|registered|a member) to (?:reply|post|comment|respond)",
                    "you (?:must|need to) (?:log in|sign in|login|register)(?: or register)? (?:to|before) (?:reply|post|comment|respond)",
                    "du musst (?:angemeldet|eingeloggt|registriert) sein,? um", "sie müssen (?:angemeldet|eingeloggt|registriert) sein,? um",
                    "musisz (?:się zalogować|być zalogowan[ya]|być zarejestrowan[ya]),? (?:aby|żeby|by) (?:odpowiedzieć|odpowiadać|pisać|napisać|dodać)",
                    "zaloguj się,? (?:aby|żeby|by) (?:odpowiedzieć|odpowiadać|pisać|napisać|dodać)",
                    "debes (?:iniciar sesión|estar registrad[oa]|estar conectad[oa]|identificarte|registrarte) para (?:responder|publicar|comentar|participar)",
                    "devi (?:essere registrat[oa]|essere conness[oa]|effettuare il login|effettuare l'accesso|accedere|registrarti) per (?:rispondere|scrivere|inviare|pubblicare|partecipare)",
                    "je moet (?:ingelogd|aangemeld|geregistreerd) zijn om",
                    "você precisa (?:estar logad[oa]|fazer login|entrar|estar registrad[oa]|se cadastrar) para (?:responder|publicar|comentar|participar)",
                    "é necessário (?:estar logad[oa]|fazer login|iniciar sessão|estar registad[oa]|estar registrad[oa]) para (?:responder|publicar|comentar|participar)",
                    "musíte (?:se přihlásit|být přihlášen[ai]?),? (?:abyste|pro|k)"), ".{0,160}$"),
            // a Q&A board's furniture between and after the answers (Stack Exchange and its clones): the answers' sort control and the
            // closing prompt to browse other questions or ask one
            new Phrases(List.of("sorted by:"), "\\s*(?:highest score|votes|date modified|date created|newest|oldest|active|trending)"
                    + "(?: \\(default\\))?.{0,120}$"),
            new Phrases(List.of("not the answer you're looking for\\?", "not the answer you’re looking for\\?",
                    "browse other questions tagged", "¿no es la respuesta que buscas\\?", "não é a resposta que você está procurando\\?",
                    "не нашли ответ\\?"), ".{0,200}$"),
            new Phrases(List.of("share", "share this", "share on", "partager", "compartir", "compartilhe", "condividi", "teilen",
                    "شارك", "مشاركة", "follow us", "suivez-nous", "síguenos", "folgen sie uns", "تابعونا", "تابعنا",
                    "поделиться", "udostępnij", "paylaş", "bagikan", "κοινοποίηση", "sdílet", "שתף",
                    // the polite request Nigerian and Ghanaian papers set over their share buttons ("Kindly share this story:")
                    "kindly share",
                    // "share" as the imperative the share buttons of India's papers carry: Hindi, Marathi, Bengali, Gujarati, Punjabi,
                    // Telugu, Urdu ("शेयर करें"; the noun alone is the stock market's "शेयर")
                    "शेयर करें", "शेयर करे", "शेअर करा", "শেয়ার করুন", "શેર કરો", "ਸ਼ੇਅਰ ਕਰੋ", "షేర్ చేయండి", "شیئر کریں"), PHRASE_END + ".{0,60}$"),
            // the prompt to follow the site on the social networks it names, however long its tail ("Siga-nos no Instagram, no
            // Facebook e no X para mais notícias do Porto.", "Síguenos en Instagram, Facebook y X para estar al día de …", "Suivez-nous
            // sur Facebook et Instagram pour ne rien manquer de …"): the network named says it is the site's channel, not the text's
            new Phrases(List.of("follow us", "suivez-nous", "síguenos", "sígannos", "siga-nos", "sigam-nos", "segue-nos", "seguici",
                    "seguiteci", "folgen sie uns", "folge uns", "volg ons", "obserwuj nas", "bizi takip edin", "følg oss", "følg os",
                    "följ oss"), PHRASE_END + ".{0,100}(?:facebook|instagram|twitter|tiktok|youtube|linkedin|threads|whatsapp|telegram"
                    + "|bluesky|google news|(?<![\\p{L}])x(?![\\p{L}])).{0,100}$"),
            // the end mark a wire sets under its copy, with the desk's initials after it: KUNA's and the Gulf wires' "(النهاية) م ع ش /
            // ع ا", "(انتهى)", and the English services' "(END)", "(ENDS)"; the copy has ended, the mark is no line of it
            new Phrases(List.of("\\(النهاية\\)", "\\(انتهى\\)", "\\(end\\)", "\\(ends\\)"), "[\\p{L}\\p{M}\\s/.]{0,40}$"),
            // the Portuguese-language wires' end mark, their name and "Fim" (end) after a slash: Lusa's, Cape Verde's Inforpress's,
            // Angola's ANGOP's and Mozambique's AIM's "Lusa/Fim", "Inforpress/Fim", and "(FIM)"
            // (each wire of NewsAgencies.END_MARK_WIRES a phrase of its own, as a phrase's first letters file it)
            new Phrases(java.util.stream.Stream.concat(NewsAgencies.END_MARK_WIRES.stream()
                            .map(wire -> wire.toLowerCase(java.util.Locale.ROOT) + "\\s?/\\s?fim"), java.util.stream.Stream.of("\\(fim\\)")).toList(),
                    "[\\p{L}\\s/.]{0,40}$"),
            // a Chinese public account's prompt to follow it, closing the text: click its card or its blue name, scan or
            // long-press its QR code ("点击下方名片，关注X", "长按识别二维码关注我们", "扫码关注X")
            new Phrases(List.of("点击(?:下方|上方|文末|上面|下面)?(?:名片|蓝字|卡片)", "點擊(?:下方|上方|文末)?(?:名片|藍字|卡片)",
                    "长按(?:识别)?二维码", "長按(?:識別)?二維碼", "扫码关注", "掃碼關注", "扫描(?:下方)?二维码", "欢迎关注", "歡迎關注"), ".{0,80}$"),
            // a blog platform's request for a tip under the post ("この記事が気に入ったらサポートをしてみませんか？")
            new Phrases(List.of("この記事が気に入ったら", "記事が気に入ったら"), ".{0,60}$"),
            new Phrases(List.of("read more", "read also", "see also", "related", "more:", "lire aussi", "à lire aussi",
                    "lire également", "voir aussi", "lea también", "lee también", "leer más", "vea también",
                    "te puede interesar", "le puede interesar", "leia também", "veja também", "saiba mais", "leia mais",
                    "leggi anche", "lesen sie auch", "mehr zum thema", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضا",
                    "читайте также", "читайте також", "lees ook", "lees meer",
                    // Dutch "see also", Frisian and Luxembourgish "read also", set off as "Also Read" is: "Zie ook de kaart hieronder" is a sentence
                    "zie ook(?=\\s*[:：|\\-–—]|\\s*$)", "lês ek(?=\\s*[:：|\\-–—]|\\s*$)", "liest och(?=\\s*[:：|\\-–—]|\\s*$)", "czytaj także", "czytaj też", "ayrıca okuyun",
                    "baca juga", "διαβάστε επίσης", "läs också", "les også", "læs også", "přečtěte si také", "קראו עוד",
                    "you may also like", "you might also like", "das könnte sie auch interessieren",
                    "das könnte dich auch interessieren", "auch interessant", "ähnliche artikel", "weitere artikel",
                    "passend zum thema", "vous aimerez aussi", "vous aimerez peut-être aussi", "à lire également",
                    "ti potrebbe interessare", "potrebbe interessarti", "también te puede interesar",
                    "você também pode gostar", "pode te interessar",
                    "קרא עוד", "بیشتر بخوانید", "यह भी पढ़ें", "ये भी पढ़ें",
                    // "also read" as the papers of South and Southeast Asia and Africa set it before a link between the paragraphs:
                    // Bengali, Tamil, Telugu, Marathi, Urdu, Nepali, Sinhala, Thai, Vietnamese, Filipino, Khmer, Burmese,
                    // Swahili, Hausa, Yoruba, Somali and Amharic
                    "আরও পড়ুন", "আরো পড়ুন", "இதையும் படிக்க", "இதையும் படிங்க", "ఇవి కూడా చదవండి", "ఇది కూడా చదవండి", "हेही वाचा",
                    // the same in Kannada, Malayalam, Gujarati, Punjabi and Odia ("ಇದನ್ನೂ ಓದಿ", "ഇതും വായിക്കുക", "આ પણ વાંચો",
                    // "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ଏହା ବି ପଢନ୍ତୁ"), and Indian English's word order, "Also Read" set off by a separator ("Also Read |
                    // <a>…</a>", "Also read: …", "ALSO READ - …") or alone: "Also read the label first" is a sentence of a guide
                    "ಇದನ್ನೂ ಓದಿ", "ಇದನ್ನು ಓದಿ", "ഇതും വായിക്കുക", "ഇതുകൂടി വായിക്കൂ", "ഇതുകൂടി വായിക്കുക", "આ પણ વાંચો", "ਇਹ ਵੀ ਪੜ੍ਹੋ",
                    "ଏହା ବି ପଢନ୍ତୁ", "ଆହୁରି ପଢନ୍ତୁ", "also read(?=\\s*[:：|\\-–—]|\\s*$)",
                    "हे पण वाचा", "مزید پڑھیں", "یہ بھی پڑھیں", "یہ بھی پڑھیے", "यो पनि पढ्नुहोस्", "यो पनि पढ्नुस्", "මේවාත් කියවන්න",
                    "මෙයත් කියවන්න", "අනිවාර්යයෙන්ම කියවන්න", "อ่านข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "xem thêm", "đọc thêm", "basahin",
                    "basahin din", "អានបន្ត", "អានផងដែរ", "ဆက်စပ်သတင်း", "soma pia", "soma zaidi", "karanta kuma", "ẹ tún ka",
                    "e tun ka", "akhriso sidoo kale", "akhri sidoo kale", "ተጨማሪ ያንብቡ",
                    // the same in Chinese, Japanese, Korean and Mongolian ("相关阅读", "延伸閱讀", "関連記事", "あわせて読みたい", "관련기사",
                    // "Холбоотой мэдээ"), set over a link or a short list of them inside the text
                    "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相关新闻", "相關新聞", "関連記事", "関連ニュース",
                    "あわせて読みたい", "合わせて読みたい", "관련기사", "관련 기사", "холбоотой мэдээ",
                    // the imperative sending the reader to the site's other news ("Veja mais notícias da região no Portal X")
                    "veja mais notícias", "leia mais notícias", "veja mais vídeos", "assista a mais vídeos", "mira más vídeos",
                    "vea más videos", "guarda altri video", "confira mais notícias", "acompanhe mais notícias",
                    "lea más noticias", "lee más noticias", "vea más noticias", "mira más noticias", "consulta más noticias",
                    // the same in the languages of Central and Eastern Europe and the Baltics: Bulgarian ("Още по темата", "Прочетете
                    // още"), Romanian, Hungarian ("Kapcsolódó:" set off, as "Also Read" is), Serbian, Croatian and Bosnian, Slovenian,
                    // Slovak, Czech, Polish, Russian, Ukrainian, Greek, Lithuanian, Latvian, Estonian, Finnish and Albanian
                    "още по темата", "прочетете още", "прочетете също", "вижте още", "вижте също", "читайте още", "читайте също",
                    "citește și", "citeşte şi", "citiți și", "citiţi şi", "vezi și", "vezi şi", "kapcsolódó(?=\\s*[:：|\\-–—]|\\s*$)",
                    "olvassa el ezt is", "ezt is ajánljuk", "pročitajte i", "pročitajte još", "pročitajte više", "pročitajte takođe",
                    "pročitajte također", "прочитајте још", "прочитајте и", "preberite tudi", "prečítajte si tiež", "prečítajte si aj",
                    "čítajte aj", "čtěte také", "čtěte též", "zobacz także", "zobacz też", "przeczytaj także", "przeczytaj też",
                    "sprawdź też", "смотрите также", "також читайте", "δείτε επίσης", "διαβάστε ακόμη", "διαβάστε ακόμα",
                    "taip pat skaitykite", "skaitykite taip pat", "lasiet arī", "loe ka", "lue myös", "lexo edhe", "lexoni edhe"),
                    PHRASE_END + ".{0,100}$"),
            // a prompt to rate the article, with the widget's stars and its count of votes ("Oceń artykuł: ★★★★☆ (12 głosów)",
            // "Rate this article", "Artikel bewerten"): the site's rating widget, not the text
            new Phrases(List.of("rate this (?:article|story|post)", "oceń (?:artykuł|tekst|ten artykuł)", "artikel bewerten",
                    "bewerten sie (?:diesen|den) artikel", "évaluez cet article", "notez cet article", "valora (?:este|el) artículo",
                    "avalie (?:esta|a) (?:matéria|notícia|reportagem)", "vota (?:questo|l'|l’)\\s?articolo", "оцените статью",
                    "оцініть статтю", "ohodnoťte článek", "ohodnoťte článok", "értékelje a cikket", "evaluează articolul",
                    "ocijenite članak", "оцените чланак", "beoordeel dit artikel", "betygsätt artikeln", "makaleyi değerlendirin"),
                    PHRASE_END + ".{0,80}$"),
            // a video's or an audio's teaser line between the paragraphs: a watch or listen verb or the word "video", "audio" or
            // "podcast", the clip's title and its running time ("▶ Assista: Imagens mostram … 01:12", "WATCH: … (2:41)", "Mira: … 0:45",
            // "Δείτε: … 1:05:30", "Audio: Bahnstreik – was Pendler wissen müssen (3 Min)"); the running time at the line's end, as a
            // clock or as minutes in brackets, says it labels a player, not a sentence of the text
            new Phrases(List.of("assista", "veja", "watch", "mira", "mire", "vea", "guarda", "regardez", "izle", "δείτε", "bekijk",
                    "kijk", "sehen sie", "schauen sie", "video", "vídeo", "vidéo", "βίντεο",
                    "audio", "áudio", "podcast", "listen", "hören sie", "écoutez", "ascolta", "escucha", "ouça", "luister", "posłuchaj",
                    "lyssna"),
                    "\\s*[:：|–—-]\\s*.{3,200}?[\\s·|](?:\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\)?|" + PLAYER_MINUTES + ")$"),
            // a player's label and running time alone on a line, or its length word and the time ("Écouter - 02:31", "Audiobeitrag ·
            // 3:12 Min.", "Video | 01:52", "Duration: 1 minute 45 seconds", "Listen · 3:58"): no title, no sentence ({@link MediaLines})
            new Phrases(MediaLines.PLAYER_LABELS, MediaLines.PLAYER_LABEL_REST),
            // a prompt to download the recording ("Audio herunterladen"); the slot a broadcaster aired the programme in is
            // MediaLines.isPlayerSlot, asked in isBoilerplateLine beside its siblings
            new Phrases(MediaLines.DOWNLOAD_PROMPTS, MediaLines.DOWNLOAD_REST),
            // a clip announced over its embed, by a bracketed tag ("[WATCH] Eskom briefing on the summer outlook:") or a watch
            // imperative with "here" and a colon ("Bekijk hier de drukte op het station:"): the embed is not in the text
            new Phrases(MediaLines.BRACKETED_MEDIA_TAGS, MediaLines.BRACKETED_MEDIA_REST),
            new Phrases(MediaLines.WATCH_HERE, MediaLines.WATCH_HERE_REST),
            // the title of a video playlist or photo gallery widget set between the paragraphs, labelled in capitals by the
            // plural of the medium and a colon ("VÍDEOS: mais assistidos do g1 SP nos últimos 7 dias", "VÍDEOS: tudo sobre
            // Campinas e região", "FOTOS: así quedó el malecón"): the plural in capitals heads a widget of several clips or
            // pictures, not a sentence of the text, and the title after it ends on no sentence's stop
            new Phrases(List.of("v(?-i:(?<=V)(?:ÍDEOS|IDEOS))", "f(?-i:(?<=F)OTOS)"), "\\s?[:：]\\s*[^.!?]{3,100}$"),
            // a media player's placeholder, the line its script shows until the player has loaded and the page keeps when it does
            // not ("Player wird geladen …", "Loading player…", "Chargement du lecteur…", "De speler wordt geladen")
            // (each phrase opens with its letter: the phrases are sorted by their first character)
            new Phrases(List.of("player wird geladen", "der (?:audio-?|video-?)?player wird geladen", "audio-?player wird geladen",
                    "video-?player wird geladen", "das (?:audio|video) wird geladen", "loading (?:the )?(?:audio |video |media )?player",
                    "the (?:audio |video |media )?player is loading", "player is loading",
                    "chargement du lecteur", "le lecteur (?:est )?en cours de chargement", "caricamento del (?:player|lettore)",
                    "de (?:video|audio)?speler wordt geladen", "speler wordt geladen", "spelaren laddas", "spilleren (?:lastes|indlæses)",
                    "afspilleren indlæses", "ładowanie odtwarzacza"), "\\s*(?:…|\\.{3})?$"),
            // a script's placeholder for what it loads after the text, the next story or more of them, left in the page as the
            // script wrote it ("LOADING...", "Loading next article…", "Chargement…", "Cargando...", "Wird geladen …"): the
            // word alone, or with "next"/"more" and what is loaded, and always the ellipsis a script's progress line ends on,
            // so that no heading or sentence opening with the word is taken
            new Phrases(List.of("loading", "chargement", "cargando", "carregando", "caricamento", "wird geladen", "ładowanie",
                    "загрузка", "yükleniyor"),
                    "(?:\\s(?:the\\s)?(?:next|more)(?:\\s(?:article|articles|story|stories|content|posts?))?)?\\s?(?:…|\\.{3})$"),
            // a broadcaster's prompt to watch more of its own output on a channel it names, closing the story over the playlist
            // or app it points to ("Watch the latest from KARE 11 News in our YouTube playlist:", "WATCH MORE: Our newscasts on
            // YouTube", "Watch live on the free streaming app for Roku and Fire TV.", "Stream WTNH News 8 for free on your smart
            // TV."): an imperative "watch" with what is on offer ("more", "the latest", "our", a colon) or "stream", and the
            // channel named, says it is the station's promotion, not the text; "Watch parties on YouTube grew …" opens no such
            // imperative
            new Phrases(List.of("watch more", "watch the latest", "watch the full", "watch our", "watch all", "watch live",
                    "watch:", "stream"), PHRASE_END + ".{0,100}(?:youtube|playlist|roku|fire ?tv|apple tv|smart tv|streaming app"
                    + "|streaming device)(?![\\p{L}]).{0,60}$"),
            // the Associated Press's link to its topic hub closing its copy, a label and the hub's bare address ("AP NBA:
            // https://apnews.com/hub/nba", "AP college football: https://… and https://…", "More AP coverage of the
            // election: https://…"), republished with the copy by the papers that take the wire: an address, no sentence
            new Phrases(List.of("a(?-i:(?<=A)P)", "more ap"), "\\s[\\p{L}\\p{N}'’ .-]{0,60}:\\s*https?://\\S+"
                    + "(?:\\s+and\\s+https?://\\S+)*$"),
            // a prompt to install the paper's app in the languages of South Asia, opening with "our app" ("हाम्रो मोबाइल एप डाउनलोड
            // गर्नुहोस्", "ہماری موبائل ایپ ڈاؤن لوڈ کریں") or with "for the latest news" before it ("تازہ ترین خبروں کے لیے ہماری ایپ ...")
            new Phrases(List.of("हमारा (?:मोबाइल )?ऐप", "हमारे (?:मोबाइल )?ऐप", "हाम्रो (?:मोबाइल )?एप", "ہماری (?:موبائل )?ایپ", "আমাদের (?:মোবাইল )?অ্যাপ"),
                    PHRASE_END + ".{0,100}$"),
            new Phrases(List.of("ताज़ा ख़बरों के लिए", "ताजा खबरों के लिए", "ताजा समाचारका लागि", "تازہ ترین خبروں کے لیے", "সর্বশেষ খবর পেতে"),
                    ".{0,60}(?:ऐप|एप|ایپ|অ্যাপ).{0,60}$"),
            new Phrases(List.of("sign up", "subscribe", "inscrivez-vous", "abonnez-vous", "اشترك", "newsletter abonnieren",
                    "newsletter bestellen", "(?:jetzt )?zum newsletter", "jetzt abonnieren", "abonnieren sie",
                    "iscriviti alla (?:nostra )?newsletter", "suscríbete", "suscríbase", "inscreva-se",
                    "assine (?:a |nossa )?newsletter",
                    // the same imperative in Central Europe's languages: Hungarian "Iratkozzon fel hírlevelünkre", Czech
                    // "Přihlaste se k odběru", "Odebírejte", Slovak "Prihláste sa na odber", "Odoberajte", Polish "Zapisz się do
                    // newslettera", Romanian "Abonează-te", "Abonați-vă", Croatian "Pretplatite se", Slovene "Naročite se"
                    "iratkozzon fel", "iratkozz fel", "přihlaste se k odběru", "odebírejte", "prihláste sa na odber", "odoberajte",
                    "zapisz się do newslettera", "zapisz się na newsletter", "abonează-te", "abonați-vă", "pretplatite se",
                    "naročite se"), PHRASE_END + ".{0,100}$"),
            // the programme a public broadcaster aired the story in, as the German-language broadcasters' pages label it under
            // or over the text ("Dieses Thema im Programm: Schleswig-Holstein Magazin | 04.12.2026 | 19:30 Uhr", "Über dieses
            // Thema berichtet: Regionalnachrichten aus Oberfranken am 05.12.2026 um 14:30 Uhr."); the label ends on its
            // colon: "Über dieses Thema berichtete die Zeitung im Mai." is a sentence
            // a prompt to report a mistake in the story, as German-language papers set it under the text ("Fehler gefunden?
            // Jetzt melden.", "Haben Sie einen Fehler gefunden?")
            new Phrases(List.of("fehler gefunden\\?", "haben sie einen fehler gefunden\\?", "einen fehler entdeckt\\?"), ".{0,60}$"),
            new Phrases(List.of("dieses thema im programm", "über dieses thema (?:berichtet|berichteten|informiert)"),
                    "\\s*[:：].{0,140}$"),
            new Phrases(List.of("published", "updated", "posted", "last updated", "publié", "mis à jour", "نشر في", "تاريخ النشر",
                    "آخر تحديث", "نشر بتاريخ"), PHRASE_END + ".{0,80}$"),
            new Phrases(List.of("photo", "image", "credit", "crédit", "getty images", "صورة", "الصورة",
                    // a picture's credit in German, Dutch, Italian, Spanish, Polish ("Foto: dpa", "Bild: Gemeinde", "Fot. PAP")
                    "foto", "fotos", "bild", "bilder", "bildquelle", "bildnachweis", "bildrechte", "fotografie", "fot\\.", "zdjęcie",
                    // the same in Hungarian, Cyrillic-script Slavic languages, Bulgarian, Finnish, Lithuanian, Greek, Turkish,
                    // Persian and Arabic ("Fotó: MTI", "Фото: УНІАН", "Снимка: БГНЕС", "Kuva: Lehtikuva", "Φωτογραφία: Eurokinissi")
                    "fotó", "фото", "снимка", "снимки", "kuva", "kuvat", "nuotrauka", "φωτογραφία", "φωτογραφίες", "fotoğraf",
                    "zdjęcia", "عکس", "تصویر", "تصوير"), "\\s*[:：].{0,80}$"),
            // a picture's credit by the abbreviation alone, its dot for a colon: Polish "Fot. PAP/Jan Nowak", Lithuanian
            // "Nuotr. Vilniaus savivaldybės", Greek "Φωτ. ΑΠΕ"
            new Phrases(List.of("fot\\.", "nuotr\\.", "φωτ\\."), "\\s*[^\\s:：].{0,80}$"),
            new Phrases(List.of("tags?", "mots-clés", "الوسوم", "وسوم"), "\\s*[:：].*$"),
            new Phrases(List.of("click here", "cliquez ici", "اضغط هنا"), PHRASE_END + ".{0,80}$"),
            // a page's view counter, as CMSs print it under the title (Joomla's "Zugriffe: 1834" in its article-info list)
            new Phrases(List.of("zugriffe", "aufrufe", "hits", "views", "vues", "lectures", "visualizzazioni", "letture", "visite",
                    "visitas", "vistas", "lecturas", "weergaven", "wyświetleń", "odsłon", "liczba odsłon", "liczba wyświetleń",
                    // the same in Arabic (Joomla's "زيارات: 1520"), Persian and Hebrew
                    "زيارات", "الزيارات", "عدد الزيارات", "مشاهدات", "المشاهدات", "عدد المشاهدات", "عدد القراءات",
                    "بازدید", "تعداد بازدید", "צפיות"),
                    "\\s*[:：]\\s*[\\d.,\\s]{1,15}$"),
            new Phrases(List.of("\\d[\\d.,]{0,12}\\s?(?:views|aufrufe|zugriffe|mal gelesen|vues|lectures|visualizzazioni|letture|visite"
                    + "|visitas|lecturas|weergaven|wyświetleń|odsłon)"), "$"),
            new Phrases(List.of("\\d+\\s*(?:min read|minutes? read|min de lecture|دقائق قراءة)",
                    // the same in German, Italian, Spanish, Portuguese, Dutch: "3 Min. Lesezeit", "4 minuti di lettura"
                    "\\d+\\s*(?:min\\.?|minuten?)\\s*(?:lesezeit|lesedauer|leestijd)", "\\d+\\s*min(?:\\.|uti)? di lettura",
                    "\\d+\\s*min(?:\\.|utos)? de (?:lectura|leitura)"), "$"),
            // a reading-time line as a label and its minutes ("Lesezeit: 2 Minuten", "Reading time: 3 min")
            new Phrases(List.of("lesezeit", "lesedauer", "reading time", "read time", "temps de lecture", "durée de lecture",
                    "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd", "czas czytania", "czas lektury"),
                    "\\s*[:：]?\\s*(?:ca\\.|etwa|circa|~|<)?\\s*\\d{1,3}\\s*\\p{L}{0,8}\\.?$"));

    /** The characters a boilerplate line can start with, folded as the pattern folds case: most lines are refused on sight. */
    private static final String BOILERPLATE_INITIALS = BOILERPLATE.stream().flatMap(p -> p.starts().stream())
            .map(BoilerplatePhrases::initials).distinct().collect(Collectors.joining());

    /**
     * The boilerplate phrases as one pattern (case folded, each line tried from its start) for each
     * character in {@link #BOILERPLATE_INITIALS}, holding only the phrases that start with it: a line
     * is tried against the few its first character allows, not against all of them.
     */
    private static final Map<Character, Pattern> BOILERPLATE_BY_INITIAL = byInitial();

    /**
     * Where each of {@link #BOILERPLATE_BY_INITIAL}'s patterns can open ({@link PatternOpenings}: its phrases'
     * first four characters, folded): a line whose opening none of them starts ("Photos of the day were...",
     * "President ...") is refused without the pattern.
     */
    private static final Map<Character, PatternOpenings> BOILERPLATE_OPENINGS_BY_INITIAL = openingsByInitial();

    /** {@link #BOILERPLATE_BY_INITIAL} and its openings for initials below U+0080, by the initial: most lines open so. */
    private static final Pattern[] ASCII_BOILERPLATE = new Pattern[128];

    private static final PatternOpenings[] ASCII_BOILERPLATE_OPENINGS = new PatternOpenings[128];

    static {
        BOILERPLATE_BY_INITIAL.forEach((initial, pattern) -> {
            if (initial < 128) {
                ASCII_BOILERPLATE[initial] = pattern;
                ASCII_BOILERPLATE_OPENINGS[initial] = BOILERPLATE_OPENINGS_BY_INITIAL.get(initial);
            }
        });
    }

    /** Phrases a boilerplate line starts with, and the pattern of the rest of the line. */
    private record Phrases(List<String> starts, String rest) {
    }

    private static Map<Character, Pattern> byInitial() {
        Map<Character, Pattern> out = new HashMap<>();
        for (char initial : BOILERPLATE_INITIALS.toCharArray()) {
            String branches = BOILERPLATE.stream()
                    .map(p -> new Phrases(p.starts().stream().filter(s -> initials(s).indexOf(initial) >= 0).toList(), p.rest()))
                    .filter(p -> !p.starts().isEmpty())
                    .map(p -> "^(?:" + String.join("|", p.starts()) + ")" + p.rest())
                    .collect(Collectors.joining("|"));
            out.put(initial, Pattern.compile(branches, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return Map.copyOf(out);
    }

    private static Map<Character, PatternOpenings> openingsByInitial() {
        Map<Character, PatternOpenings> out = new HashMap<>();
        BOILERPLATE_BY_INITIAL.forEach((initial, pattern) -> out.put(initial, PatternOpenings.of(pattern.pattern())));
        return Map.copyOf(out);
    }

    /** True when the (non-empty) line is a boilerplate line of {@link #BOILERPLATE}: its initial's openings asked, then its pattern. */
    static boolean opensBoilerplate(String text) {
        char initial = foldCase(text.charAt(0));
        boolean ascii = initial < 128;
        Pattern byInitial = ascii ? ASCII_BOILERPLATE[initial] : BOILERPLATE_BY_INITIAL.get(initial);
        if (byInitial == null) {
            return false;
        }
        PatternOpenings openings = ascii ? ASCII_BOILERPLATE_OPENINGS[initial] : BOILERPLATE_OPENINGS_BY_INITIAL.get(initial);
        return openings.mayOpenAt(text, 0) && byInitial.matcher(text).lookingAt();
    }

    /** The pattern of {@link #BOILERPLATE} a line starting with the character is tried against, or null (for tests). */
    static Pattern boilerplatePattern(char initial) {
        return BOILERPLATE_BY_INITIAL.get(foldCase(initial));
    }

    /** The characters a phrase (a regular expression) can match first: "\\d" any digit, "\\(" a bracket. */
    private static String initials(String phrase) {
        if (phrase.startsWith("\\d")) {
            return "0123456789";
        }
        return String.valueOf(foldCase(phrase.startsWith("\\") ? phrase.charAt(1) : phrase.charAt(0)));
    }

    /** A character as case-insensitive Unicode matching compares it. */
    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }}
