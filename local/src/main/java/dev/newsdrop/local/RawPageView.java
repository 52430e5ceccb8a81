package dev.newsdrop.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.codec.BoundedGunzip;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code GET /articles/{id}/raw/sandboxed}: the raw page of a record, for the console to show in a
 * frame. The API function's {@code GET /articles/{id}/raw} names a short-lived link into the S3
 * emulator; the page is read from there (from the emulator only) and answered under a policy that
 * makes it a sandbox of an opaque origin where no script runs, no form is sent, the top page is
 * never navigated, and nothing loads but images of this origin and {@code data:} URIs.
 */
final class RawPageView {

    /** The raw page's policy: a sandbox with no flags, nothing fetched from anywhere but this origin's images. */
    static final String POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
            + "form-action 'none'; base-uri 'none'; frame-ancestors 'self'";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHARSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+-]{0,39}");

    private final URI s3;
    private final long maxBytes;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * @param s3       the S3 emulator's endpoint: the only place pages are read from
     * @param maxBytes the largest page served, compressed or expanded (the processing function's own limit)
     */
    RawPageView(URI s3, long maxBytes) {
        this.s3 = s3;
        this.maxBytes = maxBytes;
    }

    GatewayAnswer answer(String id, Function<GatewayRequest, GatewayAnswer> api) {
        GatewayAnswer link = api.apply(new GatewayRequest("GET", "/articles/" + id + "/raw", null, "HTTP/1.1",
                "127.0.0.1", List.of(), new byte[0]));
        if (link.status() != 302) {
            return link; // the API's own problem: a malformed id, no such record
        }
        URI location = URI.create(header(link, "Location"));
        if (!sameOrigin(location, s3)) {
            return GatewayProblem.badFunctionResponse("the raw page's link does not lead to the local S3 emulator")
                    .answer();
        }
        byte[] page;
        String contentType;
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(location).timeout(TIMEOUT).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    return GatewayProblem.badFunctionResponse("the S3 emulator answered " + response.statusCode()
                            + " for the raw page").answer();
                }
                page = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            contentType = response.headers().firstValue("Content-Type").orElse("");
        } catch (IOException e) {
            return GatewayProblem.badFunctionResponse("the raw page could not be read from the S3 emulator").answer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GatewayProblem.saturated("the local API is shutting down").answer();
        }
        if (page.length > maxBytes) {
            return GatewayProblem.tooLarge("the raw page is larger than the " + maxBytes + " bytes newsdrop reads")
                    .answer();
        }
        if (BoundedGunzip.hasGzipMagic(page)) {
            try {
                page = BoundedGunzip.gunzip(page, maxBytes);
                contentType = "text/html";
            } catch (BoundedGunzip.TooLarge e) {
                return GatewayProblem.tooLarge("the raw page " + e.getMessage()).answer();
            } catch (IOException e) {
                contentType = "application/octet-stream";
            }
        }
        String shownAs = shownAs(contentType);
        if (shownAs.startsWith("text/html") && !shownAs.toLowerCase(Locale.ROOT).contains("charset=")) {
            // A page stored without a charset (an undeclared windows-1256 page, a gzip file) is shown in
            // the one its record was decoded with, so it reads as the extraction read it.
            String charset = recordCharset(id, api);
            shownAs = charset == null ? shownAs : shownAs + "; charset=" + charset;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>(ConsoleFiles.securityHeaders(POLICY));
        headers.add(Map.entry("Content-Type", shownAs));
        headers.add(Map.entry("Cache-Control", "no-store"));
        return new GatewayAnswer(200, headers, page);
    }

    /** HTML as HTML, with the charset it was stored with; anything else as plain text, never sniffed. */
    static String shownAs(String storedType) {
        String media = storedType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (media.equals("text/html") || media.equals("application/xhtml+xml")) {
            return storedType.replaceAll("[\\r\\n]", "");
        }
        return "text/plain; charset=utf-8";
    }

    /** The charset the record says its page was decoded with (a plain IANA name), or null. */
    private static String recordCharset(String id, Function<GatewayRequest, GatewayAnswer> api) {
        GatewayAnswer record = api.apply(new GatewayRequest("GET", "/articles/" + id, null, "HTTP/1.1", "127.0.0.1",
                List.of(), new byte[0]));
        if (record.status() != 200) {
            return null;
        }
        try {
            String charset = JSON.readTree(record.body()).path("source").path("charset").asText(null);
            return charset != null && CHARSET_NAME.matcher(charset).matches() ? charset : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }

    private static String header(GatewayAnswer answer, String name) {
        return answer.headers().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }
}
