package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqsBatchTest {

    @Test
    void failingMessage_isReportedAndTheOthersStillRun() {
        List<String> handled = new ArrayList<>();

        SQSBatchResponse response = SqsBatch.process(batch("standard", "a", "bad", "c"), m -> {
            if (m.getBody().equals("bad")) {
                throw new IllegalStateException("boom");
            }
            handled.add(m.getBody());
        });

        assertEquals(List.of("a", "c"), handled);
        assertEquals(List.of("id-bad"), ids(response));
    }

    @Test
    void fifoQueue_reportsEveryMessageAfterAFailureToKeepOrder() {
        List<String> handled = new ArrayList<>();

        SQSBatchResponse response = SqsBatch.process(batch("queue.fifo", "a", "bad", "c"), m -> {
            if (m.getBody().equals("bad")) {
                throw new IllegalStateException("boom");
            }
            handled.add(m.getBody());
        });

        assertEquals(List.of("a"), handled);
        assertEquals(List.of("id-bad", "id-c"), ids(response));
    }

    private static SQSEvent batch(String queue, String... bodies) {
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        for (String body : bodies) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId("id-" + body);
            m.setBody(body);
            m.setEventSourceArn("arn:aws:sqs:us-east-1:123456789012:" + queue);
            messages.add(m);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);
        return event;
    }

    private static List<String> ids(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }
}
