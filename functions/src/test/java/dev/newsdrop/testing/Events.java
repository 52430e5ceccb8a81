package dev.newsdrop.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The sample events and pages of the top-level {@code events/} folder, as tests use them: read as
 * Lambda's runtime would deserialize them, optionally with a field changed.
 */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Events.class.getClassLoader().getResourceAsStream("events/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no events/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String path) {
        try {
            return JSON.readTree(bytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An S3 event file, with its first record's {@code s3.object} changed by {@code edit}. */
    public static S3Event s3Event(String path, Consumer<ObjectNode> edit) {
        JsonNode event = json(path);
        edit.accept((ObjectNode) event.path("Records").get(0).path("s3").path("object"));
        return LambdaEventSerializers.serializerFor(S3Event.class, Events.class.getClassLoader())
                .fromJson(event.toString());
    }

    public static S3Event s3Event(String path) {
        return s3Event(path, o -> { });
    }

    /** The S3 notification JSON of an S3 event file, as S3 writes it into an SQS message body. */
    public static String s3NotificationBody(String path, Consumer<ObjectNode> edit) {
        JsonNode event = json(path);
        edit.accept((ObjectNode) event.path("Records").get(0).path("s3").path("object"));
        return event.toString();
    }

    /** An API Gateway HTTP API (payload 2.0) event file, changed by {@code edit}. */
    public static APIGatewayV2HTTPEvent httpEvent(String path, Consumer<ObjectNode> edit) {
        ObjectNode event = (ObjectNode) json(path);
        edit.accept(event);
        return LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, Events.class.getClassLoader())
                .fromJson(event.toString());
    }

    /** Sets an HTTP API event's path, in both places API Gateway writes it. */
    public static void setPath(ObjectNode event, String path) {
        event.put("rawPath", path);
        ((ObjectNode) event.path("requestContext").path("http")).put("path", path);
    }

    /** Sets one header of an HTTP API event (names are lower case there). */
    public static void setHeader(ObjectNode event, String name, String value) {
        ((ObjectNode) event.get("headers")).put(name, value);
    }

    /** Sets one query parameter of an HTTP API event, adding the parameter map if it has none. */
    public static void setQuery(ObjectNode event, String name, String value) {
        JsonNode params = event.get("queryStringParameters");
        ObjectNode query = params instanceof ObjectNode o ? o : event.putObject("queryStringParameters");
        query.put(name, value);
    }

    public static APIGatewayV2HTTPEvent httpEvent(String path) {
        return httpEvent(path, e -> { });
    }

    public static SQSEvent sqsEvent(String path) {
        return LambdaEventSerializers.serializerFor(SQSEvent.class, Events.class.getClassLoader())
                .fromJson(new String(bytes(path), StandardCharsets.UTF_8));
    }

    /** The decoded key of an S3 event file's first record. */
    public static String decodedKey(String path) {
        String encoded = json(path).path("Records").get(0).path("s3").path("object").path("key").asText();
        return java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
