package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link PartnerCredit#basedOn}: the outlet a portal's JSON-LD {@code isBasedOn} names; never a book's publisher or the site's own story. */
class PartnerCreditBasedOnTest {

    private static final String PAGE = "https://www.portal.example/local/a/88213";

    private static String basedOn(String article) {
        JsonLdFacts ld = JsonLdFacts.of(Jsoup.parse("<script type=application/ld+json>{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"H\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Portal\"}," + article
                + "}</script>").select("script"));
        return PartnerCredit.basedOn(ld, "Portal", PAGE);
    }

    @Test
    void anArticlesPublisherIsTheCredit() {
        assertEquals("Riverbend Times", basedOn("\"isBasedOn\":{\"@type\":\"NewsArticle\",\"url\":\"https://riverbendtimes.example/n/1\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Riverbend Times\"}}"));
    }

    @Test
    void anAddressOnTheSiteAnOrganisationAuthorIsNamedAfter() {
        assertEquals("La Voce del Lario", basedOn("\"author\":{\"@type\":\"Organization\",\"name\":\"La Voce del Lario\"},"
                + "\"isBasedOn\":\"https://www.vocedellario.example/cronaca/1\""));
    }

    @Test
    void aBooksPublisherIsNoCredit() {
        assertNull(basedOn("\"author\":{\"@type\":\"Person\",\"name\":\"Ann Reed\"},\"isBasedOn\":{\"@type\":\"Book\",\"name\":\"The Salt Road\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Penguin Books\"}}"));
    }

    @Test
    void theSitesOwnStoryAndAnUnrelatedAddressGiveNone() {
        assertNull(basedOn("\"isBasedOn\":{\"@type\":\"NewsArticle\",\"url\":\"https://portal.example/old/7\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Portal Archive\"}}"));
        assertNull(basedOn("\"author\":{\"@type\":\"Organization\",\"name\":\"Statistics Office\"},"
                + "\"isBasedOn\":\"https://data.census.example/tables/2026\""));
        assertNull(basedOn("\"author\":{\"@type\":\"Organization\",\"name\":\"Portal\"},\"isBasedOn\":\"https://www.portal.example/a/1\""));
    }
}
