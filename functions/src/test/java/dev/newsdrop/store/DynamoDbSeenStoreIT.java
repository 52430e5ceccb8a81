package dev.newsdrop.store;

import dev.newsdrop.config.Settings;
import dev.newsdrop.fetch.Validators;
import dev.newsdrop.testing.LocalAws;
import dev.newsdrop.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seen store on the DynamoDB emulator. */
class DynamoDbSeenStoreIT {

    private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    private LocalAws aws;
    private DynamoDbSeenStore seen;
    private String table;

    @BeforeEach
    void start() {
        aws = LocalAws.start(Map.of(Settings.SEEN_TABLE, Tables.SEEN.defaultName() + "-" + UUID.randomUUID()));
        table = Tables.name(Tables.SEEN, aws.settings);
        seen = new DynamoDbSeenStore(aws.dynamoDb, table, new MutableClock(NOW));
    }

    @Test
    void urlSeenTwice_isNewOnlyTheFirstTime_andPendingUntilFetched() {
        String url = "https://news.example/أخبار/1.html";

        assertTrue(seen.addIfNew("src", url));
        assertFalse(seen.addIfNew("src", url));
        assertFalse(seen.addIfNew("other-source", url), "a URL two sources list is fetched once");
        assertEquals(List.of(url), seen.pending("src"));

        seen.markFetched("src", url);

        assertEquals(List.of(), seen.pending("src"));
        assertFalse(seen.addIfNew("src", url), "still remembered after it was fetched");
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

    @Test
    void failedAttempts_areCounted_andGivingUpEndsPending() {
        String url = "https://news.example/flaky";
        seen.addIfNew("src", url);

        assertEquals(1, seen.recordFailedAttempt("src", url, "HTTP 503"));
        assertEquals(2, seen.recordFailedAttempt("src", url, "timed out"));
        assertEquals(List.of(url), seen.pending("src"));

        seen.giveUp("src", url, "timed out (3 attempts)");

        assertEquals(List.of(), seen.pending("src"));
    }

    @Test
    void validators_areRememberedPerDocument() {
        assertTrue(seen.validators("https://news.example/feed").isEmpty());

        seen.saveValidators("https://news.example/feed", new Validators("\"v2\"", "Mon, 02 Jun 2025 10:00:00 GMT"));

        assertEquals(new Validators("\"v2\"", "Mon, 02 Jun 2025 10:00:00 GMT"), seen.validators("https://news.example/feed"));
        assertTrue(seen.validators("https://news.example/other").isEmpty());
    }
}
