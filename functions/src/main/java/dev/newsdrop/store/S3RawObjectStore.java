package dev.newsdrop.store;

import dev.newsdrop.ports.MetadataTooLargeException;
import dev.newsdrop.ports.MetadataValues;
import dev.newsdrop.ports.RawObject;
import dev.newsdrop.ports.RawObjectStore;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Raw pages in S3: written with encoded metadata, read by key and version. */
public final class S3RawObjectStore implements RawObjectStore {

    private static final int NOT_FOUND = 404;
    private static final int RANGE_NOT_SATISFIABLE = 416;

    private final S3Client s3;

    public S3RawObjectStore(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public Stored put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        Map<String, String> encoded = new LinkedHashMap<>();
        metadata.forEach((name, value) -> {
            if (value != null) {
                encoded.put(name, MetadataValues.encode(value));
            }
        });
        if (!MetadataValues.fits(metadata)) {
            // S3 would answer 400 MetadataTooLarge; say so before sending the page's bytes.
            throw new MetadataTooLargeException(MetadataValues.size(metadata));
        }
        PutObjectResponse response = s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType)
                .metadata(encoded), RequestBody.fromBytes(bytes));
        return new Stored(response.eTag() == null ? null : response.eTag().replace("\"", ""), response.versionId());
    }

    @Override
    public Optional<RawObject> read(String bucket, String key, String versionId, long maxBytes) {
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = s3.getObject(r -> r.bucket(bucket).key(key).versionId(versionId));
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) { // NoSuchVersion, or a deleted object under a delete marker
                return Optional.empty();
            }
            throw e;
        }
        try (in) {
            GetObjectResponse head = in.response();
            long size = head.contentLength() == null ? -1 : head.contentLength();
            Map<String, String> metadata = new LinkedHashMap<>();
            head.metadata().forEach((name, value) -> metadata.put(name, MetadataValues.decode(value)));
            String eTag = head.eTag() == null ? null : head.eTag().replace("\"", "");
            if (size > maxBytes) {
                in.abort();
                return Optional.of(new RawObject(new byte[0], size, head.contentType(), eTag, head.versionId(),
                        metadata, true));
            }
            // The stored length may be absent or wrong; never read more than the limit allows.
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                in.abort();
                return Optional.of(new RawObject(new byte[0], Math.max(size, bytes.length), head.contentType(), eTag,
                        head.versionId(), metadata, true));
            }
            return Optional.of(new RawObject(bytes, bytes.length, head.contentType(), eTag, head.versionId(),
                    metadata, false));
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key + " failed", e);
        }
    }

    @Override
    public Optional<byte[]> readRange(String bucket, String key, String versionId, long offset, int length) {
        if (length <= 0) {
            return Optional.of(new byte[0]);
        }
        String range = "bytes=" + offset + "-" + (offset + length - 1);
        try (ResponseInputStream<GetObjectResponse> in = get(bucket, key, versionId, range).orElse(null)) {
            return in == null ? Optional.empty() : Optional.of(in.readNBytes(length));
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key + " at " + offset + " failed", e);
        }
    }

    @Override
    public Optional<InputStream> open(String bucket, String key, String versionId, long offset) {
        return get(bucket, key, versionId, offset == 0 ? null : "bytes=" + offset + "-").map(AbortingStream::new);
    }

    /** Closing a stream read only partly aborts the request instead of draining the rest of the object. */
    private static final class AbortingStream extends java.io.FilterInputStream {
        private final ResponseInputStream<GetObjectResponse> response;

        AbortingStream(ResponseInputStream<GetObjectResponse> response) {
            super(response);
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            response.abort();
            super.close();
        }
    }

    private Optional<ResponseInputStream<GetObjectResponse>> get(String bucket, String key, String versionId,
                                                                String range) {
        try {
            return Optional.of(s3.getObject(r -> r.bucket(bucket).key(key).versionId(versionId).range(range)));
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            if (e.statusCode() == RANGE_NOT_SATISFIABLE) { // an offset at or past the end: nothing left to read
                return Optional.of(new ResponseInputStream<>(GetObjectResponse.builder().build(),
                        InputStream.nullInputStream()));
            }
            throw e;
        }
    }
}
