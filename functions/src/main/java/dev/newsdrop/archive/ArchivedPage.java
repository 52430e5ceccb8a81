package dev.newsdrop.archive;

/**
 * A work item: one archived HTML page, to be read from its archive by offset and length and made
 * into a record. The same record of the same archive always gives the same item, so an item sent
 * twice (a split resumed after a crash) makes the same record twice, which stores once.
 *
 * @param bucket    the archive's bucket, or null for an archive in a file
 * @param key       the archive's key
 * @param versionId the archive's version, or null when the bucket keeps no versions
 * @param offset    where the WARC record starts in the archive (a gzip member's start in a .warc.gz)
 * @param length    the record's length as stored (the whole gzip member)
 * @param targetUri the record's {@code WARC-Target-URI}: the page's address
 * @param date      the record's {@code WARC-Date} (ISO-8601), or null
 * @param recordId  the record's {@code WARC-Record-ID}, or null
 * @param charset   the charset of the HTTP {@code Content-Type}, or null
 */
public record ArchivedPage(String bucket, String key, String versionId, long offset, long length, String targetUri,
                           String date, String recordId, String charset) {

    public ArchivedPage {
        if ((bucket != null && bucket.isBlank()) || key == null || key.isEmpty()) {
            throw new IllegalArgumentException("an archived page needs the archive's key (and bucket, in S3)");
        }
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException("an archived page needs an offset >= 0 and a length > 0");
        }
    }

    /** {@code s3://bucket/key@offset}, for logs and messages. */
    public String location() {
        return "s3://" + bucket + "/" + key + "@" + offset;
    }
}
