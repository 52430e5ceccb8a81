package dev.newsdrop.api;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.StoreBusyException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticlesApiTest {

    /** A store that refuses every request for load, as DynamoDB does when throttling. */
    private static final ArticleRepository BUSY = new ArticleRepository() {
        @Override
        public SaveResult save(ArticleRecord record) {
            throw new StoreBusyException("writing a record was throttled", null);
        }

        @Override
        public Optional<ArticleRecord> find(String id) {
            throw new StoreBusyException("reading a record was throttled", null);
        }

        @Override
        public Page list(ListQuery query) {
            throw new StoreBusyException("listing records was throttled", null);
        }
    };

    /** A store that fails with an internal error whose message must not reach clients. */
    private static final ArticleRepository BROKEN = new ArticleRepository() {
        @Override
        public SaveResult save(ArticleRecord record) {
            throw new IllegalStateException("secret internal detail");
        }

        @Override
        public Optional<ArticleRecord> find(String id) {
            throw new IllegalStateException("secret internal detail");
        }

        @Override
        public Page list(ListQuery query) {
            throw new IllegalStateException("secret internal detail");
        }
    };

    @Test
    void throttledStore_answers429WithRetryAfter() {
        ApiResponse response = api(BUSY).handle(get("/articles/" + "a".repeat(32)));

        assertEquals(429, response.status());
        assertEquals("1", response.headers().get("Retry-After"));
        assertEquals("application/problem+json", response.headers().get("Content-Type"));
    }

    @Test
    void unexpectedFailure_answers500WithoutTheInternalMessage() {
        ApiResponse response = api(BROKEN).handle(get("/articles"));

        assertEquals(500, response.status());
        assertFalse(response.body().contains("secret"), response.body());
        assertTrue(response.body().contains("\"status\":500"), response.body());
    }

    @Test
    void overlongUrl_isRefusedForItsLength_notCalledAnInvalidAddress() {
        String url = "https://site.example/" + "a".repeat(2100);
        ApiResponse response = api(BROKEN).handle(new ApiRequest("POST", "/extract", Map.of("url", url),
                Map.of("content-type", "text/html"), "<p>x</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertEquals(400, response.status());
        assertTrue(response.body().contains("2121 characters long"), response.body());
        assertFalse(response.body().contains("absolute"), response.body());
    }

    private static ArticlesApi api(ArticleRepository repository) {
        return new ArticlesApi(null, null, repository, null, null, null, "{}");
    }

    private static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Map.of(), Map.of(), null);
    }
}
