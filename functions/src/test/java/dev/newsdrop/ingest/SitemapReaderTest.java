package dev.newsdrop.ingest;

import dev.newsdrop.testing.FeedDocuments;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitemapReaderTest {

    private static final URI SITEMAP = URI.create("https://news.example/sitemaps/news.xml");
    private final SitemapReader reader = new SitemapReader();

    @Test
    void urlset_givesArticleUrls_evenOutsideTheSitemapFolder() throws IOException {
        SitemapReader.Contents contents = read(FeedDocuments.sitemap("https://news.example/2025/a.html",
                "https://news.example/2025/b.html"), "application/xml");

        assertEquals(2, contents.articles().size());
        assertTrue(contents.articles().contains(URI.create("https://news.example/2025/a.html")));
        assertTrue(contents.childSitemaps().isEmpty());
    }

    @Test
    void index_givesChildSitemapsAndNoArticles() throws IOException {
        SitemapReader.Contents contents = read(FeedDocuments.sitemapIndex("https://news.example/sitemaps/2025-06.xml",
                "https://news.example/sitemaps/2025-05.xml"), "text/xml");

        assertEquals(List.of(URI.create("https://news.example/sitemaps/2025-06.xml"),
                URI.create("https://news.example/sitemaps/2025-05.xml")), contents.childSitemaps());
        assertTrue(contents.articles().isEmpty());
    }

    @Test
    void googleNewsSitemap_givesArticlesNewestFirst() throws IOException {
        SitemapReader.Contents contents = read(FeedDocuments.newsSitemap(
                new String[] {"https://news.example/old", "https://news.example/newest", "https://news.example/mid"},
                new String[] {"2025-05-01", "2025-06-02", "2025-05-20"}), "application/xml");

        assertEquals(List.of(URI.create("https://news.example/newest"), URI.create("https://news.example/mid"),
                URI.create("https://news.example/old")), contents.articles());
    }

    @Test
    void gzippedSitemap_isRead() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(FeedDocuments.sitemap("https://news.example/z.html").getBytes(StandardCharsets.UTF_8));
        }
        SitemapReader.Contents contents = reader.read(URI.create("https://news.example/sitemap.xml.gz"),
                gz.toByteArray(), "application/gzip");

        assertEquals(List.of(URI.create("https://news.example/z.html")), contents.articles());
    }

    @Test
    void sitemapWithADoctype_isRefusedRatherThanItsEntityResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/&secret;</loc></url></urlset>
                """;
        assertThrows(IOException.class, () -> read(xxe, "application/xml"));
    }

    @Test
    void malformedSitemap_isAnError() {
        assertThrows(IOException.class, () -> read("<urlset><url><loc>", "application/xml"));
    }

    private SitemapReader.Contents read(String body, String contentType) throws IOException {
        return reader.read(SITEMAP, body.getBytes(StandardCharsets.UTF_8), contentType);
    }
}
