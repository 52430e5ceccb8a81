package dev.newsdrop.local;

import dev.newsdrop.emulators.DynamoDbEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The DynamoDB emulator under supervision: when the dynalite process dies (a crash, an OOM kill,
 * {@code kill -9}), it is started again on the same port and the same data within seconds, and the
 * console gets one line saying so. Because the port stays the same, the SDK clients already built
 * keep working: their next call opens a new connection to the new process.
 */
final class SupervisedDynamoDb implements AutoCloseable {

    /** Waits between attempts to start it again (the port may linger for a moment after a kill). */
    private static final Duration[] RETRY_AFTER = {Duration.ZERO, Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(4)};
    private static final Logger log = LoggerFactory.getLogger(SupervisedDynamoDb.class);

    private final Path dataDir;
    private final int port;
    private final Consumer<String> console;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile DynamoDbEmulator current;
    private volatile boolean closed;

    private SupervisedDynamoDb(Path dataDir, int port, Consumer<String> console) {
        this.dataDir = dataDir;
        this.port = port;
        this.console = console;
    }

    /**
     * Starts dynalite on {@code port} with tables kept in {@code dataDir}, and watches it.
     *
     * @param console where the one line about a restart goes
     */
    static SupervisedDynamoDb start(Path dataDir, int port, Consumer<String> console) {
        SupervisedDynamoDb supervised = new SupervisedDynamoDb(dataDir, port, console);
        supervised.watch(DynamoDbEmulator.start(dataDir, port));
        return supervised;
    }

    private void watch(DynamoDbEmulator emulator) {
        current = emulator;
        emulator.onExit().thenRun(() -> {
            if (!closed) {
                Thread restarter = new Thread(() -> restart(emulator), "dynalite-supervisor");
                restarter.setDaemon(true);
                restarter.start();
            }
        });
    }

    private void restart(DynamoDbEmulator dead) {
        long began = System.nanoTime();
        RuntimeException last = null;
        for (int attempt = 0; !closed; attempt++) {
            sleep(RETRY_AFTER[Math.min(attempt, RETRY_AFTER.length - 1)]);
            if (closed) {
                return;
            }
            try {
                DynamoDbEmulator fresh = DynamoDbEmulator.start(dataDir, port);
                synchronized (this) {
                    if (closed) {
                        fresh.close();
                        return;
                    }
                    watch(fresh);
                }
                restarts.incrementAndGet();
                console.accept(String.format("newsdrop: the DynamoDB emulator (pid %d) died with exit code %d; "
                                + "restarted on port %d with the same data in %.1f s (pid %d)", dead.pid(),
                        dead.exitCode(), port, (System.nanoTime() - began) / 1e9, fresh.pid()));
                return;
            } catch (RuntimeException e) {
                if (last == null) {
                    console.accept("newsdrop: the DynamoDB emulator (pid " + dead.pid() + ") died and does not start "
                            + "again yet (" + e.getMessage() + "); still trying");
                }
                last = e;
                log.debug("restarting dynalite", e);
            }
        }
    }

    /** Where DynamoDB answers; the same across restarts. */
    URI endpoint() {
        return current.endpoint();
    }

    /** The running dynalite process's id. */
    long pid() {
        return current.pid();
    }

    /** Whether dynalite is up now. */
    boolean isRunning() {
        return current.isRunning();
    }

    /** How many times the emulator was brought back after dying. */
    int restarts() {
        return restarts.get();
    }

    /**
     * Kills the dynalite process with SIGKILL, as an outage would, and leaves bringing it back to the
     * supervision.
     */
    void kill() {
        ProcessHandle.of(current.pid()).ifPresent(ProcessHandle::destroyForcibly);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            current.close();
        }
    }
}
