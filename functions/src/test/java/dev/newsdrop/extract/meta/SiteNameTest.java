package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SiteNameTest {

    private static String siteName(String head, String url) {
        String html = "<html><head>" + head + "</head><body><h1>Harbour ferry returns</h1><p>"
                + "The ferry sails again from Monday, the council said. ".repeat(6) + "</p></body></html>";
        return MetadataReader.read(Jsoup.parse(html, url), url).siteName();
    }

    @Test
    void taglineAfterASeparator_isDropped() {
        assertEquals("Harbour Gazette", siteName("<meta property='og:site_name' content=\"Harbour Gazette | The coast's favourite paper\">",
                "https://www.harbourgazette.example/news/ferry"));
        assertEquals("Fenbury Wheels", siteName("<meta property='og:site_name' content='Fenbury Wheels | F1 | Rally | Touring'>",
                "https://fenburywheels.example/ferry"));
        assertEquals("Radio Kestrel", siteName("<meta property='og:site_name' content='Radio Kestrel - Musica e notizie dal 1980'>",
                "https://radiokestrel.example/ferry"));
        assertEquals("Gull Post", siteName("<meta property='og:site_name' content='Gull Post -'>", "https://gullpost.example/ferry"),
                "a separator with nothing after it");
        assertEquals("Dallas-Fort Worth Local", siteName("<meta property='og:site_name' content='Dallas-Fort Worth Local'>",
                "https://dfwlocal.example/ferry"), "a hyphen inside a word is no separator");
    }

    @Test
    void sectionBeforeTheName_givesWayToTheSegmentTheHostConfirms() {
        assertEquals("The Fenbury Crimson", siteName("<meta property='og:site_name' content='Opinion | The Fenbury Crimson'>",
                "https://www.thecrimson.example/article/ferry"));
    }

    @Test
    void statedAddress_givesAnotherStatedNameOrTheReadableHost() {
        assertEquals("harbourgazette.example", siteName("<meta property='og:site_name' content='https://www.harbourgazette.example'>",
                "https://www.harbourgazette.example/2019/11/19/ferry/"));
        String graph = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Harbour ferry returns\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Gazette\"}}</script>";
        assertEquals("Harbour Gazette", siteName("<meta property='og:site_name' content='https://www.harbourgazette.example'>" + graph,
                "https://www.harbourgazette.example/2019/11/19/ferry/"));
        String platform = "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"Harbour ferry returns\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Blogger\"}}</script>";
        assertEquals("gullnotes.example", siteName("<meta property='og:site_name' content='http://www.gullnotes.example/'>" + platform,
                "http://www.gullnotes.example/2018/10/ferry.html"), "the blog platform's name is not the blog's");
    }

    @Test
    void statedHandle_isWrittenAsTheTitleWritesIt() {
        assertEquals("FactFinder", siteName("<title>Is the ferry free? | FactFinder Westshire</title>"
                + "<meta property='og:site_name' content='@factfinder'>", "https://www.factfinder.example/statements/ferry/"));
        assertEquals("factfinder", siteName("<title>Is the ferry free?</title><meta property='og:site_name' content='@factfinder'>",
                "https://www.factfinder.example/statements/ferry/"), "nothing better: the handle without its @");
    }

    @Test
    void oneWordSectionInOgSiteName_givesWayToThePublisherTheHostConfirms() {
        String graph = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Harbour ferry returns\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Wirehouse\"}}</script>";
        assertEquals("Wirehouse", siteName("<meta property='og:site_name' content='U.S.'>" + graph,
                "https://www.wirehouse.example/article/ferry"));
        String other = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Harbour ferry returns\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"inews\"}}</script>";
        assertEquals("The Harbour Paper", siteName("<meta property='og:site_name' content='The Harbour Paper'>" + other,
                "https://inews.example/news/ferry"), "a name of several words is the site's own choice");
    }

    @Test
    void noStatedName_staysNull() {
        assertNull(siteName("<title>Harbour ferry returns</title>", "https://example.org/ferry"));
    }
}
