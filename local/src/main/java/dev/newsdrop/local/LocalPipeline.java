package dev.newsdrop.local;

import dev.newsdrop.api.WebPages;
import dev.newsdrop.archive.WarcSplitter;
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
import dev.newsdrop.handler.WarcSplitHandler;
import dev.newsdrop.ingest.IngestionReport;
import dev.newsdrop.ports.WorkQueue;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.store.DynamoDbSourceRegistry;
import dev.newsdrop.store.S3RawObjectStore;
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
 * ({@link LocalIngestion}), and a second local queue of web archives feeding the WARC splitter,
 * whose archived pages go to the first queue. Data lives under one folder, so a restart keeps every object and record.
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
     * @param pacing        how quickly the drop folder and the queue react ({@link Pacing#STANDARD} but in tests)
     */
    public record Options(int port, Path dataDir, Path samplesDir, Path sourcesFile, Duration ingestEvery,
                          boolean allowLoopback, ProcessingObserver observer, Consumer<IngestionReport> ingestions,
                          Faults faults, Pacing pacing) {

        /** Options with the standard pacing. */
        public Options(int port, Path dataDir, Path samplesDir, Path sourcesFile, Duration ingestEvery,
                       boolean allowLoopback, ProcessingObserver observer, Consumer<IngestionReport> ingestions,
                       Faults faults) {
            this(port, dataDir, samplesDir, sourcesFile, ingestEvery, allowLoopback, observer, ingestions, faults,
                    Pacing.STANDARD);
        }

        /** A stack without ingestion, fetching only from the public web. */
        public static Options basic(int port, Path dataDir, Path samplesDir, ProcessingObserver observer) {
            return new Options(port, dataDir, samplesDir, null, DEFAULT_INGEST_EVERY, false, observer, report -> { },
                    Faults.NONE);
        }

        /** These options with another pacing. */
        public Options withPacing(Pacing other) {
            return new Options(port, dataDir, samplesDir, sourcesFile, ingestEvery, allowLoopback, observer, ingestions,
                    faults, other);
        }
    }

    /**
     * How quickly the drop folder ({@link DropFolder.Timing}) and the queue ({@link LocalQueue.Timing})
     * react. {@link #STANDARD} suits a person's drops and real outages; {@link #QUICK} lets tests of
     * the whole stack wait for a quiet period or a retry without spending seconds on each (the timings
     * themselves are tested on their own in {@code DropFolderTest} and {@code LocalQueueTest}).
     */
    public static final class Pacing {

        /** A 3 s quiet period for drops; a failed message is seen again after 20 s, doubling, 5 receives. */
        public static final Pacing STANDARD = new Pacing(DropFolder.Timing.standard(), LocalQueue.Timing.standard());

        /**
         * A 1.5 s quiet period polled every 50 ms, upload retries from 100 ms; a failed message is seen
         * again after 1 s, doubling up to 4 s, and dead-lettered after 16 receives (about a minute of
         * failures, so a killed emulator on a busy machine is back well before).
         */
        public static final Pacing QUICK = new Pacing(
                new DropFolder.Timing(Duration.ofMillis(50), Duration.ofMillis(1500), Duration.ofMillis(100), 8),
                new LocalQueue.Timing(Duration.ofSeconds(1), Duration.ofSeconds(4), 16));

        final DropFolder.Timing dropFolder;
        final LocalQueue.Timing queue;

        private Pacing(DropFolder.Timing dropFolder, LocalQueue.Timing queue) {
            this.dropFolder = dropFolder;
            this.queue = queue;
        }
    }

    public static final Duration DEFAULT_INGEST_EVERY = Duration.ofMinutes(15);

    private static final String QUEUE = "queue";
    private static final String DEAD_LETTER = "dead-letter";
    private static final String ARCHIVE_QUEUE = "archive-queue";
    private static final String ARCHIVE_DEAD_LETTER = "archive-dead-letter";
    /** Archives split at once: each split is one pass over its archive, at disk speed. */
    private static final int SPLITTERS = 2;

    /**
     * The archive queue of the stack on {@code data}, for a command run beside it ({@code reprocess}):
     * a job sent here is a file in the queue's folder, which the running stack's splitter takes, or
     * which waits there for the next {@code ./newsdrop local} on that folder.
     */
    public static WorkQueue archiveQueueIn(Path data) {
        return new LocalWorkQueue(new LocalQueue(data.resolve(ARCHIVE_QUEUE), data.resolve(ARCHIVE_DEAD_LETTER),
                SPLITTERS, 1));
    }

    private final List<AutoCloseable> started = new ArrayList<>();
    private SupervisedDynamoDb dynamoDb;
    private Faults.S3Outage s3Outage;
    private final Options options;
    private Endpoints endpoints;
    private LocalClients clients;
    private Settings settings;
    private LocalQueue queue;
    private LocalQueue archiveQueue;
    private ArchiveTally archives;
    /** Records a split reads before it acts as if its deadline were near; 0: no limit (fault injection). */
    private volatile int splitRecordsPerInvocation;
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
        queue = track(new LocalQueue(data.resolve(QUEUE), data.resolve(DEAD_LETTER), options.pacing().queue,
                System::currentTimeMillis));
        archiveQueue = track(new LocalQueue(data.resolve(ARCHIVE_QUEUE), data.resolve(ARCHIVE_DEAD_LETTER),
                options.pacing().queue, System::currentTimeMillis, SPLITTERS, 1));
        AtomicReference<ObjectCreatedListener> notifications = new AtomicReference<>();
        // The console PUTs web archives straight to the emulator through presigned links (POST /uploads).
        S3Emulator s3 = track(S3Emulator.start(data.resolve("s3"), options.port() + 1, (bucket, key, how) -> {
            ObjectCreatedListener listener = notifications.get();
            if (listener != null) {
                listener.created(bucket, key, how);
            }
        }, List.of("http://127.0.0.1:" + options.port(), "http://localhost:" + options.port())));
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
        // Web archives: the processor forwards them to the archive queue; the splitter sends their pages to the
        // page queue (the same queue S3 notifications go to), as on AWS. One console line per archive.
        archives = new ArchiveTally(options.observer(), line -> {
            System.out.println(line);
            System.out.flush();
        });
        LocalWorkQueue pages = new LocalWorkQueue(queue);
        LocalWorkQueue archiveJobs = new LocalWorkQueue(archiveQueue);
        var processor = ProcessingWiring.create(processing.s3(), clients.dynamoDb(), settings, archives, archiveJobs);
        archiveQueue.start(new WarcSplitHandler(new WarcSplitter(new S3RawObjectStore(processing.s3()), pages,
                archiveJobs), archives::split, context -> {
                    int budget = splitRecordsPerInvocation;
                    java.util.concurrent.atomic.AtomicInteger records = new java.util.concurrent.atomic.AtomicInteger();
                    return () -> budget > 0 && records.incrementAndGet() >= budget;
                }));
        HttpApiHandler apiHandler = new HttpApiHandler(ApiWiring.create(clients.s3(), clients.presigner(),
                clients.dynamoDb(), settings, new WebPages(fetcher)));
        queue.start(new SqsEventHandler(processor));
        AtomicReference<LocalIngestion> ingestion = new AtomicReference<>();
        PipelineReport pipeline = new PipelineReport(clients.dynamoDb(), Tables.name(Tables.ARTICLES, settings),
                Tables.name(Tables.OBJECTS, settings),
                new DynamoDbSourceRegistry(clients.dynamoDb(), Tables.name(Tables.SOURCES, settings)), queue,
                () -> ingestion.get() == null ? null : ingestion.get().nextRun(), archives::recent);
        ConsoleRoutes console = new ConsoleRoutes(new ConsoleFiles(LocalPipeline.class.getClassLoader(), endpoints.s3()),
                () -> pipeline, queue::redrive, new RawPageView(endpoints.s3(), settings.maxObjectBytes()));
        gateway = track(HttpApiGateway.start(options.port(), apiHandler, GatewayLimits.standard(), console));
        track(startDropFolder());
        SampleLoader.loadOnce(options.samplesDir(), data,
                (name, bytes) -> upload(settings.rawPrefix() + "samples/" + name, bytes));
        if (options.sourcesFile() != null) {
            ingestion.set(track(LocalIngestion.start(options.sourcesFile(), options.ingestEvery(), clients, settings,
                    fetcher, options.ingestions())));
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
                (name, bytes) -> upload(settings.rawPrefix() + "drop/" + name, bytes), options.pacing().dropFolder,
                System::currentTimeMillis);
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

    /** The browser console: the articles, each record beside its page, drop and pipeline views. */
    public URI consoleUrl() {
        return URI.create(apiUrl() + "/");
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

    /**
     * Makes each split invocation stop after {@code records} records as if near its Lambda deadline,
     * handing the rest to a continuation job, as a large archive does on AWS (0: no limit).
     */
    public void splitRecordsPerInvocation(int records) {
        splitRecordsPerInvocation = records;
    }

    /** Moves every dead-lettered message back to its queue; returns how many. */
    public int redrive() {
        return queue.redrive() + archiveQueue.redrive();
    }

    /**
     * Moves every dead-lettered message of the stack kept in {@code dataDir} back to its queue,
     * whether or not that stack is running (a running one picks them up at once); returns how many.
     */
    public static int redrive(Path dataDir) {
        return new LocalQueue(dataDir.resolve(QUEUE), dataDir.resolve(DEAD_LETTER)).redrive()
                + new LocalQueue(dataDir.resolve(ARCHIVE_QUEUE), dataDir.resolve(ARCHIVE_DEAD_LETTER), 0, 1).redrive();
    }

    /** Messages in the dead-letter folders (pages and archives). */
    public int deadLetters() {
        return queue.deadLetters() + archiveQueue.deadLetters();
    }

    /**
     * The web archives whose pages are all processed, one line each as the console shows them:
     * pages found, records skipped, damaged, pages processed.
     */
    public List<String> archiveLines() {
        return archives.summaries().stream().map(ArchiveTally.Summary::line).toList();
    }

    /** Messages not yet processed (waiting or being retried), archive jobs included. */
    public int pendingMessages() {
        return queue.pending() + archiveQueue.pending();
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
