package dev.newsdrop.extract.meta.dates;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.DateParser.alternation;
import static dev.newsdrop.extract.meta.dates.DateParser.holdsCharIn;
import static dev.newsdrop.extract.meta.dates.DateParser.withTime;

/**
 * Nepal's official calendar, Bikram Sambat, as Nepali pages write its dates ("२०८३ मंसिर १९ गते"), converted to the
 * Gregorian day by the calendar committee's table of month lengths.
 */
final class BikramSambat {

    /** The languages whose pages write Bikram Sambat dates with Nepal's month names: Nepali (India's Vikram Samvat is lunisolar). */
    static final java.util.Set<String> BIKRAM_SAMBAT_LANGUAGES = java.util.Set.of("ne");

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
    static String bikramSambatDate(String s) {
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
    }}
