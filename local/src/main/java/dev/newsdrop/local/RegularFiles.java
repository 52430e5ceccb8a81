package dev.newsdrop.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reading a dropped file safely: only a regular file with one name is read, never through a
 * symbolic link, and what was opened is checked to be the file that was looked at.
 */
final class RegularFiles {

    /** Opening a file that became a FIFO after it was checked would wait for a writer: give up then. */
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(5);

    private RegularFiles() {
    }

    /** Why the entry is no file to upload, or null when it is a regular file with one name. */
    static String whyNot(Path entry, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return "a symbolic link: links are never followed; copy the file itself into the drop folder";
        }
        if (attributes.isDirectory()) {
            return "a folder: only files directly in the drop folder are uploaded";
        }
        if (!attributes.isRegularFile()) {
            return "not a regular file (a FIFO, socket or device)";
        }
        int links = hardLinks(entry);
        if (links > 1) {
            return "a file with " + links + " hard links: its other names may be anywhere on the disk; "
                    + "copy the file into the drop folder instead of linking it";
        }
        return null;
    }

    private static int hardLinks(Path entry) {
        try {
            Object links = Files.getAttribute(entry, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return links instanceof Integer n ? n : 1;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1; // no unix attribute view: no hard links to tell
        }
    }

    /**
     * Reads the file without following a link, checking after opening that what was opened is the
     * regular file that was watched (not something swapped in since).
     */
    static byte[] read(Path entry, Object fileKey) throws IOException {
        CompletableFuture<SeekableByteChannel> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.newByteChannel(entry, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread opener = new Thread(runnable, "drop-folder-open");
            opener.setDaemon(true);
            opener.start();
        });
        SeekableByteChannel channel;
        try {
            channel = opening.get(OPEN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            opening.thenAccept(RegularFiles::closeQuietly);
            throw new NotRegularException("not a regular file (opening it waited for a writer, as a FIFO does)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                if (io.getCause() instanceof FileSystemException fs && fs.getReason() != null
                        && fs.getReason().contains("symbolic link")) {
                    throw new NotRegularException("a symbolic link: links are never followed");
                }
                throw io.getCause();
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        try (channel; InputStream in = Channels.newInputStream(channel)) {
            BasicFileAttributes opened = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!opened.isRegularFile() || !Objects.equals(opened.fileKey(), fileKey)) {
                throw new NotRegularException("replaced by something else while it was being opened");
            }
            return in.readAllBytes();
        }
    }

    private static void closeQuietly(SeekableByteChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }

    /** A dropped entry turned out not to be a regular file when opened. */
    static final class NotRegularException extends IOException {
        NotRegularException(String message) {
            super(message);
        }
    }


}
