package dev.newsdrop.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The opaque {@code cursor} of a listing: where the previous page stopped, in base64url JSON. A
 * cursor is checked strictly on the way in — only the listing's key attributes, once each, with
 * values of the shape the store writes and a sort key that ends with the id — so a tampered one is
 * refused instead of reaching the database.
 */
final class ListingCursor {

    /** Strict: a cursor saying "id" twice, or with bytes after its object, was not written by {@link #encode}. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** The listings' key attributes, each with the shape of the values the store writes (see ListingKeys). */
    private static final Map<String, Pattern> KEY_SHAPES = Map.of(
            "id", Pattern.compile("[0-9a-f]{32}"),
            "site", Pattern.compile("[a-z0-9.-]{1,253}"),
            "lang", Pattern.compile("[a-z]{2,3}"),
            "listAll", Pattern.compile("articles"),
            "listKey", Pattern.compile("\\+?[0-9]{4,9}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z#[0-9a-f]{32}"));
    private static final int MAX_LENGTH = 2048;

    private ListingCursor() {
    }

    static String encode(Map<String, String> position) {
        if (position == null) {
            return null;
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(position));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    static Map<String, String> decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        Map<String, String> position;
        try {
            position = JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8),
                    new TypeReference<Map<String, String>>() { });
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw invalid();
        }
        if (position == null || position.isEmpty() || !position.containsKey("id") || !position.containsKey("listKey")) {
            throw invalid();
        }
        for (Map.Entry<String, String> e : position.entrySet()) {
            Pattern shape = KEY_SHAPES.get(e.getKey());
            if (shape == null || e.getValue() == null || !shape.matcher(e.getValue()).matches()) {
                throw invalid();
            }
        }
        if (!position.get("listKey").endsWith("#" + position.get("id"))) {
            throw invalid(); // the sort key ends with the record's id
        }
        return position;
    }

    private static ApiProblem invalid() {
        return ApiProblem.badRequest("cursor is not one this API issued; start again without it");
    }
}
