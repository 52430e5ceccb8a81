package dev.newsdrop.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The local stand-in for the SQS queue between the bucket and the processing function: messages
 * wait as files, so a restart loses none; batches go to the same handler Lambda runs (the
 * {@code SqsEventHandler}); a message the handler reports failed stays invisible for a visibility
 * timeout that doubles with each receive ({@link Timing}), and after {@link Timing#maxReceives()}
 * receives moves to the dead-letter folder, as SQS's redrive policy does. With the standard timing
 * a dependency may be down for about five minutes before anything is dead-lettered. Like Lambda's
 * pollers, {@value #POLLERS} workers deliver batches at the same time. Each failure is one line on
 * the log, never a stack trace.
 */
final class LocalQueue implements AutoCloseable {

    /**
     * When a failed message is seen again.
     *
     * @param firstVisibility how long a message stays invisible after its first failed receive
     * @param maxVisibility   the longest it stays invisible, however often it failed (SQS's queue
     *                        visibility timeout on AWS)
     * @param maxReceives     receives after which a failing message is dead-lettered (SQS's
     *                        {@code maxReceiveCount})
     */
    record Timing(Duration firstVisibility, Duration maxVisibility, int maxReceives) {

        /**
         * 20 s, doubling, at most 6 minutes, 5 receives (the deployed redrive policy's count): failed
         * receives at 0, 20, 60, 140 and 300 s, so an outage shorter than five minutes dead-letters nothing.
         */
        static Timing standard() {
            return new Timing(Duration.ofSeconds(20), Duration.ofMinutes(6), 5);
        }

        /** How long a message stays invisible after its {@code receives}-th failed receive. */
        Duration visibilityAfter(int receives) {
            long millis = firstVisibility.toMillis();
            for (int i = 1; i < receives && millis < maxVisibility.toMillis(); i++) {
                millis *= 2;
            }
            return Duration.ofMillis(Math.min(millis, maxVisibility.toMillis()));
        }
    }

    /** Concurrent batches, as Lambda runs several invocations on one queue. */
    static final int POLLERS = 4;
    private static final int BATCH_SIZE = 10;
    private final int batchSize;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(LocalQueue.class);

    private final Path queueDir;
    private final Path deadLetterDir;
    private final Timing timing;
    private final LongSupplier clock;
    private final Map<String, Integer> receives = new ConcurrentHashMap<>();
    private final Map<String, Long> notBefore = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    /** Messages a worker has taken and not yet settled: no other worker may take them. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** Looks for ready messages so far, and the number of the last that found none (see {@link #idleSince}). */
    private long looks;
    private long lastIdleLook;
    private volatile boolean running = true;
    private RequestHandler<SQSEvent, SQSBatchResponse> handler;

    LocalQueue(Path queueDir, Path deadLetterDir) {
        this(queueDir, deadLetterDir, Timing.standard(), System::currentTimeMillis);
    }

    /**
     * @param clock the time in milliseconds that visibility timeouts are measured on (replaceable in tests)
     */
    LocalQueue(Path queueDir, Path deadLetterDir, Timing timing, LongSupplier clock) {
        this(queueDir, deadLetterDir, timing, clock, POLLERS, BATCH_SIZE);
    }

    /**
     * A queue with {@code pollers} workers delivering batches of at most {@code batchSize}, such as
     * the archive queue (a batch of one: each archive job is a split of its own).
     */
    LocalQueue(Path queueDir, Path deadLetterDir, int pollers, int batchSize) {
        this(queueDir, deadLetterDir, Timing.standard(), System::currentTimeMillis, pollers, batchSize);
    }

    LocalQueue(Path queueDir, Path deadLetterDir, Timing timing, LongSupplier clock, int pollers,
                       int batchSize) {
        this.batchSize = batchSize;
        this.queueDir = queueDir;
        this.deadLetterDir = deadLetterDir;
        this.timing = timing;
        this.clock = clock;
        try {
            Files.createDirectories(queueDir);
            Files.createDirectories(deadLetterDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the local queue under " + queueDir, e);
        }
        for (int i = 0; i < pollers; i++) {
            Thread worker = new Thread(this::deliverLoop, queueDir.getFileName() + "-" + i);
            worker.setDaemon(true);
            workers.add(worker);
        }
    }

    /** Starts delivering, pending messages of an earlier run first. */
    void start(RequestHandler<SQSEvent, SQSBatchResponse> deliverTo) {
        this.handler = deliverTo;
        workers.forEach(Thread::start);
    }

    /** Adds a message; it is on disk when this returns. */
    void send(String body) {
        String id = String.format("%019d-%s", System.currentTimeMillis(), UUID.randomUUID());
        try {
            AtomicFiles.writeString(queueDir.resolve(id + ".json"), body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot queue a message in " + queueDir, e);
        }
    }

    /** Moves every dead-lettered message back into the queue, as an SQS redrive does; returns how many. */
    int redrive() {
        int moved = 0;
        try (Stream<Path> files = Files.list(deadLetterDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                Files.move(file, queueDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                moved++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot redrive from " + deadLetterDir, e);
        }
        return moved;
    }

    /** Messages in the dead-letter folder. */
    int deadLetters() {
        try (Stream<Path> files = Files.list(deadLetterDir)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + deadLetterDir, e);
        }
    }

    /**
     * A dead-lettered message.
     *
     * @param id   its message id
     * @param body the S3 event notification it carries
     * @param at   when it was sent (the queue keeps that time through retries and the dead-letter move)
     */
    record Message(String id, String body, java.time.Instant at) {
    }

    /** Up to {@code max} dead-lettered messages, the latest sent first. */
    List<Message> deadLettered(int max) {
        List<Message> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(deadLetterDir)) {
            List<Path> latest = files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(LocalQueue::modified).reversed())
                    .limit(max).toList();
            for (Path file : latest) {
                try {
                    messages.add(new Message(messageId(file), Files.readString(file, StandardCharsets.UTF_8),
                            modified(file)));
                } catch (NoSuchFileException redriven) {
                    // moved back to the queue meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + deadLetterDir, e);
        }
        return messages;
    }

    private static java.time.Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return java.time.Instant.EPOCH;
        }
    }

    /** Messages waiting or being retried. */
    int pending() {
        return ready(Integer.MAX_VALUE, true).size();
    }

    private void deliverLoop() {
        while (running) {
            List<Path> batch = take();
            if (batch.isEmpty()) {
                sleep(POLL);
                continue;
            }
            try {
                deliver(batch);
            } finally {
                batch.forEach(file -> inFlight.remove(messageId(file)));
            }
        }
    }

    private void deliver(List<Path> files) {
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        for (Path file : files) {
            String id = messageId(file);
            int count = receives.merge(id, 1, Integer::sum);
            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId(id);
            message.setEventSource("aws:sqs");
            message.setEventSourceArn("arn:aws:sqs:us-east-1:000000000000:newsdrop-local-raw-events");
            message.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(count)));
            try {
                message.setBody(Files.readString(file, StandardCharsets.UTF_8));
            } catch (NoSuchFileException settled) {
                // Another worker delivered and deleted it between this worker's listing and its read.
                receives.remove(id);
                continue;
            } catch (IOException e) {
                log.warn("cannot read queued message {}: {}", file, e.getMessage());
                continue;
            }
            messages.add(message);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);
        Set<String> failed;
        try {
            SQSBatchResponse response = handler.handleRequest(event, null);
            failed = response.getBatchItemFailures() == null ? Set.of() : response.getBatchItemFailures().stream()
                    .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                    .collect(java.util.stream.Collectors.toSet());
        } catch (RuntimeException e) {
            log.warn("the processing handler failed a batch of {}: {}", messages.size(), e.toString());
            failed = messages.stream().map(SQSEvent.SQSMessage::getMessageId).collect(java.util.stream.Collectors.toSet());
        }
        for (SQSEvent.SQSMessage message : messages) {
            Path file = queueDir.resolve(message.getMessageId() + ".json");
            if (failed.contains(message.getMessageId())) {
                retryOrDeadLetter(file, message.getMessageId());
            } else {
                delete(file);
                receives.remove(message.getMessageId());
                notBefore.remove(message.getMessageId());
            }
        }
    }

    private void retryOrDeadLetter(Path file, String id) {
        int count = receives.getOrDefault(id, 1);
        if (count >= timing.maxReceives()) {
            try {
                Files.move(file, deadLetterDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                log.warn("dead-letter: message {} failed {} times; kept in {}", id, count, deadLetterDir);
            } catch (IOException e) {
                log.warn("cannot move {} to the dead-letter folder: {}", file, e.toString());
            }
            receives.remove(id);
            notBefore.remove(id);
            return;
        }
        Duration invisible = timing.visibilityAfter(count);
        notBefore.put(id, clock.getAsLong() + invisible.toMillis());
        log.info("message {} failed (receive {} of {}); visible again in {} s", id, count, timing.maxReceives(),
                invisible.toSeconds());
    }

    /** Up to a batch of ready messages, marked in flight. */
    private synchronized List<Path> take() {
        List<Path> batch = ready(batchSize, false);
        batch.forEach(file -> inFlight.add(messageId(file)));
        looks++;
        if (batch.isEmpty()) {
            lastIdleLook = looks;
        }
        return batch;
    }

    /** How many times the workers have looked for ready messages; with {@link #idleSince}, lets tests wait without sleeping. */
    synchronized long looks() {
        return looks;
    }

    /**
     * Whether a look begun after look number {@code look} found nothing ready and no batch is being
     * delivered: every message the clock had made visible by then has been received and settled.
     * (Looks take turns, so none is under way while this or {@link #looks()} runs.)
     */
    synchronized boolean idleSince(long look) {
        return lastIdleLook > look && inFlight.isEmpty();
    }

    private List<Path> ready(int max, boolean includeWaiting) {
        long now = clock.getAsLong();
        try (Stream<Path> files = Files.list(queueDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> includeWaiting || (!inFlight.contains(messageId(f))
                            && notBefore.getOrDefault(messageId(f), 0L) <= now))
                    .sorted(Comparator.comparing(Path::getFileName))
                    .limit(max)
                    .toList();
        } catch (IOException e) {
            log.warn("cannot list the local queue: {}", e.getMessage());
            return List.of();
        }
    }

    private static String messageId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete delivered message {}: {}", file, e.getMessage());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            for (Thread worker : workers) {
                worker.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
