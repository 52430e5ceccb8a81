package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.WebAddress;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.DateParser.MONTHS;
import static dev.newsdrop.extract.meta.dates.DateParser.day;
import static dev.newsdrop.extract.meta.dates.DateParser.iso;

/**
 * Dates in a page's address: dated paths (/2024/03/27/, /2024/0327/, /2023/dec/21/, /2024.05.03/), a compact or
 * stamped id ("-20161213-story.html", "/AKR20250305123400001"), a date in the slug, and a path's year folder alone.
 */
final class UrlDates {

    /** A dated path's year folder, and its month folder when one follows, with no day folder: /2025/03/slug, /2025/slug. */
    private static final Pattern URL_YEAR_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(?:(0?[1-9]|1[0-2])/)?(?!\\d{1,2}(?:[/_.-]|$))");

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
    }}
