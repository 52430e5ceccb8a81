package dev.newsdrop.api;

import java.util.Map;

/**
 * An HTTP response from the API.
 *
 * @param status  HTTP status code
 * @param headers response headers
 * @param body    the body as text (always JSON or empty here)
 */
public record ApiResponse(int status, Map<String, String> headers, String body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }
}
