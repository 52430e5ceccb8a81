package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.newsdrop.api.ApiProblem;
import dev.newsdrop.api.ApiRequest;
import dev.newsdrop.api.ApiResponse;
import dev.newsdrop.api.ArticlesApi;

/** The HTTP API function, behind API Gateway (HTTP API, payload format 2.0). */
public final class HttpApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final ArticlesApi api;

    public HttpApiHandler() {
        this(ApiWiring.fromEnvironment());
    }

    public HttpApiHandler(ArticlesApi api) {
        this.api = api;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocations.logged(context, () -> HttpApiEvents.toResponse(answer(event)));
    }

    private ApiResponse answer(APIGatewayV2HTTPEvent event) {
        ApiRequest request;
        try {
            request = HttpApiEvents.toRequest(event);
        } catch (ApiProblem undecodable) {
            return ArticlesApi.problem(undecodable);
        }
        return api.handle(request);
    }
}
