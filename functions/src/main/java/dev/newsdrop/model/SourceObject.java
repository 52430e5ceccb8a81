package dev.newsdrop.model;

/**
 * The stored object a record was made from.
 *
 * @param bucket      bucket name
 * @param key         object key, decoded (never URL-encoded)
 * @param versionId   the object version read, or null when the bucket is not versioned
 * @param eTag        the object's ETag without quotes
 * @param size        size in bytes as stored
 * @param contentType the Content-Type the object was stored with, or null
 * @param charset     the character set the page was decoded with, or null when it was not decoded
 * @param sequencer   S3's ordering token for events on this key, or null when unknown
 */
public record SourceObject(String bucket, String key, String versionId, String eTag, long size,
                           String contentType, String charset, String sequencer) {

    /** This object with the charset its bytes were decoded with. */
    public SourceObject withCharset(String decodedWith) {
        return new SourceObject(bucket, key, versionId, eTag, size, contentType, decodedWith, sequencer);
    }
}
