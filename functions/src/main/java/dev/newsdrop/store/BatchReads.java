package dev.newsdrop.store;

import dev.newsdrop.ports.StoreBusyException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads many items of one table by key, strongly consistent, in BatchGetItem requests of at most
 * {@value #MAX_KEYS} keys: one request where key-by-key reads would make a hundred. Keys DynamoDB
 * leaves unprocessed (the 16 MB answer limit, throttling) are asked for again; when a request
 * returns none of them several times running, the read gives up as busy.
 */
final class BatchReads {

    /** DynamoDB's limit of keys per BatchGetItem request. */
    static final int MAX_KEYS = 100;
    /** Requests in a row that return nothing of the keys left before the read gives up. */
    private static final int STALLED_REQUESTS = 4;
    private static final long FIRST_PAUSE_MILLIS = 50;

    private BatchReads() {
    }

    /**
     * The items found for the keys, in no particular order; a key without an item has none.
     *
     * @param keys distinct item keys
     * @throws StoreBusyException when the table keeps leaving keys unprocessed
     */
    static List<Map<String, AttributeValue>> read(DynamoDbClient dynamoDb, String tableName,
                                                  List<Map<String, AttributeValue>> keys, String what) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += MAX_KEYS) {
            List<Map<String, AttributeValue>> pending = keys.subList(from, Math.min(from + MAX_KEYS, keys.size()));
            int stalled = 0;
            while (!pending.isEmpty()) {
                List<Map<String, AttributeValue>> asked = pending;
                BatchGetItemResponse response = Throttling.guard(what, () -> dynamoDb.batchGetItem(r -> r
                        .requestItems(Map.of(tableName, KeysAndAttributes.builder().keys(asked).consistentRead(true)
                                .build()))));
                List<Map<String, AttributeValue>> found = response.responses().getOrDefault(tableName, List.of());
                items.addAll(found);
                KeysAndAttributes left = response.hasUnprocessedKeys() ? response.unprocessedKeys().get(tableName) : null;
                pending = left == null || !left.hasKeys() ? List.of() : left.keys();
                stalled = found.isEmpty() ? stalled + 1 : 0;
                if (!pending.isEmpty() && stalled > 0) {
                    if (stalled >= STALLED_REQUESTS) {
                        throw new StoreBusyException(what + " left " + pending.size() + " keys unprocessed", null);
                    }
                    pause(FIRST_PAUSE_MILLIS << (stalled - 1), what);
                }
            }
        }
        return items;
    }

    private static void pause(long millis, String what) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException(what + " was interrupted", e);
        }
    }
}
