package dev.newsdrop.handler;

import dev.newsdrop.config.Settings;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.ListingCursors;
import dev.newsdrop.ports.ObjectLedger;
import dev.newsdrop.ports.WorkQueue;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.process.RecordMaker;
import dev.newsdrop.store.DynamoDbArticleRepository;
import dev.newsdrop.store.DynamoDbObjectLedger;
import dev.newsdrop.store.S3BodyStore;
import dev.newsdrop.store.S3RawObjectStore;
import dev.newsdrop.store.SqsWorkQueue;
import dev.newsdrop.store.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.lambda.powertools.metrics.MetricsFactory;

import java.time.Clock;

/** Wires the {@link ArticleProcessor} to S3 and DynamoDB, once per container. */
public final class ProcessingWiring {

    private ProcessingWiring() {
    }

    /** The processor for this container, built on first use from the environment, with metrics. */
    public static ArticleProcessor fromEnvironment() {
        return Holder.PROCESSOR;
    }

    /** This container's processing metrics. */
    public static ProcessingMetrics metrics() {
        return Holder.METRICS;
    }

    /** A processor over the given clients and settings. */
    public static ArticleProcessor create(S3Client s3, DynamoDbClient dynamoDb, Settings settings) {
        return create(s3, dynamoDb, settings, ProcessingObserver.NONE);
    }

    /**
     * A processor over the given clients and settings that tells {@code observer} of each event it
     * handles, refusing web archives (no archive queue).
     */
    public static ArticleProcessor create(S3Client s3, DynamoDbClient dynamoDb, Settings settings,
                                          ProcessingObserver observer) {
        return create(s3, dynamoDb, settings, observer, null);
    }

    /**
     * A processor over the given clients and settings that tells {@code observer} of each event it
     * handles and hands web archives to {@code archiveQueue} (null: archives are refused).
     */
    public static ArticleProcessor create(S3Client s3, DynamoDbClient dynamoDb, Settings settings,
                                          ProcessingObserver observer, WorkQueue archiveQueue) {
        return processor(s3, articles(s3, dynamoDb, settings), ledger(dynamoDb, settings), settings, observer,
                archiveQueue);
    }

    /** The processor over given stores, for wirings that share them with other parts ({@link ReprocessWiring}). */
    static ArticleProcessor processor(S3Client s3, ArticleRepository articles, ObjectLedger ledger, Settings settings,
                                      ProcessingObserver observer, WorkQueue archiveQueue) {
        RecordMaker records = new RecordMaker(new ArticleExtractor(), Clock.systemUTC());
        S3RawObjectStore raw = new S3RawObjectStore(s3);
        return archiveQueue == null
                ? new ArticleProcessor(raw, articles, ledger, records, settings.maxObjectBytes(), observer)
                : new ArticleProcessor(raw, articles, ledger, records, settings.maxObjectBytes(), observer, archiveQueue);
    }

    /** The articles table, with record bodies too large for an item kept in the raw bucket. */
    static ArticleRepository articles(S3Client s3, DynamoDbClient dynamoDb, Settings settings) {
        return new DynamoDbArticleRepository(dynamoDb, Tables.name(Tables.ARTICLES, settings),
                new S3BodyStore(s3, settings.rawBucket()), new ListingCursors(settings.cursorKey()));
    }

    /** The ledger of the newest event processed per object key. */
    static ObjectLedger ledger(DynamoDbClient dynamoDb, Settings settings) {
        return new DynamoDbObjectLedger(dynamoDb, Tables.name(Tables.OBJECTS, settings), Clock.systemUTC());
    }

    /** The archive queue the environment names ({@link Settings#ARCHIVE_QUEUE_URL}), or null when none is set. */
    static WorkQueue archiveQueue(Settings settings) {
        return settings.get(Settings.ARCHIVE_QUEUE_URL).map(url -> (WorkQueue) new SqsWorkQueue(AwsClients.sqs(), url))
                .orElse(null);
    }

    /** Lazy holder: clients are built when the first handler is, and then reused by every invocation. */
    private static final class Holder {
        private static final ProcessingMetrics METRICS = new ProcessingMetrics(MetricsFactory.getMetricsInstance());
        private static final ArticleProcessor PROCESSOR;

        static {
            Settings settings = Settings.fromEnvironment();
            PROCESSOR = create(AwsClients.s3(settings), AwsClients.dynamoDb(), settings, METRICS, archiveQueue(settings));
            SnapStartPriming.register(settings);
        }
    }
}
