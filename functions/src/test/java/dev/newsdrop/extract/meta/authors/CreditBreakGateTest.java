package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link BylineLeads#mayBreakCredits} admits every text {@link BylineLeads#CREDIT_LINE_BREAK} splits in two or more. */
class CreditBreakGateTest {

    private static final String[] PIECES = {
        "Text", "Texte", "Fotos", "Photos", "Anna Berg", "Max Muster", "Haber", "Editör", "Zeynep Kaya", "Текст", "Фото", "Ирина",
        ":", " : ", "：", " / ", "/", " | ", "|", " · ", "·", " • ", "•", ". ", ".", ", ", ",", " ", "  ", "\t", "\n", "\u00A0",
        "a", "B", "é", "É", "ı", "Ž", "𝐀", "2026", "-", " – ", "Words", "Pictures"
    };

    @Test
    void gate_admitsEverySplitLine_overRandomLines() {
        Random random = new Random(35);
        int split = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(10);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            if (BylineLeads.CREDIT_LINE_BREAK.split(t.strip(), 4).length > 1) {
                split++;
                assertTrue(BylineLeads.mayBreakCredits(t), t);
            }
        }
        assertTrue(split > 10_000, "too few lines split: " + split);
    }

    @Test
    void lineWithoutABreakCharacter_isRefusedWithoutTheSplit() {
        assertFalse(BylineLeads.mayBreakCredits("Read more: Anna Berg"));
        assertFalse(BylineLeads.isWriterAndCreditsLine("Text: Anna Berg Fotos: Max Muster"));
        assertTrue(BylineLeads.isWriterAndCreditsLine("Text: Anna Berg / Fotos: Max Muster"));
    }
}
