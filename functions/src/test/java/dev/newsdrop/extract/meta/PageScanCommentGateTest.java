package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link PageScan#mayNameComments}: the one-pass gate answers as one search per comment stem did, on any text. */
class PageScanCommentGateTest {

    /** Pieces of class names: the comment words and their stems in both cases, near misses, separators. */
    private static final String[] PIECES = {"comment", "Comment", "COMMENT", "komment", "oment", "OMENT", "omen", "eply", "EPLY",
        "ePLY", "eplies", "reply", "repl", "eacties", "eaction", "EACTION", "eaktion", "esponse", "ESPONSE", "respons", "isqus",
        "ISQUS", "disq", "orumlar", "ORUMLAR", "orum", "entry", "content", "o", "e", "i", "O", "E", "I", "-", "_", " ", "é", "ö",
        "\u0130", "\u212A", "widget", "post"};

    @Test
    void gate_answersAsTheSearchPerStem_onRandomClassNames() {
        Random random = new Random(17);
        int accepted = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            int parts = random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                if (random.nextInt(4) == 0 && piece.length() > 1) {
                    piece = piece.substring(random.nextInt(piece.length())); // a piece cut at its start: stems at every offset
                }
                s.append(piece);
            }
            String text = s.toString();
            boolean expected = PageScan.mayNameCommentsBySearch(text);
            assertEquals(expected, PageScan.mayNameComments(text), text);
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 10_000, "the texts hold comment stems often enough to test acceptance: " + accepted);
    }

    @Test
    void gate_acceptsCommentWords_andRefusesOthers() {
        assertTrue(PageScan.mayNameComments("comments-area"));
        assertTrue(PageScan.mayNameComments("DISQUS_THREAD"));
        assertTrue(PageScan.mayNameComments("reply"));
        assertFalse(PageScan.mayNameComments("eply"), "shorter than any comment word");
        assertFalse(PageScan.mayNameComments("entry-content"));
        assertFalse(PageScan.mayNameComments("cOmMeNt"), "a stem in mixed case is not one");
        assertFalse(PageScan.mayNameComments(""));
    }
}
