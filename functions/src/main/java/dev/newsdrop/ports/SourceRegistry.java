package dev.newsdrop.ports;

import dev.newsdrop.model.Source;
import dev.newsdrop.model.SourceStatus;

import java.time.Instant;
import java.util.List;

/** The sites newsdrop follows, and how following each has gone. */
public interface SourceRegistry {

    /** Adds a source or replaces its definition; its status is kept. */
    void save(Source source);

    /** Every source, enabled or not. */
    List<Source> all();

    /** The status of a source; {@link SourceStatus#fresh} when it has never run. */
    SourceStatus status(String sourceId);

    /** Replaces the status of a source. */
    void recordStatus(SourceStatus status);

    /** The enabled sources whose backoff, if any, has passed at {@code now}. */
    default List<Source> dueSources(Instant now) {
        return all().stream()
                .filter(Source::enabled)
                .filter(s -> status(s.id()).isDue(now))
                .toList();
    }
}
