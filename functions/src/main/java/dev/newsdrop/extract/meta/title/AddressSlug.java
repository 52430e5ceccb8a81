package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.ComparisonKey;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of a page's address slug, the last segment of its path, which CMSs write from the headline when the
 * article is saved ("/2026/11/30/hallenbad-bleibt-bis-maerz-geschlossen/"). A heading whose words the slug spells
 * whole, and no more, is the headline the page was published under, however short it is beside a stated title: a
 * label over many pages ("Aktuelles", "Latest news") is not written into each page's own address.
 */
final class AddressSlug {

    /** What joins a slug's words. */
    private static final Pattern SLUG_SEPARATOR = Pattern.compile("[-_+.]+");

    /** A file ending on the last segment ("...-geschlossen.html"). */
    private static final Pattern FILE_ENDING = Pattern.compile("(?i)\\.(?:s?html?|php|aspx?|jsp)$");

    /** A word of digits alone: an id or a date CMSs set before or after the slug's words. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** A slug longer than this is no headline's (and is not read). */
    private static final int MAX_SLUG_CHARS = 300;

    /** A slug spells a heading only with at least this many words and key characters: one word may name a section. */
    private static final int MIN_SLUG_WORDS = 2;
    private static final int MIN_SLUG_KEY_CHARS = 10;

    /**
     * Letters that slugs write with plain ones, as German, Nordic, French and Polish CMSs transliterate them; the
     * accents compatibility decomposition drops ("März" → "marz") are the other common spelling and are tried too.
     */
    private static final Map<Character, String> TRANSLITERATED = Map.ofEntries(
            Map.entry('ä', "ae"), Map.entry('ö', "oe"), Map.entry('ü', "ue"), Map.entry('ß', "ss"),
            Map.entry('æ', "ae"), Map.entry('ø', "oe"), Map.entry('å', "aa"), Map.entry('œ', "oe"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('þ', "th"));

    /** The plain letter of a letter that compatibility decomposition leaves as it is. */
    private static final Map<Character, String> UNDECOMPOSED = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('ø', "o"), Map.entry('œ', "oe"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('þ', "th"));

    private AddressSlug() {
    }

    /**
     * True when the last segment of the address's path, without a file ending and words of digits alone, spells the
     * heading's words: the same letters and digits, accents dropped or transliterated. False for a slug of one word.
     */
    static boolean spells(String pageUrl, String heading) {
        String slug = slugKey(pageUrl);
        if (slug == null) {
            return false;
        }
        String lower = heading.toLowerCase(java.util.Locale.ROOT);
        return slug.equals(ComparisonKey.of(replaced(lower, UNDECOMPOSED))) || slug.equals(ComparisonKey.of(replaced(lower, TRANSLITERATED)));
    }

    /** The key of the address's slug, digits-only words left out; null when it has too few words to spell a headline. */
    private static String slugKey(String pageUrl) {
        if (pageUrl == null) {
            return null;
        }
        int end = pageUrl.length();
        int cut = indexOfAny(pageUrl, "?#");
        if (cut >= 0) {
            end = cut;
        }
        while (end > 0 && pageUrl.charAt(end - 1) == '/') {
            end--;
        }
        int start = pageUrl.lastIndexOf('/', end - 1) + 1;
        if (start <= 0 || end - start > MAX_SLUG_CHARS || pageUrl.lastIndexOf("//", end) >= start - 2) {
            return null; // no path, or the host itself
        }
        String segment = pageUrl.substring(start, end);
        try {
            segment = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null; // a broken escape
        }
        segment = FILE_ENDING.matcher(segment).replaceAll("");
        StringBuilder key = new StringBuilder();
        int words = 0;
        for (String w : SLUG_SEPARATOR.split(segment.toLowerCase(java.util.Locale.ROOT))) {
            if (w.isEmpty() || DIGITS.matcher(w).matches()) {
                continue;
            }
            words++;
            key.append(ComparisonKey.of(replaced(w, UNDECOMPOSED)));
        }
        return words >= MIN_SLUG_WORDS && key.length() >= MIN_SLUG_KEY_CHARS ? key.toString() : null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text with each letter the map names replaced by its spelling. */
    private static String replaced(String text, Map<Character, String> map) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String r = map.get(text.charAt(i));
            if (r != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(r != null ? r : String.valueOf(text.charAt(i)));
            }
        }
        return out == null ? text : out.toString();
    }
}
