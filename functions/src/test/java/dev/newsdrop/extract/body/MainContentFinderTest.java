package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MainContentFinderTest {

    private static final String PARAGRAPH = "<p>The council approved the harbour budget on Tuesday after a long debate about dredging,"
            + " ferries and the fish market, and the mayor said the vote showed the city could still agree on big things.</p>";

    @Test
    void narrowing_staysAtTheBlockAboveWebComponents_soTheLeadBesideTheBodyIsKept() {
        // web components (hyphenated tags) are measured, but they are not containers: the choice does not
        // step down into the one holding the body and leave the lead in its sibling behind
        Element body = Jsoup.parse("<div class=story><story-section><story-html class=lead><div>Rates weigh on the index."
                + " Analysts expect only a pause.</div></story-html></story-section><story-section><div class=text>"
                + PARAGRAPH.repeat(8) + "</div></story-section></div>").body();
        Element found = MainContentFinder.find(TextStats.measure(body));
        assertEquals("div.story", found.normalName() + "." + found.className());
    }
}
