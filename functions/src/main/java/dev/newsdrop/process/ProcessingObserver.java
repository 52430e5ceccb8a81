package dev.newsdrop.process;

import java.time.Duration;

/** Told of every event the processor has handled: for metrics, and for the local stack's console. */
@FunctionalInterface
public interface ProcessingObserver {

    ProcessingObserver NONE = (outcome, took) -> { };

    /**
     * @param outcome what the event came to
     * @param took    how long processing took, reading and storing included
     */
    void processed(Outcome outcome, Duration took);
}
