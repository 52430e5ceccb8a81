package dev.newsdrop.handler;

import dev.newsdrop.api.ArticlesApi;
import dev.newsdrop.api.RemotePages;
import dev.newsdrop.api.WebPages;
import dev.newsdrop.config.Settings;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.ports.ListingCursors;
import dev.newsdrop.process.PageIntake;
import dev.newsdrop.process.RecordMaker;
import dev.newsdrop.store.DynamoDbArticleRepository;
import dev.newsdrop.store.S3BodyStore;
import dev.newsdrop.store.S3RawLinks;
import dev.newsdrop.store.S3RawObjectStore;
import dev.newsdrop.store.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Wires the {@link ArticlesApi} to S3 and DynamoDB, once per container. */
public final class ApiWiring {

    private ApiWiring() {
    }

    public static ArticlesApi fromEnvironment() {
        return Holder.API;
    }

    public static ArticlesApi create(S3Client s3, S3Presigner presigner, DynamoDbClient dynamoDb, Settings settings,
                                     RemotePages remotePages) {
        RecordMaker records = new RecordMaker(new ArticleExtractor(), Clock.systemUTC());
        S3RawObjectStore rawPages = new S3RawObjectStore(s3);
        DynamoDbArticleRepository articles = new DynamoDbArticleRepository(dynamoDb,
                Tables.name(Tables.ARTICLES, settings), new S3BodyStore(s3, settings.rawBucket()),
                new ListingCursors(settings.cursorKey()));
        return new ArticlesApi(
                new PageIntake(rawPages, records, articles, Clock.systemUTC(), settings.rawBucket(),
                        settings.rawPrefix()),
                ProcessingWiring.create(s3, dynamoDb, settings),
                articles,
                records,
                new S3RawLinks(presigner, settings.rawBucket()),
                remotePages,
                openApiDocument());
    }

    /** The OpenAPI document served at {@code /openapi.json}, kept in the repository beside the code. */
    public static String openApiDocument() {
        try (InputStream in = ApiWiring.class.getResourceAsStream("/openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json is missing from the build", e);
        }
    }

    private static final class Holder {
        private static final ArticlesApi API;

        static {
            Settings settings = Settings.fromEnvironment();
            API = create(AwsClients.s3(settings), AwsClients.s3Presigner(settings), AwsClients.dynamoDb(), settings,
                    new WebPages(PublicWebFetcher.standard()));
        }
    }
}
