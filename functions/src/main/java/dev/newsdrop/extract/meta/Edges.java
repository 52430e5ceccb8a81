package dev.newsdrop.extract.meta;

import java.util.function.IntPredicate;

/**
 * A text's edges cut by scanning in from each end, where a pattern such as {@code ^[set]+|[set]+$}
 * would be slow: searching for {@code [set]+$}, the engine starts again at each character of a run of
 * the set that does not reach the end, and reads the rest of the run each time. A title or site name
 * holding a run of 10,000 separators mid-text took seconds that way; a scan reads each character once.
 */
public final class Edges {

    /** What {@code \s} matches without the Unicode flag: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static final IntPredicate SPACE = c -> c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';

    /** What {@code \p{P}} matches: the Unicode punctuation categories. */
    public static final IntPredicate PUNCTUATION = c -> switch (Character.getType(c)) {
        case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
             Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
        default -> false;
    };

    /** What {@code \p{S}} matches: the Unicode symbol categories. */
    public static final IntPredicate SYMBOL = c -> switch (Character.getType(c)) {
        case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
        default -> false;
    };

    private Edges() {
    }

    /** The characters listed, as a test of one code point. */
    public static IntPredicate anyOf(String chars) {
        return c -> chars.indexOf(c) >= 0;
    }

    /** The text without the characters at its start that {@code leading} accepts and those at its end that {@code trailing} accepts. */
    public static String strip(String s, IntPredicate leading, IntPredicate trailing) {
        int start = leadingEnd(s, leading);
        int end = trailingStart(s, trailing);
        return start >= end ? "" : s.substring(start, end);
    }

    /** The text without the characters at its start and end that {@code edge} accepts. */
    public static String strip(String s, IntPredicate edge) {
        return strip(s, edge, edge);
    }

    /** The text without the characters at its end that {@code trailing} accepts. */
    public static String stripTrailing(String s, IntPredicate trailing) {
        return s.substring(0, trailingStart(s, trailing));
    }

    /** The index of the first character from the start that {@code edge} does not accept (the length when it accepts all). */
    public static int leadingEnd(String s, IntPredicate edge) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!edge.test(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** The index just after the last character that {@code edge} does not accept (0 when it accepts all). */
    public static int trailingStart(String s, IntPredicate edge) {
        int i = s.length();
        while (i > 0) {
            int c = s.codePointBefore(i);
            if (!edge.test(c)) {
                break;
            }
            i -= Character.charCount(c);
        }
        return i;
    }
}
