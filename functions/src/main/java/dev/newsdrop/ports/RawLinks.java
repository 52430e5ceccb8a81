package dev.newsdrop.ports;

import java.net.URI;
import java.time.Duration;

/** Short-lived links to raw pages, for clients to download them straight from storage. */
public interface RawLinks {

    /** A link that reads one object version for {@code validity}, then stops working. */
    URI linkTo(String bucket, String key, String versionId, Duration validity);
}
