package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.WebAddress;

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
 */
public final class DateParser {

    /** Years outside this range are typos or placeholders, not publication dates. */
    private static final int MIN_YEAR = 1995;
    private static final int MAX_YEAR = 2100;

    /** A two-digit year at or above this is in the 1900s ("3.2.98"), below it in the 2000s ("25.04.24"). */
    private static final int TWO_DIGIT_YEAR_PIVOT = 70;

    /** Thai dates count years in the Buddhist era, this many ahead of the common era (2566 is 2023). */
    private static final int BUDDHIST_ERA_OFFSET = 543;

    /**
     * Languages whose pages may count years in the Buddhist era: Thai, and Lao, whose papers date in either era
     * ("05 ທັນວາ 2569", "04/12/2569"). A year below {@link #MIN_BUDDHIST_ERA_YEAR} stays a common-era one.
     */
    private static final Set<String> BUDDHIST_ERA_LANGUAGES = Set.of("th", "lo");

    /** The first Buddhist-era year read as one: 1995's; no common-era year this high is accepted. */
    private static final int MIN_BUDDHIST_ERA_YEAR = MIN_YEAR + BUDDHIST_ERA_OFFSET;

    /** Month names by normalized spelling (see {@link #normalize}); several calendars map to one number. */
    private static final Map<String, Integer> MONTHS = MonthNames.byNormalizedName();

    /** The spellings some language's own table reads otherwise than {@link #MONTHS} does, or alone ({@link #month}). */
    private static final Set<String> LANGUAGE_DEPENDENT_MONTHS = MonthNames.readOtherwiseBySomeLanguage(MONTHS);

    /**
     * The first and last Solar Hijri years read (1374 began in March 1995, 1479 begins in March 2100):
     * a Persian date in that calendar counts years from the Hijra by the sun.
     */
    private static final int MIN_SOLAR_HIJRI_YEAR = 1374;
    private static final int MAX_SOLAR_HIJRI_YEAR = 1479;

    /** A Solar Hijri year whose first day is known: 1 Farvardin 1403 was 20 March 2024. */
    private static final int SOLAR_HIJRI_ANCHOR_YEAR = 1403;
    private static final LocalDate SOLAR_HIJRI_ANCHOR_NEW_YEAR = LocalDate.of(2024, 3, 20);

    /** The Solar Hijri calendar's leap years: eight in every 33 ({@link #solarHijriLeap}). */
    private static final int SOLAR_HIJRI_CYCLE = 33;

    /** Solar Hijri months 1-6 have 31 days, 7-11 have 30, and Esfand 29 (30 in a leap year). */
    private static final int SOLAR_HIJRI_LONG_MONTHS = 6;

    /** Solar Hijri month names, whose dates are converted to the Gregorian calendar. */
    private static final Map<String, Integer> SOLAR_HIJRI_MONTHS = MonthNames.solarHijriMonths();

    /**
     * The year of an era that names its years, minus one: the era's first year is this plus 1
     * (Japan's 令和 began in 2019 and 平成 in 1989; the Republic of China's 民國 calendar, still Taiwan's,
     * in 1912).
     */
    private static final Map<String, Integer> ERA_YEAR_BEFORE_FIRST = Map.of("令和", 2018, "平成", 1988, "民國", 1911, "民国", 1911);

    /**
     * "令和6年3月2日", "令和元年5月1日" (元 is the era's first year), "民國113年3月2日"; the Gregorian year may
     * follow the era's in brackets, as Japanese papers print both: "令和8年（2026年）12月2日".
     */
    private static final Pattern ERA_DATE = Pattern.compile(
            "(令和|平成|民國|民国)\\s*(\\d{1,3}|元)\\s*年\\s*(?:[（(]\\s*\\d{4}\\s*年?\\s*[）)]\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    /**
     * A numeric date in the Republic of China's (Minguo) years, as Taiwan's government and press sites
     * print it: "113-03-27", "113/03/27", "113.03.27" (year 113 is 2024): a three-digit year from 100
     * (2011) to 129, two-digit month and day, the same separator twice; read on Chinese pages only.
     */
    private static final Pattern MINGUO_NUMERIC = Pattern.compile(
            "(?<![\\d./-])(1[0-2]\\d)([/.-])(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![\\d./-])");

    /** Minguo year 1 is 1912: the year before the first, added to a Minguo year. */
    private static final int MINGUO_YEAR_BEFORE_FIRST = 1911;

    /** Thai month names, whose dates give Buddhist-era years. */
    private static final Map<String, Integer> THAI_MONTHS = MonthNames.ofLanguage("th");

    /**
     * A Thai date with its Buddhist-era year in two digits, as Thai datelines abbreviate it ("3 ธ.ค. 69"
     * is 3 December 2569, 2026): the day, a Thai month's name and the year's last two digits.
     */
    private static final Pattern THAI_SHORT_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*(" + trie(new TreeSet<>(THAI_MONTHS.keySet()), 0) + ")\\.?\\s*(\\d{2})(?!\\d)");

    /** The Buddhist era's century whose years Thai datelines shorten to two digits (25xx: 1957 to 2056). */
    private static final int BUDDHIST_ERA_CENTURY = 2500;

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
    private static final Pattern FORUM_CLOCK_AFTER_DATE = Pattern.compile("^,[\\s\\u00A0]*\\d{1,2}:\\d{2}[\\s\\u00A0]*(?i:[ap]\\.?m\\b)");

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
     * Text is lower-cased by {@link #normalize} before matching, so the patterns need no case folding.
     */
    private static final String MONTH_ALTERNATION = trie(new TreeSet<>(MonthNames.allSpellings()), 0);

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
     * The characters a month's spelling in {@link #MONTH_ALTERNATION} can open with that are no letter
     * ({@link Character#isLetter(char)}), sorted: none today, kept so that {@link #mayHoldMonthAfterNumber}
     * stays true to the patterns whatever spellings {@link MonthNames} gains.
     */
    private static final char[] MONTH_OPENERS_NOT_LETTERS = MonthNames.allSpellings().stream()
            .filter(w -> !w.isEmpty() && !Character.isLetter(w.charAt(0)))
            .map(w -> String.valueOf(w.charAt(0))).distinct().sorted().collect(java.util.stream.Collectors.joining()).toCharArray();

    /**
     * False when no month's name can follow a number as {@link #DAY_MONTH_YEAR} (a day of one or two digits) and
     * {@link #YEAR_MONTH_DAY} or {@link #YEAR_SPACE_MONTH_DAY} (a year of four) need: a run of {@code minDigits}
     * to {@code maxDigits} ASCII digits with no digit on either side, then, past any dots, "º", hyphens and
     * blanks ({@code \s}), a letter or a month's first character. Whatever those patterns let stand between the
     * number and the month (an ordinal's "th", "de", "d'", "of", "ta'", "ga", "ខែ", "ເດືອນ", "m.", "ko") opens with a
     * letter or is made of those characters, so every match passes; most texts with a year ("2024-03-27",
     * "27.03.2024, 10:45") are refused without a matcher, whose slots for the month trie's groups cost more
     * than the search.
     */
    static boolean mayHoldMonthAfterNumber(String s, int minDigits, int maxDigits) {
        int length = s.length();
        for (int i = 0; i < length; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < length && isAsciiDigit(s.charAt(end))) {
                end++;
            }
            int run = end - i;
            i = end; // the next run starts past a non-digit
            if (run < minDigits || run > maxDigits) {
                continue;
            }
            int k = end;
            while (k < length && isBetweenNumberAndMonth(s.charAt(k))) {
                k++;
            }
            if (k < length && (Character.isLetter(s.charAt(k)) || java.util.Arrays.binarySearch(MONTH_OPENERS_NOT_LETTERS, s.charAt(k)) >= 0)
                    && mayOpenMonthOrJoiner(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words {@link #DAY_MONTH_YEAR}, {@link #YEAR_MONTH_DAY} and {@link #YEAR_SPACE_MONTH_DAY} let stand between a
     * number and a month's name that open with a character {@link #isBetweenNumberAndMonth} does not skip: an ordinal's
     * letters ("th", "er", Turkmen's "nji", Sorani's izafe "ي" and its blank, Yiddish's "טן", "טער", "סטן", Kurmanji's izafe
     * "ê" and its blank, "yê" after an apostrophe, "6ê Kanûnê", "3'yê"), the day's joiners ("de", "di", "da", "a viz", "d'", "of", "ta'", "ga", "ខែ", "ເດືອນ") and the year's ("m.",
     * "eko", "ko", Sakha's "с."), by their first two characters: whatever follows them is matched by the patterns.
     */
    private static final List<String> WORDS_BEFORE_MONTH = List.of("er", "st", "nd", "rd", "th", "de", "di", "da", "a ", "d'", "d\u2019", "of", "ta",
            "ga", "\u1781\u17C2", "\u0EC0\u0E94", "m.", "с.", "ek", "ko", "nj", "\u064A ", "טן", "טע", "סט", "ê ", "yê");

    /**
     * The first two characters of every word of {@link #WORDS_BEFORE_MONTH} and of every month's spelling shorter than
     * three characters, each also lower-cased, as {@code first << 16 | second}, sorted; a one-character spelling as
     * {@code first << 16}.
     */
    private static final int[] JOINER_PAIRS;

    /**
     * The first three characters of every month's spelling of three characters or more, each also lower-cased, as
     * {@code first << 32 | second << 16 | third}, sorted: two told too little once Northern Sámi's "miessemánnu" (May)
     * opened as "5 min read" does.
     */
    private static final long[] MONTH_TRIPLES;

    /** True when a month's spelling opens with a character {@link #isBetweenNumberAndMonth} skips: the keys then tell nothing. */
    private static final boolean MONTH_OPENS_WITH_SKIPPED;

    static {
        java.util.TreeSet<Integer> pairs = new java.util.TreeSet<>();
        java.util.TreeSet<Long> triples = new java.util.TreeSet<>();
        boolean skipped = false;
        for (String w : MonthNames.allSpellings()) {
            if (w.isEmpty() || isBetweenNumberAndMonth(w.charAt(0))) {
                skipped = true;
            } else if (w.length() >= 3) {
                triples.add(triple(w.charAt(0), w.charAt(1), w.charAt(2)));
                triples.add(triple(Character.toLowerCase(w.charAt(0)), Character.toLowerCase(w.charAt(1)), Character.toLowerCase(w.charAt(2))));
            } else {
                addPair(pairs, w);
            }
        }
        for (String w : WORDS_BEFORE_MONTH) {
            addPair(pairs, w);
        }
        JOINER_PAIRS = pairs.stream().mapToInt(Integer::intValue).toArray();
        MONTH_TRIPLES = triples.stream().mapToLong(Long::longValue).toArray();
        MONTH_OPENS_WITH_SKIPPED = skipped;
    }

    private static void addPair(java.util.Set<Integer> pairs, String w) {
        char a = w.charAt(0);
        char b = w.length() > 1 ? w.charAt(1) : 0;
        pairs.add(a << 16 | b);
        pairs.add(Character.toLowerCase(a) << 16 | Character.toLowerCase(b));
    }

    private static long triple(char a, char b, char c) {
        return (long) a << 32 | (long) b << 16 | c;
    }

    /**
     * False when neither a month's spelling nor a word of {@link #WORDS_BEFORE_MONTH} opens at {@code k}, told by the
     * first three characters of a month ({@link #MONTH_TRIPLES}) and the first two of a word before it
     * ({@link #JOINER_PAIRS}): the month patterns compare them exactly, and a text's characters there are also tried
     * lower-cased, which only lets more through. "5 min read", "10 years", "3 comments" are refused here.
     */
    private static boolean mayOpenMonthOrJoiner(String s, int k) {
        if (MONTH_OPENS_WITH_SKIPPED) {
            return true;
        }
        char a = s.charAt(k);
        char b = k + 1 < s.length() ? s.charAt(k + 1) : 0;
        char c = k + 2 < s.length() ? s.charAt(k + 2) : 0;
        char la = Character.toLowerCase(a);
        char lb = Character.toLowerCase(b);
        return java.util.Arrays.binarySearch(JOINER_PAIRS, a << 16 | b) >= 0
                || java.util.Arrays.binarySearch(JOINER_PAIRS, a << 16) >= 0
                || java.util.Arrays.binarySearch(JOINER_PAIRS, la << 16 | lb) >= 0
                || java.util.Arrays.binarySearch(MONTH_TRIPLES, triple(a, b, c)) >= 0
                || java.util.Arrays.binarySearch(MONTH_TRIPLES, triple(la, lb, Character.toLowerCase(c))) >= 0;
    }

    /**
     * The characters that may stand between a number and a month's name, or before the word between them, that are no
     * letter: dots, "º", hyphens, slashes, {@code \s}, and the apostrophes Kurmanji sets before a day's ending ("3'yê").
     */
    private static boolean isBetweenNumberAndMonth(char c) {
        return c == '.' || c == '\u00BA' || c == '-' || c == '/' || c == '\'' || c == '\u2019' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

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

    /** A dated path's year folder, and its month folder when one follows, with no day folder: /2025/03/slug, /2025/slug. */
    private static final Pattern URL_YEAR_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(?:(0?[1-9]|1[0-2])/)?(?!\\d{1,2}(?:[/_.-]|$))");

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

    /** The Ethiopian months ({@link MonthNames#ethiopianMonths}), normalized. */
    private static final Map<String, Integer> ETHIOPIAN_MONTHS = MonthNames.ethiopianMonths();

    /**
     * An Ethiopian-calendar date as Amharic writes it: the month, the day, perhaps "ቀን" (day), then the year
     * after a blank, a slash or a comma: "ኅዳር 23 ቀን 2019 ዓ.ም", the agency's dateline "ኅዳር 24/2019".
     */
    private static final Pattern ETHIOPIAN_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(" + String.join("|", new TreeSet<>(ETHIOPIAN_MONTHS.keySet()).descendingSet())
                    + ")\\s*(\\d{1,2})(?:\\s*ቀን)?\\s*[/,፣]?\\s*(\\d{4})(?!\\d)");

    /** The languages whose pages write Ethiopian-calendar dates: Amharic and Tigrinya. */
    private static final java.util.Set<String> ETHIOPIAN_CALENDAR_LANGUAGES = java.util.Set.of("am", "ti");

    /** The Gregorian months by the names Eritrea gives them ({@link MonthNames#eritreanGregorianMonths}), normalized. */
    private static final Map<String, Integer> ERITREAN_GREGORIAN_MONTHS = MonthNames.eritreanGregorianMonths();

    /**
     * The Ethiopian calendar counts its years seven or eight behind the Gregorian: a year above this year's Gregorian
     * number less seven is no Ethiopian year yet, and a Tigrinya date in it ("ታሕሳስ 3, 2026") is Eritrea's, which gives
     * the Ethiopian names to the Gregorian months ({@link MonthNames#eritreanGregorianMonths}).
     */
    private static final int LATEST_ETHIOPIAN_YEAR = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() - 7;

    /** The Julian day number of the day before the Ethiopian calendar's first (Amete Mihret 1, Meskerem 1, less one). */
    private static final long ETHIOPIAN_EPOCH_JDN = 1_724_220L;

    /** The Julian day number of 1970-01-01, the epoch of {@link LocalDate#ofEpochDay}. */
    private static final long UNIX_EPOCH_JDN = 2_440_588L;

    /** The months in Roman numerals, longest spelling first so that "III" is not read as "I". */
    private static final String ROMAN_MONTH = "(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)";

    /** The Roman numerals of the months, by value. */
    private static final List<String> ROMAN_MONTHS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

    /**
     * A date whose month is a Roman numeral in capitals, as Polish, Czech, Slovak, Hungarian, Romanian and
     * East Slavic typography sets it: "27.III.2024", "27 III 2024", "27. III. 2024", day first; read on
     * the text as written (lower-case "i", "v", "x" are words).
     */
    private static final Pattern DAY_ROMAN_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}.])(\\d{1,2})(?:\\.[ \\u00A0]?|[ \\u00A0]|-)" + ROMAN_MONTH + "(?:\\.[ \\u00A0]?|[ \\u00A0]|-)(\\d{4})(?![\\d\\p{L}])");

    /** {@link #DAY_ROMAN_MONTH_YEAR} year first, as Hungarian writes it: "2024. III. 27.". */
    private static final Pattern YEAR_ROMAN_MONTH_DAY = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{4})\\.[ \\u00A0]?" + ROMAN_MONTH + "\\.[ \\u00A0]?(\\d{1,2})(?![\\d\\p{L}])");

    /** Solar Hijri month names as Afghanistan writes them, read on Persian and Pashto pages only. */
    private static final Map<String, Integer> AFGHAN_SOLAR_HIJRI_MONTHS = MonthNames.afghanSolarHijriMonths();

    /** The languages whose pages name the Solar Hijri months by Afghanistan's names: Dari (tagged fa or prs) and Pashto. */
    private static final java.util.Set<String> AFGHAN_SOLAR_HIJRI_LANGUAGES = java.util.Set.of("fa", "prs", "ps");

    /** "8 حمل 1403": a day, an Afghan Solar Hijri month ({@link #AFGHAN_SOLAR_HIJRI_MONTHS}) and the year. */
    private static final Pattern AFGHAN_SOLAR_HIJRI_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*(" + alternation(AFGHAN_SOLAR_HIJRI_MONTHS.keySet()) + ")\\s*[,،]?\\s*(\\d{4})(?!\\d)");

    /**
     * Pashto's long form, the year first with its word ("کال", year; "لمریز کال", solar year), then "د" (of), the month
     * and the day with its ordinal "مه": "د ۱۴۰۵ کال د لیندۍ ۱۴مه", as Afghan officials and agencies date a text in Pashto.
     * Matched on the normalized text, so its words are normalized too.
     */
    private static final Pattern PASHTO_SOLAR_HIJRI_YEAR_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*(?:" + DateSpelling.normalize("لمریز") + "\\s*)?" + DateSpelling.normalize("کال") + "\\s*د\\s*("
                    + alternation(AFGHAN_SOLAR_HIJRI_MONTHS.keySet()) + ")\\s*(\\d{1,2})(?:مه|م)?(?!\\d)");

    /** The lunar Hijri month names (Arabic and Urdu spellings), normalized. */
    private static final Map<String, Integer> LUNAR_HIJRI_MONTHS = MonthNames.lunarHijriMonths();

    /** "17 رمضان 1445 هـ": a day, a lunar Hijri month ({@link #LUNAR_HIJRI_MONTHS}) and the year. */
    private static final Pattern LUNAR_HIJRI_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*(" + alternation(LUNAR_HIJRI_MONTHS.keySet()) + ")(?![\\p{L}\\p{M}])\\s*[,،]?\\s*(\\d{4})(?!\\d)");

    /**
     * A numeric lunar Hijri date, year first or last, marked as such by the "هـ" (Urdu "ھ") written
     * after it: "1445/09/17 هـ", "17/09/1445هـ".
     */
    private static final Pattern LUNAR_HIJRI_NUMERIC = Pattern.compile(
            "(?<!\\d)(?:(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})|(\\d{1,2})([/.-])(\\d{1,2})\\6(\\d{4}))(?!\\d)\\s*[هھ]");

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

    /** Dated paths: /2024/03/27/, /2024-03-27/. */
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|_|$|\\.)");

    /**
     * A date written as one eight-digit run between separators in a path ("-20161213-story.html",
     * "/20240327/"): the newsroom's compact form of a dated path; also with the clock time run on
     * ("/20240327101500.html", a timestamp to the minute or second) and with the "t" that TRS, the
     * CMS of many Chinese government and press sites, puts before it ("/t20240327_123456.html").
     */
    private static final Pattern URL_DATE_COMPACT = Pattern.compile(
            "[/_-]t?((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:(?:[01]\\d|2[0-3])[0-5]\\d(?:[0-5]\\d)?)?(?=[/_.-]|$)");

    /**
     * An article id that opens with the time it was filed, to the minute, and runs on with a serial
     * ("/article/202503051430123456", "/view/AKR20250305123400001"): Korean and other newsrooms' CMSs
     * number stories so, sometimes after a short upper-case code of the desk or service. The clock time
     * after the day is required (a bare day run on into digits is any long number), then a serial of three
     * digits or more (a run only a digit or two past the clock time, "2022020312345", may be any number),
     * and the whole id is one run between separators.
     */
    private static final Pattern URL_DATE_STAMPED_ID = Pattern.compile(
            "/[A-Z]{0,4}((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[01]\\d|2[0-3])[0-5]\\d\\d{3,8}(?=[/_.-]|$)");

    /** A dated path whose month and day are one four-digit folder: /2024/0327/ (common on Chinese and Japanese sites). */
    private static final Pattern URL_DATE_YEAR_MONTHDAY = Pattern.compile(
            "/((?:19|20)\\d{2})/(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");

    /**
     * A dated folder written with dots, /2024.05.03/: a whole path segment of a four-digit year from 1990
     * to 2099, a month and a day, so that a version number ("/1.2.3/", "/v2.10.4/") or an address written
     * into a path ("/192.168.1.1/") is never read as one; a date run into a word or a longer dotted run
     * ("/release-2024.05.03/", "/2024.05.03.1/") is not a folder of its own.
     */
    private static final Pattern URL_DATE_DOTTED = Pattern.compile(
            "/(199\\d|20\\d{2})\\.(0?[1-9]|1[0-2])\\.(0?[1-9]|[12]\\d|3[01])(?=/|$)");

    /**
     * A year-first date joined by hyphens or underscores inside a path's words ("-2024-03-27/",
     * "article_2024_03_27_123.html"): a dated path written into the slug.
     */
    private static final Pattern URL_DATE_IN_SLUG = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})([_-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    /** Dated paths with an English month abbreviation: /2023/dec/21/. */
    private static final Pattern URL_DATE_MONTH_NAME = Pattern.compile(
            "/((?:19|20)\\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(\\d{1,2})(?:/|-|_|$|\\.)");

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

    /** The languages whose pages write Bikram Sambat dates with Nepal's month names: Nepali (India's Vikram Samvat is lunisolar). */
    private static final java.util.Set<String> BIKRAM_SAMBAT_LANGUAGES = java.util.Set.of("ne");

    /** The first Bikram Sambat year {@link #BIKRAM_SAMBAT_MONTH_DAYS} holds. */
    private static final int BIKRAM_SAMBAT_FIRST_YEAR = 2075;

    /** The Gregorian day of {@link #BIKRAM_SAMBAT_FIRST_YEAR}'s first day, Baisakh 1. */
    private static final LocalDate BIKRAM_SAMBAT_FIRST_NEW_YEAR = LocalDate.of(2018, 4, 14);

    /**
     * The lengths of the Bikram Sambat months, Nepal's official calendar, year by year from 2075 (2018/19) to 2090
     * (2033/34): a month runs 29 to 32 days as the sun's passage through its sign sets it, so the calendar committee's
     * published table, not a rule, gives them. A year outside the table is not converted.
     */
    private static final int[][] BIKRAM_SAMBAT_MONTH_DAYS = {
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30}, // 2075
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30},
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31},
            {31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30},
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30},
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30}, // 2080
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31},
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30},
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30},
            {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31},
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31}, // 2085
            {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30},
            {31, 31, 32, 31, 31, 31, 30, 30, 29, 30, 30, 30},
            {30, 31, 32, 32, 30, 31, 30, 30, 29, 30, 30, 30},
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30},
            {30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30}}; // 2090

    /** The Bikram Sambat months by their Nepali names ({@link MonthNames#bikramSambatMonths}). */
    private static final Map<String, Integer> BIKRAM_SAMBAT_MONTHS = MonthNames.bikramSambatMonths();

    private static final String BIKRAM_SAMBAT_MONTH = "(" + alternation(BIKRAM_SAMBAT_MONTHS.keySet()) + ")";

    /**
     * A Bikram Sambat date as Nepali pages write it, the year first or last, the day perhaps followed by "गते" (day of
     * the month): "२०८३ मंसिर १९ गते", "मंसिर १९, २०८३", "१९ मंसिर २०८३" (digits made ASCII before).
     */
    private static final Pattern BIKRAM_SAMBAT_DATE = Pattern.compile(
            "(?<!\\d)(20\\d\\d)\\s*[,/-]?\\s*" + BIKRAM_SAMBAT_MONTH + "\\s*(\\d{1,2})(?!\\d)(?:\\s*गते)?"
                    + "|(?<![\\p{L}\\p{M}])" + BIKRAM_SAMBAT_MONTH + "\\s*(\\d{1,2})(?:\\s*गते)?\\s*,?\\s*(20\\d\\d)(?!\\d)"
                    + "|(?<!\\d)(\\d{1,2})\\s*(?:गते\\s*)?" + BIKRAM_SAMBAT_MONTH + "\\s*,?\\s*(20\\d\\d)(?!\\d)");

    /**
     * The Gregorian day of a Bikram Sambat date on a Nepali page that gives no Gregorian one ({@link #BIKRAM_SAMBAT_DATE}),
     * converted by the month table; its clock after it kept as written. Null when there is none, or its year is outside
     * the table or its day outside its month.
     */
    private static String bikramSambatDate(String s) {
        if (!holdsCharIn(s, '\u0900', '\u097F')) {
            return null;
        }
        Matcher m = BIKRAM_SAMBAT_DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        int g = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
        String year = g == 1 ? m.group(1) : g == 4 ? m.group(6) : m.group(9);
        String month = g == 1 ? m.group(2) : g == 4 ? m.group(4) : m.group(8);
        String day = g == 1 ? m.group(3) : g == 4 ? m.group(5) : m.group(7);
        LocalDate date = bikramSambat(Integer.parseInt(year), BIKRAM_SAMBAT_MONTHS.get(month), Integer.parseInt(day));
        return date == null ? null : withTime(date, s, m.end());
    }

    /** The Gregorian day of a Bikram Sambat year, month (1 to 12) and day; null outside {@link #BIKRAM_SAMBAT_MONTH_DAYS}. */
    static LocalDate bikramSambat(int year, int month, int day) {
        int row = year - BIKRAM_SAMBAT_FIRST_YEAR;
        if (row < 0 || row >= BIKRAM_SAMBAT_MONTH_DAYS.length || month < 1 || month > 12 || day < 1
                || day > BIKRAM_SAMBAT_MONTH_DAYS[row][month - 1]) {
            return null;
        }
        long days = day - 1L;
        for (int y = 0; y < row; y++) {
            for (int d : BIKRAM_SAMBAT_MONTH_DAYS[y]) {
                days += d;
            }
        }
        for (int m = 0; m < month - 1; m++) {
            days += BIKRAM_SAMBAT_MONTH_DAYS[row][m];
        }
        return BIKRAM_SAMBAT_FIRST_NEW_YEAR.plusDays(days);
    }

    /**
     * The first date with a Roman-numeral month ({@link #DAY_ROMAN_MONTH_YEAR}, {@link #YEAR_ROMAN_MONTH_DAY})
     * starting before {@code before} in the text as written; null when none. Tried only where a text holds
     * a capital I, V or X.
     */
    private static String romanMonthDate(String text, int before) {
        if (text.indexOf('I') < 0 && text.indexOf('V') < 0 && text.indexOf('X') < 0) {
            return null;
        }
        Matcher dm = DAY_ROMAN_MONTH_YEAR.matcher(text);
        Matcher ym = YEAR_ROMAN_MONTH_DAY.matcher(text);
        int dayFirst = dm.find() ? dm.start() : Integer.MAX_VALUE;
        int yearFirst = ym.find() ? ym.start() : Integer.MAX_VALUE;
        if (Math.min(dayFirst, yearFirst) >= before) {
            return null;
        }
        return dayFirst < yearFirst
                ? withTime(day(dm.group(3), ROMAN_MONTHS.indexOf(dm.group(2)) + 1, dm.group(1)), text, dm.end())
                : withTime(day(ym.group(1), ROMAN_MONTHS.indexOf(ym.group(2)) + 1, ym.group(3)), text, ym.end());
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

    /** The Gregorian day of a lunar Hijri date by the Umm al-Qura calendar; null when out of range or no such day. */
    private static LocalDate lunarHijri(String yearText, int month, String dayText) {
        try {
            int year = Integer.parseInt(yearText);
            if (year < MIN_LUNAR_HIJRI_YEAR || year > MAX_LUNAR_HIJRI_YEAR) {
                return null;
            }
            LocalDate date = LocalDate.from(HijrahChronology.INSTANCE.date(year, month, Integer.parseInt(dayText)));
            return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR ? date : null;
        } catch (DateTimeException | NumberFormatException bad) {
            return null;
        }
    }

    /** A regular-expression alternation of the given literal spellings, longest first. */
    static String alternation(java.util.Collection<String> spellings) {
        StringJoiner out = new StringJoiner("|");
        spellings.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x))
                .forEach(x -> out.add(Pattern.quote(x)));
        return out.toString();
    }

    /** Years of the lunar Hijri calendar as dates print them: 1400 AH began in 1979, 1500 AH begins in 2076. */
    private static final int MIN_LUNAR_HIJRI_YEAR = 1400;
    private static final int MAX_LUNAR_HIJRI_YEAR = 1500;

    /**
     * True when a year-first numeric date's year is a lunar Hijri one, not a Persian page's Solar Hijri
     * year (which {@link #solarHijri} converts): no common-era year so low is a publication's.
     */
    private static boolean isLunarHijriYear(int year, String text, DateLanguage language) {
        return !isSolarHijriYear(year, text, language) && year >= MIN_LUNAR_HIJRI_YEAR && year <= MAX_LUNAR_HIJRI_YEAR;
    }

    /**
     * True when a year-first numeric date's year is a Solar Hijri one: in its range, on a Persian, Dari or Pashto page
     * ({@link #AFGHAN_SOLAR_HIJRI_LANGUAGES}: Afghanistan's "۱۴۰۵/۰۹/۱۳" is solar too) or one writing Persian digits.
     */
    private static boolean isSolarHijriYear(int year, String text, DateLanguage language) {
        return year >= MIN_SOLAR_HIJRI_YEAR && year <= MAX_SOLAR_HIJRI_YEAR
                && (language.language() == null ? hasPersianDigit(text) : AFGHAN_SOLAR_HIJRI_LANGUAGES.contains(language.language()));
    }

    /** True when the text has a letter of the Thai script (U+0E00-U+0E7F), as a Thai month's name does. */
    private static boolean hasThaiLetter(String s) {
        return holdsCharIn(s, '\u0E00', '\u0E7F');
    }

    /** A Thai date with a two-digit Buddhist-era year ({@link #THAI_SHORT_YEAR}) as a Gregorian day; null when none. */
    private static String thaiShortYearDate(String s) {
        Matcher m = THAI_SHORT_YEAR.matcher(s);
        if (!m.find()) {
            return null;
        }
        int buddhistYear = BUDDHIST_ERA_CENTURY + Integer.parseInt(m.group(3));
        return withTime(day(String.valueOf(buddhistYear - BUDDHIST_ERA_OFFSET), THAI_MONTHS.get(m.group(2)), m.group(1)), s, m.end());
    }

    /**
     * False when a text holds no {@link #MINGUO_NUMERIC} date for certain: no "1" followed by 0 to 2, a digit and a
     * separator. Asked before the page's language, which a text without such a date never needs
     * ({@link DateLanguage#deferred}).
     */
    static boolean mayHoldMinguoDate(String s) {
        for (int i = s.indexOf('1'); i >= 0 && i + 3 < s.length(); i = s.indexOf('1', i + 1)) {
            char b = s.charAt(i + 1);
            char c = s.charAt(i + 2);
            char d = s.charAt(i + 3);
            if (b >= '0' && b <= '2' && c >= '0' && c <= '9' && (d == '/' || d == '.' || d == '-')) {
                return true;
            }
        }
        return false;
    }

    /** The letters an Ethiopian month's name ({@link #ETHIOPIAN_MONTHS}) opens with. */
    private static final Set<Character> ETHIOPIAN_MONTH_OPENINGS = ETHIOPIAN_MONTHS.keySet().stream()
            .map(name -> name.charAt(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The lowest of {@link #ETHIOPIAN_MONTH_OPENINGS} (an Ethiopic letter): a character below it opens no month's name. */
    private static final char FIRST_ETHIOPIC = java.util.Collections.min(ETHIOPIAN_MONTH_OPENINGS);

    /**
     * False when a text holds no Ethiopian month's name for certain: none of the letters one opens with. Asked before
     * the page's language ({@link DateLanguage#deferred}).
     */
    static boolean mayHoldEthiopianMonth(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FIRST_ETHIOPIC && ETHIOPIAN_MONTH_OPENINGS.contains(c)) {
                return true;
            }
        }
        return false;
    }


    /** The first {@link #MINGUO_NUMERIC} date as a Gregorian day; null when none. */
    private static String minguoNumericDate(String s) {
        Matcher m = MINGUO_NUMERIC.matcher(s);
        if (!m.find()) {
            return null;
        }
        String year = String.valueOf(Integer.parseInt(m.group(1)) + MINGUO_YEAR_BEFORE_FIRST);
        return withTime(day(year, Integer.parseInt(m.group(3)), m.group(4)), s, m.end());
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

    /** An apostrophe that stands for a year's century ("Dec '26", "Dec ’26"): the typewriter's and the typographer's. */
    private static final String CENTURY_APOSTROPHE = "['\u2019\u2018]";

    /**
     * A day and a month's name with a year shortened by an apostrophe, as English writes it informally ("3rd Dec '26",
     * "3 December ’26"); the apostrophe marks the dropped century, so the two digits are a year and no day or count.
     */
    private static final Pattern DAY_MONTH_APOSTROPHE_YEAR = Pattern.compile(
            "(?<![\\d.:/])(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+)?(" + MONTH_ALTERNATION + ")\\.?,?\\s*" + CENTURY_APOSTROPHE
                    + "(\\d{2})(?![\\d\\p{L}])");

    /** The month first ("Dec. 3rd, '26", "December 3 ’26"): {@link #DAY_MONTH_APOSTROPHE_YEAR}'s other order. */
    private static final Pattern MONTH_DAY_APOSTROPHE_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*" + CENTURY_APOSTROPHE + "(\\d{2})(?![\\d\\p{L}])");

    /**
     * A date written with an apostrophe year ({@link #DAY_MONTH_APOSTROPHE_YEAR}, {@link #MONTH_DAY_APOSTROPHE_YEAR}) in
     * text without a four-digit year, the century found about {@link #TWO_DIGIT_YEAR_PIVOT}; null when none. The
     * patterns are run only on text that holds an apostrophe before two digits, which most text does not.
     */
    private static String apostropheYearDate(String digits, DateLanguage language) {
        if (!holdsApostropheYear(digits)) {
            return null;
        }
        String s = DateSpelling.normalize(digits);
        Matcher m = DAY_MONTH_APOSTROPHE_YEAR.matcher(s);
        int dmy = m.find() ? m.start() : Integer.MAX_VALUE;
        Matcher n = MONTH_DAY_APOSTROPHE_YEAR.matcher(s);
        int mdy = Integer.MAX_VALUE;
        for (int from = 0; from < s.length() && n.find(from); from = n.start() + 1) {
            if (month(n.group(1), language) != null) {
                mdy = n.start();
                break;
            }
        }
        LocalDate date;
        int end;
        if (dmy <= mdy && dmy != Integer.MAX_VALUE) {
            date = day(century(Integer.parseInt(m.group(3))), month(m.group(2), language), m.group(1));
            end = m.end();
        } else if (mdy != Integer.MAX_VALUE) {
            date = day(century(Integer.parseInt(n.group(3))), month(n.group(1), language), n.group(2));
            end = n.end();
        } else {
            return null;
        }
        return date == null ? null : withTime(date, s, end);
    }

    /** True when the text holds an apostrophe followed by two digits and no third. */
    private static boolean holdsApostropheYear(String s) {
        for (int i = 0; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '\'' || c == '\u2019' || c == '\u2018') && isAsciiDigit(s.charAt(i + 1)) && isAsciiDigit(s.charAt(i + 2))
                    && (i + 3 == s.length() || !isAsciiDigit(s.charAt(i + 3)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The four-digit year of a two-digit one, about {@link #TWO_DIGIT_YEAR_PIVOT}. */
    private static String century(int yy) {
        return String.valueOf(yy >= TWO_DIGIT_YEAR_PIVOT ? 1900 + yy : 2000 + yy);
    }

    /** True when the page's locale says which way a slashed date with a two-digit year is read. */
    private static boolean readsSlashedShortDate(DateLanguage language) {
        return language.language() != null && !language.englishWithoutRegion() && !language.yearFirst();
    }

    /**
     * A day-first numeric date with a two-digit year and dots or hyphens, as German and Dutch datelines
     * write it ("Do 25.04.24 | 14:07 Uhr", "3-2-22"); read by hand, since it is tried on text that has
     * no four-digit year, which is most text. Slashes are read only on a page that states its locale:
     * "12/03/24" is month-first in the United States and day-first elsewhere, and English stated without
     * a region says neither. A longer dotted run ("1.2.22.5", "v3.2.22") is a version.
     */
    static String twoDigitYearDate(String s) {
        return twoDigitYearDate(s, DateLanguage.UNKNOWN);
    }

    /**
     * {@link #twoDigitYearDate(String)} on a page in the given language: a hyphenated date is read month
     * first on a page whose locale writes it so ("3-2-22" is 2 March on an en-US page), or when its
     * second number cannot be a month ("3-25-22"); a dotted date is always day first. A slashed date is read
     * in the order the page's locale writes ("12/03/26" is 3 December on an en-US page, 12 March on an en-GB
     * or French one), and not at all where no locale, or English without a region, is stated, or where the
     * language writes numeric dates year first.
     */
    static String twoDigitYearDate(String s, DateLanguage language) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s, i) || i > 0 && (isAsciiDigit(s, i - 1) || s.charAt(i - 1) == '.'
                    || s.charAt(i - 1) == '-' || s.charAt(i - 1) == '/' || Character.isLetter(s.charAt(i - 1)))) {
                continue;
            }
            int dayEnd = digitsEnd(s, i);
            if (dayEnd - i > 2 || dayEnd >= s.length()) {
                continue;
            }
            char sep = s.charAt(dayEnd);
            if (sep != '.' && sep != '-' && sep != '/') {
                continue;
            }
            int monthEnd = digitsEnd(s, dayEnd + 1);
            if (monthEnd - dayEnd - 1 < 1 || monthEnd - dayEnd - 1 > 2 || monthEnd >= s.length() || s.charAt(monthEnd) != sep) {
                continue;
            }
            int yearEnd = digitsEnd(s, monthEnd + 1);
            boolean versionGoesOn = yearEnd < s.length() && (Character.isLetter(s.charAt(yearEnd))
                    || s.charAt(yearEnd) == sep && yearEnd + 1 < s.length() && isAsciiDigit(s, yearEnd + 1));
            if (yearEnd - monthEnd - 1 != 2 || versionGoesOn || sep == '/' && !readsSlashedShortDate(language)) {
                continue; // the page's language asked last, of a whole slashed date only (DateLanguage.deferred)
            }
            int first = Integer.parseInt(s.substring(i, dayEnd));
            int second = Integer.parseInt(s.substring(dayEnd + 1, monthEnd));
            if (sep == '.' && dayEnd - i == 2 && language.yearFirst()) { // Korean "25.03.05": yy.mm.dd
                LocalDate date = day(century(first), second, s.substring(monthEnd + 1, yearEnd));
                if (date != null) {
                    return withTime(date, s, yearEnd);
                }
                continue;
            }
            String year = century(Integer.parseInt(s.substring(monthEnd + 1, yearEnd)));
            boolean monthFirst = sep == '-' && (second > 12 || first <= 12 && language.monthFirst())
                    || sep == '/' && language.monthFirst();
            LocalDate date = monthFirst ? day(year, first, String.valueOf(second)) : day(year, second, String.valueOf(first));
            if (date != null) {
                return withTime(date, s, yearEnd);
            }
        }
        return null;
    }

    /**
     * The Gregorian day of a Solar Hijri date: the year's first day counted from a known one by the
     * lengths of the years between, then the days of the months before; null when out of range.
     */
    private static LocalDate solarHijri(String yearText, int month, String dayText) {
        try {
            int year = Integer.parseInt(yearText);
            int dayOfMonth = Integer.parseInt(dayText);
            int monthDays = month <= SOLAR_HIJRI_LONG_MONTHS ? 31 : month < 12 ? 30 : solarHijriLeap(year) ? 30 : 29;
            if (year < MIN_SOLAR_HIJRI_YEAR || year > MAX_SOLAR_HIJRI_YEAR || month < 1 || month > 12
                    || dayOfMonth < 1 || dayOfMonth > monthDays) {
                return null;
            }
            LocalDate newYear = SOLAR_HIJRI_ANCHOR_NEW_YEAR;
            for (int y = SOLAR_HIJRI_ANCHOR_YEAR; y < year; y++) {
                newYear = newYear.plusDays(solarHijriLeap(y) ? 366 : 365);
            }
            for (int y = SOLAR_HIJRI_ANCHOR_YEAR - 1; y >= year; y--) {
                newYear = newYear.minusDays(solarHijriLeap(y) ? 366 : 365);
            }
            int before = month <= SOLAR_HIJRI_LONG_MONTHS ? (month - 1) * 31
                    : SOLAR_HIJRI_LONG_MONTHS * 31 + (month - 1 - SOLAR_HIJRI_LONG_MONTHS) * 30;
            LocalDate date = newYear.plusDays(before + dayOfMonth - 1L);
            return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR ? date : null;
        } catch (NumberFormatException bad) {
            return null;
        }
    }

    /**
     * True for a leap year of the Solar Hijri calendar by its 33-year arithmetic rule (eight leap years a
     * cycle: 1395, 1399, 1403, 1408 ...), which agrees with the equinox-based calendar Iran keeps over
     * the years read here.
     */
    private static boolean solarHijriLeap(int year) {
        return Math.floorMod(25 * year + 11, SOLAR_HIJRI_CYCLE) < 8;
    }

    /** Characters after a numeric date looked at for the lunar Hijri calendar's mark. */
    private static final int HIJRI_MARK_CHARS = 8;

    /** True when a Persian date is marked as lunar Hijri ("قمری", abbreviated "ق" or "هـ.ق") just after it. */
    private static boolean lunarHijriMark(String s, int end) {
        return s.substring(end, Math.min(s.length(), end + HIJRI_MARK_CHARS)).indexOf('\u0642') >= 0;
    }

    /**
     * True when the text has a Persian digit (۰-۹, U+06F0-U+06F9), which Arabic does not write; Urdu
     * does, but counts its years by the moon, so only a page that states no language is read by them.
     */
    private static boolean hasPersianDigit(String text) {
        return holdsCharIn(text, '\u06F0', '\u06F9');
    }

    /** True when the text has a character from {@code first} to {@code last}, both included. */
    private static boolean holdsCharIn(String text, char first, char last) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= first && c <= last) {
                return true;
            }
        }
        return false;
    }

    /** A date whose year an era names ({@link #ERA_DATE}), as a Gregorian day; null when none. */
    private static String eraDate(String s) {
        Matcher m = ERA_DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        int yearOfEra = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
        return iso(day(String.valueOf(ERA_YEAR_BEFORE_FIRST.get(m.group(1)) + yearOfEra), Integer.parseInt(m.group(3)), m.group(4)));
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

    /** The digits of Chinese numerals, 〇 (or 零) to 九, as a year writes them one by one. */
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /** Ten, written between the tens and the units of a Chinese numeral month or day (十二 is 12, 二十三 is 23). */
    private static final char CHINESE_TEN = '十';

    /**
     * A date in Chinese numerals, as formal notices and some datelines write it: "二〇二二年二月三日" (the
     * year digit by digit, the month and day as numbers with 十).
     */
    private static final Pattern CHINESE_NUMERAL_DATE = Pattern.compile(
            "([〇零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,4})\\s*[日号號]");

    /** The text with a Chinese numeral date ({@link #CHINESE_NUMERAL_DATE}) rewritten in ASCII digits, else the text. */
    private static String withChineseNumeralDate(String s) {
        Matcher m = CHINESE_NUMERAL_DATE.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder year = new StringBuilder(4);
        for (char c : m.group(1).toCharArray()) {
            year.append(c == '零' ? 0 : CHINESE_DIGITS.indexOf(c));
        }
        int month = chineseNumber(m.group(2));
        int day = chineseNumber(m.group(3));
        if (month < 1 || day < 1) {
            return s;
        }
        return s.substring(0, m.start()) + year + "年" + month + "月" + day + "日" + s.substring(m.end());
    }

    /** A number from 1 to 99 in Chinese numerals ("三", "十二", "二十", "三十一"); -1 when malformed. */
    private static int chineseNumber(String s) {
        int ten = s.indexOf(CHINESE_TEN);
        if (ten < 0) {
            return s.length() == 1 ? CHINESE_DIGITS.indexOf(s.charAt(0)) : -1;
        }
        if (ten != s.lastIndexOf(CHINESE_TEN) || ten > 1 || s.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : CHINESE_DIGITS.indexOf(s.charAt(ten + 1));
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    private static boolean isAsciiDigit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
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

    /**
     * The year of a dated path with no day folder (/2025/03/slug, /2025/slug), and its month (0 when the path
     * names none); null when the path has no year folder.
     */
    public static UrlYear urlYear(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_YEAR_MONTH.matcher(pathOf(url));
        return m.find() ? new UrlYear(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))) : null;
    }

    /** A dated path's year and month, month 0 when the path names none ({@link #urlYear}). */
    public record UrlYear(int year, int month) {
    }

    /**
     * True when the path's date is read from a year folder and a four-digit folder after it (/2024/0327/), and from no
     * fuller form: such a folder is as often an issue's or a record's number ("/ausgabe/2025/1107/48213.html") as a month and
     * a day, so a day the page shows under its headline decides.
     */
    public static boolean datedOnlyByYearAndFourDigits(String url) {
        if (url == null || URL_DATE.matcher(url).find() || URL_DATE_MONTH_NAME.matcher(url.toLowerCase(Locale.ROOT)).find()) {
            return false;
        }
        return URL_DATE_YEAR_MONTHDAY.matcher(pathOf(url)).find();
    }

    /** The date in a dated URL path such as /2024/03/27/; null when the path has none. */
    public static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        url = WebAddress.archivedAddress(url); // a capture's address: its time is the archive's, the archived address the page's
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return iso(day(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        }
        Matcher named = URL_DATE_MONTH_NAME.matcher(url.toLowerCase(Locale.ROOT));
        if (named.find()) {
            return iso(day(named.group(1), MONTHS.get(named.group(2)), named.group(3)));
        }
        Matcher yearFolder = URL_DATE_YEAR_MONTHDAY.matcher(pathOf(url));
        if (yearFolder.find()) {
            return iso(day(yearFolder.group(1), Integer.parseInt(yearFolder.group(2)), yearFolder.group(3)));
        }
        Matcher dotted = URL_DATE_DOTTED.matcher(pathOf(url));
        if (dotted.find()) {
            return iso(day(dotted.group(1), Integer.parseInt(dotted.group(2)), dotted.group(3)));
        }
        Matcher compact = URL_DATE_COMPACT.matcher(pathOf(url));
        if (compact.find()) {
            return iso(day(compact.group(1), Integer.parseInt(compact.group(2)), compact.group(3)));
        }
        Matcher stamped = URL_DATE_STAMPED_ID.matcher(pathOf(url));
        return stamped.find() ? iso(day(stamped.group(1), Integer.parseInt(stamped.group(2)), stamped.group(3))) : null;
    }

    /**
     * The date written into a path's slug ({@link #URL_DATE_IN_SLUG}); null when none. Weaker than a dated
     * path: a slug may name the day of the event it announces.
     */
    public static String fromUrlSlug(String url) {
        if (url == null) {
            return null;
        }
        url = WebAddress.archivedAddress(url);
        Matcher m = URL_DATE_IN_SLUG.matcher(pathOf(url));
        return m.find() ? iso(day(m.group(1), Integer.parseInt(m.group(3)), m.group(4))) : null;
    }

    /** An absolute address's scheme and host ("https://example.com"), cut off before {@link #pathOf} reads the path. */
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

    /** The URL's path, without host, query and fragment: ids in a query are not dates. */
    private static String pathOf(String url) {
        String s = SCHEME_AND_HOST.matcher(url).replaceFirst("");
        int end = s.length();
        for (char c : new char[]{'?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return s.substring(0, end);
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

    private static String withTime(LocalDate date, String s, int end) {
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
     * True when a date with this month's name, on a page in this language, counts Buddhist-era years: Thai's
     * months, or any date on a page in a language of {@link #BUDDHIST_ERA_LANGUAGES}.
     */
    private static boolean buddhistEra(String monthName, DateLanguage language) {
        String code = language.language();
        return (code != null && BUDDHIST_ERA_LANGUAGES.contains(code)) || THAI_MONTHS.containsKey(monthName);
    }

    /**
     * {@link #commonEra(String, boolean)} of a year on a page in {@code language}, with a month of that name: the
     * page's language is asked only of a year a Buddhist-era one can be ({@link #MIN_BUDDHIST_ERA_YEAR} or later), so
     * that a page's dates in this era never ask it ({@link DateLanguage#deferred}).
     */
    private static String commonEra(String year, String monthName, DateLanguage language) {
        return mayBeBuddhistEra(year) ? commonEra(year, buddhistEra(monthName, language)) : year;
    }

    /** False for a year of at most nine ASCII digits below {@link #MIN_BUDDHIST_ERA_YEAR}: it stays as it is in either era. */
    private static boolean mayBeBuddhistEra(String year) {
        if (year.isEmpty() || year.length() > 9) {
            return true;
        }
        int y = 0;
        for (int i = 0; i < year.length(); i++) {
            char c = year.charAt(i);
            if (c < '0' || c > '9') {
                return true;
            }
            y = y * 10 + (c - '0');
        }
        return y >= MIN_BUDDHIST_ERA_YEAR;
    }

    /** The common-era year of a Buddhist-era one (2566 → 2023); other years as they are. */
    private static String commonEra(String year, boolean buddhistEra) {
        if (!buddhistEra) {
            return year;
        }
        int y = Integer.parseInt(year);
        return y >= MIN_BUDDHIST_ERA_YEAR ? String.valueOf(y - BUDDHIST_ERA_OFFSET) : year;
    }

    /**
     * The month a normalized name spells: in the page's own language when it has the spelling (Croatian
     * "listopada" is October), else as {@link MonthNames#byNormalizedName} reads it for any page.
     */
    private static Integer month(String name, DateLanguage language) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!LANGUAGE_DEPENDENT_MONTHS.contains(key)) {
            return MONTHS.get(key); // no language reads this spelling as another month: the page's language is not asked
        }
        Integer own = MonthNames.ofLanguage(language.language()).get(key);
        return own != null ? own : MONTHS.get(key);
    }

    private static LocalDate day(String year, Integer month, String day) {
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

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * A regular expression matching exactly the given words (all of them {@code depth} characters or
     * longer, sharing their first {@code depth}), branching on one character at a time.
     */
    private static String trie(SortedSet<String> words, int depth) {
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

    /** Digits of any script (Eastern Arabic ٠-٩, Persian ۰-۹, Devanagari ०-९ ...) as ASCII digits. */
    static String toAsciiDigits(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char mapped = c > 0x7F && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
            if (mapped != c && out == null) {
                out = new StringBuilder(s);
            }
            if (out != null) {
                out.setCharAt(i, mapped);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * The Gregorian day (yyyy-MM-dd) of an Ethiopian-calendar date, or null when the month or day is out of range:
     * twelve months of thirty days and a thirteenth of five (six every fourth year, the year before the
     * Gregorian leap year), counted from the calendar's epoch by Julian day numbers.
     */
    private static String ethiopian(int year, int month, int day) {
        if (day < 1 || day > (month == 13 ? 6 : 30) || year < 1900 || year > 2100) {
            return null;
        }
        long jdn = ETHIOPIAN_EPOCH_JDN + 365L * (year - 1) + year / 4 + 30L * (month - 1) + day;
        return LocalDate.ofEpochDay(jdn - UNIX_EPOCH_JDN).toString();
    }
}
