package dev.newsdrop.soak;

import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.local.Faults;
import dev.newsdrop.local.LocalClients;
import dev.newsdrop.local.LocalPipeline;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.ports.ListingCursors;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.process.RecordIds;
import dev.newsdrop.store.DynamoDbArticleRepository;
import dev.newsdrop.store.S3BodyStore;
import dev.newsdrop.store.Tables;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A soak of the local stack: many pages arrive through S3 while the event stream is disturbed
 * (duplicate and late notifications, new versions of the same keys) and faults are injected (the
 * DynamoDB emulator's process killed with SIGKILL, and brought back by the pipeline's own
 * supervision, not by the soak; S3 answering 503 for a while). At the end every key's newest
 * version must have exactly one record and nothing may be lost: nothing may be dead-lettered, and
 * should anything be, it is redriven (so its page still gets a record) and the run fails.
 *
 * <ol>
 *   <li>Upload {@code pages} pages, each with its own canonical URL, from a few threads; a share of
 *       keys gets a second version soon after the first.</li>
 *   <li>A quarter of the way in, kill DynamoDB for a few seconds; half way, make S3 answer 503.</li>
 *   <li>Wait for the queue to drain; redrive the dead letters; wait again.</li>
 *   <li>Check every key's record against the bytes of its newest version (content hash).</li>
 * </ol>
 */
public final class SoakRun {

    /**
     * What to run.
     *
     * @param dynamoDbDown how long the DynamoDB emulator may stay dead before its supervision must
     *                     have brought it back (zero: it is not killed)
     * @param pacing       how soon the stack's queue retries a failed message ({@link LocalPipeline.Pacing#STANDARD}
     *                     as deployed; a test may take {@link LocalPipeline.Pacing#QUICK})
     */
    public record Plan(int pages, double newVersionRate, Faults faults, Duration dynamoDbDown, Duration s3Outage,
                       Duration drainTimeout, int uploadThreads, LocalPipeline.Pacing pacing) {

        public static Plan standard(int pages) {
            return new Plan(pages, 0.1, new Faults(0.2, 0.1, Duration.ofMillis(1500), 42), Duration.ofSeconds(60),
                    Duration.ofSeconds(6), Duration.ofMinutes(30), 4, LocalPipeline.Pacing.STANDARD);
        }
    }

    /** What a run measured. */
    public record Result(int pages, int uploads, int recordsOk, List<String> problems, int deadLettered,
                         Duration elapsed, double pagesPerSecond, Duration p50, Duration p95) {

        /** Every page has its one record of its newest version, and nothing was dead-lettered. */
        public boolean passed() {
            return problems.isEmpty() && recordsOk == pages && deadLettered == 0;
        }
    }

    private final Plan plan;
    private final PrintStream log;

    public SoakRun(Plan plan, PrintStream log) {
        this.plan = plan;
        this.log = log;
    }

    public Result run(Path dataDir, List<byte[]> templates) throws Exception {
        int port = FreePort.findRun(3);
        LocalPipeline.Options options = new LocalPipeline.Options(port, dataDir, null, null, LocalPipeline.DEFAULT_INGEST_EVERY,
                false, ProcessingObserver.NONE, report -> { }, plan.faults(), plan.pacing());
        try (LocalPipeline stack = LocalPipeline.start(options); LocalClients uploader = LocalClients.of(stack.endpoints())) {
            return soak(stack, uploader, templates);
        }
    }

    private Result soak(LocalPipeline stack, LocalClients uploader, List<byte[]> templates) throws Exception {
        String bucket = stack.settings().rawBucket();
        Map<String, Upload> newest = new ConcurrentHashMap<>();
        AtomicInteger uploads = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Random random = new Random(plan.faults().seed());
        java.util.Set<Integer> secondVersions = new java.util.HashSet<>();
        for (int i = 0; i < plan.pages(); i++) {
            if (random.nextDouble() < plan.newVersionRate()) {
                secondVersions.add(i);
            }
        }
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(plan.uploadThreads());
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < plan.uploadThreads(); t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = thread; i < plan.pages(); i += plan.uploadThreads()) {
                    String key = stack.settings().rawPrefix() + "soak/" + i + ".html";
                    upload(uploader, bucket, key, page(templates, i, 1), newest, uploads);
                    if (secondVersions.contains(i)) {
                        upload(uploader, bucket, key, page(templates, i, 2), newest, uploads);
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        injectFaults(stack, done);
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        log.printf("soak: %d uploads of %d pages in %d s; waiting for processing%n", uploads.get(), plan.pages(),
                Duration.between(start, Instant.now()).toSeconds());
        drain(stack);
        int deadLettered = stack.deadLetters();
        if (deadLettered > 0) {
            log.printf("soak: %d messages in the dead-letter folder; redriving them%n", deadLettered);
            stack.redrive();
            drain(stack);
        }
        Instant end = Instant.now();
        return check(stack, newest, uploads.get(), deadLettered, Duration.between(start, end));
    }

    private void injectFaults(LocalPipeline stack, AtomicInteger done) throws InterruptedException {
        awaitProgress(done, plan.pages() / 4);
        if (!plan.dynamoDbDown().isZero()) {
            long pid = stack.dynamoDbPid();
            log.printf("soak: killing the DynamoDB emulator (pid %d) with SIGKILL%n", pid);
            int restartsBefore = stack.dynamoDbRestarts();
            stack.killDynamoDb();
            long deadline = System.nanoTime() + plan.dynamoDbDown().toNanos();
            while (stack.dynamoDbRestarts() == restartsBefore && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            if (stack.dynamoDbRestarts() == restartsBefore) {
                throw new IllegalStateException("the DynamoDB emulator was not back within " + plan.dynamoDbDown());
            }
        }
        awaitProgress(done, plan.pages() / 2);
        if (!plan.s3Outage().isZero()) {
            log.printf("soak: S3 answers 503 for %d s%n", plan.s3Outage().toSeconds());
            stack.s3Unavailable(true);
            Thread.sleep(plan.s3Outage().toMillis());
            stack.s3Unavailable(false);
        }
    }

    private void awaitProgress(AtomicInteger done, int target) throws InterruptedException {
        while (done.get() < target) {
            Thread.sleep(20);
        }
    }

    private void drain(LocalPipeline stack) throws InterruptedException {
        long deadline = System.nanoTime() + plan.drainTimeout().toNanos();
        // Late deliveries may still be scheduled: wait until the queue has stayed empty a moment.
        int emptyPolls = 0;
        while (emptyPolls < 10 && System.nanoTime() < deadline) {
            emptyPolls = stack.pendingMessages() == 0 ? emptyPolls + 1 : 0;
            Thread.sleep(250);
        }
    }

    private record Upload(String hash, Instant at) {
    }

    private static void upload(LocalClients clients, String bucket, String key, byte[] page,
                               Map<String, Upload> newest, AtomicInteger uploads) {
        Instant at = Instant.now();
        // The uploader is a client like any other: it retries until S3 takes the page.
        for (int attempt = 1; ; attempt++) {
            try {
                clients.s3().putObject(r -> r.bucket(bucket).key(key).contentType("text/html; charset=utf-8"),
                        RequestBody.fromBytes(page));
                break;
            } catch (RuntimeException e) {
                if (attempt >= 10) {
                    throw e;
                }
                sleep(200L * attempt);
            }
        }
        newest.put(key, new Upload(RecordIds.contentHash(page), at));
        uploads.incrementAndGet();
    }

    /** Page {@code i}, version {@code v}: a template with its own canonical URL and a version mark. */
    static byte[] page(List<byte[]> templates, int i, int version) {
        String html = new String(templates.get(i % templates.size()), StandardCharsets.UTF_8);
        String head = "<link rel=\"canonical\" href=\"https://soak.example/articles/" + i + "\">"
                + "<meta name=\"soak-version\" content=\"" + version + "\">";
        html = html.replaceAll("(?is)<link[^>]+rel=[\"']?canonical[^>]*>", "");
        html = html.replaceFirst("(?i)</head>", head + "</head>");
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private Result check(LocalPipeline stack, Map<String, Upload> newest, int uploads, int deadLettered,
                         Duration elapsed) {
        var settings = stack.settings();
        try (LocalClients clients = LocalClients.of(stack.endpoints())) {
            DynamoDbArticleRepository repository = new DynamoDbArticleRepository(clients.dynamoDb(),
                    Tables.name(Tables.ARTICLES, settings), new S3BodyStore(clients.s3(), settings.rawBucket()),
                    new ListingCursors(settings.cursorKey()));
            Map<String, List<ArticleRecord>> byKey = new HashMap<>();
            Map<String, AttributeValue> start = null;
            do {
                ScanRequest.Builder scan = ScanRequest.builder().tableName(Tables.name(Tables.ARTICLES, settings))
                        .projectionExpression("id").exclusiveStartKey(start);
                ScanResponse page = clients.dynamoDb().scan(scan.build());
                for (var item : page.items()) {
                    ArticleRecord r = repository.find(item.get("id").s()).orElseThrow();
                    if (r.source().key().contains("/soak/")) {
                        byKey.computeIfAbsent(r.source().key(), k -> new ArrayList<>()).add(r);
                    }
                }
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);

            List<String> problems = new ArrayList<>();
            List<Duration> latencies = new ArrayList<>();
            int ok = 0;
            for (Map.Entry<String, Upload> e : newest.entrySet()) {
                List<ArticleRecord> records = byKey.getOrDefault(e.getKey(), List.of());
                if (records.size() != 1) {
                    problems.add(e.getKey() + ": " + records.size() + " records");
                    continue;
                }
                ArticleRecord record = records.get(0);
                if (!record.contentHash().equals(e.getValue().hash())) {
                    problems.add(e.getKey() + ": the record is of an older version");
                    continue;
                }
                ok++;
                latencies.add(Duration.between(e.getValue().at(), record.processedAt()));
            }
            Collections.sort(latencies);
            return new Result(plan.pages(), uploads, ok, problems, deadLettered, elapsed,
                    plan.pages() / Math.max(0.001, elapsed.toMillis() / 1000.0),
                    percentile(latencies, 0.50), percentile(latencies, 0.95));
        }
    }

    private static Duration percentile(List<Duration> sorted, double p) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
