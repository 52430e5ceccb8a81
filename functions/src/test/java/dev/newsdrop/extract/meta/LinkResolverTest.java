package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link LinkResolver}: every address resolved as jsoup's {@code absUrl} resolves it, the base parsed once. */
class LinkResolverTest {

    private static final String[] HREFS = {
        "https://news.example/author/jane-doe/", "http://news.example", "/author/jane-doe", "../people/jane", "jane-doe",
        "?author=2", "#comments", "", " /author/jane ", "//cdn.example/a.jpg", "HTTPS://News.Example/A", "javascript:void(0)",
        "mailto:jane@news.example", "tel:+123", "https://user@host.example/", "https://host.example/a/./b/../c",
        "https://host.example/a b", "https://host.example/é", "/a\tb\nc", "\u0001/author/x", "http://", "https:///x",
        "https://host.example:/a", "https://host.example:8443/a?x=1#y", "\\\\server\\share", "data:text/html,hi"};

    private static void agreesWithAbsUrl(String page, String base) {
        StringBuilder html = new StringBuilder(page);
        for (String href : HREFS) {
            html.append("<a href=\"").append(href.replace("\"", "&quot;")).append("\">x</a>");
        }
        Document doc = Jsoup.parse(html.toString(), base);
        for (Element a : doc.select("a")) {
            LinkResolver resolver = new LinkResolver(a.baseUri());
            assertEquals(a.absUrl("href"), resolver.resolve(a.attr("href")), base + " " + a.attr("href"));
            assertEquals(a.absUrl("href"), resolver.resolve(a.attr("href")), "remembered: " + a.attr("href"));
        }
    }

    @Test
    void withoutQueryOrFragment_endsTheAddressAtItsFirstQueryOrFragmentMark() {
        assertEquals("/members/gus.4410/", LinkResolver.withoutQueryOrFragment("/members/gus.4410/?tab=posts#top"));
        assertEquals("https://news.example/a.jpg", LinkResolver.withoutQueryOrFragment("https://news.example/a.jpg#zoom?x=1"));
        assertEquals("/plain/path", LinkResolver.withoutQueryOrFragment("/plain/path"));
        assertEquals("", LinkResolver.withoutQueryOrFragment("?page=2"));
    }

    @Test
    void resolvesAsAbsUrl_againstAPageAddress_none_aBaseElement_andABrokenBase() {
        agreesWithAbsUrl("", "https://news.example/2024/03/story.html?x=1");
        agreesWithAbsUrl("", "");
        agreesWithAbsUrl("<base href=\"https://other.example/dir/\">", "https://news.example/story");
        agreesWithAbsUrl("", "not a url at all");
        agreesWithAbsUrl("", "https://news.example:99999/x");
    }

    /** Pieces of root-relative addresses: path words, queries, fragments, and what a plain one must not hold. */
    private static final String[] PATH_PIECES = {"/", "//", "//cdn.example", "//CDN.Example:8080", "//cdn.example:", "//.x", "//user@host",
        "//[::1]", "//hé.example", "a", "images", "2024", "story.html", "?", "x=1", "&", "#", "top", ":", "@",
        "%20", ";", "=", "~", "-", "_", ".", "..", "/.", " ", "\\", "é", "\t", "+", "!", "$", "'", "(", ")", "*", ",", "|", "\""};

    /** How the random addresses open: relative, root-relative (most), network-path. */
    private static final String[] OPENINGS = {"", "/", "/", "/", "/", "//cdn.example", "//CDN.Example:8080", "//cdn.example/", "//"};

    private static final String[] BASES = {"https://news.example/2024/03/story.html?x=1#top", "http://news.example",
        "https://News.Example:8443/a/b/", "https://news.example:443/", "http://10.0.0.1/x", "https://host-1.example.co.uk/a?b",
        "", "not a url at all", "https://news.example:99999/x", "ftp://files.example/a", "https://user@host.example/a",
        "https://[::1]/a", "https://xn--caf-dma.example/"};

    @Test
    void rootRelativeAddresses_joinedAsText_resolveAsParsing_overRandomAddresses() {
        Random random = new Random(17);
        int joined = 0;
        for (String base : BASES) {
            LinkResolver resolver = new LinkResolver(base);
            for (int n = 0; n < 20_000; n++) {
                StringBuilder href = new StringBuilder(OPENINGS[random.nextInt(OPENINGS.length)]);
                int parts = random.nextInt(7);
                for (int p = 0; p < parts; p++) {
                    href.append(PATH_PIECES[random.nextInt(PATH_PIECES.length)]);
                }
                String address = href.toString();
                joined += LinkResolver.isPlainRootRelative(address) ? 1 : 0;
                assertEquals(resolver.resolveParsing(address), resolver.resolve(address), base + " " + address);
                assertEquals(resolver.resolveParsing(address), new LinkResolver(base).resolve(address), "fresh: " + base + " " + address);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(joined > 40_000, "most addresses take the text join: " + joined);
    }

    @Test
    void plainAbsoluteAddresses_areRecognisedStrictly() {
        org.junit.jupiter.api.Assertions.assertTrue(LinkResolver.isPlainAbsolute("https://cdn.example:8443/a/b.jpg?w=1#x"));
        org.junit.jupiter.api.Assertions.assertFalse(LinkResolver.isPlainAbsolute("https://host.example/a/./b"));
    }
}
