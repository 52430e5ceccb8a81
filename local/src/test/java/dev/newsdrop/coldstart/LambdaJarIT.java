package dev.newsdrop.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsdrop.config.Settings;
import dev.newsdrop.emulators.DynamoDbEmulator;
import dev.newsdrop.emulators.Endpoints;
import dev.newsdrop.emulators.S3Emulator;
import dev.newsdrop.emulators.TableSetup;
import dev.newsdrop.local.LocalClients;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.store.TableDefinition;
import dev.newsdrop.store.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every function CDK deploys (infrastructure's {@code NewsdropStack}: SqsEventHandler, HttpApiHandler,
 * ScheduledIngestionHandler, WarcSplitHandler, ReprocessHandler) runs from the Lambda jar alone: a fresh JVM with only the jar (and
 * {@link HandlersProbe}) on its class path and Lambda's flags builds each handler by its class name
 * and gives it one real invocation against S3 and DynamoDB emulators and a loopback SQS endpoint.
 * The shade plugin's filters leave out classes no function reaches; a class one of them still needs
 * fails this test instead of a deployed function.
 */
class LambdaJarIT {

    private static final String BUCKET = "newsdrop-jar";
    private static final String PAGE_KEY = "raw/jar/seed-article.html";
    private static final String ARCHIVE_KEY = "raw/jar/tiny.warc.gz";
    private static final String ARCHIVED_URL = "https://archive.example/story/1";
    private static final long CHILD_TIMEOUT_SECONDS = 180;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The S3 operations whose builders, marshallers and shapes functions/pom.xml keeps in the jar. */
    static final Set<String> KEPT_S3_OPERATIONS = Set.of("GetObject", "PutObject", "CreateSession");
    private static final String S3 = "software/amazon/awssdk/services/s3/";
    /** The S3 classes that name every operation; only their methods for the kept operations ever run. */
    private static final Set<String> S3_SURFACES = Set.of("S3Client", "DefaultS3Client", "DelegatingS3Client",
            "S3AsyncClient", "DefaultS3AsyncClient", "DelegatingS3AsyncClient", "S3Utilities");
    /** A class of one operation in the S3 model: its request or response, or one of their nested builders. */
    private static final Pattern OPERATION_CLASS = Pattern.compile("model/(\\w+?)(Request|Response)(\\$.*)?");
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L(" + S3 + "[\\w/$]+);");

    @Test
    void lambdaJar_holdsEveryS3ClassTheFunctionsCanReach() throws IOException {
        Path jar = ColdStartRun.findLambdaJar(Path.of(System.getProperty("newsdrop.home", "..")));
        assertNotNull(jar, "the functions module's package phase should have built the Lambda jar");
        Map<String, byte[]> classes = new HashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".class") && (name.startsWith(S3) || name.startsWith("dev/newsdrop/"))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        classes.put(name.substring(0, name.length() - ".class".length()), in.readAllBytes());
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        Set<String> operationsCalled = new TreeSet<>();
        classes.forEach((name, bytes) -> {
            Set<String> references = referencedClasses(bytes);
            if (name.startsWith("dev/newsdrop/")) {
                // The functions build requests through their builders, so each operation they call is named here.
                references.stream().filter(r -> r.startsWith(S3)).map(r -> OPERATION_CLASS.matcher(r.substring(S3.length())))
                        .filter(Matcher::matches).map(m -> m.group(1)).filter(op -> !op.equals("S3"))
                        .forEach(operationsCalled::add);
                return;
            }
            if (S3_SURFACES.contains(name.substring(S3.length()).split("\\$")[0]) || ofOperationLeftOut(name)
                    || ofAsyncClient(name)) {
                return;
            }
            references.stream().filter(r -> r.startsWith(S3) && !classes.containsKey(r))
                    .forEach(r -> missing.add(name + " -> " + r));
        });
        assertTrue(KEPT_S3_OPERATIONS.containsAll(operationsCalled), "the functions call S3 operations " + operationsCalled
                + ", but functions/pom.xml keeps the model classes of " + KEPT_S3_OPERATIONS + " only");
        assertTrue(missing.isEmpty(), "classes the jar's S3 code needs are missing from it: " + missing);
    }

    /**
     * The asynchronous client's machinery (CRT, multipart, async decorators): no function builds an
     * S3AsyncClient, and the shade filters already leave its CRT and multipart internals out.
     */
    private static boolean ofAsyncClient(String name) {
        String path = name.substring(S3.length());
        return path.startsWith("crt/") || path.startsWith("multipart/") || path.startsWith("internal/crt/")
                || path.startsWith("internal/multipart/") || path.substring(path.lastIndexOf('/') + 1).contains("Async");
    }

    /** A request, response or builder of an S3 operation no function calls: in the jar only for the verifier. */
    private static boolean ofOperationLeftOut(String name) {
        Matcher operation = OPERATION_CLASS.matcher(name.substring(S3.length()));
        return operation.matches() && !operation.group(1).equals("S3") && !KEPT_S3_OPERATIONS.contains(operation.group(1));
    }

    /** The classes a class file names: its constant pool's class entries and the types in its descriptors. */
    static Set<String> referencedClasses(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> classIndexes = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classIndexes.add(in.readUnsignedShort());
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            Set<String> names = new HashSet<>();
            for (int index : classIndexes) {
                String name = utf8[index];
                names.add(name.startsWith("[") ? name.replaceAll("^\\[+L?|;$", "") : name);
            }
            for (String text : utf8) {
                if (text != null) {
                    Matcher type = TYPE_IN_DESCRIPTOR.matcher(text);
                    while (type.find()) {
                        names.add(type.group(1));
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyDeployedHandler_runsFromTheLambdaJarAlone(@TempDir Path work) throws Exception {
        Path home = Path.of(System.getProperty("newsdrop.home", ".."));
        Path jar = ColdStartRun.findLambdaJar(home);
        assertNotNull(jar, "the functions module's package phase should have built the Lambda jar");
        byte[] page = Files.readAllBytes(home.resolve("events/pages/seed-article.html"));

        try (S3Emulator s3 = S3Emulator.start(null, 0);
             DynamoDbEmulator dynamoDb = DynamoDbEmulator.start(null, 0);
             QueueEndpoint sqs = QueueEndpoint.start();
             LocalClients clients = LocalClients.of(Endpoints.local(s3.endpoint(), dynamoDb.endpoint()))) {
            Endpoints endpoints = Endpoints.local(s3.endpoint(), dynamoDb.endpoint());
            clients.s3().createBucket(r -> r.bucket(BUCKET));
            clients.s3().putObject(r -> r.bucket(BUCKET).key(PAGE_KEY).contentType("text/html")
                    .metadata(Map.of(ObjectMetadata.URL, "https://jar.example/seed-article")), RequestBody.fromBytes(page));
            clients.s3().putObject(r -> r.bucket(BUCKET).key(ARCHIVE_KEY), RequestBody.fromBytes(archive()));
            Map<String, String> tables = new LinkedHashMap<>();
            TableSetup setup = new TableSetup(clients.dynamoDb());
            for (TableDefinition table : List.of(Tables.ARTICLES, Tables.OBJECTS, Tables.SOURCES, Tables.SEEN)) {
                String name = table.defaultName() + "-jar";
                setup.ensure(name, table.partitionKey(), table.sortKey(), table.indexes().stream()
                        .map(i -> new TableSetup.Index(i.name(), i.partitionKey(), i.sortKey())).toList());
                tables.put(table.nameVariable(), name);
            }

            Path output = work.resolve("handlers.log");
            Process process = child(jar, probeClasses(work), endpoints, sqs, tables, page.length, output).start();
            if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the Lambda JVM did not finish; its output:\n" + Files.readString(output));
            }
            String log = Files.readString(output);
            assertEquals(0, process.exitValue(), "the Lambda JVM failed; its output:\n" + log);
            Map<String, String> results = results(log);

            assertEquals("failures=0", results.get("process-s3"), log);
            assertEquals("failures=0", results.get("split"), log);
            assertEquals("failures=0", results.get("process-archived-page"), log);
            assertTrue(sqs.sent().stream().anyMatch(m -> m.contains("archived-page") && m.contains(ARCHIVE_KEY)),
                    "the splitter should have sent the archived page to the page queue: " + sqs.sent());
            // Both pages were stored as records, and the listing serves them.
            List<String> urls = new ArrayList<>();
            clients.dynamoDb().scan(r -> r.tableName(tables.get(Tables.ARTICLES.nameVariable())))
                    .items().stream().filter(item -> item.containsKey("url")).forEach(item -> urls.add(item.get("url").s()));
            assertTrue(urls.contains("https://jar.example/seed-article") && urls.contains(ARCHIVED_URL), urls.toString());
            assertTrue(results.get("api-list").startsWith("200 ") && results.get("api-list").contains(ARCHIVED_URL),
                    results.get("api-list"));
            assertTrue(results.get("ingest").contains("sources=[]"), results.get("ingest"));
            JsonNode report = JSON.readTree(results.get("reprocess"));
            assertEquals(1, report.path("counts").path("updated").asInt() + report.path("counts").path("unchanged").asInt(),
                    results.get("reprocess"));
            assertEquals(0, report.path("failures").size(), results.get("reprocess"));
        }
    }

    private ProcessBuilder child(Path jar, Path probeClasses, Endpoints endpoints, QueueEndpoint sqs,
                                 Map<String, String> tables, long pageSize, Path output) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ColdStartRun.LAMBDA_JVM_FLAGS);
        command.add("-cp");
        command.add(jar + java.io.File.pathSeparator + probeClasses);
        command.add(HandlersProbe.class.getName());
        command.addAll(List.of(BUCKET, PAGE_KEY, Long.toString(pageSize), ARCHIVE_KEY, sqs.sentUri().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("NEWSDROP_"));
        env.put("AWS_REGION", endpoints.region());
        env.put("AWS_ACCESS_KEY_ID", endpoints.accessKey());
        env.put("AWS_SECRET_ACCESS_KEY", endpoints.secretKey());
        env.put("AWS_ENDPOINT_URL_S3", endpoints.s3().toString());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoDb().toString());
        env.put("AWS_ENDPOINT_URL_SQS", sqs.endpoint().toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "newsdrop-jar");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_EMF_ENVIRONMENT", "Local");
        env.put(Settings.RAW_BUCKET, BUCKET);
        env.put(Settings.S3_PATH_STYLE, "true");
        env.put(Settings.PAGE_QUEUE_URL, sqs.endpoint() + "/000000000000/pages");
        env.put(Settings.ARCHIVE_QUEUE_URL, sqs.endpoint() + "/000000000000/archives");
        env.putAll(tables);
        return builder;
    }

    private static Map<String, String> results(String log) {
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : log.lines().toList()) {
            if (line.startsWith(HandlersProbe.PREFIX)) {
                String rest = line.substring(HandlersProbe.PREFIX.length());
                int space = rest.indexOf(' ');
                results.put(rest.substring(0, space), rest.substring(space + 1));
            }
        }
        for (String step : List.of("process-s3", "split", "process-archived-page", "api-list", "ingest", "reprocess")) {
            assertTrue(results.containsKey(step), "no result for " + step + "; the output:\n" + log);
        }
        return results;
    }

    /** The probe's class files and those of the Lambda context it borrows, alone in a folder. */
    private static Path probeClasses(Path work) throws IOException {
        Path classes = work.resolve("probe-classes");
        List<Class<?>> types = new ArrayList<>(List.of(HandlersProbe.class.getNestMembers()));
        types.addAll(List.of(ColdStartProbe.class.getNestMembers()));
        for (Class<?> type : types) {
            String resource = type.getName().replace('.', '/') + ".class";
            Path target = classes.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = LambdaJarIT.class.getClassLoader().getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                Files.copy(in, target);
            }
        }
        return classes;
    }

    /** A web archive of one gzipped response record: an article page. */
    private static byte[] archive() throws IOException {
        String html = "<!doctype html><html lang=\"en\"><head><title>Harbour budget</title></head><body><article>"
                + "<h1>Harbour budget approved</h1>" + ("<p>The council approved the harbour budget on Tuesday after "
                + "a long debate about schools, roads and the old pier, and the mayor welcomed the vote.</p>").repeat(5)
                + "</article></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        http.writeBytes(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            writer.write(new WarcResponse.Builder(URI.create(ARCHIVED_URL)).date(Instant.parse("2026-01-02T03:04:05Z"))
                    .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build());
        }
        return out.toByteArray();
    }

    /**
     * SQS's SendMessageBatch over its JSON protocol on loopback (no SQS emulator runs here): it accepts
     * every entry, answering each with its body's MD5 as SQS does, and lists the bodies it took at
     * {@link #sentUri()}.
     */
    static final class QueueEndpoint implements AutoCloseable {

        private final HttpServer server;
        private final List<String> sent = new CopyOnWriteArrayList<>();

        private QueueEndpoint(HttpServer server) {
            this.server = server;
        }

        static QueueEndpoint start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            QueueEndpoint endpoint = new QueueEndpoint(server);
            server.createContext("/", endpoint::answer);
            server.start();
            return endpoint;
        }

        URI endpoint() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        URI sentUri() {
            return URI.create(endpoint() + "/sent");
        }

        List<String> sent() {
            return List.copyOf(sent);
        }

        private void answer(HttpExchange exchange) throws IOException {
            byte[] answer;
            int status = 200;
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if ("GET".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().equals("/sent")) {
                answer = String.join("\n", sent).getBytes(StandardCharsets.UTF_8);
            } else if ("AmazonSQS.SendMessageBatch".equals(target)) {
                JsonNode request = JSON.readTree(exchange.getRequestBody());
                ObjectNode response = JSON.createObjectNode();
                response.putArray("Failed");
                for (JsonNode entry : request.path("Entries")) {
                    String body = entry.path("MessageBody").asText();
                    sent.add(body);
                    response.withArray("Successful").addObject().put("Id", entry.path("Id").asText())
                            .put("MessageId", "msg-" + sent.size()).put("MD5OfMessageBody", md5(body));
                }
                answer = JSON.writeValueAsBytes(response);
            } else {
                status = 400;
                answer = ("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\",\"message\":\"" + target
                        + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(status, answer.length);
            try (var out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }

        private static String md5(String body) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
