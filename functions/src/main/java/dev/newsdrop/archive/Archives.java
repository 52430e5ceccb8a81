package dev.newsdrop.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Recognises a web archive among uploads: by its name ({@code .warc}, {@code .warc.gz}) or by its
 * first bytes (a WARC record's first line, possibly inside a gzip member).
 */
public final class Archives {

    /** Bytes enough to see a WARC record's first line, compressed or not. */
    public static final int HEAD_BYTES = 512;
    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final String[] EXTENSIONS = {".warc", ".warc.gz"};

    private Archives() {
    }

    /** Whether the key names a web archive. */
    public static boolean isArchiveKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /** Whether these first bytes of an object start a WARC record, plain or gzip-compressed. */
    public static boolean startsLikeWarc(byte[] head) {
        if (head == null) {
            return false;
        }
        if (startsWithMagic(head)) {
            return true;
        }
        if (head.length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
            return false;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return startsWithMagic(in.readNBytes(WARC_MAGIC.length));
        } catch (IOException notGzip) {
            return false; // a truncated head throws too, but only after giving what it had
        }
    }

    private static boolean startsWithMagic(byte[] bytes) {
        return bytes.length >= WARC_MAGIC.length
                && Arrays.equals(bytes, 0, WARC_MAGIC.length, WARC_MAGIC, 0, WARC_MAGIC.length);
    }
}
