package dev.newsdrop.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes the S3 event notification JSON that S3 would put into the queue for a created object, with
 * the key URL-encoded as S3 encodes it (form encoding: a space is {@code +}; slashes stay).
 */
final class S3EventMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private S3EventMessages() {
    }

    record Created(String bucket, String key, long size, String eTag, String versionId, String sequencer,
                   String how, Instant time) {
    }

    static String notification(Created c) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventVersion", "2.1")
                .put("eventSource", "aws:s3")
                .put("awsRegion", "us-east-1")
                .put("eventTime", c.time().toString())
                .put("eventName", "ObjectCreated:" + c.how());
        record.putObject("userIdentity").put("principalId", "local");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0").put("configurationId", "newsdrop-local");
        s3.putObject("bucket").put("name", c.bucket()).put("arn", "arn:aws:s3:::" + c.bucket())
                .putObject("ownerIdentity").put("principalId", "local");
        ObjectNode object = s3.putObject("object")
                .put("key", encodeKey(c.key()))
                .put("size", c.size())
                .put("eTag", c.eTag())
                .put("sequencer", c.sequencer());
        if (c.versionId() != null) {
            object.put("versionId", c.versionId());
        }
        return root.toString();
    }

    static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
