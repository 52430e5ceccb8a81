package dev.newsdrop.process;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.SourceObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only http(s) addresses reach a record's URL fields ({@code url}, {@code canonicalUrl},
 * {@code leadImage.url}), however a page spells a script or data address, and from whichever
 * source the field is read.
 */
class RecordUrlFieldsTest {

    /** Addresses as written in a page's markup: the parser decodes the character references. */
    private static final List<String> HOSTILE = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "&#106;avascript:alert(1)", "&#x6A;&#x61;vascript&colon;alert(1)", "java&#x09;script:alert(1)",
            "java&#10;script:alert(1)", "&#0001;javascript:alert(1)", "vbscript:msgbox(1)", "VBScript:MsgBox(1)",
            "data:text/html,<script>alert(1)</script>", "DATA:image/svg+xml,<svg onload=alert(1)>", "livescript:x");

    /** Where a page states its canonical address; each has one %s. */
    private static final List<String> CANONICAL_SOURCES = List.of(
            "<link rel=\"canonical\" href=\"%s\">", "<meta property=\"og:url\" content=\"%s\">");

    /** Where a page states its lead image; each has one %s. */
    private static final List<String> IMAGE_SOURCES = List.of(
            "<meta property=\"og:image\" content=\"%s\">", "<meta property=\"og:image:url\" content=\"%s\">",
            "<meta property=\"og:image:secure_url\" content=\"%s\">", "<meta name=\"twitter:image\" content=\"%s\">",
            "<meta name=\"twitter:image:src\" content=\"%s\">", "<link rel=\"image_src\" href=\"%s\">");

    private static final String PAGE_URL = "https://news.example/2024/03/27/harbour-budget";

    private static final RecordMaker RECORDS = new RecordMaker(new ArticleExtractor(),
            Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC));

    private static final SourceObject SOURCE = new SourceObject("newsdrop-raw", "raw/api/page.html", null, null, 0,
            "text/html", null, null);

    static Stream<Arguments> canonicals() {
        List<Arguments> out = new ArrayList<>();
        for (String source : CANONICAL_SOURCES) {
            for (String address : HOSTILE) {
                out.add(Arguments.of(source.replace("%s", address.replace("\"", "&quot;"))));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> images() {
        List<Arguments> out = new ArrayList<>();
        for (String source : IMAGE_SOURCES) {
            for (String address : HOSTILE) {
                out.add(Arguments.of(source.replace("%s", address.replace("\"", "&quot;"))));
            }
        }
        for (String address : HOSTILE) { // JSON-LD is not HTML: its text is taken as written
            if (!address.contains("&")) {
                out.add(Arguments.of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"image\":\""
                        + address.replace("\"", "\\\"") + "\"}</script>"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicals")
    void scriptCanonical_isNeitherTheCanonicalUrlNorTheUrl(String head) {
        ArticleRecord withAddress = make(head, PAGE_URL);
        ArticleRecord withoutAddress = make(head, null);

        assertNull(withAddress.canonicalUrl());
        assertEquals(PAGE_URL, withAddress.url());
        assertNull(withoutAddress.canonicalUrl());
        assertNull(withoutAddress.url(), "the url falls back to the canonical only when that is http(s)");
        assertEquals(ArticleStatus.EXTRACTED, withAddress.status());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void scriptImage_isNoLeadImage(String head) {
        ArticleRecord record = make(head, PAGE_URL);

        assertNull(record.leadImage());
        assertEquals(ArticleStatus.EXTRACTED, record.status());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAddresses")
    void scriptPageAddress_isNoUrl(String address) {
        String asGiven = address.replace("&#106;", "j").replace("&#x6A;&#x61;", "ja").replace("&colon;", ":")
                .replace("&#x09;", "\t").replace("&#10;", "\n").replace("&#0001;", "\u0001");
        ArticleRecord record = make("", asGiven);
        ArticleRecord refused = RECORDS.refuse(ArticleStatus.TOO_LARGE, "too large", asGiven, SOURCE);

        assertNull(record.url());
        assertNull(refused.url());
    }

    static Stream<String> hostileAddresses() {
        return HOSTILE.stream();
    }

    @Test
    void httpAddresses_areKept_relativeOnesResolved() {
        ArticleRecord record = make("<link rel=\"canonical\" href=\" HTTPS://news.example/canonical\">"
                + "<meta property=\"og:image\" content=\"/img/harbour.jpg\">", PAGE_URL);

        assertEquals("https://news.example/canonical", record.canonicalUrl());
        assertEquals("https://news.example/img/harbour.jpg", record.leadImage().url());
        assertEquals(PAGE_URL, record.url());
    }

    @Test
    void relativeImage_withoutAPageAddress_isNoLeadImage() {
        ArticleRecord record = make("<meta property=\"og:image\" content=\"/img/harbour.jpg\">", null);

        assertNull(record.leadImage());
        assertTrue(record.status().isSuccess());
    }

    private static ArticleRecord make(String head, String url) {
        String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour budget passes</title>"
                + "<meta property=\"og:type\" content=\"article\">" + head + "</head><body><article><h1>Harbour budget passes</h1>"
                + ("<p>The council approved the harbour budget on Tuesday after a long debate about dredging, ferries and "
                + "the fish market, and the mayor said the vote showed the city could still agree on big things.</p>").repeat(4)
                + "</article></body></html>";
        return RECORDS.make(new PageInput(page.getBytes(StandardCharsets.UTF_8), url, "text/html", "page.html"), SOURCE);
    }
}
