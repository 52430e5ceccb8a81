package dev.newsdrop.extract.body;

import dev.newsdrop.extract.budget.Deadline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measurements {@link NoiseRemover#clean} returns, which take the blocks it left as they were
 * from the measurements before cleaning, are those of a fresh walk over the cleaned tree: every
 * figure, the order of the elements, the first headline.
 */
class CleanedMeasureTest {

    private static final String PAGE = "<html><body><header><nav><a href=/>Home</a></nav></header>"
            + "<div class=wrap><article><h1>Harbour budget <button>Share</button></h1>"
            + "<p>The council approved the harbour budget on Tuesday after a long debate about dredging.</p>"
            + "<div class=share-bar><a href=/s>Share</a></div>"
            + "<p>Work on the north quay starts in spring, <span>the mayor said <script>x()</script></span>.</p>"
            + "<a href=/card><div><h2>A teaser card inside a link</h2></div></a>"
            + "<table><tr><td>250 g</td><td><a href=/l>Linsen</a></td></tr><tr><td>1 <svg></svg></td><td>Zwiebel</td></tr></table>"
            + "<!-- a comment --><ul><li>One</li><li>Two <iframe></iframe></li></ul></article>"
            + "<aside class=related><p>Related stories with enough words to be prose of some length here.</p></aside></div>"
            + "<footer>Contact</footer></body></html>";

    private static void assertCleanedAsMeasuredAfresh(String html, String what) {
        Document doc = Jsoup.parse(html);
        TextStats before = TextStats.measure(doc.body());
        TextStats cleaned = NoiseRemover.clean(doc.body(), before, Deadline.none());
        TextStats fresh = TextStats.measure(doc.body());
        assertEquals(fresh.size(), cleaned.size(), what);
        assertSame(fresh.firstH1(), cleaned.firstH1(), what);
        Iterator<TextStats.Stats> c = cleaned.all().iterator();
        for (TextStats.Stats e : fresh.all()) {
            TextStats.Stats a = c.next();
            String where = what + ": " + e.element.normalName() + " " + e.element.className();
            assertSame(e.element, a.element, where);
            assertSame(a, cleaned.of(e.element), where);
            assertEquals(e.block, a.block, where);
            assertEquals(e.heading, a.heading, where);
            assertEquals(e.depth, a.depth, where);
            assertEquals(e.chars, a.chars, where);
            assertEquals(e.linkChars, a.linkChars, where);
            assertEquals(e.ownChars, a.ownChars, where);
            assertEquals(e.ownLinkChars, a.ownLinkChars, where);
            assertEquals(e.lastOwnChar, a.lastOwnChar, where);
            assertEquals(e.links, a.links, where);
            assertEquals(e.headingLinks, a.headingLinks, where);
            assertEquals(e.proseChars, a.proseChars, where);
            assertEquals(e.score, a.score, where);
            assertEquals(e.under, a.under, where);
            assertEquals(e.linkedHeadingOrPicture, a.linkedHeadingOrPicture, where);
            assertEquals(e.record, a.record, where);
        }
        assertFalse(c.hasNext(), what);
        assertSame(fresh.root().element, cleaned.root().element, what);
        assertEquals(fresh.root().score, cleaned.root().score, what);
    }

    @Test
    void aCleanedPageMeasuresAsAFreshWalkWould() {
        assertCleanedAsMeasuredAfresh(PAGE, "page");
    }

    @Test
    void everyFixturePageMeasuresAsAFreshWalkWould() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            files.filter(p -> p.getFileName().toString().startsWith("source.htm")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() > 100);
        for (Path page : pages) {
            assertCleanedAsMeasuredAfresh(new String(Files.readAllBytes(page), java.nio.charset.StandardCharsets.ISO_8859_1),
                    page.getParent().getFileName().toString()); // any charset: the markup is what counts
        }
    }
}
