package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.emulators.FreePort;
import dev.newsdrop.process.ProcessingObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in a real browser (Debian's headless Chromium through its chromedriver) against a
 * local stack started here with the sample pages: one stack and one browser for the whole class.
 * The HTTP checks of the console's answers (headers, the static route's refusals) run without a
 * browser; the browser tests are skipped, saying why, only where Chromium is not installed.
 * Screenshots of each view go to {@code target/screenshots/}.
 */
class ConsoleIT {

    private static final Path SAMPLES = Path.of(System.getProperty("newsdrop.home", ".."), "events", "pages");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** How often a wait looks again: WebDriverWait's own 500 ms would add a quarter second to each of the waits. */
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String SEED_HEADLINE = "بغداد وواشنطن تؤكدان استمرار الشراكة";
    /** Every script in the hostile page sets these: in its own document, at the top, and the top's title. */
    private static final String MARK = "self.ran=1;top.pwned=1;parent.document.title='pwned'";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path data;
    private static LocalPipeline stack;
    private static String base;
    private static WebDriver browser;
    private static ChromeDriverService driverService;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("newsdrop-console-it");
        // The browser starts while the stack starts and processes the samples: the two slowest steps overlap.
        CompletableFuture<WebDriver> starting = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
                ? CompletableFuture.supplyAsync(ConsoleIT::startBrowser) : CompletableFuture.completedFuture(null);
        try {
            stack = LocalPipeline.start(LocalPipeline.Options.basic(FreePort.findRun(3), data, SAMPLES,
                    ProcessingObserver.NONE));
            base = stack.apiUrl().toString();
            await("/articles?limit=100", page -> page.get("items").size() >= 6);
        } finally {
            browser = starting.get();
        }
    }

    private static WebDriver startBrowser() {
        try {
            Files.createDirectories(SCREENSHOTS);
            driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
                    "--user-data-dir=" + Files.createTempDirectory(data, "chromium-profile"));
            return new ChromeDriver(driverService, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (driverService != null) {
            driverService.stop();
        }
        if (stack != null) {
            stack.close();
        }
    }

    private static void needBrowser() {
        assumeTrue(browser != null, "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver to run the console's browser tests");
    }

    // ---- HTTP: the console's answers, without a browser ------------------------------------------

    @Test
    void consolePage_andItsFiles_carryAStrictPolicy_nosniff_andExactTypes() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String directive : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "object-src 'none'")) {
            assertTrue(policy.contains(directive), policy);
        }
        assertFalse(policy.contains("unsafe"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertFalse(page.body().contains("<script>") || page.body().contains(" style="), "no inline script or style");
        assertTrue(page.body().contains("<script type=\"module\" src=\"/console/app.js\"></script>"));

        assertEquals("text/javascript; charset=utf-8", get("/console/app.js").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/css; charset=utf-8", get("/console/console.css").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", get("/console/app.js").headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(404, get("/console/missing.js").statusCode());
        assertEquals(405, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/console/app.js"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void staticRoute_neverServesAnythingButConsoleFiles_whateverThePathSpelling() throws Exception {
        // Class path resources beside the console (the log configuration, classes) and files on disk.
        List<String> attempts = List.of("/console/../log4j2-cli.xml", "/console/..%2flog4j2-cli.xml",
                "/console/%2e%2e/log4j2-cli.xml", "/console/%2e%2e%2flog4j2-cli.xml", "/console/..%5clog4j2-cli.xml",
                "/console/..\\log4j2-cli.xml", "/console/%252e%252e%252flog4j2-cli.xml",
                "/console/..;/log4j2-cli.xml", "/console//etc/passwd", "/console/../../../../../../etc/passwd",
                "/console/%2e%2e/dev/newsdrop/local/LocalPipeline.class", "/console/app.js%00.css",
                "/console/./app.js/../../log4j2-cli.xml", "/console/APP.JS", "/console/.hidden.js",
                "/console/index.html/", "/console/log4j2-cli.xml", "/..%2flog4j2-cli.xml", "/%2e%2e/etc/passwd");
        for (String path : attempts) {
            String answer = rawRequest("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String status = answer.substring(0, answer.indexOf("\r\n"));
            assertFalse(status.contains(" 200 "), path + " → " + status);
            assertFalse(answer.contains("<Configuration") || answer.contains("root:x:") || answer.contains("CAFEBABE"),
                    path + " leaked a file: " + answer);
        }
    }

    @Test
    void rawPage_isServedAsASandboxWithItsOwnPolicy_andPipelineCountsTheStack() throws Exception {
        // The seed three times: UTF-8, windows-1256 declared, windows-1256 undeclared (shown in the record's charset).
        for (JsonNode item : await("/articles?lang=ar", p -> p.get("items").size() == 3).get("items")) {
            HttpResponse<String> raw = get("/articles/" + item.get("id").asText() + "/raw/sandboxed");
            assertEquals(200, raw.statusCode(), raw.body());
            String policy = raw.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.startsWith("sandbox;") && policy.contains("default-src 'none'"), policy);
            assertTrue(policy.contains("frame-ancestors 'self'"), policy);
            assertEquals("nosniff", raw.headers().firstValue("X-Content-Type-Options").orElseThrow());
            String type = raw.headers().firstValue("Content-Type").orElseThrow();
            assertTrue(type.startsWith("text/html"), type);
            assertTrue(raw.body().contains(SEED_HEADLINE), item.get("source") + " shown as " + type);
        }
        assertEquals(400, get("/articles/NOTANID/raw/sandboxed").statusCode());
        assertEquals(404, get("/articles/" + "0".repeat(32) + "/raw/sandboxed").statusCode());

        JsonNode pipeline = JSON.readTree(get("/pipeline").body());
        assertTrue(pipeline.get("objects").asInt() >= 6, pipeline.toString());
        assertTrue(pipeline.get("records").get("EXTRACTED").asInt() >= 5, pipeline.toString());
        assertTrue(pipeline.get("records").get("NOT_ARTICLE").asInt() >= 1, pipeline.toString());
        JsonNode failure = pipeline.get("failures").get(0);
        assertEquals("raw/samples/listing-page.html", failure.get("key").asText(), pipeline.toString());
        assertFalse(failure.get("reason").asText().isBlank());
        assertEquals(405, get("/pipeline/redrive").statusCode());
        int s3Port = stack.apiUrl().getPort() + 1;
        HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/pipeline/redrive"))
                .header("Origin", "http://127.0.0.1:" + s3Port).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode(), "a page served from the S3 emulator may not redrive");
    }

    @Test
    void listing_filtersOnStatusAndTitleThroughTheStack() throws Exception {
        JsonNode notArticles = JSON.readTree(get("/articles?status=NOT_ARTICLE").body());
        assertEquals(1, notArticles.get("items").size(), notArticles.toString());
        assertEquals("NOT_ARTICLE", notArticles.get("items").get(0).get("status").asText());
        JsonNode tram = JSON.readTree(get("/articles?title=TRAMWAY").body());
        assertEquals(1, tram.get("items").size(), tram.toString());
        assertEquals(400, get("/articles?status=DONE").statusCode());
    }

    // ---- the browser ---------------------------------------------------------------------------------

    @Test
    void list_showsTheSamplePages_newestFirst_withEachRowsFields() throws Exception {
        needBrowser();
        open("/");
        waitFor(d -> rows().size() >= 6);
        String text = browser.findElement(By.cssSelector("table.articles")).getText();
        assertTrue(text.contains("Harbour authority approves second container terminal"), text);
        assertTrue(text.contains("Le tramway de Valdouce"), text);
        assertTrue(text.contains(SEED_HEADLINE), text);
        assertTrue(text.contains("Not an article"), "the listing page's status, in words: " + text);
        assertFalse(browser.findElement(By.cssSelector("button.more")).isDisplayed(), "one page holds them all");
        screenshot("list");

        // Pages of three, through the API's cursor: the same records in the same order.
        List<String> all = rows().stream().map(r -> r.getAttribute("data-id")).toList();
        open("/?limit=3");
        waitFor(d -> rows().size() == 3);
        WebElement more = browser.findElement(By.cssSelector("button.more"));
        while (more.isDisplayed()) {
            int shown = rows().size();
            more.click();
            waitFor(d -> rows().size() > shown || !more.isDisplayed());
        }
        assertEquals(all, rows().stream().map(r -> r.getAttribute("data-id")).toList());
    }

    @Test
    void languageFilter_ar_keepsArabicRecords_andTheirTitlesRenderRightToLeft() throws Exception {
        needBrowser();
        open("/");
        waitFor(d -> rows().size() >= 6);
        WebElement lang = browser.findElement(By.id("filter-lang"));
        lang.sendKeys("ar");
        lang.submit();
        waitFor(d -> d.getCurrentUrl().contains("lang=ar") && !rows().isEmpty()
                && rows().stream().allMatch(r -> r.getText().contains(SEED_HEADLINE)));
        List<WebElement> titles = browser.findElements(By.cssSelector("table.articles tbody a.title"));
        assertEquals(3, titles.size(), "the seed, three times over");
        for (WebElement title : titles) {
            assertEquals("rtl", js("return getComputedStyle(arguments[0]).direction", title));
        }
        screenshot("list-arabic");

        // The address holds the filter: opening it afresh gives the same view.
        browser.navigate().refresh();
        waitFor(d -> rows().size() == 3);
        assertEquals("ar", browser.findElement(By.id("filter-lang")).getAttribute("value"));

        // A date range of one day holds the whole day (the seed was published at 07:15 UTC).
        open("/?since=2024-03-27&until=2024-03-27");
        waitFor(d -> rows().size() == 3 && rows().stream().allMatch(r -> r.getText().contains(SEED_HEADLINE)));
        assertEquals("2024-03-27", browser.findElement(By.id("filter-until")).getAttribute("value"));
    }

    @Test
    void seedRecord_showsItsTextBesideTheOriginalPage_andHighlightsCreditAndDates() throws Exception {
        needBrowser();
        String id = seedId();
        open("/?view=record&id=" + id);
        WebElement text = waitFor(d -> present(By.cssSelector("#record-text p")) ? d.findElement(By.id("record-text")) : null);
        assertTrue(text.getText().contains("واشنطن"), text.getText());
        assertEquals("rtl", text.getAttribute("dir"));
        assertEquals("ar", text.getAttribute("lang"));
        assertEquals("rtl", js("return getComputedStyle(arguments[0]).direction", text));
        WebElement raw = browser.findElement(By.id("record-raw"));
        assertEquals("", raw.getAttribute("sandbox"), "a sandbox with no permissions");
        var textBox = text.findElement(By.xpath("..")).getRect();
        var rawBox = raw.findElement(By.xpath("..")).getRect();
        assertTrue(textBox.getY() == rawBox.getY() && textBox.getX() + textBox.getWidth() <= rawBox.getX(),
                "side by side: " + textBox + " / " + rawBox);
        browser.switchTo().frame(raw);
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(SEED_HEADLINE));
        browser.switchTo().defaultContent();
        String highlights = browser.findElement(By.cssSelector("dl.highlights")).getText();
        assertTrue(highlights.contains("الحرة"), "the credit: " + highlights);
        assertTrue(browser.findElements(By.cssSelector("dl.highlights mark time")).size() >= 1, highlights);
        String fields = browser.findElement(By.cssSelector("table.fields")).getText();
        for (String field : List.of("canonicalUrl", "siteName", "contentHash", "extractorVersion", "source")) {
            assertTrue(fields.contains(field), field + " in " + fields);
        }
        screenshot("record");
    }

    @Test
    void keyboard_reachesARecordFromTheList_withAVisibleFocus() throws Exception {
        needBrowser();
        open("/?lang=fr");
        waitFor(d -> rows().size() == 1);
        WebElement title = browser.findElement(By.cssSelector("table.articles tbody a.title"));
        WebElement focused = null;
        for (int tabs = 0; tabs < 40 && !title.equals(focused); tabs++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            focused = browser.switchTo().activeElement();
            assertNotEquals("none", js("return getComputedStyle(arguments[0]).outlineStyle", focused),
                    "focus is visible on " + focused.getTagName() + " " + focused.getAttribute("id") + " "
                            + focused.getAttribute("type") + " " + focused.getText());
        }
        assertEquals(title, focused, "the record's link is reached with Tab");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(d -> d.getCurrentUrl().contains("view=record") && present(By.cssSelector("#record-text p")));
        assertTrue(browser.findElement(By.cssSelector("h1")).getText().contains("Le tramway de Valdouce"));
    }

    @Test
    void narrowScreen_andDarkMode_theListAndRecordHoldAt320px_andFollowTheSystem() throws Exception {
        needBrowser();
        ChromeDriver chrome = (ChromeDriver) browser;
        Dimension wide = browser.manage().window().getSize();
        try {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
            chrome.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            open("/");
            waitFor(d -> rows().size() >= 6);
            assertEquals(320L, js("return document.documentElement.clientWidth"));
            assertTrue((Long) js("return document.documentElement.scrollWidth") <= 320,
                    "no sideways scroll of the page at 320 px (wide tables scroll in their own box)");
            assertEquals("rgb(13, 17, 23)", js("return getComputedStyle(document.body).backgroundColor"), "dark");
            screenshot("list-320-dark");
            open("/?view=record&id=" + seedId());
            waitFor(d -> present(By.cssSelector("#record-text p")));
            assertTrue((Long) js("return document.documentElement.scrollWidth") <= 320);
            screenshot("record-320-dark");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            browser.manage().window().setSize(wide);
        }
    }

    @Test
    void droppedFiles_areSentThroughTheApi_processed_andListed_andARefusalSaysWhy() throws Exception {
        needBrowser();
        String token = UUID.randomUUID().toString().substring(0, 8);
        Path folder = Files.createTempDirectory(data, "to-drop");
        Path page = folder.resolve("dropped.html");
        Files.writeString(page, article("Dropped through the console " + token, "https://ledger.example/news/drop-" + token));
        Path gzipped = folder.resolve("zipped.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(article("Gzipped through the console " + token, "https://ledger.example/news/gz-" + token)
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "not a page");

        open("/");
        waitFor(d -> rows().size() >= 6);
        browser.findElement(By.id("drop-files")).sendKeys(page + "\n" + gzipped + "\n" + notes);

        waitFor(d -> d.findElements(By.cssSelector(".drop-results li[data-status]")).size() == 3);
        assertEquals("EXTRACTED", dropped("dropped.html").getAttribute("data-status"));
        assertEquals("EXTRACTED", dropped("zipped.html.gz").getAttribute("data-status"));
        WebElement refused = dropped("notes.txt");
        assertEquals("refused", refused.getAttribute("data-status"));
        assertTrue(refused.getText().contains("expected text/html, got text/plain"), "the API's detail: " + refused.getText());
        waitFor(d -> rows().stream().anyMatch(r -> r.getText().contains("Dropped through the console " + token))
                && rows().stream().anyMatch(r -> r.getText().contains("Gzipped through the console " + token)));
        screenshot("drop");
    }

    /** Issue 17: a dropped .warc.gz goes up through POST /uploads; its progress shows, and its pages are listed. */
    @Test
    void droppedWebArchive_isUploadedThroughUploads_showsItsPagesFoundAndProcessed_andItsPagesAreListed()
            throws Exception {
        needBrowser();
        String token = UUID.randomUUID().toString().substring(0, 8);
        Path archive = Files.createTempDirectory(data, "to-drop").resolve("crawl-" + token + ".warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(archive, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String name : List.of("quay", "lighthouse")) {
                String url = "https://archive.example/news/" + name + "-" + token;
                writer.write(new WarcRequest.Builder(URI.create(url)).date(Instant.parse("2026-11-30T08:00:00Z"))
                        .body(new org.netpreserve.jwarc.HttpRequest.Builder("GET", URI.create(url).getRawPath())
                                .addHeader("Host", "archive.example").build()).build());
                byte[] html = article("Archived " + name + " story " + token, url).getBytes(StandardCharsets.UTF_8);
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + html.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                ByteArrayOutputStream response = new ByteArrayOutputStream();
                response.writeBytes(head);
                response.writeBytes(html);
                writer.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-11-30T08:00:00Z"))
                        .body(MediaType.HTTP_RESPONSE, response.toByteArray()).build());
            }
        }

        open("/");
        waitFor(d -> rows().size() >= 6);
        browser.findElement(By.id("drop-files")).sendKeys(archive.toString());

        WebElement item = waitFor(d -> {
            WebElement li = dropped(archive.getFileName().toString());
            return li.getAttribute("data-status") != null ? li : null;
        });
        assertEquals("ARCHIVE", item.getAttribute("data-status"), item.getText());
        assertEquals("2", item.getAttribute("data-pages"));
        assertTrue(item.getText().contains("2 pages found, 2 processed, 2 other records skipped"), item.getText());
        waitFor(d -> rows().stream().anyMatch(r -> r.getText().contains("Archived quay story " + token))
                && rows().stream().anyMatch(r -> r.getText().contains("Archived lighthouse story " + token)));
        JsonNode pipeline = JSON.readTree(get("/pipeline").body());
        JsonNode listed = null;
        for (JsonNode entry : pipeline.path("archives")) {
            if (entry.path("key").asText().endsWith(".warc.gz") && entry.path("state").asText().equals("DONE")
                    && entry.path("pagesFound").asInt() == 2) {
                listed = entry;
            }
        }
        assertTrue(listed != null && listed.path("processed").asInt() == 2, pipeline.path("archives").toString());
        screenshot("drop-archive");

        String key = listed.path("key").asText();
        open("/?view=pipeline");
        // the view redraws its tables every few seconds: a row's cells are read in one go, inside the wait, which
        // reads them again when a redraw made the row it found stale
        List<String> cells = waitFor(d -> d.findElements(By.xpath("//section[h2='Web archives']//tbody/tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .filter(texts -> String.join(" ", texts).contains(key)).findFirst().orElse(null));
        assertTrue(String.join(" ", cells).contains("done"), cells.toString());
        assertEquals(List.of("2", "2"), cells.subList(2, 4), "pages found, processed");
    }

    @Test
    void hostilePage_neverRunsScriptInTheConsole_inAnyDisguise() throws Exception {
        needBrowser();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(
                        URI.create(base + "/articles?wait=true&url=https://hostile.example/news/cats"))
                .header("Content-Type", "text/html; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(hostilePage())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JsonNode record = JSON.readTree(created.body());
        assertEquals("EXTRACTED", record.get("status").asText(), created.body());

        open("/?title=hostile");
        WebElement title = waitFor(d -> present(By.cssSelector("table.articles tbody a.title"))
                ? d.findElement(By.cssSelector("table.articles tbody a.title")) : null);
        assertTrue(title.getText().contains("<img src=x onerror="), "markup in a title is shown as text: " + title.getText());
        title.click();
        waitFor(d -> d.getCurrentUrl().contains("view=record") && present(By.cssSelector("#record-text p")));
        String consoleUrl = browser.getCurrentUrl();
        assertTrue(browser.findElement(By.linkText("Raw page")).getAttribute("href").endsWith("/raw/sandboxed"),
                "the raw page is linked only fenced");
        browser.findElement(By.xpath("//button[text()='HTML']")).click();
        WebElement htmlFrame = browser.findElement(By.id("record-html"));
        assertEquals("", htmlFrame.getAttribute("sandbox"));
        WebElement rawFrame = browser.findElement(By.id("record-raw"));
        browser.switchTo().frame(rawFrame);
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains("harbour cats"));
        assertNull(js("return window.ran"), "no script ran inside the raw page either");
        for (WebElement link : browser.findElements(By.cssSelector("a.disguise"))) {
            link.click(); // javascript: in plain, entity-encoded and split spellings
        }
        browser.switchTo().defaultContent();
        browser.switchTo().frame(htmlFrame);
        assertNull(js("return window.ran"), "no script ran inside the rendered HTML");
        browser.switchTo().defaultContent();
        Thread.sleep(500); // a late onload or meta refresh would have fired by now
        screenshot("hostile");

        assertNull(js("return window.pwned"), "a hostile script ran in the console's origin");
        assertNull(js("return window.ran"));
        assertNotEquals("pwned", browser.getTitle());
        assertEquals(consoleUrl, browser.getCurrentUrl(), "the console was not navigated away");
    }

    @Test
    void pipeline_countsDeadLetters_andRedriveSendsThemBack() throws Exception {
        needBrowser();
        // A message as the queue dead-letters it after five failures: the S3 event of a sample object.
        String message = S3EventMessages.notification(new S3EventMessages.Created(stack.settings().rawBucket(),
                "raw/samples/french-article.html", 100, "etag", null, "00000000000000000000000000000001", "Put",
                Instant.now()));
        Path deadLetter = data.resolve("dead-letter");
        Files.writeString(deadLetter.resolve("0000000000000000001-" + UUID.randomUUID() + ".json"), message);

        open("/?view=pipeline");
        waitFor(d -> countOf("dead-lettered").equals("1"));
        // each read is a wait of its own: the view redraws every few seconds, and an element read across a redraw is stale
        String deadLetters = waitFor(d -> d.findElement(By.id("dead-title")).findElement(By.xpath("..")).getText());
        assertTrue(deadLetters.contains("raw/samples/french-article.html"), deadLetters);
        assertTrue(Integer.parseInt(waitFor(d -> countOf("objects"))) >= 6);
        String records = waitFor(d -> d.findElement(By.id("count-records")).getText());
        assertTrue(records.contains("Not an article"), records);
        screenshot("pipeline");

        waitFor(d -> { // clicked again only when a redraw made the button stale before the click
            d.findElement(By.id("redrive")).click();
            return true;
        });
        waitFor(d -> countOf("dead-lettered").equals("0") && countOf("queued").equals("0"));
        try (var left = Files.list(deadLetter)) {
            assertEquals(0, left.count(), "the dead letter went back to the queue and was processed");
        }
        assertFalse(waitFor(d -> List.of(d.findElement(By.id("redrive")).isEnabled())).getFirst(), "nothing left to redrive");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String countOf(String card) {
        return browser.findElement(By.cssSelector("#count-" + card + " .card-value")).getText();
    }

    private static WebElement dropped(String name) {
        return browser.findElement(By.cssSelector(".drop-results li[data-file='" + name + "']"));
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("table.articles tbody tr"));
    }

    private static boolean present(By by) {
        return !browser.findElements(by).isEmpty();
    }

    private static void open(String path) {
        browser.get(base + path);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WITHIN).pollingEvery(POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The id of the seed article's own record (its two re-encoded copies name it in duplicateOf). */
    private static String seedId() throws Exception {
        JsonNode page = await("/articles?lang=ar", p -> p.get("items").size() == 3);
        for (JsonNode item : page.get("items")) {
            if (item.path("duplicateOf").isNull() || item.path("duplicateOf").isMissingNode()) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError("no seed record among " + page);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode await(String path, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(path);
            if (response.statusCode() == 200) {
                last = JSON.readTree(response.body());
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new AssertionError("not within " + WITHIN + ": " + path + " last answered " + last);
    }

    /** Sends bytes exactly as given, so no client normalizes the path first. */
    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), stack.apiUrl().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String article(String headline, String url) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append("<p>The harbour board met on Tuesday evening to weigh the plan for the new ferry pier, ")
                    .append("which would add two berths and a covered waiting hall for passengers travelling ")
                    .append("to the islands. Paragraph ").append(i).append(" of the report.</p>\n");
        }
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
                <link rel="canonical" href="%2$s"><meta property="og:title" content="%1$s">
                <meta name="author" content="Ada Reporter"><meta property="article:published_time" content="2026-11-30T08:00:00Z">
                </head><body><article><h1>%1$s</h1>%3$s</article></body></html>""".formatted(headline, url, body);
    }

    /** A page whose every part tries to run script, each try in another disguise. */
    private static String hostilePage() {
        String mark = MARK.replace("'", "&#39;");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            text.append("<p>The harbour cats were counted again this spring by volunteers who walked the quays at ")
                    .append("dawn and dusk, noting every tabby and tortoiseshell on the nets. Count ").append(i).append(".</p>\n");
        }
        return """
                <!doctype html><html><head><meta charset="utf-8">
                <title>Hostile &lt;img src=x onerror=%1$s&gt; harbour cats</title>
                <meta property="og:title" content="Hostile &lt;img src=x onerror=&quot;%1$s&quot;&gt; harbour cats">
                <script>%1$s</script>
                <meta http-equiv="refresh" content="1;url=javascript:%1$s">
                <link rel="stylesheet" href="javascript:%1$s">
                </head><body onload="%1$s">
                <article><h1>Hostile &lt;img src=x onerror="%1$s"&gt; harbour cats</h1>
                %2$s
                <p><svg onload="%1$s"><circle r="5"></circle></svg>
                <svg><script>%1$s</script></svg>
                <img src="x" onerror="%1$s" alt="broken">
                <a class="disguise" href="javascript:%1$s">plain javascript: link</a>
                <a class="disguise" href="jav&#x61;script&#58;%1$s">entity-encoded scheme</a>
                <a class="disguise" href="java&#09;script:%1$s">tab-split scheme</a>
                <a class="disguise" href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;%1$s">decimal entities</a>
                <a href="data:text/html,&lt;script&gt;%1$s&lt;/script&gt;">data: link</a></p>
                <iframe srcdoc="&lt;script&gt;%1$s&lt;/script&gt;"></iframe>
                <iframe src="javascript:%1$s"></iframe>
                <object data="javascript:%1$s"></object>
                <embed src="javascript:%1$s">
                <form action="javascript:%1$s"><button>go</button></form>
                <details open ontoggle="%1$s"><summary>more</summary>details</details>
                <math><mtext><table><mglyph><style><img src=x onerror="%1$s"></style></mglyph></table></mtext></math>
                <noscript><p title="</noscript><img src=x onerror=%1$s>"></p></noscript>
                <video><source onerror="%1$s"></video>
                %2$s
                </article></body></html>""".formatted(mark, text);
    }
}
