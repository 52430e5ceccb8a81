package dev.newsdrop.local;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An answer the local gateway gives by itself, before or instead of the API function: an RFC 9457
 * problem document whose detail says what was wrong in the client's terms, never a Java class.
 * API Gateway answers the same cases with the same statuses (and a {@code {"message"}} body); the
 * local gateway answers every one as the API's own errors are answered, in
 * {@code application/problem+json}.
 *
 * @param status the HTTP status
 * @param title  the status's reason phrase
 * @param type   the problem type's last path segment under {@link #TYPE_BASE}
 * @param detail what was wrong, for the client
 */
record GatewayProblem(int status, String title, String type, String detail) {

    /** The same base the API's problems use. */
    static final String TYPE_BASE = "https://newsdrop.dev/problems/";
    static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A reason the HTTP server gave that may be shown as it is: plain words, no class or package
     * names. Jetty's parser reasons ("Invalid Content-Length Value", "Ambiguous URI empty segment")
     * are of this kind.
     */
    private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 ,:;'()/-]{1,120}");
    private static final Pattern CODE_WORDS = Pattern.compile("(?i).*(exception|java|jetty|\\bnull\\b).*");

    static GatewayProblem badRequest(String detail) {
        return new GatewayProblem(400, "Bad Request", "bad-request", detail);
    }

    static GatewayProblem tooLarge(String detail) {
        return new GatewayProblem(413, "Content Too Large", "too-large", detail);
    }

    static GatewayProblem headersTooLarge(String detail) {
        return new GatewayProblem(431, "Request Header Fields Too Large", "headers-too-large", detail);
    }

    static GatewayProblem functionFailed(String detail) {
        return new GatewayProblem(500, "Internal Server Error", "internal", detail);
    }

    static GatewayProblem badFunctionResponse(String detail) {
        return new GatewayProblem(502, "Bad Gateway", "bad-function-response", detail);
    }

    static GatewayProblem saturated(String detail) {
        return new GatewayProblem(503, "Service Unavailable", "unavailable", detail);
    }

    static GatewayProblem timedOut(String detail) {
        return new GatewayProblem(504, "Gateway Timeout", "timeout", detail);
    }

    /**
     * The problem for an error the HTTP server found while reading a request (a malformed request
     * line or header, a header block too large, an unsupported transfer coding), with the server's
     * reason when it is plain words.
     */
    static GatewayProblem fromServer(int status, String reason) {
        String why = reason == null || !PLAIN_REASON.matcher(reason).matches()
                || CODE_WORDS.matcher(reason).matches() ? null : reason.strip();
        String because = why == null ? "" : " (" + why + ")";
        return switch (status) {
            case 400 -> badRequest("the request is not valid HTTP/1.1" + because);
            case 408 -> new GatewayProblem(408, "Request Timeout", "request-timeout",
                    "the request was not received in time" + because);
            case 413 -> tooLarge("the request body is larger than API Gateway's " + GatewayLimits.MAX_PAYLOAD_BYTES
                    + "-byte payload limit" + because);
            case 414 -> new GatewayProblem(414, "URI Too Long", "uri-too-long",
                    "the request line is longer than the " + GatewayLimits.MAX_REQUEST_LINE_AND_HEADER_VALUES
                            + " bytes API Gateway accepts for the request line and header values");
            case 431 -> headersTooLarge("the request line and headers are larger than the "
                    + GatewayLimits.MAX_REQUEST_LINE_AND_HEADER_VALUES
                    + " bytes API Gateway accepts for the request line and header values");
            case 501 -> new GatewayProblem(501, "Not Implemented", "not-implemented",
                    "the request uses a method or transfer coding the gateway does not support" + because);
            case 505 -> new GatewayProblem(505, "HTTP Version Not Supported", "http-version",
                    "send HTTP/1.1 or HTTP/1.0" + because);
            default -> status >= 500
                    ? new GatewayProblem(status, "Server Error", "internal", "the gateway could not answer" + because)
                    : new GatewayProblem(status, "Client Error", "bad-request",
                            "the request could not be served" + because);
        };
    }

    /** The problem document. */
    byte[] json() {
        return JSON.createObjectNode()
                .put("type", TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The answer carrying this problem, with any extra headers. */
    GatewayAnswer answer(Map<String, String> extraHeaders) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", MEDIA_TYPE));
        extraHeaders.forEach((name, value) -> headers.add(Map.entry(name, value)));
        return new GatewayAnswer(status, headers, json());
    }

    GatewayAnswer answer() {
        return answer(Map.of());
    }
}
