package dev.newsdrop.codec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a {@code Content-Type} header says beyond the media type. */
public final class ContentTypes {

    /** A charset parameter: a label of letters, digits and {@code ._:-}, quoted or not (RFC 9110). */
    private static final Pattern CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);

    private ContentTypes() {
    }

    /** The charset a {@code Content-Type} names, as written, or null when it names none. */
    public static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }
}
