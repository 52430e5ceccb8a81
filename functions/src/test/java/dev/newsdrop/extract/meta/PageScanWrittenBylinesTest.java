package dev.newsdrop.extract.meta;

import dev.newsdrop.extract.meta.authors.BylineLeads;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PageScan.Visible#writtenBylines}, read by a walk of its own that skips the comment sections the walk
 * for bylines found: the same lines, in the same order, as the one walk that read both, with its comment
 * state, gave (that walk is written out here, the scan's own rules called by name).
 */
class PageScanWrittenBylinesTest {

    private static Method method(String name, Class<?>... types) throws ReflectiveOperationException {
        Method m = PageScan.class.getDeclaredMethod(name, types);
        m.setAccessible(true);
        return m;
    }

    private static int constant(String name) throws ReflectiveOperationException {
        Field f = PageScan.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.getInt(null);
    }

    /** The written bylines as the single walk of 1.22.0 gathered them beside the bylines. */
    private static List<Element> inOneWalk(Document doc) throws ReflectiveOperationException {
        Method whatNameSays = method("whatNameSays", String.class);
        Method isCommentStructure = method("isCommentStructure", Element.class, String.class, boolean.class, boolean.class);
        Method isBylineHolder = method("isBylineHolder", Element.class, Map.class);
        int namesComments = constant("NAMES_COMMENTS");
        int minParagraphs = constant("MIN_PARAGRAPHS_BEFORE_THREAD");
        int maxCandidates = constant("MAX_CANDIDATES");
        List<Element> written = new ArrayList<>();
        Map<Element, Boolean> opensLine = new IdentityHashMap<>();
        Node[] comments = {null};
        boolean[] seenHeadline = {false};
        int[] paragraphs = {0};
        TreeWalk.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                try {
                    if (node instanceof Element e) {
                        seenHeadline[0] |= e.normalName().equals("h1");
                        if (e.normalName().equals("p")) {
                            paragraphs[0]++;
                        }
                        if (comments[0] != null) {
                            return;
                        }
                        String cls = e.attr("class");
                        String id = e.attr("id");
                        int says = !cls.isEmpty() || !id.isEmpty() ? (int) whatNameSays.invoke(null, cls) | (int) whatNameSays.invoke(null, id) : 0;
                        if ((says & namesComments) != 0
                                || (boolean) isCommentStructure.invoke(null, e, e.attr("itemtype"), seenHeadline[0], paragraphs[0] >= minParagraphs)) {
                            comments[0] = e;
                        }
                    } else if (node instanceof TextNode t && comments[0] == null && written.size() < maxCandidates && !t.getWholeText().isBlank()
                            && t.parentNode() instanceof Element p && (boolean) isBylineHolder.invoke(null, p, opensLine)
                            && (PageScan.startsLikeByline(t.getWholeText()) || (t.nextSibling() instanceof Element
                                && (BylineLeads.closesWithLead(t.getWholeText()) || BylineLeads.opensFiledLine(t.getWholeText()))))) {
                        written.add(p);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == comments[0]) {
                    comments[0] = null;
                }
            }
        }, doc);
        return written;
    }

    private static final String[] TEXTS = {"By Jane Doe", "Von Anna Schmidt", "Posted on June 3 by ", "Jane Doe", "3 Comments",
        "The story goes on for a while, sentence after sentence.", "Reply", "Great piece!", "  ", "Foto: Eirik Dahl", "Text: Lena Hoffmann"};

    private static final String[] OPENINGS = {"<div>", "<p>", "<span>", "<b>", "<li>", "<h1>", "<h3>", "<article>", "<ol>", "<ul>",
        "<div class=\"comments\">", "<section id=\"comment-list\">", "<div itemtype=\"https://schema.org/Comment\">", "<div class=\"byline\">",
        "<a href=\"/author/jane\">", "<section>"};

    private static void appendRandom(StringBuilder html, Random random, int depth) {
        for (int children = random.nextInt(5); children >= 0; children--) {
            if (depth > 5 || random.nextInt(3) == 0) {
                html.append(TEXTS[random.nextInt(TEXTS.length)]);
                continue;
            }
            String open = OPENINGS[random.nextInt(OPENINGS.length)];
            html.append(open);
            appendRandom(html, random, depth + 1);
            html.append("</").append(open, 1, open.indexOf(' ') > 0 ? open.indexOf(' ') : open.length() - 1).append('>');
        }
    }

    @Test
    void randomPages_theOwnWalkReadsTheLinesTheOneWalkRead() throws ReflectiveOperationException {
        Random random = new Random(1220);
        int lines = 0;
        int skipped = 0;
        for (int k = 0; k < 1_500; k++) {
            StringBuilder html = new StringBuilder("<body>");
            appendRandom(html, random, 0);
            Document doc = Jsoup.parse(html.toString());
            List<Element> expected = inOneWalk(doc);
            List<Element> read = PageScan.of(doc).visible().writtenBylines();
            assertEquals(expected.size(), read.size(), html.toString());
            for (int i = 0; i < expected.size(); i++) {
                assertTrue(expected.get(i) == read.get(i), html.toString());
            }
            lines += read.size();
            skipped += html.indexOf("comment") >= 0 ? 1 : 0;
        }
        assertTrue(lines > 1_500, "lines read: " + lines);
        assertTrue(skipped > 500, "pages with a comment section: " + skipped);
    }

    @Test
    void aLineInsideACommentSectionIsNotRead_oneAfterItIs() {
        Document doc = Jsoup.parse("<h1>Title</h1><p>One</p><p>Two</p><div class=comments><p>By Jane Doe</p>"
                + "<div class=comments><p>By John Roe</p></div></div><p>By Anna Schmidt</p>");
        List<Element> read = PageScan.of(doc).visible().writtenBylines();
        assertEquals(1, read.size());
        assertEquals("By Anna Schmidt", read.get(0).text());
    }
}
