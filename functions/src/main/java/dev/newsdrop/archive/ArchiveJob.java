package dev.newsdrop.archive;

/**
 * A job for the splitter: split this archive from {@code offset} on. The first job of an archive
 * starts at 0; a splitter nearing its deadline hands the rest on as a job from the next record,
 * carrying what it counted so far, so the last part can report the whole archive.
 *
 * @param bucket    the archive's bucket
 * @param key       the archive's key
 * @param versionId the archive's version, or null
 * @param offset    where to start: the first byte of a record
 * @param counts    what earlier parts of the split counted
 */
public record ArchiveJob(String bucket, String key, String versionId, long offset, SplitCounts counts) {

    public ArchiveJob {
        if (bucket == null || bucket.isBlank() || key == null || key.isEmpty()) {
            throw new IllegalArgumentException("an archive job needs a bucket and a key");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("an archive job's offset is >= 0");
        }
        counts = counts == null ? SplitCounts.NONE : counts;
    }

    /** The first job of an archive. */
    public static ArchiveJob of(String bucket, String key, String versionId) {
        return new ArchiveJob(bucket, key, versionId, 0, SplitCounts.NONE);
    }

    /** {@code s3://bucket/key}, for logs and messages. */
    public String location() {
        return "s3://" + bucket + "/" + key;
    }
}
