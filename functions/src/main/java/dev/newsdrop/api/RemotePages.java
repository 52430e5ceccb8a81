package dev.newsdrop.api;

/** Fetches a page from the web on a client's behalf, with the same protections as ingestion. */
public interface RemotePages {

    /**
     * A fetched page.
     *
     * @param bytes       its body
     * @param contentType its Content-Type, or null
     * @param url         its final address, after redirects
     */
    record Fetched(byte[] bytes, String contentType, String url) {
    }

    /**
     * Fetches the page at {@code url}.
     *
     * @throws ApiProblem 400 for an address that is refused (private, loopback, not http), 502 when
     *                    the site fails or answers too much
     */
    Fetched fetch(String url);
}
