package dev.newsdrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.handler.Api;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenApiDocumentTest {

    @Test
    void documentedOperations_areExactlyTheRoutesTheApiServes() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(Api.openApiDocument());
        Set<ArticlesApi.Route> documented = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(new ArticlesApi.Route(method.toUpperCase(Locale.ROOT), path.getKey()))));

        assertEquals(Set.copyOf(ArticlesApi.ROUTES), documented);
    }

    @Test
    void everyProblemTheApiCanAnswer_isDocumentedAsProblemJson() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(Api.openApiDocument());
        doc.get("paths").forEach(path -> path.forEach(operation -> operation.get("responses").fields()
                .forEachRemaining(response -> {
                    int status = Integer.parseInt(response.getKey());
                    if (status >= 400) {
                        assertEquals(true, response.getValue().path("content").has("application/problem+json"),
                                "status " + status + " documented as problem+json");
                    }
                })));
    }
}
