package dev.newsdrop.ports;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where article records are kept. Implementations decide the storage; callers see only records. */
public interface ArticleRepository {

    /**
     * Index entries a listing reads at most for one page. A filtered listing keeps reading until
     * its page is full or the index is exhausted; only when this budget runs out may a page come
     * back short (even empty) with a cursor.
     */
    int LISTING_READ_BUDGET = 1_000;

    /** What {@link #save} did. */
    enum SaveResult {
        /** The record was written. */
        WRITTEN,
        /** The same object's same event made an identical record earlier: nothing to write. */
        UNCHANGED,
        /** A newer event of the same object already wrote this record: the older one is dropped. */
        SUPERSEDED,
        /**
         * The id holds a record made from another object, which this write may not replace:
         * nothing was written, and the caller chooses another id.
         */
        CLAIMED
    }

    /**
     * Stores a record under its id. A record made from the same object (bucket and key) is
     * replaced unless the stored one came from a newer event of that object (a higher
     * {@code source.sequencer}) or is identical. A record made from another object is replaced only
     * when {@code mayReplaceOtherObject} is true; else the answer is {@link SaveResult#CLAIMED}.
     * Pages from web archives ({@link dev.newsdrop.model.SourceObject#archived()}) are ordered among
     * themselves by their sequencer (the capture's {@code WARC-Date}, then offset), whatever archive
     * holds them: a page from another archive replaces a record from an older capture, and one from
     * an older capture than the stored one is {@link SaveResult#SUPERSEDED}.
     * Safe to call any number of times with one record.
     *
     * @throws RuntimeException when the store fails or throttles; the caller should retry
     */
    SaveResult save(ArticleRecord record, boolean mayReplaceOtherObject);

    Optional<ArticleRecord> find(String id);

    /**
     * The records of several ids, read together (a reprocessing batch reads its keys' records in
     * one go rather than one request per key), each whole as {@link #find} gives it. An id without
     * a record is absent from the answer. This default reads id by id; a store that can read many
     * items in one request should.
     */
    default Map<String, ArticleRecord> findAll(Collection<String> ids) {
        Map<String, ArticleRecord> records = new HashMap<>();
        for (String id : ids) {
            find(id).ifPresent(record -> records.put(id, record));
        }
        return records;
    }

    /**
     * Records newest first (by publication time, else processing time), from an index: never a
     * scan of the table. A page holds {@link ListQuery#limit()} records unless the listing ends
     * (then {@link Page#next()} is null) or {@link #LISTING_READ_BUDGET} index entries were read.
     *
     * @throws InvalidCursorException when {@link ListQuery#cursor()} was not issued by this
     *                                repository for this very listing, or was altered
     */
    Page list(ListQuery query);

    /**
     * What to list.
     *
     * @param site     only records of this site ({@link dev.newsdrop.model.RecordKeys#site(String)}), or null
     * @param language only records in this language (BCP 47 tag as stored), or null
     * @param since    only records listed at or after this instant, or null
     * @param until    only records listed at or before this instant, or null
     * @param status   only records with this status, or null
     * @param title    only records whose title holds this text, ignoring case ({@link #titleMatches}), or null
     * @param extractorVersion only records this extractor version made, or null; read from an
     *                 index of its own, so it is not combined with {@code site} or {@code language}
     * @param limit    at most this many records
     * @param cursor   the opaque token of the previous page ({@link Page#next()}), or null for the first
     */
    record ListQuery(String site, String language, Instant since, Instant until, ArticleStatus status, String title,
                     String extractorVersion, int limit, String cursor) {

        public ListQuery {
            if (extractorVersion != null && (site != null || language != null)) {
                throw new IllegalArgumentException("a listing by extractor version takes no site or language");
            }
        }

        /** A listing by site, language and time only. */
        public ListQuery(String site, String language, Instant since, Instant until, int limit, String cursor) {
            this(site, language, since, until, null, null, null, limit, cursor);
        }

        /** A listing by site, language, time, status and title, of every extractor version's records. */
        public ListQuery(String site, String language, Instant since, Instant until, ArticleStatus status,
                         String title, int limit, String cursor) {
            this(site, language, since, until, status, title, null, limit, cursor);
        }

        /** A listing of one extractor version's records, by time. */
        public ListQuery(String site, String language, Instant since, Instant until, String extractorVersion,
                         int limit, String cursor) {
            this(site, language, since, until, null, null, extractorVersion, limit, cursor);
        }

        /** The same listing, from another position. */
        public ListQuery from(String nextCursor) {
            return new ListQuery(site, language, since, until, status, title, extractorVersion, limit, nextCursor);
        }

        /**
         * Whether a record's title passes the {@code title} filter: it holds the filter's text,
         * both compared in lower case (in the root locale, so a Turkish dotless i is no surprise).
         * Always true without the filter.
         */
        public boolean titleMatches(String recordTitle) {
            return title == null
                    || recordTitle != null && recordTitle.toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * One page of a listing.
     *
     * @param items the records
     * @param next  an opaque, signed token to pass as {@link ListQuery#cursor()} for the next page,
     *              or null when this page is the last
     */
    record Page(List<ArticleRecord> items, String next) {
    }
}
