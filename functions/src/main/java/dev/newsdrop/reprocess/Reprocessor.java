package dev.newsdrop.reprocess;

import dev.newsdrop.archive.Archives;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.ObjectLedger;
import dev.newsdrop.ports.StoreBusyException;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.ObjectEvent;
import dev.newsdrop.process.Outcome;
import dev.newsdrop.process.Sequencer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Brings the keys of one batch of a bucket listing up to date with the running extractor. Each key
 * goes through the {@link ArticleProcessor} like an event, so {@code docs/record.md}'s ordering
 * rules hold as they are:
 *
 * <ol>
 *   <li>Keys outside the raw prefix are skipped; web archives go to {@link ArchiveReprocessing}.</li>
 *   <li>The key's ledger entry gives its record (the one its newest completed event made) and the
 *       newest sequencer claimed for it. The batch's entries, and then their records, are read
 *       together before its first key ({@link ObjectLedger#states}, {@link ArticleRepository#findAll}):
 *       two requests per hundred keys instead of two per key. An event that lands after that read
 *       has a higher sequencer than the one read, so it still wins (next step).</li>
 *   <li>The selection decides: {@link Selection#MISSING} leaves every key with a record unchanged;
 *       otherwise a record of this extractor whose ETag matches the listing's is unchanged without
 *       a read, unless the selection is forced.</li>
 *   <li>The processor reads the current version under the ledger's sequencer (or
 *       {@link Sequencer#BEFORE_ANY_EVENT}): an event of a newer upload, done or in flight, has a
 *       higher one, so its record is never replaced (the key is {@code superseded}); bytes that
 *       hash to the record's {@code contentHash} are not extracted ({@code unchanged}).</li>
 * </ol>
 * The same batch run twice changes nothing the second time: every key it updated is then up to
 * date. A fault of one key (a throttled table, an unreadable object) ends as its {@code failed}
 * outcome; a fault of the store itself, as {@code wholeBatchFault} tells it, propagates so the
 * batch is retried whole.
 */
public final class Reprocessor {

    private static final Logger log = LoggerFactory.getLogger(Reprocessor.class);

    private final ArticleProcessor processor;
    private final ObjectLedger ledger;
    private final ArticleRepository articles;
    private final ArchiveReprocessing archives;
    private final String bucket;
    private final String rawPrefix;
    private final Predicate<RuntimeException> wholeBatchFault;

    /**
     * @param wholeBatchFault tells a fault of the store as a whole (unreachable after the client's
     *                        retries) from a fault of one key; the former stops the batch
     */
    public Reprocessor(ArticleProcessor processor, ObjectLedger ledger, ArticleRepository articles,
                       ArchiveReprocessing archives, String bucket, String rawPrefix,
                       Predicate<RuntimeException> wholeBatchFault) {
        this.processor = processor;
        this.ledger = ledger;
        this.articles = articles;
        this.archives = archives;
        this.bucket = bucket;
        this.rawPrefix = rawPrefix;
        this.wholeBatchFault = wholeBatchFault;
    }

    /**
     * Reprocesses every object of a batch, in order.
     *
     * @param force extract even records that look up to date ({@link Selection#ALL} always does)
     * @throws RuntimeException only for a whole-batch fault; the batch may then be run again
     */
    public BatchReport run(List<ListedObject> batch, Selection selection, boolean force) {
        BatchReport report = new BatchReport();
        ReadAhead known = readAhead(batch);
        for (ListedObject object : batch) {
            report.add(reprocess(object, selection, force || selection.forced(), known));
        }
        return report;
    }

    /**
     * The ledger entries of the batch's pages and the records they name, each read in one go
     * before the first key. A fault of the store as a whole propagates; any other fault (a
     * throttle) leaves each key to read its own as it comes, so it fails that key alone.
     */
    private ReadAhead readAhead(List<ListedObject> batch) {
        List<String> pages = batch.stream().map(ListedObject::key)
                .filter(key -> key.startsWith(rawPrefix) && !Archives.isArchiveKey(key)).toList();
        if (pages.isEmpty()) {
            return ReadAhead.NONE;
        }
        try {
            Map<String, ObjectLedger.State> states = ledger.states(bucket, pages);
            Set<String> ids = new HashSet<>();
            states.values().forEach(state -> {
                if (state.completion() != null) {
                    ids.add(state.completion().recordId());
                }
            });
            return new ReadAhead(true, states, ids.isEmpty() ? Map.of() : articles.findAll(ids));
        } catch (RuntimeException e) {
            if (wholeBatchFault.test(e)) {
                throw e;
            }
            log.warn("reading the ledger entries and records of a batch from s3://{}/{} failed ({}); each key reads "
                    + "its own", bucket, pages.getFirst(), e.toString());
            return ReadAhead.NONE;
        }
    }

    /**
     * What was read for a batch before its first key.
     *
     * @param read    whether the read was made; when not, each key reads its own
     * @param states  the ledger entries by key; a key without one is absent
     * @param records the records those entries name, by id; an id without a record is absent
     */
    private record ReadAhead(boolean read, Map<String, ObjectLedger.State> states, Map<String, ArticleRecord> records) {

        static final ReadAhead NONE = new ReadAhead(false, Map.of(), Map.of());
    }

    /** What one key came to. */
    private KeyOutcome reprocess(ListedObject object, Selection selection, boolean force, ReadAhead known) {
        String key = object.key();
        if (!key.startsWith(rawPrefix)) {
            return new KeyOutcome(key, KeyOutcome.Kind.SKIPPED, "outside the raw prefix " + rawPrefix);
        }
        if (Archives.isArchiveKey(key)) {
            return archives.reprocess(bucket, object, selection);
        }
        try {
            return reprocessPage(object, selection, force, known);
        } catch (StoreBusyException busy) {
            log.warn("reprocessing s3://{}/{} failed: {}", bucket, key, busy.getMessage());
            return new KeyOutcome(key, KeyOutcome.Kind.FAILED, "the store is busy (" + busy.getMessage()
                    + "); a rerun picks the key up");
        } catch (RuntimeException e) {
            if (wholeBatchFault.test(e)) {
                throw e;
            }
            log.error("reprocessing s3://{}/{} failed", bucket, key, e);
            return new KeyOutcome(key, KeyOutcome.Kind.FAILED, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private KeyOutcome reprocessPage(ListedObject object, Selection selection, boolean force, ReadAhead known) {
        String key = object.key();
        Optional<ObjectLedger.State> state = known.read() ? Optional.ofNullable(known.states().get(key))
                : ledger.state(bucket, key);
        ArticleRecord current = state.map(ObjectLedger.State::completion)
                .flatMap(completion -> known.read() ? Optional.ofNullable(known.records().get(completion.recordId()))
                        : articles.find(completion.recordId()))
                .filter(record -> bucket.equals(record.source().bucket()) && key.equals(record.source().key()))
                .orElse(null);
        if (selection == Selection.MISSING && current != null) {
            return KeyOutcome.of(key, KeyOutcome.Kind.UNCHANGED);
        }
        boolean thisExtractor = current != null && ArticleExtractor.VERSION.equals(current.extractorVersion());
        if (!force && thisExtractor && object.eTag() != null
                && object.eTag().equals(ListedObject.bare(current.source().eTag()))) {
            return KeyOutcome.of(key, KeyOutcome.Kind.UNCHANGED);
        }
        String sequencer = state.map(ObjectLedger.State::sequencer).orElse(null);
        ObjectEvent event = new ObjectEvent(bucket, key, null, object.eTag(), object.size(),
                Objects.requireNonNullElse(sequencer, Sequencer.BEFORE_ANY_EVENT));
        Outcome outcome = processor.reprocess(event, !force && thisExtractor ? current.contentHash() : null);
        return KeyOutcome.of(key, switch (outcome.kind()) {
            case STORED -> KeyOutcome.Kind.UPDATED;
            case UNCHANGED -> KeyOutcome.Kind.UNCHANGED;
            case SUPERSEDED -> KeyOutcome.Kind.SUPERSEDED;
            case MISSING -> KeyOutcome.Kind.MISSING;
            // Not named as an archive but starting like one: the processor handed it to the splitter.
            case ARCHIVE -> KeyOutcome.Kind.UPDATED;
        });
    }
}
