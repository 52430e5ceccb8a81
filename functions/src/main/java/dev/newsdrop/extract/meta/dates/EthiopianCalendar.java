package dev.newsdrop.extract.meta.dates;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Ethiopian calendar as Amharic and Tigrinya pages write its dates ("ኅዳር 23 ቀን 2019 ዓ.ም"), converted to the
 * Gregorian day by Julian day numbers; and Eritrea's Gregorian months, which bear the Ethiopian names.
 */
final class EthiopianCalendar {

    /** The Ethiopian months ({@link MonthNames#ethiopianMonths}), normalized. */
    static final Map<String, Integer> ETHIOPIAN_MONTHS = MonthNames.ethiopianMonths();

    /**
     * An Ethiopian-calendar date as Amharic writes it: the month, the day, perhaps "ቀን" (day), then the year
     * after a blank, a slash or a comma: "ኅዳር 23 ቀን 2019 ዓ.ም", the agency's dateline "ኅዳር 24/2019".
     */
    static final Pattern ETHIOPIAN_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(" + String.join("|", new TreeSet<>(ETHIOPIAN_MONTHS.keySet()).descendingSet())
                    + ")\\s*(\\d{1,2})(?:\\s*ቀን)?\\s*[/,፣]?\\s*(\\d{4})(?!\\d)");

    /** The languages whose pages write Ethiopian-calendar dates: Amharic and Tigrinya. */
    static final java.util.Set<String> ETHIOPIAN_CALENDAR_LANGUAGES = java.util.Set.of("am", "ti");

    /** The Gregorian months by the names Eritrea gives them ({@link MonthNames#eritreanGregorianMonths}), normalized. */
    static final Map<String, Integer> ERITREAN_GREGORIAN_MONTHS = MonthNames.eritreanGregorianMonths();

    /**
     * The Ethiopian calendar counts its years seven or eight behind the Gregorian: a year above this year's Gregorian
     * number less seven is no Ethiopian year yet, and a Tigrinya date in it ("ታሕሳስ 3, 2026") is Eritrea's, which gives
     * the Ethiopian names to the Gregorian months ({@link MonthNames#eritreanGregorianMonths}).
     */
    static final int LATEST_ETHIOPIAN_YEAR = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() - 7;

    /** The Julian day number of the day before the Ethiopian calendar's first (Amete Mihret 1, Meskerem 1, less one). */
    private static final long ETHIOPIAN_EPOCH_JDN = 1_724_220L;

    /** The Julian day number of 1970-01-01, the epoch of {@link LocalDate#ofEpochDay}. */
    private static final long UNIX_EPOCH_JDN = 2_440_588L;

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

    /**
     * The Gregorian day (yyyy-MM-dd) of an Ethiopian-calendar date, or null when the month or day is out of range:
     * twelve months of thirty days and a thirteenth of five (six every fourth year, the year before the
     * Gregorian leap year), counted from the calendar's epoch by Julian day numbers.
     */
    static String ethiopian(int year, int month, int day) {
        if (day < 1 || day > (month == 13 ? 6 : 30) || year < 1900 || year > 2100) {
            return null;
        }
        long jdn = ETHIOPIAN_EPOCH_JDN + 365L * (year - 1) + year / 4 + 30L * (month - 1) + day;
        return LocalDate.ofEpochDay(jdn - UNIX_EPOCH_JDN).toString();
    }}
