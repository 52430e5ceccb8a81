package dev.newsdrop.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ListingCursorTest {

    @Test
    void issuedCursor_decodesToItsPosition() {
        Map<String, String> position = Map.of("id", "0123456789abcdef0123456789abcdef", "site", "example.com",
                "listKey", "2024-03-27T10:00:00Z#0123456789abcdef0123456789abcdef");

        assertEquals(position, ListingCursor.decode(ListingCursor.encode(position)));
    }

    @Test
    void noCursor_meansTheFirstPage() {
        assertNull(ListingCursor.decode(null));
        assertNull(ListingCursor.encode(null));
    }

    @Test
    void garbageOrForeignFields_areRefused() {
        assertThrows(ApiProblem.class, () -> ListingCursor.decode("%%%"));
        assertThrows(ApiProblem.class, () -> ListingCursor.decode(encode("[1,2]")));
        assertThrows(ApiProblem.class, () -> ListingCursor.decode(encode("{\"id\":\"a\",\"listKey\":\"b\",\"x\":\"c\"}")));
        assertThrows(ApiProblem.class, () -> ListingCursor.decode(encode("{\"id\":\"a\",\"listKey\":\"b c\"}")));
        assertThrows(ApiProblem.class, () -> ListingCursor.decode("A".repeat(5000)));
    }

    @Test
    void positionAfterTheYear9999_isStillAccepted() {
        Map<String, String> position = Map.of("id", "0123456789abcdef0123456789abcdef", "listAll", "articles",
                "listKey", "+10000-01-01T00:00:00Z#0123456789abcdef0123456789abcdef");

        assertEquals(position, ListingCursor.decode(ListingCursor.encode(position)));
    }

    @Test
    void wellFormedCursorThatTheStoreCouldNotHaveWritten_isRefused() {
        String id = "0123456789abcdef0123456789abcdef";
        String key = "2024-03-27T10:00:00Z#" + id;
        for (String json : new String[] {
                "{\"id\":\"" + id + "\",\"site\":\"example.com\",\"listKey\":\"" + key + "\",\"id\":\"" + id + "\"}",
                "{\"id\":\"1123456789abcdef0123456789abcdef\",\"site\":\"example.com\",\"listKey\":\"" + key + "\"}",
                "{\"id\":\"" + id + "\",\"site\":\"example.com\",\"listKey\":\"y\"}",
                "{\"id\":\"x\",\"site\":\"example.com\",\"listKey\":\"2024-03-27T10:00:00Z#x\"}",
                "{\"id\":\"" + id + "\",\"site\":\"Example.COM\",\"listKey\":\"" + key + "\"}",
                "{\"id\":\"" + id + "\",\"lang\":\"english\",\"listKey\":\"" + key + "\"}",
                "{\"id\":\"" + id + "\",\"listAll\":\"everything\",\"listKey\":\"" + key + "\"}",
                "{\"id\":\"" + id + "\",\"site\":\"example.com\",\"listKey\":\"" + key + "\"} {\"id\":\"x\"}"}) {
            assertThrows(ApiProblem.class, () -> ListingCursor.decode(encode(json)), json);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
