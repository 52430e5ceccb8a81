package dev.newsdrop.extract.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes against UTF-8 without decoding them: the page can then go to the parser as bytes,
 * decoded once, instead of being decoded into a string first and read again from it. Eight ASCII
 * bytes, most of any page, are checked at a time.
 */
final class Utf8Bytes {

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The high bit of each of eight bytes: set in none of them means eight ASCII characters. */
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Bytes() {
    }

    /**
     * The index of the first byte that starts a malformed or cut-off sequence, or -1 when all the
     * bytes are well-formed UTF-8: the definition the JDK's decoder reports errors by (no overlong
     * forms, no surrogates, nothing above U+10FFFF).
     */
    static int firstMalformed(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            if (i + Long.BYTES <= n && ((long) EIGHT_BYTES.get(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int lead = b[i] & 0xff;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int trailing;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                trailing = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                trailing = 2;
                if (lead == 0xE0) {
                    secondMin = 0xA0; // shorter forms are overlong
                } else if (lead == 0xED) {
                    secondMax = 0x9F; // above are surrogates
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                trailing = 3;
                if (lead == 0xF0) {
                    secondMin = 0x90;
                } else if (lead == 0xF4) {
                    secondMax = 0x8F; // above is beyond U+10FFFF
                }
            } else {
                return i;
            }
            if (i + trailing >= n) {
                return i;
            }
            int second = b[i + 1] & 0xff;
            if (second < secondMin || second > secondMax) {
                return i;
            }
            for (int k = 2; k <= trailing; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += trailing + 1;
        }
        return -1;
    }

    /** True when every byte is ASCII. */
    static boolean isAscii(byte[] b) {
        int i = 0;
        for (; i + Long.BYTES <= b.length; i += Long.BYTES) {
            if (((long) EIGHT_BYTES.get(b, i) & HIGH_BITS) != 0) {
                return false;
            }
        }
        for (; i < b.length; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
