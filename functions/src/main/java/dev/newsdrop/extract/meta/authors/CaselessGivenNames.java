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

    /** Titles set before a writer's name: doctor, engineer, sheikh, professor. */
    private static final List<String> TITLES = List.of("د.", "د", "الدكتور", "الدكتورة", "دكتور", "دكتورة", "المهندس", "المهندسة", "م.",
            "الشيخ", "الأستاذ", "الأستاذة", "أ.", "دکتر", "مهندس", "ڈاکٹر", "پروفیسر", "د\"ר", "ד״ר", "פרופ'", "פרופ׳", "د.ة");

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

    /** True when the line's first word (after a title) is a common given name, or an "عبد" compound. */
    static boolean opensWithGivenName(String line) {
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
