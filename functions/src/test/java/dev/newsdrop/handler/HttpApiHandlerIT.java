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
        handler = new HttpApiHandler(Api.create(aws.s3, aws.presigner(), aws.dynamoDb, aws.settings,
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
        HttpApiHandler production = new HttpApiHandler(Api.create(aws.s3, aws.presigner(), aws.dynamoDb, aws.settings,
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
