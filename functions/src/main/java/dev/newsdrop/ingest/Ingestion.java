package dev.newsdrop.ingest;

import dev.newsdrop.fetch.FetchResult;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.fetch.RefusedUrlException;
import dev.newsdrop.fetch.ResponseTooLargeException;
import dev.newsdrop.fetch.Validators;
import dev.newsdrop.model.Backoff;
import dev.newsdrop.model.Source;
import dev.newsdrop.model.SourceStatus;
import dev.newsdrop.ports.MetadataTooLargeException;
import dev.newsdrop.ports.MetadataValues;
import dev.newsdrop.ports.RawObjectStore;
import dev.newsdrop.ports.SeenStore;
import dev.newsdrop.ports.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One scheduled ingestion run: finds new articles of the due sources and puts each page into S3,
 * where the S3 trigger takes over.
 *
 * <ol>
 *   <li>{@link Discovery}: for each due source, side by side, read its feeds and sitemaps and
 *       remember every address not seen before as pending. A source whose feed or sitemap fails is
 *       marked failed and rests ({@link Backoff}); what its other documents yielded is kept.</li>
 *   <li>{@link HostPacer}: fetch the pending addresses of those sources, a few hosts at a time and
 *       politely within each host, and put each page into S3 ({@link RawPageWriter}).</li>
 *   <li>Stop starting work when the deadline is near: whatever is not fetched stays pending for the
 *       next run, so no address is lost.</li>
 * </ol>
 */
public final class Ingestion {

    /** Waits; {@link Thread#sleep(Duration)} in production, a clock's advance in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);
    /** Statuses that say the page will not come back: given up at once rather than retried. */
    private static final Set<Integer> GONE = Set.of(400, 401, 403, 404, 410, 451);

    private final SourceRegistry registry;
    private final SeenStore seen;
    private final PublicWebFetcher fetcher;
    private final IngestionOptions options;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Discovery discovery;
    private final RawPageWriter pages;

    public Ingestion(SourceRegistry registry, SeenStore seen, PublicWebFetcher fetcher, RawObjectStore rawStore,
                     String bucket, String prefix, IngestionOptions options, Clock clock) {
        this(registry, seen, fetcher, rawStore, bucket, prefix, options, clock, Thread::sleep);
    }

    /**
     * @param clock   the time a run reads: deadlines, the spacing of requests, the fetch time stored
     * @param sleeper how the run waits between two requests to one host
     */
    public Ingestion(SourceRegistry registry, SeenStore seen, PublicWebFetcher fetcher, RawObjectStore rawStore,
                     String bucket, String prefix, IngestionOptions options, Clock clock, Sleeper sleeper) {
        this.registry = registry;
        this.seen = seen;
        this.fetcher = fetcher;
        this.options = options;
        this.clock = clock;
        this.sleeper = sleeper;
        this.discovery = new Discovery(seen, fetcher, options);
        this.pages = new RawPageWriter(rawStore, bucket, prefix, clock);
    }

    /** Runs once over every due source, stopping cleanly before {@code deadline}. */
    public IngestionReport run(Deadline deadline) {
        List<Source> due = registry.dueSources(clock.instant());
        Map<String, Tally> tallies = new LinkedHashMap<>();
        AtomicBoolean stoppedEarly = new AtomicBoolean(false);
        for (Source source : due) {
            tallies.put(source.id(), new Tally());
        }
        // Sources are read side by side, so a slow or dead site costs the others nothing.
        inParallel(due.stream().map(source -> (Runnable) () -> {
            if (!deadline.allows(options.minTimeForAFetch())) {
                stoppedEarly.set(true);
                return;
            }
            discover(source, tallies.get(source.id()), deadline, stoppedEarly);
        }).toList(), deadline, "discovery");
        fetchPending(due, tallies, deadline, stoppedEarly);
        List<SourceReport> reports = new ArrayList<>();
        for (Source source : due) {
            Tally t = tallies.get(source.id());
            reports.add(new SourceReport(source.id(), t.discovered.get(), t.fetched.get(), t.skippedRobots.get(),
                    t.notModified.get(), t.failed.get(), seen.pending(source.id()).size(), t.error));
        }
        for (SourceReport r : reports) {
            LOG.info("source {}: {} discovered, {} fetched, {} skipped by robots.txt, {} not modified, {} failed, "
                    + "{} pending", r.sourceId(), r.discovered(), r.fetched(), r.skippedRobots(), r.notModified(),
                    r.failed(), r.pending());
        }
        return new IngestionReport(reports, stoppedEarly.get());
    }

    // ---- 1. discovery ------------------------------------------------------------------------------

    private void discover(Source source, Tally tally, Deadline deadline, AtomicBoolean stoppedEarly) {
        Discovery.Result found = discovery.discover(source, deadline);
        tally.discovered.addAndGet(found.discovered());
        tally.notModified.addAndGet(found.notModified());
        tally.failed.addAndGet(found.errors().size());
        if (!found.finished()) {
            stoppedEarly.set(true);
            return; // neither success nor failure: the source simply was not finished
        }
        Instant now = clock.instant();
        SourceStatus status = registry.status(source.id());
        if (found.errors().isEmpty()) {
            registry.recordStatus(status.succeeded(now));
        } else {
            tally.error = String.join("; ", found.errors());
            SourceStatus failed = status.failed(tally.error, now, options.backoff());
            registry.recordStatus(failed);
            LOG.warn("source {} failed ({} in a row), next attempt at {}: {}", source.id(),
                    failed.consecutiveFailures(), failed.nextAttemptAt(), tally.error);
        }
    }

    // ---- 2. fetching articles ----------------------------------------------------------------------

    private void fetchPending(List<Source> due, Map<String, Tally> tallies, Deadline deadline,
                              AtomicBoolean stoppedEarly) {
        Map<String, List<PendingPage>> byHost = new LinkedHashMap<>();
        for (Source source : due) {
            List<String> pending = seen.pending(source.id());
            for (String url : pending.subList(0, Math.min(pending.size(), source.articlesPerRun()))) {
                URI uri;
                try {
                    uri = new URI(url);
                } catch (URISyntaxException e) {
                    seen.giveUp(source.id(), url, "unreadable URL");
                    continue;
                }
                String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
                byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(new PendingPage(source, uri, url));
            }
        }
        HostPacer pacer = new HostPacer(new RobotsRules(fetcher)::forUrl, options, clock, sleeper);
        HostPacer.Visits visits = new HostPacer.Visits() {
            @Override
            public void fetch(PendingPage page) {
                fetchArticle(page, tallies.get(page.source().id()), deadline);
            }

            @Override
            public void disallowed(PendingPage page) {
                seen.giveUp(page.source().id(), page.seenAs(), "robots.txt disallows it");
                tallies.get(page.source().id()).skippedRobots.incrementAndGet();
            }
        };
        inParallel(byHost.entrySet().stream().map(host -> (Runnable) () -> {
            boolean finished = pacer.visit(host.getValue(), deadline, visits, url ->
                    LOG.info("robots.txt of {} cannot be read now; its pages wait for a later run", host.getKey()));
            if (!finished) {
                stoppedEarly.set(true);
            }
        }).toList(), deadline, "fetching");
    }

    /**
     * Runs work items on at most {@link IngestionOptions#hostConcurrency()} threads and waits for them.
     * A store failure in one item is logged and does not stop the others; what it did not finish
     * stays pending.
     */
    private void inParallel(List<Runnable> work, Deadline deadline, String what) {
        if (work.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.hostConcurrency(), work.size()));
        try {
            for (Runnable item : work) {
                pool.submit(() -> {
                    try {
                        item.run();
                    } catch (RuntimeException e) {
                        LOG.error("{} stopped for one source or host: {}", what, e.toString(), e);
                    }
                });
            }
        } finally {
            pool.shutdown();
        }
        try {
            // Every fetch is bounded by the deadline; the extra minute only guards against a bug.
            if (!pool.awaitTermination(deadline.remaining().toMillis() + 60_000, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void fetchArticle(PendingPage page, Tally tally, Deadline deadline) {
        String sourceId = page.source().id();
        try {
            FetchResult result = fetcher.fetch(page.url(), null, deadline.remaining());
            if (result.isSuccess()) {
                pages.put(page, result);
                seen.markFetched(sourceId, page.seenAs());
                tally.fetched.incrementAndGet();
                return;
            }
            tally.failed.incrementAndGet();
            if (GONE.contains(result.status())) {
                seen.giveUp(sourceId, page.seenAs(), "HTTP " + result.status());
            } else {
                retryLater(page, "HTTP " + result.status());
            }
        } catch (RefusedUrlException | ResponseTooLargeException never) {
            tally.failed.incrementAndGet();
            seen.giveUp(sourceId, page.seenAs(), describe(never));
        } catch (MetadataTooLargeException addressTooLong) {
            // S3 cannot store the address with the page: no retry will change that.
            tally.failed.incrementAndGet();
            seen.giveUp(sourceId, page.seenAs(), "the address is too long to store: " + addressTooLong.getMessage());
        } catch (IOException e) {
            tally.failed.incrementAndGet();
            retryLater(page, describe(e));
        }
    }

    private void retryLater(PendingPage page, String error) {
        int attempts = seen.recordFailedAttempt(page.source().id(), page.seenAs(), error);
        if (attempts >= options.maxFetchAttempts()) {
            seen.giveUp(page.source().id(), page.seenAs(), error + " (" + attempts + " attempts)");
        }
    }

    /** A failure in a line a person reads: what went wrong, without the exception's class. */
    static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        if (e instanceof HttpTimeoutException && !message.contains("took longer")) {
            return "timed out: " + message;
        }
        return message;
    }

    /** Counts of one source in one run, updated by several host workers at once. */
    private static final class Tally {
        final AtomicInteger discovered = new AtomicInteger();
        final AtomicInteger fetched = new AtomicInteger();
        final AtomicInteger skippedRobots = new AtomicInteger();
        final AtomicInteger notModified = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile String error;
    }
}
