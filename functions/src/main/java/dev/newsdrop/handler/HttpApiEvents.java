package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.newsdrop.api.ApiProblem;
import dev.newsdrop.api.ApiRequest;
import dev.newsdrop.api.ApiResponse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Translates API Gateway HTTP API (payload format 2.0) events to API requests, and responses back. */
public final class HttpApiEvents {

    private HttpApiEvents() {
    }

    /**
     * The request an event carries.
     *
     * @throws ApiProblem (400) when the body is marked base64 but is not
     */
    public static ApiRequest toRequest(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        byte[] bytes = body == null ? new byte[0]
                : event.getIsBase64Encoded() ? base64(body) : body.getBytes(StandardCharsets.UTF_8);
        String method = event.getRequestContext() != null && event.getRequestContext().getHttp() != null
                ? event.getRequestContext().getHttp().getMethod() : "GET";
        return new ApiRequest(method, event.getRawPath() == null ? "/" : event.getRawPath(),
                event.getQueryStringParameters(), event.getHeaders(), bytes);
    }

    private static byte[] base64(String body) {
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException notBase64) {
            throw ApiProblem.badRequest("the body is marked base64-encoded but is not valid base64");
        }
    }

    public static APIGatewayV2HTTPResponse toResponse(ApiResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(Map.copyOf(response.headers()))
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }
}
