package dev.newsdrop.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file that another process reads while it is written (a drop folder's {@code .reason}, the
 * endpoints file, a queued message) is seen whole or not at all. Written in place, a reader
 * polling for it caught it empty: that is how a refusal's reason once read as "".
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aReaderPollingTheFile_neverSeesItEmptyOrHalfWritten() throws Exception {
        Path target = dir.resolve("doomed.html.reason");
        String first = "doomed.html: " + "S3 said no; ".repeat(4_000) + "\n";
        String second = "doomed.html: " + "gave up after 3 attempts; ".repeat(4_000) + "\n";
        Set<String> torn = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    String read = Files.readString(target);
                    if (!read.equals(first) && !read.equals(second)) {
                        torn.add(read.length() + " characters");
                    }
                } catch (NoSuchFileException notYet) {
                    // not written yet: the reader looks again, as a user's script would
                } catch (Exception e) {
                    torn.add("failed: " + e);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 400; i++) {
            AtomicFiles.writeString(target, i % 2 == 0 ? first : second);
        }
        writing.set(false);
        reader.join();

        assertEquals(Set.of(), torn, "reads that saw neither whole version");
        assertEquals(second, Files.readString(target));
    }

    @Test
    void noTemporaryFileIsLeftBeside_theTarget() throws Exception {
        AtomicFiles.writeString(dir.resolve("endpoints.json"), "{}");
        AtomicFiles.writeString(dir.resolve("endpoints.json"), "{\"s3\":1}");

        try (var files = Files.list(dir)) {
            assertEquals(List.of("endpoints.json"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals("{\"s3\":1}", Files.readString(dir.resolve("endpoints.json")));
    }

    @Test
    void aTargetInAMissingFolder_failsWithoutCreatingIt() {
        Path missing = dir.resolve("gone").resolve("x.json");
        assertThrows(IOException.class, () -> AtomicFiles.writeString(missing, "x"));
        assertTrue(Files.notExists(dir.resolve("gone")));
    }
}
