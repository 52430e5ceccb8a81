package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaidPartTest {

    private static final String TEXT = "Der Stadtrat hat den Entwurf am Montag beraten und will im Frühjahr entscheiden. ".repeat(4);

    @Test
    void paidPartEmptyOrMissing_isAbsent() {
        Document empty = Jsoup.parse("<article><p>Lead.</p><div class=paid-content></div></article>");
        assertTrue(MetadataReader.paidPartAbsent(empty, List.of(".paid-content")));
        assertTrue(MetadataReader.paidPartAbsent(empty, List.of(".paywall")));
    }

    @Test
    void paidPartHoldingText_isOnThePage() {
        Document whole = Jsoup.parse("<article><div class='body paywall' style='display:none'><p>" + TEXT + "</p></div></article>");
        assertFalse(MetadataReader.paidPartAbsent(whole, List.of(".paywall")));
        assertFalse(MetadataReader.paidPartAbsent(whole, List.of(".missing", ".paywall")));
    }

    @Test
    void noSelectorOrUnreadableSelector_saysNothing() {
        Document page = Jsoup.parse("<article><p>Lead.</p></article>");
        assertFalse(MetadataReader.paidPartAbsent(page, List.of()));
        assertFalse(MetadataReader.paidPartAbsent(page, List.of("div[[[")));
    }
}
