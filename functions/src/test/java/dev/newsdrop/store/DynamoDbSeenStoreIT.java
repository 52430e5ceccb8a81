package dev.newsdrop.store;

import dev.newsdrop.config.Settings;
import dev.newsdrop.fetch.Validators;
import dev.newsdrop.ports.SeenStore;
import dev.newsdrop.testing.LocalAws;
import dev.newsdrop.testing.MutableClock;
import dev.newsdrop.testing.SeenStoreContract;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seen store contract on the DynamoDB emulator, and the TTL attribute the table expires items by. */
class DynamoDbSeenStoreIT extends SeenStoreContract {

    private LocalAws aws;
    private String table;

    @Override
    protected SeenStore newStore(MutableClock clock) {
        aws = LocalAws.start(Map.of(Settings.SEEN_TABLE, Tables.SEEN.defaultName() + "-" + UUID.randomUUID()));
        table = Tables.name(Tables.SEEN, aws.settings);
        return new DynamoDbSeenStore(aws.dynamoDb, table, clock);
    }

    @Test
    void everyItem_expiresNinetyDaysAfterItsLastWrite() {
        seen.addIfNew("src", "https://news.example/a");
        seen.saveValidators("https://news.example/feed", new Validators("\"e\"", null));

        long expected = NOW.plus(DynamoDbSeenStore.REMEMBER_FOR).getEpochSecond();
        List<Map<String, AttributeValue>> items = aws.dynamoDb.scan(r -> r.tableName(table)).items();
        assertEquals(3, items.size(), "url, pending set and document validators");
        for (Map<String, AttributeValue> item : items) {
            assertEquals(Long.toString(expected), item.get(Tables.SEEN.ttlAttribute()).n(), item.get("key").s());
        }
    }

}
