package dev.newsdrop.ports;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/** Reads and writes raw pages as they were uploaded. */
public interface RawObjectStore {

    /** What storing an object produced. */
    record Stored(String eTag, String versionId) {
    }

    /**
     * Stores a raw page. Metadata values may hold any text: the store encodes them as its storage
     * requires and {@link #read} gives them back as they were put.
     *
     * @throws MetadataTooLargeException when the encoded metadata is above S3's limit: nothing is stored
     * @throws RuntimeException when the store fails; the caller should retry
     */
    Stored put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata);

    /**
     * Reads one object version.
     *
     * @param versionId the version to read, or null for the current one
     * @param maxBytes  objects larger than this are not read: the result says {@link RawObject#tooLarge()}
     * @return empty when the object (or that version) no longer exists
     * @throws RuntimeException when the store fails; the caller should retry
     */
    Optional<RawObject> read(String bucket, String key, String versionId, long maxBytes);

    /**
     * Reads {@code length} bytes of one object version from {@code offset}: one record of a web archive.
     *
     * @return empty when the object (or that version) no longer exists; fewer bytes when it ends sooner
     * @throws RuntimeException when the store fails; the caller should retry
     */
    Optional<byte[]> readRange(String bucket, String key, String versionId, long offset, int length);

    /**
     * Opens one object version as a stream from {@code offset} to its end, for reading it once
     * without holding it in memory. The caller closes it.
     *
     * @return empty when the object (or that version) no longer exists
     * @throws RuntimeException when the store fails; the caller should retry
     */
    Optional<InputStream> open(String bucket, String key, String versionId, long offset);
}
