package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;

import java.util.Optional;

/** Where article records are kept. Implementations decide the storage; callers see only records. */
public interface ArticleRepository {

    /** What {@link #save} did. */
    enum SaveResult {
        /** The record was written. */
        WRITTEN,
        /** The same object's same event made an identical record earlier: nothing to write. */
        UNCHANGED,
        /** A newer event of the same object already wrote this record: the older one is dropped. */
        SUPERSEDED
    }

    /**
     * Stores a record unless the stored one came from a newer event of the same object (a higher
     * {@code source.sequencer}) or is identical. Safe to call any number of times with one record.
     *
     * @throws RuntimeException when the store fails or throttles; the caller should retry
     */
    SaveResult save(ArticleRecord record);

    Optional<ArticleRecord> find(String id);
}
