package dev.newsdrop.process;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable record ids. A page that states its canonical URL gets the same id wherever it is uploaded
 * from; any other page gets an id from its bucket and key. Ids are 32 hex digits (128 bits of
 * SHA-256), safe in URLs and keys.
 */
public final class RecordIds {

    private static final int ID_BYTES = 16;

    private RecordIds() {
    }

    public static String forCanonicalUrl(String canonicalUrl) {
        return hash("url:" + normalizeUrl(canonicalUrl));
    }

    /** The id of a page known only by where it is stored: a bucket and key, or (bucket null) a file name. */
    public static String forObject(String bucket, String key) {
        return hash(bucket == null ? "file:" + key : "s3:" + bucket + "/" + key);
    }

    /** Case-folds scheme and host, drops the fragment and a default port, so trivial variants agree. */
    static String normalizeUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url.strip();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                    + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** SHA-256 of the bytes, in hex: the record's {@code contentHash}. */
    public static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
