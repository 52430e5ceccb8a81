package dev.newsdrop.extract.meta.dates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.DateParser.day;
import static dev.newsdrop.extract.meta.dates.DateParser.withTime;

/**
 * Dates written in numerals other than ASCII digits: the digits of other scripts (Eastern Arabic, Persian,
 * Devanagari, …), Chinese numerals ("二〇二二年二月三日") and months in Roman numerals ("27.III.2024").
 */
final class Numerals {

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

    /**
     * The first date with a Roman-numeral month ({@link #DAY_ROMAN_MONTH_YEAR}, {@link #YEAR_ROMAN_MONTH_DAY})
     * starting before {@code before} in the text as written; null when none. Tried only where a text holds
     * a capital I, V or X.
     */
    static String romanMonthDate(String text, int before) {
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
    static String withChineseNumeralDate(String s) {
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
    }}
