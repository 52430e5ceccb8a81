package dev.newsdrop.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The opaque {@code cursor} of a listing: where the previous page stopped, in base64url JSON. A
 * cursor is checked strictly on the way in — only the listing's key attributes, with values of
 * their shape — so a tampered one is refused instead of reaching the database.
 */
final class ListingCursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEY_ATTRIBUTES = Set.of("id", "site", "language", "listAll", "listKey");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{N}.:#_~-]{1,200}");
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
            if (!KEY_ATTRIBUTES.contains(e.getKey()) || e.getValue() == null || !VALUE.matcher(e.getValue()).matches()) {
                throw invalid();
            }
        }
        return position;
    }

    private static ApiProblem invalid() {
        return ApiProblem.badRequest("cursor is not one this API issued; start again without it");
    }
}
