package dev.newsdrop.extract.meta.dates;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication time an app's state gives in the page's scripts, where Next.js, Nuxt, SvelteKit and similar apps
 * keep it instead of markup: a key and its time as JSON, as JSON escaped in a string or as a JavaScript object
 * ({@link #SCRIPT_DATE}), Nuxt's state function and payload array, and keys in the site's own language. Read only
 * when no markup, dateline or time element dates the page.
 */
final class AppStateDates {

    /** Keys under which app state in scripts stores the publication time (a headless CMS's "firstPublishedAt" beside its "lastPublishedAt"). */
    private static final String SCRIPT_DATE_KEYS = "(?:datePublished|publishDate|published_at|publishedAt|date_published|pubDate|"
            + "firstPublishDate|publish_date|displayDate|createdAt|dateCreated|pub_date|firstPublishedAt|first_published_at|"
            + "first_publish_date|firstPublishedDate|publicationDate|publication_date|publishedDate)";

    /**
     * A key of the first publication is read at most this many characters after a script's first date: the same object's
     * keys ({@link #scriptDate}), not a related story's further on.
     */
    private static final int MAX_CHARS_TO_FIRST_PUBLICATION_KEY = 1000;

    /**
     * A publication time in app state, written as the frameworks write it: JSON ({@code "publishedAt":"…"}, Next.js's
     * {@code __NEXT_DATA__}); JSON inside a JavaScript string, its quotes escaped ({@code \"publishedAt\":\"…\"}, the
     * React Server Components payload that Next.js's App Router pushes to {@code self.__next_f}); or a JavaScript object
     * literal with bare keys ({@code publishedAt:"…"}, Nuxt's {@code window.__NUXT__}). The key is group 2 or 3, the time group 4.
     * The lookahead of the characters a match may start with (a backslash, a quote, a key's first letter) lets the scan of
     * a script's hundred thousand characters pass most places with one test, not one per key.
     */
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "(?=[\\\\\"dpfc])(?:(\\\\?)\"(" + SCRIPT_DATE_KEYS + ")\\1\"|(?<![\\w$.\"])(" + SCRIPT_DATE_KEYS + "))\\s*:\\s*\\\\?\"([^\"\\\\]{8,40})\\\\?\"");

    /** Script text searched for dates: app state puts article data early; megabyte bundles are skipped past. */
    private static final int MAX_SCRIPT_CHARS_SEARCHED = 200_000;

    /**
     * A publication date in a script's app state (Next.js, Nuxt and similar apps keep it there, not in markup): the first
     * one a script gives, unless a key of the first publication ("first_publish_date", "firstPublishedAt") follows it
     * closely, in the same object: the plain key of some CMSs is rewritten at each republication (Arc XP's "publish_date").
     */
    static String scriptDate(List<Element> scripts, DateLanguage lang) {
        for (Element script : scripts) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS_SEARCHED) {
                data = data.substring(0, MAX_SCRIPT_CHARS_SEARCHED);
            }
            data = FrameworkState.readable(data);
            String date = writtenScriptDate(data, lang);
            if (date == null) {
                date = nuxtFunctionDate(data, lang);
            }
            if (date == null && FrameworkState.NUXT_DATA_ID.equals(script.id())) {
                date = nuxtDataDate(data, lang);
            }
            if (date == null) {
                date = namedInLanguageOrConstructedDate(data, lang);
            }
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * Stems of keys that name the publication in the languages of sites whose app state is keyed in their own words
     * ("fechaPublicacion", "publicada", "dataPubblicazione", "pubblicatoIl", "datePublication", "publieLe",
     * "veroeffentlichtAm", "erscheinungsdatum", "publicatiedatum", "dataPublikacji", "yayinTarihi"), matched in any case.
     */
    private static final String PUBLICATION_KEY_STEMS = "publicac|publicad|pubblica|publication|publie|veroeffentlich|veröffentlich|"
            + "erschein|publicatie|gepubliceerd|publikac|opublikow|yayin";

    /**
     * A time as app state writes a value, after its key's colon: an ISO time in quotes (group 1) or a Date built from
     * epoch milliseconds (group 2, {@code new Date(1795507200000)}, as SvelteKit's devalue writes a date into the page).
     * Values are found first, their keys read back from the colon: a script has far fewer times than keys.
     */
    private static final Pattern SCRIPT_TIME_VALUE = Pattern.compile(
            ":\\s*(?:\\\\?\"(\\d{4}-\\d\\d-\\d\\d[^\"\\\\]{0,30})\\\\?\"|new Date\\((\\d{13})\\))");

    /** Publication keys of {@link #PUBLICATION_KEY_STEMS}, matched in a key read back from its value. */
    private static final Pattern PUBLICATION_KEY_STEM = Pattern.compile("(?iu)" + PUBLICATION_KEY_STEMS);

    /** Keys of {@link #SCRIPT_DATE_KEYS}, matched whole in a key read back from its value. */
    private static final Pattern SCRIPT_DATE_KEY = Pattern.compile(SCRIPT_DATE_KEYS);

    /** A key read back from its colon is at most this long. */
    private static final int MAX_KEY_CHARS = 40;

    /**
     * The first publication time in a script whose key names the publication in the site's language
     * ({@link #PUBLICATION_KEY_STEMS}), or in English ({@link #SCRIPT_DATE_KEYS}) with the time built as a Date:
     * {@code pubblicatoIl:"2026-12-02T09:15:00+01:00"}, {@code "fecha_publicacion":"…"}, {@code publishedAt:new Date(…)}.
     * Read only when the script gives no time in the forms before it, and the page no date elsewhere; null when none.
     */
    private static String namedInLanguageOrConstructedDate(String data, DateLanguage lang) {
        Matcher m = SCRIPT_TIME_VALUE.matcher(data);
        while (m.find()) {
            String key = keyBefore(data, m.start());
            if (key == null || !(PUBLICATION_KEY_STEM.matcher(key).find() || m.group(2) != null && SCRIPT_DATE_KEY.matcher(key).matches())) {
                continue;
            }
            String date = DateParser.parse(m.group(1) != null ? m.group(1) : m.group(2), lang);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The key written just before the colon at {@code colon}, quoted (also with escaped quotes) or bare; null when none. */
    private static String keyBefore(String data, int colon) {
        int end = colon;
        while (end > 0 && Character.isWhitespace(data.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && (data.charAt(end - 1) == '"' || data.charAt(end - 1) == '\'' || data.charAt(end - 1) == '\\')) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_KEY_CHARS && (Character.isLetterOrDigit(data.charAt(start - 1))
                || data.charAt(start - 1) == '_' || data.charAt(start - 1) == '$')) {
            start--;
        }
        return start < end ? data.substring(start, end) : null;
    }

    /**
     * A key of {@link #SCRIPT_DATE_KEYS} whose value is a bare name, in Nuxt 2's state function ({@code publishedAt:c}):
     * the name is one of the function's parameters. Group 1 is the key, group 2 the name.
     */
    private static final Pattern SCRIPT_DATE_NAMED = Pattern.compile(
            "(?<![\\w$.\"])(" + SCRIPT_DATE_KEYS + ")\\s*:\\s*([A-Za-z_$][\\w$]{0,3})(?=\\s*[,}])");

    /**
     * A key of {@link #SCRIPT_DATE_KEYS} whose value is the index of an element of Nuxt 3's payload array
     * ({@code "publishedAt":8}). Group 1 is the key, group 2 the index.
     */
    private static final Pattern SCRIPT_DATE_INDEXED = Pattern.compile("\"(" + SCRIPT_DATE_KEYS + ")\":(\\d{1,7})(?=[,}])");

    /** The first publication time in Nuxt 2's state function, its value the argument its key names; null when none. */
    private static String nuxtFunctionDate(String data, DateLanguage lang) {
        Map<String, String> args = FrameworkState.nuxtArguments(data);
        if (args.isEmpty()) {
            return null;
        }
        Matcher m = SCRIPT_DATE_NAMED.matcher(data);
        while (m.find()) {
            String date = DateParser.parse(args.get(m.group(2)), lang);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The first publication time in Nuxt 3's payload, its value the element its key's index gives; null when none. */
    private static String nuxtDataDate(String data, DateLanguage lang) {
        Matcher m = SCRIPT_DATE_INDEXED.matcher(data);
        if (!m.find()) {
            return null;
        }
        JsonNode payload = FrameworkState.nuxtData(data);
        if (payload == null) {
            return null;
        }
        do {
            String date = DateParser.parse(FrameworkState.nuxtDataValue(payload, Integer.parseInt(m.group(2))), lang);
            if (date != null) {
                return date;
            }
        } while (m.find());
        return null;
    }

    /**
     * The publication time a script writes beside its key ({@link #SCRIPT_DATE}): the first, or a key of the first
     * publication among the same object's keys after it; null when the script's first such key gives no date.
     */
    private static String writtenScriptDate(String data, DateLanguage lang) {
        Matcher m = SCRIPT_DATE.matcher(data);
        if (!m.find()) {
            return null;
        }
        String first = DateParser.parse(m.group(4), lang);
        if (first == null) {
            return null;
        }
        int reach = m.end() + MAX_CHARS_TO_FIRST_PUBLICATION_KEY;
        do {
            String key = m.group(2) != null ? m.group(2) : m.group(3);
            if (key.regionMatches(true, 0, "first", 0, "first".length())) {
                String d = DateParser.parse(m.group(4), lang);
                return d != null ? d : first;
            }
        } while (m.find() && m.start() <= reach);
        return first;
    }

    private AppStateDates() {
    }
}
