package dev.newsdrop.fetch;

import dev.newsdrop.codec.BoundedGunzip;
import dev.newsdrop.codec.ContentTypes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages, feeds and sitemaps from the public web, and only from there. Shared by scheduled
 * ingestion and the HTTP API: whatever URL it is given, it never reaches a private, loopback,
 * link-local or metadata address.
 *
 * <p>The rules, all enforced on the first request and again on every redirect (which are followed
 * here, never by the HTTP client):
 * <ol>
 *   <li>http and https only, no credentials in the URL ({@link AddressPolicy});</li>
 *   <li>the host is resolved here and every one of its addresses must be public;</li>
 *   <li>at most {@link FetchLimits#maxRedirects()} redirects;</li>
 *   <li>the body is streamed and abandoned once over {@link FetchLimits#maxBytes()}, and a gzip body
 *       is inflated only up to the same limit;</li>
 *   <li>a connect timeout, and a total timeout covering redirects and the body.</li>
 * </ol>
 *
 * <p><b>DNS rebinding.</b> A name could resolve to a public address when checked and to a private one
 * when the client connects. Over plain http, the request is therefore sent to the vetted address
 * itself, with the name in the {@code Host} header (the JDK client allows that header once
 * {@code jdk.httpclient.allowRestrictedHeaders} includes {@code host}, which this class arranges
 * before the client is first used). Over https that is not possible (the certificate is checked
 * against the URL's host), so the client resolves the name again; the JVM caches the answer the
 * check obtained ({@code networkaddress.cache.ttl}, 30 s by default, whatever the record's DNS TTL),
 * so the client sees the vetted addresses, and a rebound connection to an internal service would also
 * fail the TLS handshake for the attacker's name. The residual risk is an https fetch whose cache
 * entry expires in the milliseconds between the two look-ups, reaching an internal service that
 * presents a certificate valid for that name. {@link #pinsPlainHttp()} says whether pinning is on
 * (it is off only when other code initialized the JDK client before this class set the property).
 */
public final class PublicWebFetcher {

    /** Redirect statuses that carry a {@code Location} to follow. */
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int NOT_MODIFIED = 304;

    /** Whether plain-http requests go to the vetted address (see the class comment). */
    private static final boolean PIN_PLAIN_HTTP = allowHostHeader();

    /** Honest, with a link to who we are, as crawler etiquette asks. */
    public static final String USER_AGENT = "newsdrop/" + version() + " (+https://github.com/newsdrop)";

    private final AddressPolicy policy;
    private final FetchLimits limits;
    private final HttpClient client;

    public PublicWebFetcher(AddressPolicy policy, FetchLimits limits) {
        this.policy = policy;
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // each hop is vetted here
                .connectTimeout(limits.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    /** A fetcher for the public web with the standard limits and the JVM's resolver. */
    public static PublicWebFetcher standard() {
        return new PublicWebFetcher(new AddressPolicy(AddressResolver.system(), false), FetchLimits.standard());
    }

    /**
     * A fetcher that also reaches 127.0.0.0/8 and ::1, with the standard limits: for
     * {@code ./newsdrop local --allow-loopback} and tests only, never on AWS.
     */
    public static PublicWebFetcher allowingLoopback() {
        return allowingLoopback(Set.of());
    }

    /**
     * A fetcher that also reaches 127.0.0.0/8 and ::1 except on the given ports, with the standard
     * limits: for {@code ./newsdrop local --allow-loopback}, which refuses its own API and emulator
     * ports so a fetch cannot read the local bucket or tables.
     */
    public static PublicWebFetcher allowingLoopback(Set<Integer> refusedPorts) {
        return new PublicWebFetcher(new AddressPolicy(AddressResolver.system(), true, refusedPorts),
                FetchLimits.standard());
    }

    public FetchLimits limits() {
        return limits;
    }

    /**
     * Fetches a URL, following redirects, sending the given validators.
     *
     * @param timeout the most this fetch may take, when less than the limits' total timeout (a run
     *                near its deadline); null for the limits' own
     * @throws RefusedUrlException        when the URL or a redirect target is not allowed
     * @throws ResponseTooLargeException  when the body is over the size limit
     * @throws HttpTimeoutException       when the fetch takes too long
     * @throws IOException                on any other network or protocol failure
     */
    public FetchResult fetch(URI url, Validators validators, Duration timeout) throws IOException {
        Duration total = timeout == null || timeout.compareTo(limits.totalTimeout()) > 0
                ? limits.totalTimeout() : timeout;
        long deadline = System.nanoTime() + total.toNanos();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            List<InetAddress> vetted = policy.vet(current);
            URI target = connectTo(current, vetted);
            HttpRequest.Builder request = HttpRequest.newBuilder(target);
            if (!target.equals(asciiOnly(current))) {
                request.header("Host", hostHeader(current));
            }
            request.GET()
                    .header("User-Agent", USER_AGENT)
                    .header("Accept-Encoding", "gzip");
            // On every hop: a feed that moved keeps its validators under its old URL, and they belong
            // to the resource that finally answers.
            if (validators != null) {
                if (validators.etag() != null) {
                    request.header("If-None-Match", validators.etag());
                }
                if (validators.lastModified() != null) {
                    request.header("If-Modified-Since", validators.lastModified());
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new HttpTimeoutException("fetching " + url + " took longer than " + total);
            }
            HttpResponse<byte[]> response = send(request.timeout(Duration.ofNanos(left)).build(), left, url, total);
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (REDIRECTS.contains(status) && headers.firstValue("Location").isPresent()) {
                if (redirects >= limits.maxRedirects()) {
                    throw new IOException("more than " + limits.maxRedirects() + " redirects from " + url);
                }
                current = resolveLocation(current, headers.firstValue("Location").get());
                continue;
            }
            String contentType = headers.firstValue("Content-Type").orElse(null);
            byte[] body = status == NOT_MODIFIED ? new byte[0] : decode(response.body(), headers, current);
            return new FetchResult(status, current, body, contentType, ContentTypes.charset(contentType),
                    headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null),
                    status == NOT_MODIFIED);
        }
    }

    /** Whether plain-http requests are sent to the vetted address rather than resolved again. */
    public static boolean pinsPlainHttp() {
        return PIN_PLAIN_HTTP;
    }

    /**
     * The URI the client connects to: for plain http to a host name, the vetted address in place of
     * the name; otherwise the URL itself.
     */
    private static URI connectTo(URI url, List<InetAddress> vetted) {
        URI ascii = asciiOnly(url);
        boolean literal = url.getHost() == null || url.getHost().startsWith("[")
                || vetted.get(0).getHostAddress().equals(url.getHost());
        if (!PIN_PLAIN_HTTP || !"http".equalsIgnoreCase(url.getScheme()) || literal) {
            return ascii;
        }
        InetAddress address = vetted.get(0);
        String host = address instanceof Inet6Address
                ? "[" + address.getHostAddress().replaceFirst("%.*$", "") + "]" : address.getHostAddress();
        return URI.create("http://" + host + (ascii.getPort() == -1 ? "" : ":" + ascii.getPort())
                + ascii.getRawPath() + (ascii.getRawQuery() == null ? "" : "?" + ascii.getRawQuery()));
    }

    private static String hostHeader(URI url) {
        URI ascii = asciiOnly(url);
        return ascii.getHost() + (ascii.getPort() == -1 ? "" : ":" + ascii.getPort());
    }

    /**
     * Lets requests carry their own {@code Host} header. The JDK client reads the property once, when
     * it is first used; if that happened earlier, the header stays forbidden and pinning stays off.
     */
    private static boolean allowHostHeader() {
        String property = "jdk.httpclient.allowRestrictedHeaders";
        String allowed = System.getProperty(property, "");
        if (!allowed.toLowerCase(Locale.ROOT).matches("(.*,)?\\s*host\\s*(,.*)?")) {
            System.setProperty(property, allowed.isBlank() ? "host" : allowed + ",host");
        }
        try {
            HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).header("Host", "newsdrop.check");
            return true;
        } catch (IllegalArgumentException restricted) {
            return false;
        }
    }

    /** Fetches without validators and with the limits' own timeout. */
    public FetchResult fetch(URI url) throws IOException {
        return fetch(url, Validators.NONE, null);
    }

    private HttpResponse<byte[]> send(HttpRequest request, long leftNanos, URI url, Duration total)
            throws IOException {
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBody(limits.maxBytes(), info.headers()));
        try {
            return future.get(leftNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("fetching " + url + " took longer than " + total);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) { // the client's own timer beat ours: same limit
                throw new HttpTimeoutException("fetching " + url + " took longer than " + total);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("fetching " + url + " failed: " + cause, cause);
        }
    }

    private byte[] decode(byte[] body, HttpHeaders headers, URI url) throws IOException {
        String encoding = headers.firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "identity", "" -> {
                return body;
            }
            case "gzip", "x-gzip" -> {
                return gunzip(body, url);
            }
            default -> throw new IOException(url + " came with an unsupported Content-Encoding: " + encoding);
        }
    }

    private byte[] gunzip(byte[] body, URI url) throws IOException {
        try {
            return BoundedGunzip.gunzip(body, limits.maxBytes());
        } catch (BoundedGunzip.TooLarge bomb) {
            throw new ResponseTooLargeException(url + " inflates to more than " + limits.maxBytes() + " bytes");
        }
    }

    /** A Location header resolved against the URL that sent it. */
    static URI resolveLocation(URI base, String location) throws IOException {
        try {
            return base.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new IOException("unreadable redirect Location from " + base + ": " + location);
        }
    }

    /** The URL with non-ASCII characters percent-encoded, as the request line needs. */
    private static URI asciiOnly(URI url) {
        String ascii = url.toASCIIString();
        return ascii.equals(url.toString()) ? url : URI.create(ascii);
    }


    private static String version() {
        try (InputStream in = PublicWebFetcher.class.getResourceAsStream("/newsdrop-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "");
            return v.isBlank() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects a body up to a limit, giving up (and closing the connection) as soon as it is passed. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long max;
        private final long declared;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long max, HttpHeaders headers) {
            this.max = max;
            this.declared = headers.firstValueAsLong("Content-Length").orElse(-1);
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(new ResponseTooLargeException(
                        "response declares " + declared + " bytes, more than the " + max + " accepted"));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (out.size() + (long) buffer.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new ResponseTooLargeException(
                            "response is larger than the " + max + " bytes accepted"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
