package dev.newsdrop.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseBudgetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bytesInResponse_isWhatTheTextTakesAsAJsonString() throws Exception {
        for (String text : List.of("plain ascii", "{\"title\":\"quoted \\\"and\\\" escaped\"}", "line\nbreak\ttab\r",
                "\u0001\u001f control", "عربي", "日本語", "emoji 😀 pair", "")) {
            int serialized = JSON.writeValueAsString(text).getBytes(StandardCharsets.UTF_8).length - 2;
            assertEquals(serialized, ResponseBudget.bytesInResponse(text), text);
        }
    }

    @Test
    void aBodyOfQuotes_countsTwiceAndCanExceedTheLimitBelowSixMegabytes() {
        String quotes = "\"".repeat(3_200_000); // 3.2 MB of text, 6.4 MB in the response
        assertFalse(ResponseBudget.fits(quotes));
        assertTrue(ResponseBudget.fits("a".repeat(6_000_000)));
    }
}
