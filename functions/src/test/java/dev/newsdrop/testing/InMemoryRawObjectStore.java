package dev.newsdrop.testing;

import dev.newsdrop.ports.RawObject;
import dev.newsdrop.ports.RawObjectStore;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A versioned {@link RawObjectStore} in memory: every put makes a new version, reads name a version
 * or take the latest, deleted objects read as empty, and objects above the size limit are not read.
 */
public final class InMemoryRawObjectStore implements RawObjectStore {

    private record Version(String versionId, byte[] bytes, String contentType, String eTag, Map<String, String> metadata) {
    }

    private final Map<String, List<Version>> objects = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();

    @Override
    public Stored put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        Version version = new Version(Long.toString(versions.incrementAndGet()), bytes.clone(), contentType,
                md5(bytes), Map.copyOf(metadata));
        objects.computeIfAbsent(bucket + "/" + key, k -> new ArrayList<>()).add(version);
        return new Stored(version.eTag(), version.versionId());
    }

    /** Puts a page as a text/html object without metadata. */
    public Stored put(String bucket, String key, String html) {
        return put(bucket, key, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", Map.of());
    }

    @Override
    public Optional<RawObject> read(String bucket, String key, String versionId, long maxBytes) {
        reads.incrementAndGet();
        return version(bucket, key, versionId).map(v -> {
            boolean tooLarge = v.bytes().length > maxBytes;
            return new RawObject(tooLarge ? new byte[0] : v.bytes().clone(), v.bytes().length, v.contentType(),
                    v.eTag(), v.versionId(), v.metadata(), tooLarge);
        });
    }

    @Override
    public Optional<byte[]> readRange(String bucket, String key, String versionId, long offset, int length) {
        reads.incrementAndGet();
        return version(bucket, key, versionId).map(v -> {
            int from = (int) Math.min(offset, v.bytes().length);
            return Arrays.copyOfRange(v.bytes(), from, (int) Math.min((long) from + length, v.bytes().length));
        });
    }

    @Override
    public Optional<InputStream> open(String bucket, String key, String versionId, long offset) {
        reads.incrementAndGet();
        return version(bucket, key, versionId).map(v -> {
            int from = (int) Math.min(offset, v.bytes().length);
            return new ByteArrayInputStream(v.bytes(), from, v.bytes().length - from);
        });
    }

    private Optional<Version> version(String bucket, String key, String versionId) {
        List<Version> all = objects.getOrDefault(bucket + "/" + key, List.of());
        return versionId == null
                ? (all.isEmpty() ? Optional.empty() : Optional.of(all.getLast()))
                : all.stream().filter(v -> v.versionId().equals(versionId)).findFirst();
    }

    /** Deletes every version of an object, as a lifecycle rule or an operator might. */
    public void delete(String bucket, String key) {
        objects.remove(bucket + "/" + key);
    }

    /** The keys of a bucket's objects, sorted. */
    public List<String> keys(String bucket) {
        return objects.keySet().stream().filter(k -> k.startsWith(bucket + "/"))
                .map(k -> k.substring(bucket.length() + 1)).sorted().toList();
    }

    /** How many reads were asked for. */
    public long reads() {
        return reads.get();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
