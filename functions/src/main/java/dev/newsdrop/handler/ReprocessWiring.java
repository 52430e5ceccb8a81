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
import dev.newsdrop.reprocess.ArchiveReprocessing;
import dev.newsdrop.reprocess.Reprocessor;
import dev.newsdrop.store.DynamoDbArticleRepository;
import dev.newsdrop.store.DynamoDbObjectLedger;
import dev.newsdrop.store.S3BodyStore;
import dev.newsdrop.store.S3RawObjectStore;
import dev.newsdrop.store.SqsWorkQueue;
import dev.newsdrop.store.Tables;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Clock;

/** Wires the {@link Reprocessor} to S3 and DynamoDB, once per container. */
public final class ReprocessWiring {

    private ReprocessWiring() {
    }

    /** The reprocessor for this container, built on first use from the environment. */
    public static Reprocessor fromEnvironment() {
        return Holder.REPROCESSOR;
    }

    /** A reprocessor over the given clients and settings that leaves web archives alone. */
    public static Reprocessor create(S3Client s3, DynamoDbClient dynamoDb, Settings settings) {
        return create(s3, dynamoDb, settings, null);
    }

    /**
     * A reprocessor over the given clients and settings that hands web archives to
     * {@code archiveQueue} to be split again (null: archives are skipped).
     */
    public static Reprocessor create(S3Client s3, DynamoDbClient dynamoDb, Settings settings, WorkQueue archiveQueue) {
        ArticleRepository articles = new DynamoDbArticleRepository(dynamoDb, Tables.name(Tables.ARTICLES, settings),
                new S3BodyStore(s3, settings.rawBucket()), new ListingCursors(settings.cursorKey()));
        ObjectLedger ledger = new DynamoDbObjectLedger(dynamoDb, Tables.name(Tables.OBJECTS, settings), Clock.systemUTC());
        RecordMaker records = new RecordMaker(new ArticleExtractor(), Clock.systemUTC());
        ArticleProcessor processor = archiveQueue == null
                ? new ArticleProcessor(new S3RawObjectStore(s3), articles, ledger, records, settings.maxObjectBytes(),
                        ProcessingObserver.NONE)
                : new ArticleProcessor(new S3RawObjectStore(s3), articles, ledger, records, settings.maxObjectBytes(),
                        ProcessingObserver.NONE, archiveQueue);
        ArchiveReprocessing archives = archiveQueue == null ? ArchiveReprocessing.SKIP
                : ArchiveReprocessing.toSplitter(processor, ledger);
        return new Reprocessor(processor, ledger, articles, archives, settings.rawBucket(),
                settings.rawPrefix(), ReprocessWiring::storeUnavailable);
    }

    /**
     * A fault of the store as a whole rather than of one key: no answer at all once the SDK's own
     * retries are spent (connection refused, timeouts), or a server error. The batch then fails
     * and Step Functions runs it again.
     */
    static boolean storeUnavailable(RuntimeException e) {
        return e instanceof SdkClientException
                || e instanceof AwsServiceException service && service.statusCode() >= 500 && !service.isThrottlingException();
    }

    /** Lazy holder: clients are built when the first handler is, and then reused by every invocation. */
    private static final class Holder {
        private static final Reprocessor REPROCESSOR;

        static {
            Settings settings = Settings.fromEnvironment();
            WorkQueue archives = settings.get(Settings.ARCHIVE_QUEUE_URL)
                    .map(url -> (WorkQueue) new SqsWorkQueue(AwsClients.sqs(), url)).orElse(null);
            REPROCESSOR = create(AwsClients.s3(settings), AwsClients.dynamoDb(), settings, archives);
        }
    }
}
