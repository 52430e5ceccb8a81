package dev.newsdrop.local;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request as the local gateway received it, before it becomes an API Gateway event.
 *
 * @param method   the method, as sent
 * @param rawPath  the path, still percent-encoded
 * @param rawQuery the query string, still percent-encoded, or null
 * @param protocol the protocol, such as {@code HTTP/1.1}
 * @param sourceIp the client's address
 * @param headers  header fields in the order received; a name may repeat
 * @param body     the body, possibly empty
 */
record GatewayRequest(String method, String rawPath, String rawQuery, String protocol, String sourceIp,
                      List<Map.Entry<String, String>> headers, byte[] body) {

    /** The first value of a header, by case-insensitive name, or null. */
    String header(String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * What API Gateway counts against {@link GatewayLimits#MAX_REQUEST_LINE_AND_HEADER_VALUES}: the
     * request line and every header value, in bytes; header names are not counted.
     */
    int requestLineAndHeaderValuesBytes() {
        String target = rawPath + (rawQuery == null ? "" : "?" + rawQuery);
        int bytes = utf8Length(method + " " + target + " " + protocol);
        for (Map.Entry<String, String> header : headers) {
            bytes += utf8Length(header.getValue());
        }
        return bytes;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
