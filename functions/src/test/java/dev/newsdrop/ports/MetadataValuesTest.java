package dev.newsdrop.ports;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataValuesTest {

    @Test
    void asciiValue_isStoredAsIs() {
        assertEquals("https://example.com/a?b=1", MetadataValues.encode("https://example.com/a?b=1"));
    }

    @Test
    void arabicValue_isEncodedAsPrintableAsciiAndDecodesBack() {
        String url = "https://lepoint24.example/بغداد-وواشنطن/";
        String encoded = MetadataValues.encode(url);

        assertTrue(encoded.chars().allMatch(c -> c >= 0x20 && c < 0x7f), encoded);
        assertEquals(url, MetadataValues.decode(encoded));
    }

    @Test
    void valueThatLooksEncoded_isEncodedToo() {
        String tricky = "=?UTF-8?B?not-ours?=";
        assertEquals(tricky, MetadataValues.decode(MetadataValues.encode(tricky)));
    }

    @Test
    void size_countsNamesAndEncodedValuesAsS3Does() {
        assertEquals(3 + 20, MetadataValues.size(Map.of("url", "https://a.example/xy")));
        String arabic = "https://a.example/" + "ب".repeat(10); // 18 + 20 UTF-8 bytes, base64 in an encoded word
        assertEquals(3 + "=?UTF-8?B?".length() + 52 + "?=".length(), MetadataValues.size(Map.of("url", arabic)));
    }

    @Test
    void addressNearTheLimit_fitsUpTo2KbAndNotBeyond() {
        String base = "https://a.example/";
        String longest = base + "x".repeat(MetadataValues.MAX_TOTAL_BYTES - 3 - base.length());

        assertTrue(MetadataValues.fits(Map.of("url", longest)));
        assertFalse(MetadataValues.fits(Map.of("url", longest + "x")));
        // Non-ASCII takes more room encoded: 1,000 Arabic letters are far shorter than 2,048 characters yet do not fit.
        assertFalse(MetadataValues.fits(Map.of("url", base + "ب".repeat(1000))));
    }
}
