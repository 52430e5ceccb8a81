package dev.newsdrop.extract.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cache's banner leaves the head of the body, and its gate ({@link CopyFurniture#openingKey}) holds every element whose
 * shown text opens with a banner's words.
 */
class CopyFurnitureTest {

    @Test
    void aBannerSplitAcrossInlineElementsAndBlanks_isRemoved() {
        Document doc = Jsoup.parse("<body><div>This is <b>Google</b>&#8217;s ca<i>che</i>   of\n <a href=x>http://example.com/</a>. It is a"
                + " snapshot of the page as it appeared on 5 Mar 2010.</div><article><h1>Story</h1><p>Text.</p></article></body>");
        CopyFurniture.remove(doc);
        assertEquals("Story Text.", doc.body().text());
    }

    @Test
    void aWrapperThatQuotesTheWordsFurtherDown_staysWithItsOpening() {
        String lead = "A story about the web's archives, long enough to run past the opening a banner's words are sought in. ".repeat(2);
        Document doc = Jsoup.parse("<body><div><p>" + lead + "</p><p>This is Google's cache of the page.</p></div></body>");
        CopyFurniture.remove(doc);
        assertTrue(doc.body().text().contains("Google's cache"));
        assertEquals("astory", CopyFurniture.openingKey(doc.body().child(0)).substring(0, 6));
    }

    /** Over random fragments: wherever the shown text's opening holds a banner's words, the gate's opening holds them keyed. */
    @Test
    void theOpeningKey_holdsWhatTheShownTextOpensWith() {
        Random random = new Random(42);
        String[] pieces = {"This is Google", "'s ", "’s", "ca", "che", " of ", "cached ", "copy of ", "version of", "webpage", " capture",
                "<b>", "</b>", "<div>", "</div>", "<p>", "</p>", "<br>", "  ", "\n", "&nbsp;", "\u3000", "CACHE", "Snapshot of the page",
                " as it appeared", "x".repeat(30), "<span>", "</span>", "<script>cache of</script>"};
        List<String> words = List.of("'s cache of ", "’s cache of ", "snapshot of the page as it appeared", "cached copy of ",
                "cached version of ", "webpage capture");
        int opened = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder html = new StringBuilder("<div>");
            for (int k = random.nextInt(14); k >= 0; k--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            Element e = Jsoup.parse(html + "</div>").body().child(0);
            String text = e.text();
            String folded = text.substring(0, Math.min(text.length(), 120)).toLowerCase(Locale.ROOT);
            String key = CopyFurniture.openingKey(e);
            for (String w : words) {
                if (folded.contains(w)) {
                    opened++;
                    assertTrue(key.contains(CopyFurniture.key(w)), html.toString());
                }
            }
        }
        assertTrue(opened > 100, "opened " + opened);
        assertFalse(CopyFurniture.openingKey(Jsoup.parse("<div>News <b>of</b> the day</div>").body().child(0)).contains(" "));
    }
}
