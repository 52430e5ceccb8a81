package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WebAddressTest {

    private static final String BASE = "https://news.example/2024/03/story.html";

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)",
            "java\tscript:alert(1)", "java\nscript:alert(1)", "javascript\r:alert(1)", "vbscript:msgbox(1)", "VBScript:x",
            "data:text/html,<script>alert(1)</script>", "DATA:image/png;base64,AAAA", "livescript:x", "mailto:a@b.example",
            "ftp://files.example/a", "file:///etc/passwd", "https:/no-host", "https://", "http:///path", "https://?q",
            "  ", ""})
    void nonHttpAddresses_areRefused(String address) {
        assertNull(WebAddress.resolve(address, BASE), address);
        assertNull(WebAddress.httpOrNull(address), address);
    }

    @Test
    void httpAddresses_areKept_schemeLowerCased() {
        assertEquals("https://news.example/a?b=1#c", WebAddress.httpOrNull("https://news.example/a?b=1#c"));
        assertEquals("https://news.example/a", WebAddress.httpOrNull("  HTTPS://news.example/a \n"));
        assertEquals("http://news.example/a", WebAddress.httpOrNull("ht\ttp://news.example/a"));
    }

    @Test
    void archivedAddress_isTheCapturedPagesOwn() {
        assertEquals("http://news.example/2009/10/14/a.html",
                WebAddress.archivedAddress("https://web.archive.org/web/20091015083412/http://news.example/2009/10/14/a.html"));
        assertEquals("http://news.example/a?id=5", WebAddress.archivedAddress("https://arquivo.example/wayback/20100101000000id_/http://news.example/a?id=5"));
        assertEquals("http://news.example/a", WebAddress.archivedAddress("https://archive.example/web/20100101000000/http:/news.example/a"));
        assertEquals("https://news.example/2024/0315/redirect/https://x.example",
                WebAddress.archivedAddress("https://news.example/2024/0315/redirect/https://x.example")); // no capture time before it
        assertEquals("https://news.example/a", WebAddress.archivedAddress("https://news.example/a"));
    }

    @Test
    void relativeAddresses_resolveAgainstAnHttpBaseOnly() {
        assertEquals("https://news.example/img/a.jpg", WebAddress.resolve("/img/a.jpg", BASE));
        assertEquals("https://cdn.example/a.jpg", WebAddress.resolve("//cdn.example/a.jpg", BASE));
        assertEquals("https://news.example/2024/03/a%20b.jpg", WebAddress.resolve("a b.jpg", BASE));
        assertEquals("https://news.example/a|b", WebAddress.resolve("/a|b", BASE)); // not a strict URI: resolved leniently
        assertNull(WebAddress.resolve("/img/a.jpg", null));
        assertNull(WebAddress.resolve("/img/a.jpg", "javascript:alert(1)"));
        assertNull(WebAddress.resolve("//cdn.example/a.jpg", "data:text/html,x"));
    }

    @Test
    void colonInsideARelativePath_isNotAScheme() {
        assertEquals("https://news.example/a:b", WebAddress.resolve("/a:b", BASE));
        assertEquals("https://news.example/2024/03/story.html?t=1:2", WebAddress.resolve("?t=1:2", BASE));
    }
}
