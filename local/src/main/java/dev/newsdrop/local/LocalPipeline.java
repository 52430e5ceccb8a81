package dev.newsdrop.local;

import dev.newsdrop.api.WebPages;
import dev.newsdrop.config.Settings;
import dev.newsdrop.emulators.Endpoints;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.emulators.ObjectCreatedListener;
import dev.newsdrop.emulators.PortInUseException;
import dev.newsdrop.emulators.S3Emulator;
import dev.newsdrop.emulators.TableSetup;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.handler.ApiWiring;
import dev.newsdrop.handler.HttpApiHandler;
import dev.newsdrop.handler.ProcessingWiring;
import dev.newsdrop.handler.SqsEventHandler;
import dev.newsdrop.ingest.IngestionReport;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.store.Tables;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The whole pipeline on one machine: S3 and DynamoDB emulators on loopback, the bucket and tables
 * as {@link Tables} declares them, emulated S3 notifications ({@link S3Notifications}) into a local
 * queue ({@link LocalQueue}) feeding the processing handler, the HTTP API handler behind a local API
 * Gateway, a drop folder ({@link DropFolder}) and, given sources, the ingestion schedule
 * ({@link LocalIngestion}). Data lives under one folder, so a restart keeps every object and record.
 * The DynamoDB emulator is supervised ({@link SupervisedDynamoDb}): if it dies, it is back within
 * seconds on the same port and data. Failures are one console line each; their stack traces go to
 * {@code logs/newsdrop.log} in the data folder ({@link LogFile}).
 *
 * <p>Ports: the API on {@code port}, S3 on {@code port + 1}, DynamoDB on {@code port + 2}.
 */
public final class LocalPipeline implements AutoCloseable {

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

    private static final String QUEUE = "queue";
    private static final String DEAD_LETTER = "dead-letter";

    private final List<AutoCloseable> started = new ArrayList<>();
    private SupervisedDynamoDb dynamoDb;
    private Faults.S3Outage s3Outage;
    private final Options options;
    private Endpoints endpoints;
    private LocalClients clients;
    private Settings settings;
    private LocalQueue queue;
    private HttpApiGateway gateway;

    private LocalPipeline(Options options) {
        this.options = options;
    }

    /** Starts everything; on failure, stops what had started and rethrows. */
    public static LocalPipeline start(Options options) {
        LocalPipeline stack = new LocalPipeline(options);
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
        LogFile.install(LogFile.path(data));
        dynamoDb = SupervisedDynamoDb.start(data.resolve("dynamodb"), options.port() + 2, System.err::println);
        queue = track(new LocalQueue(data.resolve(QUEUE), data.resolve(DEAD_LETTER)));
        AtomicReference<ObjectCreatedListener> notifications = new AtomicReference<>();
        S3Emulator s3 = track(S3Emulator.start(data.resolve("s3"), options.port() + 1, (bucket, key, how) -> {
            ObjectCreatedListener listener = notifications.get();
            if (listener != null) {
                listener.created(bucket, key, how);
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
        notifications.set(track(new S3Notifications(clients.s3(), settings, queue, new Sequencers(Clock.systemUTC()),
                options.faults())));
        LocalClients processing = track(LocalClients.of(endpoints, List.of(outage)));

        // Even with --allow-loopback, a fetch never reaches the stack's own API, S3 or DynamoDB port.
        PublicWebFetcher fetcher = options.allowLoopback()
                ? PublicWebFetcher.allowingLoopback(java.util.Set.of(options.port(), options.port() + 1,
                        options.port() + 2))
                : PublicWebFetcher.standard();
        var processor = ProcessingWiring.create(processing.s3(), clients.dynamoDb(), settings, options.observer());
        HttpApiHandler apiHandler = new HttpApiHandler(ApiWiring.create(clients.s3(), clients.presigner(),
                clients.dynamoDb(), settings, new WebPages(fetcher)));
        queue.start(new SqsEventHandler(processor));
        gateway = track(HttpApiGateway.start(options.port(), apiHandler));
        track(startDropFolder());
        SampleLoader.loadOnce(options.samplesDir(), data,
                (name, bytes) -> upload(settings.rawPrefix() + "samples/" + name, bytes));
        if (options.sourcesFile() != null) {
            track(LocalIngestion.start(options.sourcesFile(), options.ingestEvery(), clients, settings, fetcher,
                    options.ingestions()));
        }
        new EndpointsFile(apiUrl(), endpoints, settings.rawBucket(), settings.rawPrefix(),
                ProcessHandle.current().pid()).write(data);
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
        ensureBucketAndTables(clients, settings);
    }

    /** Creates the raw bucket (versioned, as on AWS) and the tables, unless they exist. */
    static void ensureBucketAndTables(LocalClients clients, Settings settings) {
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
        DropFolder drop = new DropFolder(dropDir(), options.dataDir().resolve("uploaded"), refusedDir(),
                (name, bytes) -> upload(settings.rawPrefix() + "drop/" + name, bytes));
        drop.start();
        return drop;
    }

    /** Puts a raw page into the bucket, as a person's upload would. */
    void upload(String key, byte[] bytes) {
        String lower = key.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".gz") ? "application/gzip" : lower.endsWith(".html") || lower.endsWith(".htm")
                ? "text/html" : "application/octet-stream";
        clients.s3().putObject(r -> r.bucket(settings.rawBucket()).key(key).contentType(type), RequestBody.fromBytes(bytes));
    }

    /** Where a running stack writes its endpoints, for {@code ./newsdrop invoke} ({@link EndpointsFile}). */
    public static Path endpointsFile(Path dataDir) {
        return EndpointsFile.path(dataDir);
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

    /** Where the drop folder moves what it will not upload, each beside a {@code NAME.reason} file. */
    public Path refusedDir() {
        return options.dataDir().resolve("refused");
    }

    /**
     * Kills the DynamoDB emulator's process with SIGKILL, as a crash would, and leaves it to the
     * supervision to bring it back.
     */
    public void killDynamoDb() {
        dynamoDb.kill();
    }

    /** The running DynamoDB emulator's process id. */
    public long dynamoDbPid() {
        return dynamoDb.pid();
    }

    /** How often the supervision brought the DynamoDB emulator back after it died. */
    public int dynamoDbRestarts() {
        return dynamoDb.restarts();
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
}
