package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleCompletionTest {

    private static String title(String ogTitle, String documentTitle) {
        String page = "<html lang=en><head><title>" + documentTitle + "</title><meta property='og:title' content='" + ogTitle
                + "'></head><body><p>The council approved the harbour budget on Tuesday after a long debate.</p></body></html>";
        return MetadataReader.read(Jsoup.parse(page), "https://news.example/2024/03/harbour").title();
    }

    @Test
    void aCutTitle_isCompletedByTheDocumentTitleThatGoesOn() {
        assertEquals("Harbour board approves the dredging plan for the north quay",
                title("Harbour board approves the dredging plan for the…", "Harbour board approves the dredging plan for the north quay"));
    }

    @Test
    void aCutTitle_isNotCompletedByAParagraphThatHappensToBeginAlike() {
        String paragraph = "Harbour board approves the dredging plan for the" + " north quay, the ferry pier and the old slipway".repeat(20);
        assertEquals("Harbour board approves the dredging plan for the…",
                title("Harbour board approves the dredging plan for the…", paragraph));
    }
}
