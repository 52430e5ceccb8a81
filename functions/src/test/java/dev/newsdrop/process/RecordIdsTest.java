package dev.newsdrop.process;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Ids are stored and linked to: they must never change between versions. The expected values are
 * the first 32 hex digits of SHA-256 over the text shown, computed outside Java
 * ({@code printf '%s' 'url:https://example.com/news/a-story' | sha256sum}).
 */
class RecordIdsTest {

    @Test
    void canonicalUrlId_isPinned_andItsVariantsAgree() {
        String pinned = "efe2cfb63eae4b87493ed81c7a70ccb6"; // url:https://example.com/news/a-story
        assertEquals(pinned, RecordIds.forCanonicalUrl("https://example.com/news/a-story"));
        assertEquals(pinned, RecordIds.forCanonicalUrl("HTTPS://Example.COM:443/news/a-story#comments"));
        assertEquals(pinned, RecordIds.forCanonicalUrl("  https://example.com/news/a-story  "));
    }

    @Test
    void seedId_isPinned() {
        assertEquals("59f7f6ce12d26eb3cf62df768e4a4117",
                RecordIds.forCanonicalUrl("https://lepoint24.example/2024/03/27/baghdad-washington/"));
    }

    @Test
    void objectAndFileIds_arePinned() {
        assertEquals("c8e57db635a390cd6f3466b6195e3635", RecordIds.forObject("bucket", "raw/بغداد وواشنطن.html"));
        assertEquals("75a1da70b21c09361e772a8d870c261e", RecordIds.forObject(null, "story.html"));
    }

    @Test
    void differentPaths_queries_orPorts_giveDifferentIds() {
        String a = RecordIds.forCanonicalUrl("https://example.com/a");
        assertNotEquals(a, RecordIds.forCanonicalUrl("https://example.com/b"));
        assertNotEquals(a, RecordIds.forCanonicalUrl("https://example.com/a?page=2"));
        assertNotEquals(a, RecordIds.forCanonicalUrl("https://example.com:8443/a"));
        assertNotEquals(a, RecordIds.forCanonicalUrl("http://example.com/a"));
    }

    @Test
    void objectAndUrlIds_neverCollideForTheSameText() {
        assertNotEquals(RecordIds.forObject("example.com", "a"), RecordIds.forCanonicalUrl("example.com/a"));
    }

    @Test
    void candidates_trustedCanonicalFirst_thenAddress_thenObject() {
        List<RecordIds.Candidate> all = RecordIds.candidates("https://site.example/news/story-1?x",
                "https://site.example/news/story-1", "b", "k");
        assertEquals(List.of(RecordIds.forCanonicalUrl("https://site.example/news/story-1?x"),
                "75720507e672112e895d3a89a52c7db1", RecordIds.forObject("b", "k")),
                all.stream().map(RecordIds.Candidate::id).toList());
    }

    @Test
    void candidates_untrustedCanonical_isLeftOut() {
        assertEquals(List.of("75720507e672112e895d3a89a52c7db1", RecordIds.forObject("b", "k")),
                RecordIds.candidates("https://site.example/", "https://site.example/news/story-1", "b", "k")
                        .stream().map(RecordIds.Candidate::id).toList());
        assertEquals(List.of(RecordIds.forObject("b", "k")),
                RecordIds.candidates("javascript:alert(1)", null, "b", "k").stream().map(RecordIds.Candidate::id).toList());
    }

    @Test
    void candidates_canonicalEqualToTheAddress_appearsOnce() {
        assertEquals(2, RecordIds.candidates("https://Site.example:443/news/story-1#top",
                "https://site.example/news/story-1", "b", "k").size());
    }
}
