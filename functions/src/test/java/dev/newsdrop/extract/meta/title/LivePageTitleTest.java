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
}
