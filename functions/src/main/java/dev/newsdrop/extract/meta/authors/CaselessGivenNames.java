package dev.newsdrop.extract.meta.authors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Common given names of the Arabic-script languages (Arabic, Persian, Urdu, Kurdish) and of Hebrew,
 * the scripts without capitals whose papers set the writer's name in bold over the text as they set a
 * kicker: a line that opens with a given name is a person's name, where "أسواق المال" ("money
 * markets") or "ملف الكهرباء" ("the electricity file") is not. Named data: in a script without case a
 * name shows no other mark. Compound names built on "عبد" ("servant of": "عبد الله", "عبدالرحمن") and
 * a leading title ("د.", "الدكتور", "دکتر", "ڈاکٹر", "ד"ר") are read as names too.
 * Spellings are compared folded ({@link #fold}): hamza seats, alif maqsura and Persian yeh, kaf and keheh,
 * taa marbuta and heh, Urdu's heh goal and yeh barree, and diacritics and the tatweel, so that "احمد"
 * and "أحمد", Persian "علی" and Arabic "علي" match.
 */
final class CaselessGivenNames {

    private static final List<String> NAMES = List.of(
            // Arabic, men
            "محمد", "محمود", "أحمد", "حامد", "حمد", "حمدي", "حسن", "حسين", "حسام", "علي", "عمر", "عمرو", "عثمان", "خالد",
            "خليل", "سعيد", "سعد", "سعود", "سلمان", "سليمان", "سامي", "سمير", "سالم", "صالح", "طارق", "طلال", "عادل", "عماد",
            "عصام", "فهد", "فيصل", "فادي", "فراس", "فؤاد", "كريم", "كمال", "ماجد", "مازن", "مالك", "مراد", "مروان", "مصطفى",
            "منصور", "منير", "مهدي", "موسى", "ناصر", "نادر", "نبيل", "نزار", "هاني", "هشام", "وائل", "وليد", "ياسر", "يوسف",
            "يحيى", "يونس", "إبراهيم", "إسماعيل", "أيمن", "أنور", "أمين", "أسامة", "بشير", "بلال", "جمال", "جميل", "جورج",
            "حمزة", "رامي", "رائد", "رشيد", "رضا", "زياد", "زكريا", "زيد", "شريف", "شادي", "صلاح", "ضياء", "عاطف", "عزيز",
            "غسان", "قاسم", "لؤي", "ماهر", "مجدي", "معاذ", "مؤمن", "نايف", "نواف", "ناجي", "نجيب", "هيثم", "وسام", "ياسين",
            "توفيق", "تامر", "إياد", "إلياس", "جاد", "جهاد", "حيدر", "راشد", "رياض", "سامر", "سيف", "شاكر", "صابر", "عامر",
            "أنس", "أكرم", "إدريس", "بدر", "بسام", "ثامر", "جابر", "جعفر", "حازم", "حسني", "حكيم", "خليفة", "رفيق", "زهير",
            "سلطان", "سهيل", "شوقي", "صبري", "طه", "عارف", "عدنان", "عرفات", "عوض", "فتحي", "فريد", "فواز", "قيس",
            "لطفي", "مأمون", "محسن", "مختار", "مدحت", "مشعل", "معتز", "ممدوح", "مهند", "ميشال", "نبيه", "نضال",
            "نعيم", "نوري", "هادي", "وجدي", "وحيد", "يزن", "يعقوب",
            // Arabic, women
            "فاطمة", "عائشة", "مريم", "سارة", "ليلى", "ريم", "رنا", "رانيا", "رشا", "رهام", "ريهام", "سلمى", "سلوى", "سميرة",
            "سهى", "سعاد", "سناء", "شيماء", "صفاء", "ضحى", "علا", "عفاف", "غادة", "فرح", "لمى", "لينا", "مها", "منى", "منال",
            "ميساء", "ميرا", "نادية", "ناديا", "نور", "نورا", "نوال", "نجلاء", "نسرين", "هالة", "هبة", "هدى", "هند", "هيام",
            "هناء", "وفاء", "ياسمين", "أسماء", "أمل", "آمنة", "إيمان", "بسمة", "جميلة", "حنان", "خديجة", "دعاء", "دينا",
            "رحاب", "زينب", "سمر", "شهد", "ديما", "لبنى", "مروة", "نهى", "هاجر", "إسراء", "آية", "رغد", "جنى", "حلا", "دانة",
            "رزان", "روان", "سوسن", "عبير", "عبلة", "فدوى", "كوثر", "لميس", "ملاك", "منيرة", "نجوى", "نرمين", "هديل", "وداد",
            // Persian
            "علیرضا", "محمدرضا", "حمید", "مجید", "جواد", "کاوه", "بهرام", "داریوش", "کوروش", "پرویز", "فرهاد", "بابک",
            "سیامک", "آرش", "امیر", "زهرا", "سارا", "نرگس", "نازنین", "الهام", "شیرین", "مینا", "لیلا", "پریسا", "ساناز",
            "نیلوفر", "سمیرا", "مهسا", "آزاده", "فرزانه", "محبوبه", "بهاره", "مهدیه", "سپیده", "شهرام", "کامران", "پیمان",
            "میلاد", "نیما", "بهنام", "سینا", "رامین",
            // Urdu
            "عمران", "فرحان", "ثنا", "عائشہ", "سارہ", "ندیم", "وسیم", "شاہد", "آصف", "عاصم", "ثاقب", "طاہر", "ظفر", "عرفان",
            "نوید", "رضوان", "ذیشان", "اسد", "عمیر", "نبیلہ", "صائمہ", "فوزیہ", "شازیہ", "رابعہ", "حنا", "مہوش", "عظمیٰ",
            "فرخ", "جاوید", "اعجاز", "شفیق", "ریاض",
            // Kurdish (Sorani)
            "ئاراس", "هێمن", "شێرکۆ", "کاروان", "دلێر", "ڕێبوار", "سۆران", "ژیلا", "شیلان", "ئاسۆ", "بەختیار", "هەڵمەت",
            "ئازاد", "سەردار", "ڕزگار", "ئاڤان", "بێریڤان", "ڤیان", "نەرمین",
            // Hebrew
            "נועה", "יעל", "דנה", "מיכל", "שירה", "תמר", "רונית", "אורית", "ענת", "הילה", "מאיה", "רותם", "ליאת", "עדי",
            "רון", "יוסי", "יוסף", "דוד", "משה", "אבי", "אברהם", "יצחק", "יעקב", "דניאל", "עומר", "איתי", "נדב", "אמיר",
            "גיל", "אלון", "עמית", "חיים", "שלמה", "אריאל", "אורי", "יונתן", "רחל", "שרה", "לאה", "אסף", "ערן", "גלעד",
            "עידו", "טל", "רועי", "ניר", "אבישי", "אלה", "גלי", "נעמה", "אסתר", "רבקה", "שני", "קרן", "סיגל", "מירב", "אילן",
            "אהרון", "בנימין", "זאב", "יהודה", "מאיר", "נחום", "עזרא", "צבי", "שמואל", "תומר", "אופיר", "בועז", "דורון");

    /**
     * Titles set before a writer's name: doctor, engineer, sheikh, professor. Hebrew abbreviations are
     * written with gershayim or geresh ("ד״ר", "פרופ׳") and as often with the ASCII quote and apostrophe
     * a keyboard gives ("ד"ר", "פרופ'"): both spellings are listed.
     */
    private static final List<String> TITLES = List.of("د.", "د", "الدكتور", "الدكتورة", "دكتور", "دكتورة", "المهندس", "المهندسة", "م.",
            "الشيخ", "الأستاذ", "الأستاذة", "أ.", "دکتر", "مهندس", "ڈاکٹر", "پروفیسر", "ד\"ר", "ד״ר", "פרופ'", "פרופ׳", "د.ة");

    /** The leading part of Arabic compound names, "servant of": "عبد الله", "عبدالرحمن". */
    private static final String ABD = fold("عبد");

    private static final Set<String> FOLDED = new HashSet<>();
    private static final Set<String> FOLDED_TITLES = new HashSet<>();

    static {
        NAMES.forEach(n -> FOLDED.add(fold(n)));
        TITLES.forEach(t -> FOLDED_TITLES.add(fold(t)));
    }

    private CaselessGivenNames() {
    }

    /**
     * True when the line opens with a given name: a listed one, an "عبد" compound, or a line shaped as an
     * Arabic name ({@link #shapedAsArabicName}).
     */
    static boolean opensWithGivenName(String line) {
        return opensWithListedName(line) || shapedAsArabicName(line);
    }

    /** True when the line's first word (after a title) is a listed given name, or an "عبد" compound. */
    private static boolean opensWithListedName(String line) {
        String[] words = line.strip().split("\\s+");
        int i = 0;
        while (i < words.length - 1 && i < 2 && FOLDED_TITLES.contains(fold(words[i]))) {
            i++;
        }
        if (i >= words.length) {
            return false;
        }
        String first = fold(words[i]);
        return FOLDED.contains(first) || first.startsWith(ABD) && (first.length() > ABD.length() || i + 1 < words.length);
    }

    /**
     * Middle words of an Arabic name that name a parent or a family: "بن" and "بنت" (son and daughter of),
     * Hassaniya "ولد" (son of, "محمد الأمين ولد سيدي") and Gulf "آل" (family of, "حمد آل ثاني"). "ابن" and "أبو"
     * are left out: they also open the names of places and institutions ("أبو ظبي", "مستشفى ابن سينا").
     */
    private static final Set<String> NAME_PARTICLES = Set.of(fold("بن"), fold("بنت"), fold("ولد"), fold("آل"));

    /**
     * Nouns with the article that end in "ي" as family names built on a place or tribe do ("الزعبي", "المصري")
     * but are not family names: defective nouns ("الوادي" the valley, "النادي" the club, "الماضي" the past,
     * "المحامي" the lawyer), ordinals and adjectives of time ("الثاني", "الحالي"), and the nouns a kicker puts
     * after a bare noun ("الكرسي", "السكري" diabetes, "الإلكتروني"). Named data; spelled as {@link #fold} folds.
     */
    private static final Set<String> NOT_FAMILY_NISBAS = Set.of(fold("الوادي"), fold("النادي"), fold("الماضي"), fold("المحامي"),
            fold("الثاني"), fold("الحالي"), fold("الكرسي"), fold("السكري"), fold("الإلكتروني"), fold("الأهلي"), fold("الجاري"),
            fold("التالي"), fold("الآتي"), fold("العالي"));

    /** Arabic prepositions and particles, which a phrase holds and a name does not; spelled as {@link #fold} folds. */
    private static final Set<String> FUNCTION_WORDS = Set.of(fold("في"), fold("من"), fold("على"), fold("إلى"), fold("عن"), fold("مع"),
            fold("بين"), fold("حول"), fold("ضد"), fold("بعد"), fold("قبل"), fold("عند"), fold("لدى"), fold("ما"), fold("لا"), fold("لم"),
            fold("لن"), fold("قد"), fold("هل"), fold("أو"), fold("ثم"));

    /** The article "ال" alone or behind a one-letter prefix: "ال", "وال", "بال", "فال", "كال", and "لل". */
    private static final java.util.regex.Pattern WITH_ARTICLE = java.util.regex.Pattern.compile("^(?:[وفبك]?ال|لل)");

    /** Arabic letters only, as a word of a name is written (no digit, no punctuation, no Latin). */
    private static final java.util.regex.Pattern ARABIC_WORD = java.util.regex.Pattern.compile("^[\\u0620-\\u065F\\u066E-\\u06D3\\u0670]+$");

    /**
     * True when an Arabic line of two to four words is shaped as a person's name though its given name is
     * not a listed one ({@link #opensWithGivenName}): the words carry no article but, at most, the last,
     * none is a preposition or a particle, and either a middle word names a parent or a family
     * ({@link #NAME_PARTICLES}: "سيدي ولد محمد", "نورة بنت سعد") or the last word is a family name made
     * from a place or a tribe, the article, three letters or more and a final "ي" ("غدير الزعبي", "ثائر
     * العمري"). Grammar is the principle: an adjective with the article follows a noun with the article
     * ("الاقتصاد العالمي"), so a bare noun followed by "ال…ي" is not a noun and its adjective; a kicker or a
     * section label ("ملف الكهرباء", "أخبار الوادي", "مجلس التعاون الخليجي") either carries the article on
     * another word or ends otherwise, and the nouns that end so but are no family names are named
     * ({@link #NOT_FAMILY_NISBAS}).
     */
    static boolean shapedAsArabicName(String line) {
        String[] raw = line.strip().split("\\s+");
        int i = 0;
        while (i < raw.length - 1 && i < 2 && FOLDED_TITLES.contains(fold(raw[i]))) {
            i++;
        }
        int n = raw.length - i;
        if (n < 2 || n > 4) {
            return false;
        }
        String[] words = new String[n];
        for (int k = 0; k < n; k++) {
            String w = raw[i + k];
            if (!ARABIC_WORD.matcher(w).matches()) {
                return false;
            }
            words[k] = fold(w);
            if (FUNCTION_WORDS.contains(words[k])) {
                return false;
            }
        }
        if (WITH_ARTICLE.matcher(words[0]).find()) {
            return false; // a given name carries no article: "الاقتصاد العالمي"
        }
        for (int k = 1; k < n - 1; k++) {
            if (NAME_PARTICLES.contains(words[k])) {
                return true; // "محمد الأمين ولد سيدي"
            }
        }
        for (int k = 1; k < n - 1; k++) {
            if (WITH_ARTICLE.matcher(words[k]).find()) {
                return false; // "مجلس التعاون الخليجي", "إرسال بالبريد الإلكتروني": the article before the last word
            }
        }
        return isFamilyName(raw[raw.length - 1], words[n - 1]);
    }

    /** A family name built on a place or a tribe: "ال", three letters or more, a final "ي" as written, not a named noun. */
    private static boolean isFamilyName(String word, String folded) {
        char last = word.charAt(word.length() - 1);
        return (last == 'ي' || last == 'ی') && folded.startsWith("ال") && folded.length() >= 6 && !NOT_FAMILY_NISBAS.contains(folded);
    }

    /** A hyphen or an en dash between blanks. */
    private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile("\\s[-–]\\s");

    /**
     * Two writers of an Arabic-script or Hebrew byline joined by a spaced dash, "محمد علي - سارة أحمد",
     * given back joined by a comma, which separates names; the byline as it was otherwise. Arabic bylines
     * also write a name and where it was filed, or a role, after the dash ("محمد علي - القاهرة"), so both
     * sides must be names of two to four words ({@link AuthorNames#isCaselessName}) and the second must
     * open with a given name ({@link #opensWithGivenName}).
     */
    static String writersJoinedByDash(String byline) {
        if (byline.indexOf(" - ") < 0 && byline.indexOf(" – ") < 0) {
            return byline;
        }
        String[] parts = SPACED_DASH.split(byline.strip());
        if (parts.length != 2 || !AuthorNames.isCaselessName(parts[0]) || !AuthorNames.isCaselessName(parts[1])
                || !opensWithGivenName(parts[1]) || !arabicOrHebrew(parts[0])) {
            return byline;
        }
        return parts[0].strip() + ", " + parts[1].strip();
    }

    /** True when the text's first letter is of the Arabic or the Hebrew script. */
    static boolean arabicOrHebrew(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW;
            }
        }
        return false;
    }

    /** The word with its spelling variants folded (see the class comment). */
    static String fold(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى', 'ی', 'ې', 'ے', 'ئ' -> b.append('ي');
                case 'ک' -> b.append('ك');
                case 'ة', 'ہ', 'ە', 'ۀ', 'ھ' -> b.append('ه');
                case 'ؤ' -> b.append('و');
                case 'ـ' -> { } // the tatweel draws a letter out
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u200c' && c != '\u200f' && c != '\u200e') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
