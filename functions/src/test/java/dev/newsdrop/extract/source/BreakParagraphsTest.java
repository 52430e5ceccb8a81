package dev.newsdrop.extract.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakParagraphsTest {

    private static Document cell(int runs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < runs; i++) {
            body.append("Line ").append(i).append(" of the story.<br><br>");
        }
        return Jsoup.parse("<html><body><table><tr><td><font>" + body + "</font></td></tr></table></body></html>");
    }

    @Test
    void runsParted_byDoubleBreaksInALayoutCell_becomeParagraphsInTheirOrder() {
        Document doc = cell(3);
        BreakParagraphs.wrap(doc);
        assertEquals(3, doc.select("font > p").size());
        assertEquals("Line 0 of the story.", doc.select("font > p").first().text());
        assertEquals("Line 2 of the story.", doc.select("font > p").last().text());
        assertEquals(0, doc.select("font > br").size(), "the breaks between the runs go");
    }

    @Test
    void aCellOfMoreRunsThanAPageMakes_isLeftAsThePageSetIt() {
        // a hundred thousand parted lines in one cell: moving each node on its own was quadratic, and so many paragraphs
        // no article has; the cell keeps its breaks and its text, read as one block as before
        Document doc = cell(100_000);
        BreakParagraphs.wrap(doc);
        assertEquals(0, doc.select("p").size());
        assertEquals(200_000, doc.select("font > br").size());
    }

    @Test
    void manyPartedCells_areWrappedUpToThePagesBound_andTheRestLeft() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 8_000; i++) {
            rows.append("<tr><td>Cell ").append(i).append("<br><br>more<br><br>end</td></tr>");
        }
        Document doc = Jsoup.parse("<html><body><table>" + rows + "</table></body></html>");
        BreakParagraphs.wrap(doc);
        int made = doc.select("td > p").size();
        assertTrue(made >= 9_000 && made <= 10_002, "about the bound's ten thousand: " + made);
        assertEquals("Cell 7999 more end", doc.select("td").last().text(), "a cell past the bound keeps its text");
    }
}
