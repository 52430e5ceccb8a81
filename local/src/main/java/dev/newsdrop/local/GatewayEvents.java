package dev.newsdrop.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a received request into the payload-format-2.0 event API Gateway's HTTP API sends to Lambda,
 * and measures events and responses as Lambda does, as JSON. Like API Gateway it joins repeated
 * headers and query parameters with commas, passes cookies apart, sends text bodies (text, JSON,
 * XML, forms, valid UTF-8) as text and any other body base64-encoded.
 */
final class GatewayEvents {

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
    /**
     * Writes events and responses as JSON to measure them. Plain Jackson, not the Lambda runtime's
     * serializer: that one takes seconds to initialize and twice as long per megabyte, and the sizes
     * differ only in a few bytes of field framing, while the body, which is what reaches the limits,
     * is escaped the same way.
     */
    private static final ObjectMapper SIZES = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private GatewayEvents() {
    }

    /** The event for a request received at {@code now}. */
    static APIGatewayV2HTTPEvent toEvent(GatewayRequest request, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("cookie")) {
                for (String cookie : header.getValue().split(";")) {
                    if (!cookie.isBlank()) {
                        cookies.add(cookie.strip());
                    }
                }
            } else {
                headers.merge(name, header.getValue(), (a, b) -> a + "," + b);
            }
        }
        byte[] body = request.body();
        String contentType = headers.getOrDefault("content-type", "");
        boolean asText = body.length == 0 || (isTextType(contentType) && isUtf8(body));
        String rawQuery = request.rawQuery();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(request.rawPath())
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(headers)
                .withQueryStringParameters(queryParameters(rawQuery))
                .withBody(body.length == 0 ? null
                        : asText ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(!asText)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withDomainName(headers.getOrDefault("host", "127.0.0.1"))
                        .withDomainPrefix("local")
                        .withRequestId(UUID.randomUUID().toString())
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withTime(REQUEST_TIME.format(now.atZone(ZoneOffset.UTC)))
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(request.method().toUpperCase(Locale.ROOT))
                                .withPath(request.rawPath())
                                .withProtocol(request.protocol())
                                .withSourceIp(request.sourceIp())
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .build())
                .build();
    }

    /** The event's size as the JSON Lambda receives, in bytes. */
    static long jsonBytes(APIGatewayV2HTTPEvent event) {
        return measure(event);
    }

    /** The response's size as the JSON Lambda returns, in bytes. */
    static long jsonBytes(APIGatewayV2HTTPResponse response) {
        return measure(response);
    }

    private static long measure(Object value) {
        CountingStream out = new CountingStream();
        try {
            SIZES.writeValue(out, value);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // the stream keeps nothing and never fails
        }
        return out.count;
    }

    /** Query parameters decoded, repeats joined with commas; a malformed escape is passed as sent. */
    static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String name = decode(kv[0]);
            String value = kv.length > 1 ? decode(kv[1]) : "";
            params.merge(name, value, (a, b) -> a + "," + b);
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private static boolean isTextType(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("application/javascript");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Counts what is written and keeps none of it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
