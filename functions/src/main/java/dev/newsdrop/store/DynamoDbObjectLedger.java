package dev.newsdrop.store;

import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.ports.ObjectLedger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link ObjectLedger} in a DynamoDB table, one item per {@code bucket/key}. */
public final class DynamoDbObjectLedger implements ObjectLedger {

    static final String OBJECT = "object";
    private static final String SEQUENCER = "sequencer";
    private static final String RECORD_ID = "recordId";
    private static final String STATUS = "status";

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    public DynamoDbObjectLedger(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    @Override
    public boolean claim(String bucket, String key, String sequencer) {
        if (sequencer == null) {
            return true;
        }
        try {
            Throttling.guard("claiming an object event", () -> dynamoDb.updateItem(r -> r.tableName(tableName)
                    .key(key(bucket, key))
                    .updateExpression("SET #seq = :seq, claimedAt = :now")
                    .conditionExpression("attribute_not_exists(#seq) OR #seq <= :seq")
                    .expressionAttributeNames(Map.of("#seq", SEQUENCER))
                    .expressionAttributeValues(Map.of(
                            ":seq", AttributeValue.fromS(sequencer),
                            ":now", AttributeValue.fromS(clock.instant().toString())))));
            return true;
        } catch (ConditionalCheckFailedException newerClaimed) {
            return false;
        }
    }

    @Override
    public void complete(String bucket, String key, String sequencer, String recordId, ArticleStatus status) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":id", AttributeValue.fromS(recordId),
                ":status", AttributeValue.fromS(status.name()),
                ":now", AttributeValue.fromS(clock.instant().toString())));
        if (sequencer != null) {
            values.put(":seq", AttributeValue.fromS(sequencer));
        }
        try {
            Throttling.guard("completing an object event", () -> dynamoDb.updateItem(r -> r.tableName(tableName)
                    .key(key(bucket, key))
                    .updateExpression("SET recordId = :id, #status = :status, completedAt = :now")
                    .conditionExpression(sequencer == null ? "attribute_not_exists(#seq)" : "#seq = :seq")
                    .expressionAttributeNames(Map.of("#seq", SEQUENCER, "#status", "status"))
                    .expressionAttributeValues(values)));
        } catch (ConditionalCheckFailedException newerClaimed) {
            // a newer event owns the key now; its own completion will be recorded
        }
    }

    @Override
    public Optional<Completion> find(String bucket, String key) {
        return state(bucket, key).map(State::completion);
    }

    @Override
    public Optional<State> state(String bucket, String key) {
        Map<String, AttributeValue> item = Throttling.guard("reading the object ledger", () -> dynamoDb.getItem(r -> r
                .tableName(tableName).key(key(bucket, key)).consistentRead(true))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(stateOf(item));
    }

    /** The entries of many keys in BatchGetItem requests of a hundred keys, rather than a GetItem per key. */
    @Override
    public Map<String, State> states(String bucket, Collection<String> keys) {
        List<Map<String, AttributeValue>> itemKeys = new LinkedHashSet<>(keys).stream().map(k -> key(bucket, k)).toList();
        String prefix = bucket + "/";
        Map<String, State> states = new HashMap<>();
        for (Map<String, AttributeValue> item : BatchReads.read(dynamoDb, tableName, itemKeys, "reading the object ledger")) {
            states.put(item.get(OBJECT).s().substring(prefix.length()), stateOf(item));
        }
        return states;
    }

    private static State stateOf(Map<String, AttributeValue> item) {
        Completion completion = item.containsKey(RECORD_ID) && item.containsKey(STATUS)
                ? new Completion(item.get(RECORD_ID).s(), ArticleStatus.valueOf(item.get(STATUS).s())) : null;
        String sequencer = item.containsKey(SEQUENCER) ? item.get(SEQUENCER).s() : null;
        return new State(sequencer, completion);
    }

    private static Map<String, AttributeValue> key(String bucket, String key) {
        return Map.of(OBJECT, AttributeValue.fromS(bucket + "/" + key));
    }
}
