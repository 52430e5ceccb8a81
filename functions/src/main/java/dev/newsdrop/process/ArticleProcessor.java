package dev.newsdrop.process;

import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.RecordKeys;
import dev.newsdrop.model.SourceObject;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.ObjectLedger;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.ports.RawObject;
import dev.newsdrop.ports.RawObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one "object created" event into a stored record: the core every door (S3, SQS, the local
 * stack) calls. It knows nothing of Lambda.
 *
 * <ol>
 *   <li>Claim the event in the object ledger; an event older than one already claimed for the
 *       same key is dropped (S3 delivers out of order).</li>
 *   <li>Read the object version; an object deleted meanwhile is logged and skipped.</li>
 *   <li>Extract a record. Pages that are not articles, not HTML, too large, or that break the
 *       extractor still become records, with a non-success status and the reason.</li>
 *   <li>Store it conditionally, so redelivered and late events never replace newer records.</li>
 *   <li>Never let one page take another's record: the record is stored under the first of its
 *       {@link RecordIds#candidates} ids that no other object holds. A record made from another
 *       object is replaced only by a page newsdrop fetched itself (metadata {@code fetched-at})
 *       from the very URL the id is made from; the new record then names the replaced object in
 *       {@code previousSource}. Otherwise the page moves on to its next id, names the held one in
 *       {@code duplicateOf}, and a warning is logged.</li>
 * </ol>
 * Storage failures propagate, so the caller's retry and dead-letter path keep the event.
 */
public final class ArticleProcessor {

    private static final Logger log = LoggerFactory.getLogger(ArticleProcessor.class);
    /** Log fields every line about an object carries. */
    static final String LOG_BUCKET = "bucket";
    static final String LOG_KEY = "objectKey";
    static final String LOG_RECORD_ID = "recordId";

    private final RawObjectStore rawPages;
    private final ArticleRepository articles;
    private final ObjectLedger ledger;
    private final RecordMaker records;
    private final long maxObjectBytes;
    private final ProcessingObserver observer;

    public ArticleProcessor(RawObjectStore rawPages, ArticleRepository articles, ObjectLedger ledger,
                            RecordMaker records, long maxObjectBytes, ProcessingObserver observer) {
        this.rawPages = rawPages;
        this.articles = articles;
        this.ledger = ledger;
        this.records = records;
        this.maxObjectBytes = maxObjectBytes;
        this.observer = observer;
    }

    public Outcome process(ObjectEvent event) {
        return process(event, null);
    }

    /**
     * Processes an object again (a reprocessing), under the same rules as an event: the event
     * names no version, so the current one is read, and carries the sequencer the object's ledger
     * entry holds (or {@link Sequencer#BEFORE_ANY_EVENT}), so a newer event's record is never
     * replaced. When the bytes read hash to {@code currentHash}, the record made from them is
     * already stored: nothing is extracted and the outcome is {@link Outcome.Kind#UNCHANGED}.
     *
     * @param currentHash the {@code contentHash} of the object's record when that record is up to
     *                    date in every other way (this extractor version); null to extract in any case
     */
    public Outcome reprocess(ObjectEvent event, String currentHash) {
        return process(event, currentHash);
    }

    private Outcome process(ObjectEvent event, String currentHash) {
        long start = System.nanoTime();
        // Every log line about this object names it (structured fields in the JSON logs).
        MDC.put(LOG_BUCKET, event.bucket());
        MDC.put(LOG_KEY, event.key());
        try {
            Outcome outcome = processUntimed(event, currentHash);
            observer.processed(outcome, Duration.ofNanos(System.nanoTime() - start));
            return outcome;
        } finally {
            MDC.remove(LOG_BUCKET);
            MDC.remove(LOG_KEY);
            MDC.remove(LOG_RECORD_ID);
        }
    }

    private Outcome processUntimed(ObjectEvent event, String currentHash) {
        if (!ledger.claim(event.bucket(), event.key(), event.sequencer())) {
            log.info("skipped {}: a newer event of this key was processed already", event.location());
            return Outcome.skipped(Outcome.Kind.SUPERSEDED, event);
        }
        Optional<RawObject> raw = rawPages.read(event.bucket(), event.key(), event.versionId(), maxObjectBytes);
        if (raw.isEmpty()) {
            log.warn("skipped {}: the object was deleted before it could be read", event.location());
            return Outcome.skipped(Outcome.Kind.MISSING, event);
        }
        if (currentHash != null && !raw.get().tooLarge() && currentHash.equals(RecordIds.contentHash(raw.get().bytes()))) {
            log.info("unchanged {}: its record was made from these bytes by this extractor", event.location());
            return Outcome.skipped(Outcome.Kind.UNCHANGED, event);
        }
        ArticleRecord made = toRecord(event, raw.get());
        Stored stored = store(made, raw.get().metadata());
        ArticleRecord record = stored.record();
        ArticleRepository.SaveResult saved = stored.result();
        ledger.complete(event.bucket(), event.key(), event.sequencer(), record.id(), record.status());
        Outcome.Kind kind = switch (saved) {
            case WRITTEN -> Outcome.Kind.STORED;
            case UNCHANGED -> Outcome.Kind.UNCHANGED;
            case SUPERSEDED -> Outcome.Kind.SUPERSEDED;
            case CLAIMED -> throw new IllegalStateException("store() moves a claimed record to its next id");
        };
        log.info("{} {} as record {} ({}{})", kind.name().toLowerCase(Locale.ROOT), event.location(),
                record.id(), record.status(), record.reason() == null ? "" : ": " + record.reason());
        return new Outcome(kind, event, record);
    }

    /** What processing made of an object so far: empty until one of its events has completed. */
    public Optional<ObjectLedger.Completion> completionOf(String bucket, String key) {
        return ledger.find(bucket, key);
    }

    private record Stored(ArticleRecord record, ArticleRepository.SaveResult result) {
    }

    /** Saves the record under the first of its ids that it may hold (see the class comment). */
    private Stored store(ArticleRecord made, Map<String, String> metadata) {
        String address = metadata.get(ObjectMetadata.URL);
        boolean fetched = metadata.containsKey(ObjectMetadata.FETCHED_AT);
        String fetchedFrom = fetched && address != null ? RecordKeys.normalizeUrl(address) : null;
        String duplicateOf = null;
        for (RecordIds.Candidate candidate : RecordIds.candidates(made.canonicalUrl(), address,
                made.source().bucket(), made.source().key())) {
            ArticleRecord attempt = made.withId(candidate.id(), duplicateOf);
            MDC.put(LOG_RECORD_ID, attempt.id());
            boolean mayReplace = candidate.url() != null && candidate.url().equals(fetchedFrom);
            Optional<ArticleRecord> current = mayReplace ? articles.find(attempt.id()) : Optional.empty();
            if (current.isPresent()) {
                ArticleRecord before = current.get();
                attempt = attempt.withPreviousSource(before.sameObjectAs(attempt) ? before.previousSource() : before.source());
                if (!before.sameObjectAs(attempt)) {
                    log.warn("record {} made from s3://{}/{} is replaced by {}, fetched from {}", attempt.id(),
                            before.source().bucket(), before.source().key(), attempt.source().key(), candidate.url());
                }
            }
            ArticleRepository.SaveResult result = articles.save(attempt, mayReplace);
            if (result != ArticleRepository.SaveResult.CLAIMED) {
                return new Stored(attempt, result);
            }
            log.warn("id {} ({}) is held by a record from another object; {} takes its next id and names it as "
                    + "duplicateOf", attempt.id(), candidate.url(), attempt.source().key());
            duplicateOf = duplicateOf == null ? attempt.id() : duplicateOf;
        }
        throw new IllegalStateException("the object's own id was refused: " + made.source().key());
    }

    /** The record for an object's bytes, whatever they hold. */
    private ArticleRecord toRecord(ObjectEvent event, RawObject raw) {
        String url = raw.metadata().get(ObjectMetadata.URL);
        SourceObject source = new SourceObject(event.bucket(), event.key(),
                raw.versionId() != null ? raw.versionId() : event.versionId(),
                raw.eTag() != null ? raw.eTag() : event.eTag(), raw.size(), raw.contentType(), null,
                event.sequencer());
        if (raw.tooLarge()) {
            return records.refuse(ArticleStatus.TOO_LARGE,
                    "the object is " + raw.size() + " bytes; newsdrop reads at most " + maxObjectBytes, url, source);
        }
        return records.make(new PageInput(raw.bytes(), url, raw.contentType(), event.key()), source);
    }
}
