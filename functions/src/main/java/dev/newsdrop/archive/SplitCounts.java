package dev.newsdrop.archive;

/**
 * What splitting an archive counted.
 *
 * @param pages   archived HTML pages with HTTP 200, each sent as a work item
 * @param skipped records that are not such pages: requests, metadata, revisits, warcinfo, non-HTML,
 *                other HTTP statuses
 * @param damaged records that could not be read (corrupt gzip, lying Content-Length, truncated)
 */
public record SplitCounts(long pages, long skipped, long damaged) {

    public static final SplitCounts NONE = new SplitCounts(0, 0, 0);

    SplitCounts plus(SplitCounts other) {
        return new SplitCounts(pages + other.pages, skipped + other.skipped, damaged + other.damaged);
    }
}
