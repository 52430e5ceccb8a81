package dev.newsdrop.api;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as the API sees it, whoever delivered it (API Gateway, the local server).
 *
 * @param method  upper-case HTTP method
 * @param path    the raw path, without the query string
 * @param query   query parameters (the first value of each)
 * @param headers headers, names in lower case
 * @param body    the body's bytes, decoded from base64 when the gateway encoded it; empty when none
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                         byte[] body) {

    public ApiRequest {
        method = method.toUpperCase(Locale.ROOT);
        query = query == null ? Map.of() : Map.copyOf(query);
        Map<String, String> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        }
        headers = Map.copyOf(lower);
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
