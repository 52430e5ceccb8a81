package dev.newsdrop.local;

import dev.newsdrop.codec.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The drop folder's names: which say a writer is not done, and the object name a file gets. */
final class DropNames {

    /** Suffixes of files still being written by a download or copy tool: wait for their rename. */
    static final List<String> IN_PROGRESS_SUFFIXES = List.of(".part", ".tmp", ".crdownload");
    /**
     * The longest object name kept as is, in UTF-8 bytes: the S3 emulator stores objects under their
     * name plus a temporary suffix, and file systems allow 255 bytes a name.
     */
    static final int MAX_NAME_BYTES = 160;

    private DropNames() {
    }

    /** Whether the name says a writer is not done with the file (it waits for a rename). */
    static boolean inProgress(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return IN_PROGRESS_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /**
     * The object name for a dropped file's name: the name itself when it fits in
     * {@value #MAX_NAME_BYTES} UTF-8 bytes, else its start, a hash of the whole name, and its extension.
     */
    static String objectName(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String hash = Sha256.hex(name.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        int budget = MAX_NAME_BYTES - hash.length() - 1 - extension.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder start = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length() - extension.length(); ) {
            int codePoint = name.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + width > budget) {
                break;
            }
            start.appendCodePoint(codePoint);
            bytes += width;
            i += Character.charCount(codePoint);
        }
        return start + "-" + hash + extension;
    }

}
