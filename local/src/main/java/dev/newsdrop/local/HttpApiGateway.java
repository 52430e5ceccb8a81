package dev.newsdrop.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.newsdrop.emulators.PortInUseException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The local stand-in for API Gateway's HTTP API: an HTTP server on loopback that turns each request
 * into the payload-format-2.0 event API Gateway would send ({@link GatewayEvents}), invokes the API
 * function given to it, and turns its response back into HTTP.
 *
 * <p>It enforces AWS's limits ({@link GatewayLimits}) with the statuses AWS gives: 431 when the
 * request line and header values pass 10,240 bytes, 413 for a body over 10 MB or an event over
 * Lambda's 6 MiB, 502 for a function response over Lambda's limit, 500 when the function fails, and
 * 504 when it runs past its timeout. Every answer it gives by itself, including those for requests
 * the HTTP server cannot parse, is {@code application/problem+json} ({@link GatewayProblem}).
 *
 * <p>Each kind of route ({@link RouteKind}) has its own limit of requests served at once; a request
 * over it is refused at once with 503 and {@code Retry-After}, so slow extractions or fetches never
 * delay reads. Functions run on a pool of platform threads per kind, as large as its limit; one that
 * times out keeps its place until it actually ends, so a stuck extraction cannot let more pile up
 * behind it.
 *
 * <p>Why Jetty rather than the JDK's HTTP server: the JDK server answers malformed requests itself,
 * before any handler, in text naming Java exceptions ({@code ?limit=%}, {@code Content-Length: abc},
 * {@code //articles}), resets oversized headers and never answers a chunked body with a trailer, with
 * no hook to change any of it. Jetty routes every such error through a replaceable error handler.
 * It is the Jetty already on the class path through the S3 emulator (s3proxy).
 */
final class HttpApiGateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpApiGateway.class);
    /** Headers that describe the connection or the framing; the gateway sets its own. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding",
            "keep-alive", "upgrade", "te", "trailer");

    private final Server server;
    private final ServerConnector connector;
    /** Where requests are read, measured and waited for: virtual threads, which never run a function. */
    private final ExecutorService requests;
    /** Where functions run, per kind: platform threads, as many as the kind's limit. */
    private final Map<RouteKind, ExecutorService> functions = new EnumMap<>(RouteKind.class);
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function;
    private final GatewayLimits limits;
    private final Map<RouteKind, Semaphore> running = new EnumMap<>(RouteKind.class);
    private final LocalRoutes localRoutes;

    private HttpApiGateway(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function,
                           GatewayLimits limits, LocalRoutes localRoutes) {
        this.function = function;
        this.limits = limits;
        this.localRoutes = localRoutes;
        for (RouteKind kind : RouteKind.values()) {
            running.put(kind, new Semaphore(kind.limit(limits)));
            // Platform threads: an extraction is CPU-bound, and on virtual threads a few of them would
            // hold every carrier thread and starve all other requests, timeouts included.
            functions.put(kind, Executors.newFixedThreadPool(kind.limit(limits), Thread.ofPlatform().daemon()
                    .name("http-api-" + kind.name().toLowerCase(Locale.ROOT) + "-", 1).factory()));
        }
        this.requests = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("http-api-request-", 0).factory());
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("http-api-io");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(GatewayLimits.HEADER_BUFFER_BYTES);
        // A path with an empty segment (//articles) goes to the function as API Gateway would send it.
        http.setUriCompliance(UriCompliance.DEFAULT.with("newsdrop",
                UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setIdleTimeout(GatewayLimits.IDLE_TIMEOUT.toMillis());
        server.addConnector(connector);
        server.setErrorHandler(new ProblemErrorHandler());
        server.setHandler(new Handler.Abstract(Handler.Abstract.InvocationType.NON_BLOCKING) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                try {
                    requests.execute(() -> serve(request, response, callback));
                } catch (RejectedExecutionException closing) {
                    writeAnswer(response, callback, GatewayProblem.saturated("the local API is shutting down").answer());
                }
                return true;
            }
        });
    }

    /**
     * Starts serving on 127.0.0.1 with AWS's limits and the standard local ones.
     *
     * @param function the API function, such as {@code HttpApiHandler}
     * @throws PortInUseException when the port is taken
     */
    static HttpApiGateway start(int port, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function) {
        return start(port, function, GatewayLimits.standard());
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @param port 0 for any free port
     * @throws PortInUseException when the port is taken
     */
    static HttpApiGateway start(int port, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function,
                                GatewayLimits limits) {
        return start(port, function, limits, LocalRoutes.NONE);
    }

    /**
     * Starts serving on 127.0.0.1, answering the requests {@code localRoutes} takes (the console and
     * the local-only operations) itself, and the others through the function.
     *
     * @param port 0 for any free port
     * @throws PortInUseException when the port is taken
     */
    static HttpApiGateway start(int port, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function,
                                GatewayLimits limits, LocalRoutes localRoutes) {
        HttpApiGateway gateway = new HttpApiGateway(function, limits, localRoutes);
        gateway.connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        gateway.connector.setPort(port);
        try {
            gateway.server.start();
        } catch (Exception e) {
            gateway.close();
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException) {
                    throw new PortInUseException("HTTP API", port);
                }
            }
            throw new IllegalStateException("cannot serve the HTTP API on port " + port + ": " + e.getMessage(), e);
        }
        return gateway;
    }

    int port() {
        return connector.getLocalPort();
    }

    private void serve(Request request, Response response, Callback callback) {
        GatewayAnswer answer;
        try {
            answer = answer(request);
        } catch (RuntimeException e) {
            log.error("the local gateway failed on {} {}", request.getMethod(), request.getHttpURI().getPath(), e);
            answer = GatewayProblem.functionFailed("the local gateway failed; see the log").answer();
        }
        writeAnswer(response, callback, answer);
    }

    /** What to answer: one of AWS's refusals, or the function's response. */
    private GatewayAnswer answer(Request request) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (HttpField field : request.getHeaders()) {
            headers.add(Map.entry(field.getName(), field.getValue() == null ? "" : field.getValue()));
        }
        GatewayRequest head = new GatewayRequest(request.getMethod(), request.getHttpURI().getPath(),
                request.getHttpURI().getQuery(), request.getConnectionMetaData().getProtocol(),
                Request.getRemoteAddr(request), headers, new byte[0]);
        int headBytes = head.requestLineAndHeaderValuesBytes();
        if (headBytes > GatewayLimits.MAX_REQUEST_LINE_AND_HEADER_VALUES) {
            return GatewayProblem.headersTooLarge("the request line and header values come to " + headBytes
                    + " bytes; API Gateway accepts at most " + GatewayLimits.MAX_REQUEST_LINE_AND_HEADER_VALUES)
                    .answer();
        }
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > GatewayLimits.MAX_PAYLOAD_BYTES) {
            return payloadTooLarge();
        }
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
            body = in.readNBytes(GatewayLimits.MAX_PAYLOAD_BYTES + 1);
        } catch (IOException | RuntimeException unreadable) {
            return GatewayProblem.badRequest("the request body could not be read: it ended early or its "
                    + "chunked encoding is malformed").answer();
        }
        if (body.length > GatewayLimits.MAX_PAYLOAD_BYTES) {
            return payloadTooLarge();
        }
        GatewayRequest full = new GatewayRequest(head.method(), head.rawPath(), head.rawQuery(), head.protocol(),
                head.sourceIp(), headers, body);
        GatewayAnswer local = localRoutes.answer(full, this::callFunction);
        return local != null ? local : callFunction(full);
    }

    /** The function's answer to a request, within Lambda's event limit. */
    private GatewayAnswer callFunction(GatewayRequest full) {
        APIGatewayV2HTTPEvent event = GatewayEvents.toEvent(full, Instant.now());
        long eventBytes = GatewayEvents.jsonBytes(event);
        if (eventBytes >= GatewayLimits.MAX_EVENT_BYTES) {
            return GatewayProblem.tooLarge("the request makes a Lambda event of " + eventBytes + " bytes; Lambda "
                    + "accepts less than " + GatewayLimits.MAX_EVENT_BYTES + " (a body that is not UTF-8 text is "
                    + "base64-encoded, a third larger): upload large or legacy-encoded pages to S3 instead").answer();
        }
        return invoke(event, RouteKind.of(full.method(), full.rawPath(), full.header("content-type")));
    }

    private static GatewayAnswer payloadTooLarge() {
        return GatewayProblem.tooLarge("the request body is larger than API Gateway's " + GatewayLimits.MAX_PAYLOAD_BYTES
                + "-byte payload limit").answer();
    }

    /** Runs the function within its kind's limit and its timeout. */
    private GatewayAnswer invoke(APIGatewayV2HTTPEvent event, RouteKind kind) {
        Semaphore permits = running.get(kind);
        if (!permits.tryAcquire()) {
            return GatewayProblem.saturated("the local API is already serving " + kind.limit(limits) + " "
                            + kind.described() + "; retry in " + GatewayLimits.RETRY_AFTER_SECONDS + " s")
                    .answer(Map.of("Retry-After", String.valueOf(GatewayLimits.RETRY_AFTER_SECONDS)));
        }
        Future<APIGatewayV2HTTPResponse> call;
        try {
            call = functions.get(kind).submit(() -> {
                try {
                    return function.handleRequest(event, null);
                } finally {
                    permits.release(); // only when the function really ends, timed out or not
                }
            });
        } catch (RejectedExecutionException closing) {
            permits.release();
            return GatewayProblem.saturated("the local API is shutting down").answer();
        }
        APIGatewayV2HTTPResponse response;
        try {
            response = call.get(limits.functionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            call.cancel(true);
            log.warn("the API function took longer than {} on {} {}", limits.functionTimeout(),
                    event.getRequestContext().getHttp().getMethod(), event.getRawPath());
            return GatewayProblem.timedOut("the API function did not answer within its "
                    + limits.functionTimeout().toSeconds() + " s timeout").answer();
        } catch (ExecutionException failed) {
            // As on AWS, a function error is a bare 500 to the caller; the cause goes to the log.
            log.error("the API function failed", failed.getCause());
            return GatewayProblem.functionFailed("the API function failed").answer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return GatewayProblem.saturated("the local API is shutting down").answer();
        }
        return toAnswer(response);
    }

    /** The function's response as HTTP, or 502 when Lambda or API Gateway would not pass it on. */
    private static GatewayAnswer toAnswer(APIGatewayV2HTTPResponse response) {
        if (response == null || response.getStatusCode() < 100 || response.getStatusCode() > 599) {
            return GatewayProblem.badFunctionResponse("the API function's response has no valid status code")
                    .answer();
        }
        long bytes = GatewayEvents.jsonBytes(response);
        if (bytes > GatewayLimits.MAX_RESPONSE_BYTES) {
            return GatewayProblem.badFunctionResponse("the API function's response is " + bytes
                    + " bytes; Lambda returns at most " + GatewayLimits.MAX_RESPONSE_BYTES).answer();
        }
        byte[] body;
        try {
            body = response.getBody() == null ? new byte[0]
                    : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                    : response.getBody().getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return GatewayProblem.badFunctionResponse("the API function's response body is not valid base64")
                    .answer();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> headers.add(Map.entry(name, value)));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) ->
                    values.forEach(value -> headers.add(Map.entry(name, value))));
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> headers.add(Map.entry("Set-Cookie", cookie)));
        }
        return new GatewayAnswer(response.getStatusCode(), headers, body);
    }

    private static void writeAnswer(Response response, Callback callback, GatewayAnswer answer) {
        try {
            response.setStatus(answer.status());
            HttpFields.Mutable fields = response.getHeaders();
            for (Map.Entry<String, String> header : answer.headers()) {
                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    fields.add(header.getKey(), header.getValue());
                }
            }
            boolean noContent = answer.status() == 204 || answer.status() == 304 || answer.status() < 200;
            if (noContent) {
                response.write(true, null, callback);
                return;
            }
            fields.put(HttpHeader.CONTENT_LENGTH, String.valueOf(answer.body().length));
            response.write(true, ByteBuffer.wrap(answer.body()), callback);
        } catch (RuntimeException e) {
            callback.failed(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("stopping the local HTTP API: {}", e.toString());
        }
        requests.shutdownNow();
        functions.values().forEach(ExecutorService::shutdownNow);
    }

    /**
     * Answers the errors the HTTP server finds itself (a request line, header or body framing it
     * cannot parse, a header block over its buffer) as problem documents, never as the server's
     * HTML page.
     */
    private static final class ProblemErrorHandler extends ErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Object status = request.getAttribute(ERROR_STATUS);
            Object message = request.getAttribute(ERROR_MESSAGE);
            int code = status instanceof Integer i ? i : response.getStatus();
            GatewayProblem problem = GatewayProblem.fromServer(code, message instanceof String s ? s : null);
            response.getHeaders().remove(HttpHeader.CONTENT_TYPE);
            writeAnswer(response, callback, problem.answer());
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE);
            return ByteBuffer.wrap(GatewayProblem.fromServer(status, reason).json());
        }
    }
}
