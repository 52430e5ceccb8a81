package dev.newsdrop.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
