package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LivePageTitleTest {

    private static String title(String ogTitle, String heading) {
        String page = "<html lang=en><head><meta property='og:title' content='" + ogTitle + "'></head><body><article><h1>" + heading
                + "</h1><p>The coastguard lifted two walkers off the cliff path on Friday morning.</p></article></body></html>";
        return MetadataReader.read(Jsoup.parse(page), "https://news.example/2024/02/storm-live").title();
    }

    @Test
    void aLiveLabelledHeading_givesWayToTheStatedTitleOfTheSameStory() {
        assertEquals("Two walkers rescued from the cliffs as the storm closes the bridge",
                title("Two walkers rescued from the cliffs as the storm closes the bridge", "Storm LIVE: Coastguard lifts two walkers off the cliffs"));
    }

    @Test
    void aLiveLabelledHeading_keepsItsWordsBesideAStatedTitleOfAnotherStoryOrAlsoLabelled() {
        String heading = "Storm LIVE: Coastguard lifts two walkers off the cliffs";
        assertEquals(heading, title("Council approves the harbour budget after a long debate", heading));
        assertEquals(heading, title("Storm LIVE: walkers rescued as the bridge closes", heading));
    }

    @Test
    void aStatedTitleLongerThanAHeadline_isNotTaken() {
        // an attack: a megabyte of og:title that shares the heading's words took the record's title whole
        String huge = "Storm walkers rescued from the cliffs and ".repeat(30_000);
        assertEquals("Storm LIVE: Coastguard lifts two walkers off the cliffs", title(huge, "Storm LIVE: Coastguard lifts two walkers off the cliffs"));
    }

    /** The title of a German page with the given head (og:title, schema.org headline, document title; nulls left out) and h1. */
    private static String germanTitle(String ogTitle, String ldHeadline, String documentTitle, String heading) {
        StringBuilder head = new StringBuilder("<meta property='og:site_name' content='Hafenblatt'>");
        if (documentTitle != null) {
            head.append("<title>").append(documentTitle).append("</title>");
        }
        if (ogTitle != null) {
            head.append("<meta property='og:title' content='").append(ogTitle).append("'>");
        }
        if (ldHeadline != null) {
            head.append("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
                    .append(ldHeadline).append("\"}</script>");
        }
        String page = "<html lang=de><head>" + head + "</head><body><article><h1>" + heading
                + "</h1><p>Der Gemeinderat hat am Dienstag über den Ausbau des Hafens abgestimmt.</p></article></body></html>";
        return MetadataReader.read(Jsoup.parse(page), "https://www.hafenblatt.example/hafenstreit-ticker").title();
    }

    @Test
    void aTickersHeadingOfJoinedEntries_givesWayToTheTitleThePageStatesMostOften() {
        // the heading joins the latest entries with "+++"; og:title words the page's name one way, the schema.org
        // headline and the document title another: the wording stated twice
        assertEquals("Hafenstreit: Neuigkeiten und Entwicklungen im Überblick",
                germanTitle("Hafenstreit: aktuelle Neuigkeiten und Entwicklungen im Überblick",
                        "Hafenstreit: Neuigkeiten und Entwicklungen im Überblick",
                        "Hafenstreit: Neuigkeiten und Entwicklungen im Überblick | Hafenblatt",
                        "Hafenstreit: Gemeinderat stimmt ab +++ Fischer fordern Entschädigung"));
        // one stated title: it
        assertEquals("Hafenstreit: alle Neuigkeiten und Entwicklungen im Überblick",
                germanTitle("Hafenstreit: alle Neuigkeiten und Entwicklungen im Überblick", null, null,
                        "Hafenstreit: Gemeinderat stimmt ab +++ Fischer fordern Entschädigung"));
    }

    @Test
    void aTickerLabelledHeading_givesWayToTheStatedTitleThatDoesNotFollowTheLatestEntry() {
        // og:title and the document title follow the heading's latest entry; the schema.org headline names the ticker
        assertEquals("Hafenstreit im Ticker vom 12. bis 18. Mai",
                germanTitle("Hafen-Ticker: Fischer fordern Entschädigung", "Hafenstreit im Ticker vom 12. bis 18. Mai",
                        "Hafen-Ticker: Fischer fordern Entschädigung | Hafenblatt", "Hafen-Ticker: Fischer fordern Entschädigung"));
        // every stated title follows the entry: the heading
        assertEquals("Hafen-Ticker: Fischer fordern Entschädigung",
                germanTitle("Hafen-Ticker: Fischer fordern Entschädigung", "Hafen-Ticker: Fischer fordern Entschädigung",
                        "Hafen-Ticker: Fischer fordern Entschädigung | Hafenblatt", "Hafen-Ticker: Fischer fordern Entschädigung"));
    }
}
