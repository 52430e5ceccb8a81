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

    private static final String BODY = "<div class=columns><div class=main><div class=body>" + PARA + PARA + PARA + PARA + "</div></div></div>";

    @Test
    void leadUnderTheHeadline_nestedInTheArticlesHeader_isMovedToTheBodysStart() {
        Element c = joined("<article><div class=top><div class=titles><span>Transport</span><h1>The ferry is back</h1>"
                + "<div class=teaser><p>The old ferry returns after three years. The county bought a used boat and had it rebuilt.</p></div>"
                + "</div><p class=by>Ann Berg</p></div>" + BODY + "</article>", "div.body");
        assertTrue(c.text().startsWith("The old ferry returns after three years."), c.text());
        assertFalse(c.text().contains("Ann Berg"), c.text());
        assertFalse(c.text().contains("Transport"), c.text());
    }

    @Test
    void oneSentenceSubtitle_orTextBeforeTheHeadline_orNoArticle_isNoLead() {
        String subtitle = "<article><h1>The ferry is back</h1><p>The county bought a used boat and had it rebuilt in the yard.</p>" + BODY + "</article>";
        assertFalse(joined(subtitle, "div.body").text().contains("used boat"));
        String before = "<article><p>The old ferry returns after three years. The county bought a used boat.</p><h1>The ferry is back</h1>" + BODY + "</article>";
        assertFalse(joined(before, "div.body").text().contains("used boat"));
        String noArticle = "<div><h1>The ferry is back</h1><div><p>The old ferry returns after three years. The county bought a used boat.</p></div>"
                + BODY + "</div>";
        assertFalse(joined(noArticle, "div.body").text().contains("used boat"));
    }

    @Test
    void sentences_countEndsFollowedByACapital_notOrdinals() {
        assertEquals(1, SplitArticle.sentences("Ab dem 3. Mai fährt die Fähre wieder."));
        assertEquals(2, SplitArticle.sentences("Die Fähre fährt wieder. Sie kostet 1,8 Millionen Euro."));
        assertEquals(2, SplitArticle.sentences("Engineers might coat the ice with glass. Should they?"));
    }

    @Test
    void standfirstUnderTheHeadline_inMain_isTheLead_whenNoArticleIsAroundTheBody() {
        // a live blog: headline and standfirst in main's top block, each post an article of its own
        String post = "<article class=post><p>The ferry left the harbour at 11:30 with the first cyclists on board.</p></article>";
        String page = "<main><div class=top><h1>The old ferry returns: live</h1><p class=standfirst>The county's ferry is back on the"
                + " river after three years. Follow the first day here.</p></div><div class=feed>" + post + post + post + "</div></main>";
        Element body = Jsoup.parse(page).body();
        Element feed = body.selectFirst("div.feed");
        SplitArticle.join(feed, TextStats.measure(body));
        assertTrue(feed.text().startsWith("The county's ferry is back"), feed.text());
    }

    @Test
    void standfirstUnderTheHeadline_inTheSmallestBlockHoldingHeadlineAndBody_isTheLead_beforeAnyPicture() {
        // a long read without article or main: the hero block sets headline and standfirst beside the body's block
        String post = "<p>The ferry left the harbour at 11:30 with the first cyclists on board.</p>";
        String page = "<div class=page><div class=hero><h1>The old ferry returns</h1><p class=standfirst>The county's ferry is back on the"
                + " river after three years. We went along on the first day.</p><img src=f.jpg></div><div class=text>" + post + post + post
                + "</div></div>";
        Element body = Jsoup.parse(page).body();
        Element text = body.selectFirst("div.text");
        SplitArticle.join(text, TextStats.measure(body));
        assertTrue(text.text().startsWith("The county's ferry is back"), text.text());
        // there, prose after a picture is as likely its caption, set apart from the figure: not the lead
        String captioned = page.replace("<p class=standfirst>", "<img src=g.jpg><p class=caption>").replace("<img src=f.jpg>", "");
        body = Jsoup.parse(captioned).body();
        text = body.selectFirst("div.text");
        SplitArticle.join(text, TextStats.measure(body));
        assertFalse(text.text().contains("The county's ferry is back"), text.text());
    }
}
