package dev.newsdrop.extract.meta.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.HijrahChronology;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.BikramSambat.BIKRAM_SAMBAT_LANGUAGES;
import static dev.newsdrop.extract.meta.dates.BikramSambat.bikramSambatDate;
import static dev.newsdrop.extract.meta.dates.EraYears.commonEra;
import static dev.newsdrop.extract.meta.dates.EraYears.eraDate;
import static dev.newsdrop.extract.meta.dates.EraYears.hasThaiLetter;
import static dev.newsdrop.extract.meta.dates.EraYears.mayHoldMinguoDate;
import static dev.newsdrop.extract.meta.dates.EraYears.minguoNumericDate;
import static dev.newsdrop.extract.meta.dates.EraYears.thaiShortYearDate;
import static dev.newsdrop.extract.meta.dates.EthiopianCalendar.ERITREAN_GREGORIAN_MONTHS;
import static dev.newsdrop.extract.meta.dates.EthiopianCalendar.ETHIOPIAN_CALENDAR_LANGUAGES;
import static dev.newsdrop.extract.meta.dates.EthiopianCalendar.ETHIOPIAN_DATE;
import static dev.newsdrop.extract.meta.dates.EthiopianCalendar.ETHIOPIAN_MONTHS;
import static dev.newsdrop.extract.meta.dates.EthiopianCalendar.LATEST_ETHIOPIAN_YEAR;
import static dev.newsdrop.extract.meta.dates.EthiopianCalendar.ethiopian;
import static dev.newsdrop.extract.meta.dates.EthiopianCalendar.mayHoldEthiopianMonth;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.AFGHAN_SOLAR_HIJRI_DATE;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.AFGHAN_SOLAR_HIJRI_LANGUAGES;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.AFGHAN_SOLAR_HIJRI_MONTHS;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.LUNAR_HIJRI_DATE;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.LUNAR_HIJRI_MONTHS;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.LUNAR_HIJRI_NUMERIC;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.PASHTO_SOLAR_HIJRI_YEAR_FIRST;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.SOLAR_HIJRI_MONTHS;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.isLunarHijriYear;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.isSolarHijriYear;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.lunarHijri;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.lunarHijriMark;
import static dev.newsdrop.extract.meta.dates.HijriCalendars.solarHijri;
import static dev.newsdrop.extract.meta.dates.MonthAfterNumber.mayHoldMonthAfterNumber;
import static dev.newsdrop.extract.meta.dates.Numerals.romanMonthDate;
import static dev.newsdrop.extract.meta.dates.Numerals.toAsciiDigits;
import static dev.newsdrop.extract.meta.dates.Numerals.withChineseNumeralDate;
import static dev.newsdrop.extract.meta.dates.ShortYears.apostropheYearDate;
import static dev.newsdrop.extract.meta.dates.ShortYears.twoDigitYearDate;

/**
 * Reads dates as pages write them: ISO-8601 and RFC forms in markup, and visible datelines in
 * English, French and Arabic (standard, Levantine and Maghrebi month names, Eastern Arabic digits),
 * and the month names of some forty more languages ({@link MonthNames}), day-month-year, month-day-year
 * and year-month-day ("2023. február 10.", "2023 m. vasario 10 d."). Dates in the Solar Hijri calendar
 * ("۱۲ اسفند ۱۴۰۲", or numeric on a Persian page), the Buddhist era of Thai and Lao pages and the eras that name years
 * ("令和6年3月2日") are converted to the Gregorian calendar.
 * The page's stated language ({@link DateLanguage}) settles what the text alone cannot: the order of a
 * numeric date whose two first parts are both 12 or less, and a month name two languages spell alike.
 * Output is ISO-8601: with an offset when the time and zone are known, else the bare day.
 *
 * <p>{@link #parseText} tries the forms in a fixed order, the Gregorian ones first; the families it reads live beside it:
 * the other calendars ({@link EraYears}, {@link HijriCalendars}, {@link EthiopianCalendar}, {@link BikramSambat},
 * {@link HebrewCalendar}), other numerals ({@link Numerals}), two-digit years ({@link ShortYears}), the gate before the
 * month-name patterns ({@link MonthAfterNumber}); dates in an address are {@link UrlDates}'.
 */
public final class DateParser {

    /** Years outside this range are typos or placeholders, not publication dates. */
    static final int MIN_YEAR = 1995;
    static final int MAX_YEAR = 2100;

    /** Month names by normalized spelling (see {@link DateSpelling#normalize}); several calendars map to one number. */
    static final Map<String, Integer> MONTHS = MonthNames.byNormalizedName();

    /** The spellings some language's own table reads otherwise than {@link #MONTHS} does, or alone ({@link #month}). */
    private static final Set<String> LANGUAGE_DEPENDENT_MONTHS = MonthNames.readOtherwiseBySomeLanguage(MONTHS);

    /** Date and optional time with optional zone, as in markup: 2024-03-27T10:15:00+03:00. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");

    /** ISO 8601's basic format, as a whole attribute: 20240327, 20240327T1015Z, 20240327T101500+0300. */
    private static final Pattern ISO_BASIC = Pattern.compile(
            "((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:T(\\d{2})(\\d{2})(\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?)?");

    /**
     * Year-first numeric dates with slashes, dots or hyphens: 2024/03/27, 2024-03-27 14:27 (shown as
     * text), and Korean and Hungarian "2024. 03. 27." with a space after each dot.
     */
    private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})([/.-]) ?(\\d{1,2})\\2 ?(\\d{1,2})(?!\\d)");

    /**
     * The 12-hour clock after a hyphenated numeric date, "12-01-2026, 08:14 PM": the shape of "m-d-Y, h:i A",
     * the date and time format vBulletin and MyBB ship as their English default (American order, month first).
     * English elsewhere writes numeric days with slashes or dots, so on an English page that states no
     * region ({@link DateLanguage#englishWithoutRegion}) such a date is read month first.
     */
    static final Pattern FORUM_CLOCK_AFTER_DATE = Pattern.compile("^,[\\s\\u00A0]*\\d{1,2}:\\d{2}[\\s\\u00A0]*(?i:[ap]\\.?m\\b)");

    /** True when the hyphenated date {@code date}, ending at {@code end} of {@code s}, is followed by {@link #FORUM_CLOCK_AFTER_DATE}. */
    private static boolean forumClockAfter(String date, String s, int end) {
        return date.indexOf('-') >= 0 && date.indexOf('/') < 0 && date.indexOf('.') < 0
                && FORUM_CLOCK_AFTER_DATE.matcher(s).region(end, s.length()).lookingAt();
    }

    /**
     * Numeric dates with the year last: 27/03/2024, day first unless the page's locale writes the
     * month first ({@link DateLanguage#monthFirst}) or the first number cannot be a month, or a weekday
     * named before it ({@link Weekdays}) falls on the other reading's day only. A dot may
     * be followed by a space, as Czech, Slovak, Slovene, Serbian and Finnish typography sets it
     * ("3. 2. 2022", "3.2. 2022").
     */
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})(?:[/-]|\\. ?)(\\d{1,2})(?:[/-]|\\. ?)(\\d{4})(?!\\d)");

    /**
     * Every month spelling as one regular expression shaped like a trie ("ma(?:r(?:ch|s|zo)?|y|i)…"):
     * a flat alternation of some 650 names was tried name by name at every word start; branching on
     * each letter in turn reads a word once. Optional tails are greedy, so the longest spelling wins.
     * Text is lower-cased by {@link DateSpelling#normalize} before matching, so the patterns need no case folding.
     */
    static final String MONTH_ALTERNATION = trie(new TreeSet<>(MonthNames.allSpellings()), 0);

    /**
     * The words set between a day and its month: Spanish and Portuguese "de", Catalan "d'", English
     * "of", Papiamento and Friulian "di" ("14 di yüli 2026"), Romansh "da" ("12 da zercladur 2026"), Breton "a viz" ("4 a
     * viz Kerzu 2026", "of the month"), Maltese "ta'" ("3 ta' Frar 2022"), Hausa "ga" ("3 ga Disamba, 2026", "the 3rd of December"), or a hyphen or a
     * slash, the separators of a numeric date kept around a month's name ("05-Dec-2026", "السبت 05/ديسمبر/2026 - 12:41 م", as
     * Egyptian portals print it).
     */
    private static final String DAY_MONTH_JOINER = "(?:de\\s+|di\\s+|da\\s+|a\\s+viz\\s+|d['’]\\s*|of\\s+|ta['’]\\s*|ga\\s+|-|/|ខែ\\s*|ເດືອນ\\s*)";

    /**
     * "27 March 2024", "the 27th of March 2024", "1er avril 2024", "17 de octubre del 2025", "27 آذار 2024", "27 mars (آذار) 2024", "10 กุมภาพันธ์ พ.ศ. 2566";
     * Friulian sets "dal" before the year ("ai 9 di Novembar dal 2026"). Turkmen writes the day as an ordinal, its suffix after a hyphen: "30-njy noýabr 2026", "5-nji dekabr 2026";
     * Sorani joins the day to its month by the izafe "ی" ("٦ی کانوونی یەکەمی ٢٠٢٦", normalized "ي"); Yiddish writes the day
     * as an ordinal, its ending glued to the figure ("דעם 3טן דעצעמבער 2026", "28סטן" from twenty on).
     */
    static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:er|st|nd|rd|th|\\.|º|-nj[iy]|ي|ס?טן|ס?טער|['’]?y?ê)?\\s*" + DAY_MONTH_JOINER + "?(" + MONTH_ALTERNATION + ")\\.?"
                    + "(?:\\s*[/(]\\s*(?:" + MONTH_ALTERNATION + ")\\s*\\)?)?\\s*[,،]?\\s*(?:del?\\s+|dal\\s+|-|/|พ\\.ศ\\.\\s*|ឆ្នាំ\\s*|ປີ\\s*)?(\\d{4})(?!\\d)");

    /**
     * "March 27, 2024", "Mar. 27th 2024": a word or two before the day and year, a date when the word
     * (or the pair, "كانون الثاني") is a month's name. Matching any word and then looking it up costs one
     * pass over the text; trying every month's name at every word's start cost ten times more.
     */
    private static final Pattern WORD_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]?\\s+(\\d{4})(?!\\d)");

    /**
     * How far back a month's name is sought through typed apostrophes ({@link #apostropheNameStart}): Navajo's longest
     * month and a word before it.
     */
    private static final int MAX_APOSTROPHE_NAME_CHARS = 40;

    /**
     * Year first, then the month's name and the day, as Hungarian ("2023. február 10."), Lithuanian
     * ("2023 m. vasario 10 d."), Sakha ("2026 с. ахсынньы 1 күнэ") and Basque ("2022ko otsailaren 3a") write them: the
     * year closed by a dot, "m." or "с." (year) or Basque's "-ko"/"-eko".
     */
    static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:\\.|\\s+m\\.|\\s+с\\.|e?ko)\\s*(" + MONTH_ALTERNATION + ")\\.?\\s+(\\d{1,2})(?!\\d)");

    /**
     * {@link #YEAR_MONTH_DAY} with the year closed by a space only, as Sinhala ("2024 මාර්තු 27"), Nepali
     * ("२०२४ मार्च २७", as it writes its own calendar's dates) and Burmese without its year word ("၂၀၂၆ ဒီဇင်ဘာ ၂") set dates: read on those languages' pages
     * ({@link #YEAR_SPACE_MONTH_DAY_LANGUAGES}).
     */
    static final Pattern YEAR_SPACE_MONTH_DAY = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:\\.|\\s+m\\.|\\s+с\\.|e?ko)?\\s*(" + MONTH_ALTERNATION + ")\\.?\\s+(\\d{1,2})(?!\\d)");

    /** The languages that write a year first and closed by a space only ({@link #YEAR_SPACE_MONTH_DAY}). */
    private static final java.util.Set<String> YEAR_SPACE_MONTH_DAY_LANGUAGES = java.util.Set.of("si", "ne", "my");

    /**
     * A day and a month's name with no year after them ("Mittwoch, 5. März, 14:30 Uhr", "5 mars à 14h30",
     * "LONDON, March 5 (Reuters)"), day first: a date only once a year is known from elsewhere. A number
     * run into a time or a numeric date ("14:30", "05.03") is no day.
     */
    static final Pattern YEARLESS_DAY_MONTH = Pattern.compile(
            "(?<![\\d.:/])(\\d{1,2})(?:er|st|nd|rd|th|\\.|º)?\\s*(?:de\\s+|d['’]\\s*|of\\s+|ta['’]\\s*)?(" + MONTH_ALTERNATION + ")(?![\\p{L}])");

    /** {@link #YEARLESS_DAY_MONTH} month first: "March 5", "Mar. 5th"; not a month and a clock time ("May 14:30"). */
    static final Pattern YEARLESS_MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH_ALTERNATION + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.])");

    /**
     * {@link #YEARLESS_MONTH_DAY} as Hungarian writes it, the day closed by a dot: "márc. 27.", "március 27., 14:30";
     * read on pages whose language writes dates year first ({@link DateLanguage#yearFirst}).
     */
    static final Pattern YEARLESS_MONTH_DOTTED_DAY = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH_ALTERNATION + ")\\.?\\s+(\\d{1,2})\\.(?![\\d\\p{L}])");

    /** A Chinese, Japanese or Korean day and month without a year: "3月5日", "3월 5일". */
    private static final Pattern YEARLESS_CJK = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

    /** Japanese month/day with the weekday's character in brackets after it: "3/5(水)", "3/5（水）". */
    private static final Pattern YEARLESS_JAPANESE_SLASHED = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})/(\\d{1,2})\\s*[(（][月火水木金土日][)）]");

    /**
     * The words for "year" that follow the year in dates written year, day, month: Latvian "gada"
     * ("2022. gada 3. februārī"), Kazakh "жылғы", "жылы" and "ж." ("2024 жылғы 9 шілде"), Tatar "елның" and Bashkir
     * "йылдың" ("of the year": "2026 елның 4 декабре"), and Uyghur "يىلى" and Kazakh "جىلى" in Arabic script after a
     * hyphen ("2026-يىلى 4-دېكابىر").
     */
    private static final List<String> YEAR_WORDS_BEFORE_DAY = List.of("gada", "жылғы", "жылы", "ж.", "елның", "йылдың", "يىلى", "جىلى");

    /** A year, its word ({@link #YEAR_WORDS_BEFORE_DAY}), then the day and the month's name, perhaps after a hyphen. */
    private static final Pattern YEAR_WORD_DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{4})\\.?-?\\s*(?:gada|жылғы|жылы|ж\\.|елның|йылдың|يىلى|جىلى)\\s+(\\d{1,2})\\.?-?\\s*(" + MONTH_ALTERNATION
                    + ")(?![\\p{L}])");

    /**
     * Uyghur and Kazakh in Arabic script, which number their months: the year, the month and the day each with its word
     * after a hyphen, "2026-يىلى 12-ئاينىڭ 3-كۈنى" (year, of the month, day), Kazakh "2026-جىلى 12-ايدىڭ 2-كۇنى", the words
     * also without their endings ("2026-يىل 12-ئاي 3-كۈن").
     */
    private static final Pattern TURKIC_ARABIC_NUMBERED = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*-?\\s*(?:يىلى|يىل|جىلى|جىل)\\s+(\\d{1,2})\\s*-?\\s*(?:ئاينىڭ|ئاي|ايدىڭ|اي)\\s+(\\d{1,2})(?!\\d)");

    /**
     * Tibetan, which numbers its months: "ཕྱི་ལོ་༢༠༢༦ ཟླ་༡༢ ཚེས་༥" ("Western year 2026, month 12, day 5"; the digits made ASCII
     * by then), the syllables parted by the tsheg, perhaps with "ལོའི" (of the year), "ཟླ་བ" (month) and the ordinal "པ" or
     * "པའི". The Tibetan calendar's own dates name its months by season, never "ཕྱི་ལོ" with a four-digit year.
     */
    private static final Pattern TIBETAN = Pattern.compile(
            "(?<!\\d)(\\d{4})[\u0F0B\\s]*(?:ལོའི[\u0F0B\\s]*)?ཟླ[\u0F0B\\s]*(?:བ[\u0F0B\\s]*)?(\\d{1,2})[\u0F0B\\s]*(?:པའི[\u0F0B\\s]*|པ[\u0F0B\\s]*)?"
                    + "ཚེས[\u0F0B\\s]*(\\d{1,2})(?!\\d)");

    /** Vietnamese, which numbers its months: "10 tháng 2, 2023", "ngày 10 tháng 2 năm 2023". */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:,|năm)\\s*(\\d{4})(?!\\d)");

    /** Mongolian, which numbers its months: "2026 оны 12 сарын 03", "2026 оны 12-р сарын 3" (the year's, the month's, the day). */
    private static final Pattern MONGOLIAN = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*оны\\s+(\\d{1,2})(?:\\s*-?\\s*р)?\\s*сарын\\s+(\\d{1,2})(?!\\d)");

    /**
     * A year-first date that numbers its month (its groups the year, the month's number and the day), sought only where
     * one of its words stands after the text's start.
     */
    private record NumberedMonths(Pattern pattern, List<String> keys) {
    }

    /** The languages that number their months, each pattern with its words: Mongolian, Uyghur and Kazakh in Arabic script, Tibetan. */
    private static final List<NumberedMonths> NUMBERED_MONTHS = List.of(new NumberedMonths(MONGOLIAN, List.of("сарын")),
            new NumberedMonths(TURKIC_ARABIC_NUMBERED, List.of("يىل", "جىل")), new NumberedMonths(TIBETAN, List.of("ཟླ")));

    /**
     * Burmese, the year and its word "ခုနှစ်" first, then the month's name and the day, perhaps with "လ" (month):
     * "၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာ ၂ ရက်" (its digits made ASCII and its comma "၊" a comma by then).
     */
    private static final Pattern BURMESE_YEAR_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*ခုနှစ်\\s*,?\\s*(" + MONTH_ALTERNATION + ")(?:\\s*လ)?\\s*(\\d{1,2})(?!\\d)");

    /** Clock time following a textual date, with an explicit zone: "10:15 GMT", "10:15 +0300". */
    private static final Pattern TIME_WITH_ZONE = Pattern.compile(
            "^[\\s,]*(?:at\\s+|à\\s+|-\\s+)?(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[ECMP][SD]T)(?![a-z])",
            Pattern.CASE_INSENSITIVE);

    /** C and Java's default timestamp: "Mon Aug 03 12:45:00 EDT 2015" (time and zone between day and year). */
    private static final Pattern CTIME = Pattern.compile(
            "(?<![\\p{L}])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s+([a-z]{3,4})?\\s*(\\d{4})(?!\\d)");

    /** North American zone abbreviations (the ones such timestamps carry); others leave only the day certain. */
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6),
            Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7));

    /** Chinese, Japanese and Korean dates: 2019年4月13日, 2024년 3월 27일. */
    private static final Pattern CJK_DATE = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");

    /**
     * An ISO 8601 week date with its weekday, extended or basic ("2026-W49-3", "2026W493": the Wednesday of week 49), as
     * a {@code <time datetime>} may state a day where a page names it by its week ("onsdag vecka 49"). A week without its
     * day ("2026-W49") names seven days, and no day of them.
     */
    private static final Pattern ISO_WEEK_DAY = Pattern.compile("((?:19|20)\\d{2})-?W(0[1-9]|[1-4]\\d|5[0-3])-?([1-7])");

    /** Characters of the longest {@link #ISO_WEEK_DAY}, "2026-W49-3". */
    private static final int ISO_WEEK_DAY_CHARS = 10;

    /** The year-month-day of an ISO week date that is the whole text ({@link #ISO_WEEK_DAY}); null when it is none, or no such day is. */
    private static String isoWeekDay(String s) {
        if (s.length() > ISO_WEEK_DAY_CHARS || s.length() < ISO_WEEK_DAY_CHARS - 2 || s.indexOf('W') < 4) {
            return null; // most dates hold no week's W where a month would stand
        }
        Matcher m = ISO_WEEK_DAY.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        java.time.LocalDate day = java.time.LocalDate.of(year, 1, 4) // the 4th of January is in week 1 of its year
                .plusWeeks(week - 1L).with(java.time.temporal.ChronoField.DAY_OF_WEEK, Integer.parseInt(m.group(3)));
        // week 53 of a year of 52 weeks is the next year's first week: no such day
        return day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) == year ? day.toString() : null;
    }

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** A stated time written as Unix epoch seconds (ten digits) or milliseconds (thirteen). */
    private static final Pattern EPOCH_DIGITS = Pattern.compile("\\d{10}|\\d{13}");

    private DateParser() {
    }

    /** A date from markup (ISO-8601, RFC 1123, or a textual form); null when none is recognised. */
    public static String parse(String raw) {
        return parse(raw, DateLanguage.UNKNOWN);
    }

    /** {@link #parse(String)} on a page in the given language. */
    public static String parse(String raw, DateLanguage language) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = toAsciiDigits(raw.trim());
        if (s.length() > 200) {
            s = s.substring(0, 200);
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            String out = fromIso(iso, language);
            if (out != null) {
                return out;
            }
        }
        String weekDay = isoWeekDay(s);
        if (weekDay != null) {
            return parse(weekDay, language);
        }
        if (s.length() == COMPACT_STAMP_DIGITS && allAsciiDigits(s)) {
            s = s.substring(0, 8) + "T" + s.substring(8); // "20220203143000": a compact stamp, the basic format without its T
        }
        Matcher basic = ISO_BASIC.matcher(s);
        if (basic.matches()) { // ISO 8601's basic format, without separators: 20240327T101500Z
            Matcher extended = ISO.matcher(basic.group(1) + "-" + basic.group(2) + "-" + basic.group(3)
                    + (basic.group(4) == null ? "" : "T" + basic.group(4) + ":" + basic.group(5) + ":"
                    + (basic.group(6) == null ? "00" : basic.group(6)) + (basic.group(7) == null ? "" : basic.group(7))));
            String out = extended.matches() ? fromIso(extended, language) : null;
            if (out != null) {
                return out;
            }
        }
        String textual = parseText(s, language);
        if (textual != null) {
            return textual;
        }
        if (EPOCH_DIGITS.matcher(s).matches()) { // epoch seconds or milliseconds
            long v = Long.parseLong(s);
            OffsetDateTime t = java.time.Instant.ofEpochMilli(s.length() == 10 ? v * 1000 : v).atOffset(ZoneOffset.UTC);
            return t.getYear() >= MIN_YEAR && t.getYear() <= MAX_YEAR ? t.format(WITH_OFFSET) : null;
        }
        return null;
    }

    /** The first date written in prose ("Published 27 March 2024"); null when none. */
    public static String parseText(String text) {
        return parseText(text, DateLanguage.UNKNOWN);
    }

    /** {@link #parseText(String)} on a page in the given language. */
    public static String parseText(String text, DateLanguage language) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = toAsciiDigits(text);
        if (digits.indexOf('年') >= 0) { // only CJK dates write 年 ("year"): the era forms have no four-digit year
            digits = withChineseNumeralDate(digits);
            String era = eraDate(digits);
            if (era != null) {
                return era;
            }
        }
        if (!hasYearLikeNumber(digits)) {
            String hebrew = hebrewCalendarDate(digits);
            if (hebrew != null) {
                return hebrew;
            }
            String thai = hasThaiLetter(digits) ? thaiShortYearDate(DateSpelling.normalize(digits)) : null;
            String minguo = thai == null && mayHoldMinguoDate(digits) && "zh".equals(language.language()) ? minguoNumericDate(digits) : null;
            String apostrophed = thai == null && minguo == null ? apostropheYearDate(digits, language) : null;
            return thai != null ? thai : minguo != null ? minguo : apostrophed != null ? apostrophed
                    : twoDigitYearDate(digits, language); // most text has no four-digit year, and is no date at all
        }
        String s = DateSpelling.normalize(digits);
        // the month patterns' matchers are made only where a month's name may follow a number: each holds thousands of slots
        Matcher m = mayHoldMonthAfterNumber(s, 1, 2) ? DAY_MONTH_YEAR.matcher(s) : null;
        int dmy = m != null && m.find() ? m.start() : Integer.MAX_VALUE;
        MonthFirst n = monthDayYear(s, language);
        int mdy = n != null ? n.start() : Integer.MAX_VALUE;
        Matcher ym = mayHoldMonthAfterNumber(s, 4, 4) ? yearMonthDay(s, language) : null;
        int ymd = ym != null ? ym.start() : Integer.MAX_VALUE;
        if (dmy != Integer.MAX_VALUE && dmy <= mdy && dmy <= ymd) {
            Integer solarMonth = SOLAR_HIJRI_MONTHS.get(m.group(2));
            if (solarMonth != null) {
                return withTime(solarHijri(m.group(3), solarMonth, m.group(1)), s, m.end());
            }
            return withTime(day(commonEra(m.group(3), m.group(2), language), month(m.group(2), language), m.group(1)),
                    s, m.end());
        }
        if (n != null && mdy <= ymd) {
            return withTime(n.date(), s, n.end());
        }
        if (ymd != Integer.MAX_VALUE) {
            return withTime(day(ym.group(1), month(ym.group(2), language), ym.group(3)), s, ym.end());
        }
        if (YEAR_WORDS_BEFORE_DAY.stream().anyMatch(s::contains)) {
            Matcher lv = YEAR_WORD_DAY_MONTH.matcher(s);
            if (lv.find()) {
                return withTime(day(lv.group(1), month(lv.group(3), language), lv.group(2)), s, lv.end());
            }
        }
        Matcher vi = VIETNAMESE.matcher(s);
        if (vi.find()) {
            return withTime(day(vi.group(3), Integer.parseInt(vi.group(2)), vi.group(1)), s, vi.end());
        }
        for (NumberedMonths numbered : NUMBERED_MONTHS) {
            if (numbered.keys().stream().anyMatch(key -> s.indexOf(key) > 0)) {
                Matcher nm = numbered.pattern().matcher(s);
                if (nm.find()) {
                    return withTime(day(nm.group(1), Integer.parseInt(nm.group(2)), nm.group(3)), s, nm.end());
                }
            }
        }
        if (s.indexOf("ခုနှစ်") > 0) {
            Matcher my = BURMESE_YEAR_FIRST.matcher(s);
            if (my.find()) {
                return withTime(day(my.group(1), month(my.group(2), language), my.group(3)), s, my.end());
            }
        }
        if (mayHoldEthiopianMonth(s) && language.language() != null && ETHIOPIAN_CALENDAR_LANGUAGES.contains(language.language())) {
            Matcher et = ETHIOPIAN_DATE.matcher(s);
            if (et.find()) {
                int year = Integer.parseInt(et.group(3));
                String date = year > LATEST_ETHIOPIAN_YEAR
                        ? ("ti".equals(language.language()) ? iso(day(et.group(3), ERITREAN_GREGORIAN_MONTHS.get(et.group(1)), et.group(2))) : null)
                        : ethiopian(year, ETHIOPIAN_MONTHS.get(et.group(1)), Integer.parseInt(et.group(2)));
                if (date != null) {
                    return date;
                }
            }
        }
        Matcher cjk = CJK_DATE.matcher(s);
        if (cjk.find()) {
            return iso(day(cjk.group(1), Integer.parseInt(cjk.group(2)), cjk.group(3)));
        }
        Matcher y = YMD.matcher(s);
        boolean ymdFound = y.find();
        while (ymdFound && isLunarHijriYear(Integer.parseInt(y.group(1)), text, language)) {
            ymdFound = y.find(); // the lunar Hijri date Arab pages print beside the Gregorian one ("1446/09/05 هـ - 2025/03/05 م")
        }
        if (ymdFound) {
            int year = Integer.parseInt(y.group(1));
            if (isSolarHijriYear(year, text, language)) {
                if (lunarHijriMark(s, y.end())) {
                    return null; // the lunar Hijri calendar's date, which Iranian pages print beside the solar one
                }
                return withTime(solarHijri(y.group(1), Integer.parseInt(y.group(3)), y.group(4)), s, y.end());
            }
            return withTime(day(commonEra(y.group(1), "", language), Integer.parseInt(y.group(3)), y.group(4)), s, y.end());
        }
        Matcher c = CTIME.matcher(s);
        if (c.find()) {
            return ctime(c);
        }
        Matcher d = DMY.matcher(s);
        boolean dmyFound = d.find() && !isLunarHijriYear(Integer.parseInt(d.group(3)), text, language); // "17/09/1445 هـ": below
        String roman = romanMonthDate(digits, dmyFound ? d.start() : s.length());
        if (roman != null) {
            return roman;
        }
        if (dmyFound) {
            int a = Integer.parseInt(d.group(1));
            int b = Integer.parseInt(d.group(2));
            // a day and month of one number read alike either way: the page's language is not asked (DateLanguage.deferred)
            boolean monthFirst = b > 12 || a <= 12 && a != b && (d.group(0).indexOf('.') < 0 && language.monthFirst()
                    || forumClockAfter(d.group(0), s, d.end()) && language.englishWithoutRegion());
            String year = commonEra(d.group(3), "", language);
            if (a <= 12 && b <= 12 && a != b) { // either reading is a day: a weekday named before it tells which
                DayOfWeek named = Weekdays.namedBefore(s, d.start(), language);
                LocalDate dayFirst = day(year, b, d.group(1));
                LocalDate monthFirstDay = day(year, a, d.group(2));
                if (named != null && dayFirst != null && monthFirstDay != null
                        && (dayFirst.getDayOfWeek() == named) != (monthFirstDay.getDayOfWeek() == named)) {
                    monthFirst = monthFirstDay.getDayOfWeek() == named;
                }
            }
            return withTime(monthFirst ? day(year, a, d.group(2)) : day(year, b, d.group(1)), s, d.end());
        }
        if (!holdsCharIn(s, '\u0900', '\u097F') && !holdsCharIn(s, '\u0600', '\u06FF')) {
            // neither Bikram Sambat's script nor the Hijri calendars' (Devanagari, Arabic): the page's language is not asked
            return holdsCharIn(s, '\u0590', '\u05FF') ? hebrewCalendarDate(s) : null;
        }
        return language.language() != null && BIKRAM_SAMBAT_LANGUAGES.contains(language.language()) ? bikramSambatDate(s)
                : otherCalendarDate(s, language);
    }

    /**
     * The first year-month-day date of {@code s} as the page's language writes it ({@link #yearSpaced}), found; null when
     * none. Every match of {@link #YEAR_MONTH_DAY} is one of {@link #YEAR_SPACE_MONTH_DAY}, which only lets the year's
     * closer out, so the latter is tried first: where it finds nothing neither pattern does, and the page's language is not
     * asked ({@link DateLanguage#deferred}).
     */
    private static Matcher yearMonthDay(String s, DateLanguage language) {
        Matcher spaced = YEAR_SPACE_MONTH_DAY.matcher(s);
        if (!spaced.find()) {
            return null;
        }
        if (yearSpaced(language)) {
            return spaced;
        }
        Matcher closed = YEAR_MONTH_DAY.matcher(s);
        return closed.find() ? closed : null;
    }

    /** True when the page's language writes a year, a space, then the month's name ({@link #YEAR_SPACE_MONTH_DAY_LANGUAGES}). */
    private static boolean yearSpaced(DateLanguage language) {
        return language.language() != null && YEAR_SPACE_MONTH_DAY_LANGUAGES.contains(language.language());
    }

    /**
     * A date in a calendar other than the Gregorian, read only where the text holds no Gregorian date
     * (pages print one beside the other, and the Gregorian is then the one read): the lunar Hijri
     * calendar's, by name or marked "هـ", converted by the Umm al-Qura reckoning
     * ({@link HijrahChronology}), and on Persian and Pashto pages the Solar Hijri calendar's by its
     * Afghan month names, tried on text in the Arabic script; on other text the Hebrew calendar's. Null when none.
     */
    private static String otherCalendarDate(String s, DateLanguage language) {
        if (!holdsCharIn(s, '\u0600', '\u06FF')) {
            return hebrewCalendarDate(s);
        }
        if (language.language() == null || AFGHAN_SOLAR_HIJRI_LANGUAGES.contains(language.language())) {
            Matcher af = AFGHAN_SOLAR_HIJRI_DATE.matcher(s);
            if (af.find()) {
                return withTime(solarHijri(af.group(3), AFGHAN_SOLAR_HIJRI_MONTHS.get(af.group(2)), af.group(1)), s, af.end());
            }
            Matcher ps = PASHTO_SOLAR_HIJRI_YEAR_FIRST.matcher(s);
            if (ps.find()) {
                return withTime(solarHijri(ps.group(1), AFGHAN_SOLAR_HIJRI_MONTHS.get(ps.group(2)), ps.group(3)), s, ps.end());
            }
        }
        Matcher named = LUNAR_HIJRI_DATE.matcher(s);
        if (named.find()) {
            return withTime(lunarHijri(named.group(3), LUNAR_HIJRI_MONTHS.get(named.group(2)), named.group(1)), s, named.end());
        }
        Matcher numeric = LUNAR_HIJRI_NUMERIC.matcher(s);
        if (numeric.find()) {
            boolean yearFirst = numeric.group(1) != null;
            return iso(yearFirst ? lunarHijri(numeric.group(1), Integer.parseInt(numeric.group(3)), numeric.group(4))
                    : lunarHijri(numeric.group(8), Integer.parseInt(numeric.group(7)), numeric.group(5)));
        }
        return null;
    }

    /**
     * A Hebrew-calendar date ({@link HebrewCalendar}: "כ"ג בכסלו תשפ"ז") as the Gregorian day, with the time after it;
     * read, as the other calendars' dates are, only where the text holds no Gregorian date. Null when none.
     */
    private static String hebrewCalendarDate(String s) {
        HebrewCalendar.Found found = HebrewCalendar.find(s);
        return found == null ? null : withTime(found.date(), s, found.end());
    }

    /** A regular-expression alternation of the given literal spellings, longest first. */
    static String alternation(java.util.Collection<String> spellings) {
        StringJoiner out = new StringJoiner("|");
        spellings.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x))
                .forEach(x -> out.add(Pattern.quote(x)));
        return out.toString();
    }

    /** A month-first date found in text: where its month's name starts, the day, and where it ends. */
    private record MonthFirst(int start, LocalDate date, int end) {
    }

    /**
     * The first "Month day, year" ({@link #WORD_DAY_YEAR}) whose word is a month's name: the pair of
     * words, else the one just before the day ("on March 27, 2024"); null when none.
     */
    private static MonthFirst monthDayYear(String s, DateLanguage language) {
        Matcher n = WORD_DAY_YEAR.matcher(s);
        int from = 0;
        while (from < s.length() && n.find(from)) {
            String words = n.group(1);
            int nameStart = n.start(1);
            Integer month = month(words, language);
            int space = words.indexOf(' ');
            if (month == null && space > 0) {
                month = month(words.substring(space + 1), language);
                nameStart += space + 1;
            }
            int throughApostrophe = month == null ? apostropheNameStart(s, n.start(1)) : -1;
            if (throughApostrophe >= 0) {
                String name = s.substring(throughApostrophe, n.end(1));
                int blank = name.indexOf(' ');
                month = month(name, language);
                nameStart = throughApostrophe;
                if (month == null && blank > 0) {
                    month = month(name.substring(blank + 1), language);
                    nameStart += blank + 1;
                }
            }
            if (month != null) {
                return new MonthFirst(nameStart, day(n.group(3), month, n.group(2)), n.end());
            }
            from = n.start() + 1;
        }
        return null;
    }

    /**
     * Where a month's name holding a typed apostrophe starts, when the word {@link #WORD_DAY_YEAR} found follows one
     * ("ees" of "Yas Niłt'ees 12, 2027", Navajo's glottal stop typed as an apostrophe): the text is walked back over
     * letters, apostrophes between letters and one blank, for at most {@link #MAX_APOSTROPHE_NAME_CHARS} characters;
     * -1 when no apostrophe between letters precedes the word. Walked by hand: a pattern repeating a group per
     * apostrophe overflowed the stack on a run of thousands, and tried again from each one.
     */
    private static int apostropheNameStart(String s, int wordStart) {
        if (wordStart < 2 || !isTypedApostrophe(s.charAt(wordStart - 1)) || !isLetterOrMark(s.charAt(wordStart - 2))) {
            return -1;
        }
        int limit = Math.max(0, wordStart - MAX_APOSTROPHE_NAME_CHARS);
        int start = wordStart - 1;
        boolean blank = false;
        while (start - 1 >= limit) {
            char c = s.charAt(start - 1);
            boolean letterBefore = start - 2 >= limit && isLetterOrMark(s.charAt(start - 2));
            if (isLetterOrMark(c) || (isTypedApostrophe(c) || c == ' ' && !blank) && letterBefore) {
                blank |= c == ' ';
                start--;
            } else {
                break;
            }
        }
        return isLetterOrMark(s.charAt(start)) ? start : start + 1;
    }

    /** The typewriter's apostrophe and the typographer's, as a glottal stop is typed inside a word. */
    private static boolean isTypedApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isLetterOrMark(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when the text has a character from {@code first} to {@code last}, both included. */
    static boolean holdsCharIn(String text, char first, char last) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= first && c <= last) {
                return true;
            }
        }
        return false;
    }

    /** Digits of a compact date-and-time stamp, yyyyMMddHHmmss, as some portals' meta tags give it. */
    private static final int COMPACT_STAMP_DIGITS = 14;

    private static boolean allAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s, i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiDigit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isAsciiDigit(s, i)) {
            i++;
        }
        return i;
    }

    private static boolean hasYearLikeNumber(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first day and month written without a year ({@link #YEARLESS_DAY_MONTH}, {@link #YEARLESS_MONTH_DAY};
     * the CJK and Japanese forms, {@link #YEARLESS_CJK} and {@link #YEARLESS_JAPANESE_SLASHED}, before them);
     * null when none. The caller supplies the year, from a dated path or a full date beside it.
     */
    public static MonthDay yearless(String text, DateLanguage language) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = DateSpelling.normalize(toAsciiDigits(text));
        for (Pattern monthFirst : new Pattern[]{YEARLESS_CJK, YEARLESS_JAPANESE_SLASHED}) {
            Matcher m = monthFirst.matcher(s);
            if (m.find()) {
                return monthDay(Integer.parseInt(m.group(1)), m.group(2));
            }
        }
        // the month patterns' matchers are made only where a day may stand before a month's name or after one
        Matcher dm = mayHoldMonthAfterNumber(s, 1, 2) ? YEARLESS_DAY_MONTH.matcher(s) : null;
        Matcher md = mayHoldDayAfterBlank(s) ? YEARLESS_MONTH_DAY.matcher(s) : null;
        boolean dayFirst = dm != null && dm.find();
        boolean monthFirst = md != null && md.find();
        if (dayFirst && (!monthFirst || dm.start() <= md.start())) {
            return monthDay(month(dm.group(2), language), dm.group(1));
        }
        if (monthFirst) {
            return monthDay(month(md.group(1), language), md.group(2));
        }
        Matcher dotted = mayHoldDottedDay(s) && language.yearFirst() ? YEARLESS_MONTH_DOTTED_DAY.matcher(s) : null;
        return dotted != null && dotted.find() ? monthDay(month(dotted.group(1), language), dotted.group(2)) : null;
    }

    /**
     * False when {@code s} holds no day as {@link #YEARLESS_MONTH_DOTTED_DAY} closes it: a blank, one or two ASCII digits,
     * and a full stop with no ASCII digit or letter after it. Every match holds one, so where none stands the pattern
     * cannot match, and the page's language, which the pattern is tried on ({@link DateLanguage#yearFirst}), is not asked
     * ({@link DateLanguage#deferred}); most dotted texts ("3.5.", "v2.1", a sentence's full stop) are refused here.
     */
    static boolean mayHoldDottedDay(String s) {
        for (int dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            if (dot + 1 < s.length() && (isAsciiDigit(s.charAt(dot + 1)) || Character.isLetter(s.charAt(dot + 1)))) {
                continue;
            }
            int k = dot;
            while (k > 0 && dot - k < 3 && isAsciiDigit(s.charAt(k - 1))) {
                k--;
            }
            if (dot - k >= 1 && dot - k <= 2 && k > 0 && (Character.isWhitespace(s.charAt(k - 1)) || Character.isSpaceChar(s.charAt(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when {@code s} holds no day as {@link #YEARLESS_MONTH_DAY} reads one after a month's name: a blank, then a run
     * of one or two ASCII digits that no colon or full stop follows (an ordinal's "st", "nd", "rd" or "th" may, which the
     * pattern lets stand before its end). Every match holds one; times ("10:15"), numeric dates and years are refused
     * without a matcher.
     */
    static boolean mayHoldDayAfterBlank(String s) {
        int length = s.length();
        for (int i = 1; i < length; i++) {
            if (!isAsciiDigit(s.charAt(i)) || !(Character.isWhitespace(s.charAt(i - 1)) || Character.isSpaceChar(s.charAt(i - 1)))) {
                continue;
            }
            int end = digitsEnd(s, i);
            if (end - i <= 2 && !(end < length && (s.charAt(end) == ':' || s.charAt(end) == '.'))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    private static MonthDay monthDay(Integer month, String day) {
        try {
            return month == null ? null : MonthDay.of(month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException bad) {
            return null;
        }
    }

    private static String fromIso(Matcher m, DateLanguage language) {
        // a Thai page's machine dates may count Buddhist-era years, as a Thai locale formats them ("2565-02-03")
        LocalDate date = day(commonEra(m.group(1), "", language), Integer.parseInt(m.group(2)), m.group(3));
        if (date == null) {
            return null;
        }
        if (m.group(4) == null || m.group(7) == null) {
            return iso(date); // no time, or a time without zone: only the day is certain
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return withOffset(date, time, offset(m.group(7)));
        } catch (DateTimeException bad) {
            return iso(date);
        }
    }

    static String withTime(LocalDate date, String s, int end) {
        if (date == null) {
            return null;
        }
        Matcher t = TIME_WITH_ZONE.matcher(s.substring(end, Math.min(s.length(), end + 40)));
        if (!t.find()) {
            return iso(date);
        }
        try {
            int hour = Integer.parseInt(t.group(1));
            String ampm = t.group(4) == null ? "" : t.group(4).toLowerCase(Locale.ROOT);
            if (ampm.startsWith("p") && hour < 12) {
                hour += 12;
            } else if (ampm.startsWith("a") && hour == 12) {
                hour = 0;
            }
            LocalTime time = LocalTime.of(hour, Integer.parseInt(t.group(2)), t.group(3) == null ? 0 : Integer.parseInt(t.group(3)));
            return withOffset(date, time, offset(t.group(5)));
        } catch (DateTimeException bad) {
            return iso(date);
        }
    }

    private static String ctime(Matcher c) {
        LocalDate date = day(c.group(7), MONTHS.get(c.group(1)), c.group(2));
        Integer zoneHours = c.group(6) == null ? null : ZONE_HOURS.get(c.group(6));
        if (date == null || zoneHours == null) {
            return iso(date);
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(c.group(3)), Integer.parseInt(c.group(4)),
                    c.group(5) == null ? 0 : Integer.parseInt(c.group(5)));
            return withOffset(date, time, ZoneOffset.ofHours(zoneHours));
        } catch (DateTimeException bad) {
            return iso(date);
        }
    }

    private static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        Integer named = ZONE_HOURS.get(z.toLowerCase(Locale.ROOT));
        if (named != null) {
            return ZoneOffset.ofHours(named);
        }
        String digits = z.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /**
     * The month a normalized name spells: in the page's own language when it has the spelling (Croatian
     * "listopada" is October), else as {@link MonthNames#byNormalizedName} reads it for any page.
     */
    static Integer month(String name, DateLanguage language) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!LANGUAGE_DEPENDENT_MONTHS.contains(key)) {
            return MONTHS.get(key); // no language reads this spelling as another month: the page's language is not asked
        }
        Integer own = MonthNames.ofLanguage(language.language()).get(key);
        return own != null ? own : MONTHS.get(key);
    }

    static LocalDate day(String year, Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < MIN_YEAR || y > MAX_YEAR) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException bad) {
            return null;
        }
    }

    /**
     * {@code OffsetDateTime.of(date, time, offset).format(WITH_OFFSET)}, written from the fields for a year of four
     * digits and an offset of whole minutes (every date the parser gives): a formatter's print is a good part of a
     * stated date's parse, asked several times a page.
     */
    static String withOffset(LocalDate date, LocalTime time, ZoneOffset offset) {
        int year = date.getYear();
        int offsetSeconds = offset.getTotalSeconds();
        if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
            return OffsetDateTime.of(date, time, offset).format(WITH_OFFSET);
        }
        StringBuilder out = new StringBuilder(25);
        twoDigits(twoDigits(out, year / 100), year % 100).append('-');
        twoDigits(out, date.getMonthValue()).append('-');
        twoDigits(out, date.getDayOfMonth()).append('T');
        twoDigits(out, time.getHour()).append(':');
        twoDigits(out, time.getMinute()).append(':');
        twoDigits(out, time.getSecond());
        if (offsetSeconds == 0) {
            return out.append('Z').toString();
        }
        int minutes = Math.abs(offsetSeconds) / 60;
        out.append(offsetSeconds < 0 ? '-' : '+');
        twoDigits(out, minutes / 60).append(':');
        return twoDigits(out, minutes % 60).toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int n) {
        return out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * A regular expression matching exactly the given words (all of them {@code depth} characters or
     * longer, sharing their first {@code depth}), branching on one character at a time.
     */
    static String trie(SortedSet<String> words, int depth) {
        boolean endsHere = false;
        Map<Character, SortedSet<String>> next = new TreeMap<>();
        for (String w : words) {
            if (w.length() == depth) {
                endsHere = true;
            } else {
                next.computeIfAbsent(w.charAt(depth), c -> new TreeSet<>()).add(w);
            }
        }
        if (next.isEmpty()) {
            return "";
        }
        StringJoiner branches = new StringJoiner("|", "(?:", ")" + (endsHere ? "?" : ""));
        next.forEach((c, rest) -> branches.add(Pattern.quote(String.valueOf(c)) + trie(rest, depth + 1)));
        return branches.toString();
    }
}
