package dev.newsdrop.testing;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.ports.MetadataTooLargeException;
import dev.newsdrop.ports.MetadataValues;
import dev.newsdrop.ports.RawLinks;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** {@link RawLinks} that name the object and the link's expiry in a {@code memory:} URI. */
public final class InMemoryRawLinks implements RawLinks {

    private final Clock clock;

    public InMemoryRawLinks(Clock clock) {
        this.clock = clock;
    }

    @Override
    public URI linkTo(String bucket, String key, String versionId, Duration validity) {
        return URI.create("memory://" + bucket + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + "?versionId=" + versionId + "&expires=" + clock.instant().plus(validity));
    }

    @Override
    public UploadLink uploadLink(String bucket, String key, Map<String, String> metadata, Duration validity) {
        if (!MetadataValues.fits(metadata)) {
            throw new MetadataTooLargeException(MetadataValues.size(metadata));
        }
        return new UploadLink(URI.create("memory://" + bucket + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + "?put&expires=" + clock.instant().plus(validity)), Map.of(), clock.instant().plus(validity));
    }

    @Override
    public URI bodyLink(ArticleRecord record, Duration validity) {
        return URI.create("memory://bodies/" + record.id() + "?expires=" + clock.instant().plus(validity));
    }
}
