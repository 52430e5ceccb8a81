package dev.newsdrop.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.newsdrop.model.Source;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spacing of requests to one host, on a clock that moves only when the pacer sleeps. */
class HostPacerTest {

    private static final String HOST = "https://news.example";
    private static final IngestionOptions OPTIONS = IngestionOptions.standard()
            .withDefaultHostDelay(Duration.ofMillis(200)).withMinTimeForAFetch(Duration.ofSeconds(2));

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final List<Instant> requests = new ArrayList<>();
    private final List<String> disallowed = new ArrayList<>();
    private final HostPacer.Visits visits = new HostPacer.Visits() {
        @Override
        public void fetch(PendingPage page) {
            requests.add(clock.instant());
            clock.advance(Duration.ofMillis(50)); // the request itself takes a little time
        }

        @Override
        public void disallowed(PendingPage page) {
            disallowed.add(page.url().getPath());
        }
    };

    @Test
    void requestsAreSpacedByRobotsCrawlDelay_whenItIsTheLargest() {
        HostPacer pacer = pacer("User-agent: newsdrop\nCrawl-delay: 3\n");

        assertTrue(pacer.visit(pages(source(500), "/a", "/b", "/c"), deadlineIn(Duration.ofMinutes(1)), visits, url -> { }));

        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), gaps());
    }

    @Test
    void sourceMinimumWinsOverTheDefault() {
        HostPacer pacer = pacer("User-agent: *\nAllow: /\n");

        pacer.visit(pages(source(700), "/a", "/b"), deadlineIn(Duration.ofMinutes(1)), visits, url -> { });

        assertEquals(List.of(Duration.ofMillis(700)), gaps());
    }

    @Test
    void crawlDelayIsCappedAtTheMaximum() {
        HostPacer pacer = pacer("User-agent: newsdrop\nCrawl-delay: 60\n");

        pacer.visit(pages(source(0), "/a", "/b"), deadlineIn(Duration.ofMinutes(1)), visits, url -> { });

        assertEquals(List.of(OPTIONS.maxCrawlDelay()), gaps());
    }

    @Test
    void disallowedPagesAreReported_andCostNoWait() {
        HostPacer pacer = pacer("User-agent: newsdrop\nDisallow: /private/\n");

        pacer.visit(pages(source(0), "/a", "/private/x", "/b"), deadlineIn(Duration.ofMinutes(1)), visits, url -> { });

        assertEquals(List.of("/private/x"), disallowed);
        assertEquals(List.of(Duration.ofMillis(200)), gaps());
    }

    @Test
    void aWaitThatWouldOverrunTheDeadline_stopsTheHost_leavingTheRestPending() {
        HostPacer pacer = pacer("User-agent: newsdrop\nCrawl-delay: 8\n");

        boolean finished = pacer.visit(pages(source(0), "/a", "/b"), deadlineIn(Duration.ofSeconds(9)), visits, url -> { });

        assertFalse(finished);
        assertEquals(1, requests.size());
    }

    @Test
    void unreadableRobotsTxt_defersTheHost_withoutAnyRequest() {
        BaseRobotRules unreachable = new SimpleRobotRulesParser().failedFetch(503);
        HostPacer pacer = new HostPacer((url, timeout) -> unreachable, OPTIONS, clock, clock::advance);
        List<URI> deferred = new ArrayList<>();

        assertTrue(pacer.visit(pages(source(0), "/a", "/b"), deadlineIn(Duration.ofMinutes(1)), visits, deferred::add));

        assertEquals(List.of(), requests);
        assertEquals(List.of(URI.create(HOST + "/a")), deferred);
    }

    private HostPacer pacer(String robotsTxt) {
        BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(HOST + "/robots.txt",
                robotsTxt.getBytes(StandardCharsets.UTF_8), "text/plain", List.of(RobotsRules.AGENT));
        return new HostPacer((url, timeout) -> rules, OPTIONS, clock, clock::advance);
    }

    private Deadline deadlineIn(Duration budget) {
        return Deadline.in(budget, clock);
    }

    private List<Duration> gaps() {
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            gaps.add(Duration.between(requests.get(i - 1), requests.get(i)));
        }
        return gaps;
    }

    private static Source source(long minDelayMs) {
        return new Source("s", "S", List.of(URI.create(HOST + "/feed")), List.of(), true, 0, minDelayMs);
    }

    private static List<PendingPage> pages(Source source, String... paths) {
        List<PendingPage> pages = new ArrayList<>();
        for (String path : paths) {
            pages.add(new PendingPage(source, URI.create(HOST + path), HOST + path));
        }
        return pages;
    }

    /** A clock that stands still until it is advanced: sleeping on it advances it. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
