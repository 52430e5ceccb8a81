package dev.newsdrop.extract.meta.dates;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.DateParser.MIN_YEAR;
import static dev.newsdrop.extract.meta.dates.DateParser.day;
import static dev.newsdrop.extract.meta.dates.DateParser.holdsCharIn;
import static dev.newsdrop.extract.meta.dates.DateParser.iso;
import static dev.newsdrop.extract.meta.dates.DateParser.trie;
import static dev.newsdrop.extract.meta.dates.DateParser.withTime;

/**
 * Years counted in an era other than the common one, as {@link DateParser} converts them: the Buddhist era of Thai and
 * Lao pages ("10 กุมภาพันธ์ 2566", "3 ธ.ค. 69"), and the eras that name their years, Japan's and the Republic of
 * China's ("令和6年3月2日", "民國113年3月2日", Taiwan's numeric "113-03-27").
 */
final class EraYears {

    /** Thai dates count years in the Buddhist era, this many ahead of the common era (2566 is 2023). */
    private static final int BUDDHIST_ERA_OFFSET = 543;

    /**
     * Languages whose pages may count years in the Buddhist era: Thai, and Lao, whose papers date in either era
     * ("05 ທັນວາ 2569", "04/12/2569"). A year below {@link #MIN_BUDDHIST_ERA_YEAR} stays a common-era one.
     */
    private static final Set<String> BUDDHIST_ERA_LANGUAGES = Set.of("th", "lo");

    /** The first Buddhist-era year read as one: 1995's; no common-era year this high is accepted. */
    private static final int MIN_BUDDHIST_ERA_YEAR = MIN_YEAR + BUDDHIST_ERA_OFFSET;

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

    /** True when the text has a letter of the Thai script (U+0E00-U+0E7F), as a Thai month's name does. */
    static boolean hasThaiLetter(String s) {
        return holdsCharIn(s, '\u0E00', '\u0E7F');
    }

    /** A Thai date with a two-digit Buddhist-era year ({@link #THAI_SHORT_YEAR}) as a Gregorian day; null when none. */
    static String thaiShortYearDate(String s) {
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


    /** The first {@link #MINGUO_NUMERIC} date as a Gregorian day; null when none. */
    static String minguoNumericDate(String s) {
        Matcher m = MINGUO_NUMERIC.matcher(s);
        if (!m.find()) {
            return null;
        }
        String year = String.valueOf(Integer.parseInt(m.group(1)) + MINGUO_YEAR_BEFORE_FIRST);
        return withTime(day(year, Integer.parseInt(m.group(3)), m.group(4)), s, m.end());
    }

    /** A date whose year an era names ({@link #ERA_DATE}), as a Gregorian day; null when none. */
    static String eraDate(String s) {
        Matcher m = ERA_DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        int yearOfEra = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
        return iso(day(String.valueOf(ERA_YEAR_BEFORE_FIRST.get(m.group(1)) + yearOfEra), Integer.parseInt(m.group(3)), m.group(4)));
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
    static String commonEra(String year, String monthName, DateLanguage language) {
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
    static String commonEra(String year, boolean buddhistEra) {
        if (!buddhistEra) {
            return year;
        }
        int y = Integer.parseInt(year);
        return y >= MIN_BUDDHIST_ERA_YEAR ? String.valueOf(y - BUDDHIST_ERA_OFFSET) : year;
    }}
