package dev.newsdrop.local;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the local gateway serves besides the API function: the console at {@code /} and its files
 * under {@code /console/}, and the local-only operations of {@code openapi.json}
 * ({@code GET /pipeline}, {@code POST /pipeline/redrive}, {@code GET /articles/{id}/raw/sandboxed}).
 * Paths are matched as sent, still percent-encoded: an encoded dot or slash never names a file.
 */
final class ConsoleRoutes implements LocalRoutes {

    private static final Pattern FILE = Pattern.compile("/console/([^/]*)");
    private static final Pattern RAW_SANDBOXED = Pattern.compile("/articles/([^/]*)/raw/sandboxed");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsoleFiles files;
    private final Supplier<PipelineReport> pipeline;
    private final IntSupplier redrive;
    private final RawPageView rawPages;

    /**
     * @param pipeline the pipeline's report (made when asked: its tables may not exist until the stack has started)
     * @param redrive  moves the dead letters back to the queue, returning how many
     */
    ConsoleRoutes(ConsoleFiles files, Supplier<PipelineReport> pipeline, IntSupplier redrive, RawPageView rawPages) {
        this.files = files;
        this.pipeline = pipeline;
        this.redrive = redrive;
        this.rawPages = rawPages;
    }

    @Override
    public GatewayAnswer answer(GatewayRequest request, Function<GatewayRequest, GatewayAnswer> api) {
        String path = request.rawPath();
        String method = request.method();
        Matcher file = FILE.matcher(path);
        Matcher raw = RAW_SANDBOXED.matcher(path);
        if (path.equals("/") || path.equals("/index.html")) {
            return method.equals("GET") ? files.file(ConsoleFiles.INDEX) : notAllowed("GET");
        } else if (file.matches()) {
            if (!method.equals("GET")) {
                return notAllowed("GET");
            }
            GatewayAnswer found = files.file(file.group(1));
            return found != null ? found : notFound("no console file " + truncate(file.group(1)));
        } else if (path.equals("/pipeline")) {
            return method.equals("GET") ? json(pipeline.get().report().toString(), files.policy()) : notAllowed("GET");
        } else if (path.equals("/pipeline/redrive")) {
            if (!method.equals("POST")) {
                return notAllowed("POST");
            }
            if (!sameOrigin(request)) {
                // A page of another origin (a raw page opened from the S3 emulator's port, say) may not redrive.
                return new GatewayProblem(403, "Forbidden", "forbidden", "redrive is taken from the console's own "
                        + "origin only").answer();
            }
            return json(JSON.createObjectNode().put("redriven", redrive.getAsInt()).toString(), files.policy());
        } else if (raw.matches()) {
            return method.equals("GET") ? rawPages.answer(raw.group(1), api) : notAllowed("GET");
        }
        return null;
    }

    /** Whether a browser's request comes from a page of this origin; a request without Origin is not a browser's. */
    private static boolean sameOrigin(GatewayRequest request) {
        String origin = request.header("origin");
        return origin == null || origin.equals("http://" + request.header("host"));
    }

    private static String truncate(String name) {
        return name.length() <= 80 ? name : name.substring(0, 80) + "…";
    }

    private static GatewayAnswer json(String body, String policy) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(ConsoleFiles.securityHeaders(policy));
        headers.add(Map.entry("Content-Type", "application/json"));
        headers.add(Map.entry("Cache-Control", "no-store"));
        return new GatewayAnswer(200, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static GatewayAnswer notFound(String detail) {
        return new GatewayProblem(404, "Not Found", "not-found", detail).answer();
    }

    private static GatewayAnswer notAllowed(String allowed) {
        return new GatewayProblem(405, "Method Not Allowed", "method-not-allowed", "use " + allowed)
                .answer(Map.of("Allow", allowed));
    }
}
