package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.SourceObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemSizeLimitTest {

    @Test
    void smallRecord_isKeptWhole() {
        ArticleRecord record = record("نص قصير.", "<p>نص قصير.</p>");
        assertSame(record, ItemSizeLimit.fit(record, 390_000));
    }

    @Test
    void recordTooLargeWithHtml_dropsHtmlFirst() {
        String text = "فقرة عربية طويلة. ".repeat(7_000); // ~230 KB in UTF-8, twice that with the html
        ArticleRecord fitted = ItemSizeLimit.fit(record(text, "<p>" + text + "</p>"), 390_000);

        assertNull(fitted.html(), "html dropped");
        assertTrue(text.equals(fitted.text()), "text kept whole");
        assertTrue(fitted.reason().contains("html left out"), fitted.reason());
    }

    @Test
    void recordTooLargeForItsText_isCutAtAParagraphAndFits() {
        String paragraph = "فقرة عربية طويلة جدا. ".repeat(50);
        String text = String.join("\n\n", java.util.Collections.nCopies(600, paragraph)); // ~1.2 MB
        ArticleRecord fitted = ItemSizeLimit.fit(record(text, null), 390_000);

        assertTrue(ArticleItems.estimateSize(ArticleItems.toItem(fitted)) <= 390_000);
        assertTrue(text.startsWith(fitted.text()));
        assertTrue(fitted.text().endsWith(paragraph), "cut at a paragraph boundary");
        assertTrue(fitted.reason().contains("text truncated"), fitted.reason());
    }

    private static ArticleRecord record(String text, String html) {
        return new ArticleRecord("id", null, null, null, "عنوان", List.of(), null, null, "ar", "rtl", null, null,
                null, List.of(), null, text, html, 3, 1, ArticleStatus.EXTRACTED, null,
                new SourceObject("b", "k", null, "e", 10, "text/html", "UTF-8", null), "hash", "1", Instant.EPOCH);
    }
}
