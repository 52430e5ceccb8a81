package dev.newsdrop.handler;

import dev.newsdrop.config.Settings;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.ingest.Ingestion;
import dev.newsdrop.ingest.IngestionOptions;
import dev.newsdrop.store.DynamoDbSeenStore;
import dev.newsdrop.store.DynamoDbSourceRegistry;
import dev.newsdrop.store.S3RawObjectStore;
import dev.newsdrop.store.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Clock;

/** Wires {@link Ingestion} to the public web, S3 and DynamoDB, once per container. */
public final class IngestionWiring {

    private IngestionWiring() {
    }

    /** The ingestion for this container, built on first use from the environment. */
    public static Ingestion fromEnvironment() {
        return Holder.INGESTION;
    }

    /** An ingestion over the given clients, fetcher and settings. */
    public static Ingestion create(S3Client s3, DynamoDbClient dynamoDb, PublicWebFetcher fetcher, Settings settings,
                                   IngestionOptions options) {
        Clock clock = Clock.systemUTC();
        return new Ingestion(
                new DynamoDbSourceRegistry(dynamoDb, Tables.name(Tables.SOURCES, settings)),
                new DynamoDbSeenStore(dynamoDb, Tables.name(Tables.SEEN, settings), clock),
                fetcher,
                new S3RawObjectStore(s3),
                settings.rawBucket(),
                settings.rawPrefix(),
                options,
                clock);
    }

    /** Lazy holder: clients are built when the first handler is, and then reused by every invocation. */
    private static final class Holder {
        private static final Ingestion INGESTION;

        static {
            Settings settings = Settings.fromEnvironment();
            // On AWS the fetcher never allows loopback: that switch exists for the local stack only.
            INGESTION = create(AwsClients.s3(settings), AwsClients.dynamoDb(), PublicWebFetcher.standard(), settings,
                    IngestionOptions.standard());
        }
    }
}
