package dev.newsdrop.model;

import java.time.Instant;
import java.util.List;

/**
 * The structured record newsdrop makes of one raw page: what the article says and where it came
 * from. The schema is documented in {@code docs/record.md}; JSON field names are these component
 * names.
 *
 * @param id                 stable id: from the canonical URL when the page states one, else from
 *                           bucket and key
 * @param url                the page's address as given with the upload, or the canonical URL
 * @param canonicalUrl       the address the page declares as canonical, or null
 * @param siteName           the publishing site's name, or null
 * @param title              the headline, without the site's name
 * @param authors            author names, without "By" and the like; empty when none is stated
 * @param publishedAt        ISO-8601 publication time ({@code 2024-03-27T10:15:00+03:00}) or day
 *                           ({@code 2024-03-27}), or null
 * @param modifiedAt         ISO-8601 time of the last update, or null
 * @param language           BCP 47 language tag ({@code ar}, {@code en-GB}), or null
 * @param direction          {@code rtl} or {@code ltr}
 * @param description        the page's summary, or null
 * @param leadImage          the main image, or null
 * @param section            the site section ("Politics"), or null
 * @param tags               the page's keywords or tags; empty when none
 * @param credit             the original source a republished article credits ("الحرة",
 *                           "Reuters"), or null
 * @param text               the article body, paragraphs separated by one blank line
 * @param html               the article body as sanitized HTML
 * @param wordCount          words in {@code text}
 * @param readingTimeMinutes estimated minutes to read {@code text}
 * @param status             how processing ended
 * @param reason             why the status is not {@link ArticleStatus#EXTRACTED}, else null
 * @param source             the object the record was made from
 * @param contentHash        SHA-256 of the raw bytes, hex
 * @param extractorVersion   version of the extraction engine that made the record
 * @param processedAt        when the record was made
 * @param duplicateOf        the id of the record made from another object that holds this page's
 *                           canonical URL (or address); this record then has its own id. Null
 *                           when the page's first choice of id was free
 * @param previousSource     the object of another upload whose record this one replaced, because
 *                           this page was fetched from the very address its id stands for; null
 *                           when nothing from another object was replaced
 */
public record ArticleRecord(
        String id,
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
        int readingTimeMinutes,
        ArticleStatus status,
        String reason,
        SourceObject source,
        String contentHash,
        String extractorVersion,
        Instant processedAt,
        String duplicateOf,
        SourceObject previousSource) {

    public ArticleRecord {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A record that neither names a duplicate nor replaced another object's record. */
    public ArticleRecord(String id, String url, String canonicalUrl, String siteName, String title, List<String> authors,
                         String publishedAt, String modifiedAt, String language, String direction, String description,
                         LeadImage leadImage, String section, List<String> tags, String credit, String text,
                         String html, int wordCount, int readingTimeMinutes, ArticleStatus status, String reason,
                         SourceObject source, String contentHash, String extractorVersion, Instant processedAt) {
        this(id, url, canonicalUrl, siteName, title, authors, publishedAt, modifiedAt, language, direction, description,
                leadImage, section, tags, credit, text, html, wordCount, readingTimeMinutes, status, reason, source,
                contentHash, extractorVersion, processedAt, null, null);
    }

    /** This record under another id, naming the record that holds its first choice of id (or null). */
    public ArticleRecord withId(String newId, String duplicateOfId) {
        return new ArticleRecord(newId, url, canonicalUrl, siteName, title, authors, publishedAt, modifiedAt, language,
                direction, description, leadImage, section, tags, credit, text, html, wordCount, readingTimeMinutes,
                status, reason, source, contentHash, extractorVersion, processedAt, duplicateOfId, previousSource);
    }

    /** This record, noting the object of the record it replaces. */
    public ArticleRecord withPreviousSource(SourceObject previous) {
        return new ArticleRecord(id, url, canonicalUrl, siteName, title, authors, publishedAt, modifiedAt, language,
                direction, description, leadImage, section, tags, credit, text, html, wordCount, readingTimeMinutes,
                status, reason, source, contentHash, extractorVersion, processedAt, duplicateOf, previous);
    }

    /** Whether this record and {@code other} were made from the same stored object (bucket and key). */
    public boolean sameObjectAs(ArticleRecord other) {
        return java.util.Objects.equals(source.bucket(), other.source().bucket())
                && java.util.Objects.equals(source.key(), other.source().key());
    }
}
