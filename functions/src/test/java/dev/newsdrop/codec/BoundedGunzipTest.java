package dev.newsdrop.codec;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedGunzipTest {

    @Test
    void expandsWithinTheCap() throws Exception {
        byte[] page = "<p>a page</p>".repeat(1000).getBytes();
        byte[] gz = gzip(page);
        assertTrue(BoundedGunzip.hasGzipMagic(gz));
        assertFalse(BoundedGunzip.hasGzipMagic(page));
        assertArrayEquals(page, BoundedGunzip.gunzip(gz, page.length));
    }

    @Test
    void aBombIsRefused_beforeItIsExpanded() throws Exception {
        byte[] bomb = gzip(new byte[50_000_000]); // 50 MB of zeros, about 50 KB compressed
        assertThrows(BoundedGunzip.TooLarge.class, () -> BoundedGunzip.gunzip(bomb, 1_000_000));
    }

    @Test
    void aTruncatedStream_yieldsWhatItHolds_andNonGzipIsAnError() throws Exception {
        byte[] page = "<p>words</p>".repeat(20_000).getBytes();
        byte[] gz = gzip(page);
        byte[] cut = BoundedGunzip.gunzip(Arrays.copyOf(gz, gz.length / 2), page.length);
        assertTrue(cut.length > 0 && cut.length < page.length, cut.length + " bytes");
        assertThrows(IOException.class, () -> BoundedGunzip.gunzip("not gzip".getBytes(), 100));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
