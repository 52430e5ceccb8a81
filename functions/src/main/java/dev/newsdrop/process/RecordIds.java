package dev.newsdrop.process;

import dev.newsdrop.codec.Sha256;
import dev.newsdrop.model.CanonicalTrust;
import dev.newsdrop.model.RecordKeys;

import java.util.ArrayList;
import java.util.List;

/**
 * Stable record ids, 32 hex digits (128 bits of SHA-256), safe in URLs and keys. A page's id is the
 * first free one of its {@link #candidates}: its canonical URL when that is trusted
 * ({@link CanonicalTrust}), else its own address, else its bucket and key. URL ids are made from
 * the normalized URL ({@link RecordKeys#normalizeUrl}), so trivial variants agree; a canonical URL
 * and an address that normalize alike share one id.
 */
public final class RecordIds {

    private static final int ID_BYTES = 16;

    private RecordIds() {
    }

    /**
     * One id a page may have.
     *
     * @param id  the id
     * @param url the normalized URL it is made from, or null for an object's id
     */
    public record Candidate(String id, String url) {
    }

    /**
     * The ids a page may have, in order of preference: the trusted canonical URL's, the page's
     * address's (when it is an http(s) address), and last its object's, which no other object can
     * claim.
     *
     * @param canonicalUrl the URL the page declares as canonical, or null
     * @param address      the page's own address, or null when unknown
     */
    public static List<Candidate> candidates(String canonicalUrl, String address, String bucket, String key) {
        List<Candidate> candidates = new ArrayList<>(3);
        if (CanonicalTrust.check(canonicalUrl, address).trusted()) {
            String url = RecordKeys.normalizeUrl(canonicalUrl);
            candidates.add(new Candidate(forUrl(url), url));
        }
        if (CanonicalTrust.isWebAddress(address)) {
            String url = RecordKeys.normalizeUrl(address);
            if (candidates.isEmpty() || !candidates.getFirst().url().equals(url)) {
                candidates.add(new Candidate(forUrl(url), url));
            }
        }
        candidates.add(new Candidate(forObject(bucket, key), null));
        return candidates;
    }

    /** The id a URL gives a page (the canonical URL, or the address), after normalizing it. */
    public static String forCanonicalUrl(String canonicalUrl) {
        return forUrl(RecordKeys.normalizeUrl(canonicalUrl));
    }

    private static String forUrl(String normalizedUrl) {
        return hash("url:" + normalizedUrl);
    }

    /** The id of a page known only by where it is stored: a bucket and key, or (bucket null) a file name. */
    public static String forObject(String bucket, String key) {
        return hash(bucket == null ? "file:" + key : "s3:" + bucket + "/" + key);
    }

    private static String hash(String text) {
        return Sha256.hex(text).substring(0, 2 * ID_BYTES);
    }

    /** SHA-256 of the bytes, in hex: the record's {@code contentHash}. */
    public static String contentHash(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
