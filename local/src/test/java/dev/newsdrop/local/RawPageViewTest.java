package dev.newsdrop.local;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the console's raw-page route treats what the API and storage answer, without a stack. */
class RawPageViewTest {

    private final RawPageView view = new RawPageView(URI.create("http://127.0.0.1:47401"), 1024);

    @Test
    void storedType_isShownAsHtmlOnlyWhenItIsHtml_andNeverCarriesHeaderBreaks() {
        assertEquals("text/html; charset=windows-1256", RawPageView.shownAs("text/html; charset=windows-1256"));
        assertEquals("application/xhtml+xml", RawPageView.shownAs("application/xhtml+xml"));
        assertEquals("text/plain; charset=utf-8", RawPageView.shownAs("application/octet-stream"));
        assertEquals("text/plain; charset=utf-8", RawPageView.shownAs("image/svg+xml"));
        assertEquals("text/plain; charset=utf-8", RawPageView.shownAs(""));
        assertEquals("text/html; charset=utf-8X-Evil: 1", RawPageView.shownAs("text/html; charset=utf-8\r\nX-Evil: 1"));
    }

    @Test
    void apiProblem_isPassedOn_andALinkOutsideTheS3Emulator_isNeverFollowed() {
        GatewayAnswer notFound = new GatewayAnswer(404, List.of(Map.entry("Content-Type", "application/problem+json")),
                new byte[0]);
        assertEquals(404, view.answer("0".repeat(32), request -> notFound).status());

        for (String elsewhere : List.of("http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:47400/pipeline",
                "https://127.0.0.1:47401/bucket/key", "http://example.com:47401/bucket/key")) {
            GatewayAnswer redirect = new GatewayAnswer(302, List.of(Map.entry("Location", elsewhere)), new byte[0]);
            GatewayAnswer answer = view.answer("0".repeat(32), request -> {
                assertEquals("/articles/" + "0".repeat(32) + "/raw", request.rawPath());
                return redirect;
            });
            assertEquals(502, answer.status(), elsewhere);
            assertTrue(new String(answer.body()).contains("local S3 emulator"), elsewhere);
        }
    }
}
