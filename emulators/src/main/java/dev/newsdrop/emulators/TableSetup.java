package dev.newsdrop.emulators;

import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates DynamoDB tables on an emulator, for the local stack and the integration tests (on AWS the
 * infrastructure creates them). It takes a table's keys as plain names, so the functions' table
 * definitions stay the one description and this module never depends on the functions. All key
 * attributes are strings; every index projects all attributes. Creating a table that exists is not
 * an error.
 */
public final class TableSetup {

    /** The SDK's stock waiter polls every 20 s; emulators create tables at once. */
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int MAX_POLLS = 300;

    private final DynamoDbClient dynamoDb;

    public TableSetup(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** A global secondary index: its name and keys ({@code sortKey} may be null). */
    public record Index(String name, String partitionKey, String sortKey) {
    }

    /**
     * Creates the table under the given name unless it exists, and waits until it is active.
     *
     * @param sortKey the table's sort key, or null
     */
    public void ensure(String name, String partitionKey, String sortKey, List<Index> indexes) {
        try {
            dynamoDb.createTable(createRequest(name, partitionKey, sortKey, indexes));
        } catch (ResourceInUseException alreadyThere) {
            // created earlier (a restart of the local stack keeps its tables)
        }
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
                .client(dynamoDb)
                .overrideConfiguration(WaiterOverrideConfiguration.builder()
                        .backoffStrategy(FixedDelayBackoffStrategy.create(POLL))
                        .maxAttempts(MAX_POLLS)
                        .build())
                .build()) {
            waiter.waitUntilTableExists(r -> r.tableName(name));
        }
    }

    static CreateTableRequest createRequest(String name, String partitionKey, String sortKey, List<Index> tableIndexes) {
        Set<String> keyAttributes = new LinkedHashSet<>();
        keyAttributes.add(partitionKey);
        if (sortKey != null) {
            keyAttributes.add(sortKey);
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Index index : tableIndexes) {
            keyAttributes.add(index.partitionKey());
            if (index.sortKey() != null) {
                keyAttributes.add(index.sortKey());
            }
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(keySchema(index.partitionKey(), index.sortKey()))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(keySchema(partitionKey, sortKey))
                .attributeDefinitions(keyAttributes.stream()
                        .map(a -> AttributeDefinition.builder().attributeName(a)
                                .attributeType(ScalarAttributeType.S).build())
                        .toList());
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(String partitionKey, String sortKey) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
        if (sortKey != null) {
            keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
        }
        return keys;
    }
}
