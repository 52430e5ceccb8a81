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

    /** The letters and digits of {@code n} from {@code from} to {@code to}, in order. */
    private static String lettersAndDigits(String n, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int cp = n.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
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
