package dev.newsdrop.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * The queue message bodies of web archives, as JSON: an archived page (a work item, in the page
 * queue beside S3 notifications, marked {@code "type": "archived-page"}) and an archive job (in the
 * archive queue: {@code {"bucket", "key", "versionId", "offset"}}, with the counts so far).
 */
public final class ArchiveMessages {

    /** The {@code type} of a work item; S3 notifications have {@code Records} instead. */
    public static final String ARCHIVED_PAGE = "archived-page";
    private static final String TYPE = "type";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveMessages() {
    }

    public static String toJson(ArchivedPage page) {
        ObjectNode node = JSON.createObjectNode();
        node.put(TYPE, ARCHIVED_PAGE);
        node.put("bucket", page.bucket());
        node.put("key", page.key());
        node.put("versionId", page.versionId());
        node.put("offset", page.offset());
        node.put("length", page.length());
        node.put("targetUri", page.targetUri());
        node.put("date", page.date());
        node.put("recordId", page.recordId());
        node.put("charset", page.charset());
        return node.toString();
    }

    public static String toJson(ArchiveJob job) {
        ObjectNode node = JSON.createObjectNode();
        node.put("bucket", job.bucket());
        node.put("key", job.key());
        node.put("versionId", job.versionId());
        node.put("offset", job.offset());
        node.put("pages", job.counts().pages());
        node.put("skipped", job.counts().skipped());
        node.put("damaged", job.counts().damaged());
        return node.toString();
    }

    /**
     * The archived page a message body holds, or empty when it holds something else (an S3 notification).
     *
     * @throws IllegalArgumentException when it is marked as an archived page but is not a valid one
     */
    public static Optional<ArchivedPage> page(String body) {
        JsonNode node = tree(body);
        if (node == null || !ARCHIVED_PAGE.equals(node.path(TYPE).asText())) {
            return Optional.empty();
        }
        return Optional.of(new ArchivedPage(text(node, "bucket"), text(node, "key"), text(node, "versionId"),
                node.path("offset").asLong(-1), node.path("length").asLong(0), text(node, "targetUri"),
                text(node, "date"), text(node, "recordId"), text(node, "charset")));
    }

    /**
     * The archive job a message body holds.
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static ArchiveJob job(String body) {
        JsonNode node = tree(body);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not an archive job: expected a JSON object");
        }
        return new ArchiveJob(text(node, "bucket"), text(node, "key"), text(node, "versionId"),
                node.path("offset").asLong(0), new SplitCounts(node.path("pages").asLong(0),
                node.path("skipped").asLong(0), node.path("damaged").asLong(0)));
    }

    private static JsonNode tree(String body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
