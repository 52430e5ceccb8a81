package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.api.ArticlesApi;
import dev.newsdrop.api.WebPages;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.json.RecordJson;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.testing.Events;
import dev.newsdrop.testing.HostilePages;
import dev.newsdrop.testing.LocalAws;
import dev.newsdrop.testing.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile requests to the HTTP API function, as API Gateway delivers them (events from
 * {@code events/}), on real S3 and DynamoDB endpoints: every one gets a clear 4xx problem document
 * without internals, stores nothing, and concurrent submissions each get their own record.
 */
class HttpApiHostileRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SIX_MB = 6 * 1024 * 1024;
    /** What a client must never see in a problem: stack frames, class or package names, library messages. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|Error:|\\bat [a-z]+\\.|dev\\.newsdrop|java\\.|javax\\.|software\\.amazon|com\\.fasterxml|jackson"
                    + "|org\\.jsoup|\\.java:\\d+|Caused by", Pattern.CASE_INSENSITIVE);

    private static LocalAws aws;
    private static HttpApiHandler handler;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        // The standard fetcher: loopback refused like every other private address.
        handler = new HttpApiHandler(ApiWiring.create(aws.s3, aws.presigner(), aws.dynamoDb, aws.settings,
                new WebPages(PublicWebFetcher.standard())));
    }

    // ---- oversize and malformed bodies

    @Test
    void bodiesAboveTheLimits_are413AndStoreNothing() {
        byte[] tooLarge = new byte[SIX_MB + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        storesNothing(() -> {
            assertProblem(413, call("apigw-post-article.json", e -> e.put("body", "a".repeat(SIX_MB + 1))));
            assertProblem(413, call("apigw-post-article.json", e -> base64Body(e, tooLarge)));
            assertProblem(413, call("apigw-post-article-wait.json", e -> base64Body(e, tooLarge)));
            assertProblem(413, call("apigw-post-extract.json", e -> base64Body(e, tooLarge)));
            assertProblem(413, call("apigw-post-article-url.json",
                    e -> e.put("body", "{\"url\": \"https://a.example/\", \"pad\": \"" + "x".repeat(16 * 1024) + "\"}")));
        });
        assertEquals(200, call("apigw-post-extract.json", e -> e.put("body", "a".repeat(ArticlesApi.MAX_PAGE_BYTES)))
                .getStatusCode(), "exactly the page limit is within it");
    }

    @Test
    void pageAboveThePageLimitThatStillFitsInALambdaEvent_gets413PointingToUploads() throws IOException {
        // A 5 MB UTF-8 page reaches the function (its event is below 6 MB); it is refused with a way forward.
        String page = "a".repeat(5_000_000);
        APIGatewayV2HTTPEvent event = Events.httpEvent("apigw-post-article.json", e -> e.put("body", page));
        assertTrue(eventBytes(event) < SIX_MB, "the event reaches the function");

        storesNothing(() -> {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertProblem(413, response);
            assertTrue(response.getBody().contains("POST /uploads"), response.getBody());
        });
    }

    @Test
    void largestAcceptedPage_fitsInALambdaEventEvenBase64Encoded() throws IOException {
        byte[] page = new byte[ArticlesApi.MAX_PAGE_BYTES];
        java.util.Arrays.fill(page, (byte) 0xe9); // not UTF-8: API Gateway would send it base64-encoded
        APIGatewayV2HTTPEvent event = Events.httpEvent("apigw-post-extract.json", e -> base64Body(e, page));

        assertTrue(eventBytes(event) <= SIX_MB, eventBytes(event) + " bytes");
        assertEquals(200, handler.handleRequest(event, null).getStatusCode());
    }

    /** The event's size as Lambda counts it: its JSON document. */
    private static int eventBytes(APIGatewayV2HTTPEvent event) throws IOException {
        return JSON.writeValueAsBytes(event).length;
    }

    @Test
    void invalidBase64Body_is400Not500() {
        for (String body : List.of("!!!not base64!!!", "PGh0bWw+\u0000", "a", "====", "PGh0bWw+ PGJvZHk+\r\n%%", "é")) {
            for (String event : List.of("apigw-post-article.json", "apigw-post-article-wait.json", "apigw-post-extract.json",
                    "apigw-post-article-url.json")) {
                storesNothing(() -> assertProblem(400, call(event, e -> {
                    e.put("isBase64Encoded", true);
                    e.put("body", body);
                })));
            }
        }
    }

    @Test
    void jsonBodyWithWrongTypesOrValues_is400() {
        List<String> bodies = List.of("{\"url\": 123}", "{\"url\": true}", "{\"url\": null}", "{\"url\": [\"https://a.example/\"]}",
                "{\"url\": {\"href\": \"https://a.example/\"}}", "[]", "\"https://a.example/\"", "null", "123", "{}",
                "{\"URL\": \"https://a.example/\"}", "{\"url\": \"\"}", "{\"url\": \"   \"}", "{\"url\": \"javascript:alert(1)\"}",
                "{\"url\": \"file:///etc/passwd\"}", "{\"url\": \"gopher://127.0.0.1:25/\"}", "{\"url\": \"http://169.254.169.254/\"}",
                "{\"url\": \"http://[fd00:ec2::254]/\"}", "{\"url\": \"http://127.0.0.1:1/\"}", "{\"url\": \"http://0x7f.1/\"}",
                "{\"url\": \"https://a.example/\\u0000\"}", "{\"url\": \"https://a.example/\\r\\nX-Injected: 1\"}",
                "{\"url\": \"//a.example/x\"}", "{\"url\": \"https://\"}", "{\"url\": 1e999}", "{\"url\": \"https://a.example/\"",
                "{'url': 'https://a.example/'}", "{\"url\": \"http://evil@127.0.0.1/\"}");
        for (String body : bodies) {
            storesNothing(() -> assertProblem(400, call("apigw-post-article-url.json", e -> e.put("body", body))));
        }
        storesNothing(() -> assertProblem(400, call("apigw-post-article-url.json",
                e -> base64Body(e, new byte[] {'{', '"', 'u', 'r', 'l', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'}))));
    }

    @Test
    void deeplyNestedJson_is400() {
        List<String> bodies = List.of("[".repeat(8_000) + "]".repeat(8_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
                "{\"url\": " + "[".repeat(10_000), "{\"url\": \"https://a.example/\", \"x\": " + "[".repeat(3_000) + "]".repeat(3_000) + "}");
        for (String body : bodies) {
            storesNothing(() -> assertProblem(400, call("apigw-post-article-url.json", e -> e.put("body", body))));
        }
    }

    @Test
    void urlOf100Kilobytes_isRefused() {
        String huge = "https://a.example/" + "x".repeat(100 * 1024);
        storesNothing(() -> {
            assertProblem(413, call("apigw-post-article-url.json", e -> e.put("body", "{\"url\": \"" + huge + "\"}")));
            assertProblem(400, call("apigw-post-article.json", e -> Events.setQuery(e, "url", huge)));
            assertProblem(400, call("apigw-post-article-wait.json", e -> Events.setQuery(e, "url", huge)));
            assertProblem(400, call("apigw-post-extract.json", e -> Events.setQuery(e, "url", huge)));
            assertProblem(400, call("apigw-post-article.json", e -> Events.setQuery(e, "url", "https://a.example/" + "x".repeat(2_100))));
        });
    }

    @Test
    void urlTooLongForS3Metadata_is400NamingTheLimit_andStoresNothing() throws IOException {
        String base = "https://a.example/";
        // 2,046 characters pass the 2,048-character check on addresses, but "url" + value is 2,049 bytes of metadata.
        String ascii = base + "x".repeat(2_046 - base.length());
        // 1,000 Arabic letters: far below 2,048 characters, over 2 KB once UTF-8 and base64-encoded.
        String arabic = base + "ب".repeat(1_000);
        for (String url : List.of(ascii, arabic)) {
            storesNothing(() -> {
                for (String event : List.of("apigw-post-article.json", "apigw-post-article-wait.json")) {
                    APIGatewayV2HTTPResponse response = call(event, e -> Events.setQuery(e, "url", url));
                    assertProblem(400, response);
                    assertTrue(response.getBody().contains("2048"), response.getBody());
                }
                assertProblem(400, call("apigw-post-article-url.json", e -> e.put("body", "{\"url\": \"" + url + "\"}")));
            });
        }
        // The longest address that fits is stored, and comes back whole in the record.
        String longest = base + "x".repeat(2_045 - base.length());
        APIGatewayV2HTTPResponse stored = call("apigw-post-article-wait.json", e -> Events.setQuery(e, "url", longest));
        assertEquals(201, stored.getStatusCode(), stored.getBody());
        assertEquals(longest, JSON.readTree(stored.getBody()).get("url").asText());
    }

    @Test
    void hostilePagesPostedAndWaitedFor_eachEndAsAStoredRecordWithAStatusAndReason() {
        String marker = UUID.randomUUID().toString();
        Map<String, byte[]> pages = new java.util.LinkedHashMap<>();
        Map<String, ArticleStatus> expected = new java.util.HashMap<>();
        pages.put("gzip bomb", HostilePages.gzipRepeated(new byte[64 * 1024], 60L << 20));
        expected.put("gzip bomb", ArticleStatus.TOO_LARGE);
        pages.put("NUL bytes", new byte[4096]);
        expected.put("NUL bytes", ArticleStatus.NOT_HTML);
        pages.put("whitespace", " \n\t ".repeat(1000).getBytes(StandardCharsets.UTF_8));
        expected.put("whitespace", ArticleStatus.NOT_HTML);
        pages.put("1 MB tag name", ("<html><body><" + "x".repeat(1 << 20) + ">").getBytes(StandardCharsets.UTF_8));
        expected.put("1 MB tag name", ArticleStatus.NOT_HTML);
        pages.put("json", "{\"html\": \"<p>x</p>\"}".getBytes(StandardCharsets.UTF_8));
        expected.put("json", ArticleStatus.NOT_HTML);
        pages.put("script everywhere", HostilePages.article("<script>alert(1)</script>",
                "<p onclick=\"alert(1)\"><a href=\"java\tscript:alert(1)\">x</a><iframe src=\"//evil\"></iframe></p>")
                .getBytes(StandardCharsets.UTF_8));
        expected.put("script everywhere", ArticleStatus.EXTRACTED);
        pages.forEach((name, page) -> {
            APIGatewayV2HTTPResponse response = call("apigw-post-article-wait.json", e -> {
                base64Body(e, page);
                Events.setQuery(e, "url", "https://hostile.example/" + marker + "/" + name.replace(' ', '-'));
            });
            assertEquals(201, response.getStatusCode(), name + ": " + response.getBody());
            ArticleRecord record = RecordJson.read(response.getBody());
            assertEquals(expected.get(name), record.status(), name + ": " + record.reason());
            assertTrue(record.status() == ArticleStatus.EXTRACTED || !record.reason().isBlank(), name);
            assertTrue(record.html() == null || !record.html().toLowerCase(java.util.Locale.ROOT).matches(
                    "(?s).*(<script|<iframe|onclick|javascript:).*"), name + ": " + record.html());
            APIGatewayV2HTTPResponse stored = call("apigw-get-article.json", e -> Events.setPath(e, "/articles/" + record.id()));
            assertEquals(200, stored.getStatusCode(), name + ": " + stored.getBody());
            assertEquals(record.status(), RecordJson.read(stored.getBody()).status());
        });
    }

    // ---- tampered cursors

    @Test
    void tamperedCursors_areRefusedOrStayInsideTheirListing() throws IOException {
        String site = "cursor-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        for (String day : List.of("2024-02-01", "2024-02-02", "2024-02-03")) {
            byte[] page = Pages.article("Cursor " + day, "en", day + "T10:00:00Z", "https://" + site + "/" + day + "/");
            assertEquals(201, call("apigw-post-article-wait.json", e -> base64Body(e, page)).getStatusCode());
        }
        String cursor = list("site=" + site + "&limit=1").get("nextCursor").asText();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        JsonNode genuine = JSON.readTree(listResponse(Map.of("site", site, "limit", "1", "cursor", cursor)).getBody());
        int refused = 0;
        int flips = 0;
        for (int i = 0; i < cursor.length(); i++) {
            if (cursor.charAt(i) == '.') {
                continue;
            }
            for (int bit = 0; bit < 6; bit++) { // every one-bit flip of the decoded bytes, through base64url
                char flipped = alphabet.charAt(alphabet.indexOf(cursor.charAt(i)) ^ (1 << bit));
                String tampered = cursor.substring(0, i) + flipped + cursor.substring(i + 1);
                APIGatewayV2HTTPResponse response = listResponse(Map.of("site", site, "limit", "1", "cursor", tampered));
                flips++;
                if (response.getStatusCode() == 200) {
                    // Only a flip of the unused bits of a last base64 digit decodes to the same signed bytes.
                    assertEquals(genuine.get("items"), JSON.readTree(response.getBody()).get("items"), tampered);
                } else {
                    assertProblem(400, response);
                    refused++;
                }
            }
        }
        assertTrue(refused >= flips - 12, "a signed cursor refuses every flip that changes it: " + refused + "/" + flips);

        String other = "other-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String foreignJson = "{\"id\":\"0123456789abcdef0123456789abcdef\",\"site\":\"" + other
                + "\",\"listKey\":\"2024-02-02T10:00:00Z#0123456789abcdef0123456789abcdef\"}";
        String decoded = new String(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))),
                StandardCharsets.UTF_8);
        String signature = cursor.substring(cursor.indexOf('.'));
        List<Map<String, String>> refusedQueries = List.of(
                Map.of("site", other, "cursor", cursor),
                Map.of("lang", "en", "cursor", cursor),
                Map.of("cursor", cursor),
                Map.of("site", site, "until", "2024-02-02T23:59:59Z", "cursor", cursor),
                Map.of("site", site, "cursor", encode(foreignJson)),
                Map.of("site", site, "cursor", encode(foreignJson) + signature),
                Map.of("site", site, "cursor", encode(decoded) + signature.substring(0, signature.length() - 2)
                        + (signature.endsWith("AA") ? "BB" : "AA")),
                Map.of("site", site, "cursor", encode(decoded.replace("}", ",\"admin\":\"true\"}")) + signature),
                Map.of("site", site, "cursor", encode(decoded.replace("}", ",\"listAll\":\"articles\"}")) + signature),
                Map.of("site", site, "cursor", encode(decoded.replace("\"listKey\"", "\"url\"")) + signature),
                Map.of("site", site, "cursor", encode("{\"id\":1,\"site\":[\"" + site + "\"],\"listKey\":{}}")),
                Map.of("site", site, "cursor", encode("{\"id\":\"x\",\"listKey\":\"y\",\"site\":\"" + site + "\",\"id\":\"z\"}")),
                Map.of("site", site, "cursor", encode("[".repeat(1_000) + "]".repeat(1_000))),
                Map.of("site", site, "cursor", encode("{\"id\":\"../../etc/passwd\",\"site\":\"" + site + "\",\"listKey\":\"x\"}")),
                Map.of("site", site, "cursor", encode("null")),
                Map.of("site", site, "cursor", cursor + cursor),
                Map.of("site", site, "cursor", "A".repeat(10_000)),
                Map.of("site", site, "cursor", cursor.repeat(100_000 / cursor.length())),
                Map.of("site", site, "cursor", "!!!"),
                Map.of("site", site, "cursor", "%00"),
                Map.of("site", site, "cursor", cursor + "\r\nX-Injected: 1"),
                Map.of("site", site, "cursor", Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8)) + "+/"));
        for (Map<String, String> query : refusedQueries) {
            APIGatewayV2HTTPResponse response = listResponse(query);
            assertEquals(400, response.getStatusCode(), query + " gave " + response.getBody());
            assertProblem(400, response);
        }
    }

    // ---- path tricks in ids

    @Test
    void pathTricksInIds_are400Or404AndStoreNothing() {
        String id = "0123456789abcdef0123456789abcdef";
        Map<String, Integer> paths = new java.util.LinkedHashMap<>();
        paths.put("/articles/../openapi.json", 404);
        paths.put("/articles/..%2Fopenapi.json", 400);
        paths.put("/articles/%2e%2e", 400);
        paths.put("/articles/%2E%2E/raw", 400);
        paths.put("/articles/..", 400);
        paths.put("/articles/.", 400);
        paths.put("/articles/" + id + "%00", 400);
        paths.put("/articles/" + id + "\u0000", 400);
        paths.put("/articles/" + id + "%00/raw", 400);
        paths.put("/articles/" + id + "/raw/../raw", 404);
        paths.put("/articles/" + id + "/../../etc/passwd", 404);
        paths.put("/articles//raw", 404);
        paths.put("/articles/" + id + "/", 404);
        paths.put("/articles/" + id + ";jsessionid=1", 400);
        paths.put("/articles/" + id + "?x", 400);
        paths.put("/articles/" + id + "0", 400); // 33 hex digits
        paths.put("/articles/" + id.substring(1), 400); // 31
        paths.put("/articles/" + id.toUpperCase(), 400);
        paths.put("/articles/" + "０１２３４５６７８９ａｂｃｄｅｆ".repeat(2) + "０１２３４５６７８９ａｂ", 400); // full-width
        paths.put("/articles/" + "٠١٢٣٤٥٦٧٨٩".repeat(3) + "٠١", 400); // Arabic-Indic digits
        paths.put("/articles/0123456789аbcdef0123456789abcdef", 400); // Cyrillic а
        paths.put("/articles/" + id.substring(0, 31) + "\u0301", 400); // combining accent
        paths.put("/articles/ " + id, 400);
        paths.put("/articles/" + id + "%20", 400);
        paths.put("/articles/*", 400);
        paths.put("/articles/%", 400);
        paths.put("/articles/" + "a".repeat(100_000), 400);
        paths.put("/ARTICLES/" + id, 404);
        paths.put("/articles%2F" + id, 404);
        paths.put("//articles/" + id, 404);
        paths.put("/articles/<script>alert(1)</script>", 404);
        paths.put("/articles/<script>alert(1)<", 400);
        storesNothing(() -> paths.forEach((path, status) -> {
            for (String event : List.of("apigw-get-article.json", "apigw-get-article-raw.json")) {
                APIGatewayV2HTTPResponse response = call(event, e -> Events.setPath(e, path));
                assertProblem(status, response);
            }
        }));
    }

    // ---- header injection

    @Test
    void crlfInTheUrlOrContentType_isRefusedAndNeverReachesAHeaderOrARecord() {
        List<String> urls = List.of("https://a.example/x\r\nSet-Cookie: a=b", "https://a.example/x\nLocation: https://evil/",
                "https://a.example/\rx", "https://a.example/x\u0000y", "https://a.example/x\r\n\r\n<html>",
                "https://a.example/x\u2028y", "https://a.example/x\u0085y", "https://a.example/%0d%0aSet-Cookie:%20a=b");
        for (String url : urls) {
            for (String event : List.of("apigw-post-article.json", "apigw-post-article-wait.json", "apigw-post-extract.json")) {
                APIGatewayV2HTTPResponse response = call(event, e -> Events.setQuery(e, "url", url));
                assertNoCrLfInHeaders(response);
                if (response.getStatusCode() >= 400) {
                    assertProblem(400, response);
                }
            }
        }
        List<String> contentTypes = List.of("text/html\r\nX-Injected: 1", "text/html; charset=utf-8\r\nX-Injected: 1",
                "text/html; charset=\"utf-8\r\nX-Injected: 1\"", "text/html;\ncharset=utf-8", "text/html\u0000",
                "text/html; charset=utf-8\u0000", "text/html; charset=" + "x".repeat(10_000), "text/html; charset=utf-8\u2028x");
        for (String contentType : contentTypes) {
            for (String event : List.of("apigw-post-article.json", "apigw-post-article-wait.json", "apigw-post-extract.json")) {
                APIGatewayV2HTTPResponse response = call(event, e -> Events.setHeader(e, "content-type", contentType));
                assertNoCrLfInHeaders(response);
                assertTrue(response.getStatusCode() < 500, contentType + " gave " + response.getStatusCode() + ": "
                        + response.getBody());
                if (response.getStatusCode() >= 400) {
                    assertProblem(response.getStatusCode(), response);
                }
            }
        }
        APIGatewayV2HTTPResponse arabic = call("apigw-post-article-wait.json",
                e -> Events.setQuery(e, "url", "https://a.example/بغداد/" + UUID.randomUUID()));
        assertEquals(201, arabic.getStatusCode(), "a non-ASCII url is no injection: " + arabic.getBody());
        assertTrue(RecordJson.read(arabic.getBody()).url().startsWith("https://a.example/بغداد/"));
        for (S3Object object : aws.s3.listObjectsV2(r -> r.bucket(aws.bucket).prefix("raw/api/")).contents()) {
            var head = aws.s3.headObject(h -> h.bucket(aws.bucket).key(object.key()));
            assertFalse(hasLineBreak(head.metadata().get("url")), "stored url " + head.metadata().get("url"));
            assertFalse(hasLineBreak(head.contentType()), "stored content type " + head.contentType());
        }
        for (ArticleRecord record : aws.records()) {
            assertFalse(hasLineBreak(record.url()), "record url " + record.url());
            assertFalse(hasLineBreak(record.source().contentType()), "record content type " + record.source().contentType());
        }
    }

    // ---- concurrency

    @Test
    void hundredConcurrentSubmissions_eachGetTheirOwnRecord() throws Exception {
        String site = "concurrent-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<APIGatewayV2HTTPResponse>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                byte[] page = Pages.article("Concurrent story " + i, "en", "2024-04-01T10:00:00Z",
                        "https://" + site + "/story-" + i + "/");
                futures.add(pool.submit(() -> call("apigw-post-article-wait.json", e -> base64Body(e, page))));
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < futures.size(); i++) {
                APIGatewayV2HTTPResponse response = futures.get(i).get();
                assertEquals(201, response.getStatusCode(), response.getBody());
                ArticleRecord record = RecordJson.read(response.getBody());
                assertEquals("Concurrent story " + i, record.title());
                assertEquals("/articles/" + record.id(), response.getHeaders().get("Location"));
                ids.add(record.id());
            }
            assertEquals(100, ids.size(), "each submission its own id");
        } finally {
            pool.shutdownNow();
        }
        List<ArticleRecord> stored = aws.records().stream().filter(r -> r.url() != null && r.url().contains(site)).toList();
        assertEquals(100, stored.size());
        assertEquals(100, stored.stream().map(ArticleRecord::id).distinct().count());
        for (ArticleRecord record : stored) {
            int n = Integer.parseInt(record.canonicalUrl().replaceAll(".*/story-(\\d+)/$", "$1"));
            assertEquals("Concurrent story " + n, record.title(), "the record of its own page");
        }
    }

    // ---- helpers

    /** Runs requests that must store nothing: no raw page, no record. */
    private static void storesNothing(Runnable requests) {
        int rawBefore = rawPageCount();
        int recordsBefore = aws.recordCount();
        requests.run();
        assertEquals(rawBefore, rawPageCount(), "no raw page stored");
        assertEquals(recordsBefore, aws.recordCount(), "no record stored");
    }

    private static int rawPageCount() {
        return aws.s3.listObjectsV2(r -> r.bucket(aws.bucket).prefix("raw/api/")).keyCount();
    }

    private static void assertProblem(int status, APIGatewayV2HTTPResponse response) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertNoCrLfInHeaders(response);
        try {
            JsonNode problem = JSON.readTree(response.getBody());
            assertEquals(status, problem.get("status").asInt());
            assertNotNull(problem.get("type"));
            assertNotNull(problem.get("title"));
            assertFalse(INTERNALS.matcher(response.getBody()).find(), "internals in: " + response.getBody());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private static void assertNoCrLfInHeaders(APIGatewayV2HTTPResponse response) {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> assertFalse(hasLineBreak(name) || hasLineBreak(value),
                    "line break in header " + name + ": " + value));
        }
    }

    private static boolean hasLineBreak(String s) {
        return s != null && (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0);
    }

    private static APIGatewayV2HTTPResponse call(String event, Consumer<ObjectNode> edit) {
        return handler.handleRequest(Events.httpEvent(event, edit), null);
    }

    private static JsonNode list(String query) throws IOException {
        Map<String, String> params = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv[1]);
        }
        APIGatewayV2HTTPResponse response = listResponse(params);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return JSON.readTree(response.getBody());
    }

    private static APIGatewayV2HTTPResponse listResponse(Map<String, String> query) {
        return call("apigw-list-articles.json", e -> {
            ObjectNode params = e.putObject("queryStringParameters");
            query.forEach(params::put);
            e.put("rawQueryString", "");
        });
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void base64Body(ObjectNode event, byte[] body) {
        event.put("isBase64Encoded", true);
        event.put("body", Base64.getEncoder().encodeToString(body));
    }
}
