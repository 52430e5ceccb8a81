package dev.newsdrop.reprocess;

/**
 * One object of a listing of the raw bucket, as S3's ListObjectsV2 names it.
 *
 * @param key  the object key, as stored (never URL-encoded)
 * @param size its size in bytes
 * @param eTag its ETag, with or without the quotes S3 puts around it, or null
 */
public record ListedObject(String key, long size, String eTag) {

    public ListedObject {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a listed object has a key");
        }
        eTag = bare(eTag);
    }

    /** An ETag without its quotes, or null. */
    static String bare(String eTag) {
        if (eTag == null) {
            return null;
        }
        String bare = eTag.strip();
        if (bare.length() >= 2 && bare.startsWith("\"") && bare.endsWith("\"")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return bare.isEmpty() ? null : bare;
    }
}
