package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The gateway's own answers, and what it counts against API Gateway's header limit. */
class GatewayProblemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void serverReasonInPlainWords_isShown() throws Exception {
        JsonNode problem = JSON.readTree(GatewayProblem.fromServer(400, "Invalid Content-Length Value").json());

        assertEquals("the request is not valid HTTP/1.1 (Invalid Content-Length Value)", problem.get("detail").asText());
        assertEquals("https://newsdrop.dev/problems/bad-request", problem.get("type").asText());
        assertEquals(400, problem.get("status").asInt());
    }

    @ParameterizedTest(name = "the server reason ''{0}'' is not shown")
    @ValueSource(strings = {"java.lang.NumberFormatException: For input string: \"abc\"",
            "URISyntaxException thrown", "org.eclipse.jetty.http.BadMessageException: 400", "<script>x</script>"})
    void serverReasonNamingCodeOrMarkup_isLeftOut(String reason) throws Exception {
        JsonNode problem = JSON.readTree(GatewayProblem.fromServer(400, reason).json());

        assertEquals("the request is not valid HTTP/1.1", problem.get("detail").asText());
    }

    @Test
    void everyStatusTheServerMayGive_isAProblemWithADetail() throws Exception {
        for (int status : List.of(400, 408, 413, 414, 431, 500, 501, 503, 505, 418)) {
            GatewayAnswer answer = GatewayProblem.fromServer(status, null).answer();
            JsonNode problem = JSON.readTree(answer.body());
            assertEquals(status, answer.status());
            assertEquals(Map.entry("Content-Type", "application/problem+json"), answer.headers().get(0));
            assertEquals(status, problem.get("status").asInt());
            assertFalse(problem.get("detail").asText().isBlank(), String.valueOf(status));
        }
    }

    @Test
    void requestLineAndHeaderValues_areCountedAsApiGatewayCountsThem_namesExcluded() {
        GatewayRequest request = new GatewayRequest("GET", "/articles", "lang=ar", "HTTP/1.1", "127.0.0.1",
                List.of(Map.entry("Host", "x"), Map.entry("X-Very-Long-Header-Name", "é")), new byte[0]);

        // "GET /articles?lang=ar HTTP/1.1" is 30 bytes; "x" 1; "é" 2 in UTF-8
        assertEquals(33, request.requestLineAndHeaderValuesBytes());
    }
}
