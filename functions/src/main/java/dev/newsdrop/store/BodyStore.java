package dev.newsdrop.store;

/**
 * Keeps article bodies too large for a DynamoDB item (400 KB) beside the table, so such records
 * are stored and served whole.
 */
public interface BodyStore {

    /** An article's text and clean HTML. */
    record Body(String text, String html) {
    }

    /**
     * Stores a body and returns the reference to read it back with. The same record id and content
     * hash always give the same reference, so a repeated write is harmless.
     */
    String put(String recordId, String contentHash, Body body);

    /** The body stored under a reference {@link #put} returned. */
    Body read(String reference);
}
