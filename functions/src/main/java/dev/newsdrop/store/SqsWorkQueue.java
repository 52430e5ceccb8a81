package dev.newsdrop.store;

import dev.newsdrop.ports.WorkQueue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link WorkQueue} on SQS: messages go out with SendMessageBatch, ten per call and at most
 * 256 KB per call; entries SQS refuses for a passing reason (throttling, an internal error) are
 * sent again, and a message still refused after that fails the send.
 */
public final class SqsWorkQueue implements WorkQueue {

    /** Entries per SendMessageBatch call: SQS takes at most ten. */
    static final int ENTRIES_PER_CALL = 10;
    /** Sends of one message at most, the first included. */
    private static final int ATTEMPTS = 3;

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsWorkQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(List<String> messages) {
        List<String> call = new ArrayList<>(ENTRIES_PER_CALL);
        int callBytes = 0;
        for (String message : messages) {
            int bytes = message.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_MESSAGE_BYTES) {
                throw new IllegalArgumentException("a message of " + bytes + " bytes is above SQS's limit");
            }
            if (call.size() == ENTRIES_PER_CALL || callBytes + bytes > MAX_MESSAGE_BYTES) {
                sendBatch(call);
                call.clear();
                callBytes = 0;
            }
            call.add(message);
            callBytes += bytes;
        }
        if (!call.isEmpty()) {
            sendBatch(call);
        }
    }

    private void sendBatch(List<String> bodies) {
        Map<String, String> pending = new java.util.LinkedHashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            pending.put(Integer.toString(i), bodies.get(i));
        }
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<SendMessageBatchRequestEntry> entries = pending.entrySet().stream()
                    .map(e -> SendMessageBatchRequestEntry.builder().id(e.getKey()).messageBody(e.getValue()).build())
                    .toList();
            SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
            Map<String, BatchResultErrorEntry> failed = response.failed().stream()
                    .collect(Collectors.toMap(BatchResultErrorEntry::id, Function.identity()));
            pending.keySet().retainAll(failed.keySet());
            boolean ourFault = failed.values().stream().anyMatch(BatchResultErrorEntry::senderFault);
            if (!pending.isEmpty() && (ourFault || attempt >= ATTEMPTS)) {
                BatchResultErrorEntry first = failed.values().iterator().next();
                throw new IllegalStateException("SQS refused " + pending.size() + " of " + bodies.size()
                        + " messages: " + first.code() + " " + first.message());
            }
        }
    }
}
