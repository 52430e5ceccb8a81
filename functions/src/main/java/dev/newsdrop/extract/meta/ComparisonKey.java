package dev.newsdrop.extract.meta;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two names, titles or site names are compared by: accents, case, spaces and punctuation
 * ignored; a leading scheme and "www." and a few common domain endings dropped, so that "www.example.com",
 * "Example" and "EXAMPLE.com" meet. Titles, site names and authors all compare through it.
 */
public final class ComparisonKey {

    private static final Pattern URL_PREFIX = Pattern.compile("^(?:https?://)?(?:www\\.)?");
    private static final Pattern DOMAIN_SUFFIX = Pattern.compile("\\.(?:com|org|net|co\\.uk|fr|de|info|news)$");

    /** {@link #DOMAIN_SUFFIX}'s endings as strings, for the key of a string without a closing line break. */
    private static final String[] DOMAIN_SUFFIXES = {".com", ".org", ".net", ".co.uk", ".fr", ".de", ".info", ".news"};

    private ComparisonKey() {
    }

    /** The comparison key of {@code s}. */
    public static String of(String s) {
        int last = s.length() - 1;
        if (isAscii(s) && !(last >= 0 && isLineTerminator(s.charAt(last)))) {
            return ofAscii(s); // most names and titles: no decomposition, no lower-case copy
        }
        return ofAnyText(s);
    }

    /** {@link #of} for any text: decomposed, lower-cased, then the prefix, suffix and all but letters and digits cut. */
    static String ofAnyText(String s) {
        String n = (isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
        int last = n.length() - 1;
        if (last >= 0 && isLineTerminator(n.charAt(last))) { // where '$' has its line-terminator meaning
            n = DOMAIN_SUFFIX.matcher(URL_PREFIX.matcher(n).replaceAll("")).replaceAll("");
            return lettersAndDigits(n, 0, n.length());
        }
        // URL_PREFIX and DOMAIN_SUFFIX without a regex: the key is asked of every candidate string
        int from = n.startsWith("https://") ? 8 : n.startsWith("http://") ? 7 : 0;
        if (n.startsWith("www.", from)) {
            from += 4;
        }
        int to = n.length();
        for (String suffix : DOMAIN_SUFFIXES) {
            if (to - suffix.length() >= from && n.endsWith(suffix)) {
                to -= suffix.length();
                break;
            }
        }
        return lettersAndDigits(n, from, to);
    }

    /**
     * {@link #of} of an ASCII text that does not end in a line break, in one pass: ASCII's letters and
     * digits are a to z, A to Z and 0 to 9, its lower case changes A to Z alone, and the prefix and
     * suffix compare without regard to case as they would on the lower-case copy.
     */
    private static String ofAscii(String s) {
        int from = s.regionMatches(true, 0, "https://", 0, 8) ? 8 : s.regionMatches(true, 0, "http://", 0, 7) ? 7 : 0;
        if (s.regionMatches(true, from, "www.", 0, 4)) {
            from += 4;
        }
        int to = s.length();
        for (String suffix : DOMAIN_SUFFIXES) {
            if (to - suffix.length() >= from && s.regionMatches(true, to - suffix.length(), suffix, 0, suffix.length())) {
                to -= suffix.length();
                break;
            }
        }
        char[] out = new char[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out[length++] = c;
            } else if (c >= 'A' && c <= 'Z') {
                out[length++] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(out, 0, length);
    }

    /**
     * Turkish and Azerbaijani's dotless small i, whose capital is the plain I: "ARTTI" lower-cased without the
     * language reads "artti", so the key writes "arttı" with the plain i too, and a headline set in capitals meets
     * the one written in sentence case (the dotted capital İ already decomposes to i and a dot that is no letter).
     */
    private static final int DOTLESS_SMALL_I = '\u0131';

    /** The letters and digits of {@code n} from {@code from} to {@code to}, in order, the dotless i as i. */
    private static String lettersAndDigits(String n, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int cp = n.codePointAt(i);
            if (cp == DOTLESS_SMALL_I) {
                out.append('i');
            } else if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** True when every character is ASCII, which compatibility decomposition leaves as it is. */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The characters before which a regular expression's '$' also matches at the end of the input. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
