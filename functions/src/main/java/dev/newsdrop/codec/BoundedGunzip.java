package dev.newsdrop.codec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/** Decompresses gzip data without ever holding more than a fixed number of expanded bytes. */
public final class BoundedGunzip {

    /** Thrown when the expanded data would exceed the cap: a gzip bomb or an absurd page. */
    public static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message);
        }
    }

    private BoundedGunzip() {
    }

    public static boolean hasGzipMagic(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * The expanded bytes. A truncated stream yields what could be expanded (a cut-off page is
     * still worth extracting); data that is not gzip at all raises IOException.
     */
    public static byte[] gunzip(byte[] compressed, long maxExpanded) throws IOException, TooLarge {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(compressed.length * 4, 1 << 20));
        byte[] buffer = new byte[64 * 1024];
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 64 * 1024)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if ((long) out.size() + n > maxExpanded) {
                    throw new TooLarge("gzip expands beyond " + (maxExpanded >> 20) + " MB");
                }
                out.write(buffer, 0, n);
            }
        } catch (EOFException truncated) {
            if (out.size() == 0) {
                throw truncated;
            }
        }
        return out.toByteArray();
    }
}
