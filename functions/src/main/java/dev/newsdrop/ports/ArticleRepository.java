package dev.newsdrop.ports;

import dev.newsdrop.model.ArticleRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /**
     * Records newest first (by publication time, else processing time), from an index: never a
     * scan of the table.
     */
    Page list(ListQuery query);

    /**
     * What to list.
     *
     * @param site     only records of this host (lower case, without "www."), or null
     * @param language only records in this language (BCP 47 tag as stored), or null
     * @param since    only records listed at or after this instant, or null
     * @param until    only records listed at or before this instant, or null
     * @param limit    at most this many records
     * @param after    where the previous page stopped ({@link Page#next()}), or null for the first
     */
    record ListQuery(String site, String language, Instant since, Instant until, int limit, Map<String, String> after) {
    }

    /**
     * One page of a listing.
     *
     * @param items the records
     * @param next  the position to pass as {@link ListQuery#after()} for the next page, or null
     *              when this page is the last
     */
    record Page(List<ArticleRecord> items, Map<String, String> next) {
    }
}
