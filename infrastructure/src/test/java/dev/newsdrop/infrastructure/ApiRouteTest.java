package dev.newsdrop.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiRouteTest {

    @Test
    void operationWithEmptySecurity_isPublic_othersFollowTheDocumentsDefault() throws Exception {
        String document = """
                {"security": [{"sigv4": []}],
                 "paths": {
                   "/articles/{id}": {"parameters": [{"name": "id", "in": "path"}],
                                      "get": {}, "delete": {"security": [{"sigv4": []}]}},
                   "/openapi.json": {"get": {"security": []}}}}""";

        assertEquals(List.of(
                        new ApiRoute(HttpMethod.GET, "/articles/{id}", false),
                        new ApiRoute(HttpMethod.DELETE, "/articles/{id}", false),
                        new ApiRoute(HttpMethod.GET, "/openapi.json", true)),
                ApiRoute.fromOpenApi(new ObjectMapper().readTree(document)));
    }

    @Test
    void functionsJarDocument_listsTheArticleRoutes_butNotTheLocalStacksOwn() {
        List<String> keys = ApiRoute.fromOpenApi().stream().map(ApiRoute::routeKey).toList();
        assertTrue(keys.containsAll(List.of("POST /articles", "GET /articles/{id}", "GET /openapi.json")), keys.toString());
        assertTrue(keys.stream().noneMatch(key -> key.contains("/pipeline") || key.endsWith("/sandboxed")), keys.toString());
    }

    @Test
    void localOnlyOperation_getsNoRoute() throws Exception {
        String document = """
                {"paths": {"/pipeline": {"get": {"x-newsdrop-local-only": true}},
                           "/articles": {"get": {"x-newsdrop-local-only": false}}}}""";

        assertEquals(List.of(new ApiRoute(HttpMethod.GET, "/articles", false)),
                ApiRoute.fromOpenApi(new ObjectMapper().readTree(document)));
    }
}
