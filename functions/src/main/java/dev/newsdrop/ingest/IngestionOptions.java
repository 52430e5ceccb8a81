package dev.newsdrop.ingest;

import dev.newsdrop.model.Backoff;

import java.time.Duration;

/**
 * The tunables of an ingestion run.
 *
 * @param defaultHostDelay   least time between two requests to one host when neither robots.txt
 *                           nor the source asks for more
 * @param hostConcurrency    hosts fetched from (and, before that, sources read) at the same time
 * @param maxCrawlDelay      a robots.txt crawl-delay above this is capped (the run has a deadline)
 * @param minTimeForAFetch   a fetch is not started with less time than this left before the deadline
 * @param maxChildSitemaps   child sitemaps of an index read per source and run
 * @param maxPending         URLs a source may have pending; discovery stops there until they are fetched
 * @param maxFetchAttempts   failed attempts (5xx, timeouts) after which a URL is given up
 * @param backoff            rest of a failing source
 */
public record IngestionOptions(Duration defaultHostDelay, int hostConcurrency, Duration maxCrawlDelay,
                               Duration minTimeForAFetch, int maxChildSitemaps, int maxPending,
                               int maxFetchAttempts, Backoff backoff) {

    /** One request a second per host is the common courtesy for crawlers without a crawl-delay. */
    public static final Duration DEFAULT_HOST_DELAY = Duration.ofSeconds(1);
    /** Small: a scheduled function has time, and sites should not feel it. */
    public static final int DEFAULT_HOST_CONCURRENCY = 4;
    /** Beyond 10 s a run would fetch only a handful of pages from the site anyway. */
    public static final Duration DEFAULT_MAX_CRAWL_DELAY = Duration.ofSeconds(10);
    /** Enough for a typical page; a fetch also never runs past the deadline. */
    public static final Duration DEFAULT_MIN_TIME_FOR_A_FETCH = Duration.ofSeconds(2);
    /** News sitemap indexes list one sitemap per day or month; the newest few matter. */
    public static final int DEFAULT_MAX_CHILD_SITEMAPS = 20;
    /** Keeps a source's pending list (one DynamoDB item, 400 KB at most) well within its limit. */
    public static final int DEFAULT_MAX_PENDING = 1000;
    /** A page failing three runs in a row (45 minutes) is broken, not busy. */
    public static final int DEFAULT_MAX_FETCH_ATTEMPTS = 3;

    public static IngestionOptions standard() {
        return new IngestionOptions(DEFAULT_HOST_DELAY, DEFAULT_HOST_CONCURRENCY, DEFAULT_MAX_CRAWL_DELAY,
                DEFAULT_MIN_TIME_FOR_A_FETCH, DEFAULT_MAX_CHILD_SITEMAPS, DEFAULT_MAX_PENDING,
                DEFAULT_MAX_FETCH_ATTEMPTS, Backoff.standard());
    }

    public IngestionOptions withDefaultHostDelay(Duration delay) {
        return new IngestionOptions(delay, hostConcurrency, maxCrawlDelay, minTimeForAFetch, maxChildSitemaps,
                maxPending, maxFetchAttempts, backoff);
    }

    public IngestionOptions withMaxPending(int pending) {
        return new IngestionOptions(defaultHostDelay, hostConcurrency, maxCrawlDelay, minTimeForAFetch, maxChildSitemaps,
                pending, maxFetchAttempts, backoff);
    }

    public IngestionOptions withMinTimeForAFetch(Duration time) {
        return new IngestionOptions(defaultHostDelay, hostConcurrency, maxCrawlDelay, time, maxChildSitemaps,
                maxPending, maxFetchAttempts, backoff);
    }
}
