package dev.newsdrop.extract.text;

/**
 * Counts words the way a reader would: runs of letters and digits, except in Chinese and Japanese
 * text, which has no spaces, where each character counts as a word, and in Thai, Lao, Khmer and
 * Burmese, which set spaces between phrases rather than words, where words are estimated from the
 * letters.
 */
public final class WordCount {

    /** Average adult reading speed in words a minute for alphabetic text. */
    static final int WORDS_PER_MINUTE = 230;

    /** Reading speed in characters a minute for Chinese and Japanese. */
    static final int CJK_CHARS_PER_MINUTE = 500;

    /**
     * Letters (vowel and tone marks not counted) per word in the scripts written without spaces
     * between words: 3.4 in Thai prose, split by the JDK's Thai dictionary word breaker.
     */
    static final double LETTERS_PER_UNSPACED_WORD = 3.5;

    /** Nothing below the CJK Radicals block is Han or kana, so most text skips the script lookup. */
    private static final int FIRST_CJK_CODE_POINT = 0x2E80;

    private WordCount() {
    }

    /** Words and CJK characters in the text. */
    public static Counts of(String text) {
        int words = 0;
        int cjk = 0;
        int unspacedLetters = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) { // ASCII fast path: most text, and no CJK or combining marks here
                boolean alnum = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
                if (alnum && !inWord) {
                    words++;
                }
                inWord = alnum;
            } else if (isUnspaced(cp)) {
                if (Character.isLetter(cp)) {
                    unspacedLetters++;
                }
                inWord = false;
            } else if (isCjk(cp)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || (inWord && Character.getType(cp) == Character.NON_SPACING_MARK)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        words += (int) Math.round(unspacedLetters / LETTERS_PER_UNSPACED_WORD);
        return new Counts(words, cjk);
    }

    /** Word counts of a text: alphabetic words and CJK characters. */
    public record Counts(int words, int cjkChars) {

        public int total() {
            return words + cjkChars;
        }

        /** Minutes to read, at least 1 for any non-empty text. */
        public int readingMinutes() {
            if (total() == 0) {
                return 0;
            }
            double minutes = (double) words / WORDS_PER_MINUTE + (double) cjkChars / CJK_CHARS_PER_MINUTE;
            return Math.max(1, (int) Math.round(minutes));
        }
    }

    /** Thai, Lao, Myanmar and Khmer: scripts that do not space their words. */
    private static boolean isUnspaced(int cp) {
        return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF);
    }

    private static boolean isCjk(int cp) {
        if (cp < FIRST_CJK_CODE_POINT) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }
}
