package dev.newsdrop.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on 127.0.0.1 (a free port) for tests: answers the paths it is told to, 404 elsewhere,
 * and counts the requests each path received, so a test can prove a URL was never requested.
 */
public final class FakeSite implements AutoCloseable {

    /** How the site answers one path. */
    @FunctionalInterface
    public interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lastHeaders = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequestAt = new ConcurrentHashMap<>();

    private final String address;

    private FakeSite(String address) throws IOException {
        this.address = address;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            lastRequestAt.put(path, System.nanoTime());
            exchange.getRequestHeaders().forEach((name, values) -> lastHeaders.put(name.toLowerCase(), values));
            try (exchange) {
                Responder responder = routes.get(path);
                if (responder == null) {
                    send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
                } else {
                    responder.respond(exchange);
                }
            } catch (IOException clientWentAway) {
                // the fetcher gave up (size cap, timeout): nothing to answer
            }
        });
        server.start();
    }

    public static FakeSite start() {
        return start("127.0.0.1");
    }

    /** A site on another loopback address (127.0.0.2, ...): another host, as far as a crawler can tell. */
    public static FakeSite start(String loopbackAddress) {
        try {
            return new FakeSite(loopbackAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    public String origin() {
        return "http://" + address + ":" + server.getAddress().getPort();
    }

    /** The absolute URL of a path. */
    public URI url(String path) {
        return URI.create(origin() + path);
    }

    public FakeSite on(String rawPath, Responder responder) {
        routes.put(rawPath, responder);
        return this;
    }

    /** Requests received for a raw path (as sent on the wire, percent-encoded). */
    public int hits(String rawPath) {
        AtomicInteger n = hits.get(rawPath);
        return n == null ? 0 : n.get();
    }

    /** When (System.nanoTime()) the last request for a raw path arrived; null if none did. */
    public Long lastRequestAt(String rawPath) {
        return lastRequestAt.get(rawPath);
    }

    /** The value of a header in the last request received, or null. */
    public String lastHeader(String name) {
        List<String> values = lastHeaders.get(name.toLowerCase());
        return values == null ? null : values.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- responders ---------------------------------------------------------------------------------

    /** A body with a Content-Type. */
    public static Responder body(String contentType, String body) {
        return body(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static Responder body(String contentType, byte[] body) {
        return exchange -> send(exchange, 200, contentType, body);
    }

    /** A body with an ETag and a Last-Modified, answering 304 to a request that presents either. */
    public static Responder cached(String contentType, String body, String etag, String lastModified) {
        return exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", lastModified);
            if (etag.equals(ifNoneMatch) || lastModified.equals(ifModifiedSince)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
        };
    }

    public static Responder status(int status) {
        return exchange -> send(exchange, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8));
    }

    public static Responder redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /** Waits before answering, longer than any timeout a test sets. */
    public static Responder slow(Duration wait) {
        return exchange -> {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A body of {@code size} bytes sent in chunks, without a Content-Length. */
    public static Responder huge(long size) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
            }
        };
    }

    /** A body sent gzip-compressed with Content-Encoding: gzip. */
    public static Responder gzipped(String contentType, byte[] body) {
        return exchange -> {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
                gzip.write(body);
            }
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            send(exchange, 200, contentType, compressed.toByteArray());
        };
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
