package dev.newsdrop.process;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.json.RecordJson;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.SourceObject;
import dev.newsdrop.testing.HostilePages;
import dev.newsdrop.testing.HostilePages.HostilePage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the hostile corpus ({@link HostilePages}: generated from a fixed seed, plus the
 * files of {@code hostile/}) ends as a record: a status, a reason unless extracted, in bounded
 * time, fields small enough to store, and an {@code html} with nothing that runs.
 */
class HostilePagesTest {

    /** Elements that load or run something, or submit data: none may be in a record's html. */
    private static final Set<String> ACTIVE_TAGS = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "form", "base", "meta", "link", "svg", "math", "template", "portal", "noscript");

    /** URL schemes that run code or render a document of the attacker's choosing. */
    private static final List<String> ACTIVE_SCHEMES = List.of("javascript:", "vbscript:", "data:text/html", "livescript:",
            "mocha:");

    /** What the record without its body may take: a DynamoDB item holds 400 KB and the body may be offloaded. */
    private static final int MAX_RECORD_WITHOUT_BODY_CHARS = 100_000;

    private static final RecordMaker RECORDS = new RecordMaker(new ArticleExtractor(),
            Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC));

    private static final SourceObject SOURCE = new SourceObject("newsdrop-raw", "raw/hostile/page.html", null, null, 0,
            "text/html", null, null);

    static Stream<HostilePage> corpus() {
        return HostilePages.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostilePage_endsAsAStorableRecordWithAStatusAndNothingThatRuns(HostilePage page) {
        // The bound is CPU time, which a busy machine does not stretch; the wall clock only guards against a hang.
        long[] cpuNanos = new long[1];
        ArticleRecord record = assertTimeoutPreemptively(HostilePages.HANG_BOUND, () -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            ArticleRecord made = RECORDS.make(page.make().get(), SOURCE);
            cpuNanos[0] = threads.getCurrentThreadCpuTime() - start;
            return made;
        }, "took longer than " + HostilePages.HANG_BOUND + " on the wall clock");
        assertTrue(cpuNanos[0] <= page.bound().toNanos(),
                "took " + cpuNanos[0] / 1_000_000 + " ms of CPU, above " + page.bound());

        assertNotNull(record);
        assertNotNull(record.status());
        assertNotEquals(ArticleStatus.FAILED, record.status(), "the extractor broke: " + record.reason());
        if (record.status() != ArticleStatus.EXTRACTED) {
            assertTrue(record.reason() != null && !record.reason().isBlank(), "a " + record.status() + " record says why");
        }
        if (record.html() != null) {
            assertNothingRuns(record.html());
        }
        assertStorable(record);
    }

    static Stream<HostilePage> repeatedSiblings() {
        return HostilePages.repeatedSiblings();
    }

    static Stream<HostilePage> longRuns() {
        return HostilePages.longRuns();
    }

    static Stream<HostilePage> quadraticWalks() {
        return HostilePages.quadraticWalks();
    }

    /**
     * Noise repeated 100,000 to 1,000,000 times beside or inside an article is taken out in bulk
     * (removed one by one, each removal renumbered every sibling: 100,000 navs took 8 s of CPU)
     * within a CPU-time bound, which a busy machine does not stretch, and the article survives it.
     * So do long runs of spaces that patterns once retried from each of their characters, and
     * thousands of elements each of which a rule once compared with thousands of others.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"repeatedSiblings", "longRuns", "quadraticWalks"})
    void formerlyQuadraticPages_endWithinACpuBoundAndKeepTheArticle(HostilePage page) {
        PageInput input = page.make().get();
        long[] cpuNanos = new long[1];
        ArticleRecord record = assertTimeoutPreemptively(page.bound(), () -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            ArticleRecord made = RECORDS.make(input, SOURCE);
            cpuNanos[0] = threads.getCurrentThreadCpuTime() - start;
            return made;
        }, "took longer than " + page.bound());

        assertTrue(cpuNanos[0] <= HostilePages.SIBLINGS_CPU_BOUND.toNanos(),
                "took " + cpuNanos[0] / 1_000_000 + " ms of CPU, above " + HostilePages.SIBLINGS_CPU_BOUND);

        assertEquals(ArticleStatus.EXTRACTED, record.status(), () -> "reason: " + record.reason());
        assertNothingRuns(record.html());
        assertStorable(record);
        assertTrue(record.text().contains("The council approved the harbour budget on Tuesday"), "the article's prose is kept");
    }

    /** The html, parsed, holds no active element, no handler attribute and no script URL, however spelled. */
    static void assertNothingRuns(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String tag : ACTIVE_TAGS) {
            assertFalse(lower.contains("<" + tag + " ") || lower.contains("<" + tag + ">") || lower.contains("<" + tag + "/"),
                    "<" + tag + " in html: " + excerpt(html, lower.indexOf("<" + tag)));
        }
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertFalse(ACTIVE_TAGS.contains(element.normalName()), "element " + element.normalName() + " in html");
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "handler attribute " + name + " in html: " + element.outerHtml());
                assertFalse(name.equals("style") || name.equals("srcdoc") || name.equals("formaction"),
                        "attribute " + name + " in html");
                for (String url : urlsIn(name, attribute.getValue())) { // jsoup decoded the entities
                    String asFollowed = asBrowserReadsIt(url);
                    for (String scheme : ACTIVE_SCHEMES) {
                        assertFalse(asFollowed.startsWith(scheme), scheme + " in " + name + ": " + excerpt(url, 0));
                    }
                }
            }
        }
    }

    /** The record's fields besides its body are bounded, so its DynamoDB item fits once the body is offloaded. */
    private static void assertStorable(ArticleRecord record) {
        for (String url : Arrays.asList(record.url(), record.canonicalUrl(), record.leadImage() == null ? null : record.leadImage().url())) {
            assertTrue(url == null || url.startsWith("http://") || url.startsWith("https://"), "a URL field holds " + url);
        }
        if (record.title() != null) {
            assertTrue(record.title().length() <= RecordMaker.MAX_TITLE_CHARS, "title of " + record.title().length());
        }
        if (record.description() != null) {
            assertTrue(record.description().length() <= RecordMaker.MAX_DESCRIPTION_CHARS,
                    "description of " + record.description().length());
        }
        assertTrue(record.authors().size() <= RecordMaker.MAX_LIST_ENTRIES, record.authors().size() + " authors");
        assertTrue(record.tags().size() <= RecordMaker.MAX_LIST_ENTRIES, record.tags().size() + " tags");
        Stream.concat(record.authors().stream(), record.tags().stream()).forEach(entry ->
                assertTrue(entry.length() <= RecordMaker.MAX_LIST_ENTRY_CHARS, "an author or tag of " + entry.length()));
        ArticleRecord withoutBody = new ArticleRecord(record.id(), record.url(), record.canonicalUrl(), record.siteName(),
                record.title(), record.authors(), record.publishedAt(), record.modifiedAt(), record.language(),
                record.direction(), record.description(), record.leadImage(), record.section(), record.tags(),
                record.credit(), null, null, record.wordCount(), record.readingTimeMinutes(), record.status(),
                record.reason(), record.source(), record.contentHash(), record.extractorVersion(), record.processedAt());
        int size = RecordJson.write(withoutBody, false).length();
        assertTrue(size <= MAX_RECORD_WITHOUT_BODY_CHARS, "the record without its body is " + size + " characters");
    }

    /** The value, or each candidate URL of a srcset. */
    private static List<String> urlsIn(String attribute, String value) {
        if (!attribute.endsWith("srcset")) {
            return List.of(value);
        }
        return Arrays.stream(value.split(",")).map(c -> c.strip().split("\\s+", 2)[0]).toList();
    }

    /**
     * A URL as a browser's URL parser reads it: leading and trailing C0 controls and spaces
     * stripped, tabs and newlines removed anywhere ({@code java\tscript:} is {@code javascript:}),
     * case folded. A URL that still does not start with a scheme is relative, hence harmless.
     */
    private static String asBrowserReadsIt(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= 0x20) {
            end--;
        }
        return url.substring(start, end).replaceAll("[\\t\\n\\r]", "").toLowerCase(Locale.ROOT);
    }

    private static String excerpt(String s, int at) {
        int from = Math.max(0, at - 60);
        return s.substring(from, Math.min(s.length(), from + 200));
    }
}
