package dev.newsdrop.extract.body;

import dev.newsdrop.extract.PageInput;
import dev.newsdrop.extract.source.DecodedPage;
import dev.newsdrop.extract.source.PageDecoder;
import dev.newsdrop.extract.meta.LinkResolver;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeHtmlTest {

    private static final String BASE = "https://news.example/2024/05/story.html";

    /** What SafeHtml must agree with: jsoup's Cleaner over the same safelist, copying the tree. */
    private static Safelist reference(boolean preserveRelativeLinks) {
        return Safelist.relaxed()
                .addTags("figure", "figcaption", "hr", "mark", "abbr", "time")
                .addAttributes("time", "datetime")
                .preserveRelativeLinks(preserveRelativeLinks);
    }

    private static String reference(String bodyHtml, String base) {
        Document dirty = Jsoup.parseBodyFragment("<div>" + bodyHtml + "</div>", base == null ? "https://unknown-base.invalid/" : base);
        Document clean = new Cleaner(reference(base == null)).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static String sanitized(String bodyHtml, String base) {
        Document doc = Jsoup.parseBodyFragment("<div>" + bodyHtml + "</div>", base == null ? "" : base);
        return SafeHtml.html(doc.body().child(0), base);
    }

    static Stream<Path> pages() throws IOException {
        Path fixtures = Path.of("src/test/resources/fixtures");
        Path hostile = Path.of("src/test/resources/hostile");
        try (Stream<Path> f = Files.list(fixtures); Stream<Path> h = Files.list(hostile)) {
            List<Path> all = Stream.concat(
                    f.map(dir -> dir.resolve("source.html")).filter(Files::isRegularFile),
                    h.filter(p -> p.toString().endsWith(".html"))).sorted().toList();
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void agreesWithJsoupsCleaner_onEveryFixtureAndHostilePage(Path page) throws IOException {
        DecodedPage decoded = new PageDecoder().decode(new PageInput(Files.readAllBytes(page), null, null, null));
        if (decoded.isRejected()) {
            return; // not a page: nothing to sanitize
        }
        String body = Jsoup.parse(decoded.html()).body().html();
        for (String base : new String[]{null, BASE}) {
            assertEquals(reference(body, base), sanitized(body, base), page + " with base " + base);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p onclick=\"steal()\" style=\"color:red\" class=\"x\" id=\"y\">text</p>",
        "<a href=\"javascript:alert(1)\">a</a><a href=\"JaVaScRiPt:alert(1)\">b</a><a href=\" javascript:alert(1)\">c</a>",
        "<a href=\"java&#x09;script:alert(1)\">tab</a><a href=\"&#106;avascript:alert(1)\">entity</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" alt=\"x\"><img src=\"//cdn.example/a.jpg\">",
        "<a href=\"http://user@evil.example/\">u</a><a href=\"http://http//x\">h</a><a href=\"http:// bad host/\">s</a>",
        "<a href=\"https://ok.example/a/../b\">dots</a><a href=\"https://.lead.example/\">dot</a><a href=\"?q=1\">q</a>",
        "<a href=\"mailto:desk@news.example\">m</a><a href=\"ftp://files.example/x\">f</a><a href=\"tel:+123\">t</a>",
        "<blockquote cite=\"javascript:x\">q</blockquote><q cite=\"/source\">s</q><a title href=\"\">empty</a>",
        "<font><center><b>kept bold</b></center></font><script>evil()</script><style>p{}</style><!-- c -->",
        "<svg><![CDATA[<script>x</script>]]></svg><math><mi>x</mi></math><p>after</p>",
        "<table><tr><td colspan=2 onmouseover=x>cell</td></tr></table><time datetime=2024-05-01 class=x>May</time>",
        "<iframe src=\"https://evil.example\"></iframe><form action=/x><input value=secret></form><p>kept</p>",
        // addresses repeated: each one resolved as the first was (tel: and javascript: have no Java handler)
        "<a href=\"tel:+123\">1</a><a href=\"tel:+123\">2</a><a href=\"/r\">3</a><a href=\"/r\">4</a><a href=\"?q\">5</a>"
            + "<a href=\"?q\">6</a><a href=\"javascript:void(0)\">7</a><a href=\"javascript:void(0)\">8</a><img src=\"a.jpg\"><img src=\"a.jpg\">"})
    void agreesWithJsoupsCleaner_onHostileSnippets(String html) {
        for (String base : new String[]{null, BASE}) {
            assertEquals(reference(html, base), sanitized(html, base), html + " with base " + base);
        }
    }

    @Test
    void dropsScriptsHandlersAndDangerousLinks_keepsTextAndStructure() {
        String out = sanitized("<section class=\"c\" onclick=\"x()\"><h2 style=\"s\">Head</h2><script>evil()</script>"
                + "<p>One <a href=\"javascript:alert(1)\">bad</a> <a href=\"/ok\">good</a> <custom-tag>kept</custom-tag></p>"
                + "<img src=\"/a.jpg\" onerror=\"x()\" alt=\"A\"></section>", BASE);
        assertEquals("<div><h2>Head</h2><p>One <a>bad</a> <a href=\"https://news.example/ok\">good</a> kept</p>"
                + "<img src=\"https://news.example/a.jpg\" alt=\"A\"></div>", out);
    }

    @Test
    void withoutAPageAddress_relativeLinksStayAsWritten() {
        assertEquals("<div><p><a href=\"/ok\">x</a><img src=\"a.jpg\"></p></div>",
                sanitized("<p><a href=\"/ok\">x</a><img src=\"a.jpg\"></p>", null));
    }

    @Test
    void everyCharacter_isEscapedAsJsoupEscapesIt_inTextAndAttributes() {
        Document doc = Jsoup.parseBodyFragment("");
        doc.outputSettings().prettyPrint(false);
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append(c).append(' ');
        }
        String text = all + "\uD83D\uDE00 \uDE00\uD83D"; // a whole surrogate pair, then the halves reversed
        Element p = doc.body().appendElement("p").attr("title", text);
        p.appendChild(new org.jsoup.nodes.TextNode(text));
        StringBuilder ours = new StringBuilder("<p title=\"");
        SafeHtml.escape(text, true, ours);
        ours.append("\">");
        SafeHtml.escape(text, false, ours);
        ours.append("</p>");
        assertEquals(p.outerHtml(), ours.toString());
    }

    @Test
    void plainAbsoluteAddresses_areRecognisedStrictly() {
        assertTrue(LinkResolver.isPlainAbsolute("https://cdn.example:8443/a/b.jpg?w=1#x"));
        assertTrue(LinkResolver.isPlainAbsolute("http://news.example"));
        assertFalse(LinkResolver.isPlainAbsolute("https://user@host.example/"));
        assertFalse(LinkResolver.isPlainAbsolute("http://http://x"));
        assertFalse(LinkResolver.isPlainAbsolute("https://host.example/a/./b"));
        assertFalse(LinkResolver.isPlainAbsolute("https://.host.example/"));
        assertFalse(LinkResolver.isPlainAbsolute("https://host.example/a b"));
        assertFalse(LinkResolver.isPlainAbsolute("https://host.example/é"));
        assertFalse(LinkResolver.isPlainAbsolute("//host.example/a"));
        assertFalse(LinkResolver.isPlainAbsolute("https://host.example:/a"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hundredThousandUnsafeSiblings_leaveTheirText() {
        Document doc = Jsoup.parseBodyFragment("<p>" + "<font>w </font>".repeat(100_000) + "</p>");
        assertEquals("<p>" + "w ".repeat(100_000) + "</p>", SafeHtml.html(doc.body().child(0), null));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hundredThousandNestedUnsafeElements_leaveTheirText() {
        Document doc = Jsoup.parseBodyFragment("<div>" + "<x-wrap>".repeat(100_000) + "deep" + "</x-wrap>".repeat(100_000) + "</div>");
        assertEquals("<div>deep</div>", SafeHtml.html(doc.body().child(0), null));
    }

    @Test
    void leavesTheTreeAsItWas() {
        Document doc = Jsoup.parseBodyFragment("<div><font onclick=x>a</font><!-- c --><a href=\"/r\">b</a></div>", BASE);
        String before = doc.body().html();
        SafeHtml.html(doc.body().child(0), BASE);
        assertEquals(before, doc.body().html());
    }

    /** Escaping by comparing each character in turn: what {@link SafeHtml#escape} wrote before its table of plain characters. */
    private static String escapedOneByOne(String s, boolean inAttribute) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '\u00A0') {
                out.append("&nbsp;");
            } else if (c == '"' && inAttribute) {
                out.append("&quot;");
            } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
                out.append("&#x").append(Integer.toHexString(c)).append(';');
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append("&#x").append(Integer.toHexString(c)).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void everyCharacterIsEscapedAsWhenComparedOneByOne() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = "a" + (char) c + "b\uD83D\uDE00" + (char) c;
            for (boolean inAttribute : new boolean[] {false, true}) {
                StringBuilder out = new StringBuilder();
                SafeHtml.escape(s, inAttribute, out);
                org.junit.jupiter.api.Assertions.assertEquals(escapedOneByOne(s, inAttribute), out.toString(), Integer.toHexString(c));
            }
        }
    }
}
