package dev.newsdrop.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.codec.Sha256;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.local.Faults;
import dev.newsdrop.local.LocalClients;
import dev.newsdrop.local.LocalPipeline;
import dev.newsdrop.process.ProcessingObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The soak, small: CI's run of it. The full-size figures come from {@code ./newsdrop soak}. The
 * outcome is checked here on its own, not through the soak's self-check: after the run, a fresh
 * pipeline on the same data serves the records over its HTTP API, and each is compared with the
 * bytes the bucket holds for its key.
 */
class SoakRunIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGES = 150;

    @TempDir
    Path data;

    @Test
    void pagesUnderDuplicatesLateEventsNewVersionsAndOutages_allEndAsOneRecordOfTheirNewestVersion() throws Exception {
        SoakRun.Plan plan = new SoakRun.Plan(PAGES, 0.2, new Faults(0.3, 0.2, Duration.ofMillis(800), 7),
                Duration.ofSeconds(60), Duration.ofSeconds(4), Duration.ofMinutes(3), 4, LocalPipeline.Pacing.QUICK);

        SoakRun.Result result = new SoakRun(plan, System.err).run(data, templates());

        assertTrue(result.uploads() > PAGES, "some keys got a second version: " + result.uploads());
        try (Stream<Path> deadLetters = Files.list(data.resolve("dead-letter"))) {
            assertEquals(List.of(), deadLetters.toList(), "the DynamoDB kill and the S3 outage dead-lettered nothing");
        }
        try (LocalPipeline pipeline = LocalPipeline.start(LocalPipeline.Options.basic(FreePort.findRun(3), data, null,
                ProcessingObserver.NONE)); LocalClients clients = LocalClients.of(pipeline.endpoints())) {
            Map<String, List<JsonNode>> recordsByKey = soakRecords(pipeline.apiUrl());
            String bucket = pipeline.settings().rawBucket();
            int secondVersions = 0;
            for (int i = 0; i < PAGES; i++) {
                String key = pipeline.settings().rawPrefix() + "soak/" + i + ".html";
                byte[] stored = clients.s3().getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
                List<JsonNode> records = recordsByKey.getOrDefault(key, List.of());
                assertEquals(1, records.size(), key + ": " + records.size() + " records");
                assertEquals(Sha256.hex(stored), records.get(0).get("contentHash").asText(),
                        key + ": the record is of the bytes the bucket holds now");
                if (new String(stored, StandardCharsets.UTF_8).contains("content=\"2\"")) {
                    secondVersions++;
                }
            }
            assertEquals(PAGES, recordsByKey.size(), "no record of a key the soak did not write");
            assertTrue(secondVersions > 0, "some records are of a second version");
        }
    }

    /** Every record of a {@code soak/} key, read through the API's listing page after page. */
    private static Map<String, List<JsonNode>> soakRecords(URI api) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, List<JsonNode>> byKey = new HashMap<>();
        String cursor = null;
        do {
            String url = api + "/articles?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode page = JSON.readTree(response.body());
            for (JsonNode item : page.get("items")) {
                String key = item.path("source").path("key").asText();
                if (key.contains("/soak/")) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
                }
            }
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return byKey;
    }

    private static List<byte[]> templates() throws IOException {
        Path pages = Path.of(System.getProperty("newsdrop.home", ".."), "events", "pages");
        List<byte[]> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(pages)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("1256"))
                    .sorted().toList()) {
                templates.add(Files.readAllBytes(page));
            }
        }
        return templates;
    }
}
