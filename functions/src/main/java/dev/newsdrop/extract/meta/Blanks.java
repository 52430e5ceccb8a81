package dev.newsdrop.extract.meta;

/**
 * Runs of blanks in a text collapsed to one space, as {@code Pattern.compile("[\\s\\u00A0]+").matcher(s).replaceAll(" ")}
 * gives them, without the pattern: the finders collapse every heading, byline and title they read, and the
 * regular expression engine is asked of each character. A blank is what {@code \s} means without the Unicode
 * flag (space, tab, line feed, vertical tab, form feed, carriage return), or the no-break space.
 */
public final class Blanks {

    private Blanks() {
    }

    /** The text with each run of blanks replaced by one space. */
    public static String collapsed(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && !(isBlank(s.charAt(i)) && (s.charAt(i) != ' ' || (i + 1 < n && isBlank(s.charAt(i + 1)))))) {
            i++; // the text up to the first blank that is not a lone space is kept as it is
        }
        if (i == n) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                out.append(' ');
                do {
                    i++;
                } while (i < n && isBlank(s.charAt(i)));
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A blank as {@code [\s\u00A0]} means it. */
    public static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }
}
