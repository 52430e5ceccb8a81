package dev.newsdrop.ports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsdrop.codec.Sha256;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and opens the opaque cursors of listings. A repository hands in its position (whatever
 * its storage needs to resume, as names and values); the cursor carries it with the listing it
 * belongs to, signed with HMAC-SHA256 under the deployment's key. Opening checks the signature
 * and the listing before anything is read, so a forged, altered or foreign cursor is refused and
 * never reaches the store. Clients see base64url text and nothing else.
 */
public final class ListingCursors {

    /** Longer cursors were not issued here: refused before any work. */
    public static final int MAX_LENGTH = 2048;
    private static final String ALGORITHM = "HmacSHA256";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    /** @param key the deployment's secret (at least 16 bytes) */
    public ListingCursors(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("a cursor key has at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** A cursor for resuming {@code listing} at {@code position}; null when there is no position. */
    public String issue(ArticleRepository.ListQuery listing, Map<String, String> position) {
        if (position == null || position.isEmpty()) {
            return null;
        }
        Map<String, Object> payload = new TreeMap<>();
        payload.put("l", scope(listing));
        payload.put("p", new TreeMap<>(position));
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body));
    }

    /**
     * The position a cursor carries, or null for none.
     *
     * @throws InvalidCursorException when it was not issued under this key for this listing, or was altered
     */
    public Map<String, String> open(ArticleRepository.ListQuery listing) {
        String cursor = listing.cursor();
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        int dot = cursor.indexOf('.');
        if (cursor.length() > MAX_LENGTH || dot < 0) {
            throw new InvalidCursorException("cursor is not one this API issued");
        }
        byte[] body;
        byte[] signature;
        try {
            body = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("cursor is not one this API issued");
        }
        if (!MessageDigest.isEqual(sign(body), signature)) {
            throw new InvalidCursorException("cursor is not one this API issued");
        }
        Payload payload;
        try {
            payload = JSON.readValue(body, new TypeReference<Payload>() { });
        } catch (java.io.IOException e) {
            throw new InvalidCursorException("cursor is not one this API issued");
        }
        if (payload == null || payload.p() == null || payload.p().isEmpty()
                || !Objects.equals(scope(listing), payload.l())) {
            throw new InvalidCursorException("cursor belongs to another listing");
        }
        return payload.p();
    }

    /** What a cursor holds: the listing it belongs to and the position in it. */
    private record Payload(String l, Map<String, String> p) {
    }

    /** The listing's identity: everything but the page size and the position. */
    private static String scope(ArticleRepository.ListQuery q) {
        return "site=" + Objects.toString(q.site(), "") + "&lang=" + Objects.toString(q.language(), "")
                + "&since=" + Objects.toString(q.since(), "") + "&until=" + Objects.toString(q.until(), "")
                + "&status=" + Objects.toString(q.status(), "") + "&title=" + (q.title() == null ? "" : URLEncoder.encode(q.title(), StandardCharsets.UTF_8))
                + (q.extractorVersion() == null ? "" : "&extractorVersion=" + q.extractorVersion());
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    /**
     * A key derived from text: for local runs and tests, where no secret is configured. Anyone who
     * knows the text can sign cursors, so deployments set a random key instead.
     */
    public static byte[] keyDerivedFrom(String text) {
        return Sha256.digest(("newsdrop-cursor:" + text).getBytes(StandardCharsets.UTF_8));
    }
}
