package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.process.ObjectEvent;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads S3 event notifications, as Lambda receives them directly or as the body of an SQS message,
 * into {@link ObjectEvent}s. Only "object created" events count; keys are URL-decoded (S3 encodes
 * them in events, with {@code +} for a space).
 */
public final class S3Notifications {

    private static final String CREATED = "ObjectCreated:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private S3Notifications() {
    }

    /** The "object created" events of a notification Lambda received directly. */
    public static List<ObjectEvent> from(S3Event event) {
        List<ObjectEvent> events = new ArrayList<>();
        if (event == null || event.getRecords() == null) {
            return events;
        }
        for (S3EventNotificationRecord r : event.getRecords()) {
            if (r.getEventName() != null && r.getEventName().startsWith(CREATED)) {
                S3ObjectEntity o = r.getS3().getObject();
                events.add(new ObjectEvent(r.getS3().getBucket().getName(), decodeKey(o.getKey()), o.getVersionId(),
                        o.geteTag(), o.getSizeAsLong() == null ? 0 : o.getSizeAsLong(), o.getSequencer()));
            }
        }
        return events;
    }

    /**
     * The "object created" events in a notification's JSON, as S3 puts it in an SQS message. S3's
     * test message ({@code s3:TestEvent}) holds none.
     *
     * @throws IllegalArgumentException when the text is not an S3 notification
     */
    public static List<ObjectEvent> parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not an S3 event notification: expected a JSON object");
        }
        if ("s3:TestEvent".equals(root.path("Event").asText())) {
            return List.of();
        }
        JsonNode records = root.get("Records");
        if (records == null || !records.isArray()) {
            throw new IllegalArgumentException("not an S3 event notification: no Records");
        }
        List<ObjectEvent> events = new ArrayList<>();
        for (JsonNode r : records) {
            if (!r.path("eventName").asText().startsWith(CREATED)) {
                continue;
            }
            JsonNode o = r.path("s3").path("object");
            events.add(new ObjectEvent(r.path("s3").path("bucket").path("name").asText(null),
                    decodeKey(o.path("key").asText(null)), textOrNull(o, "versionId"), textOrNull(o, "eTag"),
                    o.path("size").asLong(0), textOrNull(o, "sequencer")));
        }
        return events;
    }

    /** S3 event keys are form-encoded: {@code +} is a space, {@code %D8%A7} a UTF-8 byte. */
    static String decodeKey(String encoded) {
        if (encoded == null) {
            return null;
        }
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return encoded; // a stray '%' means the key was not encoded after all
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
