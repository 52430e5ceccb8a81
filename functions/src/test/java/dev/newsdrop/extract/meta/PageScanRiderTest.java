package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scan's walk hands a rider the document as it is once the scan's own removals are made. */
class PageScanRiderTest {

    private static final String PAGE = "<html><head><title>Docs</title></head><body>"
            + "<h2 id=why>Why <a class=headerlink href=#why>¶</a></h2><p>Because <a href=#why>why</a> matters.</p>"
            + "<h2><a href=#how><span>§</span></a> How</h2><p>Like this.</p></body></html>";

    /** Every head and tail the visitor is handed, as "head tag depth" and "tail tag depth" lines. */
    private static final class Recorder implements NodeVisitor {
        final List<String> calls = new ArrayList<>();

        @Override
        public void head(Node node, int depth) {
            calls.add("head " + node.nodeName() + " " + depth);
        }

        @Override
        public void tail(Node node, int depth) {
            calls.add("tail " + node.nodeName() + " " + depth);
        }
    }

    @Test
    void theRider_isHandedTheDocumentWithoutTheHeadingPermalinks() {
        Document doc = Jsoup.parse(PAGE);
        Recorder rider = new Recorder();
        PageScan.of(doc, rider);

        Recorder after = new Recorder(); // the document walked again, once the scan took the permalinks out
        NodeTraversor.traverse(after, doc);
        assertEquals(after.calls, rider.calls);
        assertFalse(doc.html().contains("¶"), doc.html());
        assertFalse(doc.html().contains("§"), doc.html());
        assertTrue(doc.html().contains("<a href=\"#why\">why</a>"), "a link in running text is no permalink: " + doc.html());
    }

    @Test
    void withoutARider_theScanIsTheSame() {
        Document withRider = Jsoup.parse(PAGE);
        Document without = Jsoup.parse(PAGE);
        PageScan.of(withRider, new Recorder());
        PageScan.of(without);
        assertEquals(without.html(), withRider.html());
    }
}
