package dev.newsdrop.store;

import dev.newsdrop.ports.RawLinks;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.time.Duration;

/** Presigned S3 GET URLs. */
public final class S3RawLinks implements RawLinks {

    private final S3Presigner presigner;

    public S3RawLinks(S3Presigner presigner) {
        this.presigner = presigner;
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
}
