package dev.newsdrop.reprocessing;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.newsdrop.handler.ReprocessBatches;
import dev.newsdrop.reprocess.KeyOutcome;
import dev.newsdrop.reprocess.ListedObject;
import dev.newsdrop.reprocess.Selection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * A reprocessing run on this machine, shaped like the state machine's Distributed Map: the raw
 * bucket is listed under a prefix, the listing cut into batches of {@value #BATCH_SIZE} keys, and
 * each batch handed, as the same JSON, to the same {@link dev.newsdrop.handler.ReprocessHandler}
 * Lambda runs, on a bounded pool of workers. A batch whose invocation fails (the store down) is
 * tried again, {@value #BATCH_ATTEMPTS} times in all with waits doubling from 1 s, as Step Functions
 * retries it; after that its keys count as failed.
 *
 * <p>A run stopped part-way (Ctrl-C) loses nothing: every record written stays, and a rerun of a
 * {@code stale} or {@code missing} selection finds those keys up to date and passes over them
 * cheaply ({@code unchanged}, without reading the object when its ETag matches).
 */
public final class ReprocessRun {

    /** Keys per batch, as the state machine's item batcher cuts them. */
    public static final int BATCH_SIZE = 100;
    static final int BATCH_ATTEMPTS = 3;
    /** Failures a run keeps with their reasons; beyond them it counts. */
    static final int MAX_FAILURES_KEPT = 1_000;
    private static final Duration FIRST_RETRY_WAIT = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(ReprocessRun.class);

    /** Told how the run goes, from the workers' threads. */
    public interface Progress {

        /** The listing is done: this many keys will be reprocessed. */
        void listed(long keys);

        /** One more batch is done; {@code counts} is the run's running total by outcome name. */
        void batchDone(int keys, Map<String, Integer> counts);
    }

    /**
     * What a run came to.
     *
     * @param counts          keys per outcome name ({@code updated}, {@code unchanged}, …)
     * @param failures        failed keys with their reasons (capped per batch by the handler)
     * @param failuresLeftOut failed keys the list leaves out
     * @param keys            keys listed
     * @param took            the run's wall time, listing included
     */
    public record Summary(Map<String, Integer> counts, List<KeyOutcome> failures, int failuresLeftOut, long keys,
                          Duration took) {

        public int count(KeyOutcome.Kind kind) {
            return counts.getOrDefault(ReprocessBatches.label(kind), 0);
        }

        /** Keys per second of wall time. */
        public double pagesPerSecond() {
            return keys / Math.max(took.toNanos() / 1e9, 1e-9);
        }
    }

    private final S3Client s3;
    private final RequestStreamHandler handler;
    private final String bucket;
    private final int workers;

    /**
     * @param handler the reprocessing function, as Lambda would run it
     * @param workers batches processed at once
     */
    public ReprocessRun(S3Client s3, RequestStreamHandler handler, String bucket, int workers) {
        this.s3 = s3;
        this.handler = handler;
        this.bucket = bucket;
        this.workers = workers;
    }

    /** Reprocesses every object under {@code prefix}. */
    public Summary run(String prefix, Selection selection, Progress progress) throws InterruptedException {
        long start = System.nanoTime();
        List<ListedObject> listing = list(prefix);
        progress.listed(listing.size());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (KeyOutcome.Kind kind : KeyOutcome.Kind.values()) {
            counts.put(ReprocessBatches.label(kind), 0);
        }
        List<KeyOutcome> failures = new ArrayList<>();
        int[] failuresLeftOut = {0};
        ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("reprocess-", 1).factory());
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < listing.size(); from += BATCH_SIZE) {
                List<ListedObject> batch = listing.subList(from, Math.min(from + BATCH_SIZE, listing.size()));
                batches.add(pool.submit(() -> {
                    ReprocessBatches.ReadReport report = invoke(new ReprocessBatches.Batch(batch, selection, false));
                    Map<String, Integer> total;
                    synchronized (counts) {
                        report.counts().forEach((name, n) -> counts.merge(name, n, Integer::sum));
                        for (KeyOutcome failure : report.failures()) {
                            if (failures.size() < MAX_FAILURES_KEPT) {
                                failures.add(failure);
                            } else {
                                failuresLeftOut[0]++;
                            }
                        }
                        failuresLeftOut[0] += report.failuresLeftOut();
                        total = Map.copyOf(counts);
                    }
                    progress.batchDone(batch.size(), total);
                    return null;
                }));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch broke the run", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        synchronized (counts) {
            return new Summary(Map.copyOf(counts), List.copyOf(failures), failuresLeftOut[0], listing.size(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Every object of the bucket under the prefix, in key order. */
    List<ListedObject> list(String prefix) {
        List<ListedObject> objects = new ArrayList<>();
        for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
            objects.add(new ListedObject(object.key(), object.size() == null ? -1 : object.size(), object.eTag()));
        }
        return objects;
    }

    /** One batch through the handler, as the Distributed Map invokes it, retried when the invocation fails. */
    private ReprocessBatches.ReadReport invoke(ReprocessBatches.Batch batch) throws InterruptedException {
        RuntimeException last = null;
        Duration wait = FIRST_RETRY_WAIT;
        for (int attempt = 1; attempt <= BATCH_ATTEMPTS; attempt++) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                handler.handleRequest(new ByteArrayInputStream(ReprocessBatches.write(batch)), out, null);
                return ReprocessBatches.readReport(out.toByteArray());
            } catch (IOException | RuntimeException e) {
                last = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                log.warn("a batch from {} failed (attempt {} of {}): {}", batch.items().getFirst().key(), attempt,
                        BATCH_ATTEMPTS, e.toString());
                if (attempt < BATCH_ATTEMPTS) {
                    Thread.sleep(wait.toMillis());
                    wait = wait.multipliedBy(2);
                }
            }
        }
        return failedBatch(batch, last);
    }

    /** The report of a batch whose every attempt failed: each of its keys failed, with the last error. */
    private static ReprocessBatches.ReadReport failedBatch(ReprocessBatches.Batch batch, RuntimeException error) {
        String reason = "the batch failed " + BATCH_ATTEMPTS + " times: " + error;
        List<KeyOutcome> failures = batch.items().stream()
                .map(o -> new KeyOutcome(o.key(), KeyOutcome.Kind.FAILED, reason)).toList();
        return new ReprocessBatches.ReadReport(Map.of(ReprocessBatches.label(KeyOutcome.Kind.FAILED), failures.size()),
                failures, 0);
    }
}
