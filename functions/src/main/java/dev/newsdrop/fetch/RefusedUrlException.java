package dev.newsdrop.fetch;

import java.io.IOException;

/**
 * A URL newsdrop will not fetch: a scheme other than http or https, credentials in the URL, or a
 * host that is (or resolves to) a private, loopback, link-local, metadata or otherwise non-public
 * address. The message says why, for example {@code "refused: 10.0.0.5 is a private address"}, and
 * is safe to show to whoever asked for the URL.
 */
public final class RefusedUrlException extends IOException {

    public RefusedUrlException(String reason) {
        super("refused: " + reason);
    }
}
