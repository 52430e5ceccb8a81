package dev.newsdrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.ports.StoreBusyException;
import dev.newsdrop.process.ObjectEvent;
import dev.newsdrop.process.RecordIds;
import dev.newsdrop.testing.Events;
import dev.newsdrop.testing.InMemoryPipeline;
import dev.newsdrop.testing.Pages;
import dev.newsdrop.testing.Records;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API over the in-memory ports: validation, the id flow and listings, without any emulator. */
class ArticlesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final InMemoryPipeline core = new InMemoryPipeline();

    @Test
    void throttledStore_answers429WithRetryAfter() {
        core.articles.failWith(new StoreBusyException("reading a record was throttled", null));

        ApiResponse response = core.api.handle(get("/articles/" + "a".repeat(32)));

        assertEquals(429, response.status());
        assertEquals("1", response.headers().get("Retry-After"));
        assertEquals("application/problem+json", response.headers().get("Content-Type"));
    }

    @Test
    void unexpectedFailure_answers500WithoutTheInternalMessage() {
        core.articles.failWith(new IllegalStateException("secret internal detail"));

        ApiResponse response = core.api.handle(get("/articles"));

        assertEquals(500, response.status());
        assertFalse(response.body().contains("secret"), response.body());
        assertTrue(response.body().contains("\"status\":500"), response.body());
    }

    @Test
    void invalidListingParameters_areRefusedWith400_beforeTheStoreIsAsked() {
        core.articles.failWith(new IllegalStateException("the store must not be reached"));
        for (String query : List.of("site=not a host", "site=" + "a".repeat(300), "lang=english", "lang=e",
                "since=yesterday", "until=2024-13-01", "since=2024-03-02&until=2024-03-01", "limit=0", "limit=101",
                "limit=abc", "limit=-1", "status=extracted", "status=DONE", "title=", "title=   ",
                "title=" + "x".repeat(201), "extractorVersion=" + "9".repeat(65), "extractorVersion=-1",
                "extractorVersion=1.6.0&site=site.example", "extractorVersion=1.6.0&lang=ar")) {
            ApiResponse response = core.api.handle(get("/articles", query));
            assertEquals(400, response.status(), query + " → " + response.body());
            assertEquals("application/problem+json", response.headers().get("Content-Type"));
        }
    }

    @Test
    void listing_byStatusAndTitleSubstring_answersOnlyMatchingRecords() throws Exception {
        for (int n = 0; n < 4; n++) {
            ArticleRecord r = Records.listed("0000000000000000000000000000000" + n, "https://herald.example/" + n,
                    "2024-05-0" + (n + 1) + "T00:00:00Z", "en");
            core.articles.save(new ArticleRecord(r.id(), r.url(), null, null, n < 2 ? "Harbour news " + n : "Other " + n,
                    List.of(), r.publishedAt(), null, r.language(), r.direction(), null, null, null, List.of(), null,
                    r.text(), r.html(), 3, 1, n == 0 ? dev.newsdrop.model.ArticleStatus.NOT_ARTICLE : r.status(),
                    n == 0 ? "a listing page" : null, r.source(), r.contentHash(), r.extractorVersion(), r.processedAt()),
                    false);
        }

        JsonNode harbour = JSON.readTree(core.api.handle(get("/articles", "title=HARBOUR")).body());
        JsonNode extractedHarbour = JSON.readTree(core.api.handle(get("/articles", "title=harbour&status=EXTRACTED")).body());

        assertEquals(List.of("00000000000000000000000000000001", "00000000000000000000000000000000"), ids(harbour));
        assertEquals(List.of("00000000000000000000000000000001"), ids(extractedHarbour));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void invalidIds_andSubmissions_areRefusedWithClearProblems() {
        assertEquals(400, core.api.handle(get("/articles/ABC")).status());
        assertEquals(400, core.api.handle(get("/articles/" + "g".repeat(32))).status());
        assertEquals(404, core.api.handle(get("/articles/" + "a".repeat(32))).status());
        assertEquals(415, core.api.handle(post("/articles", null, "<p>x</p>", Map.of())).status());
        assertEquals(415, core.api.handle(post("/articles", "image/png", "x", Map.of())).status());
        assertEquals(400, core.api.handle(post("/articles", "text/html", "", Map.of())).status());
        assertEquals(400, core.api.handle(post("/articles", "text/html", "<p>x</p>", Map.of("url", "javascript:alert(1)"))).status());
        assertEquals(400, core.api.handle(post("/articles", "text/html", "<p>x</p>", Map.of("url", "/relative"))).status());
        assertEquals(400, core.api.handle(post("/articles", "text/html\r\nX-Evil: 1", "<p>x</p>", Map.of())).status());
        assertEquals(400, core.api.handle(post("/articles", "application/json", "{\"url\": 3}", Map.of())).status());
        assertEquals(400, core.api.handle(post("/articles", "application/json", "not json", Map.of())).status());
        assertEquals(405, core.api.handle(new ApiRequest("DELETE", "/articles", Map.of(), Map.of(), null)).status());
        assertTrue(core.articles.all().isEmpty(), "nothing refused was stored");
    }

    @Test
    void waitedSubmission_extractsThePageOnce_andAnswersWithTheStoredRecord() throws Exception {
        ApiResponse response = core.api.handle(post("/articles", "text/html; charset=utf-8",
                page("Harbour reopens", "https://herald.example/news/harbour"),
                Map.of("wait", "true", "url", "https://herald.example/news/harbour")));

        assertEquals(201, response.status(), response.body());
        assertEquals(1, core.extractions.get(), "one extraction for a waited submission");
        assertEquals(0, core.idPasses.get(), "no separate id pass: the stored record names its id");
        String id = JSON.readTree(response.body()).get("id").asText();
        assertEquals("/articles/" + id, response.headers().get("Location"));
        assertEquals("Harbour reopens", core.articles.find(id).orElseThrow().title());
    }

    /** Issue 14, pattern 5: a verdict is a label; a NOT_ARTICLE record keeps its text from extraction to the API. */
    @Test
    void notArticleVerdict_keepsTextAndHtml_inTheStoredRecordAndEveryAnswer() throws Exception {
        String html = "<html><head><title>Ferry office</title></head><body><nav><a href='/'>Home</a></nav>"
                + "<div><p>The ferry office on the quay is closed on Monday for repairs to its roof.</p></div></body></html>";

        ApiResponse posted = core.api.handle(post("/articles", "text/html", html,
                Map.of("wait", "true", "url", "https://herald.example/notices/ferry-office")));
        assertEquals(201, posted.status(), posted.body());
        String id = JSON.readTree(posted.body()).get("id").asText();
        JsonNode fetched = JSON.readTree(core.api.handle(get("/articles/" + id)).body());
        JsonNode extracted = JSON.readTree(core.api.handle(post("/extract", "text/html", html, Map.of())).body());

        for (JsonNode answer : List.of(JSON.readTree(posted.body()), fetched, extracted)) {
            assertEquals("NOT_ARTICLE", answer.get("status").asText(), answer.toString());
            assertTrue(answer.get("text").asText().contains("closed on Monday for repairs to its roof"), answer.toString());
            assertTrue(answer.get("html").asText().contains("<p>The ferry office on the quay"), answer.toString());
        }
        assertTrue(core.articles.find(id).orElseThrow().text().contains("closed on Monday"));
    }

    @Test
    void acceptedSubmission_namesItsIdWithACheapPass_andProcessingExtractsOnce() throws Exception {
        ApiResponse response = core.api.handle(post("/articles", "text/html",
                page("Ferry timetable changes", "https://herald.example/news/ferry"), Map.of()));

        assertEquals(202, response.status(), response.body());
        assertEquals(0, core.extractions.get(), "no extraction before the page is processed");
        assertEquals(1, core.idPasses.get());
        String id = JSON.readTree(response.body()).get("id").asText();

        List<String> keys = core.raw.keys(InMemoryPipeline.BUCKET);
        assertEquals(1, keys.size());
        assertTrue(keys.getFirst().startsWith("raw/api/"), keys.getFirst());
        ArticleRecord record = core.processor.process(
                new ObjectEvent(InMemoryPipeline.BUCKET, keys.getFirst(), null, null, 0, "0A")).record();
        assertEquals(1, core.extractions.get());
        assertEquals(id, record.id(), "the id the API promised is the record's");
    }

    /** Issue 12, finding 1: the curl repro, every story pointing its canonical at the home page. */
    @Test
    void storiesWhoseCanonicalIsTheSiteRoot_keepOneRecordEach() throws Exception {
        for (int n = 1; n <= 3; n++) {
            String html = "<html><head><title>Distinct story " + n + "</title><link rel=canonical href=\"https://site.example/\">"
                    + "</head><body><article><p>Completely different article number " + n + " with its own prose, long "
                    + "enough to be extracted as the body.</p></article></body></html>";
            ApiResponse posted = core.api.handle(post("/articles", "text/html", html,
                    Map.of("wait", "true", "url", "https://site.example/news/story-" + n)));
            assertEquals(201, posted.status(), posted.body());
        }

        JsonNode listed = JSON.readTree(core.api.handle(get("/articles", "site=site.example")).body());

        List<String> titles = new ArrayList<>();
        listed.get("items").forEach(item -> titles.add(item.get("title").asText()));
        titles.sort(String::compareTo);
        assertEquals(List.of("Distinct story 1", "Distinct story 2", "Distinct story 3"), titles);
        assertEquals(RecordIds.forCanonicalUrl("https://site.example/news/story-2"),
                core.articles.all().stream().filter(r -> r.title().equals("Distinct story 2")).findFirst().orElseThrow().id(),
                "an untrusted canonical leaves the id to the page's address");
    }

    /** Issue 12, finding 1: a page claiming the seed's canonical URL does not replace the seed's record. */
    @Test
    void pageClaimingTheSeedsCanonicalUrl_inAnotherSpelling_doesNotReplaceTheSeed() throws Exception {
        byte[] seed = Events.bytes("pages/seed-article.html");
        core.raw.put(InMemoryPipeline.BUCKET, "raw/lepoint24/seed.html", seed, "text/html; charset=utf-8", Map.of());
        ArticleRecord original = core.processor.process(
                new ObjectEvent(InMemoryPipeline.BUCKET, "raw/lepoint24/seed.html", null, null, seed.length, "0A")).record();
        String claim = "HTTPS://LEPOINT24.EXAMPLE:443/2024/03/27/baghdad-washington/#comments";

        ApiResponse attack = core.api.handle(post("/articles", "text/html", page("Forged headline", claim),
                Map.of("wait", "true")));

        assertEquals(201, attack.status(), attack.body());
        ArticleRecord seedNow = core.articles.find(original.id()).orElseThrow();
        assertEquals(original.title(), seedNow.title(), "the seed's record is intact");
        assertEquals("raw/lepoint24/seed.html", seedNow.source().key());
        JsonNode forged = JSON.readTree(attack.body());
        assertNotEquals(original.id(), forged.get("id").asText(), "the forged page has an id of its own");
        assertEquals(original.id(), forged.get("duplicateOf").asText(), "and says whose id it claimed");
        assertEquals("Forged headline", core.articles.find(forged.get("id").asText()).orElseThrow().title());
    }

    /** Issue 12, finding 13: a sparse language listing never answers an empty page with a cursor. */
    @Test
    void sparseLanguageListing_needsAboutOneRequestPerItem() throws Exception {
        for (int n = 0; n < 150; n++) {
            String language = n == 7 || n == 140 ? "en-GB" : "en-US";
            core.articles.save(Records.listed(String.format("%032x", n), "https://herald.example/" + n,
                    String.format("2024-02-01T00:%02d:%02dZ", n / 60, n % 60), language), false);
        }
        List<String> found = new ArrayList<>();
        String cursor = null;
        int requests = 0;
        do {
            Map<String, String> query = new HashMap<>(Map.of("lang", "en-GB", "limit", "1"));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            ApiResponse response = core.api.handle(new ApiRequest("GET", "/articles", query, Map.of(), null));
            JsonNode body = JSON.readTree(response.body());
            requests++;
            body.get("items").forEach(item -> found.add(item.get("id").asText()));
            cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
            assertFalse(body.get("items").isEmpty() && cursor != null, "empty page with a cursor");
        } while (cursor != null && requests < 200);

        assertEquals(List.of(String.format("%032x", 140), String.format("%032x", 7)), found);
        assertTrue(requests <= 3, "2 items took " + requests + " requests");
    }

    @Test
    void tamperedOrForeignCursor_isRefusedWith400() throws Exception {
        for (int n = 0; n < 3; n++) {
            core.articles.save(Records.listed(String.format("%032x", n), "https://herald.example/" + n,
                    "2024-02-0" + (n + 1), "en"), false);
        }
        String cursor = JSON.readTree(core.api.handle(get("/articles", "site=herald.example&limit=1")).body())
                .get("nextCursor").asText();
        String flipped = cursor.substring(0, cursor.length() - 1) + (cursor.endsWith("A") ? "B" : "A");

        assertEquals(200, core.api.handle(get("/articles", "site=herald.example&limit=1&cursor=" + cursor)).status());
        for (String query : List.of("site=herald.example&limit=1&cursor=" + flipped,
                "site=other.example&limit=1&cursor=" + cursor, "limit=1&cursor=" + cursor,
                "site=herald.example&cursor=eyJpZCI6IngifQ")) {
            ApiResponse response = core.api.handle(get("/articles", query));
            assertEquals(400, response.status(), query);
            assertTrue(response.body().contains("cursor"), response.body());
        }
    }

    /** Issue 12, finding 16: an address too long to store is refused for its length, in words. */
    @Test
    void overlongUrl_isRefusedForItsLength_notCalledAnInvalidAddress() {
        String url = "https://site.example/" + "a".repeat(2100);
        ApiResponse response = core.api.handle(post("/extract", "text/html", "<p>x</p>", Map.of("url", url)));

        assertEquals(400, response.status());
        assertTrue(response.body().contains("2121 characters long"), response.body());
        assertFalse(response.body().contains("absolute"), response.body());
    }

    /** An archive uploaded through POST /uploads answers that its pages are records, not a redirect to a missing record. */
    @Test
    void archiveUpload_answersArchive_notARedirectToARecordThatDoesNotExist() throws Exception {
        ApiResponse created = core.api.handle(post("/uploads", "application/json", "{\"archive\": true}", Map.of()));
        assertEquals(201, created.status(), created.body());
        JsonNode slot = JSON.readTree(created.body());
        String key = slot.get("key").asText();
        assertTrue(key.startsWith("raw/api/") && key.endsWith(".warc.gz"), key);
        String status = "/uploads/" + slot.get("uploadId").asText();
        assertEquals("PENDING", JSON.readTree(core.api.handle(get(status)).body()).get("state").asText());

        core.raw.put(InMemoryPipeline.BUCKET, key, warc(), "application/warc", Map.of()); // the client's PUT
        core.processor.process(new ObjectEvent(InMemoryPipeline.BUCKET, key, null, null, 0, "0A"));

        ApiResponse answer = core.api.handle(get(status));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(null, answer.headers().get("Location"));
        JsonNode body = JSON.readTree(answer.body());
        assertEquals("ARCHIVE", body.get("state").asText());
        assertEquals(key, body.get("key").asText());
        assertTrue(body.get("message").asText().contains("record of its own"), body.toString());
        assertEquals(1, core.archiveJobs.size(), "handed to the splitter");
    }

    /** A WARC PUT to a page's upload slot is known by its first bytes, and answered as an archive too. */
    @Test
    void archivePutToAPagesSlot_answersArchive() throws Exception {
        JsonNode slot = JSON.readTree(core.api.handle(post("/uploads", "application/json",
                "{\"url\": \"https://herald.example/crawl\"}", Map.of())).body());
        String key = slot.get("key").asText();
        core.raw.put(InMemoryPipeline.BUCKET, key, warc(), "text/html", Map.of());
        core.processor.process(new ObjectEvent(InMemoryPipeline.BUCKET, key, null, null, 0, "0A"));

        ApiResponse answer = core.api.handle(get("/uploads/" + slot.get("uploadId").asText()));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("ARCHIVE", JSON.readTree(answer.body()).get("state").asText());
    }

    @Test
    void archiveUploadRequests_thatMakeNoSense_areRefused() {
        assertEquals(400, core.api.handle(post("/uploads", "application/json", "{\"archive\": \"yes\"}", Map.of())).status());
        assertEquals(400, core.api.handle(post("/uploads", "application/json",
                "{\"archive\": true, \"url\": \"https://herald.example/\"}", Map.of())).status());
    }

    /** A WARC sent to POST /articles would be answered with an id no record ever takes: it is refused instead. */
    @Test
    void warcBody_isRefusedByArticlesAndExtract_pointingAtUploads_andNothingIsStored() throws Exception {
        byte[] gzipped = warc();
        byte[] plain = dev.newsdrop.testing.Warcs.plain().page("https://herald.example/a", page("A", null)).bytes();
        for (byte[] archive : List.of(gzipped, plain)) {
            for (String path : List.of("/articles", "/extract")) {
                for (Map<String, String> query : List.of(Map.<String, String>of(), Map.of("wait", "true"))) {
                    ApiResponse response = core.api.handle(post(path, "text/html", archive, query));
                    assertEquals(415, response.status(), path + " " + response.body());
                    assertEquals("application/problem+json", response.headers().get("Content-Type"));
                    assertTrue(JSON.readTree(response.body()).get("detail").asText().contains("POST /uploads"),
                            response.body());
                }
            }
        }
        core.web.put("https://herald.example/crawl.warc.gz", gzipped);
        ApiResponse fetched = core.api.handle(post("/articles", "application/json",
                "{\"url\": \"https://herald.example/crawl.warc.gz\"}", Map.of()));
        assertEquals(422, fetched.status(), fetched.body());
        assertTrue(fetched.body().contains("POST /uploads"), fetched.body());
        assertTrue(core.raw.keys(InMemoryPipeline.BUCKET).isEmpty(), "nothing refused was stored");
        assertTrue(core.archiveJobs.isEmpty());
    }

    private static byte[] warc() {
        return dev.newsdrop.testing.Warcs.gzipped()
                .page("https://herald.example/a", page("Archived harbour story", null))
                .page("https://herald.example/b", page("Archived ferry story", null)).bytes();
    }

    private static byte[] page(String headline, String canonical) {
        return Pages.article(headline, "en", null, canonical);
    }

    @Test
    void listingByExtractorVersion_countsTheRecordsAnOlderExtractorMade() throws Exception {
        for (int n = 0; n < 5; n++) {
            ArticleRecord r = Records.listed(String.format("%032x", 900 + n), "https://versions.example/" + n,
                    "2024-05-0" + (n + 1) + "T00:00:00Z", "en");
            core.articles.save(n < 3 ? Records.madeBy(r, "1.5.0") : r, false);
        }
        int counted = 0;
        String cursor = null;
        do {
            ApiResponse response = core.api.handle(get("/articles",
                    "extractorVersion=1.5.0&limit=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            assertEquals(200, response.status(), response.body());
            JsonNode page = JSON.readTree(response.body());
            for (JsonNode item : page.path("items")) {
                assertEquals("1.5.0", item.path("extractorVersion").asText());
                counted++;
            }
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertEquals(3, counted);
    }

    private static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Map.of(), Map.of(), null);
    }

    private static ApiRequest get(String path, String query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return new ApiRequest("GET", path, params, Map.of(), null);
    }

    private static ApiRequest post(String path, String contentType, Object body, Map<String, String> query) {
        byte[] bytes = body instanceof byte[] b ? b : ((String) body).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = contentType == null ? Map.of() : Map.of("content-type", contentType);
        return new ApiRequest("POST", path, query, headers, bytes);
    }
}
