package dev.newsdrop.api;

/**
 * How much of Lambda's 6 MB response limit an answer takes. The function returns its answer as a
 * JSON document in which the HTTP body is one JSON string, so every quote and backslash of the body
 * counts twice and a control character six times; an answer above the limit fails as a whole, with
 * a gateway error instead of the record. Large answers are therefore cut down before they are sent:
 * bodies left out of listings, an over-limit record's body served through a link.
 */
final class ResponseBudget {

    /** Lambda's limit on a synchronous response, all of it. */
    static final int LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;
    /** Room for the status, the headers and the envelope around the body. */
    static final int ENVELOPE_BYTES = 16 * 1024;
    /** What an answer's body may take, as {@link #bytesInResponse} counts it. */
    static final long BODY_BYTES = LAMBDA_RESPONSE_BYTES - ENVELOPE_BYTES;

    private ResponseBudget() {
    }

    /** The bytes {@code text} takes once written as a JSON string in the function's response. */
    static long bytesInResponse(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
                bytes += 2;
            } else if (c < 0x20) {
                bytes += 6; // a six-character escape
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++; // the pair is one 4-byte character
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Whether an answer with this body fits in a Lambda response. */
    static boolean fits(String body) {
        return bytesInResponse(body) <= BODY_BYTES;
    }
}
