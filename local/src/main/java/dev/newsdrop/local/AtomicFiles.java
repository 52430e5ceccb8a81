package dev.newsdrop.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writing a file that someone else may read at any moment: the text goes to a hidden temporary
 * file in the same folder, which is then renamed over the target. A reader sees the old file or the
 * whole new one, never an empty or half-written one, and a crash leaves at most a hidden
 * {@code .*.tmp} file behind.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}, replacing it in one rename. */
    public static void writeString(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path tmp = folder.resolve("." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
