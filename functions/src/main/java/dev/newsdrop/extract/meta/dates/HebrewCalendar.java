package dev.newsdrop.extract.meta.dates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of the Hebrew calendar as Israeli, Haredi and Jewish community pages print them, the day and the year in
 * Hebrew numerals ("כ"ג בכסלו תשפ"ז", "ט״ז כסלו ה'תשפ"ז"), beside the Gregorian date or instead of it; converted to
 * the Gregorian day. The calendar is the fixed arithmetic one (molad of Tishrei and the four postponements), as
 * Calendrical Calculations sets it out: the year begins on 1 Tishrei, a leap year (7 in every 19) has Adar I before
 * Adar (II), and Heshvan and Kislev run 29 or 30 days as the year's length gives.
 */
final class HebrewCalendar {

    /** Month numbers counted from Tishrei (1) to Elul (12) with Adar 6; Adar I and Adar II of a leap year apart. */
    private static final int TISHREI = 1;
    private static final int HESHVAN = 2;
    private static final int KISLEV = 3;
    private static final int ADAR = 6;
    private static final int ADAR_I = 13;
    private static final int ADAR_II = 14;

    /**
     * The month names, with the spellings papers use (full and defective, "מרחשוון" for Heshvan, "מנחם אב" for Av), and
     * Adar I and II with a geresh, a quote or none after the letter.
     */
    private static final Map<String, Integer> MONTHS = months();

    /** The Hebrew letters' values (final forms as their plain ones), indexed from alef (U+05D0). */
    private static final int[] LETTER_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90,
            100, 200, 300, 400};

    /** The marks that set a Hebrew numeral apart from a word: geresh and gershayim, or the ASCII apostrophe and quote. */
    private static final String NUMERAL_MARKS = "'\"\u05F3\u05F4\u2019\u201D";

    /**
     * A Hebrew-calendar date: the day in Hebrew numerals with its mark ("כ"ג", "ה'", "ט״ז"), the month perhaps after
     * the prefix "ב" ("in"; "בכסלו", "ב-כסלו"), and the year in numerals with its gershayim ("תשפ"ז"), perhaps after
     * the thousands' "ה'". The day and the year must carry their marks: bare letters are words.
     */
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\u05D0-\\u05EA])([\\u05D0-\\u05EA][\"\\u05F4\\u201D][\\u05D0-\\u05EA]|[\\u05D0-\\u05EA]['\\u05F3\\u2019])"
                    + "\\s{0,2}(?:ב[-\\u05BE]?)?(" + DateParser.alternation(MONTHS.keySet()) + ")(?![\\u05D0-\\u05EA])"
                    + "[\\s,]{1,3}(?:ה['\\u05F3\\u2019]\\s?)?([\\u05D0-\\u05EA]{2,3}[\"\\u05F4\\u201D][\\u05D0-\\u05EA])(?![\\u05D0-\\u05EA])");

    /** Years read: 5755 began in 1994, 5861 in 2100 (a publication's dates, as {@link DateParser}'s range). */
    private static final int MIN_YEAR = 5755;
    private static final int MAX_YEAR = 5860;

    /** The fixed day (Rata Die) of the Hebrew calendar's epoch, 1 Tishrei AM 1 (7 October 3761 BCE, Julian). */
    private static final long EPOCH = -1_373_427L;

    /** The fixed day (Rata Die, 1 is 1 January of year 1) of 1970-01-01. */
    private static final long UNIX_EPOCH_FIXED = 719_163L;

    private HebrewCalendar() {
    }

    /** The first Hebrew-calendar date in the text as a Gregorian day, with the text's position after it; null when none. */
    static Found find(String text) {
        if (!holdsHebrewLetter(text)) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            int day = numeral(m.group(1));
            int year = 5000 + numeral(m.group(3));
            LocalDate date = toGregorian(year, MONTHS.get(m.group(2)), day);
            if (date != null) {
                return new Found(date, m.end());
            }
        }
        return null;
    }

    /** A date found in text and where it ends. */
    record Found(LocalDate date, int end) {
    }

    /**
     * The Gregorian day of a Hebrew date, or null when the year is out of range or the month has no such day. Month
     * numbers run from Tishrei (1) to Elul (12), Adar 6; Adar I is 13 and Adar II 14 (either is Adar in a common year).
     */
    static LocalDate toGregorian(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || day < 1) {
            return null;
        }
        boolean leap = isLeap(year);
        List<Integer> order = leap ? List.of(TISHREI, HESHVAN, KISLEV, 4, 5, ADAR_I, ADAR, 7, 8, 9, 10, 11, 12)
                : List.of(TISHREI, HESHVAN, KISLEV, 4, 5, ADAR, 7, 8, 9, 10, 11, 12);
        int wanted = month == ADAR_II || month == ADAR_I && !leap ? ADAR : month;
        long yearLength = newYear(year + 1) - newYear(year);
        long days = 0;
        for (int m : order) {
            int length = monthLength(m, yearLength);
            if (m == wanted) {
                return day > length ? null : LocalDate.ofEpochDay(newYear(year) + days + day - 1 - UNIX_EPOCH_FIXED);
            }
            days += length;
        }
        return null;
    }

    /** A month's days: Heshvan 30 in a complete year (355 or 385 days), Kislev 29 in a deficient one (353, 383). */
    private static int monthLength(int month, long yearLength) {
        if (month == HESHVAN) {
            return yearLength % 10 == 5 ? 30 : 29;
        }
        if (month == KISLEV) {
            return yearLength % 10 == 3 ? 29 : 30;
        }
        return month == ADAR_I || month % 2 == 1 ? 30 : 29; // Tishrei, Shevat, Nisan, Sivan, Av 30; Tevet, Adar, Iyar, Tammuz, Elul 29
    }

    /** True in the 3rd, 6th, 8th, 11th, 14th, 17th and 19th years of the 19-year cycle. */
    static boolean isLeap(int year) {
        return Math.floorMod(7L * year + 1, 19) < 7;
    }

    /** The fixed day of 1 Tishrei of the year: the molad's day, postponed as the calendar's rules require. */
    private static long newYear(int year) {
        long day = EPOCH + elapsedDays(year);
        return day + yearLengthCorrection(year);
    }

    /** Days from the epoch to the molad of Tishrei's day, postponed when the molad falls at noon or later, or on Sunday, Wednesday or Friday. */
    private static long elapsedDays(int year) {
        long monthsElapsed = Math.floorDiv(235L * year - 234, 19);
        long partsElapsed = 12_084 + 13_753 * monthsElapsed;
        long days = 29 * monthsElapsed + Math.floorDiv(partsElapsed, 25_920);
        return Math.floorMod(3 * (days + 1), 7) < 3 ? days + 1 : days;
    }

    /** The postponement that keeps a year from running 356 days, or the year before 382. */
    private static int yearLengthCorrection(int year) {
        long ny0 = elapsedDays(year - 1);
        long ny1 = elapsedDays(year);
        long ny2 = elapsedDays(year + 1);
        if (ny2 - ny1 == 356) {
            return 2;
        }
        return ny1 - ny0 == 382 ? 1 : 0;
    }

    /** The value of a numeral written in Hebrew letters, its marks skipped ("כ"ג" is 23, "תשפ"ז" 787). */
    static int numeral(String letters) {
        int sum = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c >= '\u05D0' && c <= '\u05EA') {
                sum += LETTER_VALUES[c - '\u05D0'];
            } else if (NUMERAL_MARKS.indexOf(c) < 0) {
                return -1;
            }
        }
        return sum;
    }

    private static boolean holdsHebrewLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u05D0' && c <= '\u05EA') {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
                {"תשרי"}, {"חשון", "חשוון", "מרחשון", "מרחשוון", "מר-חשון", "מר חשוון"}, {"כסלו", "כסליו"}, {"טבת"}, {"שבט"},
                {"אדר"}, {"ניסן"}, {"אייר", "איר"}, {"סיון", "סיוון"}, {"תמוז"}, {"אב", "מנחם אב", "מנחם-אב"}, {"אלול"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(name, i + 1);
            }
        }
        for (String mark : List.of("'", "\u05F3", "\u2019", "")) {
            m.put("אדר א" + mark, ADAR_I);
            m.put("אדר ב" + mark, ADAR_II);
        }
        m.put("אדר ראשון", ADAR_I);
        m.put("אדר שני", ADAR_II);
        return Map.copyOf(m);
    }
}
