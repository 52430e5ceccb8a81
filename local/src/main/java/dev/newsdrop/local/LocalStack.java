package dev.newsdrop.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.newsdrop.api.WebPages;
import dev.newsdrop.config.Settings;
import dev.newsdrop.emulators.DynamoDbEmulator;
import dev.newsdrop.emulators.Endpoints;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.emulators.PortInUseException;
import dev.newsdrop.emulators.S3Emulator;
import dev.newsdrop.emulators.TableSetup;
import dev.newsdrop.handler.Api;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.handler.HttpApiHandler;
import dev.newsdrop.handler.Ingesting;
import dev.newsdrop.handler.ScheduledIngestionHandler;
import dev.newsdrop.ingest.IngestionOptions;
import dev.newsdrop.ingest.IngestionReport;
import dev.newsdrop.ingest.Source;
import dev.newsdrop.ingest.SourceFile;
import dev.newsdrop.handler.Processing;
import dev.newsdrop.handler.SqsEventHandler;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.store.DynamoDbSourceRegistry;
import dev.newsdrop.store.Tables;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The whole pipeline on one machine: S3 and DynamoDB emulators on loopback, the bucket and tables
 * as {@link Tables} declares them, emulated S3 notifications into a local queue feeding the
 * processing handler, the HTTP API handler behind a local API Gateway, and a drop folder. Data
 * lives under one folder, so a restart keeps every object and record.
 *
 * <p>Ports: the API on {@code port}, S3 on {@code port + 1}, DynamoDB on {@code port + 2}.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * What the local stack is started with.
     *
     * @param port          the API's port; S3 takes the next, DynamoDB the one after
     * @param dataDir       where objects, records and queued messages are kept
     * @param samplesDir    pages uploaded on the first start, or null
     * @param sourcesFile   sources for scheduled ingestion (see docs/sources.md), or null for none
     * @param ingestEvery   how often ingestion runs after the run at start
     * @param allowLoopback whether server-side fetches may reach 127.0.0.0/8 and ::1 (testing only)
     * @param observer      told of every processed object
     * @param ingestions    told of every ingestion run
     * @param faults        disturbances to put the pipeline through ({@link Faults#NONE} for none)
     */
    public record Options(int port, Path dataDir, Path samplesDir, Path sourcesFile, Duration ingestEvery,
                          boolean allowLoopback, ProcessingObserver observer, Consumer<IngestionReport> ingestions,
                          Faults faults) {

        /** A stack without ingestion, fetching only from the public web. */
        public static Options basic(int port, Path dataDir, Path samplesDir, ProcessingObserver observer) {
            return new Options(port, dataDir, samplesDir, null, DEFAULT_INGEST_EVERY, false, observer, report -> { },
                    Faults.NONE);
        }
    }

    public static final Duration DEFAULT_INGEST_EVERY = Duration.ofMinutes(15);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLES_LOADED = ".samples-loaded";
    private static final String QUEUE = "queue";
    private static final String DEAD_LETTER = "dead-letter";

    private final List<AutoCloseable> started = new ArrayList<>();
    private DynamoDbEmulator dynamoDb;
    private Faults.S3Outage s3Outage;
    private final Options options;
    private Endpoints endpoints;
    private LocalClients clients;
    private Settings settings;
    private LocalQueue queue;
    private HttpApiGateway gateway;

    private LocalStack(Options options) {
        this.options = options;
    }

    /** Starts everything; on failure, stops what had started and rethrows. */
    public static LocalStack start(Options options) {
        LocalStack stack = new LocalStack(options);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        Path data = options.dataDir();
        checkPortsFree();
        dynamoDb = DynamoDbEmulator.start(data.resolve("dynamodb"), options.port() + 2);
        queue = track(new LocalQueue(data.resolve(QUEUE), data.resolve(DEAD_LETTER)));
        AtomicReference<Notifier> notifier = new AtomicReference<>();
        S3Emulator s3 = track(S3Emulator.start(data.resolve("s3"), options.port() + 1, (bucket, key, how) -> {
            Notifier n = notifier.get();
            if (n != null) {
                n.created(bucket, key, how);
            }
        }));
        Faults.S3Outage outage = new Faults.S3Outage();
        this.s3Outage = outage;
        endpoints = Endpoints.local(s3.endpoint(), dynamoDb.endpoint());
        clients = track(LocalClients.of(endpoints));
        settings = Settings.of(Map.of(
                Settings.S3_PATH_STYLE, "true",
                Settings.S3_ENDPOINT, endpoints.s3().toString()));
        createBucketAndTables();
        notifier.set(new Notifier(clients, settings, queue, new Sequencers(Clock.systemUTC()), options.faults(),
                new Random(options.faults().seed()), track(delayedDeliveries())));
        LocalClients processing = track(LocalClients.of(endpoints, List.of(outage)));

        PublicWebFetcher fetcher = options.allowLoopback() ? PublicWebFetcher.allowingLoopback()
                : PublicWebFetcher.standard();
        var processor = Processing.create(processing.s3(), clients.dynamoDb(), settings, options.observer());
        HttpApiHandler apiHandler = new HttpApiHandler(Api.create(clients.s3(), clients.presigner(),
                clients.dynamoDb(), settings, new WebPages(fetcher)));
        queue.start(new SqsEventHandler(processor));
        gateway = track(HttpApiGateway.start(options.port(), apiHandler));
        track(startDropFolder());
        loadSamplesOnFirstStart();
        if (options.sourcesFile() != null) {
            track(startIngestion(fetcher));
        }
        writeEndpointsFile();
    }

    /** Registers the file's sources, then runs the same handler EventBridge invokes: now, and on a schedule. */
    private AutoCloseable startIngestion(PublicWebFetcher fetcher) {
        List<Source> sources;
        try {
            sources = SourceFile.read(options.sourcesFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the sources file " + options.sourcesFile() + ": "
                    + e.getMessage(), e);
        }
        DynamoDbSourceRegistry registry = new DynamoDbSourceRegistry(clients.dynamoDb(),
                Tables.name(Tables.SOURCES, settings));
        sources.forEach(registry::save);
        ScheduledIngestionHandler handler = new ScheduledIngestionHandler(Ingesting.create(clients.s3(),
                clients.dynamoDb(), fetcher, settings, IngestionOptions.standard()), Clock.systemUTC());
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "scheduled-ingestion");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> {
            try {
                options.ingestions().accept(handler.handleRequest(scheduledEvent(), null));
            } catch (RuntimeException e) {
                // As on AWS, a failed run is reported and the next one still comes.
                System.err.println("newsdrop: ingestion run failed: " + e);
            }
        }, 0, options.ingestEvery().toMillis(), TimeUnit.MILLISECONDS);
        return schedule::shutdownNow;
    }

    /** The event an EventBridge schedule delivers. */
    private static ScheduledEvent scheduledEvent() {
        ScheduledEvent event = new ScheduledEvent();
        event.setId(java.util.UUID.randomUUID().toString());
        event.setSource("aws.events");
        event.setDetailType("Scheduled Event");
        event.setAccount("000000000000");
        event.setRegion("us-east-1");
        event.setTime(org.joda.time.DateTime.now());
        event.setResources(List.of("arn:aws:events:us-east-1:000000000000:rule/newsdrop-local-ingest"));
        event.setDetail(Map.of());
        return event;
    }

    /** Says which port is taken before anything starts, so a second stack fails at once and clearly. */
    private void checkPortsFree() {
        String[] what = {"HTTP API", "S3 emulator", "DynamoDB emulator"};
        for (int i = 0; i < what.length; i++) {
            if (!FreePort.isFree(options.port() + i)) {
                throw new PortInUseException(what[i], options.port() + i);
            }
        }
    }

    private void createBucketAndTables() {
        String bucket = settings.rawBucket();
        if (clients.s3().listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
            clients.s3().createBucket(r -> r.bucket(bucket));
        }
        try {
            // As on AWS: every new object gets a version id, so events can name the version to read.
            clients.s3().putBucketVersioning(r -> r.bucket(bucket)
                    .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        } catch (RuntimeException unsupported) {
            // the emulator then keeps one version per key; events carry no version id
        }
        TableSetup setup = new TableSetup(clients.dynamoDb());
        Tables.ALL.forEach(table -> setup.ensure(Tables.name(table, settings), table.partitionKey(), table.sortKey(),
                table.indexes().stream().map(i -> new TableSetup.Index(i.name(), i.partitionKey(), i.sortKey())).toList()));
    }

    private DropFolder startDropFolder() {
        DropFolder drop = new DropFolder(dropDir(), options.dataDir().resolve("uploaded"),
                (name, bytes) -> upload(settings.rawPrefix() + "drop/" + name, bytes));
        drop.start();
        return drop;
    }

    /** Puts a raw page into the bucket, as a person's upload would. */
    void upload(String key, byte[] bytes) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        String type = lower.endsWith(".gz") ? "application/gzip" : lower.endsWith(".html") || lower.endsWith(".htm")
                ? "text/html" : "application/octet-stream";
        clients.s3().putObject(r -> r.bucket(settings.rawBucket()).key(key).contentType(type), RequestBody.fromBytes(bytes));
    }

    private void loadSamplesOnFirstStart() {
        Path marker = options.dataDir().resolve(SAMPLES_LOADED);
        if (Files.exists(marker) || options.samplesDir() == null || !Files.isDirectory(options.samplesDir())) {
            return;
        }
        try (Stream<Path> pages = Files.list(options.samplesDir())) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                upload(settings.rawPrefix() + "samples/" + page.getFileName(), Files.readAllBytes(page));
            }
            Files.writeString(marker, "sample pages were uploaded once; delete this file to upload them again\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the sample pages from " + options.samplesDir(), e);
        }
    }

    private void writeEndpointsFile() {
        ObjectNode file = JSON.createObjectNode()
                .put("api", apiUrl().toString())
                .put("s3", endpoints.s3().toString())
                .put("dynamodb", endpoints.dynamoDb().toString())
                .put("region", endpoints.region())
                .put("accessKeyId", endpoints.accessKey())
                .put("secretAccessKey", endpoints.secretKey())
                .put("bucket", settings.rawBucket())
                .put("rawPrefix", settings.rawPrefix())
                .put("pid", ProcessHandle.current().pid());
        try {
            Files.writeString(endpointsFile(options.dataDir()), file.toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + endpointsFile(options.dataDir()), e);
        }
    }

    /** Where a running stack writes its endpoints, for {@code ./newsdrop invoke}. */
    public static Path endpointsFile(Path dataDir) {
        return dataDir.resolve("endpoints.json");
    }

    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public Settings settings() {
        return settings;
    }

    public Path dropDir() {
        return options.dataDir().resolve("drop");
    }

    /**
     * Stops the DynamoDB emulator, waits, and starts it again on the same port and data: an outage
     * of the database in the middle of a run.
     */
    public void restartDynamoDb(Duration down) throws InterruptedException {
        dynamoDb.close();
        Thread.sleep(down.toMillis());
        dynamoDb = DynamoDbEmulator.start(options.dataDir().resolve("dynamodb"), options.port() + 2);
    }

    /** Makes S3 answer the processing function 503 Service Unavailable, or stop doing so. */
    public void s3Unavailable(boolean unavailable) {
        s3Outage.set(unavailable);
    }

    /** Moves every dead-lettered message back to the queue; returns how many. */
    public int redrive() {
        return queue.redrive();
    }

    /**
     * Moves every dead-lettered message of the stack kept in {@code dataDir} back to its queue,
     * whether or not that stack is running (a running one picks them up at once); returns how many.
     */
    public static int redrive(Path dataDir) {
        return new LocalQueue(dataDir.resolve(QUEUE), dataDir.resolve(DEAD_LETTER)).redrive();
    }

    /** Messages in the dead-letter folder. */
    public int deadLetters() {
        return queue.deadLetters();
    }

    /** Messages not yet processed (waiting or being retried). */
    public int pendingMessages() {
        return queue.pending();
    }

    private <T extends AutoCloseable> T track(T resource) {
        started.add(resource);
        return resource;
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("newsdrop: stopping " + started.get(i).getClass().getSimpleName() + ": " + e);
            }
        }
        started.clear();
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        try {
            Files.deleteIfExists(endpointsFile(options.dataDir()));
        } catch (IOException ignored) {
            // a stale endpoints file only misleads `invoke`, which then fails to connect and says so
        }
    }

    private static ScheduledExecutorService delayedDeliveries() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "delayed-notifications");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Emulates S3's notification: a raw-prefix object's event goes to the queue, as S3 → SQS does —
     * more than once or late when the faults say so.
     */
    private record Notifier(LocalClients clients, Settings settings, LocalQueue queue, Sequencers sequencers,
                            Faults faults, Random random, ScheduledExecutorService later) {

        void created(String bucket, String key, String how) {
            if (!bucket.equals(settings.rawBucket()) || !key.startsWith(settings.rawPrefix())) {
                return;
            }
            String sequencer = sequencers.next();
            HeadObjectResponse head = clients.s3().headObject(r -> r.bucket(bucket).key(key));
            String message = S3EventMessages.notification(new S3EventMessages.Created(bucket, key,
                    head.contentLength(), head.eTag() == null ? null : head.eTag().replace("\"", ""),
                    head.versionId(), sequencer, how, java.time.Instant.now()));
            List<Duration> deliveries;
            synchronized (random) {
                deliveries = faults.deliveries(random);
            }
            for (Duration delay : deliveries) {
                if (delay.isZero()) {
                    queue.send(message);
                } else {
                    later.schedule(() -> queue.send(message), delay.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }
    }
}
