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

    @Test
    void selectorMatchingADeepNest_isReadForAFewElementsOnly() {
        String nest = "<div class=paid>".repeat(20_000) + "x" + "</div>".repeat(20_000);
        Document page = Jsoup.parse("<article><p>Lead.</p>" + nest + "</article>");
        assertFalse(MetadataReader.paidPartAbsent(page, List.of(".paid")), "more elements than a part has: nothing is known of the part");
    }

    @Test
    void onlyPlainSelectorsOfPaidParts_areKept() {
        String page = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"isAccessibleForFree\":false,\"hasPart\":[{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,"
                + "\"cssSelector\":%s}]}</script></head><body><article><p>Lead.</p></article></body></html>";
        for (String plain : List.of("\".paywall\"", "\"div.meteredContent\"", "\".a, #b\"", "[\".paid\", \"section.premium\"]")) {
            JsonLdFacts facts = JsonLdFacts.of(Jsoup.parse(page.formatted(plain)).select("script[type=application/ld+json]"));
            assertFalse(facts.paidParts.isEmpty(), plain);
        }
        for (String hostile : List.of("\"p:matchesOwn((a|a)*b)\"", "\"div:has(div:has(div:has(p)))\"", "\"*\"", "\"[class~=(x+x+)+y]\"")) {
            JsonLdFacts facts = JsonLdFacts.of(Jsoup.parse(page.formatted(hostile)).select("script[type=application/ld+json]"));
            assertTrue(facts.paidParts.isEmpty(), hostile);
        }
    }
}
