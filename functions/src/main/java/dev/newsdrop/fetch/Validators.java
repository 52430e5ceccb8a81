package dev.newsdrop.fetch;

/**
 * The validators of an earlier response, sent back as {@code If-None-Match} and
 * {@code If-Modified-Since} so an unchanged resource costs a 304 and no body.
 *
 * @param etag         the earlier {@code ETag}, or null
 * @param lastModified the earlier {@code Last-Modified}, exactly as the server sent it, or null
 */
public record Validators(String etag, String lastModified) {

    /** No validators: an unconditional request. */
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
