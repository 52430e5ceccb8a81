package dev.newsdrop.local;

import java.util.function.Function;

/**
 * Requests the local gateway answers itself rather than through the API function: the console's
 * files and the operations only the local stack serves ({@code x-newsdrop-local-only} in
 * {@code openapi.json}).
 */
@FunctionalInterface
interface LocalRoutes {

    /** No local routes: every request goes to the function. */
    LocalRoutes NONE = (request, api) -> null;

    /**
     * The answer to a request, or null when it is the API function's.
     *
     * @param api calls the API function with a request, within the gateway's limits, as any client request
     */
    GatewayAnswer answer(GatewayRequest request, Function<GatewayRequest, GatewayAnswer> api);
}
