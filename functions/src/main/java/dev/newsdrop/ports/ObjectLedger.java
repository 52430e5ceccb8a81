package dev.newsdrop.ports;

import dev.newsdrop.model.ArticleStatus;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, per raw object key, the newest S3 event processed for it, so an older event that
 * arrives late (S3 delivers out of order) is recognised and dropped before any work is done.
 */
public interface ObjectLedger {

    /**
     * Claims an event of an object for processing.
     *
     * @param sequencer the event's normalized sequencer; null claims without ordering
     * @return false when an event with a higher sequencer was already claimed for this key
     */
    boolean claim(String bucket, String key, String sequencer);

    /** Notes what the claimed event became, unless a newer event has claimed the key since. */
    void complete(String bucket, String key, String sequencer, String recordId, ArticleStatus status);

    /**
     * What processing made of an object.
     *
     * @param recordId the record its newest processed event made
     * @param status   that record's status
     */
    record Completion(String recordId, ArticleStatus status) {
    }

    /** What the newest completed event of an object became; empty until one has completed. */
    Optional<Completion> find(String bucket, String key);

    /**
     * Everything the ledger holds for an object, in one read: what a reprocessing orders itself by.
     *
     * @param sequencer  the newest sequencer claimed for it, or null when no event with one was claimed
     * @param completion what the newest completed event became, or null when none has completed
     */
    record State(String sequencer, Completion completion) {
    }

    /** What the ledger holds for an object; empty when no event of it was ever claimed or completed. */
    Optional<State> state(String bucket, String key);

    /**
     * What the ledger holds for several objects of one bucket, read together: a reprocessing batch
     * reads its keys' entries in one go rather than one request per key. A key the ledger knows
     * nothing of is absent from the answer. This default reads key by key; a store that can read
     * many items in one request should.
     */
    default Map<String, State> states(String bucket, Collection<String> keys) {
        Map<String, State> states = new HashMap<>();
        for (String key : keys) {
            state(bucket, key).ifPresent(state -> states.put(key, state));
        }
        return states;
    }
}
