package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HostLabelsTest {

    @Test
    void servingSubdomains_nameNoSite() {
        assertEquals(List.of("harbourgazette"), HostLabels.naming("https://www.harbourgazette.example/news/ferry"));
        assertEquals(List.of("harbourgazette"), HostLabels.naming("https://www1.harbourgazette.com/a"));
        assertEquals(List.of("harbourgazette"), HostLabels.naming("https://www2.harbourgazette.com/a"));
        assertEquals(List.of("harbourgazette"), HostLabels.naming("https://blog.harbourgazette.com/a"));
        assertEquals(List.of("harbourgazette"), HostLabels.naming("https://news.harbourgazette.co.uk/a"));
        assertEquals(List.of("harbourgazette"), HostLabels.naming("https://m.harbourgazette.com/a"));
        assertEquals(List.of("harbourgazette"), HostLabels.naming("https://amp.home.harbourgazette.com/a"));
        assertEquals(List.of("sport", "harbourgazette"), HostLabels.naming("https://sport.harbourgazette.com/a"),
                "a subdomain that is no serving label is kept");
    }

    @Test
    void registryLabels_andShortLabels_nameNoSite() {
        assertEquals(List.of("quaytimes"), HostLabels.naming("https://www.quaytimes.com.au/x"));
        assertEquals(List.of("univ"), HostLabels.naming("https://www.univ.ac.jp/x"));
        assertEquals(List.of("kestrel"), HostLabels.naming("https://de.kestrel.org/x"));
    }

    @Test
    void aServingWordThatIsTheRegisteredName_namesTheSite() {
        assertEquals(List.of("news"), HostLabels.naming("https://www.news.com.au/national/ferry"));
        assertEquals(List.of("blog"), HostLabels.naming("https://blog.de/ferry"));
    }

    @Test
    void portsUserInfoAndCase_areNoPartOfTheHost() {
        assertEquals(List.of("harbourgazette"), HostLabels.naming("https://user:pw@WWW.HarbourGazette.com:8443/a?b=c#d"));
        assertEquals(List.of("harbourgazette"), HostLabels.naming("http://harbourgazette.com.:80"));
        assertEquals(List.of("fenbury", "gazette"), HostLabels.naming("fenbury.gazette.net/2024/ferry"), "no scheme");
        assertEquals(List.of("fenburygazette"), HostLabels.naming("//fenbury-gazette.org/ferry"), "hyphens dropped, scheme-relative");
    }

    @Test
    void punycodeAndUnicodeHosts_areReadInTheirLetters() {
        assertEquals(List.of("telerama"), HostLabels.naming("https://www.xn--tlrama-bvab.fr/ferry"));
        assertEquals(List.of("telerama"), HostLabels.naming("https://www.télérama.fr/ferry"));
        assertEquals(List.of("xnbroken"), HostLabels.naming("https://xn--broken-.example/"), "a label that does not decode is kept as written");
    }

    @Test
    void hostsThatNameNoSite_giveNoLabels() {
        assertEquals(List.of(), HostLabels.naming(null));
        assertEquals(List.of(), HostLabels.naming(""));
        assertEquals(List.of(), HostLabels.naming("http://localhost:8080/ferry"));
        assertEquals(List.of(), HostLabels.naming("http://192.168.10.20/ferry"));
        assertEquals(List.of(), HostLabels.naming("http://[2001:db8::1]/ferry"));
        assertEquals(List.of(), HostLabels.naming("https:///ferry"));
    }

    @Test
    void malformedAddresses_stillGiveTheirHost() {
        assertEquals(List.of("harbourgazette"), HostLabels.naming("  https://www.harbourgazette.com/a b|c?q=\"x\"  "));
        assertEquals(List.of("harbourgazette"), HostLabels.naming("https://harbourgazette.com\\ferry"));
        assertEquals("harbourgazette.com", HostLabels.host("https://harbourgazette.com/x?u=http://other.example/"));
        assertNull(HostLabels.host("https://"));
        String longHost = "a".repeat(5000) + ".com";
        assertEquals(List.of(), HostLabels.naming("https://" + longHost), "an address longer than any host is read only so far");
    }

    @Test
    void key_foldsCaseAccentsAndPunctuation() {
        assertEquals("telerama", HostLabels.key("Télérama"));
        assertEquals("fenburygazette", HostLabels.key("Fenbury-Gazette!"));
        assertEquals("fi", HostLabels.key("\uFB01"), "a compatibility ligature folds to its letters");
        assertEquals("новости", HostLabels.key("Новости"));
    }
}
