package dev.newsdrop.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cheap canonical-URL pass names a record before it is processed, so it must find exactly the
 * canonical URL the full extraction reports: on every fixture page and sample page, and on the
 * shapes a canonical URL comes in.
 */
class CanonicalPassTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @Test
    void agreesWithTheFullExtraction_onEveryFixtureAndSamplePage() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/fixtures")),
                Files.walk(Path.of("../events/pages")))) {
            pages = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(html?|gz|xhtml)$"))
                    .toList();
        }
        assertTrue(pages.size() >= 20, "found " + pages.size() + " pages");
        for (Path path : pages) {
            for (String url : new String[] {null, "https://herald.example/news/a/b.html"}) {
                PageInput page = new PageInput(Files.readAllBytes(path), url, null, path.getFileName().toString());
                assertEquals(EXTRACTOR.extract(page).canonicalUrl(), EXTRACTOR.canonicalUrl(page), path + " at " + url);
            }
        }
    }

    @Test
    void findsTheLinkElseOgUrl_madeAbsolute() {
        assertEquals("https://herald.example/news/story", canonical(
                "<link rel=canonical href=\"/news/story\"><meta property=og:url content=\"https://x.example/o\">",
                "https://herald.example/news/other"));
        assertEquals("https://x.example/o", canonical("<meta property=og:url content=\"https://x.example/o\">", null));
        assertNull(canonical("<title>none</title>", "https://herald.example/a"));
    }

    private static String canonical(String head, String url) {
        byte[] html = ("<html><head>" + head + "</head><body><p>x</p></body></html>").getBytes(StandardCharsets.UTF_8);
        PageInput page = new PageInput(html, url, "text/html", null);
        assertEquals(EXTRACTOR.extract(page).canonicalUrl(), EXTRACTOR.canonicalUrl(page));
        return EXTRACTOR.canonicalUrl(page);
    }
}
