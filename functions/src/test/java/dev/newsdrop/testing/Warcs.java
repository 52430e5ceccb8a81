package dev.newsdrop.testing;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Web archives written for tests with jwarc's writer, one record at a time (each its own gzip
 * member when compressed), so a test can damage any record: corrupt its gzip member, make its
 * Content-Length lie, or cut the archive short. HTTP responses are composed here as bytes, so
 * chunked and gzip-encoded bodies are exactly what a crawler would have kept.
 */
public final class Warcs {

    public static final Instant DATE = Instant.parse("2026-11-30T08:00:00Z");

    private final boolean gzip;
    private final List<byte[]> records = new ArrayList<>();

    private Warcs(boolean gzip) {
        this.gzip = gzip;
    }

    /** A {@code .warc.gz}: one gzip member per record. */
    public static Warcs gzipped() {
        return new Warcs(true);
    }

    /** A plain {@code .warc}. */
    public static Warcs plain() {
        return new Warcs(false);
    }

    /** An HTML response with HTTP 200. */
    public Warcs page(String url, byte[] html) {
        return response(url, DATE, http(200, "text/html; charset=utf-8", Map.of(), html));
    }

    /** An HTML response with HTTP 200 captured at {@code date}. */
    public Warcs page(String url, Instant date, byte[] html) {
        return response(url, date, http(200, "text/html; charset=utf-8", Map.of(), html));
    }

    /** A request record, as a crawler writes before each response. */
    public Warcs request(String url) {
        return add(build(() -> new WarcRequest.Builder(URI.create(url)).date(DATE)
                .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host",
                        URI.create(url).getHost()).build()).build()));
    }

    /** A revisit record (the payload was the same as an earlier capture's). */
    public Warcs revisit(String url) {
        return add(build(() -> new WarcRevisit.Builder(URI.create(url)).date(DATE)
                .body(MediaType.HTTP_RESPONSE, http(200, "text/html", Map.of(), new byte[0])).build()));
    }

    /** A metadata record about a capture. */
    public Warcs metadata(String url) {
        return add(build(() -> new WarcMetadata.Builder().targetURI(url).date(DATE)
                .body(MediaType.parse("application/warc-fields"), "outlinks: 3\r\n".getBytes(StandardCharsets.UTF_8))
                .build()));
    }

    /** A response record holding these HTTP response bytes as they were received. */
    public Warcs response(String url, Instant date, byte[] httpMessage) {
        return add(build(() -> new WarcResponse.Builder(URI.create(url)).date(date)
                .body(MediaType.HTTP_RESPONSE, httpMessage).build()));
    }

    /** Adds a record's stored bytes as they are (one gzip member in a compressed archive). */
    public Warcs raw(byte[] storedRecord) {
        records.add(storedRecord);
        return this;
    }

    /** The archive's bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** How many records so far. */
    public int size() {
        return records.size();
    }

    /** The stored bytes of record {@code index}. */
    public byte[] record(int index) {
        return records.get(index);
    }

    /** Replaces record {@code index}'s stored bytes: for damaging one record. */
    public Warcs replace(int index, byte[] storedRecord) {
        records.set(index, storedRecord);
        return this;
    }

    /** A gzip member whose deflate data is overwritten in the middle: it cannot be inflated. */
    public static byte[] corruptGzipMember(byte[] member) {
        byte[] broken = member.clone();
        Arrays.fill(broken, 12, Math.max(13, broken.length - 12), (byte) 0xff);
        return broken;
    }

    /** An HTTP response as a server sends it: status line, headers, blank line, body. */
    public static byte[] http(int status, String contentType, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Status")
                .append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!headers.containsKey("Transfer-Encoding")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** The body in chunked transfer coding, in chunks of {@code size} bytes. */
    public static byte[] chunked(byte[] body, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += size) {
            int n = Math.min(size, body.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /**
     * The bytes as a Brotli stream of one uncompressed meta-block (RFC 7932 §9.2): valid Brotli any
     * decoder reads, written without an encoder (at most 65,536 bytes).
     */
    public static byte[] brotliStored(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > 65_536) {
            throw new IllegalArgumentException("one stored meta-block holds 1 to 65,536 bytes");
        }
        // bit 0: WBITS=16; bit 1: ISLAST=0; bits 2-3: four nibbles of length; bits 4-19: MLEN-1; bit 20: uncompressed
        int header = ((bytes.length - 1) << 4) | (1 << 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header & 0xff);
        out.write((header >> 8) & 0xff);
        out.write((header >> 16) & 0xff);
        out.writeBytes(bytes);
        out.write(0x03); // ISLAST=1, ISLASTEMPTY=1
        return out.toByteArray();
    }

    /** The bytes gzip-compressed. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface RecordSupplier {
        WarcRecord get() throws IOException;
    }

    private Warcs add(byte[] stored) {
        records.add(stored);
        return this;
    }

    private byte[] build(RecordSupplier record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WarcWriter writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
            writer.write(record.get());
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
