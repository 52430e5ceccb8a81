package dev.newsdrop.extract.body;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PressContactTest {

    /** {@link PressContact#opensWithLabel(String)} by its definition: the whole text collapsed as jsoup collapses it, then sought. */
    private static boolean opensWithLabelByDefinition(String raw) {
        return PressContact.LABEL_OPENING.matcher(new TextNode(raw).text().stripLeading()).lookingAt();
    }

    /** Pieces of raw texts: labels and their parts in both cases, every kind of blank jsoup collapses or keeps, letters and marks. */
    private static final String[] PIECES = {"Pressekontakt", "PRESSE-KONTAKT", "Kontakt für die Medien", "kontakt für", " die ",
        "Medienschaffende", "Media contact", "media", "contacts", "press inquiries", "Contact presse", "relations médias",
        "Rückfragen bitte an", "rückfragen", "Für Rückfragen der Medien", "contatto stampa", "Perscontact", "kontakt dla mediów",
        " ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2003", "\u3000", "\u200b", "\u00ad", "\f", ":", "：", "Miriam Solbach",
        "Tel. 089 1234567", "x", "p", "K", "é", "中", "\uD83D\uDE00", "\uD83D", "Über uns", "für"};

    @Test
    void labelOpening_answersAsTheWholeCollapsedText_onRandomTexts() {
        Random random = new Random(29);
        int opening = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder raw = new StringBuilder();
            int blanksFirst = random.nextInt(4) == 0 ? random.nextInt(90) : random.nextInt(3);
            for (int b = 0; b < blanksFirst; b++) {
                raw.append(PIECES[18 + random.nextInt(10)]); // the kinds of blank, collapsed or not
            }
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                raw.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                raw.append("x".repeat(random.nextInt(80)));
            }
            String text = raw.toString();
            boolean expected = opensWithLabelByDefinition(text);
            opening += expected ? 1 : 0;
            assertEquals(expected, PressContact.opensWithLabel(text), () -> "\"" + text + "\"");
        }
        assertTrue(opening > 1_000, "labels opened " + opening + " texts"); // the inputs reach both answers
    }

    @Test
    void labelOpening_readsPastTheCollapsedOpening_whenTheLabelStartsLate() {
        String late = "\n".repeat(10) + "\u2003".repeat(50) + "Kontakt für die Medienschaffende: Miriam Solbach";
        assertTrue(opensWithLabelByDefinition(late));
        assertTrue(PressContact.opensWithLabel(late));
        String lateAndCut = "\u2003".repeat(40) + "Kontakt für die Medienschaffende";
        assertTrue(PressContact.opensWithLabel(lateAndCut), "the label runs past the opening's end");
        // "Kontakt" alone opens a bare label (whose block must then hold a number or an address); a longer word does not
        assertTrue(PressContact.opensWithLabel("\u2003".repeat(60) + "Kontakt zur Redaktion"));
        assertFalse(PressContact.opensWithLabel("\u2003".repeat(60) + "Kontaktlinsen im Test"));
        assertFalse(PressContact.opensWithLabel("\u2003".repeat(60) + "Zur Redaktion"));
        assertFalse(PressContact.opensWithLabel(""));
        assertEquals(StringUtil.normaliseWhitespace(late), new TextNode(late).text(), "jsoup collapses a text node's blanks so");
    }
}
