package dev.newsdrop.emulators;

/**
 * Told of every object the S3 emulator stores — by a put, a copy or a completed multipart upload —
 * after it is stored. The emulator has no event notifications of its own; this is what emulates them.
 */
@FunctionalInterface
public interface ObjectCreatedListener {

    /**
     * @param bucket the bucket
     * @param key    the key, decoded
     * @param how    the S3 event name suffix: "Put", "Copy" or "CompleteMultipartUpload"
     */
    void created(String bucket, String key, String how);
}
