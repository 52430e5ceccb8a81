package dev.newsdrop.process;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordIdsTest {

    @Test
    void canonicalUrlVariants_giveTheSameId() {
        String id = RecordIds.forCanonicalUrl("https://example.com/news/a-story");
        assertEquals(id, RecordIds.forCanonicalUrl("HTTPS://Example.COM:443/news/a-story#comments"));
    }

    @Test
    void differentPaths_giveDifferentIds() {
        assertNotEquals(RecordIds.forCanonicalUrl("https://example.com/a"), RecordIds.forCanonicalUrl("https://example.com/b"));
    }

    @Test
    void objectId_isStableAndUrlSafe() {
        String id = RecordIds.forObject("bucket", "raw/بغداد وواشنطن.html");
        assertEquals(id, RecordIds.forObject("bucket", "raw/بغداد وواشنطن.html"));
        assertTrue(id.matches("[0-9a-f]{32}"), id);
    }

    @Test
    void objectAndUrlIds_neverCollideForTheSameText() {
        assertNotEquals(RecordIds.forObject("example.com", "a"), RecordIds.forCanonicalUrl("example.com/a"));
    }
}
