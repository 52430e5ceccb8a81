package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.RecordKeys;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.InvalidCursorException;
import dev.newsdrop.ports.ListingCursors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps article records in a DynamoDB table, one item per record id. Writes are conditional so that
 * repeated and out-of-order S3 events cannot replace a record with an older one. A record too large
 * for one item keeps its text and HTML in the {@link BodyStore}, and is read back whole.
 */
public final class DynamoDbArticleRepository implements ArticleRepository {

    /** DynamoDB refuses items above 400 KB; stay clear of it for the overhead the estimate leaves out. */
    static final long MAX_ITEM_BYTES = 390_000;
    /** Index entries one query of a filtered listing reads: matches may be sparse, so read in larger steps. */
    private static final int FILTERED_QUERY_SIZE = 100;

    /* The same object (bucket and key) as the stored record's. */
    private static final String SAME_OBJECT = "(#src.#bucket = :bucket AND #src.#key = :key)";
    /*
     * Of the same object: write when the stored record came from an older event, or from this very
     * event but with different content or another extractor version (a reprocessing). A record
     * without a sequencer (made outside S3 events) never blocks one.
     */
    private static final String NEWER_EVENT = "(attribute_not_exists(#src.#seq) OR #src.#seq < :seq"
            + " OR (#src.#seq = :seq AND (#hash <> :hash OR #ver <> :ver)))";
    private static final String CHANGED = "(#hash <> :hash OR #ver <> :ver)";
    /* Of another object: a page from another web archive, made from an older capture (lower WARC-Date sequencer). */
    private static final String OLDER_ARCHIVED_CAPTURE = "(attribute_exists(#src.#off) AND #src.#seq < :seq)";

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final BodyStore bodies;
    private final ListingCursors cursors;
    private final int readBudget;

    public DynamoDbArticleRepository(DynamoDbClient dynamoDb, String tableName, BodyStore bodies,
                                     ListingCursors cursors) {
        this(dynamoDb, tableName, bodies, cursors, LISTING_READ_BUDGET);
    }

    /** @param readBudget index entries a listing reads at most for one page */
    DynamoDbArticleRepository(DynamoDbClient dynamoDb, String tableName, BodyStore bodies, ListingCursors cursors,
                              int readBudget) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.bodies = bodies;
        this.cursors = cursors;
        this.readBudget = readBudget;
    }

    @Override
    public SaveResult save(ArticleRecord record, boolean mayReplaceOtherObject) {
        Map<String, AttributeValue> item = ArticleItems.toItem(record);
        if (ArticleItems.estimateSize(item) > MAX_ITEM_BYTES) {
            String reference = bodies.put(record.id(), record.contentHash(), new BodyStore.Body(record.text(), record.html()));
            item.remove(ArticleItems.TEXT);
            item.remove(ArticleItems.HTML);
            item.put(ArticleItems.BODY_REF, AttributeValue.fromS(reference));
        }
        String sequencer = record.source().sequencer();
        Map<String, String> names = new HashMap<>(Map.of(
                "#id", ArticleItems.ID, "#src", ArticleItems.SOURCE, "#bucket", ArticleItems.BUCKET,
                "#key", ArticleItems.KEY, "#hash", ArticleItems.CONTENT_HASH, "#ver", ArticleItems.EXTRACTOR_VERSION));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":bucket", AttributeValue.fromS(record.source().bucket()),
                ":key", AttributeValue.fromS(record.source().key()),
                ":hash", AttributeValue.fromS(record.contentHash()),
                ":ver", AttributeValue.fromS(record.extractorVersion())));
        String sameObjectWrites = CHANGED;
        if (sequencer != null) {
            names.put("#seq", ArticleItems.SEQUENCER);
            values.put(":seq", AttributeValue.fromS(sequencer));
            sameObjectWrites = NEWER_EVENT;
        }
        String condition = mayReplaceOtherObject
                ? "attribute_not_exists(#id) OR NOT " + SAME_OBJECT + " OR " + sameObjectWrites
                : "attribute_not_exists(#id) OR (" + SAME_OBJECT + " AND " + sameObjectWrites + ")";
        boolean archived = record.source().archived() && sequencer != null;
        if (archived && !mayReplaceOtherObject) {
            names.put("#off", ArticleItems.OFFSET);
            condition += " OR (NOT " + SAME_OBJECT + " AND " + OLDER_ARCHIVED_CAPTURE + ")";
        }
        try {
            PutItemRequest put = PutItemRequest.builder()
                    .tableName(tableName)
                    .item(item)
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .build();
            Throttling.guard("writing a record", () -> dynamoDb.putItem(put));
            return SaveResult.WRITTEN;
        } catch (ConditionalCheckFailedException refused) {
            Optional<ArticleRecord> stored = find(record.id());
            if (stored.isPresent() && !stored.get().sameObjectAs(record)) {
                // Another archive's newer (or same) capture of this page holds it: this older one is dropped.
                return archived && stored.get().source().archived() ? SaveResult.SUPERSEDED : SaveResult.CLAIMED;
            }
            return stored.filter(s -> Objects.equals(s.source().sequencer(), sequencer))
                    .map(sameEvent -> SaveResult.UNCHANGED)
                    .orElse(SaveResult.SUPERSEDED);
        }
    }

    /** The index a listing reads, and the partition it reads in it. */
    private record Listing(String index, String attribute, String value) {

        static Listing of(ListQuery query) {
            if (query.extractorVersion() != null) {
                return new Listing("byExtractorVersion", ArticleItems.EXTRACTOR_VERSION, query.extractorVersion());
            }
            if (query.site() != null) {
                return new Listing("bySite", ArticleItems.SITE, query.site());
            }
            if (query.language() != null) {
                return new Listing("byLanguage", ArticleItems.LANG, RecordKeys.primaryLanguage(query.language()));
            }
            return new Listing("byTime", ArticleItems.LIST_ALL, ArticleItems.LIST_ALL_VALUE);
        }
    }

    @Override
    public Page list(ListQuery query) {
        Listing listing = Listing.of(query);
        Map<String, String> names = new HashMap<>(Map.of("#p", listing.attribute()));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":p", AttributeValue.fromS(listing.value())));
        String keyCondition = "#p = :p" + timeRange(query, names, values);
        String filter = both(languageFilter(query, listing, names, values), statusFilter(query, names, values));
        Map<String, String> after = cursors.open(query);
        checkPosition(after, listing, values);
        List<ArticleRecord> items = new ArrayList<>();
        Map<String, AttributeValue> start = toKey(after);
        Map<String, String> next = null;
        int read = 0;
        // A filter may match few of the entries read: read on until the page is full, the index ends or the budget is spent.
        while (items.size() < query.limit() && read < readBudget) {
            int wanted = query.limit() - items.size();
            int size = filter == null && query.title() == null ? wanted : Math.min(readBudget - read, Math.max(wanted, FILTERED_QUERY_SIZE));
            QueryRequest request = QueryRequest.builder()
                    .tableName(tableName)
                    .indexName(listing.index())
                    .keyConditionExpression(keyCondition)
                    .filterExpression(filter)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .scanIndexForward(false)
                    .limit(size)
                    .exclusiveStartKey(start)
                    .build();
            QueryResponse response = Throttling.guard("listing records", () -> dynamoDb.query(request));
            read += response.scannedCount() != null ? response.scannedCount() : response.items().size();
            // DynamoDB compares strings only as they are: the title's case-blind match is made here.
            List<Map<String, AttributeValue>> matches = query.title() == null ? response.items()
                    : response.items().stream().filter(item -> query.titleMatches(
                            item.containsKey(ArticleItems.TITLE) ? item.get(ArticleItems.TITLE).s() : null)).toList();
            if (matches.size() > wanted) {
                // More matches than the page holds: stop after the last one kept, and resume from it.
                matches.subList(0, wanted).forEach(item -> items.add(whole(item)));
                next = position(matches.get(wanted - 1), listing);
                break;
            }
            matches.forEach(item -> items.add(whole(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
            next = fromKey(start);
            if (start == null) {
                break;
            }
        }
        return new Page(items, cursors.issue(query, next));
    }

    /** Where a listing stands after an item: the table's key and the index's, as DynamoDB's own start keys hold them. */
    private static Map<String, String> position(Map<String, AttributeValue> item, Listing listing) {
        return Map.of(ArticleItems.ID, item.get(ArticleItems.ID).s(),
                listing.attribute(), item.get(listing.attribute()).s(),
                ArticleItems.LIST_KEY, item.get(ArticleItems.LIST_KEY).s());
    }

    /**
     * Listing by language "fr" holds fr, fr-FR and fr-CA; "fr-CA" only fr-CA. A site listing
     * filters on the language the same way.
     */
    private static String languageFilter(ListQuery query, Listing listing, Map<String, String> names,
                                         Map<String, AttributeValue> values) {
        if (query.language() == null) {
            return null;
        }
        String primary = RecordKeys.primaryLanguage(query.language());
        boolean exact = !primary.equalsIgnoreCase(query.language());
        if (exact) {
            names.put("#language", ArticleItems.LANGUAGE);
            values.put(":language", AttributeValue.fromS(query.language()));
            return "#language = :language";
        }
        if (!listing.attribute().equals(ArticleItems.LANG)) {
            names.put("#lang", ArticleItems.LANG);
            values.put(":lang", AttributeValue.fromS(primary));
            return "#lang = :lang";
        }
        return null;
    }

    /** Only records of the listing's status, when it names one. */
    private static String statusFilter(ListQuery query, Map<String, String> names, Map<String, AttributeValue> values) {
        if (query.status() == null) {
            return null;
        }
        names.put("#status", ArticleItems.STATUS);
        values.put(":status", AttributeValue.fromS(query.status().name()));
        return "#status = :status";
    }

    private static String both(String first, String second) {
        return first == null ? second : second == null ? first : "(" + first + ") AND (" + second + ")";
    }

    /**
     * A position must come from this very listing: the index's keys, this partition, inside the
     * time range. The cursor's signature already vouches for it; this keeps a key leak or a bug
     * from making DynamoDB fail the query.
     *
     * @throws InvalidCursorException when it does not
     */
    private static void checkPosition(Map<String, String> after, Listing listing, Map<String, AttributeValue> values) {
        if (after == null) {
            return;
        }
        String sortKey = after.get(ArticleItems.LIST_KEY);
        boolean ours = after.keySet().equals(java.util.Set.of(ArticleItems.ID, listing.attribute(), ArticleItems.LIST_KEY))
                && listing.value().equals(after.get(listing.attribute()))
                && sortKey != null
                && (!values.containsKey(":from") || sortKey.compareTo(values.get(":from").s()) >= 0)
                && (!values.containsKey(":to") || sortKey.compareTo(values.get(":to").s()) <= 0);
        if (!ours) {
            throw new InvalidCursorException("cursor belongs to another listing");
        }
    }

    private static String timeRange(ListQuery query, Map<String, String> names, Map<String, AttributeValue> values) {
        if (query.since() == null && query.until() == null) {
            return "";
        }
        names.put("#t", ArticleItems.LIST_KEY);
        // Sort keys are "<UTC time>#<id>"; '~' sorts after every id character, closing the range at "until".
        String from = query.since() == null ? "" : ListingKeys.sortKeyAt(query.since());
        String to = query.until() == null ? "~" : ListingKeys.sortKeyAt(query.until()) + "~";
        values.put(":from", AttributeValue.fromS(from.isEmpty() ? "0" : from));
        values.put(":to", AttributeValue.fromS(to));
        return " AND #t BETWEEN :from AND :to";
    }

    private static Map<String, AttributeValue> toKey(Map<String, String> position) {
        if (position == null || position.isEmpty()) {
            return null;
        }
        Map<String, AttributeValue> key = new HashMap<>();
        position.forEach((name, value) -> key.put(name, AttributeValue.fromS(value)));
        return key;
    }

    private static Map<String, String> fromKey(Map<String, AttributeValue> key) {
        if (key == null) {
            return null;
        }
        Map<String, String> position = new TreeMap<>();
        key.forEach((name, value) -> position.put(name, value.s()));
        return position;
    }

    @Override
    public Optional<ArticleRecord> find(String id) {
        GetItemResponse response = Throttling.guard("reading a record", () -> dynamoDb.getItem(r -> r
                .tableName(tableName)
                .key(Map.of(ArticleItems.ID, AttributeValue.fromS(id)))
                .consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(whole(response.item()))
                : Optional.empty();
    }

    /** The records of many ids in BatchGetItem requests of a hundred keys, rather than a GetItem per id. */
    @Override
    public Map<String, ArticleRecord> findAll(Collection<String> ids) {
        List<Map<String, AttributeValue>> keys = new LinkedHashSet<>(ids).stream()
                .map(id -> Map.of(ArticleItems.ID, AttributeValue.fromS(id))).toList();
        Map<String, ArticleRecord> records = new HashMap<>();
        for (Map<String, AttributeValue> item : BatchReads.read(dynamoDb, tableName, keys, "reading records")) {
            records.put(item.get(ArticleItems.ID).s(), whole(item));
        }
        return records;
    }

    /** The record of an item, with its body from the body store when it was too large to keep inline. */
    private ArticleRecord whole(Map<String, AttributeValue> item) {
        AttributeValue reference = item.get(ArticleItems.BODY_REF);
        if (reference == null) {
            return ArticleItems.fromItem(item);
        }
        BodyStore.Body body = bodies.read(reference.s());
        Map<String, AttributeValue> withBody = new HashMap<>(item);
        if (body.text() != null) {
            withBody.put(ArticleItems.TEXT, AttributeValue.fromS(body.text()));
        }
        if (body.html() != null) {
            withBody.put(ArticleItems.HTML, AttributeValue.fromS(body.html()));
        }
        return ArticleItems.fromItem(withBody);
    }
}
