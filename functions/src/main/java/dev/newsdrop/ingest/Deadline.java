package dev.newsdrop.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The instant by which a run must have stopped, read against a clock. */
public record Deadline(Instant at, Clock clock) {

    /** A deadline {@code budget} from now. */
    public static Deadline in(Duration budget, Clock clock) {
        return new Deadline(clock.instant().plus(budget), clock);
    }

    /** Time left, never negative. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether at least {@code needed} is left. */
    public boolean allows(Duration needed) {
        return remaining().compareTo(needed) >= 0;
    }
}
