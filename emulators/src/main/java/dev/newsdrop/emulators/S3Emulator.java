package dev.newsdrop.emulators;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * An S3 wire-protocol endpoint on loopback: s3proxy running inside this JVM, keeping objects in
 * memory or, given a folder, on disk so they survive a restart. Clients must use path-style
 * addressing; any access key is accepted. Its logging is chatty at DEBUG: the logging configuration
 * of whoever embeds it should hold {@code org.gaul} at WARN.
 */
public final class S3Emulator implements AutoCloseable {

    private final S3Proxy proxy;
    private final URI endpoint;

    private S3Emulator(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    /**
     * Starts the emulator.
     *
     * @param dataDir where objects are kept, or null to keep them in memory
     * @param port    the loopback port, or 0 for a free one
     * @throws PortInUseException when the port is taken
     */
    public static S3Emulator start(Path dataDir, int port) {
        return start(dataDir, port, null);
    }

    /**
     * Starts the emulator, telling {@code listener} (when not null) of every object stored: the
     * emulated form of S3's event notifications.
     *
     * @throws PortInUseException when the port is taken
     */
    public static S3Emulator start(Path dataDir, int port, ObjectCreatedListener listener) {
        return start(dataDir, port, listener, List.of());
    }

    /**
     * Starts the emulator, letting pages of {@code browserOrigins} (such as a console on another
     * loopback port) PUT and GET objects across origins with presigned links, as a bucket's CORS
     * rules let them on S3. No other origin is allowed.
     *
     * @throws PortInUseException when the port is taken
     */
    public static S3Emulator start(Path dataDir, int port, ObjectCreatedListener listener, List<String> browserOrigins) {
        Properties properties = new Properties();
        String provider = "transient";
        if (dataDir != null) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create S3 data folder " + dataDir, e);
            }
            provider = "filesystem";
            properties.setProperty("jclouds.filesystem.basedir", dataDir.toAbsolutePath().toString());
        }
        int chosen = port == 0 ? FreePort.find() : port;
        URI endpoint = URI.create("http://127.0.0.1:" + chosen);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(listener == null ? BlobStores.create(provider, properties)
                        : new NotifyingBlobStore(BlobStores.create(provider, properties), listener))
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .ignoreUnknownHeaders(true)
                .corsRules(browserOrigins.isEmpty() ? CrossOriginResourceSharing.disabled()
                        : new CrossOriginResourceSharing(browserOrigins.stream().map(Pattern::quote).toList(),
                                List.of("GET", "PUT"), List.of("content-type"), List.of("etag"), null))
                .build();
        try {
            proxy.start();
            waitUntilStarted(proxy);
        } catch (Exception e) {
            stopQuietly(proxy);
            if (!FreePort.isFree(chosen)) {
                throw new PortInUseException("S3 emulator", chosen);
            }
            throw new IllegalStateException("S3 emulator did not start on port " + chosen + ": " + e.getMessage(), e);
        }
        return new S3Emulator(proxy, endpoint);
    }

    private static void waitUntilStarted(S3Proxy proxy) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if ("FAILED".equals(proxy.getState()) || System.nanoTime() > deadline) {
                throw new IllegalStateException("state " + proxy.getState());
            }
            Thread.sleep(10);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        stopQuietly(proxy);
    }

    private static void stopQuietly(S3Proxy proxy) {
        try {
            proxy.stop();
        } catch (Exception ignored) {
            // stopping a server that failed to start; nothing left to release
        }
    }
}
