package dev.newsdrop.store;

import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.ListingCursors;
import dev.newsdrop.testing.ArticleRepositoryContract;
import dev.newsdrop.testing.LocalAws;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract on DynamoDB's wire protocol (the emulator), with the same budget as the in-memory store. */
class DynamoDbArticleRepositoryIT extends ArticleRepositoryContract {

    private static LocalAws aws;

    @BeforeAll
    static void start() {
        aws = LocalAws.start();
    }

    @Override
    protected ArticleRepository repository() {
        return store(ListingCursors.keyDerivedFrom("contract"));
    }

    @Override
    protected ArticleRepository withOtherCursorKey() {
        return store(ListingCursors.keyDerivedFrom("another deployment"));
    }

    private static ArticleRepository store(byte[] cursorKey) {
        return new DynamoDbArticleRepository(aws.dynamoDb, Tables.name(Tables.ARTICLES, aws.settings),
                new S3BodyStore(aws.s3, aws.bucket), new ListingCursors(cursorKey), READ_BUDGET);
    }
}
