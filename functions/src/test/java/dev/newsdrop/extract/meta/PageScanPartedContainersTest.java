package dev.newsdrop.extract.meta;

import dev.newsdrop.extract.budget.Deadline;
import dev.newsdrop.extract.source.BreakParagraphs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The metadata walk notes the containers of the page's double breaks, so that {@link BreakParagraphs} needs no walk
 * of its own; a page it changes is walked again.
 */
class PageScanPartedContainersTest {

    private static final String PAGE = "<html lang=en><head><title>Harbour</title></head><body>"
            + "<div>Menu<br><br>More</div>"
            + "<table><tr><td><font>The harbour opened on Monday.<br><br>Boats came in.<br>\n<br>It rained.</font></td>"
            + "<td>Side<br>bar</td></tr></table><span>a<br><br>b</span></body></html>";

    /** The containers as BreakParagraphs would collect them over the whole page, in page order. */
    private static List<Element> collected(Document doc) {
        Set<Element> parted = new LinkedHashSet<>();
        for (Element br : doc.getElementsByTag("br")) {
            if (BreakParagraphs.partsText(br)) {
                parted.add(br.parent());
            }
        }
        return List.copyOf(parted);
    }

    @Test
    void theWalk_notesTheContainersOfDoubleBreaks_asAWholePageCollectionFindsThem() {
        Document doc = Jsoup.parse(PAGE);
        List<Element> noted = PageScan.of(doc).partedContainers();
        assertEquals(collected(doc), noted);
        assertEquals(List.of("div", "font"), noted.stream().map(Element::normalName).toList());
        assertEquals(List.of(), PageScan.of(Jsoup.parse("<body><p>One<br>two</p></body>")).partedContainers());
    }

    @Test
    void aPageTheWrapChanges_isWalkedAgain_andTheRiderHandedTheParagraphs() {
        Document doc = Jsoup.parse(PAGE);
        List<String> paragraphsSeen = new ArrayList<>();
        NodeVisitor rider = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("p")) {
                    paragraphsSeen.add(e.text());
                }
            }
        };
        int[] asked = {0};
        MetadataReader.read(doc, null, rider, parted -> {
            asked[0]++;
            return BreakParagraphs.wrap(parted) > 0;
        }, Deadline.none());
        assertEquals(1, asked[0]);
        assertEquals(List.of("The harbour opened on Monday.", "Boats came in.", "It rained."), paragraphsSeen,
                "the second walk's: the first saw none");
        Document plain = Jsoup.parse("<body><p>One<br>two</p></body>");
        MetadataReader.read(plain, null, null, parted -> {
            asked[0]++;
            return true;
        }, Deadline.none());
        assertEquals(1, asked[0], "a page without double breaks is not handed over");
        assertTrue(doc.select("font > p").size() == 3);
    }
}
