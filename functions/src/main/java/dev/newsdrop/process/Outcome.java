package dev.newsdrop.process;

import dev.newsdrop.model.ArticleRecord;

/**
 * What processing one object event came to.
 *
 * @param kind   what happened
 * @param event  the event processed
 * @param record the record made, or null when the event was skipped
 */
public record Outcome(Kind kind, ObjectEvent event, ArticleRecord record) {

    /** What happened to an event. */
    public enum Kind {
        /** A record was made and written. */
        STORED,
        /** The same record was already stored by an earlier delivery of this event. */
        UNCHANGED,
        /** A newer event of the same key was processed first; this older one was dropped. */
        SUPERSEDED,
        /** The object was deleted before it could be read; nothing to record. */
        MISSING,
        /** The object is a web archive: it was handed to the splitter, and its pages become records of their own. */
        ARCHIVE
    }

    static Outcome skipped(Kind kind, ObjectEvent event) {
        return new Outcome(kind, event, null);
    }
}
