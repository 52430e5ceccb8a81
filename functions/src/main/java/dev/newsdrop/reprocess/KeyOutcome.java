package dev.newsdrop.reprocess;

/**
 * What reprocessing one key came to.
 *
 * @param key    the object key
 * @param kind   what happened
 * @param reason why, for {@link Kind#FAILED} and {@link Kind#SKIPPED}; else null
 */
public record KeyOutcome(String key, Kind kind, String reason) {

    /** The outcomes of a key; each key of a batch ends in exactly one. */
    public enum Kind {
        /** A record was written: the extractor version or the record changed, or there was none. */
        UPDATED,
        /** The record was left as it is: it is up to date, or the selection does not take it. */
        UNCHANGED,
        /** A newer upload's record (or a newer event in flight) holds the key: it is left to that event. */
        SUPERSEDED,
        /** The object was deleted after the listing named it. */
        MISSING,
        /** The key could not be brought up to date this time; the reason says why, and a rerun tries again. */
        FAILED,
        /** Not a page this run handles (a web archive, a key outside the raw prefix): left alone. */
        SKIPPED
    }

    static KeyOutcome of(String key, Kind kind) {
        return new KeyOutcome(key, kind, null);
    }
}
