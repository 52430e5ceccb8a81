package dev.newsdrop.process;

import dev.newsdrop.archive.ArchiveJob;
import dev.newsdrop.archive.ArchiveMessages;
import dev.newsdrop.archive.ArchivedPage;
import dev.newsdrop.archive.ArchivedResponse;
import dev.newsdrop.archive.Archives;
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
import dev.newsdrop.ports.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
 * A web archive (a key ending in {@code .warc} or {@code .warc.gz}, or an object whose first bytes
 * are a WARC record) is not extracted: it is handed to the archive queue as an {@link ArchiveJob},
 * and its ledger entry says {@link ArticleStatus#ARCHIVE}. The splitter then sends one
 * {@link ArchivedPage} per archived HTML page, which {@link #process(ArchivedPage)} reads by offset
 * and length and makes a record of, like any page, ordered among archived pages by
 * {@code WARC-Date}: the later capture of a URL holds its record, whatever archive it came in.
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
    private final WorkQueue archiveQueue;
    private final ArchivedRecords archived;

    /** A processor that refuses web archives (it has no archive queue to hand them to): their events fail. */
    public ArticleProcessor(RawObjectStore rawPages, ArticleRepository articles, ObjectLedger ledger,
                            RecordMaker records, long maxObjectBytes, ProcessingObserver observer) {
        this(rawPages, articles, ledger, records, maxObjectBytes, observer, messages -> {
            throw new IllegalStateException("a web archive arrived but no archive queue is configured (NEWSDROP_ARCHIVE_QUEUE_URL)");
        });
    }

    /** @param archiveQueue where web archives go to be split */
    public ArticleProcessor(RawObjectStore rawPages, ArticleRepository articles, ObjectLedger ledger,
                            RecordMaker records, long maxObjectBytes, ProcessingObserver observer,
                            WorkQueue archiveQueue) {
        this.archiveQueue = archiveQueue;
        this.archived = new ArchivedRecords(records, maxObjectBytes);
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
        return timedAndNamed(event.bucket(), event.key(), () -> processUntimed(event, currentHash));
    }

    /**
     * Runs one object's processing with every log line naming the object (structured fields in the
     * JSON logs), and tells the observer its outcome and duration.
     */
    private Outcome timedAndNamed(String bucket, String key, Supplier<Outcome> processing) {
        long start = System.nanoTime();
        MDC.put(LOG_BUCKET, bucket);
        MDC.put(LOG_KEY, key);
        try {
            Outcome outcome = processing.get();
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
        if (Archives.isArchiveKey(event.key())) {
            return forwardArchive(event, event.versionId());
        }
        Optional<RawObject> raw = rawPages.read(event.bucket(), event.key(), event.versionId(), maxObjectBytes);
        if (raw.isEmpty()) {
            log.warn("skipped {}: the object was deleted before it could be read", event.location());
            return Outcome.skipped(Outcome.Kind.MISSING, event);
        }
        if (isArchive(event, raw.get())) {
            return forwardArchive(event, raw.get().versionId() != null ? raw.get().versionId() : event.versionId());
        }
        if (currentHash != null && !raw.get().tooLarge() && currentHash.equals(RecordIds.contentHash(raw.get().bytes()))) {
            log.info("unchanged {}: its record was made from these bytes by this extractor", event.location());
            return Outcome.skipped(Outcome.Kind.UNCHANGED, event);
        }
        ArticleRecord made = toRecord(event, raw.get());
        Map<String, String> metadata = raw.get().metadata();
        Stored stored = store(made, metadata.get(ObjectMetadata.URL), metadata.containsKey(ObjectMetadata.FETCHED_AT),
                made.source().key());
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

    /** Whether an object not named as an archive starts like one (a WARC record, plain or gzipped). */
    private boolean isArchive(ObjectEvent event, RawObject raw) {
        if (!raw.tooLarge()) {
            return Archives.startsLikeWarc(java.util.Arrays.copyOf(raw.bytes(),
                    Math.min(raw.bytes().length, Archives.HEAD_BYTES)));
        }
        return rawPages.readRange(event.bucket(), event.key(), raw.versionId(), 0, Archives.HEAD_BYTES)
                .map(Archives::startsLikeWarc).orElse(false);
    }

    /** Hands a web archive to the splitter; its ledger entry says so, and its pages become records of their own. */
    private Outcome forwardArchive(ObjectEvent event, String versionId) {
        archiveQueue.send(List.of(ArchiveMessages.toJson(ArchiveJob.of(event.bucket(), event.key(), versionId))));
        ledger.complete(event.bucket(), event.key(), event.sequencer(), RecordIds.forObject(event.bucket(), event.key()),
                ArticleStatus.ARCHIVE);
        log.info("forwarded {} as a web archive: its pages become records of their own", event.location());
        return Outcome.skipped(Outcome.Kind.ARCHIVE, event);
    }

    /**
     * Makes the record of one archived page: reads its WARC record by offset and length, undoes
     * its transfer and content codings and extracts it with the target URI as its address and the
     * HTTP charset as its transport charset. An unreadable record still makes a record (FAILED,
     * TOO_LARGE), with the reason; an archive deleted meanwhile makes none ({@code MISSING}).
     */
    public Outcome process(ArchivedPage page) {
        return timedAndNamed(page.bucket(), page.key(), () -> processArchived(page));
    }

    private Outcome processArchived(ArchivedPage page) {
        ObjectEvent event = new ObjectEvent(page.bucket(), page.key(), page.versionId(), null, page.length(),
                archivedSequencer(page));
        ArticleRecord made;
        if (page.length() > maxObjectBytes) {
            made = archived.make(page, new byte[0]);
        } else {
            Optional<byte[]> bytes = rawPages.readRange(page.bucket(), page.key(), page.versionId(), page.offset(),
                    (int) page.length());
            if (bytes.isEmpty()) {
                log.warn("skipped {}: the archive was deleted before the page could be read", page.location());
                return Outcome.skipped(Outcome.Kind.MISSING, event);
            }
            made = archived.make(page, bytes.get());
        }
        Stored stored = store(made, page.targetUri(), false, page.key() + "#" + page.offset());
        ArticleRecord record = stored.record();
        Outcome.Kind kind = switch (stored.result()) {
            case WRITTEN -> Outcome.Kind.STORED;
            case UNCHANGED -> Outcome.Kind.UNCHANGED;
            case SUPERSEDED -> Outcome.Kind.SUPERSEDED;
            case CLAIMED -> throw new IllegalStateException("store() moves a claimed record to its next id");
        };
        log.info("{} {} as record {} ({}{})", kind.name().toLowerCase(Locale.ROOT), page.location(), record.id(),
                record.status(), record.reason() == null ? "" : ": " + record.reason());
        return new Outcome(kind, event, record);
    }

    /**
     * Orders archived pages: the capture's {@code WARC-Date} in microseconds, then its offset, as
     * 32 hex digits, so a later capture of a URL wins and one record made twice is the same.
     */
    static String archivedSequencer(ArchivedPage page) {
        long micros = 0;
        if (page.date() != null) {
            try {
                Instant date = Instant.parse(page.date());
                micros = Math.max(0, date.getEpochSecond() * 1_000_000 + date.getNano() / 1_000);
            } catch (DateTimeParseException | ArithmeticException unparsable) {
                micros = 0; // an undated capture loses to every dated one
            }
        }
        return String.format(Locale.ROOT, "%016X%016X", micros, page.offset());
    }

    /**
     * The payload of an archived page's record, for serving it as the record's raw page.
     *
     * @return empty when the archive is gone or the record cannot be read
     */
    public Optional<ArchivedResponse> archivedResponse(SourceObject source) {
        if (!source.archived() || source.length() > maxObjectBytes) {
            return Optional.empty();
        }
        return rawPages.readRange(source.bucket(), source.key(), source.versionId(), source.offset(),
                (int) (long) source.length()).flatMap(bytes -> {
                    try {
                        return Optional.of(ArchivedResponse.read(bytes, maxObjectBytes));
                    } catch (ArchivedResponse.Unreadable e) {
                        log.warn("the archived record of {} at {} cannot be read: {}", source.key(), source.offset(),
                                e.getMessage());
                        return Optional.empty();
                    }
                });
    }

    /** What processing made of an object so far: empty until one of its events has completed. */
    public Optional<ObjectLedger.Completion> completionOf(String bucket, String key) {
        return ledger.find(bucket, key);
    }

    private record Stored(ArticleRecord record, ArticleRepository.SaveResult result) {
    }

    /**
     * Saves the record under the first of its ids that it may hold (see the class comment).
     *
     * @param address the page's address, or null
     * @param fetched whether newsdrop fetched the page from that address itself
     * @param idKey   the key its object id is made from: the object's, or for an archived page the
     *                archive's with the record's offset
     */
    private Stored store(ArticleRecord made, String address, boolean fetched, String idKey) {
        String fetchedFrom = fetched && address != null ? RecordKeys.normalizeUrl(address) : null;
        String duplicateOf = null;
        for (RecordIds.Candidate candidate : RecordIds.candidates(made.canonicalUrl(), address,
                made.source().bucket(), idKey)) {
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
