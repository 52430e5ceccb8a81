package dev.newsdrop.archive;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * One archived HTTP response, read with jwarc from the bytes of its WARC record (one gzip member
 * in a {@code .warc.gz}): the payload with {@code Transfer-Encoding: chunked} and
 * {@code Content-Encoding} gzip, deflate or br undone, read at most to a size limit, so a gzip bomb
 * inside a record is refused rather than expanded.
 *
 * @param targetUri   the record's {@code WARC-Target-URI}
 * @param status      the HTTP status
 * @param contentType the HTTP {@code Content-Type}, or null
 * @param payload     the decoded payload
 */
public record ArchivedResponse(String targetUri, int status, String contentType, byte[] payload) {

    /** Why an archived record could not be read as a page. */
    public static class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    /** The decoded payload is larger than the limit. */
    public static final class TooLarge extends Unreadable {
        public TooLarge(String message) {
            super(message);
        }
    }

    /**
     * Reads the response in a record's bytes.
     *
     * @param maxPayloadBytes the largest decoded payload accepted
     * @throws TooLarge   when the decoded payload is larger
     * @throws Unreadable when the bytes are not a WARC response record with an HTTP message, or
     *                    its content coding is unknown or broken
     */
    public static ArchivedResponse read(byte[] record, long maxPayloadBytes) throws Unreadable {
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(record))) {
            Optional<WarcRecord> first = reader.next();
            if (first.isEmpty()) {
                throw new Unreadable("no WARC record at this offset");
            }
            if (!(first.get() instanceof WarcResponse response)) {
                throw new Unreadable("the WARC record is a " + first.get().type() + ", not a response");
            }
            HttpResponse http = response.http();
            String contentType = http.headers().first("Content-Type").orElse(null);
            MessageBody body = http.bodyDecoded();
            byte[] payload;
            try (InputStream in = body.stream()) {
                payload = in.readNBytes((int) Math.min(maxPayloadBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (payload.length > maxPayloadBytes) {
                throw new TooLarge("the archived page expands beyond " + maxPayloadBytes + " bytes");
            }
            return new ArchivedResponse(response.target(), http.status(), contentType, payload);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("the archived record cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (LinkageError missingDecoder) {
            // jwarc decodes zstd with a library newsdrop does not ship
            throw new Unreadable("the archived page's content coding is not supported: " + missingDecoder.getMessage());
        }
    }
}
