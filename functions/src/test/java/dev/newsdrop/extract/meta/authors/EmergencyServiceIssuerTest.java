package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link InstitutionIssuer#EMERGENCY_SERVICE}: an emergency service's site signs its unsigned news, a trade paper's does not. */
class EmergencyServiceIssuerTest {

    private static final String TEXT = "<p>" + "Am Dienstagabend wurden die Einsatzkräfte zu umgestürzten Bäumen auf der Bundesstraße alarmiert. ".repeat(4)
            + "</p>";

    private static List<String> authors(String siteName, String url) {
        String html = "<html lang='de'><head><title>Bäume auf der B 27 beseitigt – " + siteName + "</title>"
                + "<meta property='og:site_name' content='" + siteName + "'></head><body><header><a href='/'>" + siteName
                + "</a></header><main><article><h1>Bäume auf der B 27 beseitigt</h1>" + TEXT + "</article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, url), url).authors();
    }

    @Test
    void aFireServicesOrACivilProtectionAgencysUnsignedNews_isSignedByTheService() {
        assertEquals(List.of("Feuerwehr Lindenau"), authors("Feuerwehr Lindenau", "https://www.feuerwehr-lindenau.example.de/aktuelles/einsatz-b27"));
        assertEquals(List.of("Protezione civile Regione Valdora"),
                authors("Protezione civile Regione Valdora", "https://protezionecivile.valdora.example.it/notizie/allerta-8-dicembre"));
    }

    @Test
    void aTradePaperNamedAfterTheService_signsNothing() {
        assertEquals(List.of(), authors("Feuerwehr-Magazin Praxis", "https://www.feuerwehr-magazin.example.de/nachrichten/din-norm"));
        assertEquals(List.of(), authors("Polizei-Journal", "https://www.polizei-journal.example.de/aktuelles/neue-uniformen"));
    }

    @Test
    void aSiteThatIsNoEmergencyService_signsNothingInItsNewsSection() {
        assertEquals(List.of(), authors("Lindenauer Anzeiger", "https://www.lindenauer-anzeiger.example.de/aktuelles/einsatz-b27"));
    }
}
