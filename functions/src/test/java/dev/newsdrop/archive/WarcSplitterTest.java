package dev.newsdrop.archive;

import dev.newsdrop.ports.WorkQueue;
import dev.newsdrop.testing.InMemoryRawObjectStore;
import dev.newsdrop.testing.Pages;
import dev.newsdrop.testing.Warcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcSplitterTest {

    private static final String BUCKET = "newsdrop-raw";
    private static final String KEY = "raw/drop/crawl.warc.gz";

    private final InMemoryRawObjectStore store = new InMemoryRawObjectStore();
    private final List<String> pageQueue = new ArrayList<>();
    private final List<String> archiveQueue = new ArrayList<>();
    private final AtomicInteger sends = new AtomicInteger();
    private final WorkQueue pages = messages -> {
        sends.incrementAndGet();
        assertTrue(messages.size() <= WarcSplitter.BATCH, "at most ten items per send");
        pageQueue.addAll(messages);
    };
    private final WarcSplitter splitter = new WarcSplitter(store, pages, archiveQueue::addAll);

    /** Every kind of record the issue names; 6 pages among 16 records, the last one cut short. */
    static Warcs mixed(Warcs warc) {
        byte[] article = Pages.article("Harbour budget approved");
        warc.request("https://news.example/a").page("https://news.example/a", article)
                .request("https://news.example/b")
                .response("https://news.example/b", Warcs.DATE, Warcs.http(200, "text/html", Map.of(
                        "Transfer-Encoding", "chunked"), Warcs.chunked(Pages.article("Chunked story"), 100)))
                .response("https://news.example/c", Warcs.DATE, Warcs.http(200, "text/html; charset=utf-8", Map.of(
                        "Content-Encoding", "gzip"), Warcs.gzip(Pages.article("Gzipped story"))))
                .response("https://news.example/ar", Warcs.DATE, Warcs.http(200, "text/html; charset=windows-1256",
                        Map.of(), arabicPage()))
                .revisit("https://news.example/a")
                .metadata("https://news.example/a")
                .response("https://news.example/logo.png", Warcs.DATE, Warcs.http(200, "image/png", Map.of(),
                        new byte[]{(byte) 0x89, 'P', 'N', 'G'}))
                .response("https://news.example/gone", Warcs.DATE, Warcs.http(404, "text/html", Map.of(),
                        "<p>not found</p>".getBytes(StandardCharsets.UTF_8)))
                .response("https://news.example/old", Warcs.DATE, Warcs.http(301, "text/html",
                        Map.of("Location", "https://news.example/a"), new byte[0]))
                .page("https://news.example/a", Warcs.DATE.plusSeconds(60), Pages.article("Harbour budget, updated"))
                .response("https://news.example/br", Warcs.DATE, Warcs.http(200, "text/html; charset=utf-8", Map.of(
                        "Content-Encoding", "br"), Warcs.brotliStored(Pages.article("Brotli story"))))
                .page("https://news.example/last", Pages.article("Cut short"));
        byte[] last = warc.record(warc.size() - 1);
        return warc.replace(warc.size() - 1, Arrays.copyOf(last, last.length / 2));
    }

    static byte[] arabicPage() {
        return ("<html><head><title>الشراكة</title></head><body><article><h1>بغداد وواشنطن تؤكدان استمرار الشراكة</h1>"
                + "<p>" + "أكدت الحكومتان استمرار الشراكة في محاربة الإرهاب وتعزيز التعاون الاقتصادي بين البلدين. ".repeat(12)
                + "</p></article></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1256"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void mixedArchive_sendsOneItemPerHtmlPageWith200_andCountsTheRest(boolean gzip) throws Exception {
        Warcs warc = mixed(gzip ? Warcs.gzipped() : Warcs.plain());
        store.put(BUCKET, KEY, warc.bytes(), "application/warc", Map.of());

        WarcSplitter.Split split = splitter.split(ArchiveJob.of(BUCKET, KEY, null), () -> false);

        assertEquals(WarcSplitter.Ending.FINISHED, split.ending());
        assertEquals(new SplitCounts(6, 7, 1), split.total(), "6 pages; 2 requests, the revisit, "
                + "metadata, png, 404 and 301 skipped; the truncated last record damaged");
        List<ArchivedPage> items = pageQueue.stream().map(m -> ArchiveMessages.page(m).orElseThrow()).toList();
        assertEquals(List.of("https://news.example/a", "https://news.example/b", "https://news.example/c",
                "https://news.example/ar", "https://news.example/a", "https://news.example/br"),
                items.stream().map(ArchivedPage::targetUri).toList());
        assertEquals("windows-1256", items.get(3).charset());
        // Each item's offset and length hold exactly its record: the stored bytes of record 1, 3, 4, 5, 11, 12.
        int[] recordIndex = {1, 3, 4, 5, 11, 12};
        long offset = 0;
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < warc.size(); i++) {
            offsets.add(offset);
            offset += warc.record(i).length;
        }
        for (int i = 0; i < items.size(); i++) {
            assertEquals(offsets.get(recordIndex[i]), items.get(i).offset(), "offset of item " + i);
            assertEquals(warc.record(recordIndex[i]).length, items.get(i).length(), "length of item " + i);
            byte[] bytes = store.readRange(BUCKET, KEY, null, items.get(i).offset(), (int) items.get(i).length())
                    .orElseThrow();
            ArchivedResponse response = ArchivedResponse.read(bytes, 1 << 20);
            assertEquals(items.get(i).targetUri(), response.targetUri());
            assertTrue(response.payload().length > 500, "decoded payload of " + response.targetUri());
        }
        assertEquals("Brotli story", title(items.get(5)));
        assertEquals("Chunked story", title(items.get(1)));
        assertEquals("Gzipped story", title(items.get(2)));
        assertTrue(archiveQueue.isEmpty(), "no continuation for a finished split");
    }

    private String title(ArchivedPage item) throws ArchivedResponse.Unreadable {
        byte[] bytes = store.readRange(BUCKET, KEY, null, item.offset(), (int) item.length()).orElseThrow();
        String html = new String(ArchivedResponse.read(bytes, 1 << 20).payload(), StandardCharsets.UTF_8);
        return html.substring(html.indexOf("<title>") + 7, html.indexOf("</title>"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void splitInterruptedAfterEveryRecord_losesNothingAndDuplicatesNothing(boolean gzip) {
        Warcs warc = mixed(gzip ? Warcs.gzipped() : Warcs.plain());
        store.put(BUCKET, KEY, warc.bytes(), "application/warc", Map.of());
        splitter.split(ArchiveJob.of(BUCKET, KEY, null), () -> false);
        List<String> whole = List.copyOf(pageQueue);

        for (int stopAfter = 1; stopAfter <= warc.size(); stopAfter++) {
            pageQueue.clear();
            archiveQueue.clear();
            int parts = 0;
            ArchiveJob job = ArchiveJob.of(BUCKET, KEY, null);
            WarcSplitter.Split split;
            do {
                int limit = stopAfter;
                AtomicInteger seen = new AtomicInteger();
                split = splitter.split(job, () -> seen.incrementAndGet() >= limit);
                parts++;
                if (split.continuation() != null) {
                    assertEquals(1, archiveQueue.size(), "one continuation per interrupted part");
                    job = ArchiveMessages.job(archiveQueue.removeFirst());
                }
            } while (split.ending() == WarcSplitter.Ending.CONTINUED);
            assertEquals(whole, pageQueue, "stopping every " + stopAfter + " records");
            assertEquals(new SplitCounts(6, 7, 1), split.total(), "the last part reports the whole archive");
            assertTrue(parts > 1 || stopAfter >= warc.size() - 1, "the split was interrupted");
        }
    }

    @Test
    void splitterDyingBeforeItsContinuation_isRunAgainAndResendsTheSameItems() {
        Warcs warc = mixed(Warcs.gzipped());
        store.put(BUCKET, KEY, warc.bytes(), "application/warc", Map.of());
        WarcSplitter dying = new WarcSplitter(store, pages, messages -> {
            throw new IllegalStateException("the function timed out before the continuation was sent");
        });
        AtomicInteger seen = new AtomicInteger();
        try {
            dying.split(ArchiveJob.of(BUCKET, KEY, null), () -> seen.incrementAndGet() >= 6);
        } catch (IllegalStateException expected) {
            // SQS redelivers the job
        }
        List<String> sentBeforeDying = List.copyOf(pageQueue);
        splitter.split(ArchiveJob.of(BUCKET, KEY, null), () -> false);

        assertEquals(sentBeforeDying, pageQueue.subList(sentBeforeDying.size(), 2 * sentBeforeDying.size()),
                "the redelivered job sends identical items, which make the same records");
        assertEquals(6, new HashSet<>(pageQueue).size());
    }

    @Test
    void corruptGzipMemberInTheMiddle_pagesBeforeAndAfterAreStillSent() {
        Warcs warc = Warcs.gzipped();
        for (int i = 0; i < 9; i++) {
            warc.page("https://news.example/" + i, Pages.article("Story " + i));
        }
        warc.replace(4, Warcs.corruptGzipMember(warc.record(4)));
        store.put(BUCKET, KEY, warc.bytes(), "application/warc", Map.of());

        WarcSplitter.Split split = splitter.split(ArchiveJob.of(BUCKET, KEY, null), () -> false);

        assertEquals(new SplitCounts(8, 0, 1), split.total());
        assertEquals(List.of("0", "1", "2", "3", "5", "6", "7", "8"), targets().stream()
                .map(t -> t.substring(t.lastIndexOf('/') + 1)).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {+200, -200})
    void recordWithALyingContentLength_isDamagedAndItsNeighboursAreSent(int lie) {
        for (boolean gzip : new boolean[]{true, false}) {
            pageQueue.clear();
            Warcs warc = gzip ? Warcs.gzipped() : Warcs.plain();
            for (int i = 0; i < 5; i++) {
                warc.page("https://news.example/" + i, Pages.article("Story " + i));
            }
            Warcs plainCopy = Warcs.plain().page("https://news.example/2", Pages.article("Story 2"));
            byte[] liar = lyingLength(plainCopy.record(0), lie);
            warc.replace(2, gzip ? Warcs.gzip(liar) : liar);
            store.put(BUCKET, KEY, warc.bytes(), "application/warc", Map.of());

            WarcSplitter.Split split = splitter.split(ArchiveJob.of(BUCKET, KEY, null), () -> false);

            assertEquals(1, split.total().damaged(), "gzip " + gzip + ", lie " + lie);
            assertTrue(targets().containsAll(List.of("https://news.example/0", "https://news.example/1",
                    "https://news.example/3", "https://news.example/4")), "gzip " + gzip + ": " + targets());
            assertTrue(!targets().contains("https://news.example/2") || split.total().pages() == 5);
        }
    }

    private static byte[] lyingLength(byte[] plainRecord, int lie) {
        String text = new String(plainRecord, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(text);
        assertTrue(m.find());
        long stated = Long.parseLong(m.group(1));
        return (text.substring(0, m.start(1)) + (stated + lie) + text.substring(m.end(1)))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void warcGzThatIsNotAWarc_endsWithADamagedRecordAndNoPage() {
        store.put(BUCKET, KEY, Warcs.gzip("just a text file, named like an archive\n".repeat(50)
                .getBytes(StandardCharsets.UTF_8)), "application/gzip", Map.of());

        WarcSplitter.Split split = splitter.split(ArchiveJob.of(BUCKET, KEY, null), () -> false);

        assertEquals(WarcSplitter.Ending.FINISHED, split.ending());
        assertEquals(0, split.total().pages());
        assertTrue(split.total().damaged() >= 1, "said to be unreadable, not silently empty");
        assertTrue(pageQueue.isEmpty());
    }

    @Test
    void hundredThousandTinyRecords_areSplitInOnePassWithTheItemsSentTenAtATime() {
        Warcs warc = Warcs.gzipped();
        byte[] tiny = "<html><title>t</title></html>".getBytes(StandardCharsets.UTF_8);
        warc.page("https://news.example/0", tiny);
        byte[] member = warc.record(0);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 100_000; i++) {
            all.writeBytes(member);
        }
        store.put(BUCKET, KEY, all.toByteArray(), "application/warc", Map.of());
        List<String> received = new ArrayList<>();
        AtomicInteger items = new AtomicInteger();
        WarcSplitter counting = new WarcSplitter(store, messages -> items.addAndGet(messages.size()), received::addAll);
        long start = System.nanoTime();

        WarcSplitter.Split split = counting.split(ArchiveJob.of(BUCKET, KEY, null), () -> false);

        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertEquals(new SplitCounts(100_000, 0, 0), split.total());
        assertEquals(100_000, items.get());
        assertTrue(seconds < 60, "a generous bound against quadratic work: " + seconds + " s");
    }

    @Test
    void archiveDeletedWhileSplit_endsAsGoneKeepingTheItemsSent() {
        Warcs warc = Warcs.gzipped();
        for (int i = 0; i < 40; i++) {
            warc.page("https://news.example/" + i, Pages.article("Story " + i));
        }
        byte[] bytes = warc.bytes();
        store.put(BUCKET, KEY, bytes, "application/warc", Map.of());
        dev.newsdrop.ports.RawObjectStore deleting = new dev.newsdrop.ports.RawObjectStore() {
            @Override
            public Stored put(String bucket, String key, byte[] b, String type, Map<String, String> metadata) {
                return store.put(bucket, key, b, type, metadata);
            }

            @Override
            public Optional<dev.newsdrop.ports.RawObject> read(String bucket, String key, String versionId, long max) {
                return store.read(bucket, key, versionId, max);
            }

            @Override
            public Optional<byte[]> readRange(String bucket, String key, String versionId, long offset, int length) {
                return store.readRange(bucket, key, versionId, offset, length);
            }

            @Override
            public Optional<InputStream> open(String bucket, String key, String versionId, long offset) {
                return store.open(bucket, key, versionId, offset).map(in -> new FilterInputStream(in) {
                    private long read;

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (read > bytes.length / 2) {
                            store.delete(bucket, key); // the object is deleted; the connection breaks
                            throw new IOException("connection reset");
                        }
                        int n = super.read(b, off, Math.min(len, 1024));
                        read += Math.max(n, 0);
                        return n;
                    }
                });
            }
        };

        WarcSplitter.Split split = new WarcSplitter(deleting, pages, archiveQueue::addAll)
                .split(ArchiveJob.of(BUCKET, KEY, null), () -> false);

        assertEquals(WarcSplitter.Ending.GONE, split.ending());
        assertTrue(split.total().pages() > 5 && split.total().pages() < 40, "pages before the deletion: "
                + split.total().pages());
        assertEquals(split.total().pages(), pageQueue.size());
        assertNull(split.continuation());
        assertTrue(archiveQueue.isEmpty());
    }

    @Test
    void archiveRecognisedByNameOrFirstBytes() {
        assertTrue(Archives.isArchiveKey("raw/drop/CC-NEWS-20261130.warc.gz"));
        assertTrue(Archives.isArchiveKey("raw/a.WARC"));
        assertTrue(!Archives.isArchiveKey("raw/a.html.gz"));
        assertTrue(Archives.startsLikeWarc(Warcs.gzipped().page("https://a.example/", new byte[10]).bytes()));
        assertTrue(Archives.startsLikeWarc(Warcs.plain().page("https://a.example/", new byte[10]).bytes()));
        assertTrue(!Archives.startsLikeWarc(Warcs.gzip("<html>".getBytes(StandardCharsets.UTF_8))));
        assertTrue(!Archives.startsLikeWarc("<html>WARC/1.1".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void messages_roundTrip() {
        ArchivedPage page = new ArchivedPage(BUCKET, KEY, "v1", 1234, 567, "https://a.example/x?y=1",
                "2026-11-30T08:00:00Z", "<urn:uuid:1>", "windows-1256");
        assertEquals(Optional.of(page), ArchiveMessages.page(ArchiveMessages.toJson(page)));
        assertEquals(Optional.empty(), ArchiveMessages.page("{\"Records\":[]}"));
        ArchiveJob job = new ArchiveJob(BUCKET, KEY, "v1", 99, new SplitCounts(1, 2, 3));
        assertEquals(job, ArchiveMessages.job(ArchiveMessages.toJson(job)));
        assertEquals(ArchiveJob.of(BUCKET, KEY, null),
                ArchiveMessages.job("{\"bucket\":\"" + BUCKET + "\",\"key\":\"" + KEY + "\",\"offset\":0}"));
    }

    private List<String> targets() {
        return pageQueue.stream().map(m -> ArchiveMessages.page(m).orElseThrow().targetUri()).toList();
    }
}
