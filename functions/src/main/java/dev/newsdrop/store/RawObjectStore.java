package dev.newsdrop.store;

import java.util.Optional;

/** Reads raw pages as they were uploaded. */
public interface RawObjectStore {

    /**
     * Reads one object version.
     *
     * @param versionId the version to read, or null for the current one
     * @param maxBytes  objects larger than this are not read: the result says {@link RawObject#tooLarge()}
     * @return empty when the object (or that version) no longer exists
     * @throws RuntimeException when the store fails; the caller should retry
     */
    Optional<RawObject> read(String bucket, String key, String versionId, long maxBytes);
}
