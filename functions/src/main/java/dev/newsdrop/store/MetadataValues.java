package dev.newsdrop.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Encodes S3 user-metadata values so that real S3 accepts them: S3 rejects raw non-ASCII in
 * metadata headers, so such values are stored as an RFC 2047 encoded word
 * ({@code =?UTF-8?B?...?=}), the form S3 itself uses when it returns non-ASCII metadata.
 */
public final class MetadataValues {

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
