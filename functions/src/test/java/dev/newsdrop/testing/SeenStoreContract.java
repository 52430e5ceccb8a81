package dev.newsdrop.testing;

import dev.newsdrop.fetch.Validators;
import dev.newsdrop.ports.SeenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link SeenStore} must do, run on the in-memory one (a unit test) and the DynamoDB one (an IT). */
public abstract class SeenStoreContract {

    protected static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    protected final MutableClock clock = new MutableClock(NOW);
    protected SeenStore seen;

    /** A new, empty store reading {@code clock}. */
    protected abstract SeenStore newStore(MutableClock clock);

    @BeforeEach
    void start() {
        seen = newStore(clock);
    }

    @Test
    void urlSeenTwice_isNewOnlyTheFirstTime_andPendingUntilFetched() {
        String url = "https://news.example/أخبار/1.html";

        assertTrue(seen.addIfNew("src", url));
        assertFalse(seen.addIfNew("src", url));
        assertFalse(seen.addIfNew("other-source", url), "a URL two sources list is fetched once");
        assertEquals(List.of(url), seen.pending("src"));

        seen.markFetched("src", url);

        assertEquals(List.of(), seen.pending("src"));
        assertFalse(seen.addIfNew("src", url), "still remembered after it was fetched");
    }

    @Test
    void failedAttempts_areCounted_andGivingUpEndsPending() {
        String url = "https://news.example/flaky";
        seen.addIfNew("src", url);

        assertEquals(1, seen.recordFailedAttempt("src", url, "HTTP 503"));
        assertEquals(2, seen.recordFailedAttempt("src", url, "timed out"));
        assertEquals(List.of(url), seen.pending("src"));

        seen.giveUp("src", url, "timed out (3 attempts)");

        assertEquals(List.of(), seen.pending("src"));
    }

    @Test
    void validators_areRememberedPerDocument() {
        assertTrue(seen.validators("https://news.example/feed").isEmpty());

        seen.saveValidators("https://news.example/feed", new Validators("\"v2\"", "Mon, 02 Jun 2025 10:00:00 GMT"));

        assertEquals(new Validators("\"v2\"", "Mon, 02 Jun 2025 10:00:00 GMT"), seen.validators("https://news.example/feed"));
        assertTrue(seen.validators("https://news.example/other").isEmpty());
    }
    @Test
    void urls_areRememberedWhileFresh() {
        seen.addIfNew("src", "https://news.example/old");
        clock.advance(Duration.ofDays(30));

        assertFalse(seen.addIfNew("src", "https://news.example/old"), "a month later it is still known");
    }
}
