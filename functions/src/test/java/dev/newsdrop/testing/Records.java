package dev.newsdrop.testing;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.SourceObject;

import java.time.Instant;
import java.util.List;

/** Small records for repository and API tests, each field set only where a test cares. */
public final class Records {

    private static final Instant PROCESSED = Instant.parse("2026-01-02T03:04:05Z");

    private Records() {
    }

    /**
     * A record of an article.
     *
     * @param id          the id (any text; real ids are 32 hex digits)
     * @param url         its address, which also decides its site
     * @param publishedAt ISO-8601 publication time, or null (then listed at the processing time)
     * @param language    BCP 47 tag, or null
     * @param key         the object key it was made from, in bucket {@code newsdrop-raw}
     * @param sequencer   the event's sequencer, or null
     * @param contentHash the raw bytes' hash
     */
    public static ArticleRecord article(String id, String url, String publishedAt, String language, String key,
                                        String sequencer, String contentHash) {
        return new ArticleRecord(id, url, null, null, "Title of " + id, List.of(), publishedAt, null, language, "ltr",
                null, null, null, List.of(), null, "Text of " + id, "<p>Text of " + id + "</p>", 3, 1,
                ArticleStatus.EXTRACTED, null,
                new SourceObject("newsdrop-raw", key, null, null, 100, "text/html", "UTF-8", sequencer),
                contentHash, "test-1", PROCESSED);
    }

    /** A record of an article published at {@code publishedAt} in {@code language}, from its own object. */
    public static ArticleRecord listed(String id, String url, String publishedAt, String language) {
        return article(id, url, publishedAt, language, "raw/" + id + ".html", null, "hash-" + id);
    }

    /** The record of a page archived in the web archive {@code key}, at {@code offset}, with this sequencer. */
    public static ArticleRecord archived(String id, String key, long offset, String sequencer, String contentHash) {
        ArticleRecord r = article(id, "https://a.example/" + id, null, "en", key, sequencer, contentHash);
        SourceObject s = r.source();
        return new ArticleRecord(r.id(), r.url(), null, null, r.title(), List.of(), null, null, "en", "ltr", null, null,
                null, List.of(), null, r.text(), r.html(), 3, 1, ArticleStatus.EXTRACTED, null,
                new SourceObject(s.bucket(), key, null, null, 100, "text/html", "UTF-8", sequencer, offset, 100L,
                        "<urn:uuid:" + id + ">"), contentHash, "test-1", PROCESSED);
    }

    /** The same record as another extractor version made it: a stale record, for reprocessing and listing tests. */
    public static ArticleRecord madeBy(ArticleRecord r, String extractorVersion) {
        return new ArticleRecord(r.id(), r.url(), r.canonicalUrl(), r.siteName(), r.title(), r.authors(), r.publishedAt(),
                r.modifiedAt(), r.language(), r.direction(), r.description(), r.leadImage(), r.section(), r.tags(),
                r.credit(), r.text(), r.html(), r.wordCount(), r.readingTimeMinutes(), r.status(), r.reason(), r.source(),
                r.contentHash(), extractorVersion, r.processedAt(), r.duplicateOf(), r.previousSource());
    }
}
