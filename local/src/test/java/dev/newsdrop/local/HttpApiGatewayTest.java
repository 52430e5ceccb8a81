package dev.newsdrop.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local gateway over real loopback HTTP, in front of a function given by each test: raw sockets
 * send the malformed requests an HTTP client library would refuse to send.
 */
class HttpApiGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A safety net for waits on the gateway, far above what any answer here takes. */
    private static final long WAIT_SECONDS = 20;

    private final BlockingQueue<APIGatewayV2HTTPEvent> received = new LinkedBlockingQueue<>();
    private final List<HttpApiGateway> gateways = new ArrayList<>();
    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        clients.shutdownNow();
        gateways.forEach(HttpApiGateway::close);
    }

    // Finding 12: every answer is problem+json with a clear detail, whatever the request.

    @Test
    void contentLengthThatIsNotANumber_getsAProblemNamingNoJavaClass() throws Exception {
        int port = start(this::echo);
        Reply reply = raw(port, "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\n"
                + "Content-Length: abc\r\nConnection: close\r\n\r\n<p>x</p>");

        assertProblem(reply, 400);
        assertTrue(reply.problem().get("detail").asText().contains("not valid HTTP"), reply.text());
        assertTrue(received.isEmpty(), "the function never saw the request");
    }

    @Test
    void loneQueryPercent_reachesTheFunctionAsSent_andItsProblemComesBack() throws Exception {
        int port = start(event -> problem(400, "limit is a whole number from 1 to 100"));
        Reply reply = raw(port, "GET /articles?limit=% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertProblem(reply, 400);
        assertEquals("limit is a whole number from 1 to 100", reply.problem().get("detail").asText());
        APIGatewayV2HTTPEvent event = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event);
        assertEquals("limit=%", event.getRawQueryString());
        assertEquals("%", event.getQueryStringParameters().get("limit"), "a malformed escape is passed as sent");
    }

    @Test
    void doubleSlashPath_reachesTheFunction_whichAnswersNotFound() throws Exception {
        int port = start(event -> problem(404, "no such resource: " + event.getRawPath()));
        Reply reply = raw(port, "GET //articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertProblem(reply, 404);
        assertEquals("no such resource: //articles", reply.problem().get("detail").asText());
    }

    @Test
    void chunkedBodyWithTrailer_isReadWhole_andAnswered() throws Exception {
        int port = start(this::echo);
        Reply reply = raw(port, "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "6\r\n<p>hel\r\n7\r\nlo</p>!\r\n0\r\nX-Checksum: abc\r\n\r\n");

        assertEquals(200, reply.status(), reply.text());
        APIGatewayV2HTTPEvent event = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event);
        assertEquals("<p>hello</p>!", event.getBody());
        assertFalse(event.getIsBase64Encoded());
    }

    @Test
    void malformedChunkedBody_getsAProblem() throws Exception {
        int port = start(this::echo);
        Reply reply = raw(port, "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n<p>x</p>\r\n0\r\n\r\n");

        assertProblem(reply, 400);
        assertTrue(received.isEmpty());
    }

    @Test
    void headerBlockLargerThanTheServerReads_gets431Problem_notAReset() throws Exception {
        int port = start(this::echo);
        Reply reply = raw(port, "GET /articles HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(100_000)
                + "\r\nConnection: close\r\n\r\n");

        assertProblem(reply, 431);
        assertTrue(reply.problem().get("detail").asText().contains("10240"), reply.text());
    }

    @Test
    void headerValuesOverApiGatewaysLimit_get431_evenWhenTheServerCouldReadThem() throws Exception {
        int port = start(this::echo);
        String request = "GET /articles HTTP/1.1\r\nHost: x\r\nX-Token: " + "t".repeat(10_300)
                + "\r\nConnection: close\r\n\r\n";
        Reply reply = raw(port, request);

        assertProblem(reply, 431);
        assertTrue(reply.problem().get("detail").asText().contains("API Gateway accepts at most 10240"),
                reply.text());
        assertTrue(received.isEmpty());
    }

    @Test
    void headerValuesJustUnderApiGatewaysLimit_reachTheFunction() throws Exception {
        int port = start(this::echo);
        String line = "GET /articles HTTP/1.1";
        // request line + "x" + "close" + the token's value = exactly 10240 bytes of what AWS counts
        String token = "t".repeat(10_240 - line.length() - 1 - "close".length());
        Reply reply = raw(port, line + "\r\nHost: x\r\nX-Token: " + token + "\r\nConnection: close\r\n\r\n");

        assertEquals(200, reply.status(), reply.text());
    }

    @Test
    void bodyOverTenMegabytes_gets413Problem_notApplicationJson() throws Exception {
        int port = start(this::echo);
        byte[] page = new byte[GatewayLimits.MAX_PAYLOAD_BYTES + 1];
        Arrays.fill(page, (byte) 'a');
        Reply declared = raw(port, ("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\n"
                + "Content-Length: " + page.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                page);
        Reply chunked = raw(port, ("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(page.length)
                + "\r\n").getBytes(StandardCharsets.US_ASCII), page, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        assertProblem(declared, 413);
        assertProblem(chunked, 413);
        assertTrue(received.isEmpty());
    }

    // Part of finding 14: the Lambda event and response limits, as AWS counts them.

    @Test
    void binaryBodyUnderTheGatewayLimit_butOverLambdasOnceBase64Encoded_gets413() throws Exception {
        int port = start(this::echo);
        byte[] binary = new byte[5 * 1024 * 1024]; // 5 MiB of bytes: 6.67 MiB of base64
        Arrays.fill(binary, (byte) 0xff);
        byte[] text = new byte[5 * 1024 * 1024]; // the same size as UTF-8 text goes through as it is
        Arrays.fill(text, (byte) 'a');

        Reply refused = raw(port, ("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: " + binary.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), binary);
        Reply passed = raw(port, ("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\n"
                + "Content-Length: " + text.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), text);

        assertProblem(refused, 413);
        assertTrue(refused.problem().get("detail").asText().contains("base64"), refused.text());
        assertEquals(200, passed.status(), passed.text());
        assertEquals(1, received.size(), "only the text body reached the function");
    }

    @Test
    void functionResponseOverLambdasLimit_gets502Problem() throws Exception {
        String big = "x".repeat(GatewayLimits.MAX_RESPONSE_BYTES);
        int port = start(event -> response(200, "text/plain", big));
        Reply reply = raw(port, "GET /articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertProblem(reply, 502);
        assertTrue(reply.problem().get("detail").asText().contains(String.valueOf(GatewayLimits.MAX_RESPONSE_BYTES)));
    }

    @Test
    void functionResponseJustUnderLambdasLimit_isPassedOn() throws Exception {
        String body = "x".repeat(GatewayLimits.MAX_RESPONSE_BYTES - 200);
        int port = start(event -> response(200, "text/plain", body));
        Reply reply = raw(port, "GET /articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertEquals(200, reply.status());
        assertEquals(body.length(), reply.body().length);
    }

    @Test
    void functionThatThrows_gets500Problem_withoutItsMessage() throws Exception {
        int port = start(event -> {
            throw new IllegalStateException("secret internal detail");
        });
        Reply reply = raw(port, "GET /articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertProblem(reply, 500);
        assertFalse(reply.text().contains("secret"), reply.text());
    }

    @Test
    void functionPastItsTimeout_gets504Problem() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        int port = start(event -> {
            awaitUninterruptibly(never, 2);
            return response(200, "text/plain", "late");
        }, new GatewayLimits(4, 4, 4, Duration.ofMillis(300)));
        Reply reply = raw(port, "GET /articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertProblem(reply, 504);
        assertTrue(reply.problem().get("detail").asText().contains("timeout"), reply.text());
    }

    // Finding 10: slow writes and fetches never hold up reads, and saturation is a 503 with Retry-After.

    @Test
    void slowWritesAndFetches_leaveReadsAnswered_andTheNextWriteIsRefusedWithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writersIn = new CountDownLatch(3);
        int port = start(event -> {
            if (!event.getRequestContext().getHttp().getMethod().equals("GET")) {
                writersIn.countDown();
                awaitUninterruptibly(release, WAIT_SECONDS);
            }
            return response(200, "text/plain", "ok");
        }, new GatewayLimits(8, 2, 1, Duration.ofSeconds(WAIT_SECONDS * 2)));
        String post = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: 8\r\n"
                + "Connection: close\r\n\r\n<p>x</p>";
        String fetch = "POST /articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 30\r\n"
                + "Connection: close\r\n\r\n{\"url\":\"https://example.com/\"}";
        List<Future<Reply>> held = new ArrayList<>();
        held.add(clients.submit(() -> raw(port, post)));
        held.add(clients.submit(() -> raw(port, post)));
        held.add(clients.submit(() -> raw(port, fetch)));
        assertTrue(writersIn.await(WAIT_SECONDS, TimeUnit.SECONDS), "two writes and a fetch are running");

        Reply read = raw(port, "GET /articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        Reply thirdWrite = raw(port, post);
        Reply secondFetch = raw(port, fetch);

        assertEquals(200, read.status(), "a read is served while every write is busy");
        assertProblem(thirdWrite, 503);
        assertEquals(String.valueOf(GatewayLimits.RETRY_AFTER_SECONDS), thirdWrite.header("retry-after"));
        assertProblem(secondFetch, 503);
        assertTrue(held.stream().noneMatch(Future::isDone), "the slow requests were still running");
        release.countDown();
        for (Future<Reply> f : held) {
            assertEquals(200, f.get(WAIT_SECONDS, TimeUnit.SECONDS).status());
        }
        assertEquals(200, raw(port, post).status(), "a place is free again once a write ends");
    }

    @Test
    void cpuBoundWritesOnEveryCore_leaveReadsAnswered_andTimeoutsStillFire() throws Exception {
        int spinners = Runtime.getRuntime().availableProcessors() + 1;
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch spinning = new CountDownLatch(spinners);
        int port = start(event -> {
            if (!event.getRequestContext().getHttp().getMethod().equals("GET")) {
                spinning.countDown();
                while (!stop.get()) {
                    Thread.onSpinWait(); // an extraction: all CPU, never a blocking call
                }
            }
            return response(200, "text/plain", "ok");
        }, new GatewayLimits(8, spinners, 1, Duration.ofMillis(500)));
        String post = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: 8\r\n"
                + "Connection: close\r\n\r\n<p>x</p>";
        try {
            List<Future<Reply>> writes = new ArrayList<>();
            for (int i = 0; i < spinners; i++) {
                writes.add(clients.submit(() -> raw(port, post)));
            }
            assertTrue(spinning.await(WAIT_SECONDS, TimeUnit.SECONDS), "every write is spinning");

            Reply read = raw(port, "GET /articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertEquals(200, read.status(), "a read is served while every core extracts");
            for (Future<Reply> write : writes) {
                assertProblem(write.get(WAIT_SECONDS, TimeUnit.SECONDS), 504);
            }
        } finally {
            stop.set(true);
        }
    }

    @Test
    void functionThatTimesOut_keepsItsPlaceUntilItReallyEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        int port = start(event -> {
            if (event.getBody() != null && event.getBody().equals("stuck")) {
                awaitUninterruptibly(release, WAIT_SECONDS);
            }
            return response(200, "text/plain", "ok");
        }, new GatewayLimits(8, 1, 1, Duration.ofMillis(300)));
        String stuck = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: 5\r\n"
                + "Connection: close\r\n\r\nstuck";
        String quick = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: 5\r\n"
                + "Connection: close\r\n\r\nquick";

        assertProblem(raw(port, stuck), 504);
        assertProblem(raw(port, quick), 503);
        release.countDown();
        Reply after = awaitStatus(port, quick, 200);
        assertEquals(200, after.status(), after.text());
    }

    // The payload-2.0 event, as API Gateway builds it.

    @Test
    void event_joinsRepeatedHeaders_splitsCookies_andBase64EncodesBytesThatAreNotUtf8() throws Exception {
        int port = start(this::echo);
        byte[] windows1256 = "<p>\u0645\u0631\u062d\u0628\u0627</p>".getBytes("windows-1256");
        Reply reply = raw(port, ("POST /articles?wait=true&tag=a&tag=b%20c HTTP/1.1\r\nHost: x\r\n"
                + "X-Forwarded-For: 1.1.1.1\r\nX-Forwarded-For: 2.2.2.2\r\nCookie: a=1; b=2\r\n"
                + "Content-Type: text/html\r\nContent-Length: " + windows1256.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), windows1256);

        assertEquals(200, reply.status(), reply.text());
        APIGatewayV2HTTPEvent event = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event);
        assertEquals("2.0", event.getVersion());
        assertEquals("POST", event.getRequestContext().getHttp().getMethod());
        assertEquals("/articles", event.getRawPath());
        assertEquals("a,b c", event.getQueryStringParameters().get("tag"));
        assertEquals("1.1.1.1,2.2.2.2", event.getHeaders().get("x-forwarded-for"));
        assertEquals(List.of("a=1", "b=2"), event.getCookies());
        assertNull(event.getHeaders().get("cookie"));
        assertTrue(event.getIsBase64Encoded());
        assertTrue(Arrays.equals(windows1256, java.util.Base64.getDecoder().decode(event.getBody())));
        assertEquals("127.0.0.1", event.getRequestContext().getHttp().getSourceIp());
    }

    @Test
    void functionResponse_headersCookiesAndBase64Body_becomeHttp() throws Exception {
        int port = start(event -> APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "application/octet-stream", "Location", "/articles/1"))
                .withCookies(List.of("a=1; Path=/", "b=2"))
                .withBody(java.util.Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}))
                .withIsBase64Encoded(true)
                .build());
        Reply reply = raw(port, "GET /articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertEquals(201, reply.status());
        assertEquals("/articles/1", reply.header("location"));
        assertEquals(List.of("a=1; Path=/", "b=2"), reply.headers().get("set-cookie"));
        assertTrue(Arrays.equals(new byte[] {1, 2, 3}, reply.body()));
    }

    // Helpers.

    private int start(Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function) {
        return start(function, GatewayLimits.standard());
    }

    private int start(Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function, GatewayLimits limits) {
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler = (event, context) -> {
            received.add(event);
            return function.apply(event);
        };
        HttpApiGateway gateway = HttpApiGateway.start(0, handler, limits);
        gateways.add(gateway);
        return gateway.port();
    }

    private APIGatewayV2HTTPResponse echo(APIGatewayV2HTTPEvent event) {
        return response(200, "text/plain", "ok");
    }

    private static APIGatewayV2HTTPResponse response(int status, String type, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                .withHeaders(Map.of("Content-Type", type)).withBody(body).build();
    }

    private static APIGatewayV2HTTPResponse problem(int status, String detail) {
        return response(status, "application/problem+json", JSON.createObjectNode()
                .put("type", "https://newsdrop.dev/problems/x").put("title", "T").put("status", status)
                .put("detail", detail).toString());
    }

    private static void awaitUninterruptibly(CountDownLatch latch, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (latch.getCount() > 0 && System.nanoTime() < deadline) {
            try {
                latch.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException ignored) {
                // an extraction does not stop when interrupted either
            }
        }
    }

    private static Reply awaitStatus(int port, String request, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Reply reply = raw(port, request);
        while (reply.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(20);
            reply = raw(port, request);
        }
        return reply;
    }

    private static void assertProblem(Reply reply, int status) throws IOException {
        assertEquals(status, reply.status(), reply.text());
        assertEquals("application/problem+json", reply.header("content-type"), reply.text());
        JsonNode problem = reply.problem();
        assertEquals(status, problem.get("status").asInt(), reply.text());
        assertTrue(problem.get("type").asText().startsWith("https://newsdrop.dev/problems/"), reply.text());
        assertFalse(problem.get("detail").asText().isBlank(), reply.text());
        assertFalse(reply.text().matches("(?s).*(Exception|java\\.|jetty).*"), reply.text());
    }

    private static Reply raw(int port, String request) throws IOException {
        return raw(port, request.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the parts as one request and reads the answer until the server closes the connection. */
    private static Reply raw(int port, byte[]... parts) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            OutputStream out = socket.getOutputStream();
            try {
                for (byte[] part : parts) {
                    out.write(part);
                }
                out.flush();
            } catch (SocketException answeredEarly) {
                // the server may answer and close before reading a body it refuses
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (SocketException reset) {
                // a reset after the answer is read still leaves the answer
            }
            return Reply.parse(all.toByteArray());
        }
    }

    /** An HTTP/1.1 answer as read off the socket. */
    private record Reply(int status, Map<String, List<String>> headers, byte[] body, String text) {

        static Reply parse(byte[] bytes) {
            String all = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = all.indexOf("\r\n\r\n");
            assertTrue(end > 0, "no HTTP answer: '" + all + "'");
            String[] lines = all.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
            }
            byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
            return new Reply(status, headers, body, lines[0] + " " + new String(body, StandardCharsets.UTF_8));
        }

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        JsonNode problem() throws IOException {
            return JSON.readTree(body);
        }
    }
}
