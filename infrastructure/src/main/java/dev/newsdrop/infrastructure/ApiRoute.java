package dev.newsdrop.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One route of the HTTP API. The routes come from the OpenAPI document the API function serves at
 * {@code /openapi.json} (a resource of the functions jar), so the gateway and the handler agree on them.
 *
 * @param method   the HTTP method
 * @param path     the path, with {@code {name}} parameters as API Gateway writes them
 * @param isPublic whether the document exempts the operation from authorization ({@code security: []})
 */
public record ApiRoute(HttpMethod method, String path, boolean isPublic) {

    static final String DOCUMENT = "/openapi.json";
    /** The OpenAPI extension marking an operation the local stack serves and the deployed API does not. */
    static final String LOCAL_ONLY = "x-newsdrop-local-only";

    /** The routes of the API document on the class path, in document order. */
    public static List<ApiRoute> fromOpenApi() {
        try (InputStream in = ApiRoute.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path: the functions jar carries it");
            }
            return fromOpenApi(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DOCUMENT, e);
        }
    }

    static List<ApiRoute> fromOpenApi(JsonNode document) {
        List<ApiRoute> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                // Operations only the local stack's gateway serves (the console's pipeline view) get no AWS route.
                if (operation.getKey().equals("parameters") || operation.getValue().path(LOCAL_ONLY).asBoolean(false)) {
                    continue;
                }
                JsonNode security = operation.getValue().get("security");
                routes.add(new ApiRoute(HttpMethod.valueOf(operation.getKey().toUpperCase(Locale.ROOT)), path.getKey(),
                        security != null && security.isArray() && security.isEmpty()));
            }
        }
        if (routes.isEmpty()) {
            throw new IllegalStateException(DOCUMENT + " lists no paths");
        }
        return List.copyOf(routes);
    }

    /** The route as API Gateway keys it: {@code GET /articles/{id}}. */
    public String routeKey() {
        return method + " " + path;
    }
}
