package dev.newsdrop.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as runs of letters and digits (Unicode's L and N categories), and of combining
 * marks too when asked (M): what splitting at {@code [^\p{L}\p{N}]+} (or {@code [^\p{L}\p{M}\p{N}]+})
 * leaves once its empty strings are dropped, read in one pass without a regular expression. Titles,
 * publishers' names and class names are split so on every page.
 */
public final class Words {

    private Words() {
    }

    /** The runs of letters and digits, in order. */
    public static List<String> of(String text) {
        return runs(text, false);
    }

    /** The runs of letters, combining marks and digits, in order: a mark stays in its word ("ก้าว", "é" written as "e" and its accent). */
    public static List<String> withMarks(String text) {
        return runs(text, true);
    }

    /** True when a character of the text is a decimal digit ({@link Character#isDigit(char)}), in any script ("3", "৩", "٣"). */
    public static boolean holdsDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> runs(String text, boolean marks) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordCodePoint(cp, marks)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** True for a letter or a digit (ASCII's by range), or a combining mark when {@code marks}; a lone surrogate is neither. */
    private static boolean isWordCodePoint(int cp, boolean marks) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> marks;
            default -> false;
        };
    }
}
