package dev.newsdrop.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local queue's SQS timing and persistence, on real files, with the handler's answers scripted. */
class LocalQueueTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path data;

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<LocalQueue> queues = new ArrayList<>();
    /** The clock time of every receive, and its ApproximateReceiveCount. */
    private final List<long[]> receives = new CopyOnWriteArrayList<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        queues.forEach(LocalQueue::close);
    }

    @Test
    void standardTiming_visibilityDoublesFrom20sUpToSixMinutes() {
        LocalQueue.Timing timing = LocalQueue.Timing.standard();

        assertEquals(List.of(20L, 40L, 80L, 160L, 320L, 360L, 360L),
                List.of(1, 2, 3, 4, 5, 6, 7).stream().map(n -> timing.visibilityAfter(n).toSeconds()).toList());
        assertEquals(5, timing.maxReceives());
    }

    @Test
    void failingMessage_staysInvisibleForADoublingTimeout_thenIsDeadLetteredAfterMaxReceives() throws Exception {
        LocalQueue queue = queue(new LocalQueue.Timing(Duration.ofSeconds(10), Duration.ofMinutes(5), 4),
                failWhile(() -> true));
        queue.send("{\"page\":1}");

        await(() -> receives.size() == 1);
        settle(queue); // its failure is settled on the clock as it stands
        now.addAndGet(9_999);
        settle(queue); // the workers looked again after the clock moved: still invisible
        assertEquals(1, receives.size(), "not visible before its timeout");
        for (long step : new long[]{1, 20_000, 40_000}) {
            int before = receives.size();
            now.addAndGet(step);
            settle(queue);
            assertEquals(before + 1, receives.size(), "received once as soon as visible, after " + step + " ms more");
        }
        await(() -> queue.deadLetters() == 1);

        assertEquals(List.of(1_000_000L, 1_010_000L, 1_030_000L, 1_070_000L),
                receives.stream().map(r -> r[0]).toList(), "received at 0, 10, 30 and 70 s");
        assertEquals(List.of(1L, 2L, 3L, 4L), receives.stream().map(r -> r[1]).toList());
        assertEquals(0, queue.pending());
    }

    @Test
    void aJobSentFromBesideTheStack_isDeliveredByTheStacksArchiveQueue_evenOneStartedLater() throws Exception {
        LocalPipeline.archiveQueueIn(data).send(List.of("{\"archive\":\"raw/a b.warc.gz\"}"));

        LocalQueue archives = new LocalQueue(data.resolve("archive-queue"), data.resolve("archive-dead-letter"),
                LocalQueue.Timing.standard(), now::get, 2, 1);
        queues.add(archives);
        archives.start(failWhile(() -> false));
        await(() -> delivered.size() == 1);

        assertEquals(List.of("{\"archive\":\"raw/a b.warc.gz\"}"), delivered);
        // the handler answers before the queue deletes the message: wait for the delete, as the outage test does
        await(() -> archives.pending() == 0);
    }

    @Test
    void anOutageOfFourMinutes_deadLettersNothing_withTheStandardTiming() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        LocalQueue queue = queue(LocalQueue.Timing.standard(), failWhile(down::get));
        for (int i = 0; i < 3; i++) {
            queue.send("{\"page\":" + i + "}");
        }
        await(() -> receives.size() == 3);
        settle(queue);
        long start = now.get();

        while (now.get() - start < Duration.ofMinutes(4).toMillis()) {
            int before = receives.size();
            now.addAndGet(Duration.ofSeconds(10).toMillis());
            settle(queue);
            assertEquals(0, queue.deadLetters(), "dead-lettered " + (now.get() - start) / 1000 + " s into the outage");
            assertTrue(receives.size() - before <= 3);
        }
        down.set(false);
        now.addAndGet(Duration.ofMinutes(3).toMillis());
        await(() -> delivered.size() == 3);

        assertEquals(0, queue.deadLetters());
        await(() -> queue.pending() == 0);
        assertTrue(receives.size() <= 3 * 5, "at most five receives each: " + receives.size());
    }

    @Test
    void pendingMessages_surviveARestart_andAreDeliveredByTheNextQueue() throws Exception {
        LocalQueue first = new LocalQueue(data.resolve("queue"), data.resolve("dead-letter"),
                LocalQueue.Timing.standard(), now::get);
        first.send("{\"kept\":true}");
        first.close();

        queue(LocalQueue.Timing.standard(), failWhile(() -> false));

        await(() -> delivered.equals(List.of("{\"kept\":true}")));
    }

    @Test
    void redrive_movesDeadLettersBackAndTheyAreDelivered() throws Exception {
        AtomicBoolean failing = new AtomicBoolean(true);
        LocalQueue queue = queue(new LocalQueue.Timing(Duration.ofSeconds(1), Duration.ofSeconds(1), 1),
                failWhile(failing::get));
        queue.send("{\"page\":\"dead\"}");
        await(() -> queue.deadLetters() == 1);
        failing.set(false);

        assertEquals(1, queue.redrive());

        await(() -> delivered.size() == 1);
        assertEquals(0, queue.deadLetters());
    }

    /** A handler that fails every message while {@code failing} says so, recording each receive. */
    private com.amazonaws.services.lambda.runtime.RequestHandler<SQSEvent, SQSBatchResponse> failWhile(
            BooleanSupplier failing) {
        return (event, context) -> {
            List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
            for (SQSEvent.SQSMessage message : event.getRecords()) {
                receives.add(new long[]{now.get(),
                        Long.parseLong(message.getAttributes().get("ApproximateReceiveCount"))});
                if (failing.getAsBoolean()) {
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                } else {
                    delivered.add(message.getBody());
                }
            }
            return new SQSBatchResponse(failures);
        };
    }

    private LocalQueue queue(LocalQueue.Timing timing,
                             com.amazonaws.services.lambda.runtime.RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        LocalQueue queue = new LocalQueue(data.resolve("queue"), data.resolve("dead-letter"), timing, now::get);
        queues.add(queue);
        queue.start(handler);
        return queue;
    }

    /** Waits until the workers have looked at the queue since now and delivered all they found. */
    private static void settle(LocalQueue queue) throws InterruptedException {
        long look = queue.looks();
        await(() -> queue.idleSince(look));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WITHIN);
            }
            Thread.sleep(20);
        }
    }
}
