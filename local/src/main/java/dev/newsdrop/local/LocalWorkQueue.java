package dev.newsdrop.local;

import dev.newsdrop.ports.WorkQueue;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A {@link WorkQueue} on a {@link LocalQueue}: each message becomes a file in the queue's folder. */
final class LocalWorkQueue implements WorkQueue {

    private final LocalQueue queue;

    LocalWorkQueue(LocalQueue queue) {
        this.queue = queue;
    }

    @Override
    public void send(List<String> messages) {
        for (String message : messages) {
            if (message.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
                throw new IllegalArgumentException("a message above " + MAX_MESSAGE_BYTES + " bytes");
            }
        }
        messages.forEach(queue::send);
    }
}
