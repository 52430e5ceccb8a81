package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Processes an SQS batch message by message and reports the failures as a partial batch response,
 * so one bad message never fails its neighbours: SQS redelivers only the failed ones, and after
 * the queue's receive limit moves them to its dead-letter queue. On a FIFO queue, the messages
 * after a failure are reported failed too, to keep their order.
 */
public final class SqsBatch {

    private static final Logger log = LoggerFactory.getLogger(SqsBatch.class);

    private SqsBatch() {
    }

    public static SQSBatchResponse process(SQSEvent batch, Consumer<SQSEvent.SQSMessage> handler) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        boolean failedBefore = false;
        for (SQSEvent.SQSMessage message : batch.getRecords()) {
            boolean fifo = message.getEventSourceArn() != null && message.getEventSourceArn().endsWith(".fifo");
            if (failedBefore && fifo) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            try {
                handler.accept(message);
            } catch (RuntimeException e) {
                log.error("message {} failed; SQS will redeliver it", message.getMessageId(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                failedBefore = true;
            }
        }
        return new SQSBatchResponse(failures);
    }
}
