package dev.newsdrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.handler.ApiWiring;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiDocumentTest {

    @Test
    void documentedOperations_areExactlyTheRoutesTheApiServes() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(ApiWiring.openApiDocument());
        Set<ArticlesApi.Route> documented = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!isLocalOnly(method.getValue())) {
                documented.add(new ArticlesApi.Route(method.getKey().toUpperCase(Locale.ROOT), path.getKey()));
            }
        }));

        assertEquals(Set.copyOf(ArticlesApi.ROUTES), documented);
    }

    /** Operations the local stack's gateway serves itself (the console's pipeline view): never the function's. */
    static boolean isLocalOnly(JsonNode operation) {
        return operation.path(LOCAL_ONLY).asBoolean(false);
    }

    private static final String LOCAL_ONLY = "x-newsdrop-local-only";

    @Test
    void localOnlyOperations_areNotRoutesOfTheApiFunction() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(ApiWiring.openApiDocument());
        Set<ArticlesApi.Route> localOnly = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (isLocalOnly(method.getValue())) {
                localOnly.add(new ArticlesApi.Route(method.getKey().toUpperCase(Locale.ROOT), path.getKey()));
            }
        }));

        assertEquals(Set.of(new ArticlesApi.Route("GET", "/pipeline"), new ArticlesApi.Route("POST", "/pipeline/redrive"),
                new ArticlesApi.Route("GET", "/articles/{id}/raw/sandboxed")), localOnly);
        localOnly.forEach(route -> assertTrue(ArticlesApi.ROUTES.stream().noneMatch(route::equals), route.toString()));
    }

    /**
     * The errors each operation can answer, as the API's code raises them: a bad parameter or body
     * (400), an unknown id (404), a body above the limit (413), a media type it does not read (415),
     * DynamoDB throttling on a route that touches the table (429), a page the server could not fetch
     * for {@code {"url": ...}} (502).
     */
    private static final Map<ArticlesApi.Route, Set<Integer>> ERRORS = Map.of(
            new ArticlesApi.Route("POST", "/articles"), Set.of(400, 413, 415, 422, 429, 502),
            new ArticlesApi.Route("GET", "/articles"), Set.of(400, 429),
            new ArticlesApi.Route("GET", "/articles/{id}"), Set.of(400, 404, 429),
            new ArticlesApi.Route("GET", "/articles/{id}/raw"), Set.of(400, 404, 413, 429),
            new ArticlesApi.Route("POST", "/extract"), Set.of(400, 413, 415),
            new ArticlesApi.Route("POST", "/uploads"), Set.of(400, 413, 415, 429),
            new ArticlesApi.Route("GET", "/uploads/{uploadId}"), Set.of(400, 429),
            new ArticlesApi.Route("GET", "/openapi.json"), Set.of());

    @Test
    void everyOperation_documentsTheErrorsItCanAnswer_asProblemJson() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(ApiWiring.openApiDocument());
        Map<ArticlesApi.Route, Set<Integer>> documented = new HashMap<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (isLocalOnly(operation.getValue())) {
                return;
            }
            ArticlesApi.Route route = new ArticlesApi.Route(operation.getKey().toUpperCase(Locale.ROOT), path.getKey());
            Set<Integer> errors = new TreeSet<>();
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                int status = Integer.parseInt(response.getKey());
                if (status >= 400) {
                    errors.add(status);
                    assertTrue(response.getValue().path("content").has("application/problem+json"),
                            route + ": " + status + " documented as problem+json");
                }
            });
            documented.put(route, errors);
        }));

        assertEquals(ArticlesApi.ROUTES.size(), documented.size(), "every route is documented");
        for (ArticlesApi.Route route : ArticlesApi.ROUTES) {
            assertEquals(new TreeSet<>(ERRORS.get(route)), documented.get(route), route + ": documented errors");
        }
    }
}
