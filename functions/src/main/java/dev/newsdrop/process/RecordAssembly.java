package dev.newsdrop.process;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.SourceObject;

import java.time.Instant;

/** Puts an extraction and its provenance together into an {@link ArticleRecord}. */
public final class RecordAssembly {

    private RecordAssembly() {
    }

    /**
     * The record for an extracted page. Its id comes from the canonical URL when the page states
     * one, else from the source object's bucket and key.
     */
    public static ArticleRecord record(ExtractedArticle a, SourceObject source, String contentHash, Instant processedAt) {
        String id = a.canonicalUrl() != null
                ? RecordIds.forCanonicalUrl(a.canonicalUrl())
                : RecordIds.forObject(source.bucket(), source.key());
        String url = a.url() != null ? a.url() : a.canonicalUrl();
        return new ArticleRecord(id, url, a.canonicalUrl(), a.siteName(), a.title(), a.authors(), a.publishedAt(),
                a.modifiedAt(), a.language(), a.direction(), a.description(), a.leadImage(), a.section(), a.tags(),
                a.credit(), a.text(), a.html(), a.wordCount(), a.readingTimeMinutes(), a.status(), a.reason(),
                source, contentHash, ArticleExtractor.VERSION, processedAt);
    }
}
