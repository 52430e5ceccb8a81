package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan notes whether a page has any article element, so that a rule asking it per time element (the date
 * finder's "a time outside the page's article") does not search the page again for each one.
 */
class PageScanArticleElementTest {

    @Test
    void aPageWithoutArticleElements_saysSo() {
        PageScan scan = PageScan.of(Jsoup.parse("<h1>Headline</h1><div class=post><time datetime=2026-12-01>1 Dec</time>"
                + "<p>Text of the post.</p></div><aside><time datetime=2026-11-30>30 Nov</time></aside>"));
        assertFalse(scan.hasArticleElement());
    }

    @Test
    void anArticleElementAnywhere_isNoted_evenDeepOrInComments() {
        assertTrue(PageScan.of(Jsoup.parse("<main><div><div><section><article><h1>Headline</h1><p>Text.</p>"
                + "</article></section></div></div></main>")).hasArticleElement());
        assertTrue(PageScan.of(Jsoup.parse("<h1>Headline</h1><p>Text.</p><section id=comments><ol>"
                + "<li><article class=comment><p>A reply.</p></article></li></ol></section>")).hasArticleElement());
    }
}
