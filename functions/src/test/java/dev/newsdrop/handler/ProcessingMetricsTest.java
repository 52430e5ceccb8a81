package dev.newsdrop.handler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.SourceObject;
import dev.newsdrop.process.ObjectEvent;
import dev.newsdrop.process.Outcome;
import org.junit.jupiter.api.Test;
import software.amazon.lambda.powertools.metrics.MetricsFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessingMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void processedObject_writesOneEmfLineWithItsResultLatencyAndKey() throws Exception {
        ObjectEvent event = new ObjectEvent("bucket", "raw/a.html", null, null, 10, "01");
        ArticleRecord record = new ArticleRecord("0123456789abcdef0123456789abcdef", null, null, null, null, List.of(),
                null, null, null, null, null, null, null, List.of(), null, null, null, 0, 0, ArticleStatus.NOT_HTML,
                "binary", new SourceObject("bucket", "raw/a.html", null, null, 10, null, null, "01"), "h", "1",
                Instant.EPOCH);

        List<JsonNode> lines = emf(() -> new ProcessingMetrics(MetricsFactory.getMetricsInstance())
                .processed(new Outcome(Outcome.Kind.STORED, event, record), Duration.ofMillis(42)));

        JsonNode line = lines.stream().filter(l -> l.has("PagesProcessed")).findFirst().orElseThrow();
        assertEquals("NOT_HTML", line.get("Result").asText());
        assertEquals(42, line.get("ProcessingLatency").asInt());
        assertEquals("raw/a.html", line.get("objectKey").asText());
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals("newsdrop", directive.get("Namespace").asText());
    }

    @Test
    void failedMessages_areCounted_andNoneWriteNothing() throws Exception {
        ProcessingMetrics metrics = new ProcessingMetrics(MetricsFactory.getMetricsInstance());

        List<JsonNode> lines = emf(() -> {
            metrics.failedMessages(0);
            metrics.failedMessages(3);
        });

        List<JsonNode> failed = lines.stream().filter(l -> l.has("MessagesFailed")).toList();
        assertEquals(1, failed.size());
        assertEquals(3, failed.get(0).get("MessagesFailed").asInt());
    }

    @Test
    void everyMetricLine_carriesTheConfiguredLogLevel_soLambdaFilteringKeepsIt() throws Exception {
        ObjectEvent event = new ObjectEvent("bucket", "raw/b.html", null, null, 10, "02");
        ProcessingMetrics metrics = new ProcessingMetrics(MetricsFactory.getMetricsInstance(), "ERROR");

        List<JsonNode> lines = emf(() -> {
            metrics.processed(new Outcome(Outcome.Kind.MISSING, event, null), Duration.ofMillis(5));
            metrics.failedMessages(2);
        });

        assertEquals(2, lines.size());
        lines.forEach(line -> assertEquals("ERROR", line.path("level").asText(), line.toString()));
        List<JsonNode> unset = emf(() -> new ProcessingMetrics(MetricsFactory.getMetricsInstance(), null)
                .failedMessages(1));
        assertEquals("INFO", unset.get(0).path("level").asText(), "Lambda's default level");
    }

    /** The EMF lines written to standard output while {@code work} runs. */
    private static List<JsonNode> emf(Runnable work) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{") && line.contains("\"_aws\"")) {
                lines.add(JSON.readTree(line));
            }
        }
        assertTrue(!lines.isEmpty(), "EMF written: " + captured);
        return lines;
    }
}
