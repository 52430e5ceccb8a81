package dev.newsdrop.fetch;

import java.net.URI;

/**
 * What one fetch produced, after redirects.
 *
 * @param status       HTTP status of the last response
 * @param finalUrl     the URL that answered, after redirects
 * @param bytes        the body, decompressed; empty for a 304
 * @param contentType  the {@code Content-Type} header, or null
 * @param charset      the charset named by {@code Content-Type}, or null
 * @param etag         the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 * @param notModified  true when the server answered 304 to the validators sent
 */
public record FetchResult(int status, URI finalUrl, byte[] bytes, String contentType, String charset,
                          String etag, String lastModified, boolean notModified) {

    /** A 2xx answer with a body. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The validators to send next time. */
    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
