package dev.newsdrop.process;

/**
 * One "object created" notification, whatever delivered it (S3 directly, SQS, the local stack).
 *
 * @param bucket    bucket name
 * @param key       object key, already URL-decoded
 * @param versionId the version created, or null when the bucket is not versioned
 * @param eTag      the object's ETag, or null
 * @param size      the object's size in bytes as the event states it
 * @param sequencer the event's ordering token, normalized by {@link Sequencer#normalize}, or null
 */
public record ObjectEvent(String bucket, String key, String versionId, String eTag, long size, String sequencer) {

    public ObjectEvent {
        if (bucket == null || bucket.isBlank() || key == null || key.isEmpty()) {
            throw new IllegalArgumentException("an object event needs a bucket and a key");
        }
        versionId = versionId == null || versionId.isBlank() ? null : versionId;
        eTag = eTag == null || eTag.isBlank() ? null : eTag;
        sequencer = Sequencer.normalize(sequencer);
    }

    /** {@code s3://bucket/key}, for logs and messages. */
    public String location() {
        return "s3://" + bucket + "/" + key + (versionId == null ? "" : "?versionId=" + versionId);
    }
}
