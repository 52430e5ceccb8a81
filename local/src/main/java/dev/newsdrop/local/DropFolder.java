package dev.newsdrop.local;

import dev.newsdrop.codec.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * A folder whose files are uploaded as raw pages. Every entry ends in one of two places, with one
 * log line: {@code uploaded/} once its bytes are in the bucket, or {@code refused/} beside a
 * {@code NAME.reason} file saying why.
 *
 * <ol>
 *   <li>Names that say a writer is not done are left alone until renamed: {@code *.part},
 *       {@code *.tmp}, {@code *.crdownload}, and dot files (which are skipped with one log line).
 *       Writing {@code page.html.part} and renaming it to {@code page.html} is the safe way to drop.</li>
 *   <li>Anything but a regular file is refused without being opened: symbolic links (never
 *       followed), folders, FIFOs, sockets and devices; so are files with more than one hard link,
 *       whose other name may be anywhere on the disk (copy a file in instead of linking it).</li>
 *   <li>A file is read only after its size and modification time have not changed for
 *       {@link Timing#quietPeriod()}. It is opened without following links and checked to be the same
 *       regular file after opening ({@link RegularFiles}).</li>
 *   <li>After the upload the file is checked again (size, modification time, SHA-256): if it
 *       changed meanwhile, it waits for another quiet period and is uploaded again.</li>
 *   <li>A writer that paused longer than the quiet period goes on writing into the moved file: a
 *       file in {@code uploaded/} is watched for {@value #WATCH_AFTER_UPLOAD} quiet periods more, and
 *       uploaded again, under the same object name, once it is quiet after a change.</li>
 *   <li>An upload that fails is retried with exponential backoff, {@link Timing#maxAttempts()}
 *       times in all, then the file is refused with the last error as its reason.</li>
 * </ol>
 *
 * <p>The object's name is the file's name, unless that is longer than {@value DropNames#MAX_NAME_BYTES}
 * bytes in UTF-8: then it is cut and a hash of the whole name added ({@link DropNames#objectName}),
 * so a long name still uploads.
 */
final class DropFolder implements AutoCloseable {

    /**
     * How the folder paces itself.
     *
     * @param poll        how often the folder is listed
     * @param quietPeriod how long a file's size and modification time must stay the same before it is read
     * @param firstRetry  wait after the first failed upload; it doubles with each failure
     * @param maxAttempts uploads tried before a file is refused
     */
    record Timing(Duration poll, Duration quietPeriod, Duration firstRetry, int maxAttempts) {

        /** 300 ms polls, 3 s quiet (a writer may pause between chunks), retries 1 s doubling, 8 tries (about 2 min). */
        static Timing standard() {
            return new Timing(Duration.ofMillis(300), Duration.ofSeconds(3), Duration.ofSeconds(1), 8);
        }
    }

    /** The longest the retry wait grows. */
    private static final Duration MAX_RETRY_WAIT = Duration.ofMinutes(1);
    private static final String REASON_SUFFIX = ".reason";
    /** For how many quiet periods a file moved to {@code uploaded/} is still watched for a late writer. */
    static final int WATCH_AFTER_UPLOAD = 100;
    private static final Logger log = LoggerFactory.getLogger(DropFolder.class);

    private final Path folder;
    private final Path uploaded;
    private final Path refused;
    private final BiConsumer<String, byte[]> uploader;
    private final Timing timing;
    private final LongSupplier clock;
    private final Map<String, Watch> watches = new HashMap<>();
    /** Files moved to {@code uploaded/} that a late writer may still append to, by their name there. */
    private final Map<String, Moved> moved = new HashMap<>();
    /** Names already said to be skipped, so each is said once. */
    private final Set<String> skipped = new HashSet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "drop-folder");
        t.setDaemon(true);
        return t;
    });

    /** What is known of one file waiting in the folder. */
    private static final class Watch {
        long size = -1;
        long modified = -1;
        Object fileKey;
        long unchangedSince;
        int failures;
        long notBefore;
    }

    /** What is known of one file already uploaded and moved, while it is still watched. */
    private static final class Moved {
        long size;
        long modified;
        Object fileKey;
        /** When its size or modification time last changed after the move; -1 while it has not. */
        long changedAt = -1;
        long watchUntil;
        int failures;
    }

    /**
     * @param uploader told the object name and bytes of each dropped file; it stores them or throws
     */
    DropFolder(Path folder, Path uploaded, Path refused, BiConsumer<String, byte[]> uploader) {
        this(folder, uploaded, refused, uploader, Timing.standard(), System::currentTimeMillis);
    }

    DropFolder(Path folder, Path uploaded, Path refused, BiConsumer<String, byte[]> uploader, Timing timing,
               LongSupplier clock) {
        this.folder = folder;
        this.uploaded = uploaded;
        this.refused = refused;
        this.uploader = uploader;
        this.timing = timing;
        this.clock = clock;
        try {
            Files.createDirectories(folder);
            Files.createDirectories(uploaded);
            Files.createDirectories(refused);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the drop folder " + folder, e);
        }
    }

    void start() {
        poller.scheduleWithFixedDelay(this::pollSafely, 0, timing.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // The poller must outlive any one file's surprise.
            log.warn("drop folder: {}", e.toString());
        }
    }

    /** Looks at every entry once: what is ready is uploaded, what never will be is refused. */
    void poll() {
        Set<String> present = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                present.add(name);
                consider(entry, name);
            }
        } catch (IOException e) {
            log.warn("cannot list {}: {}", folder, e.getMessage());
            return;
        }
        watches.keySet().retainAll(present);
        skipped.retainAll(present);
        recheckUploaded();
    }

    /**
     * A writer that paused longer than the quiet period keeps its open file when the file is moved,
     * and finishes into {@code uploaded/}: such a file is uploaded again once quiet.
     */
    private void recheckUploaded() {
        long now = clock.getAsLong();
        for (var it = moved.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            String stored = entry.getKey();
            Moved m = entry.getValue();
            Path file = uploaded.resolve(stored);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException gone) {
                it.remove();
                continue;
            }
            if (!attributes.isRegularFile() || !Objects.equals(attributes.fileKey(), m.fileKey)) {
                it.remove(); // replaced by a later drop of the same name, which is watched itself
                continue;
            }
            long modified = attributes.lastModifiedTime().toMillis();
            if (attributes.size() != m.size || modified != m.modified) {
                m.size = attributes.size();
                m.modified = modified;
                m.changedAt = now;
                m.watchUntil = now + WATCH_AFTER_UPLOAD * timing.quietPeriod().toMillis();
                continue;
            }
            if (m.changedAt >= 0 && now - m.changedAt >= timing.quietPeriod().toMillis()) {
                try {
                    byte[] bytes = RegularFiles.read(file, m.fileKey);
                    if (bytes.length != m.size) {
                        continue; // still being written: looked at again on the next poll
                    }
                    uploader.accept(DropNames.objectName(stored), bytes);
                    m.changedAt = -1;
                    log.warn("drop folder: {} was written to after it was uploaded (its writer paused longer than "
                            + "{} ms); uploaded again ({} bytes)", stored, timing.quietPeriod().toMillis(), bytes.length);
                } catch (IOException | RuntimeException e) {
                    m.changedAt = now;
                    if (++m.failures >= timing.maxAttempts()) {
                        log.warn("drop folder: {} changed after it was uploaded, and uploading it again failed {} "
                                + "times ({}); the stored page is older than {}", stored, m.failures, e.getMessage(),
                                file);
                        it.remove();
                    }
                }
                continue;
            }
            if (m.changedAt < 0 && now > m.watchUntil) {
                it.remove();
            }
        }
    }

    private void consider(Path entry, String name) {
        if (name.startsWith(".")) {
            if (skipped.add(name)) {
                log.warn("drop folder: skipping {} (dot files are never uploaded; rename it to drop it)", name);
            }
            return;
        }
        if (DropNames.inProgress(name)) {
            if (skipped.add(name)) {
                log.info("drop folder: {} is still being written; it is uploaded once renamed", name);
            }
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return;
        } catch (IOException e) {
            log.warn("drop folder: cannot read the attributes of {}: {}", name, e.getMessage());
            return;
        }
        String notRegular = RegularFiles.whyNot(entry, attributes);
        if (notRegular != null) {
            refuse(entry, name, notRegular);
            return;
        }
        Watch watch = watches.computeIfAbsent(name, n -> new Watch());
        long now = clock.getAsLong();
        long modified = attributes.lastModifiedTime().toMillis();
        if (watch.size != attributes.size() || watch.modified != modified
                || !Objects.equals(watch.fileKey, attributes.fileKey())) {
            watch.size = attributes.size();
            watch.modified = modified;
            watch.fileKey = attributes.fileKey();
            watch.unchangedSince = now;
            return;
        }
        if (now - watch.unchangedSince < timing.quietPeriod().toMillis() || now < watch.notBefore) {
            return;
        }
        upload(entry, name, watch);
    }

    private void upload(Path entry, String name, Watch watch) {
        byte[] bytes;
        try {
            bytes = RegularFiles.read(entry, watch.fileKey);
        } catch (RegularFiles.NotRegularException e) {
            refuse(entry, name, e.getMessage());
            return;
        } catch (NoSuchFileException gone) {
            watches.remove(name);
            return;
        } catch (IOException e) {
            failed(entry, name, watch, "cannot read it: " + e.getMessage());
            return;
        }
        String hash = Sha256.hex(bytes);
        try {
            uploader.accept(DropNames.objectName(name), bytes);
        } catch (RuntimeException e) {
            failed(entry, name, watch, "the upload failed: " + e.getMessage());
            return;
        }
        // The writer may have gone on while the bytes were read or sent: then the next quiet
        // period's bytes are uploaded again, and only the file as it stands is moved.
        try {
            BasicFileAttributes after = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (after.size() != bytes.length || after.lastModifiedTime().toMillis() != watch.modified
                    || !Objects.equals(after.fileKey(), watch.fileKey)
                    || !hash.equals(Sha256.hex(RegularFiles.read(entry, watch.fileKey)))) {
                log.warn("drop folder: {} changed while it was uploaded; it is uploaded again once quiet", name);
                watch.size = -1;
                return;
            }
            Files.move(entry, uploaded.resolve(storedName(name)), StandardCopyOption.REPLACE_EXISTING);
            watches.remove(name);
            Moved m = new Moved();
            m.size = after.size();
            m.modified = watch.modified;
            m.fileKey = watch.fileKey;
            m.watchUntil = clock.getAsLong() + WATCH_AFTER_UPLOAD * timing.quietPeriod().toMillis();
            moved.put(storedName(name), m);
            log.info("drop folder: uploaded {} ({} bytes)", name, bytes.length);
        } catch (IOException e) {
            log.warn("drop folder: {} was uploaded but cannot be checked or moved: {}", name, e.getMessage());
            watch.size = -1;
        }
    }

    /** An upload or read failed: wait and try again, or refuse once the attempts are spent. */
    private void failed(Path entry, String name, Watch watch, String why) {
        watch.failures++;
        if (watch.failures >= timing.maxAttempts()) {
            refuse(entry, name, why + " (" + watch.failures + " attempts)");
            return;
        }
        long wait = Math.min(timing.firstRetry().toMillis() << Math.min(watch.failures - 1, 30),
                MAX_RETRY_WAIT.toMillis());
        watch.notBefore = clock.getAsLong() + wait;
        if (watch.failures == 1) {
            log.warn("drop folder: {}: {}; retrying up to {} times with growing waits", name, why,
                    timing.maxAttempts() - 1);
        }
    }

    /** Moves the entry (never its target) to {@code refused/}, with a file saying why. */
    private void refuse(Path entry, String name, String reason) {
        watches.remove(name);
        String stored = storedName(name);
        try {
            Files.move(entry, refused.resolve(stored), StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.writeString(refused.resolve(stored + REASON_SUFFIX), name + ": " + reason + "\n");
            log.warn("drop folder: refused {}: {} (moved to {})", name, reason, refused);
        } catch (IOException e) {
            log.warn("drop folder: refused {}: {}; and it cannot be moved aside: {}", name, reason, e.getMessage());
            skipped.add(name);
        }
    }

    /** The name a file keeps in {@code uploaded/} or {@code refused/}: short enough for a {@code .reason} beside it. */
    private static String storedName(String name) {
        return DropNames.objectName(name);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
