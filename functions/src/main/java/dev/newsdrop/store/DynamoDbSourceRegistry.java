package dev.newsdrop.store;

import dev.newsdrop.model.Source;
import dev.newsdrop.model.SourceStatus;
import dev.newsdrop.ports.SourceRegistry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link SourceRegistry} in the {@link Tables#SOURCES} table: one item per source holding its
 * definition and, beside it, its status, so one scan lists what is due.
 */
public final class DynamoDbSourceRegistry implements SourceRegistry {

    static final String ID = "id";
    private static final String NAME = "name";
    private static final String FEEDS = "feeds";
    private static final String SITEMAPS = "sitemaps";
    private static final String ENABLED = "enabled";
    private static final String MAX_ARTICLES = "maxArticlesPerRun";
    private static final String MIN_DELAY = "minDelayBetweenRequestsMs";
    private static final String LAST_SUCCESS_AT = "lastSuccessAt";
    private static final String LAST_ERROR = "lastError";
    private static final String LAST_ERROR_AT = "lastErrorAt";
    private static final String FAILURES = "consecutiveFailures";
    private static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    /** DynamoDB items stop at 400 KB; an error message is kept short enough to stay far below. */
    private static final int MAX_ERROR_CHARS = 2000;

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbSourceRegistry(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public void save(Source source) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":name", AttributeValue.fromS(source.name()));
        values.put(":feeds", urls(source.feeds()));
        values.put(":sitemaps", urls(source.sitemaps()));
        values.put(":enabled", AttributeValue.fromBool(source.enabled()));
        values.put(":max", AttributeValue.fromN(Integer.toString(source.maxArticlesPerRun())));
        values.put(":delay", AttributeValue.fromN(Long.toString(source.minDelayBetweenRequestsMs())));
        // An update, not a put: the source's status lives on the same item and must survive.
        dynamoDb.updateItem(r -> r.tableName(tableName)
                .key(Map.of(ID, AttributeValue.fromS(source.id())))
                .updateExpression("SET #name = :name, feeds = :feeds, sitemaps = :sitemaps, enabled = :enabled, "
                        + MAX_ARTICLES + " = :max, " + MIN_DELAY + " = :delay")
                .expressionAttributeNames(Map.of("#name", NAME))
                .expressionAttributeValues(values));
    }

    @Override
    public List<Source> all() {
        List<Source> sources = new ArrayList<>();
        for (Map<String, AttributeValue> item : scan()) {
            sources.add(source(item));
        }
        return sources;
    }

    @Override
    public List<Source> dueSources(Instant now) {
        List<Source> due = new ArrayList<>();
        for (Map<String, AttributeValue> item : scan()) {
            Source source = source(item);
            if (source.enabled() && status(source.id(), item).isDue(now)) {
                due.add(source);
            }
        }
        return due;
    }

    @Override
    public SourceStatus status(String sourceId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).consistentRead(true)
                .key(Map.of(ID, AttributeValue.fromS(sourceId)))).item();
        return status(sourceId, item == null ? Map.of() : item);
    }

    @Override
    public void recordStatus(SourceStatus status) {
        Map<String, AttributeValue> set = new LinkedHashMap<>();
        List<String> remove = new ArrayList<>();
        put(set, remove, LAST_SUCCESS_AT, status.lastSuccessAt());
        String error = status.lastError();
        if (error != null && error.length() > MAX_ERROR_CHARS) {
            error = error.substring(0, MAX_ERROR_CHARS) + "…";
        }
        if (error == null) {
            remove.add(LAST_ERROR);
        } else {
            set.put(LAST_ERROR, AttributeValue.fromS(error));
        }
        put(set, remove, LAST_ERROR_AT, status.lastErrorAt());
        set.put(FAILURES, AttributeValue.fromN(Integer.toString(status.consecutiveFailures())));
        put(set, remove, NEXT_ATTEMPT_AT, status.nextAttemptAt());
        StringBuilder expression = new StringBuilder("SET ");
        Map<String, AttributeValue> values = new HashMap<>();
        set.forEach((name, value) -> {
            expression.append(expression.length() > 4 ? ", " : "").append(name).append(" = :").append(name);
            values.put(":" + name, value);
        });
        if (!remove.isEmpty()) {
            expression.append(" REMOVE ").append(String.join(", ", remove));
        }
        dynamoDb.updateItem(r -> r.tableName(tableName)
                .key(Map.of(ID, AttributeValue.fromS(status.sourceId())))
                .updateExpression(expression.toString())
                .expressionAttributeValues(values));
    }

    private List<Map<String, AttributeValue>> scan() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(tableName).consistentRead(true);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            ScanResponse page = dynamoDb.scan(request.build());
            // Items holding only a status (a source removed from the registry) are not sources.
            page.items().stream().filter(item -> item.containsKey(ENABLED)).forEach(items::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    private static Source source(Map<String, AttributeValue> item) {
        return new Source(item.get(ID).s(), text(item, NAME), uris(item.get(FEEDS)), uris(item.get(SITEMAPS)),
                item.get(ENABLED).bool(), (int) number(item, MAX_ARTICLES), number(item, MIN_DELAY));
    }

    private static SourceStatus status(String sourceId, Map<String, AttributeValue> item) {
        return new SourceStatus(sourceId, instant(item, LAST_SUCCESS_AT), text(item, LAST_ERROR),
                instant(item, LAST_ERROR_AT), (int) number(item, FAILURES), instant(item, NEXT_ATTEMPT_AT));
    }

    private static void put(Map<String, AttributeValue> set, List<String> remove, String name, Instant value) {
        if (value == null) {
            remove.add(name);
        } else {
            set.put(name, AttributeValue.fromS(value.toString()));
        }
    }

    private static AttributeValue urls(List<URI> urls) {
        return AttributeValue.fromL(urls.stream().map(u -> AttributeValue.fromS(u.toString())).toList());
    }

    private static List<URI> uris(AttributeValue list) {
        return list == null || !list.hasL() ? List.of() : list.l().stream().map(v -> URI.create(v.s())).toList();
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null ? null : Instant.parse(value);
    }
}
