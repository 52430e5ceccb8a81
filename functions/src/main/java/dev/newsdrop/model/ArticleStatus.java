package dev.newsdrop.model;

/**
 * How processing an object ended. Every uploaded object ends as a record with one of these; all but
 * {@link #EXTRACTED} carry a {@code reason}. {@link #NOT_ARTICLE} is a label on an extracted page:
 * its record keeps the extracted {@code text} and {@code html}, so a wrong verdict loses nothing.
 */
public enum ArticleStatus {
    /** The page is an article and its content was extracted. */
    EXTRACTED,
    /** The page is HTML but judged not an article (a home page, a listing, an error page, a login wall); its text is kept. */
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
