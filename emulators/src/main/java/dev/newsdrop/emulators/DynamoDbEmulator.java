package dev.newsdrop.emulators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A DynamoDB wire-protocol endpoint on loopback: dynalite, from npm, in a child Node.js process.
 * Tables live in memory or, given a folder, on disk. The child exits by itself when this JVM dies.
 *
 * <p>dynalite is installed by the build ({@code npm ci} in the emulators module). It is found
 * through the {@value #NODE_MODULES_ENV} environment variable or system property
 * {@value #NODE_MODULES_PROPERTY}, else by looking for {@code emulators/node_modules} in the
 * working folder and its parents.
 */
public final class DynamoDbEmulator implements AutoCloseable {

    public static final String NODE_MODULES_ENV = "NEWSDROP_NODE_MODULES";
    public static final String NODE_MODULES_PROPERTY = "newsdrop.nodeModules";
    private static final String SCRIPT = "dynalite-server.js";
    private static final long START_TIMEOUT_SECONDS = 30;
    /** dynalite's exit code for a taken port (see dynalite-server.js). */
    private static final int EXIT_PORT_IN_USE = 3;

    private final Process process;
    private final URI endpoint;

    private DynamoDbEmulator(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /**
     * Starts dynalite and waits until it listens.
     *
     * @param dataDir where tables are kept, or null to keep them in memory
     * @param port    the loopback port, or 0 for a free one
     * @throws PortInUseException when the port is taken
     */
    public static DynamoDbEmulator start(Path dataDir, int port) {
        Path nodeModules = findNodeModules();
        int chosen = port == 0 ? FreePort.find() : port;
        List<String> command = new ArrayList<>(List.of("node", extractScript().toString(), Integer.toString(chosen)));
        if (dataDir != null) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create DynamoDB data folder " + dataDir, e);
            }
            command.add(dataDir.toAbsolutePath().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("NODE_PATH", nodeModules.toAbsolutePath().toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node (Node.js 18+ must be on the PATH): " + e.getMessage(), e);
        }
        DynamoDbEmulator emulator = new DynamoDbEmulator(process, URI.create("http://127.0.0.1:" + chosen));
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "dynalite-stop"));
        emulator.awaitListening(chosen);
        return emulator;
    }

    private void awaitListening(int port) {
        CompletableFuture<String> ready = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> readOutput(process.getInputStream(), output, ready), "dynalite-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | InterruptedException | java.util.concurrent.ExecutionException e) {
            close();
            if (process.exitValue() == EXIT_PORT_IN_USE) {
                throw new PortInUseException("DynamoDB emulator", port);
            }
            throw new IllegalStateException("dynalite did not start: " + output.toString().strip());
        }
    }

    private static void readOutput(InputStream in, StringBuilder output, CompletableFuture<String> ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("listening ")) {
                    ready.complete(line);
                } else if (!ready.isDone()) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException ignored) {
            // the process ended; its exit is handled below
        }
        ready.completeExceptionally(new IllegalStateException("dynalite exited"));
    }

    private static Path findNodeModules() {
        String configured = System.getenv(NODE_MODULES_ENV);
        if (configured == null) {
            configured = System.getProperty(NODE_MODULES_PROPERTY);
        }
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("emulators/node_modules");
            if (Files.isDirectory(candidate.resolve("dynalite"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("dynalite is not installed: run the build (./mvnw install) or `npm ci` in "
                + "emulators/, or set " + NODE_MODULES_ENV + " to a node_modules folder holding dynalite");
    }

    private static Path extractScript() {
        try (InputStream in = DynamoDbEmulator.class.getResourceAsStream(SCRIPT)) {
            Path script = Files.createTempFile("newsdrop-dynalite-", ".js");
            script.toFile().deleteOnExit();
            Files.write(script, in.readAllBytes());
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dynalite launcher script", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The dynalite process's id, so a supervisor or a fault test can watch or kill the real process. */
    public long pid() {
        return process.pid();
    }

    /** Completes when the dynalite process has ended, whatever ended it. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** The process's exit code, or -1 while it runs. */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** Whether the dynalite process is still running. */
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close(); // dynalite-server.js exits when its stdin closes
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
