package dev.newsdrop.extract;

import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.LeadImage;

import java.util.List;

/**
 * What the extraction engine found in one page. Field meanings are those of
 * {@link dev.newsdrop.model.ArticleRecord}; {@code charset} is the one the bytes were decoded with
 * (null when they were not decoded).
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
