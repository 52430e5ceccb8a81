package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.ports.MetadataTooLargeException;
import dev.newsdrop.ports.MetadataValues;
import dev.newsdrop.ports.RawLinks;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Presigned S3 GET and PUT URLs: raw pages, large bodies, uploads. */
public final class S3RawLinks implements RawLinks {

    private final S3Presigner presigner;
    private final String bodyBucket;

    /**
     * @param bodyBucket the bucket the {@link S3BodyStore} keeps large bodies in
     */
    public S3RawLinks(S3Presigner presigner, String bodyBucket) {
        this.presigner = presigner;
        this.bodyBucket = bodyBucket;
    }

    @Override
    public URI linkTo(String bucket, String key, String versionId, Duration validity) {
        try {
            return presigner.presignGetObject(r -> r.signatureDuration(validity)
                    .getObjectRequest(g -> g.bucket(bucket).key(key).versionId(versionId))).url().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the presigner made an invalid URL", e);
        }
    }

    @Override
    public URI bodyLink(ArticleRecord record, Duration validity) {
        return linkTo(bodyBucket, S3BodyStore.key(record.id(), record.contentHash()), null, validity);
    }

    @Override
    public UploadLink uploadLink(String bucket, String key, Map<String, String> metadata, Duration validity) {
        if (!MetadataValues.fits(metadata)) {
            throw new MetadataTooLargeException(MetadataValues.size(metadata));
        }
        Map<String, String> encoded = new LinkedHashMap<>();
        metadata.forEach((name, value) -> {
            if (value != null) {
                encoded.put(name, MetadataValues.encode(value));
            }
        });
        // No Content-Type is signed: the client sends its own, with the page's charset if it knows it.
        PresignedPutObjectRequest presigned = presigner.presignPutObject(r -> r.signatureDuration(validity)
                .putObjectRequest(p -> p.bucket(bucket).key(key).metadata(encoded)));
        Map<String, String> headers = new LinkedHashMap<>();
        presigned.signedHeaders().forEach((name, values) -> {
            // The HTTP client sets Host from the URL itself; the rest must be sent as signed.
            if (!name.toLowerCase(Locale.ROOT).equals("host")) {
                headers.put(name, String.join(",", values));
            }
        });
        try {
            return new UploadLink(presigned.url().toURI(), headers, presigned.expiration());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the presigner made an invalid URL", e);
        }
    }
}
