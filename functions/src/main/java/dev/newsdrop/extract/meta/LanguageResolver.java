package dev.newsdrop.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a page's language as a BCP 47 tag from what the page declares, checked against the
 * script its text is written in: a declaration the text contradicts gives way to the script's
 * language when that is unambiguous.
 */
public final class LanguageResolver {

    /** Writing systems told apart; enough to check declarations and infer the unambiguous cases. */
    enum Script {
        LATIN, ARABIC, HEBREW, CYRILLIC, GREEK, HAN, KANA, HANGUL, THAI, DEVANAGARI,
        BENGALI, TAMIL, TELUGU, GUJARATI, GURMUKHI, KANNADA, MALAYALAM, ORIYA, SINHALA,
        GEORGIAN, ARMENIAN, ETHIOPIC, KHMER, LAO, MYANMAR, THAANA, TIBETAN, OTHER
    }

    /**
     * Scripts that one language writes nearly alone: a text in one of them is in that language, and
     * a declaration of a language written in another script (a template's "en") gives way to it.
     */
    private static final Map<Script, String> LANGUAGE_OF_SCRIPT = Map.ofEntries(
            Map.entry(Script.HEBREW, "he"), Map.entry(Script.GREEK, "el"), Map.entry(Script.KANA, "ja"),
            Map.entry(Script.HAN, "zh"), Map.entry(Script.HANGUL, "ko"), Map.entry(Script.THAI, "th"),
            Map.entry(Script.DEVANAGARI, "hi"), Map.entry(Script.BENGALI, "bn"), Map.entry(Script.TAMIL, "ta"),
            Map.entry(Script.TELUGU, "te"), Map.entry(Script.GUJARATI, "gu"), Map.entry(Script.GURMUKHI, "pa"),
            Map.entry(Script.KANNADA, "kn"), Map.entry(Script.MALAYALAM, "ml"), Map.entry(Script.ORIYA, "or"),
            Map.entry(Script.SINHALA, "si"), Map.entry(Script.GEORGIAN, "ka"), Map.entry(Script.ARMENIAN, "hy"),
            Map.entry(Script.ETHIOPIC, "am"), Map.entry(Script.KHMER, "km"), Map.entry(Script.LAO, "lo"),
            Map.entry(Script.MYANMAR, "my"), Map.entry(Script.THAANA, "dv"), Map.entry(Script.TIBETAN, "bo"));

    /** Languages written right to left. */
    private static final Set<String> RTL = Set.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ku-arab", "pnb", "skr", "bal", "bgp", "prs", "pbt");

    /**
     * Languages normally written in Arabic, Hebrew, Cyrillic... script; anything else is assumed Latin. Kazakh, Kyrgyz and
     * Uyghur each have every script their speakers' states teach: Kazakh and Kyrgyz in Xinjiang write the Arabic script,
     * Uyghur in Kazakhstan Cyrillic, and Kazakhstan's Kazakh its Latin alphabet too.
     */
    private static final Map<String, Set<Script>> SCRIPT_OF = Map.ofEntries(
            Map.entry("ar", Set.of(Script.ARABIC)), Map.entry("fa", Set.of(Script.ARABIC)),
            Map.entry("ur", Set.of(Script.ARABIC)), Map.entry("ps", Set.of(Script.ARABIC)),
            Map.entry("ckb", Set.of(Script.ARABIC)), Map.entry("ug", Set.of(Script.ARABIC, Script.CYRILLIC, Script.LATIN)),
            Map.entry("he", Set.of(Script.HEBREW)), Map.entry("yi", Set.of(Script.HEBREW)),
            Map.entry("ru", Set.of(Script.CYRILLIC)), Map.entry("uk", Set.of(Script.CYRILLIC)),
            Map.entry("bg", Set.of(Script.CYRILLIC)), Map.entry("sr", Set.of(Script.CYRILLIC, Script.LATIN)),
            Map.entry("mk", Set.of(Script.CYRILLIC)), Map.entry("be", Set.of(Script.CYRILLIC)),
            Map.entry("kk", Set.of(Script.CYRILLIC, Script.LATIN, Script.ARABIC)), Map.entry("mn", Set.of(Script.CYRILLIC)),
            Map.entry("el", Set.of(Script.GREEK)), Map.entry("ja", Set.of(Script.HAN, Script.KANA)),
            Map.entry("zh", Set.of(Script.HAN)), Map.entry("ko", Set.of(Script.HANGUL, Script.HAN)),
            Map.entry("th", Set.of(Script.THAI)), Map.entry("hi", Set.of(Script.DEVANAGARI)),
            Map.entry("mr", Set.of(Script.DEVANAGARI)), Map.entry("ne", Set.of(Script.DEVANAGARI)),
            Map.entry("sa", Set.of(Script.DEVANAGARI)), Map.entry("mai", Set.of(Script.DEVANAGARI)),
            Map.entry("bho", Set.of(Script.DEVANAGARI)), Map.entry("kok", Set.of(Script.DEVANAGARI)),
            Map.entry("sd", Set.of(Script.ARABIC, Script.DEVANAGARI)), Map.entry("ks", Set.of(Script.ARABIC)),
            Map.entry("pnb", Set.of(Script.ARABIC)), Map.entry("skr", Set.of(Script.ARABIC)), Map.entry("bal", Set.of(Script.ARABIC)),
            Map.entry("bgp", Set.of(Script.ARABIC)), Map.entry("prs", Set.of(Script.ARABIC)), Map.entry("pbt", Set.of(Script.ARABIC)),
            Map.entry("ku", Set.of(Script.LATIN, Script.ARABIC)), Map.entry("az", Set.of(Script.LATIN, Script.ARABIC)),
            Map.entry("uz", Set.of(Script.LATIN, Script.CYRILLIC)), Map.entry("tg", Set.of(Script.CYRILLIC)),
            Map.entry("ky", Set.of(Script.CYRILLIC, Script.ARABIC)), Map.entry("tt", Set.of(Script.CYRILLIC)),
            Map.entry("ba", Set.of(Script.CYRILLIC)), Map.entry("yue", Set.of(Script.HAN)),
            Map.entry("bn", Set.of(Script.BENGALI)), Map.entry("as", Set.of(Script.BENGALI)),
            Map.entry("mni", Set.of(Script.BENGALI)), Map.entry("ta", Set.of(Script.TAMIL)),
            Map.entry("te", Set.of(Script.TELUGU)), Map.entry("gu", Set.of(Script.GUJARATI)),
            Map.entry("pa", Set.of(Script.GURMUKHI, Script.ARABIC)), Map.entry("kn", Set.of(Script.KANNADA)),
            Map.entry("ml", Set.of(Script.MALAYALAM)), Map.entry("or", Set.of(Script.ORIYA)),
            Map.entry("si", Set.of(Script.SINHALA)), Map.entry("ka", Set.of(Script.GEORGIAN)),
            Map.entry("hy", Set.of(Script.ARMENIAN)), Map.entry("am", Set.of(Script.ETHIOPIC)),
            Map.entry("ti", Set.of(Script.ETHIOPIC)), Map.entry("km", Set.of(Script.KHMER)),
            Map.entry("lo", Set.of(Script.LAO)), Map.entry("my", Set.of(Script.MYANMAR)),
            Map.entry("dv", Set.of(Script.THAANA)), Map.entry("bo", Set.of(Script.TIBETAN)),
            Map.entry("dz", Set.of(Script.TIBETAN)));

    /** A script must hold this share of the letters to count as the text's script. */
    private static final double DOMINANT_SHARE = 0.6;

    /** Characters sampled: the script of a page is clear long before its end. */
    private static final int SAMPLE_CHARS = 6_000;

    /** Japanese text always mixes kana into kanji; this share of kana among CJK letters says Japanese. */
    private static final double KANA_SHARE_FOR_JAPANESE = 0.05;

    /**
     * Letters that, within one script, only one language's alphabet has, and the share of the script's
     * letters above which they name the text's language. Checked in order: Urdu also writes the
     * Persian letters, so it comes first. Ukrainian "ї", "є", "ґ"; Belarusian "ў"; Serbian "ђ", "ћ";
     * Macedonian "ѓ", "ќ", "ѕ"; Tatar "җ", Bashkir "ҙ", "ҡ", Chuvash "ӑ", "ӗ", "ӳ" and Sakha "ҕ", each before Kazakh, whose
     * "ә" Tatar and Bashkir write too; Kazakh "ә", "ұ"; Urdu "ٹ ڈ ڑ ں ے"; Pashto "ټ ډ ړ ږ ښ ګ ڼ ۍ"; Central
     * Kurdish "ڕ ڵ ێ"; Persian "پ چ ژ گ ی"; in the Ethiopic script, Tigrinya's "ቐ" (its "qh", which Amharic lacks, in
     * "ቐዳማይ", first) and "ኣ" (its "a" opening "ኣብ", in, and "ኣቶ", Mr, where Amharic writes "አ"); in the Bengali script,
     * Assamese "ৰ" and "ৱ" (its r and w, in "ৰাজ্য", state, and "গুৱাহাটী"), letters Bengali never writes: it spells the same
     * sounds "র" and "ব", "য়". A name or a short quotation stays below the share.
     */
    private static final List<TellTaleLetters> TELLTALE_LETTERS = List.of(
            new TellTaleLetters("uk", Script.CYRILLIC, "їєґЇЄҐ", 0.003),
            new TellTaleLetters("be", Script.CYRILLIC, "ўЎ", 0.003),
            new TellTaleLetters("sr", Script.CYRILLIC, "ђћЂЋ", 0.002),
            new TellTaleLetters("mk", Script.CYRILLIC, "ѓќѕЃЌЅ", 0.002),
            new TellTaleLetters("tt", Script.CYRILLIC, "җҖ", 0.003),
            new TellTaleLetters("ba", Script.CYRILLIC, "ҙҘҡҠ", 0.003),
            new TellTaleLetters("cv", Script.CYRILLIC, "ӑӐӗӖӳӲ", 0.003),
            new TellTaleLetters("sah", Script.CYRILLIC, "ҕҔ", 0.002),
            new TellTaleLetters("kk", Script.CYRILLIC, "әұӘҰ", 0.005),
            new TellTaleLetters("ur", Script.ARABIC, "\u0679\u0688\u0691\u06BA\u06D2", 0.01),
            new TellTaleLetters("ps", Script.ARABIC, "\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD", 0.005),
            new TellTaleLetters("ckb", Script.ARABIC, "\u0695\u06B5\u06CE", 0.005),
            new TellTaleLetters("fa", Script.ARABIC, "\u067E\u0686\u0698\u06AF\u06CC", 0.02),
            new TellTaleLetters("ti", Script.ETHIOPIC, "\u1250\u1251\u1252\u1253\u1254\u1255\u1256\u12A3", 0.005),
            new TellTaleLetters("as", Script.BENGALI, "\u09F0\u09F1", 0.05));

    /**
     * Kazakh's own letters, which Tatar's alphabet lacks: "қ", "ғ", "ұ", "і", one or more in nearly every Kazakh
     * sentence. A text the Kazakh tell-tale names ("ә" above its share) that writes none of them is not Kazakh ...
     */
    private static final String KAZAKH_OWN_LETTERS = "қғұіҚҒҰІ";

    /**
     * ... and is Tatar when it writes Tatar's "җ" or "һ" beside the "ә", "ө", "ү", "ң" the two share ("һәм", and;
     * "хуҗалык"): a short Tatar report may hold fewer "җ" than its tell-tale needs. Bashkir, which writes "һ" too, is
     * named before Kazakh by its own letters.
     */
    private static final String TATAR_LETTERS_BESIDE_KAZAKH = "җһҖҺ";

    /**
     * Bulgarian writes no "ы", "э" or "ё" and uses "ъ" as a common vowel, which Russian writes rarely:
     * a Cyrillic text of at least this many letters without the first three ...
     */
    private static final int BULGARIAN_MIN_LETTERS = 300;

    /** ... and with "ъ" above this share of its letters is Bulgarian. */
    private static final double BULGARIAN_HARD_SIGN_SHARE = 0.005;

    /**
     * Cyrillic letters outside Russian's alphabet above this share, which no tell-tale names, leave
     * the language unknown (Mongolian, Kyrgyz, Tajik...) rather than reported as Russian.
     */
    private static final double NON_RUSSIAN_LETTER_SHARE = 0.01;

    /** Each script's most widely written language, which a template may declare by default. */
    private static final Map<Script, String> SCRIPT_DEFAULT = Map.of(Script.CYRILLIC, "ru", Script.ARABIC, "ar", Script.ETHIOPIC, "am",
            Script.BENGALI, "bn");

    /**
     * Tell-tale languages whose declaration the letters never overturn: Tatar and Bashkir write Kazakh's "ә", and a short
     * text may hold too few of their own letters to outweigh it; Chuvash and Sakha are kept alike.
     */
    private static final Set<String> DECLARED_KEPT = Set.of("tt", "ba", "cv", "sah");

    /**
     * Macrolanguages declared for a text whose letters name one of their members, which is then the language: Kurdish
     * "ku" in Arabic script written with Central Kurdish's own letters is Sorani ("ckb"), as Kurdish sites declare the
     * macrolanguage for either of their editions.
     */
    private static final Map<String, String> MACROLANGUAGE_MEMBERS = Map.of("ku", "ckb");

    /** Letters of {@code script} that only {@code language} writes, and the share that names it. */
    private record TellTaleLetters(String language, Script script, String letters, double minShare) {
    }

    /**
     * Frequent function words that identify Latin-script languages; matched as whole words. Words two
     * close languages share are left out of both (Sesotho and Setswana "ka", "ke", "ba", "mme"), or listed for both (Danish
     * and Norwegian "ikke"): a guess must win by {@link #LATIN_GUESS_MARGIN}, so a tie is never a guess.
     * The languages of the Philippines write the same articles and the same preposition ("ang", "sa", "mga", "siya" in
     * Tagalog, Cebuano and Hiligaynon: {@link #SHARED_STOPWORDS}): each list holds only what its language writes alone,
     * Tagalog's "ng", "ay", "ito", Cebuano's "ug", "kini", "usab", Hiligaynon's "kag", "sang", "gid", Waray's "ngan",
     * "han", "hin", Bikol's "asin", "kan", "nin", Ilocano's "dagiti", "iti", "ket", Kapampangan's "deng", "karing",
     * "king". Indonesia's regional languages
     * are told from Indonesian, whose list has none of their words, and from each other the same way: Javanese "lan",
     * "iku", "saka", "uga" (its "ing" is Kapampangan's article too, and its "sing" Balinese's "not": both left out),
     * Sundanese "jeung", "anu", "geus", "teu" ("nu" is Romanian's "not"), Balinese "sane", "ring", "miwah", Minangkabau
     * "indak", "untuak", "nan", Acehnese "ngon", "nyang", "hana"; Tetum "iha", "husi", "katak", "hatete" ("no" and "ba"
     * are other languages' words, "ne'e" splits at its apostrophe).
     */
    private static final Map<String, List<String>> LATIN_STOPWORDS = Map.ofEntries(
            Map.entry("en", List.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "said")),
            Map.entry("fr", List.of("le", "la", "les", "des", "et", "est", "une", "dans", "pour", "qui", "du")),
            Map.entry("es", List.of("el", "los", "las", "del", "que", "una", "por", "con", "para", "según")),
            Map.entry("de", List.of("der", "die", "und", "das", "ist", "nicht", "mit", "von", "dem", "ein")),
            Map.entry("it", List.of("il", "della", "che", "gli", "sono", "nel", "alla", "per", "una", "del")),
            Map.entry("pt", List.of("os", "das", "não", "uma", "que", "com", "para", "pelo", "dos", "em")),
            Map.entry("nl", List.of("het", "een", "van", "niet", "zijn", "voor", "ook", "naar", "wordt", "werd")),
            Map.entry("sv", List.of("och", "att", "inte", "som", "för", "är", "på", "till", "har", "av")),
            Map.entry("da", List.of("og", "ikke", "af", "efter", "hvor", "meget", "blev", "også", "til", "på")),
            Map.entry("no", List.of("og", "ikke", "av", "etter", "hva", "mye", "ble", "også", "til", "på")),
            Map.entry("nn", List.of("og", "av", "etter", "også", "til", "på", "ikkje", "kva", "mykje", "berre", "frå", "seier", "meir", "vere", "korleis", "noko")),
            Map.entry("fi", List.of("ja", "ovat", "ei", "että", "oli", "mutta", "kun", "myös", "hän", "tai")),
            Map.entry("pl", List.of("się", "nie", "jest", "że", "oraz", "przez", "czy", "które", "jak", "ale")),
            Map.entry("cs", List.of("že", "jako", "pro", "jsou", "který", "byl", "také", "jeho", "podle", "bylo")),
            Map.entry("tr", List.of("ve", "bir", "bu", "için", "ile", "olarak", "daha", "çok", "değil", "gibi")),
            Map.entry("ro", List.of("și", "în", "cu", "pe", "care", "este", "să", "nu", "mai", "fost")),
            Map.entry("hu", List.of("az", "és", "hogy", "nem", "egy", "meg", "pedig", "volt", "már", "csak")),
            Map.entry("ca", List.of("els", "amb", "però", "són", "també", "aquest", "seva", "perquè", "molt", "dels")),
            Map.entry("id", List.of("yang", "dan", "karena", "bahwa", "tersebut", "bisa", "sudah", "setelah", "yaitu", "dengan")),
            Map.entry("ms", List.of("yang", "dan", "kerana", "bahawa", "boleh", "selepas", "iaitu", "sahaja", "semasa", "dengan")),
            Map.entry("sw", List.of("katika", "kwa", "ya", "wa", "ni", "kuwa", "hiyo", "lakini", "pia", "amesema")),
            Map.entry("zu", List.of("ukuthi", "futhi", "ngoba", "lokhu", "noma", "kanti", "manje", "njengoba", "nokho", "lapho", "kusho", "kanye", "khona", "kodwa")),
            Map.entry("xh", List.of("ukuba", "kwaye", "ngoko", "xa", "okanye", "ngoku", "ngexesha", "kananjalo", "nangona", "njengoko", "kunye", "okokuba", "apha", "kodwa")),
            Map.entry("st", List.of("hore", "ho", "empa", "hape", "hobane", "tsohle", "ena", "kapa", "haholo", "joalo", "jwalo", "feela")),
            Map.entry("tn", List.of("gore", "go", "gape", "fa", "mo", "jaaka", "gonne", "tsotlhe", "jalo", "thata", "fela", "ga")),
            Map.entry("ny", List.of("kuti", "ndi", "koma", "komanso", "chifukwa", "zomwe", "omwe", "amene", "kapena", "ndipo", "anthu", "ati", "kwambiri", "pamene", "monga", "ngati")),
            Map.entry("lg", List.of("nti", "naye", "kubanga", "okuva", "abantu", "bwe", "kino", "kyokka", "wabula", "eno", "nnyo")),
            Map.entry("ig", List.of("nke", "ndị", "maka", "kwuru", "ahụ", "mgbe", "bụ", "nwere", "ebe", "sịrị")),
            Map.entry("wo", List.of("ak", "ñu", "dafa", "dañu", "nañu", "ngir", "ndax", "waaye", "yépp", "dina", "bii", "gi", "yi")),
            Map.entry("ln", List.of("mpe", "ete", "oyo", "kasi", "bato", "azali", "bazali", "lokola", "mingi", "elobi", "alobi", "ezali", "soki", "mpo")),
            Map.entry("af", List.of("nie", "vir", "wat", "deur", "hulle", "sê", "ons", "word", "het", "ook")),
            Map.entry("tl", List.of("ng", "ay", "ito", "hindi", "naman", "nang", "noong", "ngunit", "upang", "dahil", "lamang", "rin",
                    "ayon", "nito", "kanyang", "kaniyang")),
            Map.entry("ceb", List.of("ug", "kini", "usab", "niadtong", "karon", "apan", "gikan", "matod", "niini", "gihapon", "kaniadto",
                    "miingon", "unsa")),
            Map.entry("hil", List.of("kag", "sang", "gid", "indi", "subong", "sini", "nagsiling", "siling", "suno", "bangod")),
            Map.entry("war", List.of("ngan", "han", "hin", "hiya", "yana", "liwat", "hira", "tikang")),
            Map.entry("bcl", List.of("asin", "kan", "nin", "dai", "ngonyan", "saro", "kaidtong", "mantang", "giraray")),
            Map.entry("ilo", List.of("dagiti", "iti", "ket", "ken", "daytoy", "ngem", "idi", "kadagiti", "kinuna", "isu")),
            Map.entry("pam", List.of("deng", "karing", "ampo", "ngeni", "keng", "kanu", "king")),
            Map.entry("jv", List.of("lan", "iku", "saka", "uga", "wis", "kanggo", "marang", "nanging", "amarga", "kudu", "isih", "iki",
                    "menyang", "nalika", "sajrone", "dening", "ingkang", "kaliyan", "boten", "mboten", "wonten", "kangge", "dipun")),
            Map.entry("su", List.of("jeung", "anu", "teh", "geus", "teu", "ogé", "oge", "ieu", "pikeun", "dina", "kana", "ceuk", "henteu",
                    "sarta", "nyaéta", "nyaeta", "keur")),
            Map.entry("ban", List.of("sane", "ring", "miwah", "puniki", "taler", "mangda", "indik", "antuk", "nenten", "kantun", "sakewanten",
                    "wenten", "majeng", "ritatkala")),
            Map.entry("min", List.of("jo", "nan", "indak", "dek", "alah", "untuak", "baliau", "sarato", "pado", "ado", "karano")),
            Map.entry("ace", List.of("ngon", "nyang", "hana", "nyoe", "nyan", "ureueng", "keu", "teuh", "jeut", "meunurot", "uroe", "lheuh")),
            Map.entry("tet", List.of("iha", "husi", "hosi", "katak", "hatete", "maibé", "maibe", "mós", "atu", "tanba", "hodi", "tuir", "kona")),
            Map.entry("vi", List.of("của", "và", "là", "các", "có", "được", "trong", "cho", "với", "những")),
            Map.entry("ht", List.of("nan", "yon", "pou", "ki", "gen", "yo", "li", "ak", "ap", "pa", "tou", "paske", "anpil", "kounye")));

    /**
     * Function words of the languages that write the Hebrew script: Hebrew's "של" (of), "את" (the object's mark), "על",
     * "עם", "הוא", "היא", and Yiddish's "און" (and), "פֿון" (of, from), "איז" (is), "נישט" (not), "זיך", "האָט" (has),
     * "דער", "דאָס" (the), each with its points ("פֿון", "האָט", as YIVO's spelling writes them) and without (as Hasidic
     * papers do). Neither language writes the other's: Yiddish spells its Hebrew words as Hebrew does, but not these.
     * Words both write ("אין": Yiddish "in", Hebrew "there is no"; "אז": "that", "then") are left out.
     */
    private static final Map<String, List<String>> HEBREW_STOPWORDS = Map.ofEntries(
            Map.entry("he", List.of("של", "את", "על", "עם", "לא", "הוא", "היא", "זה", "גם", "כי", "אבל", "אחרי")),
            Map.entry("yi", List.of("און", "פון", "פֿון", "איז", "נישט", "ניט", "זיך", "האט", "האָט", "דער", "דאס", "דאָס",
                    "אויף", "אויך", "געווען", "וועט", "מיט")));

    /**
     * Function words of the languages that write Devanagari: Hindi's copula and postpositions,
     * Marathi's "आहे" and "आणि", Nepali's "छ" and "पनि". Words two of them share ("को", "या") are left out.
     */
    private static final Map<String, List<String>> DEVANAGARI_STOPWORDS = Map.ofEntries(
            Map.entry("hi", List.of("है", "हैं", "में", "और", "की", "से", "था", "कि", "लिए", "भी")),
            Map.entry("mr", List.of("आहे", "आहेत", "आणि", "होते", "केले", "त्यांनी", "म्हणाले", "झाले", "असे", "पण")),
            Map.entry("ne", List.of("छ", "छन्", "पनि", "गरेको", "भएको", "हुन्छ", "थियो", "गर्न", "भने", "र")));

    /** The stopword lists of each script whose languages they tell apart. */
    private static final Map<Script, Map<String, List<String>>> STOPWORDS_OF_SCRIPT =
            Map.of(Script.LATIN, LATIN_STOPWORDS, Script.DEVANAGARI, DEVANAGARI_STOPWORDS, Script.HEBREW, HEBREW_STOPWORDS);

    /**
     * Everyday words of a language that another language's list claims. Close languages write many of
     * the same short words (Catalan "el", "que" and "una" as often as Spanish; Afrikaans "die" and
     * "van"; Danish "har" and "som"), so those words are no evidence against a declaration of the
     * language that writes them: without this a short Catalan text is overruled as Spanish.
     */
    private static final Map<String, Set<String>> EVERYDAY_WORDS_LISTED_ELSEWHERE = Map.ofEntries(
            Map.entry("ca", Set.of("el", "la", "les", "des", "del", "que", "una", "per", "mai")),
            Map.entry("es", Set.of("la", "les", "del", "una", "este", "os")),
            Map.entry("pt", Set.of("por", "este")),
            Map.entry("it", Set.of("la", "le", "con", "mai", "fa")),
            Map.entry("fr", Set.of("que", "il", "sa", "mai")),
            Map.entry("ro", Set.of("la", "le", "sa", "una")),
            Map.entry("nl", Set.of("die", "is", "was", "dan", "wat", "ons", "word")),
            Map.entry("de", Set.of("was", "des", "ja", "pro")),
            Map.entry("en", Set.of("die", "word", "care", "per", "go")),
            Map.entry("af", Set.of("die", "van", "is", "was", "een")),
            Map.entry("sv", Set.of("efter", "blev", "sa")),
            Map.entry("da", Set.of("har", "som", "for", "et", "nu")),
            Map.entry("no", Set.of("har", "som", "for", "et")),
            Map.entry("pl", Set.of("jako", "to", "ja")),
            Map.entry("cs", Set.of("ale", "jak", "to", "ve", "které")),
            Map.entry("tr", Set.of("ya")),
            Map.entry("hu", Set.of("is", "el", "le", "van")),
            Map.entry("id", Set.of("boleh", "ya", "para")),
            Map.entry("ms", Set.of("sudah", "setelah", "tersebut", "ya")),
            Map.entry("sw", Set.of("la")),
            Map.entry("tl", Set.of("para", "ni")));

    /**
     * Language subtags whose text the stopwords of another, the same language's, list speak for: Norwegian Bokmål
     * ("nb") is the "no" of most pages, and its words are that list's; Filipino ("fil"), the standard of Tagalog ("tl"),
     * which Philippine sites declare as often, so a "fil" over Cebuano or Ilocano text gives way as a "tl" does.
     */
    private static final Map<String, String> STOPWORD_LIST_OF = Map.of("nb", "no", "fil", "tl");

    /**
     * A declared language the text does not speak (Latin, Devanagari or Hebrew script): when the words of another outnumber
     * its own this many times over, the declaration is a template's default ("en-US" on a Zulu or
     * Swahili page) and the text's language is reported.
     */
    private static final int CONTRADICTION_FACTOR = 4;

    /**
     * Stopwords of the declared language that settle it: another language would need more than
     * {@link #CONTRADICTION_FACTOR} times as many in the sample to overrule it, more than a text
     * written in the declared language holds. An English text shows ten in its first few lines.
     */
    private static final int DECLARATION_CONFIRMED = 10;

    /** Stopwords another language must show before it overrules a declaration. */
    private static final int MIN_CONTRADICTING_STOPWORDS = 8;

    /**
     * Words of its own, which the declared language does not write, that another language must show before it
     * overrules a declaration whose own words are as few as {@link #CONTRADICTION_FACTOR} allows: Malay "kerana",
     * "bahawa", "selepas" under a theme's "id", where the words the two write alike ("yang", "dan") speak for both;
     * Nynorsk "ikkje", "seier", "frå" under "nb"; Turkish "ve", "bu", "için" under "en" in a short report, whose
     * language writes few words apart from their endings.
     */
    private static final int MIN_OWN_CONTRADICTING_STOPWORDS = 5;

    /** Words a text must have for {@link #MIN_OWN_CONTRADICTING_STOPWORDS} to be read: a title or a caption is too short. */
    private static final int MIN_WORDS_FOR_OWN_CONTRADICTION = 80;

    /**
     * The everyday words the languages of the Philippines write alike ({@link #SHARING_LANGUAGES}): the article "ang", the
     * preposition "sa", the plural "mga" and "siya" (he, she) are as frequent in Cebuano, Hiligaynon, Waray and Bikol as in
     * Tagalog. Each sample's count of them goes to the one of those languages whose own words it holds most, Tagalog on a
     * tie: they say the text is Philippine, its own words say which language; a Tagalog text with few words of its own
     * still outweighs an English template's declaration with them, as a Cebuano one does.
     */
    private static final Set<String> SHARED_STOPWORDS = Set.of("ang", "sa", "mga", "siya");

    /** The languages that write {@link #SHARED_STOPWORDS}, Tagalog, the one they count for on a tie, first. */
    private static final List<String> SHARING_LANGUAGES = List.of("tl", "ceb", "hil", "war", "bcl");

    /** The languages each stopword speaks for ("que" is Spanish and Portuguese). */
    private static final Map<String, List<String>> LANGUAGES_OF_STOPWORD = languagesOfStopwords();

    /** The length of the longest stopword: a longer word is none. */
    private static final int LONGEST_STOPWORD = LANGUAGES_OF_STOPWORD.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** Characters read for stopwords: a few hundred words tell the language. */
    private static final int STOPWORD_SAMPLE_CHARS = 3_000;

    /** A guess from stopwords must win by this factor over the runner-up, else it is not made. */
    private static final double LATIN_GUESS_MARGIN = 1.5;

    private static final Pattern TAG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\\d{3}))?(?:[-_].*)?$");

    private LanguageResolver() {
    }

    /** The declared tag in BCP 47 form ({@code en_gb} → {@code en-GB}); null when not a language tag. */
    public static String normalize(String declared) {
        if (declared == null) {
            return null;
        }
        String s = declared.trim();
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma).trim();
        }
        Matcher m = TAG.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String primary = m.group(1).toLowerCase(Locale.ROOT);
        if (primary.equals("iw")) {
            primary = "he";
        }
        StringBuilder out = new StringBuilder(primary);
        if (m.group(2) != null) {
            String script = m.group(2).toLowerCase(Locale.ROOT);
            out.append('-').append(Character.toUpperCase(script.charAt(0))).append(script.substring(1));
        }
        if (m.group(3) != null) {
            out.append('-').append(m.group(3).toUpperCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** The language to report: the declaration when the text agrees with it, else what the script says. */
    public static String resolve(String declared, String text) {
        String tag = normalize(declared);
        Script dominant = dominantScript(text);
        if (tag != null && compatible(tag, dominant)) {
            return switch (dominant) {
                case LATIN, DEVANAGARI, HEBREW -> withStopwordContradiction(tag, dominant, text);
                case ARABIC, CYRILLIC, ETHIOPIC, BENGALI -> withLetterContradiction(tag, dominant, text);
                default -> tag;
            };
        }
        String inferred = infer(dominant, text);
        return inferred != null ? inferred : tag;
    }

    public static String direction(String language, String dirAttribute) {
        if (language != null) {
            String primary = language.toLowerCase(Locale.ROOT).split("-")[0];
            if (RTL.contains(primary)) {
                return "rtl";
            }
            if (dirAttribute == null || dirAttribute.isBlank()) {
                return "ltr";
            }
        }
        return "rtl".equalsIgnoreCase(dirAttribute == null ? "" : dirAttribute.trim()) ? "rtl" : "ltr";
    }

    private static boolean compatible(String tag, Script dominant) {
        if (dominant == Script.OTHER) {
            return true;
        }
        Set<Script> scripts = SCRIPT_OF.getOrDefault(tag.split("-")[0], Set.of(Script.LATIN));
        return scripts.contains(dominant);
    }

    static Script dominantScript(String text) {
        if (text == null) {
            return Script.OTHER;
        }
        Script[] scripts = Script.values();
        int[] counts = new int[scripts.length];
        int total = 0;
        int n = Math.min(text.length(), SAMPLE_CHARS);
        // A script's letters making the share of the whole sample make it of its letters too, however
        // the rest reads (no other script can reach the share then): the sample is read no further.
        // Kana and Han settle Japanese together, once the kana make their share of the whole sample.
        double settles = Math.ceil(DOMINANT_SHARE * n);
        double kanaSettles = Math.ceil(KANA_SHARE_FOR_JAPANESE * n);
        int latin = Script.LATIN.ordinal();
        int han = Script.HAN.ordinal();
        int kana = Script.KANA.ordinal();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    total++;
                    if (++counts[latin] >= settles) {
                        return Script.LATIN;
                    }
                }
            } else if (Character.isLetter(c)) {
                Script script = scriptOf(c);
                int count = ++counts[script.ordinal()];
                total++;
                if (script == Script.HAN || script == Script.KANA) {
                    if (counts[han] + counts[kana] >= settles && counts[kana] >= kanaSettles) {
                        return Script.KANA;
                    }
                } else if (script != Script.OTHER && count >= settles) {
                    return script;
                }
            }
        }
        if (total == 0) {
            return Script.OTHER;
        }
        int cjk = counts[Script.HAN.ordinal()] + counts[Script.KANA.ordinal()];
        if (cjk >= DOMINANT_SHARE * total) {
            return counts[Script.KANA.ordinal()] >= KANA_SHARE_FOR_JAPANESE * cjk ? Script.KANA : Script.HAN;
        }
        for (Script s : scripts) {
            if (counts[s.ordinal()] >= DOMINANT_SHARE * total) {
                return s;
            }
        }
        return Script.OTHER;
    }

    private static Script scriptOf(char c) {
        if (c < 0x250) {
            return Script.LATIN;
        }
        if (c >= 0x600 && c <= 0x6FF) {
            return Script.ARABIC;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return switch (s) {
            case LATIN -> Script.LATIN;
            case ARABIC -> Script.ARABIC;
            case HEBREW -> Script.HEBREW;
            case CYRILLIC -> Script.CYRILLIC;
            case GREEK -> Script.GREEK;
            case HAN -> Script.HAN;
            case HIRAGANA, KATAKANA -> Script.KANA;
            case HANGUL -> Script.HANGUL;
            case THAI -> Script.THAI;
            case DEVANAGARI -> Script.DEVANAGARI;
            case BENGALI -> Script.BENGALI;
            case TAMIL -> Script.TAMIL;
            case TELUGU -> Script.TELUGU;
            case GUJARATI -> Script.GUJARATI;
            case GURMUKHI -> Script.GURMUKHI;
            case KANNADA -> Script.KANNADA;
            case MALAYALAM -> Script.MALAYALAM;
            case ORIYA -> Script.ORIYA;
            case SINHALA -> Script.SINHALA;
            case GEORGIAN -> Script.GEORGIAN;
            case ARMENIAN -> Script.ARMENIAN;
            case ETHIOPIC -> Script.ETHIOPIC;
            case KHMER -> Script.KHMER;
            case LAO -> Script.LAO;
            case MYANMAR -> Script.MYANMAR;
            case THAANA -> Script.THAANA;
            case TIBETAN -> Script.TIBETAN;
            default -> Script.OTHER;
        };
    }

    private static String infer(Script script, String text) {
        return switch (script) {
            case ARABIC, CYRILLIC, ETHIOPIC, BENGALI -> byLetters(script, text);
            case LATIN -> {
                String guess = guessByStopwords(Script.LATIN, text);
                yield guess != null ? guess : byLatinLetters(text);
            }
            case DEVANAGARI, HEBREW -> {
                String guess = guessByStopwords(script, text);
                yield guess != null ? guess : LANGUAGE_OF_SCRIPT.get(script);
            }
            default -> LANGUAGE_OF_SCRIPT.get(script);
        };
    }

    /**
     * The language an Arabic, Cyrillic, Ethiopic or Bengali-script text's letters name ({@link #TELLTALE_LETTERS}, then Bulgarian);
     * else the script's default language, or null for a Cyrillic text with letters Russian lacks.
     */
    private static String byLetters(Script script, String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        int letters = 0;
        int nonRussian = 0;
        int russianOnly = 0;
        int hardSigns = 0;
        int kazakhOwn = 0;
        int tatarBesideKazakh = 0;
        int[] telltales = new int[TELLTALE_LETTERS.size()];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || scriptOf(c) != script) {
                continue;
            }
            letters++;
            if (script == Script.CYRILLIC) {
                char lower = Character.toLowerCase(c);
                if ((lower < '\u0430' || lower > '\u044F') && lower != 'ё') {
                    nonRussian++;
                }
                if (lower == 'ы' || lower == 'э' || lower == 'ё') {
                    russianOnly++;
                } else if (lower == 'ъ') {
                    hardSigns++;
                }
            }
            if ((c >= '\u0410' && c <= '\u044F') || (c >= '\u0621' && c <= '\u064A')) {
                continue; // the core of the Russian and Arabic alphabets: no tell-tale among them
            }
            count(TELLTALE_LETTERS, c, telltales);
            if (KAZAKH_OWN_LETTERS.indexOf(c) >= 0) {
                kazakhOwn++;
            } else if (TATAR_LETTERS_BESIDE_KAZAKH.indexOf(c) >= 0) {
                tatarBesideKazakh++;
            }
        }
        String named = firstTellTale(TELLTALE_LETTERS, script, telltales, letters);
        if ("kk".equals(named) && kazakhOwn == 0 && tatarBesideKazakh > 0) {
            return "tt";
        }
        if (named != null) {
            return named;
        }
        if (script == Script.CYRILLIC) {
            if (letters >= BULGARIAN_MIN_LETTERS && russianOnly == 0 && hardSigns >= BULGARIAN_HARD_SIGN_SHARE * letters) {
                return "bg";
            }
            if (nonRussian >= NON_RUSSIAN_LETTER_SHARE * letters) {
                return null;
            }
        }
        return SCRIPT_DEFAULT.get(script);
    }

    /**
     * A declaration of the script's default language, or of one the letters can tell, that the
     * text's letters contradict ("ru" on a text with Ukrainian "ї" and "є") gives way to the language
     * they name. A declared language the letters cannot tell (Uyghur, Mongolian), or cannot tell in this script (Kazakh
     * in Arabic script, whose tell-tales are Cyrillic), is kept.
     */
    private static String withLetterContradiction(String tag, Script script, String text) {
        String primary = tag.split("-")[0];
        String member = MACROLANGUAGE_MEMBERS.get(primary);
        if (member != null) {
            return member.equals(byLetters(script, text)) ? member : tag;
        }
        boolean tellable = primary.equals(SCRIPT_DEFAULT.get(script)) || primary.equals("bg")
                || TELLTALE_LETTERS.stream().anyMatch(t -> t.language().equals(primary) && t.script() == script) && !DECLARED_KEPT.contains(primary);
        if (!tellable) {
            return tag;
        }
        String named = byLetters(script, text);
        return named == null || named.equals(primary) || named.equals(SCRIPT_DEFAULT.get(script)) ? tag : named;
    }

    /**
     * The declared tag, or the language of the text when that is clear and the declared language's
     * own words are nearly absent from it (see {@link #CONTRADICTION_FACTOR}). A declared language
     * without a stopword list is kept.
     */
    private static String withStopwordContradiction(String tag, Script script, String text) {
        String primary = STOPWORD_LIST_OF.getOrDefault(tag.split("-")[0], tag.split("-")[0]);
        Map<String, List<String>> lists = STOPWORDS_OF_SCRIPT.get(script);
        if (!lists.containsKey(primary)) {
            return tag;
        }
        StopwordCounts sample = stopwordCounts(text, primary);
        Map<String, int[]> counts = sample.byLanguage();
        String best = confidentGuess(counts, lists.keySet());
        if (best != null && !best.equals(primary)) {
            int bestCount = counts.get(best)[0];
            int[] declared = counts.get(primary);
            int declaredCount = declared == null ? 0 : declared[0];
            if (bestCount >= MIN_CONTRADICTING_STOPWORDS && bestCount > CONTRADICTION_FACTOR * declaredCount) {
                return best;
            }
        }
        String own = sample.words() >= MIN_WORDS_FOR_OWN_CONTRADICTION ? byOwnWords(sample, primary, lists) : null;
        return own != null ? own : tag;
    }

    /**
     * The language other than the declared one whose own words, those the declared language's list lacks, outnumber the
     * declared language's own words, those the other's list lacks, {@link #CONTRADICTION_FACTOR} times over and number
     * {@link #MIN_OWN_CONTRADICTING_STOPWORDS} at least; null when none does. Two close languages write many of the same
     * words, which speak for both and so never for one against the other; a text that writes none of the declared
     * language's own words while another's are there is in that other.
     */
    private static String byOwnWords(StopwordCounts sample, String declared, Map<String, List<String>> lists) {
        String best = null;
        int bestOwn = 0;
        for (String other : lists.keySet()) {
            if (other.equals(declared)) {
                continue;
            }
            int own = sample.countOf(other, declared);
            if (own >= MIN_OWN_CONTRADICTING_STOPWORDS && own > bestOwn
                    && own > CONTRADICTION_FACTOR * sample.countOf(declared, other)) {
                best = other;
                bestOwn = own;
            }
        }
        return best;
    }

    /**
     * Letters of the Latin script that one language's alphabet alone has among those the resolver tells, checked in
     * order, each with the share of the Latin letters above which it names the language: Maltese "ħ" (before Polish,
     * whose "ż" Maltese writes too), Azerbaijani "ə" (before Turkish, whose "ı" and "ğ" it writes too), Turkish "ı",
     * "ğ", Polish "ł", "ś", "ź", "ż", Czech "ů", "ř", Slovak "ľ", "ĺ", "ŕ", Hungarian "ő", "ű", Romanian "ș", "ț" (the
     * comma below, not Turkish's cedilla), Lithuanian "ė", "į", "ų", Latvian "ķ", "ļ", "ņ", "ģ", Icelandic "þ", Welsh
     * "ŵ", "ŷ", Vietnamese "ơ", "ư" and German "ß". Read only when the page declares nothing and the text's words name no
     * language ({@link #guessByStopwords}): a short report of an old page has too few of them.
     */
    private static final List<TellTaleLetters> LATIN_TELLTALE_LETTERS = List.of(
            new TellTaleLetters("mt", Script.LATIN, "ħĦ", 0.003),
            new TellTaleLetters("az", Script.LATIN, "əƏ", 0.005),
            new TellTaleLetters("tr", Script.LATIN, "ıİğĞ", 0.005),
            new TellTaleLetters("pl", Script.LATIN, "łŁśŚźŹżŻ", 0.005),
            new TellTaleLetters("cs", Script.LATIN, "ůŮřŘ", 0.003),
            new TellTaleLetters("sk", Script.LATIN, "ľĽĺĹŕŔ", 0.003),
            new TellTaleLetters("hu", Script.LATIN, "őŐűŰ", 0.003),
            new TellTaleLetters("ro", Script.LATIN, "șȘțȚ", 0.005),
            new TellTaleLetters("lt", Script.LATIN, "ėĖįĮųŲ", 0.005),
            new TellTaleLetters("lv", Script.LATIN, "ķĶļĻņŅģĢ", 0.003),
            new TellTaleLetters("is", Script.LATIN, "þÞ", 0.003),
            new TellTaleLetters("cy", Script.LATIN, "ŵŴŷŶ", 0.003),
            new TellTaleLetters("vi", Script.LATIN, "ơƠưƯ", 0.005),
            new TellTaleLetters("de", Script.LATIN, "ßẞ", 0.001));

    /** The language a Latin text's letters name ({@link #LATIN_TELLTALE_LETTERS}), or null. */
    private static String byLatinLetters(String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        int letters = 0;
        int[] telltales = new int[LATIN_TELLTALE_LETTERS.size()];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    letters++;
                }
                continue;
            }
            if (!Character.isLetter(c) || scriptOf(c) != Script.LATIN) {
                continue;
            }
            letters++;
            count(LATIN_TELLTALE_LETTERS, c, telltales);
        }
        return firstTellTale(LATIN_TELLTALE_LETTERS, Script.LATIN, telltales, letters);
    }

    /** Counts the letter for each of the tell-tales that holds it ({@code counts} is indexed as {@code tells}). */
    private static void count(List<TellTaleLetters> tells, char c, int[] counts) {
        for (int t = 0; t < counts.length; t++) {
            if (tells.get(t).letters().indexOf(c) >= 0) {
                counts[t]++;
            }
        }
    }

    /**
     * The language of the first of {@code tells} written in {@code script} whose letters the text holds three times at
     * least and above its share of the text's {@code letters}; null when none does.
     */
    private static String firstTellTale(List<TellTaleLetters> tells, Script script, int[] counts, int letters) {
        for (int t = 0; t < counts.length; t++) {
            TellTaleLetters tell = tells.get(t);
            if (tell.script() == script && counts[t] >= 3 && counts[t] >= tell.minShare() * letters) {
                return tell.language();
            }
        }
        return null;
    }

    private static String guessByStopwords(Script script, String text) {
        return confidentGuess(stopwordCounts(text, null).byLanguage(), STOPWORDS_OF_SCRIPT.get(script).keySet());
    }

    /** Of {@code languages}, the one with the most stopwords, when it has enough and wins by {@link #LATIN_GUESS_MARGIN}. */
    private static String confidentGuess(Map<String, int[]> counts, Set<String> languages) {
        String best = null;
        int bestCount = 0;
        for (String language : languages) {
            int[] c = counts.get(language);
            if (c != null && c[0] > bestCount) {
                bestCount = c[0];
                best = language;
            }
        }
        if (best == null) {
            return null;
        }
        String twin = OTHER_WRITTEN_STANDARD.get(best);
        if (twin != null && counts.containsKey(twin) && counts.get(twin)[0] == bestCount) {
            best = MAIN_WRITTEN_STANDARD; // neither wrote a word of its own: the standard most pages write
        }
        int second = 0;
        for (String language : languages) {
            int[] c = counts.get(language);
            if (c != null && !language.equals(best) && !language.equals(OTHER_WRITTEN_STANDARD.get(best))) {
                second = Math.max(second, c[0]);
            }
        }
        return bestCount >= 5 && bestCount >= LATIN_GUESS_MARGIN * second ? best : null;
    }

    /**
     * Two written standards of one language, whose lists share the words both write (Norwegian Bokmål's "no" and
     * Nynorsk's "nn": "og", "av", "til"): the one is no rival the other must beat by {@link #LATIN_GUESS_MARGIN}, as
     * the most words still tell which is written.
     */
    private static final Map<String, String> OTHER_WRITTEN_STANDARD = Map.of("no", "nn", "nn", "no");

    /** Of {@link #OTHER_WRITTEN_STANDARD}'s pair, the one a text that writes no word of either's own is reported in. */
    private static final String MAIN_WRITTEN_STANDARD = "no";

    /**
     * How many whole stopwords of each language the start of the text holds, or, once the declared
     * language (when not null) has {@link #DECLARATION_CONFIRMED} of those no other list holds, the counts so far. Words the
     * declared language writes every day ({@link #EVERYDAY_WORDS_LISTED_ELSEWHERE}) count for none. Each
     * word is looked up once; words longer than the longest stopword are skipped without being copied. The counts by
     * language are summed from the counts by word once the sample is read: a word such as "a" is on a score of lists.
     */
    private static StopwordCounts stopwordCounts(String text, String declared) {
        int n = Math.min(text.length(), STOPWORD_SAMPLE_CHARS);
        Map<String, int[]> byWord = new HashMap<>();
        Set<String> declaredWrites = declared == null ? Set.of() : EVERYDAY_WORDS_LISTED_ELSEWHERE.getOrDefault(declared, Set.of());
        int words = 0;
        int declaredAlone = 0;
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            words++;
            if (i - start > LONGEST_STOPWORD || (i == n && n < text.length() && isWordChar(text.charAt(n)))) {
                continue; // too long to be a stopword, or cut by the end of the sample
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            List<String> languages = LANGUAGES_OF_STOPWORD.get(word);
            if (languages != null && !declaredWrites.contains(word)) {
                byWord.computeIfAbsent(word, k -> new int[1])[0]++;
                // the text speaks the declared language, by words no other list holds: no need to read on
                if (languages.size() == 1 && languages.getFirst().equals(declared) && ++declaredAlone >= DECLARATION_CONFIRMED) {
                    break;
                }
            }
        }
        return new StopwordCounts(byLanguage(byWord), byWord, words);
    }

    /** How many of the sample's words each language's list holds, from how many times each stopword stands in it. */
    private static Map<String, int[]> byLanguage(Map<String, int[]> byWord) {
        Map<String, int[]> counts = new HashMap<>();
        int shared = 0;
        for (Map.Entry<String, int[]> e : byWord.entrySet()) {
            int times = e.getValue()[0];
            if (SHARED_STOPWORDS.contains(e.getKey())) {
                shared += times;
                continue;
            }
            for (String language : LANGUAGES_OF_STOPWORD.get(e.getKey())) {
                counts.computeIfAbsent(language, k -> new int[1])[0] += times;
            }
        }
        if (shared > 0) {
            String leading = SHARING_LANGUAGES.getFirst();
            for (String language : SHARING_LANGUAGES) {
                int own = counts.containsKey(language) ? counts.get(language)[0] : 0;
                if (own > (counts.containsKey(leading) ? counts.get(leading)[0] : 0)) {
                    leading = language;
                }
            }
            counts.computeIfAbsent(leading, k -> new int[1])[0] += shared;
        }
        return counts;
    }

    /**
     * The stopwords a text's sample holds: by language, by word, and the words the sample has in all.
     */
    private record StopwordCounts(Map<String, int[]> byLanguage, Map<String, int[]> byWord, int words) {

        /**
         * How many of the sample's words are on the stopword list of language {@code listed} and not on that of
         * {@code except}: the sample's few distinct stopwords are looked up, not the lists' hundreds of words in each
         * other.
         */
        int countOf(String listed, String except) {
            int n = 0;
            for (Map.Entry<String, int[]> e : byWord.entrySet()) {
                List<String> languages = LANGUAGES_OF_STOPWORD.get(e.getKey());
                if (languages.contains(listed) && !languages.contains(except)) {
                    n += e.getValue()[0];
                }
            }
            return n;
        }
    }

    /**
     * Letters, digits, the underscore and combining marks make words; "según" and "não" are whole words,
     * "seg" in "según" is not, and Devanagari's vowel signs belong to their word ("है").
     */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static Map<String, List<String>> languagesOfStopwords() {
        Map<String, List<String>> byWord = new LinkedHashMap<>();
        for (String word : SHARED_STOPWORDS) {
            byWord.put(word, SHARING_LANGUAGES);
        }
        for (Map<String, List<String>> lists : List.of(LATIN_STOPWORDS, DEVANAGARI_STOPWORDS, HEBREW_STOPWORDS)) {
            for (Map.Entry<String, List<String>> e : lists.entrySet()) {
                for (String word : e.getValue()) {
                    byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        return byWord;
    }
}
