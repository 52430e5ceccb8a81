package dev.newsdrop.process;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.LeadImage;
import dev.newsdrop.model.SourceObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

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
    /** Longest author name or tag kept; a longer entry is not a name or a tag and is left out. */
    public static final int MAX_LIST_ENTRY_CHARS = 200;
    /** Longest site name, section, credit or image caption kept. */
    public static final int MAX_NAME_CHARS = 1_000;
    /** Longest canonical or image URL kept; a longer one is left out, since a cut URL is another address. */
    public static final int MAX_URL_CHARS = 2_048;
    /** Longest language tag kept (BCP 47 tags in use are far shorter). */
    private static final int MAX_LANGUAGE_CHARS = 35;

    private final Extraction extractor;
    private final Clock clock;

    public RecordMaker(ArticleExtractor extractor, Clock clock) {
        this(Extraction.of(extractor), clock);
    }

    public RecordMaker(Extraction extractor, Clock clock) {
        this.extractor = extractor;
        this.clock = clock;
    }

    /**
     * The record of a page. Its id is its first choice ({@link RecordIds#candidates}): the trusted
     * canonical URL's, else the page address's, else the source's bucket and key; the processor
     * moves it down the list when another object holds it. A page that breaks the extractor gets a
     * FAILED record.
     */
    public ArticleRecord make(PageInput page, SourceObject source) {
        return assemble(extractSafely(page, source), source, page.bytes() == null ? new byte[0] : page.bytes());
    }

    /** The record for a page that was not extracted (too large, unreadable), with the reason. */
    public ArticleRecord refuse(ArticleStatus status, String reason, String url, SourceObject source) {
        return assemble(ExtractedArticle.failed(status, reason, null, url), source, new byte[0]);
    }

    /**
     * The ids the record of a page may have, found with the cheap canonical-URL pass instead of a
     * full extraction: for naming a record before the page is processed.
     */
    public List<RecordIds.Candidate> idCandidates(PageInput page, SourceObject source) {
        String canonical;
        try {
            canonical = keptUrl(extractor.canonicalUrl(page));
        } catch (RuntimeException | StackOverflowError e) {
            canonical = null; // the full extraction will fail too, and its record takes the object's id
        }
        return RecordIds.candidates(canonical, page.url(), source.bucket(), source.key());
    }

    private static String keptUrl(String url) {
        return url != null && url.length() <= MAX_URL_CHARS ? url : null;
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

    /**
     * The record, its fields besides the body bounded: a page may carry a megabyte title or 100,000
     * tags, and a DynamoDB item holds 400 KB (only {@code text} and {@code html} move to S3).
     */
    private ArticleRecord assemble(ExtractedArticle a, SourceObject source, byte[] bytes) {
        String canonicalUrl = keptUrl(a.canonicalUrl());
        String id = RecordIds.candidates(canonicalUrl, a.url(), source.bucket(), source.key()).getFirst().id();
        String url = a.url() != null ? a.url() : canonicalUrl;
        LeadImage image = a.leadImage() == null || a.leadImage().url() == null || a.leadImage().url().length() > MAX_URL_CHARS
                ? null : new LeadImage(a.leadImage().url(), cut(a.leadImage().caption(), MAX_NAME_CHARS));
        String language = a.language() != null && a.language().length() <= MAX_LANGUAGE_CHARS ? a.language() : null;
        return new ArticleRecord(id, url, canonicalUrl, cut(a.siteName(), MAX_NAME_CHARS), cut(a.title(), MAX_TITLE_CHARS),
                entries(a.authors()), a.publishedAt(), a.modifiedAt(), language, a.direction(),
                cut(a.description(), MAX_DESCRIPTION_CHARS), image, cut(a.section(), MAX_NAME_CHARS), entries(a.tags()),
                cut(a.credit(), MAX_NAME_CHARS), a.text(), a.html(), a.wordCount(), a.readingTimeMinutes(), a.status(),
                a.reason(), source.withCharset(a.charset()), RecordIds.contentHash(bytes), ArticleExtractor.VERSION,
                clock.instant());
    }

    /** The text cut to at most {@code max} characters, on a code point boundary, ending with an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** The first authors or tags that are short enough to be one. */
    private static List<String> entries(List<String> values) {
        return values.stream().filter(v -> v.length() <= MAX_LIST_ENTRY_CHARS).limit(MAX_LIST_ENTRIES).toList();
    }
}
