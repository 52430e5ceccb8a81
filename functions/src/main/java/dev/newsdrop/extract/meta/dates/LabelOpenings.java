package dev.newsdrop.extract.meta.dates;

import java.util.Arrays;
import java.util.BitSet;
import java.util.TreeSet;

/**
 * The first three characters (two, for a word of two) of each word of a label pattern ({@code "published|posted|…"}),
 * folded as a pattern compiled with {@code (?iu)} compares them: a text in which no such opening stands where a word
 * may begin holds none of the words, and the pattern, an alternation of a hundred words tried at each word's start,
 * need not be run. Asked of most short texts a page shows below its headline, most of which hold no label.
 * <p>
 * A bounded word (the pattern asks for no letter or digit before it, or a small letter before its capital) is looked
 * for only where such a word may begin; an unbounded one (Chinese, Japanese, Arabic, Thai) anywhere.
 * <p>
 * The name cleaner's {@code PatternOpenings} (meta/authors) gates patterns of any shape one place of a text at a time;
 * this class is the cheaper whole-text form for literal word lists. Either could serve the other's callers.
 */
final class LabelOpenings {

    /** The folded first characters of the words. */
    private final BitSet firsts = new BitSet();

    /** The openings of the bounded words, as {@link #key}s, sorted. */
    private final long[] bounded;

    /** The openings of the unbounded words, as {@link #key}s, sorted. */
    private final long[] unbounded;

    private LabelOpenings(long[] bounded, long[] unbounded) {
        this.bounded = bounded;
        this.unbounded = unbounded;
        for (long[] keys : new long[][] {bounded, unbounded}) {
            for (long key : keys) {
                firsts.set((int) (key >>> 32));
            }
        }
    }

    /**
     * The openings of the words of {@code bounded} and {@code unbounded}, each a run of literal words joined by
     * {@code |} as the label pattern writes them (an optional space inside a word, "last ?update", after its first
     * three characters).
     *
     * @throws IllegalArgumentException for a word shorter than two characters, or one whose opening holds a
     *                                  pattern's operator: its opening would not be literal
     */
    static LabelOpenings of(String bounded, String unbounded) {
        return new LabelOpenings(keys(bounded), keys(unbounded));
    }

    private static long[] keys(String alternation) {
        TreeSet<Long> keys = new TreeSet<>();
        for (String word : alternation.isEmpty() ? new String[0] : alternation.split("\\|")) {
            int n = Math.min(3, word.length());
            if (n < 2) {
                throw new IllegalArgumentException("not a literal opening: " + word);
            }
            for (int i = 0; i < n; i++) {
                if (OPERATORS.indexOf(word.charAt(i)) >= 0) {
                    throw new IllegalArgumentException("not a literal opening: " + word);
                }
            }
            int third = n == 3 ? word.charAt(2) : NONE;
            keys.add(key(fold(word.charAt(0)), fold(word.charAt(1)), n == 3 ? fold(third) : NONE));
            // a text's character equal to the word's folded one is compared folded again: the same, kept for certain
            keys.add(key(fold(fold(word.charAt(0))), fold(fold(word.charAt(1))), n == 3 ? fold(fold(third)) : NONE));
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    /** False when no opening of a word stands in the text where that word may begin: it then holds none of them. */
    boolean mayHold(String text) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            int a = fold(text.charAt(i));
            if (!firsts.get(a)) {
                continue;
            }
            int b = fold(text.charAt(i + 1));
            int c = i + 2 < n ? fold(text.charAt(i + 2)) : NONE;
            if (holds(unbounded, a, b, c) || mayBeginWord(text, i) && holds(bounded, a, b, c)) {
                return true;
            }
        }
        return false;
    }

    /** True when the keys hold the three characters' opening, or the first two's (a word of two characters). */
    private static boolean holds(long[] keys, int a, int b, int c) {
        return c != NONE && Arrays.binarySearch(keys, key(a, b, c)) >= 0 || Arrays.binarySearch(keys, key(a, b, NONE)) >= 0;
    }

    /**
     * False only where a bounded word cannot begin: after a letter or a digit, unless the character is a capital
     * (the pattern lets a capital after a small letter begin a word, as glued spans write it).
     */
    private static boolean mayBeginWord(String text, int i) {
        if (i == 0 || Character.isUpperCase(text.charAt(i))) {
            return true;
        }
        int type = Character.getType(text.charAt(i - 1));
        boolean letterOrNumber = Character.isLetter(text.charAt(i - 1)) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        return !letterOrNumber;
    }

    private static long key(int a, int b, int c) {
        return (long) a << 32 | (long) b << 16 | c;
    }

    /** A character as {@code (?iu)} compares it: its upper case's lower case. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase((char) c));
    }

    /** No third character: a word of two. */
    private static final int NONE = 0xFFFF;

    private static final String OPERATORS = "\\[](){}?*+.^$|";
}
