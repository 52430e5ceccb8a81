package dev.newsdrop.process;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.ports.StoreBusyException;
import dev.newsdrop.testing.InMemoryPipeline;
import dev.newsdrop.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The processor's ordering, duplicate and ownership rules over the in-memory ports: no emulator. */
class ArticleProcessorTest {

    private static final String BUCKET = InMemoryPipeline.BUCKET;
    private final InMemoryPipeline core = new InMemoryPipeline(64 * 1024);

    private ObjectEvent put(String key, byte[] page, String sequencer, Map<String, String> metadata) {
        var stored = core.raw.put(BUCKET, key, page, "text/html; charset=utf-8", metadata);
        return new ObjectEvent(BUCKET, key, stored.versionId(), stored.eTag(), page.length, sequencer);
    }

    @Test
    void firstDelivery_isStored_andRepeatsAreUnchanged() {
        ObjectEvent event = put("raw/a.html", Pages.article("Tide tables", "en", null), "0A", Map.of());

        assertEquals(Outcome.Kind.STORED, core.processor.process(event).kind());
        for (int i = 0; i < 3; i++) {
            assertEquals(Outcome.Kind.UNCHANGED, core.processor.process(event).kind());
        }
        assertEquals(1, core.articles.all().size());
        assertEquals(ArticleStatus.EXTRACTED, core.ledger.entry(BUCKET, "raw/a.html").orElseThrow().status());
    }

    @Test
    void olderEventAfterANewerOne_isSuperseded_beforeTheObjectIsRead() {
        ObjectEvent newer = put("raw/b.html", Pages.article("Second version"), "0B", Map.of());
        core.processor.process(newer);
        long reads = core.raw.reads();

        Outcome older = core.processor.process(new ObjectEvent(BUCKET, "raw/b.html", null, null, 1, "0A"));

        assertEquals(Outcome.Kind.SUPERSEDED, older.kind());
        assertNull(older.record());
        assertEquals(reads, core.raw.reads(), "the late event read nothing");
        assertEquals("Second version", core.articles.all().getFirst().title());
    }

    @Test
    void newerEventOfTheSameKey_replacesTheRecord() {
        core.processor.process(put("raw/c.html", Pages.article("First version"), "0A", Map.of()));
        Outcome newer = core.processor.process(put("raw/c.html", Pages.article("Second version"), "0B", Map.of()));

        assertEquals(Outcome.Kind.STORED, newer.kind());
        assertEquals(1, core.articles.all().size());
        assertEquals("Second version", core.articles.all().getFirst().title());
    }

    @Test
    void objectDeletedBeforeItIsRead_isMissing_andNothingIsStored() {
        ObjectEvent event = put("raw/d.html", Pages.article("Soon gone"), "0A", Map.of());
        core.raw.delete(BUCKET, "raw/d.html");

        assertEquals(Outcome.Kind.MISSING, core.processor.process(event).kind());
        assertTrue(core.articles.all().isEmpty());
    }

    @Test
    void objectAboveTheLimit_isATooLargeRecord_withoutExtraction() {
        ObjectEvent event = put("raw/e.html", new byte[64 * 1024 + 1], "0A", Map.of());

        ArticleRecord record = core.processor.process(event).record();

        assertEquals(ArticleStatus.TOO_LARGE, record.status());
        assertEquals(64 * 1024 + 1, record.source().size());
        assertTrue(record.reason().contains("65537"), record.reason());
        assertEquals(0, core.extractions.get());
    }

    @Test
    void storeFailure_propagates_andTheEventCanBeRetried() {
        ObjectEvent event = put("raw/f.html", Pages.article("Retried"), "0A", Map.of());
        core.articles.failWith(new StoreBusyException("writing a record was throttled", null));

        assertThrows(StoreBusyException.class, () -> core.processor.process(event));

        core.articles.failWith(null);
        assertEquals(Outcome.Kind.STORED, core.processor.process(event).kind(), "the retry stores the record");
    }

    /** Issue 12, finding 1: different pages sharing a canonical URL never collapse into one record. */
    @Test
    void pagesSharingACanonicalUrl_fromOtherObjects_keepARecordEach() {
        String shared = "https://herald.example/news/";
        ArticleRecord first = core.processor.process(put("raw/g1.html",
                Pages.article("First story", "en", null, shared), "0A", Map.of())).record();
        ArticleRecord second = core.processor.process(put("raw/g2.html",
                Pages.article("Second story", "en", null, shared), "0A", Map.of())).record();

        assertEquals(RecordIds.forCanonicalUrl(shared), first.id());
        assertNotEquals(first.id(), second.id());
        assertEquals(first.id(), second.duplicateOf());
        assertEquals(RecordIds.forObject(BUCKET, "raw/g2.html"), second.id());
        assertEquals("First story", core.articles.find(first.id()).orElseThrow().title());
        assertEquals(2, core.articles.all().size());
    }

    @Test
    void clientClaimedAddress_isNotEnoughToReplaceAnotherObjectsRecord() {
        String url = "https://herald.example/news/story";
        ArticleRecord first = core.processor.process(put("raw/h1.html",
                Pages.article("Original", "en", null, url), "0A", Map.of())).record();

        ArticleRecord claimant = core.processor.process(put("raw/h2.html",
                Pages.article("Claimant", "en", null, url), "0A", Map.of(ObjectMetadata.URL, url))).record();

        assertNotEquals(first.id(), claimant.id());
        assertEquals("Original", core.articles.find(first.id()).orElseThrow().title());
    }

    @Test
    void pageFetchedFromItsCanonicalAddress_replacesTheRecord_andNamesTheReplacedObject() {
        String url = "https://herald.example/news/story";
        ArticleRecord dropped = core.processor.process(put("raw/i1.html",
                Pages.article("Dropped copy", "en", null, url), "0A", Map.of())).record();

        ArticleRecord fetched = core.processor.process(put("raw/i2.html", Pages.article("Fetched page", "en", null, url),
                "0A", Map.of(ObjectMetadata.URL, url, ObjectMetadata.FETCHED_AT, "2026-12-02T10:00:00Z"))).record();

        assertEquals(dropped.id(), fetched.id());
        assertEquals("raw/i1.html", fetched.previousSource().key());
        ArticleRecord stored = core.articles.find(dropped.id()).orElseThrow();
        assertEquals("Fetched page", stored.title());
        assertEquals("raw/i1.html", stored.previousSource().key(), "the replacement is visible in the record");
    }

    @Test
    void pageFetchedElsewhere_claimingACanonicalUrl_doesNotReplaceIt() {
        String url = "https://herald.example/news/story";
        ArticleRecord original = core.processor.process(put("raw/j1.html",
                Pages.article("Original", "en", null, url), "0A", Map.of())).record();

        ArticleRecord other = core.processor.process(put("raw/j2.html", Pages.article("Other", "en", null, url),
                "0A", Map.of(ObjectMetadata.URL, "https://herald.example/news/other",
                        ObjectMetadata.FETCHED_AT, "2026-12-02T10:00:00Z"))).record();

        assertEquals(RecordIds.forCanonicalUrl("https://herald.example/news/other"), other.id(),
                "it moves to its own address's id");
        assertEquals(original.id(), other.duplicateOf());
        assertEquals("Original", core.articles.find(original.id()).orElseThrow().title());
    }

    @Test
    void redeliveryOfAMovedPage_findsItsOwnRecordAgain() {
        String url = "https://herald.example/news/shared";
        core.processor.process(put("raw/k1.html", Pages.article("One", "en", null, url), "0A", Map.of()));
        ObjectEvent second = put("raw/k2.html", Pages.article("Two", "en", null, url), "0A", Map.of());
        String movedTo = core.processor.process(second).record().id();

        Outcome again = core.processor.process(second);

        assertEquals(Outcome.Kind.UNCHANGED, again.kind());
        assertEquals(movedTo, again.record().id());
        assertEquals(2, core.articles.all().size());
    }
}
