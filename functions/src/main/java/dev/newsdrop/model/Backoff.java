package dev.newsdrop.model;

import java.time.Duration;

/**
 * How long a failing source rests before it is tried again: doubling with each consecutive failure,
 * from {@code first} up to {@code max}.
 */
public record Backoff(Duration first, Duration max) {

    /** One scheduled run (every 15 minutes) skipped after the first failure. */
    public static final Duration DEFAULT_FIRST = Duration.ofMinutes(15);
    /** A site down for days is still tried daily, so it comes back on its own. */
    public static final Duration DEFAULT_MAX = Duration.ofHours(24);

    public static Backoff standard() {
        return new Backoff(DEFAULT_FIRST, DEFAULT_MAX);
    }

    /** The rest after the given number of consecutive failures (1 or more). */
    public Duration after(int consecutiveFailures) {
        int doublings = Math.max(0, Math.min(consecutiveFailures - 1, 30));
        Duration rest = first.multipliedBy(1L << doublings);
        return rest.compareTo(max) > 0 ? max : rest;
    }
}
