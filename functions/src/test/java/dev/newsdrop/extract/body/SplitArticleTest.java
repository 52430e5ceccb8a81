package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitArticleTest {

    private static final String LEAD = "<div class=lead><p>The old ferry returns after three years: the county bought a used boat"
            + " and had it rebuilt, and it will carry cyclists and walkers every half hour.</p></div>";
    private static final String PARA = "<p>The old ferry was taken out of service after an engine failure, and a repair would have"
            + " cost more than a new boat, the county said on Tuesday.</p>";

    private static Element joined(String html, String containerSelector) {
        Element body = Jsoup.parse(html).body();
        Element container = body.selectFirst(containerSelector);
        return SplitArticle.join(container, TextStats.measure(body));
    }

    @Test
    void leadBeforeTheBody_withAPictureBetween_isJoined() {
        Element c = joined("<div class=wrap><span>Transport</span>" + LEAD + "<figure><img src=f.jpg></figure>"
                + "<div class=body>" + PARA + PARA + "</div><div class=bio><b>Ann</b> writes about transport. <a href=/ann>All articles</a></div></div>",
                "div.body");
        assertEquals("wrap", c.className());
        assertTrue(c.text().startsWith("The old ferry returns"), c.text());
        assertTrue(c.selectFirst("figure") != null);
        assertFalse(c.text().contains("All articles"), c.text());
        assertFalse(c.text().contains("Transport"), c.text());
    }

    @Test
    void bodyContinuedAfterAnAd_isJoined_andTheAdLabelCut() {
        Element c = joined("<div class=wrap><div class=body>" + PARA + PARA + "</div><div class=ad>Advertisement</div>"
                + "<div class=body><p>The official opening is planned for the first of June, with the brass band.</p></div></div>",
                "div.body");
        assertTrue(c.text().contains("official opening"), c.text());
        assertFalse(c.text().contains("Advertisement"), c.text());
    }

    @Test
    void linkedTeaserBeforeTheBody_isNoLead() {
        String teaser = "<div class=teaser><a href=/x>The ferry timetable for the whole summer season, with all the stops and prices in one table</a></div>";
        Element body = Jsoup.parse("<div class=wrap>" + teaser + "<div class=body>" + PARA + PARA + "</div></div>").body();
        Element container = body.selectFirst("div.body");
        assertSame(container, SplitArticle.join(container, TextStats.measure(body)));
    }

    @Test
    void proseAboveTheHeadline_isNoLead() {
        String pitch = "<div class=notice>Our reporting is free to read because readers support it. A contribution of any size keeps"
                + " local journalism alive in the towns we cover. <a href=/support>Support us</a></div>";
        Element body = Jsoup.parse("<div class=page>" + pitch + "<div class=body><h1>The old ferry returns</h1>" + PARA + PARA
                + "</div></div>").body();
        Element container = body.selectFirst("div.body");
        assertSame(container, SplitArticle.join(container, TextStats.measure(body)));
    }
}
