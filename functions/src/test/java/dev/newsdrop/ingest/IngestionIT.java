package dev.newsdrop.ingest;

import dev.newsdrop.config.Settings;
import dev.newsdrop.fetch.AddressPolicy;
import dev.newsdrop.fetch.AddressResolver;
import dev.newsdrop.fetch.FetchLimits;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.model.Backoff;
import dev.newsdrop.model.Source;
import dev.newsdrop.model.SourceStatus;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.ports.RawObject;
import dev.newsdrop.ports.RawObjectStore;
import dev.newsdrop.store.DynamoDbSeenStore;
import dev.newsdrop.store.DynamoDbSourceRegistry;
import dev.newsdrop.store.S3RawObjectStore;
import dev.newsdrop.store.Tables;
import dev.newsdrop.testing.FakeSite;
import dev.newsdrop.testing.LocalAws;
import dev.newsdrop.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.newsdrop.testing.FakeSite.body;
import static dev.newsdrop.testing.FakeSite.cached;
import static dev.newsdrop.testing.FakeSite.huge;
import static dev.newsdrop.testing.FakeSite.redirect;
import static dev.newsdrop.testing.FakeSite.slow;
import static dev.newsdrop.testing.FakeSite.status;
import static dev.newsdrop.testing.FeedDocuments.article;
import static dev.newsdrop.testing.FeedDocuments.atom;
import static dev.newsdrop.testing.FeedDocuments.jsonFeed;
import static dev.newsdrop.testing.FeedDocuments.newsSitemap;
import static dev.newsdrop.testing.FeedDocuments.rss;
import static dev.newsdrop.testing.FeedDocuments.sitemapIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ingestion end to end: a real HTTP site on loopback, S3 and DynamoDB emulators, the real fetcher
 * (loopback allowed, as {@code --allow-loopback} allows it).
 */
class IngestionIT {

    private static final Instant START = Instant.parse("2025-06-02T10:15:00Z");
    private static final Duration RUN_BUDGET = Duration.ofMinutes(5);
    /** Small limits so slow and huge responses fail fast. */
    private static final FetchLimits LIMITS = new FetchLimits(1024 * 1024, Duration.ofSeconds(2),
            Duration.ofSeconds(1), FetchLimits.DEFAULT_MAX_REDIRECTS);
    /** Short host delay and fetch reserve keep the tests fast; the rules are the same. */
    private static final IngestionOptions OPTIONS = IngestionOptions.standard()
            .withDefaultHostDelay(Duration.ofMillis(20)).withMinTimeForAFetch(Duration.ofMillis(500));

    /** Tests use loopback literals only; any name is unknown, and no real DNS is asked. */
    private static final AddressResolver NO_DNS = host -> {
        throw new java.net.UnknownHostException(host);
    };

    private LocalAws aws;
    private FakeSite site;
    private MutableClock clock;
    private DynamoDbSourceRegistry registry;
    private DynamoDbSeenStore seen;
    private RawObjectStore rawStore;
    private IngestionOptions options = OPTIONS;
    private FetchLimits limits = LIMITS;

    @BeforeEach
    void start() {
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        aws = LocalAws.start(Map.of(Settings.SOURCES_TABLE, Tables.SOURCES.defaultName() + suffix,
                Settings.SEEN_TABLE, Tables.SEEN.defaultName() + suffix));
        site = FakeSite.start();
        clock = new MutableClock(START);
        registry = new DynamoDbSourceRegistry(aws.dynamoDb, Tables.name(Tables.SOURCES, aws.settings));
        seen = new DynamoDbSeenStore(aws.dynamoDb, Tables.name(Tables.SEEN, aws.settings), clock);
        rawStore = new S3RawObjectStore(aws.s3);
        site.on("/robots.txt", body("text/plain", "User-agent: *\nDisallow: /private/\n"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void newItemsOfEveryFeedKind_landInS3UnderRawWithTheirMetadata() throws Exception {
        String arabic = site.origin() + "/أخبار/خبر.html";
        site.on("/feed.rss", body("application/rss+xml", rss(url("/news/one.html"), arabic)))
                .on("/atom.xml", body("application/atom+xml; charset=utf-8", atom("/news/two.html")))
                .on("/feed.json", body("application/feed+json", jsonFeed(url("/news/three.html"))))
                .on("/sitemap_index.xml", body("application/xml", sitemapIndex(url("/sitemap-news.xml"))))
                .on("/sitemap-news.xml", body("application/xml",
                        newsSitemap(new String[] {url("/news/four.html")}, new String[] {"2025-06-02"})))
                .on("/news/one.html", body("text/html; charset=utf-8", article("One")))
                .on("/news/two.html", body("text/html; charset=utf-8", article("Two")))
                .on("/news/three.html", body("text/html; charset=utf-8", article("Three")))
                .on("/news/four.html", body("text/html", article("Four")))
                .on(rawPath(arabic), body("text/html; charset=windows-1256",
                        "<html><body><p>خبر عاجل</p></body></html>".getBytes(Charset.forName("windows-1256"))));
        registry.save(source("every-kind", List.of("/feed.rss", "/atom.xml", "/feed.json"),
                List.of("/sitemap_index.xml")));

        IngestionReport report = run();

        SourceReport counts = report.source("every-kind");
        assertEquals(5, counts.discovered());
        assertEquals(5, counts.fetched());
        assertEquals(0, counts.failed());
        assertEquals(0, counts.pending());
        assertNull(counts.error());
        for (String path : List.of("/news/one.html", "/news/two.html", "/news/three.html", "/news/four.html")) {
            RawObject object = stored(url(path));
            assertEquals(url(path), object.metadata().get(ObjectMetadata.URL));
            assertEquals(START.toString(), object.metadata().get(ObjectMetadata.FETCHED_AT));
        }
        RawObject one = stored(url("/news/one.html"));
        assertEquals("utf-8", one.metadata().get(ObjectMetadata.CHARSET));
        assertEquals("text/html;charset=utf-8", one.contentType().replace(" ", ""), "the response Content-Type");
        assertTrue(new String(one.bytes(), StandardCharsets.UTF_8).contains("<h1>One</h1>"));
        assertNull(stored(url("/news/four.html")).metadata().get(ObjectMetadata.CHARSET), "no charset sent, none stored");

        RawObject arabicPage = stored(arabic);
        assertEquals(arabic, arabicPage.metadata().get(ObjectMetadata.URL), "non-ASCII URL round-trips decoded");
        assertEquals("windows-1256", arabicPage.metadata().get(ObjectMetadata.CHARSET));
        String onTheWire = aws.s3.headObject(r -> r.bucket(aws.bucket).key(expectedKey(arabic))).metadata()
                .get(ObjectMetadata.URL);
        assertTrue(onTheWire.startsWith("=?UTF-8?B?"), "stored encoded so real S3 accepts it: " + onTheWire);
        assertEquals(registry.status("every-kind").lastSuccessAt(), START);
    }

    @Test
    void robotsDisallowedUrl_isNeverRequested() {
        site.on("/feed.rss", body("application/rss+xml", rss(url("/private/secret.html"), url("/news/ok.html"))))
                .on("/private/secret.html", body("text/html", article("Secret")))
                .on("/news/ok.html", body("text/html", article("Fine")));
        registry.save(source("robots", List.of("/feed.rss"), List.of()));

        SourceReport first = run().source("robots");
        SourceReport second = run().source("robots");

        assertEquals(0, site.hits("/private/secret.html"));
        assertEquals(1, first.skippedRobots());
        assertEquals(1, first.fetched());
        assertEquals(0, second.skippedRobots(), "given up, not pending");
        assertEquals(0, second.pending());
        assertEquals(1, site.hits("/robots.txt"), "read in the first run; the second had nothing left to fetch");
    }

    @Test
    void secondRun_fetchesNothingAgain_andGets304s() {
        site.on("/feed.rss", cached("application/rss+xml", rss(url("/a.html"), url("/b.html")), "\"rss-1\"",
                        "Mon, 02 Jun 2025 10:00:00 GMT"))
                .on("/feed.json", cached("application/feed+json", jsonFeed(url("/c.html")), "\"json-1\"",
                        "Mon, 02 Jun 2025 10:00:00 GMT"))
                .on("/sitemap_index.xml", body("application/xml", sitemapIndex(url("/sitemap-1.xml"))))
                .on("/sitemap-1.xml", cached("application/xml", newsSitemap(new String[] {url("/d.html")},
                        new String[] {"2025-06-01"}), "\"sm-1\"", "Sun, 01 Jun 2025 10:00:00 GMT"));
        for (String page : List.of("/a.html", "/b.html", "/c.html", "/d.html")) {
            site.on(page, body("text/html", article(page)));
        }
        registry.save(source("steady", List.of("/feed.rss", "/feed.json"), List.of("/sitemap_index.xml")));

        SourceReport first = run().source("steady");
        clock.advance(Duration.ofMinutes(15));
        SourceReport second = run().source("steady");

        assertEquals(4, first.fetched());
        assertEquals(0, second.discovered());
        assertEquals(0, second.fetched());
        assertEquals(3, second.notModified(), "both feeds and the child sitemap answer 304");
        for (String page : List.of("/a.html", "/b.html", "/c.html", "/d.html")) {
            assertEquals(1, site.hits(page), page + " fetched once");
        }

        // The feed changes: only its new item is fetched.
        site.on("/feed.rss", cached("application/rss+xml", rss(url("/e.html"), url("/a.html"), url("/b.html")),
                "\"rss-2\"", "Mon, 02 Jun 2025 10:30:00 GMT"));
        site.on("/e.html", body("text/html", article("E")));
        clock.advance(Duration.ofMinutes(15));
        SourceReport third = run().source("steady");

        assertEquals(1, third.discovered());
        assertEquals(1, third.fetched());
        assertEquals(1, site.hits("/a.html"));
    }

    @Test
    void failingSources_getLastErrorAndBackoff_whileAnotherStillIngests() {
        site.on("/broken/feed", status(500))
                .on("/garbage/feed", body("application/rss+xml", "<rss><channel><item><link>oops"))
                .on("/slow/feed", slow(Duration.ofSeconds(5)))
                .on("/good/feed", body("application/rss+xml", rss(url("/good/a.html"))))
                .on("/good/a.html", body("text/html", article("Good")));
        registry.save(source("broken", List.of("/broken/feed"), List.of()));
        registry.save(source("garbage", List.of("/garbage/feed"), List.of()));
        registry.save(source("slow", List.of("/slow/feed"), List.of()));
        registry.save(source("good", List.of("/good/feed"), List.of()));
        registry.save(new Source("no-dns", "No DNS", List.of(URI.create("http://news.unresolvable.test/feed")),
                List.of(), true, 0, 0));

        IngestionReport report = run();

        assertEquals(1, report.source("good").fetched());
        assertNotNull(stored(url("/good/a.html")));
        SourceStatus broken = registry.status("broken");
        assertTrue(broken.lastError().contains("HTTP 500"), broken.lastError());
        assertEquals(START, broken.lastErrorAt());
        assertEquals(1, broken.consecutiveFailures());
        assertEquals(START.plus(Backoff.DEFAULT_FIRST), broken.nextAttemptAt());
        assertTrue(registry.status("garbage").lastError().contains("not a readable RSS or Atom feed"),
                registry.status("garbage").lastError());
        assertTrue(registry.status("slow").lastError().contains("took longer"), registry.status("slow").lastError());
        assertTrue(registry.status("no-dns").lastError().contains("unknown host news.unresolvable.test"),
                registry.status("no-dns").lastError());
        assertNull(registry.status("good").lastError());

        // Resting: the next run leaves the failed sources alone.
        clock.advance(Duration.ofMinutes(5));
        IngestionReport resting = run();
        assertNull(resting.source("broken"));
        assertNotNull(resting.source("good"));

        // After the rest it is tried again, fails again, and rests twice as long.
        clock.advance(Duration.ofMinutes(11));
        run();
        SourceStatus again = registry.status("broken");
        assertEquals(2, again.consecutiveFailures());
        assertEquals(clock.instant().plus(Duration.ofMinutes(30)), again.nextAttemptAt());
        assertEquals(3, site.hits("/good/feed"));
    }

    @Test
    void troublesomeArticles_failAloneWhileTheOthersAreFetched() {
        site.on("/feed.rss", body("application/rss+xml", rss(url("/slow.html"), url("/huge.html"), url("/gone.html"),
                        url("/to-metadata.html"), url("/moved.html"), url("/fine.html"))))
                .on("/slow.html", slow(Duration.ofSeconds(5)))
                .on("/huge.html", huge(3 * 1024 * 1024))
                .on("/to-metadata.html", redirect(302, "http://169.254.169.254/latest/meta-data/"))
                .on("/moved.html", redirect(301, "/new-home.html"))
                .on("/new-home.html", body("text/html", article("Moved")))
                .on("/fine.html", body("text/html", article("Fine")));
        registry.save(source("troubles", List.of("/feed.rss"), List.of()));

        SourceReport report = run().source("troubles");

        assertEquals(6, report.discovered());
        assertEquals(2, report.fetched());
        assertEquals(4, report.failed());
        assertEquals(1, report.pending(), "only the timed-out page is retried; huge, gone and refused are given up");
        assertEquals(List.of(url("/slow.html")), seen.pending("troubles"));
        assertEquals(url("/moved.html"), stored(url("/moved.html")).metadata().get(ObjectMetadata.URL));
        assertNull(registry.status("troubles").lastError(), "article failures do not fail the source");
    }

    @Test
    void addressTooLongForS3Metadata_isGivenUpWithItsReason_andTheHostsOtherPagesAreFetched() {
        String longPath = "/" + "a".repeat(2100) + ".html";
        site.on("/feed.rss", body("application/rss+xml", rss(url(longPath), url("/after.html"))))
                .on(longPath, body("text/html", article("Long address")))
                .on("/after.html", body("text/html", article("After")));
        registry.save(source("long", List.of("/feed.rss"), List.of()));

        SourceReport report = run().source("long");

        assertEquals(1, report.fetched());
        assertEquals(1, report.failed());
        assertEquals(List.of(), seen.pending("long"), "given up, not retried every run");
        assertNotNull(stored(url("/after.html")));
        assertTrue(aws.s3.listObjectsV2(r -> r.bucket(aws.bucket).prefix("raw/")).contents().stream()
                .noneMatch(o -> o.key().equals(expectedKey(url(longPath)))));
    }

    @Test
    void runNearItsDeadline_leavesPendingUrlsThatTheNextRunFetches() {
        site.on("/feed.rss", body("application/rss+xml", rss(url("/p1.html"), url("/p2.html"), url("/p3.html"))));
        for (String page : List.of("/p1.html", "/p2.html", "/p3.html")) {
            site.on(page, body("text/html", article(page)));
        }
        registry.save(source("deadline", List.of("/feed.rss"), List.of()));
        // Each stored page "takes" an hour, so the run reaches its deadline after the first one.
        AtomicBoolean slowStore = new AtomicBoolean(true);
        S3RawObjectStore s3Store = new S3RawObjectStore(aws.s3);
        rawStore = new RawObjectStore() {
            @Override
            public Stored put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
                Stored stored = s3Store.put(bucket, key, bytes, contentType, metadata);
                if (slowStore.get()) {
                    clock.advance(Duration.ofHours(1));
                }
                return stored;
            }

            @Override
            public Optional<RawObject> read(String bucket, String key, String versionId, long maxBytes) {
                return s3Store.read(bucket, key, versionId, maxBytes);
            }

            @Override
            public Optional<byte[]> readRange(String bucket, String key, String versionId, long offset, int length) {
                return s3Store.readRange(bucket, key, versionId, offset, length);
            }

            @Override
            public Optional<java.io.InputStream> open(String bucket, String key, String versionId, long offset) {
                return s3Store.open(bucket, key, versionId, offset);
            }
        };

        IngestionReport first = run();

        assertTrue(first.stoppedEarly());
        assertEquals(3, first.source("deadline").discovered());
        assertEquals(1, first.source("deadline").fetched());
        assertEquals(2, first.source("deadline").pending());

        slowStore.set(false);
        IngestionReport second = run();

        assertFalse(second.stoppedEarly());
        assertEquals(0, second.source("deadline").discovered());
        assertEquals(2, second.source("deadline").fetched());
        assertEquals(0, second.source("deadline").pending());
        for (String page : List.of("/p1.html", "/p2.html", "/p3.html")) {
            assertEquals(1, site.hits(page), page + " fetched exactly once over the two runs");
            assertNotNull(stored(url(page)));
        }
    }

    @Test
    void maxArticlesPerRun_capsARun_andTheRestFollowsNextRun() {
        site.on("/feed.rss", body("application/rss+xml", rss(url("/m1.html"), url("/m2.html"), url("/m3.html"))));
        for (String page : List.of("/m1.html", "/m2.html", "/m3.html")) {
            site.on(page, body("text/html", article(page)));
        }
        registry.save(new Source("capped", "Capped", List.of(site.url("/feed.rss")), List.of(), true, 2, 0));

        SourceReport first = run().source("capped");
        SourceReport second = run().source("capped");

        assertEquals(2, first.fetched());
        assertEquals(1, first.pending());
        assertEquals(1, second.fetched());
        assertEquals(0, second.pending());
    }

    @Test
    void requestsToOneHost_areSpacedByTheLargestOfCrawlDelaySourceMinimumAndDefault() {
        site.on("/robots.txt", body("text/plain", "User-agent: newsdrop\nCrawl-delay: 1\nDisallow: /private/\n"))
                .on("/feed.rss", body("application/rss+xml", rss(url("/d1.html"), url("/d2.html"))))
                .on("/d1.html", body("text/html", article("D1")))
                .on("/d2.html", body("text/html", article("D2")));
        registry.save(new Source("polite", "Polite", List.of(site.url("/feed.rss")), List.of(), true, 0, 300));

        assertEquals(2, run().source("polite").fetched());

        assertSpacedAtLeast(Duration.ofSeconds(1), "/d2.html", "robots.txt asks 1 s between requests");
    }

    @Test
    void sourceMinimumDelay_winsOverTheDefault() {
        site.on("/feed.rss", body("application/rss+xml", rss(url("/s1.html"), url("/s2.html"))))
                .on("/s1.html", body("text/html", article("S1")))
                .on("/s2.html", body("text/html", article("S2")));
        registry.save(new Source("slow-please", "Slow please", List.of(site.url("/feed.rss")), List.of(), true, 0, 400));

        assertEquals(2, run().source("slow-please").fetched());

        assertSpacedAtLeast(Duration.ofMillis(400), "/s2.html", "the source asks 400 ms between requests");
    }

    /**
     * The second page of the host was requested at least {@code delay} after the host's first page
     * was. Read without tolerance from when requests reached the site, so a slow machine cannot fail
     * it: the host's robots.txt reached the site before the fetcher took its first page's start time
     * (the rules are needed first), and the second page was sent at least {@code delay} after that.
     */
    private void assertSpacedAtLeast(Duration delay, String secondPage, String why) {
        assertEquals(1, site.hits("/robots.txt"), "robots.txt read once, before the first page");
        Duration gap = Duration.ofNanos(site.lastRequestAt(secondPage) - site.lastRequestAt("/robots.txt"));
        assertTrue(gap.compareTo(delay) >= 0, why + "; the second page came " + gap + " after robots.txt");
    }

    @Test
    void differentHosts_areFetchedAtTheSameTime_eachAtItsOwnPace() {
        FakeSite other;
        try {
            other = FakeSite.start("127.0.0.2");
        } catch (java.io.UncheckedIOException cannotBind) {
            Assumptions.abort("this machine has no 127.0.0.2 to serve a second host from (macOS has only 127.0.0.1)");
            return;
        }
        // Each host's first page is answered only once the other host's first page has been asked
        // for too: fetched one host at a time, neither would ever meet the other. Ordering, not timing,
        // so the wait is long (and the fetch timeout longer) and costs nothing when the hosts overlap.
        CountDownLatch bothRequested = new CountDownLatch(2);
        AtomicInteger metTheOther = new AtomicInteger();
        FakeSite.Responder firstPage = exchange -> {
            bothRequested.countDown();
            try {
                if (bothRequested.await(10, TimeUnit.SECONDS)) {
                    metTheOther.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            body("text/html", article("H1")).respond(exchange);
        };
        limits = LIMITS.withTotalTimeout(Duration.ofSeconds(30));
        try (other) {
            other.on("/robots.txt", body("text/plain", "User-agent: *\nAllow: /\n"));
            for (FakeSite s : List.of(site, other)) {
                s.on("/feed.rss", body("application/rss+xml", rss(s.origin() + "/h1.html", s.origin() + "/h2.html")))
                        .on("/h1.html", firstPage)
                        .on("/h2.html", body("text/html", article("H2")));
            }
            registry.save(new Source("first-host", "First", List.of(site.url("/feed.rss")), List.of(), true, 0, 800));
            registry.save(new Source("second-host", "Second", List.of(other.url("/feed.rss")), List.of(), true, 0, 800));

            IngestionReport report = run();

            assertEquals(2, report.source("first-host").fetched());
            assertEquals(2, report.source("second-host").fetched());
            assertEquals(2, metTheOther.get(), "each host's first page was asked for while the other's was");
        }
    }

    @Test
    void feedWithMoreNewItemsThanPendingRoom_isReadAgainUntilEveryItemIsDiscovered() {
        site.on("/feed.rss", cached("application/rss+xml", rss(url("/q1.html"), url("/q2.html"), url("/q3.html")),
                "\"q\"", "Mon, 02 Jun 2025 10:00:00 GMT"));
        for (String page : List.of("/q1.html", "/q2.html", "/q3.html")) {
            site.on(page, body("text/html", article(page)));
        }
        registry.save(source("crowded", List.of("/feed.rss"), List.of()));
        options = OPTIONS.withMaxPending(2);

        SourceReport first = run().source("crowded");
        SourceReport second = run().source("crowded");

        assertEquals(2, first.discovered(), "room for two pending URLs");
        assertEquals(1, second.discovered(), "the feed was not marked read, so its third item is found now");
        assertEquals(0, second.notModified());
        assertEquals(3, first.fetched() + second.fetched());
    }

    @Test
    void disabledSource_isNotRun() {
        site.on("/feed.rss", body("application/rss+xml", rss(url("/x.html"))));
        registry.save(new Source("off", "Off", List.of(site.url("/feed.rss")), List.of(), false, 0, 0));

        assertNull(run().source("off"));
        assertEquals(0, site.hits("/feed.rss"));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private IngestionReport run() {
        PublicWebFetcher fetcher = new PublicWebFetcher(new AddressPolicy(NO_DNS, true), limits);
        Ingestion ingestion = new Ingestion(registry, seen, fetcher, rawStore, aws.bucket, aws.settings.rawPrefix(),
                options, clock);
        return ingestion.run(Deadline.in(RUN_BUDGET, clock));
    }

    private Source source(String id, List<String> feeds, List<String> sitemaps) {
        return new Source(id, id, feeds.stream().map(site::url).toList(), sitemaps.stream().map(site::url).toList(),
                true, 0, 0);
    }

    private String url(String path) {
        return site.origin() + path;
    }

    private static String rawPath(String url) {
        return URI.create(URI.create(url).toASCIIString()).getRawPath();
    }

    /** The key the brief asks for, computed here independently of the code under test. */
    private static String expectedKey(String url) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return "raw/127.0.0.1/" + HexFormat.of().formatHex(sha).substring(0, 20) + ".html";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private RawObject stored(String url) {
        return new S3RawObjectStore(aws.s3).read(aws.bucket, expectedKey(url), null, 10 * 1024 * 1024)
                .orElseThrow(() -> new AssertionError("nothing stored for " + url + " at " + expectedKey(url)));
    }
}
