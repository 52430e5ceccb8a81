package dev.newsdrop.store;

import dev.newsdrop.codec.Sha256;
import dev.newsdrop.fetch.Validators;
import dev.newsdrop.ports.SeenStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link SeenStore} in the {@link Tables#SEEN} table. Three kinds of item share its {@code key}:
 * <ul>
 *   <li>{@code url#<sha256 of the URL>}: one per discovered article URL, with its state
 *       ({@code pending}, {@code fetched}, {@code given-up}), attempts and last error;</li>
 *   <li>{@code pending#<source id>}: the set of a source's pending URLs, so a run finds them with one
 *       read and no index (kept small by the ingestion's pending cap);</li>
 *   <li>{@code doc#<sha256 of the URL>}: the validators of a feed or sitemap.</li>
 * </ul>
 * Every item carries {@code expiresAt} (epoch seconds), refreshed on each write, for the table's TTL.
 *
 * <p>A new URL is first added to its source's pending set and only then recorded as seen, so a crash
 * between the two writes leaves it pending (fetched later, perhaps twice) and never lost.
 */
public final class DynamoDbSeenStore implements SeenStore {

    /** Long enough that a feed's old items, re-listed for weeks, are not fetched again. */
    public static final Duration REMEMBER_FOR = Duration.ofDays(90);

    private static final String KEY = "key";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String URL = "url";
    private static final String URLS = "urls";
    private static final String STATE = "state";
    private static final String PENDING = "pending";
    private static final String FETCHED = "fetched";
    private static final String GIVEN_UP = "given-up";

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    public DynamoDbSeenStore(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    @Override
    public boolean addIfNew(String sourceId, String url) {
        if (!get(urlKey(url)).isEmpty()) {
            return false; // the common case for a changed feed: most of its items are old
        }
        updatePending(sourceId, "ADD", url);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, AttributeValue.fromS(urlKey(url)));
        item.put(URL, AttributeValue.fromS(url));
        item.put("source", AttributeValue.fromS(sourceId));
        item.put(STATE, AttributeValue.fromS(PENDING));
        item.put("discoveredAt", AttributeValue.fromS(clock.instant().toString()));
        item.put(EXPIRES_AT, expiresAt());
        try {
            dynamoDb.putItem(r -> r.tableName(tableName).item(item).conditionExpression("attribute_not_exists(#k)")
                    .expressionAttributeNames(Map.of("#k", KEY)));
            return true;
        } catch (ConditionalCheckFailedException raced) {
            // Another run recorded it in between; keep it pending only if it still is.
            AttributeValue state = get(urlKey(url)).get(STATE);
            if (state == null || !PENDING.equals(state.s())) {
                updatePending(sourceId, "DELETE", url);
            }
            return false;
        }
    }

    @Override
    public List<String> pending(String sourceId) {
        AttributeValue urls = get(pendingKey(sourceId)).get(URLS);
        return urls == null || !urls.hasSs() ? List.of() : new ArrayList<>(urls.ss());
    }

    @Override
    public void markFetched(String sourceId, String url) {
        setState(sourceId, url, FETCHED, "fetchedAt", clock.instant().toString());
        updatePending(sourceId, "DELETE", url);
    }

    @Override
    public int recordFailedAttempt(String sourceId, String url, String error) {
        Map<String, AttributeValue> updated = dynamoDb.updateItem(r -> r.tableName(tableName)
                .key(Map.of(KEY, AttributeValue.fromS(urlKey(url))))
                .updateExpression("ADD attempts :one SET lastError = :error, #url = :url, #exp = :exp")
                .expressionAttributeNames(Map.of("#url", URL, "#exp", EXPIRES_AT))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                        ":error", AttributeValue.fromS(error), ":url", AttributeValue.fromS(url),
                        ":exp", expiresAt()))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        return Integer.parseInt(updated.get("attempts").n());
    }

    @Override
    public void giveUp(String sourceId, String url, String reason) {
        setState(sourceId, url, GIVEN_UP, "lastError", reason);
        updatePending(sourceId, "DELETE", url);
    }

    @Override
    public Validators validators(String documentUrl) {
        Map<String, AttributeValue> item = get(documentKey(documentUrl));
        return new Validators(text(item, "etag"), text(item, "lastModified"));
    }

    @Override
    public void saveValidators(String documentUrl, Validators validators) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, AttributeValue.fromS(documentKey(documentUrl)));
        item.put(URL, AttributeValue.fromS(documentUrl));
        item.put(EXPIRES_AT, expiresAt());
        if (validators.etag() != null) {
            item.put("etag", AttributeValue.fromS(validators.etag()));
        }
        if (validators.lastModified() != null) {
            item.put("lastModified", AttributeValue.fromS(validators.lastModified()));
        }
        dynamoDb.putItem(r -> r.tableName(tableName).item(item));
    }

    private void setState(String sourceId, String url, String state, String attribute, String value) {
        dynamoDb.updateItem(r -> r.tableName(tableName)
                .key(Map.of(KEY, AttributeValue.fromS(urlKey(url))))
                .updateExpression("SET #state = :state, #attr = :value, #url = :url, #source = :source, #exp = :exp")
                .expressionAttributeNames(Map.of("#state", STATE, "#attr", attribute, "#url", URL,
                        "#source", "source", "#exp", EXPIRES_AT))
                .expressionAttributeValues(Map.of(":state", AttributeValue.fromS(state),
                        ":value", AttributeValue.fromS(value), ":url", AttributeValue.fromS(url),
                        ":source", AttributeValue.fromS(sourceId), ":exp", expiresAt())));
    }

    private void updatePending(String sourceId, String action, String url) {
        String expression = action + " " + URLS + " :url" + (action.equals("ADD") ? " SET #exp = :exp" : "");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":url", AttributeValue.fromSs(List.of(url)));
        Map<String, String> names = new HashMap<>();
        if (action.equals("ADD")) {
            values.put(":exp", expiresAt());
            names.put("#exp", EXPIRES_AT);
        }
        dynamoDb.updateItem(r -> r.tableName(tableName)
                .key(Map.of(KEY, AttributeValue.fromS(pendingKey(sourceId))))
                .updateExpression(expression)
                .expressionAttributeNames(names.isEmpty() ? null : names)
                .expressionAttributeValues(values));
    }

    private Map<String, AttributeValue> get(String key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).consistentRead(true)
                .key(Map.of(KEY, AttributeValue.fromS(key)))).item();
        return item == null ? Map.of() : item;
    }

    private AttributeValue expiresAt() {
        return AttributeValue.fromN(Long.toString(clock.instant().plus(REMEMBER_FOR).getEpochSecond()));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static String urlKey(String url) {
        return "url#" + Sha256.hex(url);
    }

    static String pendingKey(String sourceId) {
        return "pending#" + sourceId;
    }

    static String documentKey(String url) {
        return "doc#" + Sha256.hex(url);
    }

}
