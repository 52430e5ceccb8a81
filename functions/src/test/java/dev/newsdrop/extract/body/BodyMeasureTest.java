package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class BodyMeasureTest {

    private static final String PAGE = "<html><head><title>Harbour</title><meta name=x content=y></head><body>"
            + "<header><nav><a href=/>Home</a> <a href=/news>News</a></nav></header>"
            + "<article><h2>Budget <a href=#budget class=permalink>¶</a></h2>"
            + "<p>The council approved the harbour budget on Tuesday after a long debate about dredging and ferries.</p>"
            + "<ul><li><a href=/a>One teaser</a></li><li>Flour, 200 g</li></ul>"
            + "<p>Work on the north quay starts in spring. <time>3 March 2024</time></p></article>"
            + "<footer>Contact <a rel=ugc href=//x>Ann</a></footer></body></html>";

    /** Walks the whole document, handing the measure every node but the subtree of {@code leftOut}. */
    private static void walk(Document doc, NodeVisitor measure, Element leftOut) {
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inside;

            @Override
            public void head(Node node, int depth) {
                if (node == leftOut) {
                    inside = true;
                }
                if (!inside) {
                    measure.head(node, depth);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!inside) {
                    measure.tail(node, depth);
                }
                if (node == leftOut) {
                    inside = false;
                }
            }
        }, doc);
    }

    private static void assertSameFigures(TextStats expected, TextStats actual) {
        assertEquals(expected.size(), actual.size());
        for (TextStats.Stats e : expected.all()) {
            TextStats.Stats a = actual.of(e.element);
            assertNotNull(a, e.element.normalName());
            String what = e.element.normalName();
            assertEquals(e.depth, a.depth, what);
            assertEquals(e.chars, a.chars, what);
            assertEquals(e.linkChars, a.linkChars, what);
            assertEquals(e.ownChars, a.ownChars, what);
            assertEquals(e.links, a.links, what);
            assertEquals(e.headingLinks, a.headingLinks, what);
            assertEquals(e.proseChars, a.proseChars, what);
            assertEquals(e.score, a.score, what);
            assertEquals(e.under, a.under, what);
            assertEquals(e.linkedHeadingOrPicture, a.linkedHeadingOrPicture, what);
        }
    }

    @Test
    void aWalkOverTheWholeDocument_measuresTheBodyAsAWalkOfItsOwn() {
        Document doc = Jsoup.parse(PAGE);
        BodyMeasure measure = BodyMeasure.of(doc);
        walk(doc, measure, null);
        TextStats taken = measure.of(doc.body());
        assertSameFigures(TextStats.measure(doc.body()), taken);
        assertSame(taken, measure.of(doc.body()), "the walk's figures are handed out, not measured again");
        assertEquals(doc.body(), taken.root().element);
    }

    @Test
    void aSubtreeTheWalkLeavesOut_isMeasuredAsIfTakenOutOfTheDocument() {
        Document doc = Jsoup.parse(PAGE);
        Element permalink = doc.selectFirst("a.permalink");
        BodyMeasure measure = BodyMeasure.of(doc);
        walk(doc, measure, permalink);
        TextStats taken = measure.of(doc.body());
        permalink.remove();
        assertSameFigures(TextStats.measure(doc.body()), taken);
        assertNull(taken.of(permalink));
    }

    @Test
    void withoutAWalk_orForAnotherRoot_theMeasureWalksItself() {
        Document doc = Jsoup.parse(PAGE);
        BodyMeasure unwalked = BodyMeasure.of(doc);
        assertSameFigures(TextStats.measure(doc.body()), unwalked.of(doc.body()));

        BodyMeasure walked = BodyMeasure.of(doc);
        walk(doc, walked, null);
        Element article = doc.selectFirst("article");
        TextStats ofArticle = walked.of(article);
        assertSame(article, ofArticle.root().element);
        assertSameFigures(TextStats.measure(article), ofArticle);
        assertNotSame(walked.of(doc.body()), ofArticle);
    }
}
