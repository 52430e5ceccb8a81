package dev.newsdrop.reprocess;

import dev.newsdrop.ports.ObjectLedger;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.ObjectEvent;
import dev.newsdrop.process.Sequencer;

/**
 * What a reprocessing does with a web archive (a {@code .warc} or {@code .warc.gz} key), which holds
 * many pages and is split rather than extracted. The one seam for it: {@link #SKIP} leaves archives
 * alone (where no archive queue is configured); {@link #toSplitter} hands them to the archive
 * splitter, whose work items then reprocess each archived page through the processing function,
 * under the same ordering rules as any event.
 */
@FunctionalInterface
public interface ArchiveReprocessing {

    /** The reason an archive is skipped for while no splitter is plugged in. */
    String SKIP_REASON = "archive";

    /** Leaves archives alone: each is {@link KeyOutcome.Kind#SKIPPED} with {@value #SKIP_REASON}. */
    ArchiveReprocessing SKIP = (bucket, object, selection) ->
            new KeyOutcome(object.key(), KeyOutcome.Kind.SKIPPED, SKIP_REASON);

    /** The reason an archive that was split before is left alone by {@code stale} and {@code missing}. */
    String SPLIT_BEFORE_REASON = "archive already split; --mode all splits it again";

    /** The reason given for an archive handed to the splitter. */
    String HANDED_REASON = "archive handed to the splitter: its pages are reprocessed as they are split";

    /**
     * Hands archives to the splitter through {@code processor} (which must have an archive queue), as
     * an upload's event would: always under {@link Selection#ALL}, and otherwise only when the
     * ledger has never seen the archive (a backfill). A handed archive counts as
     * {@link KeyOutcome.Kind#UPDATED}; one split before as {@link KeyOutcome.Kind#SKIPPED}, so a
     * second {@code stale} run changes nothing.
     */
    static ArchiveReprocessing toSplitter(ArticleProcessor processor, ObjectLedger ledger) {
        return (bucket, object, selection) -> {
            if (selection != Selection.ALL && ledger.state(bucket, object.key()).isPresent()) {
                return new KeyOutcome(object.key(), KeyOutcome.Kind.SKIPPED, SPLIT_BEFORE_REASON);
            }
            String sequencer = ledger.state(bucket, object.key()).map(ObjectLedger.State::sequencer)
                    .orElse(Sequencer.BEFORE_ANY_EVENT);
            try {
                processor.reprocess(new ObjectEvent(bucket, object.key(), null, object.eTag(), object.size(),
                        sequencer), null);
                return new KeyOutcome(object.key(), KeyOutcome.Kind.UPDATED, HANDED_REASON);
            } catch (RuntimeException e) {
                return new KeyOutcome(object.key(), KeyOutcome.Kind.FAILED, "the archive could not be handed to the"
                        + " splitter: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        };
    }

    /** What became of one archive key. Must not throw for a fault of this archive alone. */
    KeyOutcome reprocess(String bucket, ListedObject object, Selection selection);
}
