package dev.newsdrop.fetch;

import dev.newsdrop.testing.FakeSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.newsdrop.testing.FakeSite.body;
import static dev.newsdrop.testing.FakeSite.cached;
import static dev.newsdrop.testing.FakeSite.gzipped;
import static dev.newsdrop.testing.FakeSite.huge;
import static dev.newsdrop.testing.FakeSite.redirect;
import static dev.newsdrop.testing.FakeSite.slow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fetcher against a site on loopback (allowed here, as {@code --allow-loopback} allows it). */
class PublicWebFetcherTest {

    private static final long CAP = 64 * 1024;
    private static final FetchLimits LIMITS = new FetchLimits(CAP, Duration.ofSeconds(2), Duration.ofSeconds(2), 5);

    private final FakeSite site = FakeSite.start();
    private final PublicWebFetcher fetcher =
            new PublicWebFetcher(new AddressPolicy(AddressPolicyTest.FIXED, true), LIMITS);

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void page_isFetchedWithHonestUserAgentAndItsCharset() throws IOException {
        site.on("/a.html", body("text/html; charset=windows-1256", "<p>hi</p>"));

        FetchResult result = fetcher.fetch(site.url("/a.html"));

        assertEquals(200, result.status());
        assertEquals("<p>hi</p>", new String(result.bytes(), StandardCharsets.UTF_8));
        assertEquals("windows-1256", result.charset());
        assertEquals("text/html; charset=windows-1256", result.contentType());
        assertTrue(site.lastHeader("User-Agent").matches("newsdrop/\\S+ \\(\\+https://github.com/newsdrop\\)"),
                site.lastHeader("User-Agent"));
        assertEquals("gzip", site.lastHeader("Accept-Encoding"));
    }

    @Test
    void loopback_isRefusedWithoutTheSwitch_andNeverRequested() {
        site.on("/a.html", body("text/html", "<p>hi</p>"));
        PublicWebFetcher strict = new PublicWebFetcher(new AddressPolicy(AddressPolicyTest.FIXED, false), LIMITS);

        RefusedUrlException refused = assertThrows(RefusedUrlException.class, () -> strict.fetch(site.url("/a.html")));

        assertEquals("refused: 127.0.0.1 is a loopback address", refused.getMessage());
        assertEquals(0, site.hits("/a.html"));
    }

    @Test
    void plainHttpToAName_goesToTheVettedAddress_withTheNameAsHost() throws IOException {
        // loopback.example exists only in the test's resolver: the client cannot have looked it up itself.
        site.on("/a.html", body("text/html", "<p>pinned</p>"));
        int port = site.url("/").getPort();

        FetchResult result = fetcher.fetch(URI.create("http://loopback.example:" + port + "/a.html"));

        assertTrue(PublicWebFetcher.pinsPlainHttp());
        assertEquals(200, result.status());
        assertEquals("loopback.example:" + port, site.lastHeader("Host"));
        assertEquals(URI.create("http://loopback.example:" + port + "/a.html"), result.finalUrl());
    }

    @Test
    void redirectWithinAPinnedName_keepsTheNameForTheNextHop() throws IOException {
        int port = site.url("/").getPort();
        site.on("/old", redirect(301, "/new?x=1")).on("/new", body("text/html", "<p>new</p>"));

        FetchResult result = fetcher.fetch(URI.create("http://loopback.example:" + port + "/old"));

        assertEquals(URI.create("http://loopback.example:" + port + "/new?x=1"), result.finalUrl());
        assertEquals("loopback.example:" + port, site.lastHeader("Host"));
    }

    @Test
    void redirects_areFollowedAndTheFinalUrlReported() throws IOException {
        site.on("/old", redirect(301, "/middle")).on("/middle", redirect(302, site.origin() + "/new"))
                .on("/new", body("text/html", "<p>moved</p>"));

        FetchResult result = fetcher.fetch(site.url("/old"));

        assertEquals(200, result.status());
        assertEquals(site.url("/new"), result.finalUrl());
    }

    @Test
    void redirectToAPrivateAddress_isRefused() {
        site.on("/jump", redirect(302, "http://10.0.0.5/admin"));

        RefusedUrlException refused = assertThrows(RefusedUrlException.class, () -> fetcher.fetch(site.url("/jump")));

        assertEquals("refused: 10.0.0.5 is a private address", refused.getMessage());
    }

    @Test
    void redirectToANameResolvingToTheMetadataAddress_isRefused() {
        site.on("/jump", redirect(307, "http://metadata.example/latest/meta-data/"));

        RefusedUrlException refused = assertThrows(RefusedUrlException.class, () -> fetcher.fetch(site.url("/jump")));

        assertTrue(refused.getMessage().contains("169.254.169.254, the cloud metadata address"), refused.getMessage());
    }

    @Test
    void redirectToAnObfuscatedLoopbackLiteral_isRefusedEvenWithLoopbackAllowed() {
        site.on("/jump", redirect(302, "http://0x7f.1:" + site.url("/").getPort() + "/a.html"));
        site.on("/a.html", body("text/html", "<p>hi</p>"));

        assertThrows(RefusedUrlException.class, () -> fetcher.fetch(site.url("/jump")));
        assertEquals(0, site.hits("/a.html"));
    }

    @ParameterizedTest(name = "a redirect to {0} is refused")
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/latest/meta-data/",
            "http://[::ffff:169.254.169.254]/latest/meta-data/", "http://0xA9FEA9FE/latest/meta-data/",
            "http://2852039166/latest/meta-data/", "http://169.254.169.254:80/latest/api/token"})
    void redirectToTheCloudMetadataAddress_isRefused(String target) {
        site.on("/jump", redirect(302, target));

        RefusedUrlException refused = assertThrows(RefusedUrlException.class, () -> fetcher.fetch(site.url("/jump")));

        assertTrue(refused.getMessage().contains("the cloud metadata address")
                || refused.getMessage().contains("unique-local"), refused.getMessage());
    }

    @ParameterizedTest(name = "a redirect to {0} is refused")
    @ValueSource(strings = {"ftp://news.example/a.html", "gopher://news.example:70/_GET", "jar:http://news.example/x.jar!/a",
            "data:text/html,hi", "file:///proc/self/environ"})
    void redirectToANonHttpScheme_isRefused(String target) {
        site.on("/jump", redirect(302, target));

        RefusedUrlException refused = assertThrows(RefusedUrlException.class, () -> fetcher.fetch(site.url("/jump")));

        assertTrue(refused.getMessage().contains("only http and https"), refused.getMessage());
    }

    @Test
    void redirectWithUserinfoToLoopback_isRefusedEvenWithLoopbackAllowed() {
        site.on("/jump", redirect(302, "http://evil@127.0.0.1:" + site.url("/").getPort() + "/a.html"));
        site.on("/a.html", body("text/html", "<p>hi</p>"));

        RefusedUrlException refused = assertThrows(RefusedUrlException.class, () -> fetcher.fetch(site.url("/jump")));

        assertTrue(refused.getMessage().contains("credentials"), refused.getMessage());
        assertEquals(0, site.hits("/a.html"));
    }

    @Test
    void redirectToAnotherScheme_isRefused() {
        site.on("/jump", redirect(302, "file:///etc/passwd"));

        assertThrows(RefusedUrlException.class, () -> fetcher.fetch(site.url("/jump")));
    }

    @Test
    void moreThanFiveRedirects_fail() {
        for (int i = 0; i < 7; i++) {
            site.on("/r" + i, redirect(302, "/r" + (i + 1)));
        }
        site.on("/r7", body("text/html", "<p>end</p>"));

        IOException failed = assertThrows(IOException.class, () -> fetcher.fetch(site.url("/r0")));

        assertTrue(failed.getMessage().contains("more than 5 redirects"), failed.getMessage());
        assertEquals(0, site.hits("/r6"));
    }

    @Test
    void bodyOverTheCapWithoutContentLength_isAbandoned() {
        site.on("/huge", huge(10 * CAP));

        assertThrows(ResponseTooLargeException.class, () -> fetcher.fetch(site.url("/huge")));
    }

    @Test
    void bodyDeclaredOverTheCap_isRefusedBeforeReading() {
        site.on("/big", body("text/html", new byte[(int) CAP + 1]));

        ResponseTooLargeException tooLarge =
                assertThrows(ResponseTooLargeException.class, () -> fetcher.fetch(site.url("/big")));
        assertTrue(tooLarge.getMessage().contains("declares"), tooLarge.getMessage());
    }

    @Test
    void gzipBody_isInflated() throws IOException {
        byte[] page = "<p>compressed page</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
        site.on("/gz", gzipped("text/html", page));

        assertArrayEquals(page, fetcher.fetch(site.url("/gz")).bytes());
    }

    @Test
    void gzipBombOverTheCap_isAbandoned() {
        // 10 MB of zeros compresses to about 10 KB: small on the wire, far over the cap inflated.
        site.on("/bomb", gzipped("text/html", new byte[10 * 1024 * 1024]));

        ResponseTooLargeException tooLarge =
                assertThrows(ResponseTooLargeException.class, () -> fetcher.fetch(site.url("/bomb")));
        assertTrue(tooLarge.getMessage().contains("inflates"), tooLarge.getMessage());
    }

    @Test
    void slowServer_timesOutAtTheRequestedTimeout_notTheFetchersOwn() {
        // The server answers after 5 s, inside this fetcher's own 60 s limit: only the 300 ms asked
        // for can make the fetch give up. No clock is read, so a slow machine cannot fail this.
        site.on("/slow", slow(Duration.ofSeconds(5)));
        PublicWebFetcher patient = new PublicWebFetcher(new AddressPolicy(AddressPolicyTest.FIXED, true),
                LIMITS.withTotalTimeout(Duration.ofSeconds(60)));

        assertThrows(HttpTimeoutException.class, () -> patient.fetch(site.url("/slow"), null, Duration.ofMillis(300)));
    }

    @Test
    void validators_turnAnUnchangedResourceIntoA304() throws IOException {
        site.on("/feed", cached("application/rss+xml", "<rss/>", "\"v1\"", "Mon, 02 Jun 2025 10:00:00 GMT"));

        FetchResult first = fetcher.fetch(site.url("/feed"));
        FetchResult second = fetcher.fetch(site.url("/feed"), first.validators(), null);
        String sentEtag = site.lastHeader("If-None-Match");
        FetchResult byDate = fetcher.fetch(site.url("/feed"),
                new Validators(null, "Mon, 02 Jun 2025 10:00:00 GMT"), null);

        assertFalse(first.notModified());
        assertEquals("\"v1\"", first.etag());
        assertTrue(second.notModified());
        assertEquals(0, second.bytes().length);
        assertEquals("\"v1\"", sentEtag);
        assertTrue(byDate.notModified());
    }

    @Test
    void feedThatMoved_stillAnswers304ToTheValidatorsOfItsNewHome() throws IOException {
        site.on("/old-feed", redirect(301, "/feed"))
                .on("/feed", cached("application/rss+xml", "<rss/>", "\"v1\"", "Mon, 02 Jun 2025 10:00:00 GMT"));

        FetchResult first = fetcher.fetch(site.url("/old-feed"));
        FetchResult second = fetcher.fetch(site.url("/old-feed"), first.validators(), null);

        assertTrue(second.notModified());
        assertEquals(site.url("/feed"), second.finalUrl());
    }

    @Test
    void nonAsciiPath_isSentPercentEncoded() throws IOException {
        site.on("/%D8%AE%D8%A8%D8%B1.html", body("text/html; charset=utf-8", "<p>خبر</p>"));

        FetchResult result = fetcher.fetch(URI.create(site.origin() + "/خبر.html"));

        assertEquals(200, result.status());
        assertEquals(1, site.hits("/%D8%AE%D8%A8%D8%B1.html"));
    }
}
