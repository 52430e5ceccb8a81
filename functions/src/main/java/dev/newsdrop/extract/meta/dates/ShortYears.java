package dev.newsdrop.extract.meta.dates;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.DateParser.MONTH_ALTERNATION;
import static dev.newsdrop.extract.meta.dates.DateParser.day;
import static dev.newsdrop.extract.meta.dates.DateParser.digitsEnd;
import static dev.newsdrop.extract.meta.dates.DateParser.isAsciiDigit;
import static dev.newsdrop.extract.meta.dates.DateParser.month;
import static dev.newsdrop.extract.meta.dates.DateParser.withTime;

/**
 * Dates whose year is written in two digits: numeric ones ("25.04.24", "3-2-22", "12/03/26" where the page's locale
 * tells the order) and those with an apostrophe for the century ("3rd Dec '26"), the century found about a pivot.
 */
final class ShortYears {

    /** A two-digit year at or above this is in the 1900s ("3.2.98"), below it in the 2000s ("25.04.24"). */
    private static final int TWO_DIGIT_YEAR_PIVOT = 70;

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
    static String apostropheYearDate(String digits, DateLanguage language) {
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
    }}
