package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.emulators.PortInUseException;
import dev.newsdrop.process.ProcessingObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local stack end to end: drop folder, S3 uploads and the HTTP API, over real loopback HTTP. */
class LocalStackIT {

    private static final Path SAMPLES = Path.of(System.getProperty("newsdrop.home", ".."), "events", "pages");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<LocalStack> stacks = new ArrayList<>();

    @TempDir
    Path data;

    @AfterEach
    void stop() {
        stacks.forEach(LocalStack::close);
    }

    @Test
    void droppedPage_isServedByTheApiWithinSeconds_andSurvivesARestart() throws Exception {
        int port = freePortRun();
        LocalStack stack = start(port);
        Files.copy(SAMPLES.resolve("seed-article.html"), stack.dropDir().resolve("my page.html"));

        JsonNode listed = await(stack.apiUrl() + "/articles?lang=ar", page -> page.get("items").size() > 0);
        String id = listed.get("items").get(0).get("id").asText();
        assertEquals("لوبوان24", listed.get("items").get(0).get("siteName").asText());

        stack.close();
        stacks.clear();
        LocalStack again = start(port);
        HttpResponse<String> record = get(again.apiUrl() + "/articles/" + id);
        assertEquals(200, record.statusCode(), record.body());
        assertEquals("الحرة", JSON.readTree(record.body()).get("credit").asText());
    }

    @Test
    void uploadWithAnS3Client_reachesTheProcessingHandlerAsAnS3Event() throws Exception {
        LocalStack stack = start(freePortRun());
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
        LocalStack stack = start(freePortRun());
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
    void secondStackOnABusyPort_saysWhichPortIsTaken() {
        int port = freePortRun();
        start(port);

        PortInUseException busy = assertThrows(PortInUseException.class, () -> start(port));
        assertTrue(busy.getMessage().contains("port " + port), busy.getMessage());
    }

    private LocalStack start(int port) {
        LocalStack stack = LocalStack.start(new LocalStack.Options(port, data, null, ProcessingObserver.NONE));
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
    private static int freePortRun() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = FreePort.find();
            if (port < 65000 && FreePort.isFree(port + 1) && FreePort.isFree(port + 2)) {
                return port;
            }
        }
        throw new IllegalStateException("no three free ports in a row");
    }
}
