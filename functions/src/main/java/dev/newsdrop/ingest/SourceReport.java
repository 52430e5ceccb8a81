package dev.newsdrop.ingest;

/**
 * What one run did for one source.
 *
 * @param sourceId      the source
 * @param discovered    new article URLs found in its feeds and sitemaps
 * @param fetched       articles fetched and put into S3
 * @param skippedRobots URLs robots.txt forbids, given up without a request
 * @param notModified   feeds and sitemaps that answered 304
 * @param failed        feeds, sitemaps and articles that could not be fetched or read
 * @param pending       URLs discovered and still waiting for a later run
 * @param error         why the source failed, or null when it did not
 */
public record SourceReport(String sourceId, int discovered, int fetched, int skippedRobots, int notModified,
                           int failed, int pending, String error) {
}
