package dev.newsdrop.extract.meta.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.DateParser.MAX_YEAR;
import static dev.newsdrop.extract.meta.dates.DateParser.MIN_YEAR;
import static dev.newsdrop.extract.meta.dates.DateParser.alternation;
import static dev.newsdrop.extract.meta.dates.DateParser.holdsCharIn;

/**
 * The Hijri calendars, whose dates {@link DateParser} converts to the Gregorian day: the Solar Hijri of Iran and
 * Afghanistan ("۱۲ اسفند ۱۴۰۲", "8 حمل 1403", numeric on a Persian page) by its 33-year rule, and the lunar Hijri
 * ("17 رمضان 1445 هـ") by the Umm al-Qura reckoning; and how a year-first numeric date's year tells one from the other.
 */
final class HijriCalendars {

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
    static final Map<String, Integer> SOLAR_HIJRI_MONTHS = MonthNames.solarHijriMonths();

    /** Solar Hijri month names as Afghanistan writes them, read on Persian and Pashto pages only. */
    static final Map<String, Integer> AFGHAN_SOLAR_HIJRI_MONTHS = MonthNames.afghanSolarHijriMonths();

    /** The languages whose pages name the Solar Hijri months by Afghanistan's names: Dari (tagged fa or prs) and Pashto. */
    static final java.util.Set<String> AFGHAN_SOLAR_HIJRI_LANGUAGES = java.util.Set.of("fa", "prs", "ps");

    /** "8 حمل 1403": a day, an Afghan Solar Hijri month ({@link #AFGHAN_SOLAR_HIJRI_MONTHS}) and the year. */
    static final Pattern AFGHAN_SOLAR_HIJRI_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*(" + alternation(AFGHAN_SOLAR_HIJRI_MONTHS.keySet()) + ")\\s*[,،]?\\s*(\\d{4})(?!\\d)");

    /**
     * Pashto's long form, the year first with its word ("کال", year; "لمریز کال", solar year), then "د" (of), the month
     * and the day with its ordinal "مه": "د ۱۴۰۵ کال د لیندۍ ۱۴مه", as Afghan officials and agencies date a text in Pashto.
     * Matched on the normalized text, so its words are normalized too.
     */
    static final Pattern PASHTO_SOLAR_HIJRI_YEAR_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*(?:" + DateSpelling.normalize("لمریز") + "\\s*)?" + DateSpelling.normalize("کال") + "\\s*د\\s*("
                    + alternation(AFGHAN_SOLAR_HIJRI_MONTHS.keySet()) + ")\\s*(\\d{1,2})(?:مه|م)?(?!\\d)");

    /** The lunar Hijri month names (Arabic and Urdu spellings), normalized. */
    static final Map<String, Integer> LUNAR_HIJRI_MONTHS = MonthNames.lunarHijriMonths();

    /** "17 رمضان 1445 هـ": a day, a lunar Hijri month ({@link #LUNAR_HIJRI_MONTHS}) and the year. */
    static final Pattern LUNAR_HIJRI_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*(" + alternation(LUNAR_HIJRI_MONTHS.keySet()) + ")(?![\\p{L}\\p{M}])\\s*[,،]?\\s*(\\d{4})(?!\\d)");

    /**
     * A numeric lunar Hijri date, year first or last, marked as such by the "هـ" (Urdu "ھ") written
     * after it: "1445/09/17 هـ", "17/09/1445هـ".
     */
    static final Pattern LUNAR_HIJRI_NUMERIC = Pattern.compile(
            "(?<!\\d)(?:(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})|(\\d{1,2})([/.-])(\\d{1,2})\\6(\\d{4}))(?!\\d)\\s*[هھ]");

    /** The Gregorian day of a lunar Hijri date by the Umm al-Qura calendar; null when out of range or no such day. */
    static LocalDate lunarHijri(String yearText, int month, String dayText) {
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

    /** Years of the lunar Hijri calendar as dates print them: 1400 AH began in 1979, 1500 AH begins in 2076. */
    private static final int MIN_LUNAR_HIJRI_YEAR = 1400;
    private static final int MAX_LUNAR_HIJRI_YEAR = 1500;

    /**
     * True when a year-first numeric date's year is a lunar Hijri one, not a Persian page's Solar Hijri
     * year (which {@link #solarHijri} converts): no common-era year so low is a publication's.
     */
    static boolean isLunarHijriYear(int year, String text, DateLanguage language) {
        return !isSolarHijriYear(year, text, language) && year >= MIN_LUNAR_HIJRI_YEAR && year <= MAX_LUNAR_HIJRI_YEAR;
    }

    /**
     * True when a year-first numeric date's year is a Solar Hijri one: in its range, on a Persian, Dari or Pashto page
     * ({@link #AFGHAN_SOLAR_HIJRI_LANGUAGES}: Afghanistan's "۱۴۰۵/۰۹/۱۳" is solar too) or one writing Persian digits.
     */
    static boolean isSolarHijriYear(int year, String text, DateLanguage language) {
        return year >= MIN_SOLAR_HIJRI_YEAR && year <= MAX_SOLAR_HIJRI_YEAR
                && (language.language() == null ? hasPersianDigit(text) : AFGHAN_SOLAR_HIJRI_LANGUAGES.contains(language.language()));
    }

    /**
     * The Gregorian day of a Solar Hijri date: the year's first day counted from a known one by the
     * lengths of the years between, then the days of the months before; null when out of range.
     */
    static LocalDate solarHijri(String yearText, int month, String dayText) {
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
    static boolean lunarHijriMark(String s, int end) {
        return s.substring(end, Math.min(s.length(), end + HIJRI_MARK_CHARS)).indexOf('\u0642') >= 0;
    }

    /**
     * True when the text has a Persian digit (۰-۹, U+06F0-U+06F9), which Arabic does not write; Urdu
     * does, but counts its years by the moon, so only a page that states no language is read by them.
     */
    private static boolean hasPersianDigit(String text) {
        return holdsCharIn(text, '\u06F0', '\u06F9');
    }}
