package dev.newsdrop.ports;

import java.util.List;

/**
 * A queue that work is handed to: the page queue the processing function reads, or the archive
 * queue the WARC splitter reads. Delivery is at least once, so every message must be safe to
 * handle twice.
 */
public interface WorkQueue {

    /** The largest message body a queue takes (SQS: 256 KB). */
    int MAX_MESSAGE_BYTES = 256 * 1024;

    /**
     * Sends the messages; when this returns, every one of them is queued.
     *
     * @throws IllegalArgumentException when a message is larger than {@link #MAX_MESSAGE_BYTES}
     * @throws RuntimeException         when the queue fails; some messages may be queued already
     */
    void send(List<String> messages);
}
