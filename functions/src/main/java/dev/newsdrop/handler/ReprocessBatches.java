package dev.newsdrop.handler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.reprocess.BatchReport;
import dev.newsdrop.reprocess.KeyOutcome;
import dev.newsdrop.reprocess.ListedObject;
import dev.newsdrop.reprocess.Selection;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reprocessing function's JSON, both ways. In: the batch a Distributed Map sends from an S3
 * objects item reader through an item batcher,
 * {@code {"Items":[{"Key":"raw/a.html","Size":123,"Etag":"\"…\"",…}],"BatchInput":{"mode":"stale","force":false}}}
 * (keys as stored, not URL-encoded). Out: the batch's report,
 * {@code {"counts":{"updated":n,…},"failures":[{"key":…,"reason":…}],"failuresLeftOut":n,"skips":[…],"skipsLeftOut":n}}.
 */
public final class ReprocessBatches {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ReprocessBatches() {
    }

    /**
     * One batch as the item processor receives it.
     *
     * @param items     the listed objects
     * @param selection which keys the run brings up to date
     * @param force     whether up-to-date records are extracted again
     */
    public record Batch(List<ListedObject> items, Selection selection, boolean force) {

        public Batch {
            items = List.copyOf(items);
        }
    }

    /**
     * Reads a batch.
     *
     * @throws IllegalArgumentException when it is not one: no {@code Items}, an item without a
     *                                  key, an unknown mode
     */
    public static Batch read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.path("Items").isArray()) {
            throw new IllegalArgumentException("a reprocessing batch holds an Items array");
        }
        List<ListedObject> items = new ArrayList<>();
        for (JsonNode item : root.path("Items")) {
            String key = item.path("Key").asText(null);
            if (key == null || key.isEmpty()) {
                throw new IllegalArgumentException("every item of a reprocessing batch has a Key");
            }
            items.add(new ListedObject(key, item.path("Size").asLong(-1), item.path("Etag").asText(null)));
        }
        JsonNode input = root.path("BatchInput");
        return new Batch(items, Selection.parse(input.path("mode").asText(null)), input.path("force").asBoolean(false));
    }

    /** The batch as the item processor receives it, for callers that run the handler themselves. */
    public static byte[] write(Batch batch) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("Items");
        for (ListedObject object : batch.items()) {
            ObjectNode item = items.addObject();
            item.put("Key", object.key());
            item.put("Size", object.size());
            if (object.eTag() != null) {
                item.put("Etag", "\"" + object.eTag() + "\"");
            }
        }
        root.putObject("BatchInput").put("mode", batch.selection().label()).put("force", batch.force());
        return bytes(root);
    }

    /** The report as JSON. */
    public static byte[] write(BatchReport report) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode counts = root.putObject("counts");
        report.counts().forEach((kind, n) -> counts.put(label(kind), n));
        listed(root.putArray("failures"), report.failures());
        root.put("failuresLeftOut", report.failuresLeftOut());
        listed(root.putArray("skips"), report.skips());
        root.put("skipsLeftOut", report.skipsLeftOut());
        return bytes(root);
    }

    /**
     * The counts of a report the handler wrote, by outcome name ({@code updated}, …), and its
     * failures as key and reason.
     */
    public record ReadReport(Map<String, Integer> counts, List<KeyOutcome> failures, int failuresLeftOut) {
    }

    /** Reads a report {@link #write(BatchReport)} made. */
    public static ReadReport readReport(byte[] json) throws IOException {
        JsonNode root = JSON.readTree(json);
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        root.path("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
        List<KeyOutcome> failures = new ArrayList<>();
        for (JsonNode f : root.path("failures")) {
            failures.add(new KeyOutcome(f.path("key").asText(), KeyOutcome.Kind.FAILED, f.path("reason").asText()));
        }
        return new ReadReport(counts, failures, root.path("failuresLeftOut").asInt());
    }

    /** An outcome's name in reports: {@code updated}, {@code unchanged}, … */
    public static String label(KeyOutcome.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static void listed(ArrayNode array, List<KeyOutcome> outcomes) {
        for (KeyOutcome outcome : outcomes) {
            array.addObject().put("key", outcome.key()).put("reason", outcome.reason());
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }
}
