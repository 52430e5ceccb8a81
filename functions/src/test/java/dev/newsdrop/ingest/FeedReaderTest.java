package dev.newsdrop.ingest;

import dev.newsdrop.testing.FeedDocuments;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedReaderTest {

    private static final URI FEED = URI.create("https://news.example/feeds/latest.xml");
    private final FeedReader reader = new FeedReader();

    @Test
    void rss_givesItemLinksInOrder() throws IOException {
        List<URI> links = read(FeedDocuments.rss("https://news.example/a.html", "https://news.example/b.html"), null);

        assertEquals(List.of(URI.create("https://news.example/a.html"), URI.create("https://news.example/b.html")), links);
    }

    @Test
    void atom_givesAlternateLinks_resolvedAgainstTheFeedUrl() throws IOException {
        List<URI> links = read(FeedDocuments.atom("/2025/06/one.html", "two.html"), "application/atom+xml");

        assertEquals(List.of(URI.create("https://news.example/2025/06/one.html"),
                URI.create("https://news.example/feeds/two.html")), links);
    }

    @Test
    void jsonFeed_givesItemUrls() throws IOException {
        List<URI> links = read(FeedDocuments.jsonFeed("https://news.example/j1", "https://news.example/j2"),
                "application/feed+json");

        assertEquals(List.of(URI.create("https://news.example/j1"), URI.create("https://news.example/j2")), links);
    }

    @Test
    void arabicLinks_areKeptAsWritten() throws IOException {
        List<URI> links = read(FeedDocuments.rss("https://news.example/أخبار/بغداد.html"), "application/rss+xml");

        assertEquals("https://news.example/أخبار/بغداد.html", links.get(0).toString());
    }

    @Test
    void duplicateAndNonHttpLinks_areDropped() throws IOException {
        List<URI> links = read(FeedDocuments.rss("https://news.example/a.html#comments", "https://news.example/a.html",
                "mailto:desk@news.example", "javascript:alert(1)"), null);

        assertEquals(List.of(URI.create("https://news.example/a.html")), links);
    }

    @Test
    void malformedXml_isAnError() {
        IOException e = assertThrows(IOException.class, () -> read("<rss><channel><item><link>x", null));
        assertTrue(e.getMessage().contains("not a readable RSS or Atom feed"), e.getMessage());
    }

    @Test
    void htmlPageInsteadOfAFeed_isAnError() {
        assertThrows(IOException.class, () -> read("<!doctype html><html><body>Moved</body></html>", "text/html"));
    }

    @Test
    void jsonThatIsNotAJsonFeed_isAnError() {
        IOException e = assertThrows(IOException.class, () -> read("{\"items\": []}", "application/json"));
        assertTrue(e.getMessage().contains("not a JSON Feed"), e.getMessage());
    }

    @Test
    void feedWithAnExternalEntity_isRefusedRatherThanResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&secret;</title><item><link>https://news.example/a</link></item></channel></rss>
                """;
        assertThrows(IOException.class, () -> read(xxe, null));
    }

    private List<URI> read(String body, String contentType) throws IOException {
        return reader.links(FEED, body.getBytes(StandardCharsets.UTF_8), contentType);
    }
}
