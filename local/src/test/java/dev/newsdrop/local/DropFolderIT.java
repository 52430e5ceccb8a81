package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.process.ProcessingObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drop folder of a running pipeline, over real files, the S3 emulator and the HTTP API on
 * loopback: slow writers, long names and symbolic links (issue 12, findings 2, 3 and 6). One
 * pipeline serves the class, with the quick pacing; every test drops files of its own names.
 */
class DropFolderIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(40);
    private static final LocalPipeline.Pacing PACING = LocalPipeline.Pacing.QUICK;
    /** A writer's pause a second shorter than the quiet period. */
    private static final Duration PAUSE = PACING.dropFolder.quietPeriod().minusSeconds(1);

    private static final HttpClient http = HttpClient.newHttpClient();
    private static LocalPipeline pipeline;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() {
        pipeline = LocalPipeline.start(LocalPipeline.Options.basic(FreePort.findRun(3), data, null,
                ProcessingObserver.NONE).withPacing(PACING));
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void slowWriterPausingWithinTheQuietPeriod_becomesARecordOfTheWholeFile() throws Exception {
        assertTrue(PAUSE.isPositive(), PAUSE.toString());
        try (OutputStream out = Files.newOutputStream(pipeline.dropDir().resolve("slow.html"))) {
            out.write("<html><head><title>Slow copy</title></head><body><article>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(PAUSE.toMillis());
            for (int i = 1; i <= 5; i++) {
                out.write(("<p>Paragraph " + i + " of a slowly copied article with enough prose to be extracted.</p>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("</article></body></html>".getBytes(StandardCharsets.UTF_8));
        }

        JsonNode record = awaitRecord("raw/drop/slow.html");
        assertTrue(record.get("text").asText().contains("Paragraph 5"), record.get("text").asText());
        assertTrue(Files.exists(data.resolve("uploaded/slow.html")));
    }

    @Test
    void fileWithA255ByteName_isUploadedUnderAShortenedKey_andBecomesARecord() throws Exception {
        String name = "x".repeat(250) + ".html";
        Files.writeString(pipeline.dropDir().resolve(name), "<html><head><title>Long name</title></head><body>"
                + "<article><p>A page dropped under a very long file name still becomes a record.</p></article>"
                + "</body></html>");

        JsonNode record = awaitRecord("raw/drop/" + DropNames.objectName(name));
        assertEquals("Long name", record.get("title").asText());
        assertTrue(Files.list(pipeline.dropDir()).findAny().isEmpty(), "nothing is left to retry");
    }

    @Test
    void symbolicLinkToAFileOutside_isRefused_andItsTargetNeverReachesTheBucket() throws Exception {
        Path secret = Files.writeString(data.resolve("secret.html"),
                "<html><body><article><p>root:x:0:0:root:/root:/bin/bash</p></article></body></html>");
        Files.createSymbolicLink(pipeline.dropDir().resolve("passwd-link.html"), secret);
        Files.writeString(pipeline.dropDir().resolve("after.html"), "<html><head><title>After</title></head>"
                + "<body><article><p>A regular file dropped after the link is uploaded as usual.</p></article>"
                + "</body></html>");

        awaitRecord("raw/drop/after.html");
        Path reason = pipeline.refusedDir().resolve("passwd-link.html.reason");
        assertTrue(Files.exists(reason), "refused with a reason");
        assertTrue(Files.readString(reason).contains("symbolic link"), Files.readString(reason));
        try (LocalClients clients = LocalClients.of(pipeline.endpoints())) {
            S3Exception missing = assertThrows(S3Exception.class, () -> clients.s3().headObject(r -> r
                    .bucket(pipeline.settings().rawBucket()).key("raw/drop/passwd-link.html")));
            assertEquals(404, missing.statusCode());
        }
        assertTrue(listing().toString().indexOf("passwd-link") < 0, "no record names the link");
    }

    /** The record whose source is {@code key}, once the API lists it. */
    private JsonNode awaitRecord(String key) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode item : listing().get("items")) {
                if (key.equals(item.path("source").path("key").asText())) {
                    HttpResponse<String> record = get(pipeline.apiUrl() + "/articles/" + item.get("id").asText());
                    return JSON.readTree(record.body());
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no record of " + key + " within " + WITHIN + "; refused: "
                + Files.list(pipeline.refusedDir()).toList());
    }

    private JsonNode listing() throws Exception {
        HttpResponse<String> response = get(pipeline.apiUrl() + "/articles?limit=100");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
