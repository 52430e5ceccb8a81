package dev.newsdrop.reprocessing;

import dev.newsdrop.config.Settings;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.handler.ProcessingWiring;
import dev.newsdrop.handler.ReprocessHandler;
import dev.newsdrop.handler.ReprocessWiring;
import dev.newsdrop.local.LocalStore;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.ObjectEvent;
import dev.newsdrop.process.Outcome;
import dev.newsdrop.reprocess.KeyOutcome;
import dev.newsdrop.reprocess.Selection;
import dev.newsdrop.store.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15's "done when", over the S3 and DynamoDB emulators on loopback: 1,000 objects of four
 * kinds (current records, stale records, objects without a record, and objects a newer upload
 * replaces while the reprocessing runs) reprocessed by the very handler Lambda runs, through the
 * local run's batches and workers. The outcome counts are exact; every key ends with one record,
 * made from its newest version by this extractor; a second run is all {@code unchanged}.
 */
class ReprocessRunIT {

    private static final int PER_KIND = 250;
    private static final String OLD_VERSION = "0.9.0-old";

    @TempDir
    Path data;

    @Test
    void thousandObjectsOfFourKinds_endWithTheirNewestVersionsRecord_andASecondRunChangesNothing() throws Exception {
        try (LocalStore store = LocalStore.open(data, line -> { })) {
            Settings settings = store.settings();
            String bucket = settings.rawBucket();
            DynamoDbClient dynamoDb = store.clients().dynamoDb();
            // DynamoDB requests by operation: the event path's (setup and racing uploads) and the reprocessing's.
            CallCounter eventCalls = new CallCounter();
            CallCounter reprocessCalls = new CallCounter();
            String articles = Tables.name(Tables.ARTICLES, settings);
            // A stale record is one an older extractor made: its event's write carries that extractor's version.
            Set<String> madeByOlderExtractor = ConcurrentHashMap.newKeySet();
            ExecutionInterceptor olderExtractor = new ExecutionInterceptor() {
                @Override
                public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
                    if (context.request() instanceof PutItemRequest put && put.tableName().equals(articles)
                            && madeByOlderExtractor.remove(put.item().get("source").m().get("key").s())) {
                        Map<String, AttributeValue> item = new HashMap<>(put.item());
                        item.put("extractorVersion", AttributeValue.fromS(OLD_VERSION));
                        return put.toBuilder().item(item).build();
                    }
                    return context.request();
                }
            };
            DynamoDbClient eventsDynamoDb = client(dynamoDb, olderExtractor, eventCalls);
            ArticleProcessor events = ProcessingWiring.create(store.clients().s3(), eventsDynamoDb, settings);

            // The four kinds, set up in parallel through the event path.
            Map<String, String> newestTitle = new ConcurrentHashMap<>();
            Set<String> racing = ConcurrentHashMap.newKeySet();
            ExecutorService setup = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int n = 0; n < 4 * PER_KIND; n++) {
                int i = n;
                work.add(setup.submit(() -> {
                    String kind = switch (i % 4) {
                        case 0 -> "current";
                        case 1 -> "stale";
                        case 2 -> "unrecorded";
                        default -> "racing";
                    };
                    String key = settings.rawPrefix() + kind + "/" + (i % 7 == 0 ? "page " + i + "+أخبار" : "page-" + i) + ".html";
                    String title = "Harbour council story " + i + " first version";
                    PutObjectResponse put = upload(store, bucket, key, title);
                    newestTitle.put(key, title);
                    if (kind.equals("unrecorded")) {
                        return null;
                    }
                    if (kind.equals("stale") || kind.equals("racing")) {
                        madeByOlderExtractor.add(key);
                    }
                    Outcome made = events.process(new ObjectEvent(bucket, key, put.versionId(), put.eTag(), 1,
                            String.format("%08X", 16 + i)));
                    assertEquals(Outcome.Kind.STORED, made.kind(), key);
                    if (kind.equals("racing")) {
                        racing.add(key);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            setup.shutdown();
            Map<String, Integer> setupCalls = eventCalls.takeCounts();
            assertEquals(Set.of(), madeByOlderExtractor, "every stale and racing key's record was made stale");

            // A racing key gets a newer upload, processed by its event, just before the reprocessing writes its record.
            Set<String> raced = ConcurrentHashMap.newKeySet();
            ExecutionInterceptor newerUploadFirst = new ExecutionInterceptor() {
                @Override
                public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                    if (context.request() instanceof PutItemRequest put && put.tableName().equals(articles)) {
                        String key = put.item().get("source").m().get("key").s();
                        if (racing.contains(key) && raced.add(key)) {
                            String title = "Harbour council story " + key.hashCode() + " second version";
                            PutObjectResponse newer = upload(store, bucket, key, title);
                            newestTitle.put(key, title);
                            events.process(new ObjectEvent(bucket, key, newer.versionId(), newer.eTag(), 1, "7FFFFFFF"));
                        }
                    }
                }
            };
            try (eventsDynamoDb; DynamoDbClient racingDynamoDb = client(dynamoDb, newerUploadFirst, reprocessCalls)) {
                ReprocessHandler handler = new ReprocessHandler(ReprocessWiring.create(store.clients().s3(), racingDynamoDb,
                        settings));
                ReprocessRun run = new ReprocessRun(store.clients().s3(), handler, bucket, 4);

                ReprocessRun.Summary first = run.run(settings.rawPrefix(), Selection.STALE, quiet());

                assertEquals(4 * PER_KIND, first.keys());
                assertEquals(Map.of("updated", 2 * PER_KIND, "unchanged", PER_KIND, "superseded", PER_KIND,
                        "missing", 0, "failed", 0, "skipped", 0), first.counts(), "failures: " + first.failures());
                assertEquals(PER_KIND, raced.size());
                Map<String, Integer> firstCalls = reprocessCalls.takeCounts();
                Map<String, Integer> racingEventCalls = eventCalls.takeCounts();

                ReprocessRun.Summary second = run.run(settings.rawPrefix(), Selection.STALE, quiet());

                assertEquals(4 * PER_KIND, second.count(KeyOutcome.Kind.UNCHANGED), "second run: " + second.counts());
                // Up to date and unchanged by ETag: a batch costs one read of its ledger entries and one of their
                // records, not two reads per key.
                Map<String, Integer> secondCalls = reprocessCalls.takeCounts();
                System.out.printf("ReprocessRunIT: DynamoDB requests for %d keys: setup %s; first run %s (racing "
                        + "events %s); second run %s%n", 4 * PER_KIND, setupCalls, firstCalls, racingEventCalls,
                        secondCalls);
                int batches = (4 * PER_KIND + ReprocessRun.BATCH_SIZE - 1) / ReprocessRun.BATCH_SIZE;
                assertEquals(Map.of("BatchGetItem", 2 * batches), secondCalls, "second run's DynamoDB requests");
            }

            // Every key: one record, of its newest version, by this extractor; nothing duplicated or lost.
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            dynamoDb.scanPaginator(r -> r.tableName(articles)).items().forEach(items::add);
            assertEquals(4 * PER_KIND, items.size(), "one record per key");
            Set<String> keys = new HashSet<>();
            Map<String, String> titles = new HashMap<>();
            for (Map<String, AttributeValue> item : items) {
                String key = item.get("source").m().get("key").s();
                assertTrue(keys.add(key), "one record of " + key);
                assertEquals(ArticleExtractor.VERSION, item.get("extractorVersion").s(), key);
                titles.put(key, item.get("title").s());
            }
            assertEquals(newestTitle, titles, "every key's record is its newest version's");
        }
    }

    /** Counts a client's requests by operation name. */
    private static final class CallCounter implements ExecutionInterceptor {

        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            counts.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                    operation -> new AtomicInteger()).incrementAndGet();
        }

        /** The counts so far, by operation; counting starts again from zero. */
        Map<String, Integer> takeCounts() {
            Map<String, Integer> taken = new TreeMap<>();
            counts.forEach((operation, n) -> taken.put(operation, n.getAndSet(0)));
            taken.values().removeIf(n -> n == 0);
            return taken;
        }
    }

    /** Another client of the same endpoint, with these interceptors. */
    private static DynamoDbClient client(DynamoDbClient like, ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                .endpointOverride(like.serviceClientConfiguration().endpointOverride().orElseThrow())
                .region(like.serviceClientConfiguration().region())
                .credentialsProvider(like.serviceClientConfiguration().credentialsProvider())
                .overrideConfiguration(c -> {
                    for (ExecutionInterceptor interceptor : interceptors) {
                        c.addExecutionInterceptor(interceptor);
                    }
                })
                .build();
    }

    private static PutObjectResponse upload(LocalStore store, String bucket, String key, String title) {
        return store.clients().s3().putObject(r -> r.bucket(bucket).key(key).contentType("text/html; charset=utf-8"),
                RequestBody.fromBytes(page(key, title)));
    }

    /** An article page with its headline; its canonical address stays the key's through its versions. */
    private static byte[] page(String key, String title) {
        int n = Math.abs(key.hashCode());
        String paragraph = "<p>The harbour council met on Tuesday to approve the budget for the coming year, "
                + "after residents asked for longer opening hours at the ferry terminal and better lighting. "
                + "Story " + n + " quotes three members of the council on the vote.</p>";
        return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"canonical\" href=\"https://harbour.example/news/" + n + "\">"
                + "</head><body><article><h1>" + title + "</h1>" + paragraph.repeat(4) + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static ReprocessRun.Progress quiet() {
        return new ReprocessRun.Progress() {
            @Override
            public void listed(long keys) {
            }

            @Override
            public void batchDone(int keys, Map<String, Integer> counts) {
            }
        };
    }
}
