package dev.newsdrop.fetch;

import java.time.Duration;

/**
 * How far a fetch may go.
 *
 * @param maxBytes       largest body accepted, both as sent and once decompressed
 * @param connectTimeout longest wait for a connection
 * @param totalTimeout   longest a fetch may take, redirects and body included
 * @param maxRedirects   redirects followed before giving up
 */
public record FetchLimits(long maxBytes, Duration connectTimeout, Duration totalTimeout, int maxRedirects) {

    /** News pages are well under 2 MB; 10 MB leaves room for inline images without risking memory. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** A healthy site connects in well under a second; 5 s tolerates a slow one far away. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Bounds a trickling server, so one site cannot eat a run's time. */
    public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(20);
    /** Browsers allow 20; news sites need 1 or 2 (http → https → canonical); 5 is generous. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    public static FetchLimits standard() {
        return new FetchLimits(DEFAULT_MAX_BYTES, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT,
                DEFAULT_MAX_REDIRECTS);
    }

    public FetchLimits withTotalTimeout(Duration timeout) {
        return new FetchLimits(maxBytes, connectTimeout, timeout, maxRedirects);
    }

    public FetchLimits withMaxBytes(long bytes) {
        return new FetchLimits(bytes, connectTimeout, totalTimeout, maxRedirects);
    }
}
