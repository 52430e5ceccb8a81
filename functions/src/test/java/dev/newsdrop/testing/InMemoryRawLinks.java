package dev.newsdrop.testing;

import dev.newsdrop.ports.RawLinks;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

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
}
