package dev.newsdrop.model;

/**
 * How processing an object ended. Every uploaded object ends as a record with one of these; only
 * {@link #EXTRACTED} carries an article, the others carry a {@code reason}.
 */
public enum ArticleStatus {
    /** The page is an article and its content was extracted. */
    EXTRACTED,
    /** The page is HTML but not an article: a home page, a listing, an error page, a login wall. */
    NOT_ARTICLE,
    /** The object is not an HTML page: binary, JSON, plain text, empty, or undecodable. */
    NOT_HTML,
    /** The object is larger than newsdrop accepts, or expands beyond that when decompressed. */
    TOO_LARGE,
    /** Extraction failed unexpectedly; the reason says how. The raw object is kept for a retry. */
    FAILED,
    /**
     * Only in the object ledger, never on a record: the object is a web archive (WARC), handed to
     * the splitter; each archived page becomes a record of its own.
     */
    ARCHIVE;

    public boolean isSuccess() {
        return this == EXTRACTED;
    }
}
