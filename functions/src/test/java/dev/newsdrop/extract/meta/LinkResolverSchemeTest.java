package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two shortcuts that spare jsoup's failed parses: {@link LinkResolver#namesSchemeWithoutHandler} (a scheme Java
 * has no handler for resolves to the address as written) and {@link LinkResolver#absUrl} (no colon in the base or the
 * address gives ""), each compared with jsoup's own answer over random addresses and bases.
 */
class LinkResolverSchemeTest {

    private static final String[] BASES = {"", "https://news.example/a/b.html", "http://news.example", "news.example/a",
        "garbage", "https://host.example:99999/", "file:/tmp/page.html", "ftp://files.example/x", "javascript:void(0)", " https://news.example/ "};

    private static final String[] PIECES = {"javascript", "JavaScript", "data", "DATA", "tel", "sms", "whatsapp", "about",
        "fb-messenger", "android-app", "ios-app", "intent", "mailto", "http", "https", "ftp", "file", "jar", "url", "geo",
        "market", "tg", "viber", "skype", "callto", ":", "//", "/", "void(0)", "+", "-", ".", ",", "?", "#", "a", "1", " ",
        "\t", "\n", "\u0001", "\u001f", "é", "\\", "%20", "image/png;base64,iVBOR", "x@y.example", "send?text=hi"};

    private static String randomAddress(Random random) {
        StringBuilder s = new StringBuilder();
        int parts = 1 + random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
            if (i == 0 && random.nextInt(3) > 0) {
                s.append(':');
            }
        }
        return s.toString();
    }

    @Test
    void everyListedScheme_isOneJavaHasNoHandlerFor_andResolvesToItself() {
        for (String scheme : LinkResolver.SCHEMES_WITHOUT_HANDLER) {
            for (String base : BASES) {
                String address = scheme + ":x/y?z#w";
                assertEquals(address, StringUtil.resolve(base, address), base + " " + address);
                assertEquals(address, new LinkResolver(base).resolveParsing(address), base + " " + address);
                assertTrue(LinkResolver.namesSchemeWithoutHandler(address), address);
            }
        }
    }

    @Test
    void namesSchemeWithoutHandler_refusesWhatJsoupWouldChange() {
        assertFalse(LinkResolver.namesSchemeWithoutHandler(" javascript:void(0)")); // jsoup's scheme test wants it first
        assertFalse(LinkResolver.namesSchemeWithoutHandler("java\tscript:void(0)")); // the tab is stripped before parsing
        assertFalse(LinkResolver.namesSchemeWithoutHandler("javascript:a\nb"));
        assertFalse(LinkResolver.namesSchemeWithoutHandler("mailto:jane@news.example")); // Java has a handler for it
        assertFalse(LinkResolver.namesSchemeWithoutHandler("javascript"));
        assertTrue(LinkResolver.namesSchemeWithoutHandler("JavaScript:void(0)"));
    }

    @Test
    void resolve_givesWhatJsoupGives_overRandomAddresses() {
        Random random = new Random(33);
        for (int i = 0; i < 6_000; i++) {
            String base = BASES[random.nextInt(BASES.length)];
            String address = randomAddress(random);
            assertEquals(StringUtil.resolve(base, address), new LinkResolver(base).resolve(address), base + " | " + address);
        }
    }

    @Test
    void absUrl_givesWhatJsoupGives_overRandomAddressesAndBases() {
        Random random = new Random(34);
        for (String base : BASES) {
            StringBuilder html = new StringBuilder();
            List<String> hrefs = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String href = randomAddress(random);
                hrefs.add(href);
                html.append(i % 7 == 0 ? "<a>x</a>" : i % 11 == 0 ? "<a HREF=\"" : "<a href=\"")
                        .append(i % 7 == 0 ? "" : href.replace("&", "&amp;").replace("\"", "&quot;") + "\">x</a>");
            }
            Document doc = Jsoup.parse(html.toString(), base);
            for (Element a : doc.select("a")) {
                assertEquals(a.absUrl("href"), LinkResolver.absUrl(a, "href"), base + " | " + a.attr("href"));
            }
            Element bare = new Element("a");
            assertEquals(bare.absUrl("href"), LinkResolver.absUrl(bare, "href"));
        }
    }
}
