package dev.newsdrop.extract.meta.title;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressSlugTest {

    @Test
    void aSlugSpellsTheHeadingWithUmlautsTransliteratedOrDropped() {
        assertTrue(AddressSlug.spells("https://x.example.de/2026/11/30/hallenbad-bleibt-bis-maerz-geschlossen/", "Hallenbad bleibt bis März geschlossen"));
        assertTrue(AddressSlug.spells("https://x.example.de/hallenbad-bleibt-bis-marz-geschlossen", "Hallenbad bleibt bis März geschlossen"));
        assertTrue(AddressSlug.spells("https://x.example.dk/lokalt/4471-svoemmehallen-lukker-til-marts.html", "Svømmehallen lukker til marts"));
        assertTrue(AddressSlug.spells("https://x.example.fr/actu/la-piscine-reste-fermee_12345?utm=x", "La piscine reste fermée"));
        assertTrue(AddressSlug.spells("https://x.example.de/n/stra%C3%9Fe-wird-gesperrt", "Straße wird gesperrt"));
    }

    @Test
    void aSlugOfOtherWordsOrOfOneWordOrNoPathSpellsNothing() {
        assertFalse(AddressSlug.spells("https://x.example.de/aktuelles/neue-oeffnungszeiten-im-rathaus", "Aktuelles aus der Gemeinde"));
        assertFalse(AddressSlug.spells("https://x.example.de/politik/", "Politik"));
        assertFalse(AddressSlug.spells("https://x.example.de/", "Hallenbad bleibt geschlossen"));
        assertFalse(AddressSlug.spells("https://hallenbad-bleibt-geschlossen.example", "Hallenbad bleibt geschlossen"));
        assertFalse(AddressSlug.spells("https://x.example.de/hallenbad-bleibt-bis-maerz-geschlossen-wegen-rissen", "Hallenbad bleibt bis März geschlossen"));
        assertFalse(AddressSlug.spells(null, "Hallenbad bleibt geschlossen"));
        assertFalse(AddressSlug.spells("https://x.example.de/a/%E0%A4%A-broken-escape", "A broken escape"));
    }

    @Test
    void aTitleOfTheSiteAndTheClaimBesideItsLogoNamesOnlyTheFrame() {
        String page = "<body><header><h1 class='site-logo'><a href='/'>Stadtanzeiger Lahntal</a></h1><p>Nachrichten aus der Region</p>"
                + "<span><h2>Hallenbad bleibt geschlossen</h2></span></header><div><h1>Hallenbad bleibt geschlossen</h1></div></body>";
        var root = Jsoup.parse(page).body().parent();
        assertTrue(FrameSiteName.namesOnlySiteAndClaim(root, "Stadtanzeiger Lahntal – Nachrichten aus der Region"));
        assertFalse(FrameSiteName.namesOnlySiteAndClaim(root, "Stadtanzeiger Lahntal – Hallenbad bleibt geschlossen"), "a heading in the box is no claim");
        assertFalse(FrameSiteName.namesOnlySiteAndClaim(root, "Nachrichten aus der Region – Neues vom Tage"), "no segment names the site");
        assertFalse(FrameSiteName.namesOnlySiteAndClaim(root, "Stadtanzeiger Lahntal"), "no claim beside the name");
    }
}
