package dev.newsdrop.extract.meta.authors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BylineTextTest {

    @Test
    void leadingText_readsOnlyTheOpeningOfALongElement_spacedAndCollapsed() {
        Document doc = Jsoup.parse("<div id=bio><b>Jane</b>Doe   writes about\n harbours." + "<p>More.</p>".repeat(100_000) + "</div>");
        String text = BylineText.leadingText(doc.getElementById("bio"), 36);
        assertTrue(text.startsWith("Jane Doe writes about harbours."), text);
        assertTrue(text.length() <= 37, text);
        assertEquals("", BylineText.leadingText(Jsoup.parse("<div id=e></div>").getElementById("e"), 30));
    }

    @Test
    void spacedText_spacesInlineParts_andLeavesOutTheAffiliationAndTheDate() {
        Document doc = Jsoup.parse("<p id=b><span>By</span>Jane Doe<span class=org>Daily Example</span>"
                + "<time>3 March 2024</time><button>Follow</button></p>");
        assertEquals("By Jane Doe", BylineText.spacedText(doc.getElementById("b")));
    }
}
