package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Blocks#attr}: an attribute's value by its exact (parser-written, lower-case) key, "" when absent. */
class BlocksAttrTest {

    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void givesTheValue_orEmptyWhenAbsent_withOrWithoutOtherAttributes() {
        assertEquals("byline", Blocks.attr(first("<p CLASS=byline id=x>Jane</p>"), "class"));
        assertEquals("x", Blocks.attr(first("<p CLASS=byline id=x>Jane</p>"), "id"));
        assertEquals("", Blocks.attr(first("<p class=byline>Jane</p>"), "id"));
        assertEquals("", Blocks.attr(first("<p>Jane</p>"), "class"));
    }

    @Test
    void aBooleanOrEmptyAttribute_givesEmpty_andAKeyIsExact() {
        assertEquals("", Blocks.attr(first("<div hidden>x</div>"), "hidden"));
        assertEquals("", Blocks.attr(first("<div title=''>x</div>"), "title"));
        assertEquals("", Blocks.attr(first("<div title=t>x</div>"), "TITLE"));
    }

    @Test
    void agreesWithJsoupsAttr_onEveryAttributeOfAPage() {
        Element body = Jsoup.parse("<div id=a class='b c' data-x=1><a href=/p rel='nofollow ugc'>p</a>"
                + "<input type=email><time datetime=2024-03-03>3 March</time><span itemtype=https://schema.org/Comment></span></div>").body();
        for (Element e : body.getAllElements()) {
            for (String key : new String[] {"id", "class", "data-x", "href", "rel", "type", "datetime", "itemtype", "missing"}) {
                assertEquals(e.attr(key), Blocks.attr(e, key), e.normalName() + " " + key);
            }
        }
    }
}
