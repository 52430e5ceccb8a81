package dev.newsdrop.extract;

import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.LeadImage;

import java.util.List;

/**
 * What the extraction engine found in one page. Field meanings are those of
 * {@link dev.newsdrop.model.ArticleRecord}; {@code charset} is the one the bytes were decoded with
 * (null when they were not decoded).
 *
 * <p>Why two records declare the same twenty article fields: this one is what the engine can
 * know from bytes and a URL alone, while {@code ArticleRecord} is the stored and served shape, which
 * adds what only the pipeline knows (id, source object, content hash, extractor version, processing
 * time) and is bound by the storage and API schema ({@code docs/record.md}). Keeping them apart
 * lets the engine change without a schema change; {@code process.RecordMaker} is the one place that
 * maps this record onto that one (with the size limits), and {@code ExtractedArticleTest} fails
 * when the shared fields drift apart in name, type or order.
 */
public record ExtractedArticle(
        ArticleStatus status,
        String reason,
        String charset,
        String url,
        String canonicalUrl,
        String siteName,
        String title,
        List<String> authors,
        String publishedAt,
        String modifiedAt,
        String language,
        String direction,
        String description,
        LeadImage leadImage,
        String section,
        List<String> tags,
        String credit,
        String text,
        String html,
        int wordCount,
        int readingTimeMinutes) {

    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A page that yields no article: only the status, the reason and what is known of it. */
    public static ExtractedArticle failed(ArticleStatus status, String reason, String charset, String url) {
        return new ExtractedArticle(status, reason, charset, url, null, null, null, List.of(), null, null,
                null, null, null, null, null, List.of(), null, null, null, 0, 0);
    }
}
