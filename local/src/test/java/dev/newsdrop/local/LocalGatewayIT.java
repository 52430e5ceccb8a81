package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.process.ProcessingObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local gateway in front of the real API function, with the emulators behind it, over loopback:
 * the stack's own ports are never fetched, and malformed requests get problem documents.
 */
class LocalGatewayIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static LocalPipeline stack;
    private static int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        port = FreePort.findRun(3);
        // --allow-loopback: a site on loopback may be fetched, the stack itself never.
        stack = LocalPipeline.start(new LocalPipeline.Options(port, data, null, null, LocalPipeline.DEFAULT_INGEST_EVERY,
                true, ProcessingObserver.NONE, report -> { }, Faults.NONE));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @ParameterizedTest(name = "port +{0} of the stack is not fetched, even with --allow-loopback")
    @ValueSource(ints = {0, 1, 2})
    void fetchOfTheStacksOwnPort_isRefused_andStoresNothing(int offset) throws Exception {
        String target = "http://127.0.0.1:" + (port + offset) + "/newsdrop-raw/?list-type=2";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + target + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(JSON.readTree(answer.body()).get("detail").asText().contains("port " + (port + offset)),
                answer.body());
        try (LocalClients clients = LocalClients.of(stack.endpoints())) {
            assertEquals(0, clients.s3().listObjectsV2(r -> r.bucket(stack.settings().rawBucket())).keyCount(),
                    "nothing was stored");
        }
    }

    @Test
    void loneQueryPercent_getsTheApisProblem() throws Exception {
        String reply = raw("GET /articles?limit=% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertProblem(reply, 400, "limit");
    }

    @Test
    void doubleSlashPath_getsNotFoundProblem() throws Exception {
        String reply = raw("GET //articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertProblem(reply, 404, "//articles");
    }

    @Test
    void contentLengthThatIsNotANumber_getsBadRequestProblem() throws Exception {
        String reply = raw("POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: abc\r\n"
                + "Connection: close\r\n\r\n<p>x</p>");

        assertProblem(reply, 400, "Content-Length");
    }

    @Test
    void chunkedPageWithTrailer_isExtracted() throws Exception {
        String page = "<html><head><title>Chunked</title></head><body><article><p>A page sent in chunks with a "
                + "trailer after the last one, long enough to be extracted as the body of an article.</p>"
                + "</article></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        String reply = raw("POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(bytes.length)
                + "\r\n" + page + "\r\n0\r\nX-Checksum: 1\r\n\r\n");

        assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
        assertTrue(reply.contains("\"title\":\"Chunked\""), reply);
    }

    @Test
    void headerBlockOfAHundredKilobytes_gets431Problem() throws Exception {
        String reply = raw("GET /articles HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(100_000)
                + "\r\nConnection: close\r\n\r\n");

        assertProblem(reply, 431, "10240");
    }

    private static void assertProblem(String reply, int status, String detailMentions) throws IOException {
        assertTrue(reply.startsWith("HTTP/1.1 " + status + " "), reply);
        assertTrue(reply.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), reply);
        JsonNode problem = JSON.readTree(reply.substring(reply.indexOf("\r\n\r\n") + 4));
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains(detailMentions), reply);
        assertFalse(reply.matches("(?s).*(Exception|java\\.|jetty).*"), reply);
    }

    /** Sends a request as it is, malformed or not, and reads the answer until the connection closes. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            } catch (SocketException answeredEarly) {
                // the server may answer and close before it has read everything
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (SocketException reset) {
                // the answer read before a reset still counts
            }
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
