package dev.newsdrop.local;

import java.util.Locale;

/**
 * The kinds of request the local gateway admits separately, each up to its own limit in
 * {@link GatewayLimits}: reads stay quick however many slow writes or fetches are running.
 */
enum RouteKind {

    /** GET, HEAD, OPTIONS: look-ups that never extract. */
    READ,
    /** A page sent to be extracted, or any other write. */
    WRITE,
    /** {@code POST /articles} with a JSON body: the API fetches the page named by its URL, then extracts it. */
    FETCH;

    /** What a request is, from its method, path and Content-Type (as the API itself routes it). */
    static RouteKind of(String method, String rawPath, String contentType) {
        String m = method.toUpperCase(Locale.ROOT);
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS")) {
            return READ;
        }
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (m.equals("POST") && rawPath.equals("/articles") && media.equals("application/json")) {
            return FETCH;
        }
        return WRITE;
    }

    /** How many of this kind run at once under the given limits. */
    int limit(GatewayLimits limits) {
        return switch (this) {
            case READ -> limits.reads();
            case WRITE -> limits.writes();
            case FETCH -> limits.fetches();
        };
    }

    /** What the kind is, for a refusal's detail. */
    String described() {
        return switch (this) {
            case READ -> "reads";
            case WRITE -> "page submissions and extractions";
            case FETCH -> "submissions by URL (server-side fetches)";
        };
    }
}
