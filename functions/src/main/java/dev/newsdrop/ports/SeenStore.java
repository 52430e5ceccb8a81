package dev.newsdrop.ports;

import dev.newsdrop.fetch.Validators;

import java.util.List;

/**
 * What ingestion remembers between runs: every article URL discovered (so it is fetched once), which
 * of them are still pending (discovered, not yet fetched: the next run resumes them), and the
 * validators of each feed and sitemap (so an unchanged one costs a 304). Entries expire after a
 * while; a URL seen again after that is treated as new.
 */
public interface SeenStore {

    /**
     * Remembers a discovered URL as pending for a source.
     *
     * @return true when the URL was not seen before (and is now pending), false when it was
     */
    boolean addIfNew(String sourceId, String url);

    /** The URLs of a source discovered but not yet fetched or given up on. */
    List<String> pending(String sourceId);

    /** Notes that a URL was fetched and stored; it is no longer pending. */
    void markFetched(String sourceId, String url);

    /**
     * Notes a failed attempt to fetch a URL, which stays pending for another run.
     *
     * @return the number of failed attempts so far
     */
    int recordFailedAttempt(String sourceId, String url, String error);

    /** Gives up on a URL (robots.txt forbids it, it is gone, or it failed too often); no longer pending. */
    void giveUp(String sourceId, String url, String reason);

    /** The validators last seen for a feed or sitemap URL; {@link Validators#NONE} when none. */
    Validators validators(String documentUrl);

    /** Remembers the validators of a feed or sitemap URL. */
    void saveValidators(String documentUrl, Validators validators);
}
