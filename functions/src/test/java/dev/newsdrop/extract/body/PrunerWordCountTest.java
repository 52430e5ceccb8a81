package dev.newsdrop.extract.body;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ContentPruner#words} counts what the split by {@code \s+} it replaced gave, over random texts of words and blanks. */
class PrunerWordCountTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String[] PIECES = {
        "a", "word", "2026", "Dec.", "·", "|", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u3000", "\u2009", "\u1680",
        "é", "日本", "𝐀", ""
    };

    @Test
    void count_isTheSplitsLength_overRandomTexts() {
        Random random = new Random(35);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(9);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            assertEquals(SPACES.split(t).length, ContentPruner.words(t), () -> "'" + t + "'");
        }
    }

    @Test
    void edges() {
        assertEquals(1, ContentPruner.words(""));
        assertEquals(0, ContentPruner.words("   "));
        assertEquals(3, ContentPruner.words(" a  b "));
        assertEquals(2, ContentPruner.words("a  b "));
    }
}
