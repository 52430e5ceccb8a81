package dev.newsdrop.extract;

import dev.newsdrop.model.ArticleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pathological and hostile input: the engine answers with a record, in bounded time, and never throws. */
class ArticleExtractorRobustnessTest {

    private static final String PARAGRAPH = "<p>The council approved the plan on Tuesday after a long debate about costs, "
            + "noise and the effect of the works on the shops of the old town, which have struggled since the bypass opened.</p>";

    /** Words in {@link #PARAGRAPH}: an extraction that keeps every copy of it counts this many times as many. */
    private static final int PARAGRAPH_WORDS = 34;

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static PageInput html(String s) {
        return new PageInput(s.getBytes(StandardCharsets.UTF_8), "https://example.org/news/a", null, "a.html");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepNesting_100000Elements_finishes() {
        String page = "<html><body>" + "<div>".repeat(100_000) + PARAGRAPH.repeat(5) + "</div>".repeat(100_000) + "</body></html>";
        ExtractedArticle a = extractor.extract(html(page));

        assertEquals(ArticleStatus.EXTRACTED, a.status(), a.reason());
        assertEquals(5 * PARAGRAPH_WORDS, a.wordCount(), "the five paragraphs at the bottom are the article");
        assertTrue(a.text().startsWith("The council approved the plan on Tuesday"), a.text());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void manyWallBoxesInTheArticle_areReadOnceForWhatFollows() {
        // each box is named as a wall and cut; what follows each was read to the end of the article, box after box
        StringBuilder boxes = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            boxes.append("<div class=\"regwall-container n").append(i).append("\">Register ").append(i)
                    .append(" to continue reading this story today</div><br>");
        }
        String page = "<html><head><title>Plan approved</title></head><body><article><h1>Plan approved</h1>" + PARAGRAPH
                + boxes + PARAGRAPH + "</article></body></html>";
        ExtractedArticle a = extractor.extract(html(page));

        assertEquals(ArticleStatus.EXTRACTED, a.status(), a.reason());
        assertTrue(a.text().contains("the shops of the old town"), a.text());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepNestingOfInlineElements_finishes() {
        String page = "<html><body><p>" + "<span><b>".repeat(50_000) + "deep text" + "</b></span>".repeat(50_000) + "</p>"
                + PARAGRAPH.repeat(5) + "</body></html>";
        ExtractedArticle a = extractor.extract(html(page));

        assertEquals(ArticleStatus.EXTRACTED, a.status(), a.reason());
        assertTrue(a.wordCount() >= 5 * PARAGRAPH_WORDS, "the paragraphs after the nesting are kept: " + a.wordCount());
        assertTrue(a.text().contains("the shops of the old town"), a.text());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepNestingOfBoldLines_onAPageTitledWithItsSiteName_finishes() {
        // the title names only the site, so the lines set in bold before the text are read for the headline
        String page = "<html><head><title>Gemeinde Lohrbach</title></head><body><table><tr><td>"
                + "<b><font size=5>".repeat(50_000) + "Sperrung der Ortsdurchfahrt ab Montag" + "</font></b>".repeat(50_000)
                + PARAGRAPH.repeat(5) + "</td></tr><tr><td>© 2026 Gemeinde Lohrbach</td></tr></table></body></html>";
        ExtractedArticle a = extractor.extract(html(page));

        assertEquals(ArticleStatus.EXTRACTED, a.status(), a.reason());
        assertTrue(a.text().contains("the shops of the old town"), a.text());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void fiveMegabyteSingleLine_finishes() {
        String words = "lorem ipsum dolor sit amet ".repeat(200_000);
        ExtractedArticle a = extractor.extract(html("<html><body><p>" + words + "</p></body></html>"));
        assertEquals(ArticleStatus.EXTRACTED, a.status());
        assertTrue(a.wordCount() > 900_000);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hugeInlineScriptAndMegabyteAttributes_areIgnored() {
        String script = "<script>var x = '" + "a".repeat(5_000_000) + "';</script>";
        String attr = "<div class=\"" + "comment ".repeat(150_000) + "\" data-x=\"" + "y".repeat(1_000_000) + "\">" + PARAGRAPH.repeat(6) + "</div>";
        ExtractedArticle a = extractor.extract(html("<html><head>" + script + "</head><body>" + attr + "</body></html>"));

        assertEquals(ArticleStatus.EXTRACTED, a.status(), a.reason());
        assertEquals(6 * PARAGRAPH_WORDS, a.wordCount(), "the six paragraphs, nothing of the script or attributes");
        assertFalse(a.text().contains("aaaa") || a.text().contains("yyyy"));
    }

    /** A page that outruns the time budget ends as TOO_LARGE, saying where it stopped, instead of running on. */
    @Test
    void pageBeyondTheTimeBudget_endsTooLargeWithTheStage() {
        ArticleExtractor hurried = new ArticleExtractor(new dev.newsdrop.extract.source.PageDecoder(), java.time.Duration.ofMillis(1));
        String page = "<html><body>" + "<nav><a href=\"/x\">x</a></nav>".repeat(100_000) + PARAGRAPH.repeat(6) + "</body></html>";

        ExtractedArticle a = hurried.extract(html(page));

        assertEquals(ArticleStatus.TOO_LARGE, a.status());
        assertTrue(a.reason().startsWith("extraction stopped after its 1 ms budget, in stage"), a.reason());
        assertEquals("https://example.org/news/a", a.url());
        assertEquals(ArticleStatus.EXTRACTED, extractor.extract(html(page)).status(), "the default budget is ample for it");
    }

    @Test
    void randomBytes_neverThrow() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(5000)];
            random.nextBytes(bytes);
            if (i % 3 == 0 && bytes.length > 10) { // some start like HTML to get past the sniffing
                byte[] prefix = "<html><body><p>".getBytes(StandardCharsets.UTF_8);
                System.arraycopy(prefix, 0, bytes, 0, Math.min(prefix.length, bytes.length));
            }
            ExtractedArticle a = extractor.extract(new PageInput(bytes, i % 2 == 0 ? null : "not a url", "text/html; charset=bogus", null));
            // random bytes hold control and NUL bytes, whatever they start with: never a page
            assertEquals(ArticleStatus.NOT_HTML, a.status(), "page " + i + ": " + a.reason());
            assertTrue(a.reason() != null && !a.reason().isBlank(), "page " + i + " says why");
        }
    }

    @Test
    void malformedMarkupAndJsonLd_doNotThrow() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property=\"article:published_time\" content=\"not a date\"></head><body><div><p>unclosed" + PARAGRAPH.repeat(4)
                + "<table><tr><td>cell<li>item</table></body>";
        ExtractedArticle a = extractor.extract(html(page));
        assertEquals(ArticleStatus.EXTRACTED, a.status());
    }

    @Test
    void nullBytes_andNullUrl_giveNotHtml() {
        ExtractedArticle a = extractor.extract(new PageInput(null, null, null, null));
        assertEquals(ArticleStatus.NOT_HTML, a.status());
    }

    @Test
    void oneExtractorOnManyThreads_givesTheSameRecord() throws Exception {
        String page = "<html lang=\"en\"><head><title>Plan approved | Town News</title></head><body><article><h1>Plan approved</h1>"
                + PARAGRAPH.repeat(6) + "</article></body></html>";
        ExtractedArticle expected = extractor.extract(html(page));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedArticle>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> extractor.extract(html(page))));
            }
            for (Future<ExtractedArticle> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
