package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

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
    void resolvesAsAbsUrl_againstAPageAddress_none_aBaseElement_andABrokenBase() {
        agreesWithAbsUrl("", "https://news.example/2024/03/story.html?x=1");
        agreesWithAbsUrl("", "");
        agreesWithAbsUrl("<base href=\"https://other.example/dir/\">", "https://news.example/story");
        agreesWithAbsUrl("", "not a url at all");
        agreesWithAbsUrl("", "https://news.example:99999/x");
    }

    @Test
    void plainAbsoluteAddresses_areRecognisedStrictly() {
        org.junit.jupiter.api.Assertions.assertTrue(LinkResolver.isPlainAbsolute("https://cdn.example:8443/a/b.jpg?w=1#x"));
        org.junit.jupiter.api.Assertions.assertFalse(LinkResolver.isPlainAbsolute("https://host.example/a/./b"));
    }
}
