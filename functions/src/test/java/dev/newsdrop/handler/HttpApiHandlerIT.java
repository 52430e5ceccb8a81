package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.newsdrop.api.WebPages;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.json.RecordJson;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.testing.Events;
import dev.newsdrop.testing.FakeSite;
import dev.newsdrop.testing.LocalAws;
import dev.newsdrop.testing.Pages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP API function, driven by API Gateway events from {@code events/}, on real S3 and DynamoDB endpoints. */
class HttpApiHandlerIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalAws aws;
    private static HttpApiHandler handler;
    private static HttpServer site;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
        // Loopback is allowed so the test's own site can be fetched; every other private range stays refused.
        handler = new HttpApiHandler(ApiWiring.create(aws.s3, aws.presigner(), aws.dynamoDb, aws.settings,
                new WebPages(PublicWebFetcher.allowingLoopback())));
        site = startSite();
    }

    @AfterAll
    static void stopSite() {
        site.stop(0);
    }

    /** A news site on loopback with one article. */
    private static HttpServer startSite() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/story", exchange -> {
                byte[] page = Pages.article("Lighthouse keepers return", "en", "2024-03-22T07:00:00Z");
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void postUrl_fetchesThePageServerSideAndStoresItWithItsAddress() throws IOException {
        String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/story";

        APIGatewayV2HTTPResponse response = call("apigw-post-article-url.json",
                e -> e.put("body", "{\"url\": \"" + url + "\"}"));

        assertEquals(202, response.getStatusCode(), response.getBody());
        String id = JSON.readTree(response.getBody()).get("id").asText();
        assertTrue(rawPageWithUrl(url).startsWith("raw/api/"));
        assertEquals(32, id.length());
    }

    @Test
    void postUrl_toPrivateAddressesOrRedirectedToMetadata_isRefusedWithoutFetching() {
        // With the production fetcher, the test's own site on loopback is a private address like any
        // other, and it counts what it receives: a refused URL must never reach it.
        HttpApiHandler production = new HttpApiHandler(ApiWiring.create(aws.s3, aws.presigner(), aws.dynamoDb, aws.settings,
                new WebPages(PublicWebFetcher.standard())));
        try (FakeSite privateSite = FakeSite.start()) {
            privateSite.on("/story", FakeSite.body("text/html", "<html><body><p>private</p></body></html>"));
            privateSite.on("/to-metadata", FakeSite.redirect(302, "http://169.254.169.254/latest/meta-data/"));

            assertRefused("127.0.0.1 is a loopback address", production.handleRequest(Events.httpEvent(
                    "apigw-post-article-url.json", e -> e.put("body", "{\"url\": \"" + privateSite.url("/story") + "\"}")), null));
            assertRefused("is a loopback address", production.handleRequest(Events.httpEvent(
                    "apigw-post-article-url.json", e -> e.put("body", "{\"url\": \"" + privateSite.url("/story")
                            .toString().replace("127.0.0.1", "2130706433") + "\"}")), null));
            assertEquals(0, privateSite.hits("/story"), "a refused address is never requested");

            // Loopback allowed (the test's handler): the first hop is fetched, the redirect to the
            // metadata address is refused before it is followed, not tried and failed (that is a 502).
            assertRefused("the cloud metadata address", call("apigw-post-article-url.json",
                    e -> e.put("body", "{\"url\": \"" + privateSite.url("/to-metadata") + "\"}")));
            assertEquals(1, privateSite.hits("/to-metadata"), "the redirect itself was fetched, once");
        }
        assertRefused("10.0.0.5 is a private address",
                call("apigw-post-article-url.json", e -> e.put("body", "{\"url\": \"http://10.0.0.5/a\"}")));
        assertRefused("169.254.169.254 is the cloud metadata address", call("apigw-post-article-url.json",
                e -> e.put("body", "{\"url\": \"http://169.254.169.254/latest/meta-data/\"}")));
    }

    /** A 400 problem whose detail names why the address is refused: refused by policy, not fetched and failed. */
    private static void assertRefused(String why, APIGatewayV2HTTPResponse response) {
        assertProblem(400, response);
        try {
            String detail = JSON.readTree(response.getBody()).get("detail").asText();
            assertTrue(detail.contains(why), "refused because " + why + ": " + detail);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void postHtml_storesTheRawPageUnderTheRawPrefixAndAnswers202WithTheFutureRecordsLocation() throws IOException {
        APIGatewayV2HTTPResponse response = call("apigw-post-article.json", e -> { });

        assertEquals(202, response.getStatusCode(), response.getBody());
        JsonNode body = JSON.readTree(response.getBody());
        String id = body.get("id").asText();
        assertEquals("/articles/" + id, response.getHeaders().get("Location"));
        // The page waits in the bucket for the S3 trigger, which processes it like any drop upload.
        String key = rawPageWithUrl("https://cityherald.example/2024/03/27/harbour-budget/");
        new S3EventHandler(aws.processor()).handleRequest(Events.s3Event("s3-put-seed.json", o -> {
            o.put("key", key);
            o.put("sequencer", "0062E99A88DC407460");
        }), null);
        APIGatewayV2HTTPResponse get = call("apigw-get-article.json", e -> Events.setPath(e, "/articles/" + id));
        assertEquals(200, get.getStatusCode(), get.getBody());
        ArticleRecord record = RecordJson.read(get.getBody());
        assertEquals("https://cityherald.example/2024/03/27/harbour-budget/", record.url());
        assertEquals(ArticleStatus.EXTRACTED, record.status());
    }

    @Test
    void postWithWait_processesBeforeAnswering201WithTheRecord() {
        APIGatewayV2HTTPResponse response = call("apigw-post-article-wait.json",
                e -> e.put("body", base64(Pages.article("Ferry timetable changes", "en", "2024-03-20T08:00:00Z"))));

        assertEquals(201, response.getStatusCode(), response.getBody());
        ArticleRecord record = RecordJson.read(response.getBody());
        assertEquals("Ferry timetable changes", record.title());
        assertEquals("/articles/" + record.id(), response.getHeaders().get("Location"));
    }

    /** Issue 12, finding 1, as filed: three stories whose canonical link is the home page. */
    @Test
    void storiesWhoseCanonicalIsTheSiteRoot_eachKeepTheirRecord() throws IOException {
        String site = "root-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        for (int n = 1; n <= 3; n++) {
            String html = "<html><head><title>Distinct story " + n + "</title><link rel=canonical href=\"https://" + site
                    + "/\"></head><body><article><p>Completely different article number " + n + " with its own prose, "
                    + "long enough to be extracted as the body.</p></article></body></html>";
            String url = "https://" + site + "/news/story-" + n;
            APIGatewayV2HTTPResponse posted = call("apigw-post-article-wait.json", e -> {
                e.put("body", base64(html.getBytes(StandardCharsets.UTF_8)));
                ((ObjectNode) e.get("queryStringParameters")).put("url", url);
                e.put("rawQueryString", "wait=true&url=" + url);
            });
            assertEquals(201, posted.getStatusCode(), posted.getBody());
        }

        List<String> stories = titles(list("site=" + site));

        stories.sort(String::compareTo);
        assertEquals(List.of("Distinct story 1", "Distinct story 2", "Distinct story 3"), stories);
    }

    /** Issue 12, finding 1: the seed's canonical URL in another case, with :443 and a fragment, takes nothing. */
    @Test
    void pageClaimingTheSeedsCanonicalUrl_doesNotReplaceTheSeedsRecord() throws IOException {
        String key = "raw/seed-claim/" + UUID.randomUUID() + ".html";
        aws.put(key, Events.bytes("pages/seed-article.html"), "text/html; charset=utf-8");
        new S3EventHandler(aws.processor()).handleRequest(Events.s3Event("s3-put-seed.json", o -> {
            o.put("key", key);
            o.put("sequencer", "0062E99A88DC407460");
        }), null);
        ArticleRecord seed = aws.recordOf(key).orElseThrow();

        byte[] forged = Pages.article("Forged headline", "en", null,
                "HTTPS://LEPOINT24.EXAMPLE:443/2024/03/27/baghdad-washington/#comments");
        APIGatewayV2HTTPResponse response = call("apigw-post-article-wait.json", e -> e.put("body", base64(forged)));

        assertEquals(201, response.getStatusCode(), response.getBody());
        ArticleRecord claimant = RecordJson.read(response.getBody());
        assertEquals(seed.id(), claimant.duplicateOf());
        assertFalse(seed.id().equals(claimant.id()));
        ArticleRecord seedNow = RecordJson.read(call("apigw-get-article.json",
                e -> Events.setPath(e, "/articles/" + seed.id())).getBody());
        assertEquals(seed.title(), seedNow.title());
        assertEquals(key, seedNow.source().key());
    }

    @Test
    void upload_takesAWindows1256PageStraightToStorage_andLeadsToItsRecordOnceProcessed() throws Exception {
        String url = "https://lepoint24.example/2024/03/27/baghdad-washington/";
        APIGatewayV2HTTPResponse created = call("apigw-post-upload.json", e -> { });

        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode upload = JSON.readTree(created.getBody());
        String uploadId = upload.get("uploadId").asText();
        String key = upload.get("key").asText();
        assertEquals("raw/api/" + uploadId + ".html", key);
        assertEquals("/uploads/" + uploadId, created.getHeaders().get("Location"));
        assertEquals(200, call("apigw-get-upload.json", e -> Events.setPath(e, "/uploads/" + uploadId)).getStatusCode(),
                "pending before the page is uploaded");

        // The client PUTs raw bytes with a plain HTTP client: no SDK, no UTF-8 string on the way.
        byte[] page = Events.bytes("pages/seed-article-windows-1256-undeclared.html");
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(upload.get("uploadUrl").asText()))
                .header("Content-Type", "text/html; charset=windows-1256")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(page));
        upload.get("headers").properties().forEach(h -> put.header(h.getKey(), h.getValue().asText()));
        HttpResponse<String> stored = HttpClient.newHttpClient().send(put.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stored.statusCode(), stored.body());
        assertArrayEquals(page, aws.s3.getObjectAsBytes(r -> r.bucket(aws.bucket).key(key)).asByteArray());

        APIGatewayV2HTTPResponse pending = call("apigw-get-upload.json", e -> Events.setPath(e, "/uploads/" + uploadId));
        assertEquals(200, pending.getStatusCode(), pending.getBody());
        assertEquals("PENDING", JSON.readTree(pending.getBody()).get("state").asText());
        assertNotNull(pending.getHeaders().get("Retry-After"));

        new S3EventHandler(aws.processor()).handleRequest(Events.s3Event("s3-put-seed.json", o -> {
            o.put("key", key);
            o.put("sequencer", "0062E99A88DC407461");
            o.remove("versionId");
        }), null);

        APIGatewayV2HTTPResponse done = call("apigw-get-upload.json", e -> Events.setPath(e, "/uploads/" + uploadId));
        assertEquals(303, done.getStatusCode(), done.getBody());
        String location = done.getHeaders().get("Location");
        APIGatewayV2HTTPResponse get = call("apigw-get-article.json", e -> Events.setPath(e, location));
        assertEquals(200, get.getStatusCode(), get.getBody());
        ArticleRecord record = RecordJson.read(get.getBody());
        assertEquals("/articles/" + record.id(), location);
        assertEquals("بغداد وواشنطن تؤكدان استمرار الشراكة في “محاربة تنظيم داعش”", record.title());
        assertEquals("لوبوان24", record.siteName());
        assertEquals(url, record.url());
        assertEquals(key, record.source().key());
    }

    @Test
    void upload_refusesBadIdsBodiesAndUrlsItCannotStore() {
        assertProblem(400, call("apigw-get-upload.json", e -> Events.setPath(e, "/uploads/..%2Fseed")));
        assertProblem(400, call("apigw-get-upload.json", e -> Events.setPath(e, "/uploads/ABC")));
        assertProblem(415, call("apigw-post-upload.json", e -> Events.setHeader(e, "content-type", "text/html")));
        assertProblem(400, call("apigw-post-upload.json", e -> e.put("body", "{\"url\": \"javascript:alert(1)\"}")));
        assertProblem(400, call("apigw-post-upload.json",
                e -> e.put("body", "{\"url\": \"https://a.example/" + "x".repeat(2_030) + "\"}")));
        assertEquals(201, call("apigw-post-upload.json", e -> e.remove("body")).getStatusCode(), "no body: no url");
        APIGatewayV2HTTPResponse wrongMethod = call("apigw-get-upload.json",
                e -> ((ObjectNode) e.path("requestContext").path("http")).put("method", "DELETE"));
        assertProblem(405, wrongMethod);
    }

    @Test
    void recordTooLargeForOneLambdaResponse_comesWithoutItsBody_andWithALinkThatServesIt() throws Exception {
        String site = "census-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        ArticleRecord stored = posted("Census results in full", "2024-04-01", "https://" + site + "/full/");
        // 4.4 MB of text, where every quote counts twice in the record's JSON and twice again in the response.
        String text = "Row of \"quoted\" census figures: 1,204 households.\n".repeat(90_000);
        ArticleRecord large = withBody(stored, text, "<p>" + text + "</p>", "a".repeat(64));
        repository().save(large, false);

        APIGatewayV2HTTPResponse response = call("apigw-get-article.json", e -> Events.setPath(e, "/articles/" + large.id()));

        assertEquals(200, response.getStatusCode());
        assertTrue(lambdaResponseBytes(response) <= LAMBDA_RESPONSE_LIMIT, lambdaResponseBytes(response) + " bytes");
        JsonNode record = JSON.readTree(response.getBody());
        assertEquals("Census results in full", record.get("title").asText());
        assertFalse(record.has("text") || record.has("html"), "the body is left out");
        HttpResponse<byte[]> body = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(record.get("bodyUrl").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, body.statusCode());
        assertEquals(text, JSON.readTree(body.body()).get("text").asText());
        assertEquals(200, call("apigw-get-article.json", e -> Events.setPath(e, "/articles/" + stored.id()))
                .getStatusCode());
    }

    @Test
    void listing_leavesBodiesOutUnlessAsked_andKeepsAskedForBodiesWithinOneLambdaResponse() throws Exception {
        String site = "bulky-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String text = "Plain words of a long report without any quotes at all ".repeat(27_000); // 1.5 MB
        for (String day : List.of("2024-05-03", "2024-05-02", "2024-05-01")) {
            ArticleRecord stored = posted("Report of " + day, day, "https://" + site + "/" + day + "/");
            repository().save(withBody(stored, day + " " + text, "<p>" + text + "</p>", day.replace("-", "").repeat(8)), false);
        }

        JsonNode plain = list("site=" + site);
        assertEquals(3, plain.get("items").size());
        plain.get("items").forEach(item -> assertFalse(item.has("text") || item.has("html"), item.toString()));

        APIGatewayV2HTTPResponse withBodies = listResponse("site=" + site + "&fields=text,html");
        assertEquals(200, withBodies.getStatusCode());
        assertTrue(lambdaResponseBytes(withBodies) <= LAMBDA_RESPONSE_LIMIT, lambdaResponseBytes(withBodies) + " bytes");
        JsonNode items = JSON.readTree(withBodies.getBody()).get("items");
        assertEquals(3, items.size(), "the page keeps every item");
        assertEquals("2024-05-03 " + text, items.get(0).get("text").asText());
        assertTrue(items.get(0).has("html"));
        assertTrue(items.get(2).get("bodyOmitted").asBoolean(), items.get(2).toString().substring(0, 200));
        assertFalse(items.get(2).has("text"));

        JsonNode textOnly = JSON.readTree(listResponse("site=" + site + "&fields=text").getBody()).get("items");
        assertFalse(textOnly.get(0).has("html"));
        assertEquals("2024-05-03 " + text, textOnly.get(0).get("text").asText());
        assertProblem(400, listResponse("site=" + site + "&fields=source"));
    }

    @Test
    void postExtract_answersTheRecordAndStoresNothing() {
        int before = aws.records().size();

        APIGatewayV2HTTPResponse response = call("apigw-post-extract.json", e -> { });

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("Harbour budget passes", RecordJson.read(response.getBody()).title());
        assertEquals(before, aws.records().size());
    }

    @Test
    void getRaw_redirectsToALinkThatServesTheRawPage() throws Exception {
        byte[] page = Pages.article("Fish market reopens", "en", "2024-03-21T08:00:00Z");
        ArticleRecord record = RecordJson.read(call("apigw-post-article-wait.json", e -> e.put("body", base64(page))).getBody());

        APIGatewayV2HTTPResponse response = call("apigw-get-article-raw.json",
                e -> Events.setPath(e, "/articles/" + record.id() + "/raw"));

        assertEquals(302, response.getStatusCode(), response.getBody());
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(response.getHeaders().get("Location"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(page, download.body());
    }

    @Test
    void list_pagesNewestFirstWithACursor_andFiltersBySiteLanguageAndTime() throws IOException {
        String site = "list-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        for (String day : List.of("2024-01-05", "2024-01-07", "2024-01-06")) {
            byte[] page = Pages.article("Story of " + day, "sv", day + "T10:00:00Z", "https://" + site + "/" + day + "/");
            assertEquals(201, call("apigw-post-article-wait.json", e -> e.put("body", base64(page))).getStatusCode());
        }

        JsonNode first = list("site=" + site + "&lang=sv&limit=2");
        assertEquals(List.of("Story of 2024-01-07", "Story of 2024-01-06"), titles(first));
        String cursor = first.get("nextCursor").asText();
        JsonNode second = list("site=" + site + "&lang=sv&limit=2&cursor=" + cursor);
        assertEquals(List.of("Story of 2024-01-05"), titles(second));
        assertTrue(second.get("nextCursor").isNull());

        assertEquals(List.of("Story of 2024-01-06"), titles(list("site=" + site + "&since=2024-01-06&until=2024-01-06T23:59:59Z")));
        assertTrue(titles(list("lang=sv&limit=100")).containsAll(List.of("Story of 2024-01-05", "Story of 2024-01-07")));
        assertTrue(titles(list("limit=100")).contains("Story of 2024-01-06"), "the unfiltered listing holds everything");
    }

    @Test
    void listByLanguage_primaryTagHoldsItsRegions_andARegionalTagOnlyItself() throws IOException {
        String site = "lang-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        for (String tag : List.of("pt-BR", "pt-PT", "pt")) {
            byte[] page = Pages.article("Portuguese " + tag, tag, "2024-01-09T10:00:00Z", "https://" + site + "/" + tag + "/");
            assertEquals(201, call("apigw-post-article-wait.json", e -> e.put("body", base64(page))).getStatusCode());
        }

        assertEquals(3, titles(list("site=" + site + "&lang=pt")).size());
        assertEquals(List.of("Portuguese pt-BR"), titles(list("site=" + site + "&lang=pt-br")));
        assertTrue(titles(list("lang=pt&limit=100")).containsAll(List.of("Portuguese pt-BR", "Portuguese pt-PT")));
    }

    @Test
    void tamperedOrForeignCursor_isRefusedWith400() throws IOException {
        String site = "cursor-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        for (String day : List.of("2024-02-01", "2024-02-02")) {
            byte[] page = Pages.article("Cursor " + day, "en", day + "T10:00:00Z", "https://" + site + "/" + day + "/");
            call("apigw-post-article-wait.json", e -> e.put("body", base64(page)));
        }
        String cursor = list("site=" + site + "&limit=1").get("nextCursor").asText();

        assertProblem(400, listResponse("site=" + site + "&cursor=" + cursor.substring(0, cursor.length() - 3) + "xyz"));
        assertProblem(400, listResponse("site=other.example&cursor=" + cursor));
        assertProblem(400, listResponse("cursor=" + Base64.getUrlEncoder().encodeToString(
                "{\"id\":\"x\",\"listKey\":\"y\",\"password\":\"z\"}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void badRequests_getProblemDocumentsWithoutInternals() {
        assertProblem(400, call("apigw-post-extract.json", e -> e.put("body", "")));
        assertProblem(415, call("apigw-post-extract.json", e -> Events.setHeader(e, "content-type", "application/pdf")));
        assertProblem(415, call("apigw-post-article.json", e -> ((ObjectNode) e.get("headers")).remove("content-type")));
        assertProblem(413, call("apigw-post-extract.json", e -> e.put("body", "a".repeat(6 * 1024 * 1024 + 1))));
        assertProblem(400, call("apigw-post-article-url.json", e -> e.put("body", "{\"url\": ")));
        assertProblem(400, call("apigw-post-article-url.json", e -> e.put("body", "{\"url\": \"file:///etc/passwd\"}")));
        assertProblem(400, call("apigw-get-article.json", e -> Events.setPath(e, "/articles/..%2F..%2Fetc%2Fpasswd")));
        assertProblem(404, call("apigw-get-article.json", e -> Events.setPath(e, "/articles/" + "0".repeat(32))));
        assertProblem(404, call("apigw-get-article.json", e -> Events.setPath(e, "/nothing/here")));
        assertProblem(400, call("apigw-list-articles.json", e -> Events.setQuery(e, "limit", "1000")));
        assertProblem(400, call("apigw-list-articles.json", e -> Events.setQuery(e, "since", "yesterday")));
        assertProblem(400, call("apigw-list-articles.json", e -> Events.setQuery(e, "lang", "a'; DROP")));
        APIGatewayV2HTTPResponse wrongMethod = call("apigw-get-openapi.json",
                e -> ((ObjectNode) e.path("requestContext").path("http")).put("method", "DELETE"));
        assertProblem(405, wrongMethod);
        assertEquals("GET", wrongMethod.getHeaders().get("Allow"));
    }

    @Test
    void openApi_isServed() throws IOException {
        APIGatewayV2HTTPResponse response = call("apigw-get-openapi.json", e -> { });

        assertEquals(200, response.getStatusCode());
        assertEquals("3.1.0", JSON.readTree(response.getBody()).get("openapi").asText());
    }

    /** Lambda's limit on a synchronous response, all of it. */
    private static final int LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024;

    /** The size of the response as the function hands it to Lambda: a JSON document. */
    private static int lambdaResponseBytes(APIGatewayV2HTTPResponse response) throws IOException {
        return JSON.writeValueAsBytes(response).length;
    }

    private static ArticleRecord posted(String title, String day, String canonical) {
        byte[] page = Pages.article(title, "en", day + "T10:00:00Z", canonical);
        APIGatewayV2HTTPResponse response = call("apigw-post-article-wait.json", e -> e.put("body", base64(page)));
        assertEquals(201, response.getStatusCode(), response.getBody());
        return RecordJson.read(response.getBody());
    }

    private static dev.newsdrop.ports.ArticleRepository repository() {
        return aws.articles();
    }

    /** The record with another body, as a reprocessing of a much longer page would store it. */
    private static ArticleRecord withBody(ArticleRecord r, String text, String html, String contentHash) {
        return new ArticleRecord(r.id(), r.url(), r.canonicalUrl(), r.siteName(), r.title(), r.authors(),
                r.publishedAt(), r.modifiedAt(), r.language(), r.direction(), r.description(), r.leadImage(),
                r.section(), r.tags(), r.credit(), text, html, r.wordCount(), r.readingTimeMinutes(), r.status(),
                r.reason(), r.source(), contentHash, r.extractorVersion(), r.processedAt());
    }

    /** The key of the newest raw page the API stored with this {@code url} metadata. */
    private static String rawPageWithUrl(String url) {
        return aws.s3.listObjectsV2(r -> r.bucket(aws.bucket).prefix("raw/api/")).contents().stream()
                .sorted(java.util.Comparator.comparing(software.amazon.awssdk.services.s3.model.S3Object::lastModified).reversed())
                .map(o -> o.key())
                .filter(k -> url.equals(aws.s3.headObject(h -> h.bucket(aws.bucket).key(k)).metadata().get("url")))
                .findFirst().orElseThrow(() -> new AssertionError("no raw page with url metadata " + url));
    }

    private static void assertProblem(int status, APIGatewayV2HTTPResponse response) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        try {
            JsonNode problem = JSON.readTree(response.getBody());
            assertEquals(status, problem.get("status").asInt());
            assertNotNull(problem.get("type"));
            assertNotNull(problem.get("title"));
            String detail = problem.get("detail").asText();
            assertFalse(detail.contains("Exception") || detail.contains("dev.newsdrop") || detail.contains("at "),
                    "no internals in: " + detail);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private static APIGatewayV2HTTPResponse call(String event, Consumer<ObjectNode> edit) {
        return handler.handleRequest(Events.httpEvent(event, edit), null);
    }

    private static JsonNode list(String query) throws IOException {
        APIGatewayV2HTTPResponse response = listResponse(query);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return JSON.readTree(response.getBody());
    }

    private static APIGatewayV2HTTPResponse listResponse(String query) {
        return call("apigw-list-articles.json", e -> {
            ObjectNode params = e.putObject("queryStringParameters");
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv[1]);
            }
            e.put("rawQueryString", query);
        });
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
