package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeTrimmerTest {

    private static final String PROSE = "<p>Die Bergwacht Ramsau hat am Samstagabend zwei Wanderer aus der Watzmann-Ostwand gerettet,"
            + " nachdem sie sich im Nebel verstiegen hatten.</p><p>Gegen 23 Uhr waren alle wohlbehalten im Tal.</p>";

    private static String trimmed(String html) {
        Element container = Jsoup.parseBodyFragment("<div>" + html + "</div>").body().child(0);
        EdgeTrimmer.trim(container, TextStats.measure(container));
        return container.text();
    }

    @Test
    void headingEndingInAColon_closingTheText_isTrimmed() {
        String t = trimmed(PROSE + "<h3>Links:</h3>");
        assertFalse(t.contains("Links:"), t);
        assertTrue(t.contains("wohlbehalten im Tal"), t);
        String wide = trimmed(PROSE + "<h3>Weitere Informationen：</h3>");
        assertFalse(wide.contains("Weitere Informationen"), wide);
    }

    @Test
    void headingEndingInAColon_beforeWhatItIntroduces_stays() {
        String t = trimmed(PROSE + "<h3>Die Ausrüstung:</h3><p>Helm, Stirnlampe und Biwaksack gehören bei Herbsttouren in jeden Rucksack.</p>");
        assertTrue(t.contains("Die Ausrüstung:"), t);
    }

    @Test
    void paragraphEndingInAColon_closingTheText_isNoLabel() {
        String t = trimmed(PROSE + "<p>Der Sprecher sagte:</p>");
        assertTrue(t.contains("Der Sprecher sagte:"), t);
    }
}
