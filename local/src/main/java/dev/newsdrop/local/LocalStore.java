package dev.newsdrop.local;

import dev.newsdrop.config.Settings;
import dev.newsdrop.emulators.Endpoints;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.emulators.S3Emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The stored data of a local stack, for commands that work on it: the running stack's emulators
 * when one runs on the data folder ({@link EndpointsFile}), else the folder's S3 and DynamoDB
 * emulators started alone (no notifications, no API, no processing), stopped on {@link #close}.
 * Logging goes to the folder's log file ({@code logs/newsdrop.log}), as the stack's does.
 */
public final class LocalStore implements AutoCloseable {

    private final LocalClients clients;
    private final Settings settings;
    private final boolean startedHere;
    private final List<AutoCloseable> started;

    private LocalStore(LocalClients clients, Settings settings, boolean startedHere, List<AutoCloseable> started) {
        this.clients = clients;
        this.settings = settings;
        this.startedHere = startedHere;
        this.started = started;
    }

    /**
     * The store of {@code dataDir}: the running stack's, or its emulators started now.
     *
     * @param console told when emulators are started, and of their supervision
     */
    public static LocalStore open(Path dataDir, Consumer<String> console) {
        LogFile.install(LogFile.path(dataDir)); // stack traces to the folder's log file, as the stack's own
        EndpointsFile running = runningStack(dataDir);
        if (running != null) {
            return new LocalStore(LocalClients.of(running.endpoints()), running.settings(), false, List.of());
        }
        List<AutoCloseable> started = new ArrayList<>();
        try {
            int port = FreePort.findRun(2);
            SupervisedDynamoDb dynamoDb = SupervisedDynamoDb.start(dataDir.resolve("dynamodb"), port + 1, console);
            started.add(dynamoDb);
            S3Emulator s3 = S3Emulator.start(dataDir.resolve("s3"), port);
            started.add(s3);
            LocalClients clients = LocalClients.of(Endpoints.local(s3.endpoint(), dynamoDb.endpoint()));
            started.add(clients);
            Settings settings = Settings.of(Map.of(Settings.S3_PATH_STYLE, "true",
                    Settings.S3_ENDPOINT, s3.endpoint().toString()));
            LocalPipeline.ensureBucketAndTables(clients, settings);
            console.accept("no local stack runs on " + dataDir + ": its emulators were started for this command");
            return new LocalStore(clients, settings, true, started);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** The stack running on the folder, or null when none does (no endpoints file, or its process is gone). */
    private static EndpointsFile runningStack(Path dataDir) {
        try {
            EndpointsFile file = EndpointsFile.read(dataDir);
            boolean alive = ProcessHandle.of(file.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive ? file : null;
        } catch (IOException none) {
            return null;
        }
    }

    public LocalClients clients() {
        return clients;
    }

    /** The settings the functions need to reach this store. */
    public Settings settings() {
        return settings;
    }

    /** Whether the emulators were started for this store (no stack was running). */
    public boolean startedHere() {
        return startedHere;
    }

    @Override
    public void close() {
        if (!startedHere) {
            clients.close();
        }
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                // stopping the rest matters more
            }
        }
    }
}
