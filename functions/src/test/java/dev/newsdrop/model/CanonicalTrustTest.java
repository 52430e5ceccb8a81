package dev.newsdrop.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanonicalTrustTest {

    private static boolean trusted(String canonical, String address) {
        return CanonicalTrust.check(canonical, address).trusted();
    }

    @Test
    void articleCanonical_onTheSameSite_isTrusted() {
        assertTrue(trusted("https://www.site.example/news/story-1", "https://site.example/news/story-1?utm=x"));
        assertTrue(trusted("https://www.bbc.co.uk/news/1", "https://news.bbc.co.uk/amp/1"));
        assertTrue(trusted("https://site.example/news/story-1", null), "unknown address: first-come, see the class");
    }

    @Test
    void siteRoot_isNeverTrusted_inAnySpelling() {
        for (String root : new String[] {"https://site.example/", "https://site.example", "HTTPS://SITE.EXAMPLE:443/",
                "http://site.example/#top", "https://site.example/?"}) {
            assertFalse(trusted(root, "https://site.example/news/story-1"), root);
            assertFalse(trusted(root, null), root);
        }
        assertTrue(trusted("https://site.example/?p=123", "https://site.example/?p=123"), "a root with a query names one page");
    }

    @Test
    void anotherRegistrableDomain_isNotTrusted() {
        assertFalse(trusted("https://other.example/news/story-1", "https://site.example/news/story-1"));
        assertFalse(trusted("https://evil.co.uk/news/1", "https://www.bbc.co.uk/news/1"));
        assertFalse(trusted("https://bob.github.io/post", "https://alice.github.io/post"), "private suffixes count");
        assertFalse(trusted("https://10.0.0.1/a", "https://10.0.0.2/a"));
    }

    @Test
    void nonWebCanonical_isNotTrusted() {
        for (String bad : new String[] {"javascript:alert(1)", "ftp://site.example/a", "/news/story-1", "news/story",
                "data:text/html,x", "https:///nohost", "", "   "}) {
            assertFalse(trusted(bad, "https://site.example/news/story-1"), bad);
            assertFalse(trusted(bad, null), bad);
        }
        assertFalse(trusted(null, null));
    }

    @Test
    void registrableDomain_followsThePublicSuffixList() {
        assertEquals("bbc.co.uk", CanonicalTrust.registrableDomain("news.bbc.co.uk"));
        assertEquals("site.example", CanonicalTrust.registrableDomain("www.site.example"));
        assertEquals("alice.github.io", CanonicalTrust.registrableDomain("alice.github.io"));
        assertEquals("localhost", CanonicalTrust.registrableDomain("localhost"));
    }

    @Test
    void recordSite_comesFromTheTrustedCanonical_elseTheAddress() {
        ArticleRecord rootCanonical = record("https://blog.example/2024/a", "https://blog.example/");
        assertEquals("blog.example", RecordKeys.site(rootCanonical));
        ArticleRecord foreign = record("https://copy.example/a", "https://original.example/a");
        assertEquals("copy.example", RecordKeys.site(foreign), "a foreign canonical does not list a copy under the original");
        ArticleRecord amp = record("https://amp.news.example/a", "https://www.news.example/a");
        assertEquals("news.example", RecordKeys.site(amp));
    }

    private static ArticleRecord record(String url, String canonical) {
        return new ArticleRecord("x", url, canonical, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, 0, 0, ArticleStatus.EXTRACTED, null,
                new SourceObject("b", "k", null, null, 0, null, null, null), "h", "v", java.time.Instant.EPOCH);
    }
}
