package dev.newsdrop.ingest;

import crawlercommons.robots.BaseRobotRules;
import dev.newsdrop.fetch.FetchResult;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.fetch.RefusedUrlException;
import dev.newsdrop.fetch.ResponseTooLargeException;
import dev.newsdrop.fetch.Validators;
import dev.newsdrop.store.MetadataTooLargeException;
import dev.newsdrop.store.MetadataValues;
import dev.newsdrop.store.RawObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 *   <li>For each due source, read its feeds and sitemaps with conditional GET (a 304 costs nothing;
 *       sitemap indexes are followed, up to {@link IngestionOptions#maxChildSitemaps()}), and remember
 *       every URL not seen before as pending. A source whose feed or sitemap fails is marked failed
 *       and rests ({@link Backoff}); what its other documents yielded is kept.</li>
 *   <li>Fetch the pending URLs of those sources, a few hosts at a time, one request at a time per
 *       host with a delay (the largest of robots.txt crawl-delay, the source's minimum and the
 *       default), skipping what robots.txt forbids, and put each page into S3 under
 *       {@code <prefix><host>/<20 hex of sha256(url)>.html}.</li>
 *   <li>Stop starting work when the deadline is near: whatever is not fetched stays pending for the
 *       next run, so no URL is lost.</li>
 * </ol>
 */
public final class Ingestion {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);
    /** Statuses that say the page will not come back: given up at once rather than retried. */
    private static final Set<Integer> GONE = Set.of(400, 401, 403, 404, 410, 451);
    /** Hex digits of the URL hash in an object key: 80 bits, no collision among billions of URLs. */
    private static final int KEY_HASH_HEX = 20;

    private final SourceRegistry registry;
    private final SeenStore seen;
    private final PublicWebFetcher fetcher;
    private final RawObjectStore rawStore;
    private final String bucket;
    private final String prefix;
    private final IngestionOptions options;
    private final Clock clock;
    private final FeedReader feeds = new FeedReader();
    private final SitemapReader sitemaps = new SitemapReader();

    public Ingestion(SourceRegistry registry, SeenStore seen, PublicWebFetcher fetcher, RawObjectStore rawStore,
                     String bucket, String prefix, IngestionOptions options, Clock clock) {
        this.registry = registry;
        this.seen = seen;
        this.fetcher = fetcher;
        this.rawStore = rawStore;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        this.options = options;
        this.clock = clock;
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
        int room = options.maxPending() - seen.pending(source.id()).size();
        List<String> errors = new ArrayList<>();
        for (URI feed : source.feeds()) {
            if (!deadline.allows(options.minTimeForAFetch())) {
                stoppedEarly.set(true);
                return; // neither success nor failure: the source simply was not finished
            }
            try {
                FetchResult result = fetchDocument(feed, seen.validators(feed.toString()), deadline);
                if (result.notModified()) {
                    tally.notModified.incrementAndGet();
                    continue;
                }
                List<URI> links = feeds.links(result.finalUrl(), result.bytes(), result.contentType());
                room = remember(source, links, room, tally);
                if (room >= 0) {
                    seen.saveValidators(feed.toString(), result.validators());
                }
            } catch (IOException | RuntimeException e) {
                tally.failed.incrementAndGet();
                errors.add(feed + ": " + describe(e));
            }
        }
        ArrayDeque<URI> queue = new ArrayDeque<>(source.sitemaps());
        Set<URI> visited = new LinkedHashSet<>();
        int children = 0;
        while (!queue.isEmpty()) {
            URI sitemap = queue.poll();
            if (!visited.add(sitemap)) {
                continue;
            }
            if (!deadline.allows(options.minTimeForAFetch())) {
                stoppedEarly.set(true);
                return;
            }
            try {
                FetchResult result = fetchDocument(sitemap, seen.validators(sitemap.toString()), deadline);
                if (result.notModified()) {
                    tally.notModified.incrementAndGet();
                    continue;
                }
                SitemapReader.Contents contents = sitemaps.read(result.finalUrl(), result.bytes(),
                        result.contentType());
                for (URI child : contents.childSitemaps()) {
                    if (children++ < options.maxChildSitemaps()) {
                        queue.add(child);
                    }
                }
                room = remember(source, contents.articles(), room, tally);
                // An index is always read again: its children change while it often does not.
                if (contents.childSitemaps().isEmpty() && room >= 0) {
                    seen.saveValidators(sitemap.toString(), result.validators());
                }
            } catch (IOException | RuntimeException e) {
                tally.failed.incrementAndGet();
                errors.add(sitemap + ": " + describe(e));
            }
        }
        Instant now = clock.instant();
        SourceStatus status = registry.status(source.id());
        if (errors.isEmpty()) {
            registry.recordStatus(status.succeeded(now));
        } else {
            tally.error = String.join("; ", errors);
            SourceStatus failed = status.failed(tally.error, now, options.backoff());
            registry.recordStatus(failed);
            LOG.warn("source {} failed ({} in a row), next attempt at {}: {}", source.id(),
                    failed.consecutiveFailures(), failed.nextAttemptAt(), tally.error);
        }
    }

    /**
     * Remembers the new URLs among {@code links} as pending, while there is room.
     *
     * @return the room left, or -1 when links were left out for want of room (the document must then
     *         be read again next run, so its validators are not saved)
     */
    private int remember(Source source, List<URI> links, int room, Tally tally) {
        for (URI link : links) {
            if (room <= 0) {
                return -1;
            }
            if (seen.addIfNew(source.id(), link.toString())) {
                tally.discovered.incrementAndGet();
                room--;
            }
        }
        return room;
    }

    private FetchResult fetchDocument(URI url, Validators validators, Deadline deadline) throws IOException {
        FetchResult result = fetcher.fetch(url, validators, deadline.remaining());
        if (!result.isSuccess() && !result.notModified()) {
            throw new IOException("HTTP " + result.status());
        }
        return result;
    }

    // ---- 2. fetching articles ----------------------------------------------------------------------

    /** A pending URL of a source. */
    private record Task(Source source, URI url, String seenAs) {
    }

    private void fetchPending(List<Source> due, Map<String, Tally> tallies, Deadline deadline,
                              AtomicBoolean stoppedEarly) {
        Map<String, List<Task>> byHost = new LinkedHashMap<>();
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
                byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(new Task(source, uri, url));
            }
        }
        RobotsRules robots = new RobotsRules(fetcher);
        inParallel(byHost.entrySet().stream().map(host -> (Runnable) () ->
                fetchHost(host.getKey(), host.getValue(), robots, tallies, deadline, stoppedEarly)).toList(),
                deadline, "fetching");
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

    private void fetchHost(String host, List<Task> tasks, RobotsRules robots, Map<String, Tally> tallies,
                           Deadline deadline, AtomicBoolean stoppedEarly) {
        long lastRequest = 0; // System.nanoTime() of the host's last request; 0 before the first
        for (Task task : tasks) {
            Tally tally = tallies.get(task.source().id());
            if (!deadline.allows(options.minTimeForAFetch())) {
                stoppedEarly.set(true);
                return;
            }
            BaseRobotRules rules = robots.forUrl(task.url(), deadline.remaining());
            if (rules.isDeferVisits()) {
                LOG.info("robots.txt of {} cannot be read now; its pages wait for a later run", host);
                return;
            }
            if (!rules.isAllowed(task.url().toASCIIString())) {
                seen.giveUp(task.source().id(), task.seenAs(), "robots.txt disallows it");
                tally.skippedRobots.incrementAndGet();
                continue;
            }
            Duration delay = hostDelay(task.source(), rules);
            if (lastRequest != 0) {
                long wait = lastRequest + delay.toNanos() - System.nanoTime();
                if (wait > 0) {
                    if (!deadline.allows(options.minTimeForAFetch().plusNanos(wait))) {
                        stoppedEarly.set(true);
                        return;
                    }
                    sleep(wait);
                }
            }
            lastRequest = System.nanoTime();
            fetchArticle(task, tally, deadline);
        }
    }

    private Duration hostDelay(Source source, BaseRobotRules rules) {
        Duration delay = options.defaultHostDelay();
        Duration sourceMin = Duration.ofMillis(source.minDelayBetweenRequestsMs());
        if (sourceMin.compareTo(delay) > 0) {
            delay = sourceMin;
        }
        if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
            Duration crawlDelay = Duration.ofMillis(Math.min(rules.getCrawlDelay(),
                    options.maxCrawlDelay().toMillis()));
            if (crawlDelay.compareTo(delay) > 0) {
                delay = crawlDelay;
            }
        }
        return delay;
    }

    private void fetchArticle(Task task, Tally tally, Deadline deadline) {
        String sourceId = task.source().id();
        try {
            FetchResult result = fetcher.fetch(task.url(), null, deadline.remaining());
            if (result.isSuccess()) {
                store(task, result);
                seen.markFetched(sourceId, task.seenAs());
                tally.fetched.incrementAndGet();
                return;
            }
            tally.failed.incrementAndGet();
            if (GONE.contains(result.status())) {
                seen.giveUp(sourceId, task.seenAs(), "HTTP " + result.status());
            } else {
                retryLater(task, "HTTP " + result.status());
            }
        } catch (RefusedUrlException | ResponseTooLargeException never) {
            tally.failed.incrementAndGet();
            seen.giveUp(sourceId, task.seenAs(), describe(never));
        } catch (MetadataTooLargeException addressTooLong) {
            // S3 cannot store the address with the page: no retry will change that.
            tally.failed.incrementAndGet();
            seen.giveUp(sourceId, task.seenAs(), "the address is too long to store: " + addressTooLong.getMessage());
        } catch (IOException e) {
            tally.failed.incrementAndGet();
            retryLater(task, describe(e));
        }
    }

    private void retryLater(Task task, String error) {
        int attempts = seen.recordFailedAttempt(task.source().id(), task.seenAs(), error);
        if (attempts >= options.maxFetchAttempts()) {
            seen.giveUp(task.source().id(), task.seenAs(), error + " (" + attempts + " attempts)");
        }
    }

    private void store(Task task, FetchResult result) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(MetadataValues.URL, task.seenAs());
        metadata.put(MetadataValues.FETCHED_AT, clock.instant().toString());
        if (result.charset() != null) {
            metadata.put(MetadataValues.CHARSET, result.charset());
        }
        rawStore.put(bucket, rawKey(task.url()), result.bytes(), result.contentType(), metadata);
    }

    /** Where the page of an article URL is put: {@code <prefix><host>/<20 hex of sha256(url)>.html}. */
    public String rawKey(URI url) {
        return prefix + url.getHost().toLowerCase(Locale.ROOT) + "/" + urlHash(url.toString()) + ".html";
    }

    static String urlHash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, KEY_HASH_HEX);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        if (e instanceof HttpTimeoutException && !message.contains("took longer")) {
            return "timed out: " + message;
        }
        return message;
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
