package dev.newsdrop.local;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes S3-style event sequencers for the emulated notifications: hexadecimal, strictly increasing
 * within a run and across restarts (they start from the clock, in microseconds).
 */
final class Sequencers {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    Sequencers(Clock clock) {
        this.clock = clock;
    }

    String next() {
        long now = clock.millis() * 1000;
        long value = last.updateAndGet(previous -> Math.max(previous + 1, now));
        return String.format("%016X", value);
    }
}
