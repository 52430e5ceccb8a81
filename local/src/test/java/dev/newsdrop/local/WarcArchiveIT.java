package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.process.RecordIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Web archives through the local stack (s3proxy, dynalite, the local queues): a WARC of 520 pages
 * of every kind, split in interrupted parts, with a poisoned record, makes exactly the expected
 * records; a WARC copied into the drop folder goes end to end.
 */
class WarcArchiveIT {

    /** Generous for a loaded shared machine: the test ends as soon as the archive is done. */
    private static final Duration WITHIN = Duration.ofSeconds(300);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant DATE = Instant.parse("2026-11-30T08:00:00Z");
    private static final int PAGES = 520;

    @TempDir
    Path data;
    private LocalPipeline pipeline;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void warcOf520PagesSplitInParts_makesExactlyTheExpectedRecords() throws Exception {
        pipeline = LocalPipeline.start(LocalPipeline.Options.basic(FreePort.findRun(3), data, null,
                ProcessingObserver.NONE));
        pipeline.splitRecordsPerInvocation(97); // every split part stops early: continuations carry the rest
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            String url = url(i);
            records.add(record(new WarcRequest.Builder(URI.create(url)).date(DATE)
                    .body(new HttpRequest.Builder("GET", "/story/" + i).build()).build()));
            records.add(record(response(url, DATE, i)));
            switch (i % 20) {
                case 0 -> records.add(record(new WarcRevisit.Builder(URI.create(url)).date(DATE)
                        .body(MediaType.HTTP_RESPONSE, http(200, "text/html", "", new byte[0])).build()));
                case 1 -> records.add(record(new WarcMetadata.Builder().targetURI(url).date(DATE)
                        .body(MediaType.parse("application/warc-fields"), "a: b\r\n".getBytes(StandardCharsets.UTF_8))
                        .build()));
                case 2 -> records.add(record(new WarcResponse.Builder(URI.create(url + ".png")).date(DATE)
                        .body(MediaType.HTTP_RESPONSE, http(200, "image/png", "", new byte[]{1, 2, 3})).build()));
                case 3 -> records.add(record(new WarcResponse.Builder(URI.create(url + "/missing")).date(DATE)
                        .body(MediaType.HTTP_RESPONSE, http(404, "text/html", "", "<p>gone</p>".getBytes(
                                StandardCharsets.UTF_8))).build()));
                case 4 -> records.add(record(new WarcResponse.Builder(URI.create(url + "/old")).date(DATE)
                        .body(MediaType.HTTP_RESPONSE, http(301, "text/html", "Location: " + url + "\r\n",
                                new byte[0])).build()));
                default -> { }
            }
        }
        // A duplicate URL, captured later: its record replaces the first capture's.
        records.add(record(new WarcResponse.Builder(URI.create(url(7))).date(DATE.plusSeconds(3600))
                .body(MediaType.HTTP_RESPONSE, http(200, "text/html; charset=utf-8", "",
                        page("Story 7, updated", StandardCharsets.UTF_8))).build()));
        // A poisoned record: its gzip member is corrupt; the pages around it still make records.
        byte[] poison = record(response("https://site.example/poison", DATE, 9999));
        Arrays.fill(poison, 12, poison.length - 12, (byte) 0xff);
        records.add(300, poison);
        // A truncated last record.
        byte[] last = record(response("https://site.example/cut", DATE, 10_000));
        records.add(Arrays.copyOf(last, last.length / 2));
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        records.forEach(archive::writeBytes);

        pipeline.upload("raw/crawls/news.warc.gz", archive.toByteArray());

        String line = awaitArchiveLine("raw/crawls/news.warc.gz");
        assertTrue(line.contains((PAGES + 1) + " pages found"), line);
        assertTrue(line.contains("2 damaged"), line);
        assertTrue(line.contains((PAGES + 1) + " processed"), line);
        for (int i = 0; i < PAGES; i++) {
            HttpResponse<String> response = get("/articles/" + RecordIds.forCanonicalUrl(url(i)));
            assertEquals(200, response.statusCode(), "record of " + url(i));
            JsonNode record = JSON.readTree(response.body());
            assertEquals(url(i), record.get("url").asText());
            assertEquals("raw/crawls/news.warc.gz", record.path("source").path("key").asText());
            assertTrue(record.path("source").path("offset").asLong() > 0 || i == 0);
            String expected = i == 7 ? "Story 7, updated" : "Story " + i;
            assertEquals(expected, record.get("title").asText(), url(i));
            assertEquals("EXTRACTED", record.get("status").asText(), url(i));
        }
        assertEquals(404, get("/articles/" + RecordIds.forCanonicalUrl("https://site.example/poison")).statusCode());
        assertEquals(0, pipeline.deadLetters());
        HttpResponse<String> raw = get("/articles/" + RecordIds.forCanonicalUrl(url(3)) + "/raw");
        assertEquals(200, raw.statusCode());
        assertTrue(raw.body().contains("Story 3") && raw.body().contains("عاجل"), "windows-1256 payload served as UTF-8");
    }

    @Test
    void warcCopiedIntoTheDropFolder_goesEndToEnd() throws Exception {
        // The quick drop folder (1.5 s quiet period): its timing is DropFolderTest's, the archive's path is this test's.
        pipeline = LocalPipeline.start(LocalPipeline.Options.basic(FreePort.findRun(3), data, null,
                ProcessingObserver.NONE).withPacing(LocalPipeline.Pacing.QUICK));
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        for (int i = 0; i < 5; i++) {
            archive.writeBytes(record(response(url(i), DATE, i)));
        }
        Path part = pipeline.dropDir().resolve("crawl.warc.gz.part");
        Files.write(part, archive.toByteArray());
        Files.move(part, pipeline.dropDir().resolve("crawl.warc.gz"));

        String line = awaitArchiveLine("raw/drop/crawl.warc.gz");

        assertTrue(line.contains("5 pages found") && line.contains("5 processed"), line);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, get("/articles/" + RecordIds.forCanonicalUrl(url(i))).statusCode());
        }
    }

    private static String url(int i) {
        return "https://site.example/story/" + i;
    }

    /** Page i, in the coding its number picks: chunked, gzip-encoded, windows-1256 declared only in HTTP, or plain. */
    private static WarcResponse response(String url, Instant date, int i) throws IOException {
        return switch (i % 4) {
            case 1 -> new WarcResponse.Builder(URI.create(url)).date(date).body(MediaType.HTTP_RESPONSE,
                    http(200, "text/html; charset=utf-8", "Transfer-Encoding: chunked\r\n",
                            chunked(page("Story " + i, StandardCharsets.UTF_8)))).build();
            case 2 -> new WarcResponse.Builder(URI.create(url)).date(date).body(MediaType.HTTP_RESPONSE,
                    http(200, "text/html; charset=utf-8", "Content-Encoding: gzip\r\n",
                            gzip(page("Story " + i, StandardCharsets.UTF_8)))).build();
            case 3 -> new WarcResponse.Builder(URI.create(url)).date(date).body(MediaType.HTTP_RESPONSE,
                    http(200, "text/html; charset=windows-1256", "",
                            page("Story " + i, Charset.forName("windows-1256")))).build();
            default -> new WarcResponse.Builder(URI.create(url)).date(date).body(MediaType.HTTP_RESPONSE,
                    http(200, "text/html; charset=utf-8", "", page("Story " + i, StandardCharsets.UTF_8))).build();
        };
    }

    /** An article page without a charset declaration (the HTTP header declares it). */
    private static byte[] page(String title, Charset charset) {
        String paragraph = "<p>The council approved the new budget on Tuesday after a long debate about schools, "
                + "roads and the harbour. عاجل: the mayor said the vote showed the city could still agree.</p>";
        return ("<!doctype html><html lang=\"en\"><head><title>" + title + "</title><meta property=\"og:title\" content=\""
                + title + "\"></head><body><article><h1>" + title + "</h1>" + paragraph.repeat(6)
                + "</article></body></html>").getBytes(charset);
    }

    private static byte[] http(int status, String contentType, String headers, byte[] body) {
        boolean chunked = headers.contains("Transfer-Encoding");
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\n" + headers
                + (chunked ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += 200) {
            int n = Math.min(200, body.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** One record as its own gzip member. */
    private static byte[] record(WarcRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            writer.write(record);
        }
        return out.toByteArray();
    }

    private String awaitArchiveLine(String key) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : pipeline.archiveLines()) {
                if (line.contains(key)) {
                    return line;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no archive line for " + key + " within " + WITHIN + "; pending "
                + pipeline.pendingMessages() + ", dead letters " + pipeline.deadLetters());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(URI.create(pipeline.apiUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
