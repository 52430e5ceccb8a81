package dev.newsdrop.ingest;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinksTest {

    private static final URI BASE = URI.create("https://news.example/section/index.xml");

    @Test
    void relativeLink_isResolvedAgainstTheDocument() {
        assertEquals(Optional.of(URI.create("https://news.example/section/a.html")), Links.absolute(BASE, "a.html"));
        assertEquals(Optional.of(URI.create("https://news.example/b.html")), Links.absolute(BASE, " /b.html "));
    }

    @Test
    void fragment_isDropped_queryKept() {
        assertEquals(Optional.of(URI.create("https://news.example/a?id=7")), Links.absolute(BASE, "/a?id=7#comments"));
    }

    @Test
    void internationalizedHost_becomesPunycode_pathStaysAsWritten() {
        Optional<URI> link = Links.absolute(BASE, "https://أخبار.example/مقال.html");

        assertEquals("xn--igbicxr.example", link.orElseThrow().getHost());
        assertEquals("https://xn--igbicxr.example/مقال.html", link.orElseThrow().toString());
    }

    @Test
    void nonHttpOrUnreadableLinks_areNone() {
        assertEquals(Optional.empty(), Links.absolute(BASE, "mailto:desk@news.example"));
        assertEquals(Optional.empty(), Links.absolute(BASE, "javascript:void(0)"));
        assertEquals(Optional.empty(), Links.absolute(BASE, "http://[broken"));
        assertEquals(Optional.empty(), Links.absolute(BASE, "   "));
    }
}
