package dev.newsdrop.ports;

import java.util.Map;

/**
 * A raw object as read from the store.
 *
 * @param bytes       its content; empty when {@code tooLarge}
 * @param size        its size as stored
 * @param contentType its Content-Type, or null
 * @param eTag        its ETag without quotes
 * @param versionId   the version read, or null when the store keeps no versions
 * @param metadata    its user metadata, values as they were put (see {@link ObjectMetadata})
 * @param tooLarge    whether it was left unread for its size
 */
public record RawObject(byte[] bytes, long size, String contentType, String eTag, String versionId,
                        Map<String, String> metadata, boolean tooLarge) {

    public RawObject {
        metadata = Map.copyOf(metadata);
    }
}
