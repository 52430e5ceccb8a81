package dev.newsdrop.extract.meta.dates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Opening#lineOf}: the walk that stops at the first block gives what the whole opening's line gave. */
class OpeningLineTest {

    private static final String[] OPENINGS = {"<div>", "<p>", "<span>", "<section>", "<li>", "<b>", "<a href=#x>", "<time>",
        "<span class=updated>", "<span class=published>", "<dl>", "<dt>", "<dd>", "<figure>", "<em>", "<svg>", "<small>"};
    private static final String[] FILLERS = {" ", "\n  ", "\u00A0", "<!-- note -->", "<br>", "Veröffentlicht:", " Published ",
        "05.03.2025", "Updated 8 March 2025", "by Jane Doe", "<img src=a.jpg>", "<path d=M0>", "A longer sentence of the text that"
        + " runs on well past any dateline's length, as the prose of an article does once it has begun.", "|", "·", "3"};

    private static String randomMarkup(Random random, int depth) {
        StringBuilder html = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            if (depth < 4 && random.nextInt(3) > 0) {
                String open = OPENINGS[random.nextInt(OPENINGS.length)];
                String tag = open.substring(1, open.indexOf(open.contains(" ") ? ' ' : '>'));
                html.append(open).append(randomMarkup(random, depth + 1)).append("</").append(tag).append('>');
            } else {
                html.append(FILLERS[random.nextInt(FILLERS.length)]);
            }
        }
        return html.toString();
    }

    @Test
    void lineOf_isTheWholeOpeningsLine_overRandomMarkup() {
        Random random = new Random(17);
        int lines = 0;
        int none = 0;
        for (int n = 0; n < 3_000; n++) {
            Document doc = Jsoup.parse("<html><body>" + randomMarkup(random, 0) + "</body></html>");
            for (Element e : doc.getAllElements()) {
                for (int limit : new int[]{20, 48, 120}) {
                    Opening opening = Opening.of(e, limit);
                    String expected = opening.whole() && !opening.blocks() ? opening.text() : null;
                    assertEquals(expected, Opening.lineOf(e, limit), e.outerHtml());
                    lines += expected != null ? 1 : 0;
                    none += expected == null ? 1 : 0;
                }
            }
        }
        assertTrue(lines > 10_000 && none > 10_000, "both answers often enough to test: " + lines + " lines, " + none + " none");
    }

    @Test
    void lineOf_givesNoLine_forABlockInside() {
        Element e = Jsoup.parse("<div id=x><span>Published</span> <span>05.03.2025</span><p>Text</p></div>").getElementById("x");
        assertNull(Opening.lineOf(e, 120));
        Element inline = Jsoup.parse("<div id=x><span>Published</span> <span>05.03.2025</span></div>").getElementById("x");
        assertEquals("Published 05.03.2025", Opening.lineOf(inline, 120));
    }
}
