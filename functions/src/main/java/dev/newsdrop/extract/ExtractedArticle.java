package dev.newsdrop.extract;

import dev.newsdrop.extract.meta.WebAddress;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.LeadImage;

import java.util.List;

/**
 * What the extraction engine found in one page. Field meanings are those of
 * {@link dev.newsdrop.model.ArticleRecord}; {@code charset} is the one the bytes were decoded with
 * (null when they were not decoded). Every address it holds ({@code url}, {@code canonicalUrl},
 * {@code leadImage.url}) is an absolute http(s) URL or null: any other is refused here
 * ({@link WebAddress}), whoever builds the value, so no record carries a {@code javascript:} or
 * {@code data:} address.
 *
 * <p>Why two records declare the same twenty article fields: this one is what the engine can
 * know from bytes and a URL alone, while {@code ArticleRecord} is the stored and served shape, which
 * adds what only the pipeline knows (id, source object, content hash, extractor version, processing
 * time, the record it duplicates or replaced) and is bound by the storage and API schema
 * ({@code docs/record.md}). Keeping them apart lets the engine change without a schema change; {@code process.RecordMaker} is the one place that
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
        url = WebAddress.httpOrNull(url);
        canonicalUrl = WebAddress.httpOrNull(canonicalUrl);
        String imageUrl = leadImage == null ? null : WebAddress.httpOrNull(leadImage.url());
        leadImage = imageUrl == null ? null : new LeadImage(imageUrl, leadImage.caption());
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A page that yields no article: only the status, the reason and what is known of it. */
    public static ExtractedArticle failed(ArticleStatus status, String reason, String charset, String url) {
        return new ExtractedArticle(status, reason, charset, url, null, null, null, List.of(), null, null,
                null, null, null, null, null, List.of(), null, null, null, 0, 0);
    }
}
