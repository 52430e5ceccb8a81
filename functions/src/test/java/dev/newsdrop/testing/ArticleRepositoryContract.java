package dev.newsdrop.testing;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.ArticleRepository.ListQuery;
import dev.newsdrop.ports.ArticleRepository.Page;
import dev.newsdrop.ports.ArticleRepository.SaveResult;
import dev.newsdrop.ports.InvalidCursorException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link ArticleRepository} must do, run against the in-memory one (a unit test) and
 * the DynamoDB one (an IT over the emulator), so the fast tests of the core rest on the same
 * behaviour as production. Each test uses its own site or language, so tests share a store.
 */
public abstract class ArticleRepositoryContract {

    /** Read budget the stores under test are built with, small enough to spend in a test. */
    protected static final int READ_BUDGET = 40;

    /** The store under test, with {@link #READ_BUDGET} and a cursor key of its own. */
    protected abstract ArticleRepository repository();

    /** The same store's data behind a cursor key of another deployment. */
    protected abstract ArticleRepository withOtherCursorKey();

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String site(String name) {
        return name + "-" + run + ".example";
    }

    private static String id(int n, String salt) {
        return String.format("%08x", Math.abs(salt.hashCode())) + String.format("%024x", n);
    }

    @Test
    void newRecord_isWrittenAndFound() {
        ArticleRecord r = Records.article(id(1, run), "https://" + site("a") + "/1", null, "en", "raw/" + run, "0A", "h1");
        assertEquals(SaveResult.WRITTEN, repository().save(r, false));
        assertEquals("h1", repository().find(r.id()).orElseThrow().contentHash());
    }

    @Test
    void sameEventTwice_isUnchanged_andAnOlderEventIsSuperseded() {
        String key = "raw/seq-" + run;
        ArticleRecord newer = Records.article(id(2, run), null, null, null, key, "0B", "new");
        ArticleRecord older = Records.article(id(2, run), null, null, null, key, "0A", "old");
        assertEquals(SaveResult.WRITTEN, repository().save(newer, false));
        assertEquals(SaveResult.UNCHANGED, repository().save(newer, false));
        assertEquals(SaveResult.SUPERSEDED, repository().save(older, false));
        assertEquals("new", repository().find(newer.id()).orElseThrow().contentHash());
    }

    @Test
    void findAll_readsManyIdsTogether_eachRecordWhole_andLeavesOutIdsWithoutOne() {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 150; n++) {
            ids.add(id(1_000 + n, run));
        }
        ArticleRecord first = Records.article(ids.get(3), null, null, null, "raw/many-a-" + run, "0A", "ha");
        ArticleRecord last = Records.article(ids.get(140), null, null, null, "raw/many-b-" + run, "0B", "hb");
        repository().save(first, false);
        repository().save(last, false);

        Map<String, ArticleRecord> found = repository().findAll(ids);

        assertEquals(Set.of(first.id(), last.id()), found.keySet());
        assertEquals(repository().find(first.id()).orElseThrow(), found.get(first.id()));
        assertEquals(repository().find(last.id()).orElseThrow(), found.get(last.id()));
        assertEquals(Map.of(), repository().findAll(List.of(id(1_200, run))));
    }

    @Test
    void newerEventOrNewExtractor_replacesTheRecord() {
        String key = "raw/newer-" + run;
        repository().save(Records.article(id(3, run), null, null, null, key, "0A", "v1"), false);
        assertEquals(SaveResult.WRITTEN,
                repository().save(Records.article(id(3, run), null, null, null, key, "0B", "v2"), false));
        assertEquals("v2", repository().find(id(3, run)).orElseThrow().contentHash());
    }

    @Test
    void recordOfAnotherObject_isReplacedOnlyWhenAllowed() {
        ArticleRecord first = Records.article(id(4, run), null, null, null, "raw/first-" + run, "0A", "first");
        ArticleRecord other = Records.article(id(4, run), null, null, null, "raw/other-" + run, "0F", "other");
        repository().save(first, false);

        assertEquals(SaveResult.CLAIMED, repository().save(other, false));
        assertEquals("first", repository().find(first.id()).orElseThrow().contentHash());

        assertEquals(SaveResult.WRITTEN, repository().save(other, true));
        assertEquals("other", repository().find(first.id()).orElseThrow().contentHash());
    }

    @Test
    void archivedPages_fromTwoArchives_theLaterCaptureHoldsTheRecord_andNeverAnUploadsRecord() {
        String older = "0000000000000A000000000000000010";
        String later = "0000000000000B000000000000000020";
        ArticleRecord early = Records.archived(id(7, run), "raw/a-" + run + ".warc.gz", 16, older, "early");
        ArticleRecord late = Records.archived(id(7, run), "raw/b-" + run + ".warc.gz", 32, later, "late");

        assertEquals(SaveResult.WRITTEN, repository().save(late, false));
        assertEquals(SaveResult.SUPERSEDED, repository().save(early, false));
        assertEquals(SaveResult.UNCHANGED, repository().save(late, false));
        ArticleRecord read = repository().find(late.id()).orElseThrow();
        assertEquals("late", read.contentHash());
        assertEquals(late.source(), read.source(), "offset, length and warcRecordId round-trip");

        ArticleRecord first = Records.archived(id(8, run), "raw/c-" + run + ".warc.gz", 16, older, "first");
        repository().save(first, false);
        assertEquals(SaveResult.WRITTEN, repository().save(
                Records.archived(id(8, run), "raw/d-" + run + ".warc.gz", 32, later, "second"), false));
        assertEquals("second", repository().find(first.id()).orElseThrow().contentHash());

        ArticleRecord upload = Records.article(id(9, run), null, null, null, "raw/u-" + run + ".html", "0A", "upload");
        repository().save(upload, false);
        assertEquals(SaveResult.CLAIMED, repository().save(
                Records.archived(id(9, run), "raw/e-" + run + ".warc.gz", 32, later, "archived"), false));
        assertEquals("upload", repository().find(upload.id()).orElseThrow().contentHash());
    }

    @Test
    void duplicateAndPreviousSource_roundTrip() {
        ArticleRecord first = Records.article(id(5, run), null, null, null, "raw/p-" + run, null, "p");
        ArticleRecord moved = first.withId(id(6, run), first.id()).withPreviousSource(first.source());
        repository().save(moved, false);
        ArticleRecord read = repository().find(moved.id()).orElseThrow();
        assertEquals(first.id(), read.duplicateOf());
        assertEquals(first.source(), read.previousSource());
    }

    @Test
    void listing_isNewestFirst_andPagesCoverEveryRecordOnce() {
        String site = site("order");
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            // Two records share each second, so the id orders them.
            String published = "2025-05-0" + (1 + n / 2) + "T10:00:00Z";
            ArticleRecord r = Records.listed(id(100 + n, run), "https://www." + site + "/" + n, published, "en");
            repository().save(r, false);
        }
        for (int n = 6; n >= 0; n--) {
            expected.add(id(100 + n, run));
        }
        List<String> seen = new ArrayList<>();
        ListQuery query = new ListQuery(site, null, null, null, 3, null);
        int pages = 0;
        Page page;
        do {
            page = repository().list(query);
            pages++;
            page.items().forEach(r -> seen.add(r.id()));
            query = query.from(page.next());
        } while (page.next() != null);
        assertEquals(expected, seen);
        assertTrue(pages <= 4, "3 pages of 3, 3, 1, and at most one empty end page: " + pages);
    }

    @Test
    void sparseLanguageListing_fillsEachPage_withoutEmptyPagesThatCarryACursor() {
        String site = site("sparse");
        // 2 en-GB records among 30 en-US ones: the exact language is a filter over the "en" partition.
        for (int n = 0; n < 32; n++) {
            String language = n == 3 || n == 25 ? "en-GB" : "en-US";
            repository().save(Records.listed(id(200 + n, run), "https://" + site + "/" + n,
                    String.format("2024-01-01T00:00:%02dZ", n), language), false);
        }
        ListQuery query = new ListQuery(null, "en-GB", Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:59Z"), 1, null);
        List<String> found = new ArrayList<>();
        int requests = 0;
        Page page;
        do {
            page = repository().list(query);
            requests++;
            assertFalse(page.items().isEmpty() && page.next() != null, "an empty page with a cursor, request " + requests);
            page.items().forEach(r -> found.add(r.id()));
            query = query.from(page.next());
        } while (page.next() != null && requests < 50);
        assertEquals(List.of(id(225, run), id(203, run)), found);
        assertTrue(requests <= 3, "2 items took " + requests + " requests");
    }

    @Test
    void readBudget_spent_returnsAShortPageWithACursor_thatLeadsOn() {
        String site = site("budget");
        for (int n = 0; n < READ_BUDGET + 10; n++) {
            String language = n == 0 ? "fr-CA" : "fr-FR";
            repository().save(Records.listed(id(300 + n, run), "https://" + site + "/" + n,
                    String.format("2023-02-01T00:%02d:00Z", n), language), false);
        }
        ListQuery query = new ListQuery(site, "fr-CA", null, null, 5, null);
        Page first = repository().list(query);
        assertTrue(first.items().isEmpty(), "the only fr-CA record is the oldest, beyond the budget");
        assertNotNull(first.next(), "a page cut by the budget carries a cursor");
        Page second = repository().list(query.from(first.next()));
        assertEquals(List.of(id(300, run)), second.items().stream().map(ArticleRecord::id).toList());
        assertNull(second.next());
    }

    @Test
    void cursor_thatWasAltered_forged_signedElsewhere_orOfAnotherListing_isRefused() {
        String site = site("cursor");
        for (int n = 0; n < 3; n++) {
            repository().save(Records.listed(id(400 + n, run), "https://" + site + "/" + n,
                    "2022-03-0" + (n + 1), "de"), false);
        }
        ListQuery query = new ListQuery(site, null, null, null, 1, null);
        String cursor = repository().list(query).next();
        assertNotNull(cursor);
        assertEquals(1, repository().list(query.from(cursor)).items().size());

        String body = cursor.substring(0, cursor.indexOf('.'));
        String json = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8);
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                json.replace(id(402, run), id(400, run)).getBytes(StandardCharsets.UTF_8)) + cursor.substring(cursor.indexOf('.'));
        for (String bad : List.of(altered, body, body + ".AAAA", "%%%", "A".repeat(5000))) {
            assertThrows(InvalidCursorException.class, () -> repository().list(query.from(bad)), bad);
        }
        assertThrows(InvalidCursorException.class, () -> withOtherCursorKey().list(query.from(cursor)));
        assertThrows(InvalidCursorException.class,
                () -> repository().list(new ListQuery(site("elsewhere"), null, null, null, 1, cursor)));
        assertThrows(InvalidCursorException.class,
                () -> repository().list(new ListQuery(site, "de", null, null, 1, cursor)));
    }

    @Test
    void timeRange_isInclusive_toTheSecond() {
        String site = site("range");
        repository().save(Records.listed(id(500, run), "https://" + site + "/a", "2021-06-01T00:00:00Z", null), false);
        repository().save(Records.listed(id(501, run), "https://" + site + "/b", "2021-06-02T00:00:00Z", null), false);
        repository().save(Records.listed(id(502, run), "https://" + site + "/c", "2021-06-03T00:00:00Z", null), false);
        Page page = repository().list(new ListQuery(site, null, Instant.parse("2021-06-01T00:00:00Z"),
                Instant.parse("2021-06-02T00:00:00Z"), 10, null));
        assertEquals(List.of(id(501, run), id(500, run)), page.items().stream().map(ArticleRecord::id).toList());
        assertNull(page.next());
    }

    @Test
    void statusAndTitleFilters_listOnlyMatchingRecords_ignoringTheTitlesCase_andPageOnThem() {
        String site = site("filters");
        for (int n = 0; n < 12; n++) {
            ArticleRecord r = Records.listed(id(600 + n, run), "https://" + site + "/" + n,
                    String.format("2020-04-01T00:00:%02dZ", n), n % 2 == 0 ? "ar" : "en");
            ArticleStatus status = n % 3 == 0 ? ArticleStatus.NOT_ARTICLE : ArticleStatus.EXTRACTED;
            String title = n % 4 == 0 ? "Breaking: the Dam opens " + n : "بغداد وواشنطن " + n;
            repository().save(new ArticleRecord(r.id(), r.url(), null, null, title, List.of(), r.publishedAt(), null,
                    r.language(), r.direction(), null, null, null, List.of(), null, r.text(), r.html(), 3, 1, status,
                    status.isSuccess() ? null : "a listing page", r.source(), r.contentHash(), r.extractorVersion(),
                    r.processedAt()), false);
        }
        List<String> notArticles = new ArrayList<>();
        ListQuery byStatus = new ListQuery(site, null, null, null, ArticleStatus.NOT_ARTICLE, null, 2, null);
        Page page;
        do {
            page = repository().list(byStatus);
            page.items().forEach(r -> notArticles.add(r.id()));
            byStatus = byStatus.from(page.next());
        } while (page.next() != null);
        assertEquals(List.of(id(609, run), id(606, run), id(603, run), id(600, run)), notArticles);

        Page dam = repository().list(new ListQuery(site, null, null, null, null, "the dAM", 10, null));
        assertEquals(List.of(id(608, run), id(604, run), id(600, run)), dam.items().stream().map(ArticleRecord::id).toList());
        Page arabic = repository().list(new ListQuery(site, "ar", null, null, ArticleStatus.EXTRACTED, "واشنطن", 10, null));
        assertEquals(List.of(id(610, run), id(602, run)), arabic.items().stream().map(ArticleRecord::id).toList());

        String cursor = repository().list(new ListQuery(site, null, null, null, null, "dam", 1, null)).next();
        assertNotNull(cursor);
        assertThrows(InvalidCursorException.class,
                () -> repository().list(new ListQuery(site, null, null, null, null, "dams", 1, cursor)));
        assertThrows(InvalidCursorException.class, () -> repository().list(
                new ListQuery(site, null, null, null, ArticleStatus.EXTRACTED, "dam", 1, cursor)));
    }

    @Test
    void listingByExtractorVersion_holdsThatVersionsRecordsOnly_newestFirst_acrossPages() {
        String old = "old-" + run;
        String site = site("versions");
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            ArticleRecord r = Records.listed(id(700 + n, run), "https://" + site + "/" + n,
                    String.format("2023-02-03T04:05:%02dZ", n), "en");
            boolean stale = n % 3 != 0;
            repository().save(stale ? Records.madeBy(r, old) : r, false);
            if (stale) {
                expected.addFirst(r.id());
            }
        }
        List<String> seen = new ArrayList<>();
        ListQuery query = new ListQuery(null, null, null, null, old, 2, null);
        Page page;
        do {
            page = repository().list(query);
            page.items().forEach(r -> {
                assertEquals(old, r.extractorVersion());
                seen.add(r.id());
            });
            query = query.from(page.next());
        } while (page.next() != null);
        assertEquals(expected, seen);
        String cursor = repository().list(new ListQuery(null, null, null, null, old, 2, null)).next();
        assertThrows(InvalidCursorException.class,
                () -> repository().list(new ListQuery(null, null, null, null, "other-" + run, 2, cursor)));
    }
}
