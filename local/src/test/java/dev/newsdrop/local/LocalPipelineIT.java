package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.emulators.PortInUseException;
import dev.newsdrop.ingest.IngestionReport;
import dev.newsdrop.process.ProcessingObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local stack end to end: drop folder, S3 uploads and the HTTP API, over real loopback HTTP. */
class LocalPipelineIT {

    private static final Path SAMPLES = Path.of(System.getProperty("newsdrop.home", ".."), "events", "pages");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<LocalPipeline> stacks = new ArrayList<>();

    @TempDir
    Path data;

    @AfterEach
    void stop() {
        stacks.forEach(LocalPipeline::close);
    }

    @Test
    void droppedPage_isServedByTheApiWithinSeconds_andSurvivesARestart() throws Exception {
        int port = FreePort.findRun(3);
        LocalPipeline stack = start(port);
        Files.copy(SAMPLES.resolve("seed-article.html"), stack.dropDir().resolve("my page.html"));

        JsonNode listed = await(stack.apiUrl() + "/articles?lang=ar", page -> page.get("items").size() > 0);
        String id = listed.get("items").get(0).get("id").asText();
        assertEquals("لوبوان24", listed.get("items").get(0).get("siteName").asText());

        stack.close();
        stacks.clear();
        awaitFree(port, 3);
        LocalPipeline again = start(port);
        HttpResponse<String> record = get(again.apiUrl() + "/articles/" + id);
        assertEquals(200, record.statusCode(), record.body());
        assertEquals("الحرة", JSON.readTree(record.body()).get("credit").asText());
    }

    @Test
    void uploadWithAnS3Client_reachesTheProcessingHandlerAsAnS3Event() throws Exception {
        LocalPipeline stack = start(FreePort.findRun(3));
        String key = "raw/uploads/مقال جديد.html";
        try (LocalClients clients = LocalClients.of(stack.endpoints())) {
            clients.s3().putObject(r -> r.bucket(stack.settings().rawBucket()).key(key).contentType("text/html"),
                    RequestBody.fromFile(SAMPLES.resolve("french-article.html")));
        }

        JsonNode listed = await(stack.apiUrl() + "/articles?lang=fr", page -> page.get("items").size() > 0);
        JsonNode source = listed.get("items").get(0).get("source");
        assertEquals(key, source.get("key").asText(), "the event's encoded key was decoded back");
        assertTrue(source.get("sequencer").asText().matches("[0-9A-F]{32}"), source.toString());
    }

    @Test
    void postedWindows1256Page_goesThroughTheLocalGatewayAndIsProcessed() throws Exception {
        LocalPipeline stack = start(FreePort.findRun(3));
        byte[] page = Files.readAllBytes(SAMPLES.resolve("seed-article.html"));
        byte[] windows1256 = new String(page, java.nio.charset.StandardCharsets.UTF_8)
                .getBytes(Charset.forName("windows-1256"));

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/articles?wait=true"))
                .header("Content-Type", "text/html; charset=windows-1256")
                .POST(HttpRequest.BodyPublishers.ofByteArray(windows1256)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(201, created.statusCode(), created.body());
        assertEquals("لوبوان24", JSON.readTree(created.body()).get("siteName").asText());
        HttpResponse<String> missing = get(stack.apiUrl() + "/articles/" + "0".repeat(32));
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void followedSource_feedItemsBecomeRecords_robotsAreObeyed_andTheNextRunGets304s() throws Exception {
        Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Loopback News</title><link>%1$s/</link>
                <item><title>One</title><link>%1$s/news/one</link></item>
                <item><title>Two</title><link>%1$s/news/two</link></item>
                <item><title>Secret</title><link>%1$s/private/three</link></item>
                </channel></rss>""".formatted(base);
        site.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body;
            String type = "text/html; charset=utf-8";
            if (path.equals("/feed.xml")) {
                if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                type = "application/rss+xml";
                body = feed.getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/robots.txt")) {
                type = "text/plain";
                body = "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8);
            } else if (path.startsWith("/news/")) {
                body = article("Loopback story " + path.substring(6));
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        Path sources = data.resolve("sources.json");
        Files.writeString(sources, """
                [{"id": "loopback-news", "name": "Loopback News", "feeds": ["%s/feed.xml"], "minDelayBetweenRequestsMs": 10}]
                """.formatted(base));
        BlockingQueue<IngestionReport> runs = new LinkedBlockingQueue<>();
        try {
            LocalPipeline stack = LocalPipeline.start(new LocalPipeline.Options(FreePort.findRun(3), data, null, sources,
                    Duration.ofSeconds(2), true, ProcessingObserver.NONE, runs::add, Faults.NONE));
            stacks.add(stack);

            IngestionReport first = runs.poll(30, TimeUnit.SECONDS);
            assertNotNull(first, "the first ingestion run happens at start");
            assertEquals(2, first.source("loopback-news").fetched(), first.toString());
            JsonNode listed = await(stack.apiUrl() + "/articles?site=127.0.0.1",
                    page -> page.get("items").size() == 2);
            assertEquals(Set.of("Loopback story one", "Loopback story two"), titles(listed));

            IngestionReport second = runs.poll(30, TimeUnit.SECONDS);
            assertNotNull(second, "ingestion runs again on its schedule");
            assertEquals(0, second.source("loopback-news").fetched(), "nothing is fetched twice");
            assertEquals(1, second.source("loopback-news").notModified(), "the unchanged feed costs a 304");
            assertNull(requests.get("/private/three"), "robots.txt disallowed it: never requested");
            assertEquals(1, requests.get("/news/one").get());
        } finally {
            site.stop(0);
        }
    }

    private static Set<String> titles(JsonNode page) {
        Set<String> titles = new java.util.HashSet<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    private static byte[] article(String headline) {
        String paragraph = "<p>The lighthouse on the northern cape was handed back to its keepers on Monday, after "
                + "two years of repairs to the lamp, the tower and the road that leads to it along the cliffs.</p>";
        return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline
                + "</title></head><body><article><h1>" + headline + "</h1>" + paragraph.repeat(5)
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void uploadLink_takesAWindows1256PageStraightToStorage_andTheRecordAppearsWithItsArabic() throws Exception {
        LocalPipeline stack = start(FreePort.findRun(3));
        byte[] page = Files.readAllBytes(SAMPLES.resolve("seed-article-windows-1256-undeclared.html"));

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/uploads"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JsonNode upload = JSON.readTree(created.body());

        // A plain HTTP PUT of the raw bytes, straight to the S3 endpoint: they never pass through the API.
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(upload.get("uploadUrl").asText()))
                .header("Content-Type", "text/html; charset=windows-1256")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(page));
        upload.get("headers").properties().forEach(h -> put.header(h.getKey(), h.getValue().asText()));
        HttpResponse<String> stored = http.send(put.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stored.statusCode(), stored.body());

        // The S3 event processes it; the upload's status then redirects to the record.
        String statusUrl = stack.apiUrl() + created.headers().firstValue("Location").orElseThrow();
        long deadline = System.nanoTime() + WITHIN.toNanos();
        HttpResponse<String> status = get(statusUrl);
        while (status.statusCode() == 200 && System.nanoTime() < deadline) {
            assertEquals("PENDING", JSON.readTree(status.body()).get("state").asText());
            Thread.sleep(200);
            status = get(statusUrl);
        }
        assertEquals(303, status.statusCode(), status.body());
        HttpResponse<String> record = get(stack.apiUrl() + status.headers().firstValue("Location").orElseThrow());
        assertEquals(200, record.statusCode(), record.body());
        JsonNode json = JSON.readTree(record.body());
        assertEquals("بغداد وواشنطن تؤكدان استمرار الشراكة في “محاربة تنظيم داعش”", json.get("title").asText());
        assertEquals("لوبوان24", json.get("siteName").asText());
        assertEquals(upload.get("key").asText(), json.get("source").get("key").asText());
    }

    @Test
    void secondStackOnABusyPort_saysWhichPortIsTaken() {
        int port = FreePort.findRun(3);
        start(port);

        PortInUseException busy = assertThrows(PortInUseException.class, () -> start(port));
        assertTrue(busy.getMessage().contains("port " + port), busy.getMessage());
    }

    /**
     * Waits, a few seconds at most, until the ports a closed stack held can be bound again. They are
     * taken from the range the system also hands out to outgoing connections, so one of them can be
     * held for a moment by another connection on the machine after the stack lets it go.
     */
    private static void awaitFree(int firstPort, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (int i = 0; i < count; i++) {
            while (!FreePort.isFree(firstPort + i) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
    }

    private LocalPipeline start(int port) {
        LocalPipeline stack = LocalPipeline.start(LocalPipeline.Options.basic(port, data, null, ProcessingObserver.NONE)
                .withPacing(LocalPipeline.Pacing.QUICK));
        stacks.add(stack);
        return stack;
    }

    private JsonNode await(String url, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(url);
            if (response.statusCode() == 200) {
                last = JSON.readTree(response.body());
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + WITHIN + ": " + url + " last answered " + last);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A port with the two above it free too (the stack takes three in a row). */
}
