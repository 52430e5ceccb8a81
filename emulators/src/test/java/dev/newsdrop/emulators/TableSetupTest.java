package dev.newsdrop.emulators;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TableSetupTest {

    @Test
    void tableWithIndexes_definesEachKeyAttributeOnceAndProjectsAll() {
        CreateTableRequest request = TableSetup.createRequest("articles", "id", null, List.of(
                new TableSetup.Index("bySite", "site", "listKey"),
                new TableSetup.Index("byTime", "all", "listKey")));

        assertEquals("articles", request.tableName());
        assertEquals(BillingMode.PAY_PER_REQUEST, request.billingMode());
        assertEquals(1, request.keySchema().size());
        assertEquals("id", request.keySchema().get(0).attributeName());
        assertEquals(KeyType.HASH, request.keySchema().get(0).keyType());
        assertEquals(List.of("id", "site", "listKey", "all"),
                request.attributeDefinitions().stream().map(AttributeDefinition::attributeName).toList());
        GlobalSecondaryIndex bySite = request.globalSecondaryIndexes().get(0);
        assertEquals("bySite", bySite.indexName());
        assertEquals(List.of("site", "listKey"), bySite.keySchema().stream().map(k -> k.attributeName()).toList());
        assertEquals(List.of(KeyType.HASH, KeyType.RANGE), bySite.keySchema().stream().map(k -> k.keyType()).toList());
        assertEquals(ProjectionType.ALL, bySite.projection().projectionType());
        assertEquals("byTime", request.globalSecondaryIndexes().get(1).indexName());
    }

    @Test
    void tableWithSortKeyAndNoIndexes_sendsNoIndexList() {
        CreateTableRequest request = TableSetup.createRequest("objects", "bucketKey", "sequencer", List.of());

        assertEquals(List.of(KeyType.HASH, KeyType.RANGE), request.keySchema().stream().map(k -> k.keyType()).toList());
        assertEquals("sequencer", request.keySchema().get(1).attributeName());
        // DynamoDB refuses an empty index list, so none is sent at all.
        assertFalse(request.hasGlobalSecondaryIndexes());
    }
}
