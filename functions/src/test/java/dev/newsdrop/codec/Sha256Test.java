package dev.newsdrop.codec;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Sha256Test {

    @Test
    void hex_isTheKnownDigest_ofBytesAndOfText() {
        // The test vectors of FIPS 180-2 (and `printf abc | sha256sum`).
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
    }

    @Test
    void text_isHashedAsUtf8() {
        assertEquals(Sha256.hex("مقال".getBytes(StandardCharsets.UTF_8)), Sha256.hex("مقال"));
    }
}
