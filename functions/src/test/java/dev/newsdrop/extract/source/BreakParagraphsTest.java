package dev.newsdrop.extract.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void partsText_isAskedOfEachBreak_andTrueForTheFirstOfADoubleBreakInAContainer() {
        Document doc = Jsoup.parse("<body><table><tr><td>One<br> <br>two<br>three</td></tr></table>"
                + "<p><span>Note<br><br>more</span></p></body>");
        List<Element> breaks = doc.getElementsByTag("br");
        assertTrue(BreakParagraphs.partsText(breaks.get(0)), "a break, blanks, then a break: in a cell");
        assertFalse(BreakParagraphs.partsText(breaks.get(1)), "the second of the pair");
        assertFalse(BreakParagraphs.partsText(breaks.get(2)), "a single break");
        assertFalse(BreakParagraphs.partsText(breaks.get(3)), "a span's parted note is no container's");
    }

    @Test
    void wrap_givenTheContainersAWalkFound_makesWhatTheWholePageWrapMakes() {
        Document walked = cell(3);
        Set<Element> parted = new LinkedHashSet<>();
        for (Element br : walked.getElementsByTag("br")) {
            if (BreakParagraphs.partsText(br)) {
                parted.add(br.parent());
            }
        }
        assertEquals(3, BreakParagraphs.wrap(parted));
        Document whole = cell(3);
        BreakParagraphs.wrap(whole);
        assertEquals(whole.outerHtml(), walked.outerHtml());
        assertEquals(0, BreakParagraphs.wrap(List.of()), "no double break: nothing made");
        Document blog = Jsoup.parse("<body><div class=post>One line.<br><br>Another line.</div></body>");
        String before = blog.outerHtml();
        assertEquals(0, BreakParagraphs.wrap(List.of(blog.selectFirst("div"))), "a modern theme's body keeps its lines");
        assertEquals(before, blog.outerHtml());
    }
}
