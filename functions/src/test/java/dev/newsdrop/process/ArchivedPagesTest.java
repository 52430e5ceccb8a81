package dev.newsdrop.process;

import dev.newsdrop.api.ApiRequest;
import dev.newsdrop.api.ApiResponse;
import dev.newsdrop.api.ArticlesApi;
import dev.newsdrop.archive.ArchiveJob;
import dev.newsdrop.archive.ArchiveMessages;
import dev.newsdrop.archive.ArchivedPage;
import dev.newsdrop.archive.WarcSplitter;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.testing.InMemoryArticleRepository;
import dev.newsdrop.testing.InMemoryObjectLedger;
import dev.newsdrop.testing.InMemoryRawLinks;
import dev.newsdrop.testing.InMemoryRawObjectStore;
import dev.newsdrop.testing.MutableClock;
import dev.newsdrop.testing.Pages;
import dev.newsdrop.testing.Warcs;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Archives forwarded, not extracted; archived pages made into records by offset and length, ordered by WARC-Date. */
class ArchivedPagesTest {

    private static final String BUCKET = "newsdrop-raw";
    private static final long MAX_BYTES = 1024 * 1024;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final InMemoryRawObjectStore raw = new InMemoryRawObjectStore();
    private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
    private final InMemoryObjectLedger ledger = new InMemoryObjectLedger();
    private final List<String> archiveQueue = new ArrayList<>();
    private final List<String> pageQueue = new ArrayList<>();
    private final RecordMaker records = new RecordMaker(new ArticleExtractor(), clock);
    private final ArticleProcessor processor = new ArticleProcessor(raw, articles, ledger, records, MAX_BYTES,
            ProcessingObserver.NONE, archiveQueue::addAll);
    private final WarcSplitter splitter = new WarcSplitter(raw, pageQueue::addAll, archiveQueue::addAll);

    @Test
    void archiveByName_isForwardedNotExtracted_andItsLedgerEntrySaysSo() {
        String key = "raw/drop/crawl.warc.gz";
        var stored = raw.put(BUCKET, key, Warcs.gzipped().page("https://a.example/x", Pages.article("X")).bytes(),
                "application/gzip", Map.of());

        Outcome outcome = processor.process(new ObjectEvent(BUCKET, key, stored.versionId(), null, 10, "0A"));

        assertEquals(Outcome.Kind.ARCHIVE, outcome.kind());
        assertEquals(List.of(ArchiveMessages.toJson(ArchiveJob.of(BUCKET, key, stored.versionId()))), archiveQueue);
        assertEquals(ArticleStatus.ARCHIVE, ledger.find(BUCKET, key).orElseThrow().status());
        assertTrue(articles.all().isEmpty(), "the archive itself makes no record");
    }

    @Test
    void archiveByItsFirstBytes_isForwardedWhateverItsName() {
        for (Warcs warc : List.of(Warcs.gzipped(), Warcs.plain())) {
            archiveQueue.clear();
            String key = "raw/api/" + warc.hashCode() + ".html";
            raw.put(BUCKET, key, warc.page("https://a.example/x", Pages.article("X")).bytes(), "text/html", Map.of());

            assertEquals(Outcome.Kind.ARCHIVE, processor.process(new ObjectEvent(BUCKET, key, null, null, 10, null)).kind());
            assertEquals(1, archiveQueue.size());
        }
    }

    @Test
    void archivedPages_becomeRecordsWithTheirArchivePosition_decodedAsTheArchiveKeptThem() {
        String key = "raw/drop/mixed.warc.gz";
        byte[] arabic = ("<html><head><title>الشراكة</title></head><body><article><h1>بغداد وواشنطن تؤكدان استمرار الشراكة</h1><p>"
                + "أكدت الحكومتان استمرار الشراكة في محاربة الإرهاب وتعزيز التعاون الاقتصادي بين البلدين. ".repeat(12)
                + "</p></article></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1256"));
        Warcs warc = Warcs.gzipped()
                .request("https://a.example/chunked")
                .response("https://a.example/chunked", Warcs.DATE, Warcs.http(200, "text/html", Map.of(
                        "Transfer-Encoding", "chunked", "Content-Encoding", "gzip"),
                        Warcs.chunked(Warcs.gzip(Pages.article("Chunked and gzipped")), 64)))
                .response("https://a.example/deflate", Warcs.DATE, Warcs.http(200, "text/html", Map.of(
                        "Content-Encoding", "br"), Warcs.brotliStored(Pages.article("Brotli page"))))
                .response("https://a.example/ar", Warcs.DATE, Warcs.http(200, "text/html; charset=windows-1256",
                        Map.of(), arabic));
        raw.put(BUCKET, key, warc.bytes(), "application/gzip", Map.of());
        splitter.split(ArchiveJob.of(BUCKET, key, null), () -> false);
        assertEquals(3, pageQueue.size());

        List<ArticleRecord> made = pageQueue.stream().map(m -> ArchiveMessages.page(m).orElseThrow())
                .map(p -> processor.process(p).record()).toList();

        assertEquals("Chunked and gzipped", made.get(0).title());
        assertEquals("Brotli page", made.get(1).title());
        assertEquals(ArticleStatus.EXTRACTED, made.get(2).status());
        assertTrue(made.get(2).text().contains("أكدت الحكومتان استمرار الشراكة"), made.get(2).text());
        assertEquals("windows-1256", made.get(2).source().charset().toLowerCase(java.util.Locale.ROOT));
        ArticleRecord first = made.get(0);
        assertEquals("https://a.example/chunked", first.url());
        assertEquals(key, first.source().key());
        assertEquals(warc.record(0).length, (long) first.source().offset());
        assertEquals(warc.record(1).length, (long) first.source().length());
        assertNotNull(first.source().warcRecordId());

        ArticlesApi api = new ArticlesApi(new PageIntake(raw, records, articles, clock, BUCKET, "raw/"), processor,
                articles, records, new InMemoryRawLinks(clock), url -> {
                    throw new IllegalStateException("no fetches here");
                }, "{}");
        ApiResponse rawPage = api.handle(new ApiRequest("GET", "/articles/" + made.get(2).id() + "/raw", Map.of(),
                Map.of(), null));
        assertEquals(200, rawPage.status());
        assertTrue(rawPage.body().contains("بغداد وواشنطن"), "the record's payload, not the archive");
    }

    @Test
    void gzipBombInsideARecord_isTooLarge() {
        String key = "raw/drop/bomb.warc.gz";
        byte[] bomb = Warcs.gzip(new byte[8 * 1024 * 1024]);
        raw.put(BUCKET, key, Warcs.gzipped().response("https://a.example/bomb", Warcs.DATE, Warcs.http(200,
                "text/html", Map.of("Content-Encoding", "gzip"), bomb)).bytes(), "application/gzip", Map.of());
        splitter.split(ArchiveJob.of(BUCKET, key, null), () -> false);

        ArticleRecord record = processor.process(ArchiveMessages.page(pageQueue.getFirst()).orElseThrow()).record();

        assertEquals(ArticleStatus.TOO_LARGE, record.status());
        assertTrue(record.reason().contains("expands beyond"), record.reason());
    }

    @Test
    void sameUrlInTwoArchives_makesOneRecord_theLaterCaptureWinsInEitherOrder() {
        Instant earlier = Warcs.DATE;
        Instant later = Warcs.DATE.plusSeconds(3600);
        raw.put(BUCKET, "raw/a.warc.gz", Warcs.gzipped().page("https://a.example/story", earlier,
                Pages.article("Early version")).bytes(), "application/gzip", Map.of());
        raw.put(BUCKET, "raw/b.warc.gz", Warcs.gzipped().page("https://a.example/story", later,
                Pages.article("Late version")).bytes(), "application/gzip", Map.of());
        splitter.split(ArchiveJob.of(BUCKET, "raw/a.warc.gz", null), () -> false);
        splitter.split(ArchiveJob.of(BUCKET, "raw/b.warc.gz", null), () -> false);
        ArchivedPage early = ArchiveMessages.page(pageQueue.get(0)).orElseThrow();
        ArchivedPage late = ArchiveMessages.page(pageQueue.get(1)).orElseThrow();

        processor.process(early);
        processor.process(late);
        assertEquals(List.of("Late version"), articles.all().stream().map(ArticleRecord::title).toList());

        InMemoryArticleRepository other = new InMemoryArticleRepository();
        ArticleProcessor reversed = new ArticleProcessor(raw, other, new InMemoryObjectLedger(), records, MAX_BYTES,
                ProcessingObserver.NONE, archiveQueue::addAll);
        reversed.process(late);
        assertEquals(Outcome.Kind.SUPERSEDED, reversed.process(early).kind());
        assertEquals(List.of("Late version"), other.all().stream().map(ArticleRecord::title).toList());
        assertEquals(Outcome.Kind.UNCHANGED, reversed.process(late).kind(), "a re-sent item changes nothing");
    }

    @Test
    void archivedPage_neverTakesTheRecordOfAnUploadedPage() {
        raw.put(BUCKET, "raw/story.html", Pages.article("Uploaded", "en", null, "https://a.example/story"),
                "text/html", Map.of());
        processor.process(new ObjectEvent(BUCKET, "raw/story.html", null, null, 10, null));
        raw.put(BUCKET, "raw/a.warc.gz", Warcs.gzipped().page("https://a.example/story",
                Pages.article("Archived", "en", null, "https://a.example/story")).bytes(), "application/gzip", Map.of());
        splitter.split(ArchiveJob.of(BUCKET, "raw/a.warc.gz", null), () -> false);

        ArticleRecord archived = processor.process(ArchiveMessages.page(pageQueue.getFirst()).orElseThrow()).record();

        assertEquals(2, articles.all().size());
        assertNotNull(archived.duplicateOf(), "the archived page names the upload's record");
    }

    @Test
    void archiveDeletedBeforeItsPageIsRead_makesNoRecord() {
        raw.put(BUCKET, "raw/a.warc.gz", Warcs.gzipped().page("https://a.example/x", Pages.article("X")).bytes(),
                "application/gzip", Map.of());
        splitter.split(ArchiveJob.of(BUCKET, "raw/a.warc.gz", null), () -> false);
        raw.delete(BUCKET, "raw/a.warc.gz");

        assertEquals(Outcome.Kind.MISSING,
                processor.process(ArchiveMessages.page(pageQueue.getFirst()).orElseThrow()).kind());
    }

    @Test
    void unreadableRecordAtTheItemsOffset_isAFailedRecordWithTheReason() {
        raw.put(BUCKET, "raw/a.warc.gz", "not a warc at all".repeat(20).getBytes(StandardCharsets.UTF_8),
                "application/gzip", Map.of());
        ArchivedPage poisoned = new ArchivedPage(BUCKET, "raw/a.warc.gz", null, 5, 100, "https://a.example/p",
                null, null, null);

        ArticleRecord record = processor.process(poisoned).record();

        assertEquals(ArticleStatus.FAILED, record.status());
        assertTrue(record.reason().startsWith("the archived record cannot be read"), record.reason());
    }
}
