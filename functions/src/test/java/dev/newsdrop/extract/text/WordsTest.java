package dev.newsdrop.extract.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_LETTER_MARK_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /** What the words stand for: the pattern's split without its empty strings. */
    private static List<String> split(Pattern separator, String text) {
        List<String> words = new ArrayList<>();
        for (String w : separator.split(text)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    @Test
    void words_areThePatternsSplitWithoutEmptyStrings_onRandomText() {
        String[] pieces = {"a", "Z", "é", "e\u0301", "\u0301", "ก้", "\u20DD", "\u0903", "7", "٣", "Ⅻ", "½", "ʰ", "ǅ", "中", " ", "  ", "-", "_",
            ".", "'", "\u00A0", "\u200B", "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00", "|", "Ωμέγα", "\t", "\n", "@", "$", "^", "`"};
        Random random = new Random(27);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(split(NOT_LETTER_OR_DIGIT, t), Words.of(t), t);
            assertEquals(split(NOT_LETTER_MARK_OR_DIGIT, t), Words.withMarks(t), t);
        }
    }

    @Test
    void everyCodePoint_isInAWordAsThePatternsSay() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String t = "a" + new String(Character.toChars(cp)) + "b";
            assertEquals(split(NOT_LETTER_OR_DIGIT, t), Words.of(t), () -> Integer.toHexString(t.codePointAt(1)));
            assertEquals(split(NOT_LETTER_MARK_OR_DIGIT, t), Words.withMarks(t), () -> Integer.toHexString(t.codePointAt(1)));
        }
    }

    @Test
    void edges_keepNoEmptyWord() {
        assertEquals(List.of(), Words.of(""));
        assertEquals(List.of(), Words.of(" -- "));
        assertEquals(List.of("The", "Example", "Post"), Words.of("  The Example-Post. "));
        assertEquals(List.of("cafe\u0301"), Words.withMarks("cafe\u0301"));
        assertEquals(List.of("cafe"), Words.of("cafe\u0301"));
    }

    @Test
    void holdsDigit_findsADecimalDigitOfAnyScript() {
        org.junit.jupiter.api.Assertions.assertTrue(Words.holdsDigit("Update 3"));
        org.junit.jupiter.api.Assertions.assertTrue(Words.holdsDigit("শেষ আপডেট ০২"), "Bengali digits");
        org.junit.jupiter.api.Assertions.assertTrue(Words.holdsDigit("٣ ديسمبر"), "Arabic-Indic digits");
        org.junit.jupiter.api.Assertions.assertFalse(Words.holdsDigit("Jane Doe, Ph.D."));
        org.junit.jupiter.api.Assertions.assertFalse(Words.holdsDigit("Ⅻ ½ ²"), "numbers that are no decimal digits");
        org.junit.jupiter.api.Assertions.assertFalse(Words.holdsDigit(""));
    }
}
