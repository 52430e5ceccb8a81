package dev.newsdrop.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = Backoff.standard();

    @Test
    void rest_doublesWithEachFailure_upToADay() {
        assertEquals(Duration.ofMinutes(15), backoff.after(1));
        assertEquals(Duration.ofMinutes(30), backoff.after(2));
        assertEquals(Duration.ofMinutes(60), backoff.after(3));
        assertEquals(Duration.ofHours(24), backoff.after(8));
        assertEquals(Duration.ofHours(24), backoff.after(1000));
    }

    @Test
    void failedSource_isNotDueUntilItsRestIsOver_andSuccessResetsIt() {
        Instant now = Instant.parse("2025-06-02T10:00:00Z");
        SourceStatus failedTwice = SourceStatus.fresh("s").failed("HTTP 500", now, backoff)
                .failed("HTTP 503", now, backoff);

        assertEquals(2, failedTwice.consecutiveFailures());
        assertEquals("HTTP 503", failedTwice.lastError());
        assertFalse(failedTwice.isDue(now.plus(Duration.ofMinutes(29))));
        assertTrue(failedTwice.isDue(now.plus(Duration.ofMinutes(30))));

        SourceStatus recovered = failedTwice.succeeded(now.plus(Duration.ofHours(1)));
        assertEquals(0, recovered.consecutiveFailures());
        assertNull(recovered.nextAttemptAt());
        assertEquals("HTTP 503", recovered.lastError(), "the last error stays visible after recovery");
    }
}
