package dev.newsdrop.reprocess;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.ObjectLedger;
import dev.newsdrop.ports.RawObject;
import dev.newsdrop.ports.RawObjectStore;
import dev.newsdrop.ports.StoreBusyException;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.ObjectEvent;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.testing.InMemoryPipeline;
import dev.newsdrop.testing.Pages;
import dev.newsdrop.testing.Records;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static dev.newsdrop.reprocess.KeyOutcome.Kind.FAILED;
import static dev.newsdrop.reprocess.KeyOutcome.Kind.MISSING;
import static dev.newsdrop.reprocess.KeyOutcome.Kind.SKIPPED;
import static dev.newsdrop.reprocess.KeyOutcome.Kind.SUPERSEDED;
import static dev.newsdrop.reprocess.KeyOutcome.Kind.UNCHANGED;
import static dev.newsdrop.reprocess.KeyOutcome.Kind.UPDATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reprocessing over the in-memory ports: the outcome of each kind of key, the selections, the
 * ordering against racing events, idempotence, and every bad input and fault of issue 15.
 */
class ReprocessorTest {

    private static final String BUCKET = InMemoryPipeline.BUCKET;
    private static final String OLD_VERSION = "0.9.0-old";

    private final InMemoryPipeline core = new InMemoryPipeline(1024 * 1024);
    /** Runs before a read of the raw store, once per key: a racing upload, a deletion. */
    private final Map<String, Runnable> beforeRead = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicReference<RuntimeException> wholeStoreDown = new AtomicReference<>();
    private final Set<String> throttledKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Reads of the ledger and the records, one counter per method: what a batch costs the store. */
    private final Map<String, AtomicInteger> storeReads = new java.util.concurrent.ConcurrentHashMap<>();
    /** When set, the next batched read of the ledger throws it (once). */
    private final AtomicReference<RuntimeException> batchedReadFault = new AtomicReference<>();
    private final Reprocessor reprocessor = reprocessor(e -> e == wholeStoreDown.get());

    private Reprocessor reprocessor(Predicate<RuntimeException> wholeBatchFault) {
        RawObjectStore raw = new RawObjectStore() {
            @Override
            public Stored put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
                return core.raw.put(bucket, key, bytes, contentType, metadata);
            }

            @Override
            public Optional<RawObject> read(String bucket, String key, String versionId, long maxBytes) {
                if (wholeStoreDown.get() != null) {
                    throw wholeStoreDown.get();
                }
                Runnable hook = beforeRead.remove(key);
                Optional<RawObject> read = core.raw.read(bucket, key, versionId, maxBytes);
                if (hook != null) {
                    hook.run(); // the race: a newer upload lands, and its event is processed, while this read is in hand
                }
                return read;
            }

            @Override
            public Optional<byte[]> readRange(String bucket, String key, String versionId, long offset, int length) {
                return core.raw.readRange(bucket, key, versionId, offset, length);
            }

            @Override
            public Optional<java.io.InputStream> open(String bucket, String key, String versionId, long offset) {
                return core.raw.open(bucket, key, versionId, offset);
            }
        };
        ArticleRepository articles = new ArticleRepository() {
            @Override
            public SaveResult save(ArticleRecord record, boolean mayReplaceOtherObject) {
                if (throttledKeys.contains(record.source().key())) {
                    throw new StoreBusyException("writing a record was throttled", null);
                }
                return core.articles.save(record, mayReplaceOtherObject);
            }

            @Override
            public Optional<ArticleRecord> find(String id) {
                counted("find");
                return core.articles.find(id);
            }

            @Override
            public Map<String, ArticleRecord> findAll(java.util.Collection<String> ids) {
                counted("findAll");
                return core.articles.findAll(ids);
            }

            @Override
            public Page list(ListQuery query) {
                return core.articles.list(query);
            }
        };
        ObjectLedger ledger = new ObjectLedger() {
            @Override
            public boolean claim(String bucket, String key, String sequencer) {
                return core.ledger.claim(bucket, key, sequencer);
            }

            @Override
            public void complete(String bucket, String key, String sequencer, String recordId, ArticleStatus status) {
                core.ledger.complete(bucket, key, sequencer, recordId, status);
            }

            @Override
            public Optional<Completion> find(String bucket, String key) {
                return core.ledger.find(bucket, key);
            }

            @Override
            public Optional<State> state(String bucket, String key) {
                counted("state");
                return core.ledger.state(bucket, key);
            }

            @Override
            public Map<String, State> states(String bucket, java.util.Collection<String> keys) {
                counted("states");
                RuntimeException fault = batchedReadFault.getAndSet(null);
                if (fault != null) {
                    throw fault;
                }
                return core.ledger.states(bucket, keys);
            }
        };
        ArticleProcessor processor = new ArticleProcessor(raw, articles, ledger, core.records, 1024 * 1024,
                ProcessingObserver.NONE);
        return new Reprocessor(processor, ledger, articles, ArchiveReprocessing.SKIP, BUCKET, "raw/",
                wholeBatchFault);
    }

    private void counted(String read) {
        storeReads.computeIfAbsent(read, r -> new AtomicInteger()).incrementAndGet();
    }

    private Map<String, Integer> storeReads() {
        return storeReads.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    /** Uploads a page and processes its event, as the event path does. */
    private ListedObject uploadAndProcess(String key, byte[] page, String sequencer) {
        RawObjectStore.Stored stored = core.raw.put(BUCKET, key, page, "text/html; charset=utf-8", Map.of());
        core.processor.process(new ObjectEvent(BUCKET, key, stored.versionId(), stored.eTag(), page.length, sequencer));
        return new ListedObject(key, page.length, "\"" + stored.eTag() + "\"");
    }

    /** Uploads a page whose notification never came. */
    private ListedObject uploadOnly(String key, byte[] page) {
        RawObjectStore.Stored stored = core.raw.put(BUCKET, key, page, "text/html; charset=utf-8", Map.of());
        return new ListedObject(key, page.length, stored.eTag());
    }

    /** Makes the key's record look like an older extractor's. */
    private void makeStale(String key) {
        ArticleRecord record = recordOf(key);
        assertEquals(ArticleRepository.SaveResult.WRITTEN, core.articles.save(Records.madeBy(record, OLD_VERSION), false));
    }

    private ArticleRecord recordOf(String key) {
        List<ArticleRecord> records = core.articles.all().stream().filter(r -> r.source().key().equals(key)).toList();
        assertEquals(1, records.size(), "one record of " + key + ": " + records);
        return records.getFirst();
    }

    private Map<KeyOutcome.Kind, Integer> run(List<ListedObject> batch, Selection selection) {
        return reprocessor.run(batch, selection, false).counts().entrySet().stream()
                .filter(e -> e.getValue() > 0).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void staleRecordsAndObjectsWithoutRecords_areUpdated_thenASecondRunChangesNothing() {
        ListedObject current = uploadAndProcess("raw/current.html", Pages.article("Current harbour news"), "0A");
        ListedObject stale = uploadAndProcess("raw/stale.html", Pages.article("Stale harbour news"), "0B");
        makeStale("raw/stale.html");
        ListedObject unprocessed = uploadOnly("raw/never-notified.html", Pages.article("Backfilled harbour news"));
        List<ListedObject> batch = List.of(current, stale, unprocessed);
        int extractions = core.extractions.get();

        assertEquals(Map.of(UNCHANGED, 1, UPDATED, 2), run(batch, Selection.STALE));
        assertEquals(extractions + 2, core.extractions.get(), "the current record was not extracted again");
        assertEquals(ArticleExtractor.VERSION, recordOf("raw/stale.html").extractorVersion());
        assertEquals("Backfilled harbour news", recordOf("raw/never-notified.html").title());

        long reads = core.raw.reads();
        assertEquals(Map.of(UNCHANGED, 3), run(batch, Selection.STALE));
        assertEquals(reads, core.raw.reads(), "up-to-date records whose ETag matches are not even read");
        assertEquals(3, core.articles.all().size());
    }

    @Test
    void aBatchReadsItsLedgerEntriesAndRecordsInOneGoEach_notKeyByKey() {
        List<ListedObject> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(uploadAndProcess("raw/page-" + i + ".html", Pages.article("Story number " + i), "0" + i));
        }
        batch.add(uploadOnly("raw/never-notified.html", Pages.article("Backfilled story")));
        batch.add(new ListedObject("raw/crawl.warc.gz", 10, null));

        assertEquals(Map.of(UNCHANGED, 10, UPDATED, 1, SKIPPED, 1), run(batch, Selection.STALE));
        assertEquals(Map.of("states", 1, "findAll", 1), storeReads());
    }

    @Test
    void whenTheBatchedReadIsThrottled_eachKeyReadsItsOwn_andTheBatchGoesOn() {
        ListedObject current = uploadAndProcess("raw/current.html", Pages.article("Current story"), "0A");
        ListedObject unprocessed = uploadOnly("raw/new.html", Pages.article("New story"));
        batchedReadFault.set(new StoreBusyException("reading the object ledger was throttled", null));

        assertEquals(Map.of(UNCHANGED, 1, UPDATED, 1), run(List.of(current, unprocessed), Selection.STALE));
        assertEquals(Map.of("states", 1, "state", 2, "find", 1), storeReads());
    }

    @Test
    void newerUploadLandingAfterTheBatchWasRead_beforeItsKeysTurn_keepsItsRecord() {
        ListedObject first = uploadAndProcess("raw/a-first.html", Pages.article("First key"), "0A");
        makeStale("raw/a-first.html");
        ListedObject second = uploadAndProcess("raw/b-second.html", Pages.article("Second key, first version"), "0A");
        makeStale("raw/b-second.html");
        // While the first key is read, the second key gets a newer upload, processed by its event:
        // the ledger entry the batch read for the second key is then out of date.
        beforeRead.put("raw/a-first.html", () -> uploadAndProcess("raw/b-second.html",
                Pages.article("Second key, second version"), "0B"));

        assertEquals(Map.of(UPDATED, 1, SUPERSEDED, 1), run(List.of(first, second), Selection.STALE));
        ArticleRecord record = recordOf("raw/b-second.html");
        assertEquals("Second key, second version", record.title());
        assertEquals("0000000000000000000000000000000B", record.source().sequencer());
        assertEquals(ArticleExtractor.VERSION, record.extractorVersion());
    }

    @Test
    void sameBytesUnderAnotherETag_areUnchanged_withoutAnExtraction() {
        uploadAndProcess("raw/multipart.html", Pages.article("Same bytes"), "0A");
        int extractions = core.extractions.get();

        assertEquals(Map.of(UNCHANGED, 1), run(List.of(new ListedObject("raw/multipart.html", 1, "abc-2")), Selection.STALE));
        assertEquals(extractions, core.extractions.get());
    }

    @Test
    void missingSelection_backfillsObjectsWithoutRecords_only() {
        ListedObject stale = uploadAndProcess("raw/stale.html", Pages.article("Stale story"), "0A");
        makeStale("raw/stale.html");
        ListedObject unprocessed = uploadOnly("raw/new.html", Pages.article("New story"));

        assertEquals(Map.of(UNCHANGED, 1, UPDATED, 1), run(List.of(stale, unprocessed), Selection.MISSING));
        assertEquals(OLD_VERSION, recordOf("raw/stale.html").extractorVersion(), "a backfill leaves existing records");
        assertEquals("New story", recordOf("raw/new.html").title());
    }

    @Test
    void allSelection_extractsEveryObjectAgain_andRewritesNothingIdentical() {
        ListedObject current = uploadAndProcess("raw/current.html", Pages.article("Current story"), "0A");
        int extractions = core.extractions.get();

        assertEquals(Map.of(UNCHANGED, 1), run(List.of(current), Selection.ALL));
        assertEquals(extractions + 1, core.extractions.get(), "forced: extracted again");
    }

    @Test
    void newerUploadRacingTheReprocessing_keepsItsRecord() {
        ListedObject stale = uploadAndProcess("raw/racing.html", Pages.article("First version"), "0A");
        makeStale("raw/racing.html");
        beforeRead.put("raw/racing.html", () -> uploadAndProcess("raw/racing.html", Pages.article("Second version"), "0B"));

        assertEquals(Map.of(SUPERSEDED, 1), run(List.of(stale), Selection.STALE));
        ArticleRecord record = recordOf("raw/racing.html");
        assertEquals("Second version", record.title());
        assertEquals("0000000000000000000000000000000B", record.source().sequencer());
    }

    @Test
    void eventOfAnObjectWithoutRecord_arrivingAfterTheReprocessing_stillWins() {
        ListedObject unprocessed = uploadOnly("raw/late-event.html", Pages.article("Old text"));
        assertEquals(Map.of(UPDATED, 1), run(List.of(unprocessed), Selection.STALE));

        uploadAndProcess("raw/late-event.html", Pages.article("Newest text"), "01");

        assertEquals("Newest text", recordOf("raw/late-event.html").title());
    }

    @Test
    void objectDeletedAfterTheListing_isMissing_andTheBatchGoesOn() {
        ListedObject gone = uploadOnly("raw/gone.html", Pages.article("Gone"));
        ListedObject kept = uploadOnly("raw/kept.html", Pages.article("Kept"));
        core.raw.delete(BUCKET, "raw/gone.html");

        assertEquals(Map.of(MISSING, 1, UPDATED, 1), run(List.of(gone, kept), Selection.STALE));
    }

    @Test
    void emptyBinaryAndGzipBombObjects_endAsRecordsWithTheirReason_andRerunsAreUnchanged() {
        ListedObject empty = uploadOnly("raw/empty.html", new byte[0]);
        byte[] noise = new byte[4096];
        new java.util.Random(15).nextBytes(noise);
        ListedObject binary = uploadOnly("raw/binary.html", noise);
        ListedObject bomb = uploadOnly("raw/bomb.html.gz", gzipOfZeros(25 * 1024 * 1024));
        List<ListedObject> batch = List.of(empty, binary, bomb);

        assertEquals(Map.of(UPDATED, 3), run(batch, Selection.STALE));
        assertEquals(ArticleStatus.NOT_HTML, recordOf("raw/empty.html").status());
        assertEquals(ArticleStatus.NOT_HTML, recordOf("raw/binary.html").status());
        assertEquals(ArticleStatus.TOO_LARGE, recordOf("raw/bomb.html.gz").status());
        batch.forEach(o -> assertTrue(recordOf(o.key()).reason() != null, "a reason for " + o.key()));

        assertEquals(Map.of(UNCHANGED, 3), run(batch, Selection.STALE));
    }

    @Test
    void keysWithSpacesPlusAndArabic_areReadAndRecordedUnderTheirOwnName() {
        List<ListedObject> batch = new ArrayList<>();
        for (String key : List.of("raw/with space.html", "raw/a+b.html", "raw/أخبار بغداد.html", "raw/%2B literally.html")) {
            batch.add(uploadOnly(key, Pages.article("Story " + key.hashCode())));
        }

        assertEquals(Map.of(UPDATED, 4), run(batch, Selection.STALE));
        batch.forEach(o -> assertEquals(o.key(), recordOf(o.key()).source().key()));
        assertEquals(Map.of(UNCHANGED, 4), run(batch, Selection.STALE));
    }

    @Test
    void throttledWrite_failsThatKeyWithAReason_theBatchGoesOn_andARerunCompletesIt() {
        ListedObject a = uploadOnly("raw/a.html", Pages.article("Story A"));
        ListedObject b = uploadOnly("raw/b.html", Pages.article("Story B"));
        ListedObject c = uploadOnly("raw/c.html", Pages.article("Story C"));
        throttledKeys.add("raw/b.html");

        BatchReport report = reprocessor.run(List.of(a, b, c), Selection.STALE, false);

        assertEquals(2, report.count(UPDATED));
        assertEquals(1, report.count(FAILED));
        assertEquals("raw/b.html", report.failures().getFirst().key());
        assertTrue(report.failures().getFirst().reason().contains("throttled"), report.failures().getFirst().reason());

        throttledKeys.clear();
        assertEquals(Map.of(UNCHANGED, 2, UPDATED, 1), run(List.of(a, b, c), Selection.STALE));
        assertEquals(3, core.articles.all().size());
    }

    @Test
    void storeDown_failsTheWholeBatch_andTheRetriedBatchEndsEveryKeyOnce() {
        ListedObject a = uploadOnly("raw/a.html", Pages.article("Story A"));
        ListedObject b = uploadOnly("raw/b.html", Pages.article("Story B"));
        RuntimeException down = new IllegalStateException("connection refused");
        beforeRead.put("raw/b.html", () -> {
            wholeStoreDown.set(down);
            throw down;
        });

        assertThrows(IllegalStateException.class, () -> reprocessor.run(List.of(a, b), Selection.STALE, false));
        assertEquals(1, core.articles.all().size(), "a was done before the store went down");

        wholeStoreDown.set(null);
        assertEquals(Map.of(UNCHANGED, 1, UPDATED, 1), run(List.of(a, b), Selection.STALE));
        assertEquals(2, core.articles.all().size());
    }

    @Test
    void batchRetriedAfterATimeout_changesNothing() {
        List<ListedObject> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(uploadOnly("raw/page-" + i + ".html", Pages.article("Story number " + i)));
        }
        run(batch, Selection.STALE);
        List<ArticleRecord> before = core.articles.all();

        assertEquals(Map.of(UNCHANGED, 10), run(batch, Selection.STALE));
        assertEquals(Set.copyOf(before), Set.copyOf(core.articles.all()), "the same records, untouched");
    }

    @Test
    void unexpectedFaultOfOneKey_isThatKeysFailure() {
        ListedObject a = uploadOnly("raw/a.html", Pages.article("Story A"));
        ListedObject b = uploadOnly("raw/b.html", Pages.article("Story B"));
        beforeRead.put("raw/a.html", () -> {
            throw new UncheckedIOException("connection reset while reading", new IOException("reset"));
        });

        BatchReport report = reprocessor.run(List.of(a, b), Selection.STALE, false);

        assertEquals(1, report.count(FAILED));
        assertTrue(report.failures().getFirst().reason().contains("connection reset"));
        assertEquals(1, report.count(UPDATED));
    }

    @Test
    void archivesAndKeysOutsideTheRawPrefix_areSkippedWithTheirReason() {
        BatchReport report = reprocessor.run(List.of(new ListedObject("raw/crawl.warc.gz", 10, null),
                new ListedObject("raw/CRAWL.WARC", 10, null), new ListedObject("reports/reprocess/x.json", 10, null)),
                Selection.ALL, true);

        assertEquals(3, report.count(SKIPPED));
        assertEquals(List.of("archive", "archive", "outside the raw prefix raw/"),
                report.skips().stream().map(KeyOutcome::reason).toList());
        assertEquals(0, core.raw.reads());
    }

    @Test
    void withAnArchiveQueue_archivesAreHandedToTheSplitter_newOnesOnStale_everyOneOnAll() {
        List<String> jobs = new java.util.concurrent.CopyOnWriteArrayList<>();
        ArticleProcessor splitting = new ArticleProcessor(core.raw, core.articles, core.ledger, core.records,
                1024 * 1024, ProcessingObserver.NONE, jobs::addAll);
        Reprocessor withSplitter = new Reprocessor(splitting, core.ledger, core.articles,
                ArchiveReprocessing.toSplitter(splitting, core.ledger), BUCKET, "raw/", e -> false);
        ListedObject archive = new ListedObject("raw/crawl 1+2.warc.gz", 10, null);

        BatchReport first = withSplitter.run(List.of(archive), Selection.STALE, false);
        BatchReport second = withSplitter.run(List.of(archive), Selection.STALE, false);
        BatchReport missing = withSplitter.run(List.of(archive), Selection.MISSING, false);
        BatchReport all = withSplitter.run(List.of(archive), Selection.ALL, true);

        assertEquals(1, first.count(UPDATED));
        assertEquals(1, second.count(SKIPPED));
        assertEquals(ArchiveReprocessing.SPLIT_BEFORE_REASON, second.skips().getFirst().reason());
        assertEquals(1, missing.count(SKIPPED));
        assertEquals(1, all.count(UPDATED));
        assertEquals(2, jobs.size(), "one archive job for the first run and one for --mode all: " + jobs);
        assertTrue(jobs.getFirst().contains("crawl 1+2.warc.gz"), jobs.getFirst());
        assertEquals(0, core.raw.reads(), "an archive named as one is handed on unread");
    }

    @Test
    void anArchiveThatCannotBeHandedOn_failsWithItsReason_andTheBatchGoesOn() {
        ArticleProcessor broken = new ArticleProcessor(core.raw, core.articles, core.ledger, core.records,
                1024 * 1024, ProcessingObserver.NONE, messages -> {
                    throw new IllegalStateException("queue unreachable");
                });
        Reprocessor withSplitter = new Reprocessor(broken, core.ledger, core.articles,
                ArchiveReprocessing.toSplitter(broken, core.ledger), BUCKET, "raw/", e -> false);

        BatchReport report = withSplitter.run(List.of(new ListedObject("raw/a.warc", 10, null),
                new ListedObject("reports/x.json", 1, null)), Selection.ALL, true);

        assertEquals(1, report.count(FAILED));
        assertTrue(report.failures().getFirst().reason().contains("queue unreachable"), report.failures().toString());
        assertEquals(1, report.count(SKIPPED));
    }

    @Test
    void report_capsItsLists_andCountsWhatItLeftOut() {
        BatchReport report = new BatchReport();
        for (int i = 0; i < BatchReport.MAX_LISTED + 50; i++) {
            report.add(new KeyOutcome("raw/" + i, FAILED, "x".repeat(10_000)));
        }

        assertEquals(BatchReport.MAX_LISTED, report.failures().size());
        assertEquals(50, report.failuresLeftOut());
        assertEquals(BatchReport.MAX_LISTED + 50, report.count(FAILED));
        assertEquals(BatchReport.MAX_REASON_CHARS, report.failures().getFirst().reason().length());
    }

    private static byte[] gzipOfZeros(int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] chunk = new byte[64 * 1024];
            for (int written = 0; written < length; written += chunk.length) {
                gzip.write(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
