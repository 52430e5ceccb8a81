package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.LeadImage;
import dev.newsdrop.model.SourceObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ArticleItemsTest {

    @Test
    void fullRecord_survivesTheRoundTrip() {
        ArticleRecord record = new ArticleRecord("abc", "https://x.example/a", "https://x.example/a", "لوبوان24",
                "عنوان", List.of("أحمد", "Sara Lee"), "2024-03-27T10:15:00+03:00", "2024-03-28", "ar", "rtl",
                "وصف", new LeadImage("https://x.example/i.jpg", "صورة"), "سياسة", List.of("العراق", "داعش"),
                "الحرة", "فقرة.\n\nفقرة ثانية.", "<p>فقرة.</p>", 3, 1, ArticleStatus.EXTRACTED, null,
                new SourceObject("bucket", "raw/a b.html", "v1", "etag", 1234, "text/html", "windows-1256",
                        "000000000000000062E99A88DC407460"),
                "hash", "1.0.0", Instant.parse("2024-03-27T10:00:00Z"));

        assertEquals(record, ArticleItems.fromItem(ArticleItems.toItem(record)));
    }

    @Test
    void absentValues_areLeftOutOfTheItem() {
        ArticleRecord failed = new ArticleRecord("abc", null, null, null, null, List.of(), null, null, null, null,
                null, null, null, List.of(), null, null, null, 0, 0, ArticleStatus.NOT_HTML, "binary",
                new SourceObject("bucket", "k", null, null, 1, null, null, null), "hash", "1.0.0", Instant.EPOCH);

        var item = ArticleItems.toItem(failed);

        assertFalse(item.containsKey("title"));
        assertFalse(item.get("source").m().containsKey("versionId"));
        assertEquals(failed, ArticleItems.fromItem(item));
    }
}
