package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.Source;
import dev.newsdrop.model.SourceStatus;
import dev.newsdrop.ports.SourceRegistry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /pipeline}: what the local pipeline holds and is doing, for the console's pipeline
 * view. Objects and records are counted by scanning the stack's own tables, which only a local
 * stack may afford (the deployed API never scans); messages are counted in the file-backed queue.
 */
final class PipelineReport {

    /** How many recent failures and dead letters are listed. */
    static final int LISTED = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoDbClient dynamoDb;
    private final String articlesTable;
    private final String objectsTable;
    private final SourceRegistry sources;
    private final LocalQueue queue;
    private final Supplier<Instant> nextIngestion;
    private final Supplier<List<ArchiveTally.Progress>> archives;

    /**
     * @param nextIngestion when the next scheduled ingestion run starts, or null (nothing scheduled)
     */
    PipelineReport(DynamoDbClient dynamoDb, String articlesTable, String objectsTable, SourceRegistry sources,
                   LocalQueue queue, Supplier<Instant> nextIngestion) {
        this(dynamoDb, articlesTable, objectsTable, sources, queue, nextIngestion, List::of);
    }

    /** @param archives the recent web archives, newest first, with their pages found and processed */
    PipelineReport(DynamoDbClient dynamoDb, String articlesTable, String objectsTable, SourceRegistry sources,
                   LocalQueue queue, Supplier<Instant> nextIngestion, Supplier<List<ArchiveTally.Progress>> archives) {
        this.archives = archives;
        this.dynamoDb = dynamoDb;
        this.articlesTable = articlesTable;
        this.objectsTable = objectsTable;
        this.sources = sources;
        this.queue = queue;
        this.nextIngestion = nextIngestion;
    }

    /** The report, as the {@code Pipeline} schema of {@code openapi.json} describes it. */
    ObjectNode report() {
        ObjectNode root = JSON.createObjectNode();
        root.put("objects", countObjects());
        Map<ArticleStatus, Integer> byStatus = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            byStatus.put(status, 0);
        }
        List<Map<String, AttributeValue>> failures = new ArrayList<>();
        scanRecords(byStatus, failures);
        ObjectNode records = root.putObject("records");
        byStatus.forEach((status, count) -> records.put(status.name(), count));
        root.put("queued", queue.pending());
        root.put("deadLettered", queue.deadLetters());
        ArrayNode failed = root.putArray("failures");
        failures.stream()
                .sorted(Comparator.comparing((Map<String, AttributeValue> item) -> text(item, "processedAt")).reversed())
                .limit(LISTED)
                .forEach(item -> failed.addObject()
                        .put("id", text(item, "id"))
                        .put("key", item.containsKey("source") ? text(item.get("source").m(), "key") : null)
                        .put("title", text(item, "title"))
                        .put("status", text(item, "status"))
                        .put("reason", text(item, "reason"))
                        .put("processedAt", text(item, "processedAt")));
        ArrayNode dead = root.putArray("deadLetters");
        for (LocalQueue.Message message : queue.deadLettered(LISTED)) {
            ObjectNode entry = dead.addObject().put("messageId", message.id())
                    .put("sentAt", message.at().toString());
            ArrayNode keys = entry.putArray("keys");
            objectKeys(message.body()).forEach(keys::add);
        }
        ArrayNode followed = root.putArray("sources");
        Instant next = nextIngestion == null ? null : nextIngestion.get();
        for (Source source : sources.all()) {
            SourceStatus status = sources.status(source.id());
            Instant lastRun = latest(status.lastSuccessAt(), status.lastErrorAt());
            Instant nextRun = !source.enabled() || next == null ? null
                    : status.nextAttemptAt() != null && status.nextAttemptAt().isAfter(next) ? status.nextAttemptAt() : next;
            followed.addObject()
                    .put("id", source.id())
                    .put("name", source.name())
                    .put("enabled", source.enabled())
                    .put("lastRunAt", string(lastRun))
                    .put("lastSuccessAt", string(status.lastSuccessAt()))
                    .put("lastError", status.lastError())
                    .put("lastErrorAt", string(status.lastErrorAt()))
                    .put("consecutiveFailures", status.consecutiveFailures())
                    .put("nextRunAt", string(nextRun));
        }
        ArrayNode archived = root.putArray("archives");
        for (ArchiveTally.Progress archive : archives.get()) {
            ObjectNode entry = archived.addObject()
                    .put("key", archive.key())
                    .put("state", archive.done() ? "DONE" : archive.counts() == null ? "SPLITTING" : "PROCESSING")
                    .put("processed", archive.processed())
                    .put("gone", archive.gone())
                    .put("startedAt", archive.startedAt().toString());
            if (archive.counts() == null) {
                entry.putNull("pagesFound").putNull("skipped").putNull("damaged");
            } else {
                entry.put("pagesFound", archive.counts().pages()).put("skipped", archive.counts().skipped())
                        .put("damaged", archive.counts().damaged());
            }
        }
        root.put("at", Instant.now().toString());
        return root;
    }

    private long countObjects() {
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(objectsTable).select(Select.COUNT);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            ScanResponse page = dynamoDb.scan(request.build());
            count += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    /** Counts records by status and keeps the failed ones' summaries, reading only the fields it needs. */
    private void scanRecords(Map<ArticleStatus, Integer> byStatus, List<Map<String, AttributeValue>> failures) {
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(articlesTable)
                    .projectionExpression("#id, #status, #reason, #title, #processedAt, #source")
                    .expressionAttributeNames(Map.of("#id", "id", "#status", "status", "#reason", "reason",
                            "#title", "title", "#processedAt", "processedAt", "#source", "source"));
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            ScanResponse page = dynamoDb.scan(request.build());
            for (Map<String, AttributeValue> item : page.items()) {
                ArticleStatus status;
                try {
                    status = ArticleStatus.valueOf(text(item, "status"));
                } catch (RuntimeException unknown) {
                    continue; // not a record this version knows
                }
                byStatus.merge(status, 1, Integer::sum);
                if (!status.isSuccess()) {
                    failures.add(item);
                    if (failures.size() > 10 * LISTED) {
                        failures.sort(Comparator.comparing((Map<String, AttributeValue> i) -> text(i, "processedAt"))
                                .reversed());
                        failures.subList(LISTED, failures.size()).clear();
                    }
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    /** The object keys an S3 event notification names, decoded as S3 encodes them. */
    static List<String> objectKeys(String notification) {
        List<String> keys = new ArrayList<>();
        try {
            for (JsonNode record : JSON.readTree(notification).path("Records")) {
                String key = record.path("s3").path("object").path("key").asText(null);
                if (key != null) {
                    keys.add(URLDecoder.decode(key, StandardCharsets.UTF_8));
                }
            }
        } catch (java.io.IOException | IllegalArgumentException unreadable) {
            // a message that is not an S3 event names no object
        }
        return keys;
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String string(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
