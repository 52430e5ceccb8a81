package dev.newsdrop.model;

import java.time.Instant;

/**
 * How following a source has gone: what an operator looks at to see a failing site, and what
 * decides when it is tried again.
 *
 * @param sourceId            the source
 * @param lastSuccessAt       when its feeds and sitemaps were last all read, or null
 * @param lastError           what went wrong last, or null
 * @param lastErrorAt         when, or null
 * @param consecutiveFailures failed runs since the last success
 * @param nextAttemptAt       not tried before this instant (backoff), or null for the next run
 */
public record SourceStatus(String sourceId, Instant lastSuccessAt, String lastError, Instant lastErrorAt,
                           int consecutiveFailures, Instant nextAttemptAt) {

    /** A source never run. */
    public static SourceStatus fresh(String sourceId) {
        return new SourceStatus(sourceId, null, null, null, 0, null);
    }

    /** Whether a run at {@code now} should process the source. */
    public boolean isDue(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }

    /** This status after a successful run: failures forgotten, the last error kept for the record. */
    public SourceStatus succeeded(Instant at) {
        return new SourceStatus(sourceId, at, lastError, lastErrorAt, 0, null);
    }

    /** This status after a failed run, not to be tried again before the backoff has passed. */
    public SourceStatus failed(String error, Instant at, Backoff backoff) {
        int failures = consecutiveFailures + 1;
        return new SourceStatus(sourceId, lastSuccessAt, error, at, failures, at.plus(backoff.after(failures)));
    }
}
