package dev.newsdrop.handler;

import dev.newsdrop.config.Settings;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.ObjectLedger;
import dev.newsdrop.ports.WorkQueue;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.reprocess.ArchiveReprocessing;
import dev.newsdrop.reprocess.Reprocessor;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;


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
        ArticleRepository articles = ProcessingWiring.articles(s3, dynamoDb, settings);
        ObjectLedger ledger = ProcessingWiring.ledger(dynamoDb, settings);
        ArticleProcessor processor = ProcessingWiring.processor(s3, articles, ledger, settings, ProcessingObserver.NONE,
                archiveQueue);
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
            REPROCESSOR = create(AwsClients.s3(settings), AwsClients.dynamoDb(), settings,
                    ProcessingWiring.archiveQueue(settings));
        }
    }
}
