package dev.newsdrop.extract.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8BytesTest {

    /** Where the JDK's strict decoder stops at the first error: the definition the check must agree with. */
    private static int jdkFirstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        boolean error = decoder.decode(in, out, true).isError();
        return error || in.hasRemaining() ? in.position() : -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "41", "c3a9", "e282ac", "f09f9880", "d8a7d984",            // valid: ASCII, é, €, emoji, Arabic
        "c0af", "c1bf", "e080af", "f08282ac",                           // overlong forms
        "eda080", "edbfbf",                                             // surrogates
        "f4908080", "f5808080", "ff", "80", "bf41",                     // above U+10FFFF, bad leads, stray trail
        "e282", "f09f98", "c3", "4142434445464748e282",                 // cut off at the end
        "e241ac", "f09f4180", "c341"})                                   // a trail byte missing mid-sequence
    void agreesWithTheJdkDecoder_onEachForm(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertEquals(jdkFirstMalformed(bytes), Utf8Bytes.firstMalformed(bytes), hex);
    }

    @Test
    void agreesWithTheJdkDecoder_onRandomMixesOfAsciiRunsAndSequences() {
        Random random = new Random(20261129L);
        String[] pieces = {"abcdefgh", "<p>", " ", "é", "€", "😀", "ال", "日本", "\n"};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(40);
            for (int i = 0; i < parts; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && random.nextBoolean()) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // maybe break one byte
            }
            assertEquals(jdkFirstMalformed(bytes), Utf8Bytes.firstMalformed(bytes), HexFormat.of().formatHex(bytes));
        }
    }

    @Test
    void asciiCheck_seesAHighByteAnywhere() {
        byte[] bytes = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        assertTrue(Utf8Bytes.isAscii(bytes));
        for (int i = 0; i < bytes.length; i++) {
            byte[] copy = bytes.clone();
            copy[i] = (byte) 0xE9;
            assertFalse(Utf8Bytes.isAscii(copy), "high byte at " + i);
        }
    }
}
