package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps article records in a DynamoDB table, one item per record id. Writes are conditional so that
 * repeated and out-of-order S3 events cannot replace a record with an older one.
 */
public final class DynamoDbArticleRepository implements ArticleRepository {

    /** DynamoDB refuses items above 400 KB; stay clear of it for attribute overhead we don't count. */
    static final long MAX_ITEM_BYTES = 390_000;

    /*
     * Write when: there is no record yet; or it came from another object; or from an older event of
     * this object; or from this very event but with different content or another extractor version
     * (a reprocessing). A record without a sequencer (made outside S3 events) never blocks one.
     */
    private static final String WRITE_CONDITION = "attribute_not_exists(#id)"
            + " OR NOT (#src.#bucket = :bucket AND #src.#key = :key)"
            + " OR attribute_not_exists(#src.#seq)"
            + " OR #src.#seq < :seq"
            + " OR (#src.#seq = :seq AND (#hash <> :hash OR #ver <> :ver))";
    private static final String WRITE_CONDITION_UNORDERED = "attribute_not_exists(#id)"
            + " OR NOT (#src.#bucket = :bucket AND #src.#key = :key)"
            + " OR #hash <> :hash OR #ver <> :ver";

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbArticleRepository(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public SaveResult save(ArticleRecord record) {
        Map<String, AttributeValue> item = ArticleItems.toItem(ItemSizeLimit.fit(record, MAX_ITEM_BYTES));
        String sequencer = record.source().sequencer();
        Map<String, String> names = new HashMap<>(Map.of(
                "#id", ArticleItems.ID, "#src", ArticleItems.SOURCE, "#bucket", ArticleItems.BUCKET,
                "#key", ArticleItems.KEY, "#hash", ArticleItems.CONTENT_HASH, "#ver", ArticleItems.EXTRACTOR_VERSION));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":bucket", AttributeValue.fromS(record.source().bucket()),
                ":key", AttributeValue.fromS(record.source().key()),
                ":hash", AttributeValue.fromS(record.contentHash()),
                ":ver", AttributeValue.fromS(record.extractorVersion())));
        String condition = WRITE_CONDITION_UNORDERED;
        if (sequencer != null) {
            names.put("#seq", ArticleItems.SEQUENCER);
            values.put(":seq", AttributeValue.fromS(sequencer));
            condition = WRITE_CONDITION;
        }
        try {
            dynamoDb.putItem(PutItemRequest.builder()
                    .tableName(tableName)
                    .item(item)
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .build());
            return SaveResult.WRITTEN;
        } catch (ConditionalCheckFailedException refused) {
            return find(record.id())
                    .filter(stored -> Objects.equals(stored.source().sequencer(), sequencer))
                    .map(sameEvent -> SaveResult.UNCHANGED)
                    .orElse(SaveResult.SUPERSEDED);
        }
    }

    @Override
    public Optional<ArticleRecord> find(String id) {
        GetItemResponse response = dynamoDb.getItem(r -> r.tableName(tableName)
                .key(Map.of(ArticleItems.ID, AttributeValue.fromS(id)))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ArticleItems.fromItem(response.item()))
                : Optional.empty();
    }
}
