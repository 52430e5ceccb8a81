package dev.newsdrop.store;

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
 * Creates tables from their {@link TableDefinition}s, for emulators and tests (on AWS the
 * infrastructure creates them). Creating a table that exists is not an error.
 */
public final class TableSetup {

    /** The SDK's stock waiter polls every 20 s; emulators create tables at once. */
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int MAX_POLLS = 300;

    private final DynamoDbClient dynamoDb;

    public TableSetup(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Creates the table under the given name unless it exists, and waits until it is active. */
    public void ensure(TableDefinition table, String name) {
        try {
            dynamoDb.createTable(createRequest(table, name));
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

    static CreateTableRequest createRequest(TableDefinition table, String name) {
        Set<String> keyAttributes = new LinkedHashSet<>();
        keyAttributes.add(table.partitionKey());
        if (table.sortKey() != null) {
            keyAttributes.add(table.sortKey());
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (TableDefinition.Index index : table.indexes()) {
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
                .keySchema(keySchema(table.partitionKey(), table.sortKey()))
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
