package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link StatedAuthors#opensWithWriterLabel}: the colon found in the text as it stands, before a stripped copy is made,
 * answers as the definition on the stripped text does (its colon at most 16 characters in, then the lead-in pattern).
 */
class WriterLabelGateTest {

    /** The definition the gate stands for: the text stripped first, its colon looked for there. */
    private static boolean defined(String text) {
        String w = text.strip();
        int colon = w.indexOf(':');
        return colon > 0 && colon <= 16 && BylineLeads.mayOpenWithLeadIn(w) && BylineLeads.LEAD_IN.matcher(w).lookingAt();
    }

    private static final String[] PARTS = {"Reporter", "Reporters", "Texto", "Text", "Autor", "By", "Jane Doe", ":", ": ", " ", "  ",
        "\t", "\n", "\u00A0", "\u2003", "\u3000", "\u2028", "\u001F", "x", "10:30", "Lim Wei Jie", "記者", "：", "Автор", "إعداد",
        "\uD83D\uDE00", "\uD83D", "é", "Foto", "Redaktion", "a", "1"};

    @Test
    void randomTexts_answerAsTheDefinition() {
        Random random = new Random(32);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(8);
            for (int k = 0; k < n; k++) {
                s.append(PARTS[random.nextInt(PARTS.length)]);
            }
            String text = s.toString();
            assertEquals(defined(text), StatedAuthors.opensWithWriterLabel(text), text);
        }
    }

    @Test
    void labelledLines_areRead_andOthersRefused() {
        assertTrue(StatedAuthors.opensWithWriterLabel("  Reporter: Lim Wei Jie, Tan Mei Ling"));
        assertTrue(StatedAuthors.opensWithWriterLabel("Texto: Ana Ruiz"));
        assertFalse(StatedAuthors.opensWithWriterLabel("Updated 10:30 today"));
        assertFalse(StatedAuthors.opensWithWriterLabel(": Jane Doe"));
        assertFalse(StatedAuthors.opensWithWriterLabel("   "));
        assertFalse(StatedAuthors.opensWithWriterLabel(""));
    }
}
