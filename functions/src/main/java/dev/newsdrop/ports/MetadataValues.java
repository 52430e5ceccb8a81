package dev.newsdrop.ports;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Encodes S3 user-metadata values so that real S3 accepts them: S3 rejects raw non-ASCII in
 * metadata headers, so such values are stored as an RFC 2047 encoded word
 * ({@code =?UTF-8?B?...?=}), the form S3 itself uses when it returns non-ASCII metadata.
 *
 * <p>S3 also refuses a PUT whose user metadata, names and values counted in UTF-8, is above
 * {@value #MAX_TOTAL_BYTES} bytes; {@link #size} counts it as S3 will see it, so a writer can refuse
 * an over-long address with a clear reason instead of an S3 error.
 */
public final class MetadataValues {

    /** S3's limit on one object's user metadata: the UTF-8 bytes of every name and value, summed. */
    public static final int MAX_TOTAL_BYTES = 2048;

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=", Pattern.CASE_INSENSITIVE);

    private MetadataValues() {
    }

    /** The value as is when it is printable ASCII, else as an encoded word. */
    public static String encode(String value) {
        if (value == null) {
            return null;
        }
        boolean printableAscii = value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        if (printableAscii && !value.startsWith("=?")) {
            return value;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /**
     * The size S3 counts for this metadata once its values are encoded: the UTF-8 bytes of each
     * name and encoded value. Null values are not stored and count nothing.
     */
    public static int size(Map<String, String> metadata) {
        int size = 0;
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (entry.getValue() != null) {
                size += entry.getKey().getBytes(StandardCharsets.UTF_8).length
                        + encode(entry.getValue()).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return size;
    }

    /** Whether S3 accepts this metadata ({@link #size} at most {@value #MAX_TOTAL_BYTES}). */
    public static boolean fits(Map<String, String> metadata) {
        return size(metadata) <= MAX_TOTAL_BYTES;
    }

    /** The original value of one that {@link #encode} produced, or the value itself. */
    public static String decode(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ENCODED_WORD.matcher(value.strip());
        if (!m.matches()) {
            return value;
        }
        try {
            return new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return value;
        }
    }
}
