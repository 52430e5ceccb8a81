package dev.newsdrop.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * A folder whose files are uploaded as raw pages: each file, once its size has stopped changing
 * (so half-copied files wait), is handed to the uploader and then moved to the {@code uploaded}
 * folder beside it, where it stays.
 */
final class DropFolder implements AutoCloseable {

    private static final long POLL_MILLIS = 300;
    private static final Logger log = LoggerFactory.getLogger(DropFolder.class);

    private final Path folder;
    private final Path uploaded;
    private final BiConsumer<String, byte[]> uploader;
    private final Map<Path, Long> lastSizes = new HashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "drop-folder");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param uploader told the file name and bytes of each dropped file; it stores them
     */
    DropFolder(Path folder, Path uploaded, BiConsumer<String, byte[]> uploader) {
        this.folder = folder;
        this.uploaded = uploaded;
        this.uploader = uploader;
        try {
            Files.createDirectories(folder);
            Files.createDirectories(uploaded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the drop folder " + folder, e);
        }
    }

    void start() {
        poller.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList();
        } catch (IOException e) {
            log.warn("cannot list {}: {}", folder, e.getMessage());
            return;
        }
        for (Path file : files) {
            try {
                long size = Files.size(file);
                Long before = lastSizes.put(file, size);
                if (before == null || before != size) {
                    continue; // new or still growing: look again next time
                }
                uploader.accept(file.getFileName().toString(), Files.readAllBytes(file));
                Files.move(file, uploaded.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                lastSizes.remove(file);
            } catch (IOException | RuntimeException e) {
                // Left in place: the next poll tries again.
                log.warn("cannot upload {}: {}", file, e.toString());
            }
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
