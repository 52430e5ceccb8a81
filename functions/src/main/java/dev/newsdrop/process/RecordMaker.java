package dev.newsdrop.process;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.SourceObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Makes the {@link ArticleRecord} of one raw page, whatever its bytes hold: extraction plus
 * provenance. Every door uses it: the processing function, the API's stateless extraction and the
 * command line.
 */
public final class RecordMaker {

    private static final Logger log = LoggerFactory.getLogger(RecordMaker.class);

    /** Longest title kept: real headlines are under 300 characters; a megabyte one is an attack or a bug. */
    public static final int MAX_TITLE_CHARS = 1_000;
    /** Longest description kept: summaries are a few sentences. */
    public static final int MAX_DESCRIPTION_CHARS = 5_000;
    /** Most authors or tags kept. */
    public static final int MAX_LIST_ENTRIES = 50;
    /** Longest author name or tag kept. */
    public static final int MAX_LIST_ENTRY_CHARS = 200;

    private final ArticleExtractor extractor;
    private final Clock clock;

    public RecordMaker(ArticleExtractor extractor, Clock clock) {
        this.extractor = extractor;
        this.clock = clock;
    }

    /**
     * The record of a page. Its id comes from the canonical URL when the page states one, else from
     * the source's bucket and key. A page that breaks the extractor gets a FAILED record.
     */
    public ArticleRecord make(PageInput page, SourceObject source) {
        return assemble(extractSafely(page, source), source, page.bytes() == null ? new byte[0] : page.bytes());
    }

    /** The record for a page that was not extracted (too large, unreadable), with the reason. */
    public ArticleRecord refuse(ArticleStatus status, String reason, String url, SourceObject source) {
        return assemble(ExtractedArticle.failed(status, reason, null, url), source, new byte[0]);
    }

    private ExtractedArticle extractSafely(PageInput page, SourceObject source) {
        try {
            return extractor.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours, not of the page: keep a record that says so; the raw page stays for a rerun.
            log.error("extraction failed for {}", source.key(), e);
            return ExtractedArticle.failed(ArticleStatus.FAILED, "extraction failed: " + e.getClass().getSimpleName(),
                    null, page.url());
        }
    }

    private ArticleRecord assemble(ExtractedArticle a, SourceObject source, byte[] bytes) {
        String id = a.canonicalUrl() != null
                ? RecordIds.forCanonicalUrl(a.canonicalUrl())
                : RecordIds.forObject(source.bucket(), source.key());
        String url = a.url() != null ? a.url() : a.canonicalUrl();
        return new ArticleRecord(id, url, a.canonicalUrl(), a.siteName(), a.title(), a.authors(), a.publishedAt(),
                a.modifiedAt(), a.language(), a.direction(), a.description(), a.leadImage(), a.section(), a.tags(),
                a.credit(), a.text(), a.html(), a.wordCount(), a.readingTimeMinutes(), a.status(), a.reason(),
                source.withCharset(a.charset()), RecordIds.contentHash(bytes), ArticleExtractor.VERSION,
                clock.instant());
    }
}
