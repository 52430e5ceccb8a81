package dev.newsdrop.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Large bodies as JSON objects in the raw bucket under {@value #PREFIX} — outside the raw prefix,
 * so storing one triggers nothing.
 */
public final class S3BodyStore implements BodyStore {

    /** The key prefix of stored bodies; the infrastructure scopes its grants to it. */
    public static final String PREFIX = "bodies/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Client s3;
    private final String bucket;

    public S3BodyStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public String put(String recordId, String contentHash, Body body) {
        String key = key(recordId, contentHash);
        ObjectNode json = JSON.createObjectNode().put("text", body.text()).put("html", body.html());
        Throttling.guard("storing a large body", () -> s3.putObject(r -> r.bucket(bucket).key(key)
                .contentType("application/json"), RequestBody.fromString(json.toString())));
        return key;
    }

    /** Where the body of one record version is kept: {@code bodies/<record id>/<content hash>.json}. */
    static String key(String recordId, String contentHash) {
        return PREFIX + recordId + "/" + contentHash + ".json";
    }

    @Override
    public Body read(String reference) {
        byte[] bytes = Throttling.guard("reading a large body",
                () -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(reference)).asByteArray());
        try {
            JsonNode json = JSON.readTree(bytes);
            return new Body(text(json, "text"), text(json, "html"));
        } catch (IOException e) {
            throw new UncheckedIOException("the body at s3://" + bucket + "/" + reference + " is not JSON", e);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
