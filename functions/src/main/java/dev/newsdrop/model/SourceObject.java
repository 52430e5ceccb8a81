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
 * @param sequencer   S3's ordering token for events on this key, or null when unknown; for a page
 *                    from a web archive, its {@code WARC-Date} and offset ({@link #archived()})
 * @param offset      for a page from a web archive: where its WARC record starts in the archive
 *                    object (a gzip member's start in a {@code .warc.gz}); else null
 * @param length      for a page from a web archive: the WARC record's length in bytes as stored; else null
 * @param warcRecordId for a page from a web archive: its {@code WARC-Record-ID}; else null
 */
public record SourceObject(String bucket, String key, String versionId, String eTag, long size,
                           String contentType, String charset, String sequencer, Long offset, Long length,
                           String warcRecordId) {

    /** An object stored whole (not a record inside a web archive). */
    public SourceObject(String bucket, String key, String versionId, String eTag, long size, String contentType,
                        String charset, String sequencer) {
        this(bucket, key, versionId, eTag, size, contentType, charset, sequencer, null, null, null);
    }

    /** This object with the charset its bytes were decoded with. */
    public SourceObject withCharset(String decodedWith) {
        return new SourceObject(bucket, key, versionId, eTag, size, contentType, decodedWith, sequencer, offset, length,
                warcRecordId);
    }

    /** Whether this is one record inside a web archive (WARC), read by its offset and length. */
    public boolean archived() {
        return offset != null && length != null;
    }
}
