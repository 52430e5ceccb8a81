package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.process.ProcessingObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline outlives its DynamoDB emulator: the real dynalite process is killed with SIGKILL
 * and the pipeline's supervision brings it back (issue 12, finding 5).
 */
class EmulatorDeathIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("newsdrop.home", ".."), "events", "pages");

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalPipeline pipeline;

    @TempDir
    Path data;

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void dynaliteKilledWithSigkill_isBackOnTheSameData_theApiRecovers_andAnUploadDuringTheOutageIsNotLost()
            throws Exception {
        // The quick pacing: the upload's message is retried within seconds of the restart, not 20 s.
        pipeline = LocalPipeline.start(LocalPipeline.Options.basic(FreePort.findRun(3), data, null,
                ProcessingObserver.NONE).withPacing(LocalPipeline.Pacing.QUICK));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create(pipeline.apiUrl() + "/articles?wait=true&url=https://news.example/before"))
                .header("Content-Type", "text/html; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofFile(SAMPLES.resolve("french-article.html"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String before = JSON.readTree(created.body()).get("id").asText();

        long pid = pipeline.dynamoDbPid();
        ProcessHandle dynalite = ProcessHandle.of(pid).orElseThrow();
        assertTrue(dynalite.destroyForcibly(), "SIGKILL sent");
        dynalite.onExit().get(10, TimeUnit.SECONDS);
        try (LocalClients clients = LocalClients.of(pipeline.endpoints())) {
            clients.s3().putObject(r -> r.bucket(pipeline.settings().rawBucket()).key("raw/uploads/during-outage.html")
                    .contentType("text/html"), RequestBody.fromFile(SAMPLES.resolve("seed-article.html")));
        }

        HttpResponse<String> again = await(pipeline.apiUrl() + "/articles/" + before, Duration.ofSeconds(30));
        assertEquals("https://news.example/before", JSON.readTree(again.body()).get("url").asText(),
                "the record written before the kill is still there: same data");
        assertNotEquals(pid, pipeline.dynamoDbPid(), "a new dynalite process");
        assertEquals(1, pipeline.dynamoDbRestarts());

        // Within one visibility timeout of the restart, the message of the upload is processed.
        HttpResponse<String> listed = awaitListing("raw/uploads/during-outage.html", Duration.ofSeconds(60));
        assertEquals(200, listed.statusCode());
        assertEquals(0, pipeline.deadLetters(), "nothing dead-lettered");
    }

    private HttpResponse<String> await(String url, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 200) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(url + " did not answer 200 within " + within + "; last: "
                + (last == null ? null : last.statusCode() + " " + last.body()));
    }

    private HttpResponse<String> awaitListing(String key, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(pipeline.apiUrl()
                    + "/articles?limit=100")).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 200) {
                for (JsonNode item : JSON.readTree(page.body()).get("items")) {
                    if (key.equals(item.path("source").path("key").asText())) {
                        return page;
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no record of " + key + " within " + within + "; dead letters: "
                + pipeline.deadLetters());
    }
}
