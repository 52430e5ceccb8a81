package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.newsdrop.config.Settings;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.testing.Events;
import dev.newsdrop.testing.LocalAws;
import dev.newsdrop.testing.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The queue-triggered processing function against real S3 and DynamoDB wire endpoints. */
class SqsEventHandlerIT {

    private static final String SEED_KEY = Events.decodedKey("s3-put-seed.json");

    private static LocalAws aws;

    @BeforeAll
    static void startEndpoints() {
        aws = LocalAws.start();
        aws.put(SEED_KEY, Events.bytes("pages/seed-article.html"), "text/html; charset=utf-8");
    }

    @Test
    void sampleBatch_storesTheSeedAndIgnoresS3TestEvent() {
        SQSBatchResponse response = new SqsEventHandler(aws.processor())
                .handleRequest(Events.sqsEvent("sqs-s3-put-seed.json"), null);

        assertTrue(response.getBatchItemFailures().isEmpty());
        assertEquals(ArticleStatus.EXTRACTED, aws.recordOf(SEED_KEY).orElseThrow().status());
    }

    @Test
    void oneBadMessage_isReportedAloneAndItsNeighboursAreStored() {
        String first = "raw/batch/" + UUID.randomUUID() + ".html";
        String second = "raw/batch/" + UUID.randomUUID() + ".html";
        aws.put(first, Pages.article("First in the batch"), "text/html");
        aws.put(second, Pages.article("Second in the batch"), "text/html");

        SQSEvent batch = batch(message("m-1", body(first)), message("m-2", "{not json"), message("m-3", body(second)));
        SQSBatchResponse response = new SqsEventHandler(aws.processor()).handleRequest(batch, null);

        assertEquals(List.of("m-2"), failedIds(response));
        assertEquals("First in the batch", aws.recordOf(first).orElseThrow().title());
        assertEquals("Second in the batch", aws.recordOf(second).orElseThrow().title());
    }

    @Test
    void failedWrite_reportsTheMessageForRedelivery() {
        Settings broken = Settings.of(Map.of(Settings.ARTICLES_TABLE, "no-such-table-" + UUID.randomUUID(),
                Settings.OBJECTS_TABLE, aws.settings.objectsTable()));
        String key = "raw/batch/" + UUID.randomUUID() + ".html";
        aws.put(key, Pages.article("Waits for redelivery"), "text/html");

        SQSBatchResponse response = new SqsEventHandler(ProcessingWiring.create(aws.s3, aws.dynamoDb, broken))
                .handleRequest(batch(message("m-9", body(key))), null);

        assertEquals(List.of("m-9"), failedIds(response));
    }

    private static String body(String key) {
        return Events.s3NotificationBody("s3-put-seed.json", o -> {
            o.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
            o.put("sequencer", "0062E99A88DC407460");
        });
    }

    private static SQSEvent.SQSMessage message(String id, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        message.setEventSourceArn("arn:aws:sqs:us-east-1:123456789012:newsdrop-raw-events");
        return message;
    }

    private static SQSEvent batch(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(new ArrayList<>(List.of(messages)));
        return event;
    }

    private static List<String> failedIds(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }
}
