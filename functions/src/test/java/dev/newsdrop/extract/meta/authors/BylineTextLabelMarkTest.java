package dev.newsdrop.extract.meta.authors;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check a byline's leaf passes before its text is built for a field's label: it must never refuse a leaf whose
 * trimmed text ends with a label's mark (comma, Arabic comma, colon, full-width colon), whatever blanks and
 * comments follow the mark.
 */
class BylineTextLabelMarkTest {

    private static final String[] PIECES = {"Author", "Role", "مصنف", "Jane Doe", ",", "\u060C", ":", "\uFF1A", ".", " ",
            "\u00A0", "\u3000", "\n", "\t", "\u2009", "x"};

    @Test
    void neverRefusesALeafWhoseTextEndsWithAMark() {
        Random random = new Random(20261204);
        int marked = 0;
        for (int round = 0; round < 20_000; round++) {
            Element leaf = new Element("span");
            int nodes = 1 + random.nextInt(4);
            for (int n = 0; n < nodes; n++) {
                if (random.nextInt(6) == 0) {
                    leaf.appendChild(new Comment("note,"));
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(5); k >= 0; k--) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                leaf.appendChild(new TextNode(text.toString()));
            }
            String t = leaf.text().strip();
            char last = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
            boolean endsWithMark = last == ',' || last == '\u060C' || last == ':' || last == '\uFF1A';
            if (endsWithMark) {
                marked++;
                assertTrue(BylineText.endsWithLabelMark(leaf), () -> "refused: [" + leaf.html() + "]");
            }
        }
        assertTrue(marked > 1_000, "the random leaves hold enough marked ones to mean something: " + marked);
    }

    @Test
    void refusesALeafEndingOtherwise() {
        Element name = new Element("span").appendText("Jane Doe ");
        assertFalse(BylineText.endsWithLabelMark(name));
        Element label = new Element("span").appendText("Role,\u00A0");
        assertTrue(BylineText.endsWithLabelMark(label));
        assertEquals(0, new Element("span").childNodeSize());
        assertFalse(BylineText.endsWithLabelMark(new Element("span")));
    }
}
