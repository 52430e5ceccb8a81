package dev.newsdrop.ingest;

import crawlercommons.robots.BaseRobotRules;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Fetches one host's pending pages politely: one request at a time, spaced by the largest of
 * robots.txt's crawl-delay (capped at {@link IngestionOptions#maxCrawlDelay()}), the source's minimum
 * and the default delay, skipping what robots.txt forbids and leaving the host for a later run when
 * its robots.txt cannot be read now. Time comes from a clock and waits go through a sleeper, so
 * the pacing can be tested without waiting.
 */
final class HostPacer {

    /** What becomes of each page: fetched, or refused by robots.txt. */
    interface Visits {
        void fetch(PendingPage page);

        void disallowed(PendingPage page);
    }

    private final BiFunction<URI, Duration, BaseRobotRules> robots;
    private final IngestionOptions options;
    private final Clock clock;
    private final Ingestion.Sleeper sleeper;

    /**
     * @param robots the robots.txt rules that apply to an address, read within a timeout
     */
    HostPacer(BiFunction<URI, Duration, BaseRobotRules> robots, IngestionOptions options, Clock clock, Ingestion.Sleeper sleeper) {
        this.robots = robots;
        this.options = options;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Visits the pages of one host in order.
     *
     * @param deferred told once when robots.txt cannot be read now: the host's pages stay pending
     * @return false when the deadline stopped it before every page was visited
     */
    boolean visit(List<PendingPage> pages, Deadline deadline, Visits visits, Consumer<URI> deferred) {
        Instant lastRequest = null;
        for (PendingPage page : pages) {
            if (!deadline.allows(options.minTimeForAFetch())) {
                return false;
            }
            BaseRobotRules rules = robots.apply(page.url(), deadline.remaining());
            if (rules.isDeferVisits()) {
                deferred.accept(page.url());
                return true;
            }
            if (!rules.isAllowed(page.url().toASCIIString())) {
                visits.disallowed(page);
                continue;
            }
            if (lastRequest != null) {
                Duration wait = Duration.between(clock.instant(), lastRequest.plus(delay(page, rules)));
                if (wait.isPositive()) {
                    if (!deadline.allows(options.minTimeForAFetch().plus(wait))) {
                        return false;
                    }
                    try {
                        sleeper.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
            lastRequest = clock.instant();
            visits.fetch(page);
        }
        return true;
    }

    /** The delay owed to a host before a request for this page. */
    Duration delay(PendingPage page, BaseRobotRules rules) {
        Duration delay = options.defaultHostDelay();
        Duration sourceMin = Duration.ofMillis(page.source().minDelayBetweenRequestsMs());
        if (sourceMin.compareTo(delay) > 0) {
            delay = sourceMin;
        }
        if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
            Duration crawlDelay = Duration.ofMillis(Math.min(rules.getCrawlDelay(), options.maxCrawlDelay().toMillis()));
            if (crawlDelay.compareTo(delay) > 0) {
                delay = crawlDelay;
            }
        }
        return delay;
    }
}
