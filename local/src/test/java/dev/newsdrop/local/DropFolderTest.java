package dev.newsdrop.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drop folder's protocol on real files, links and FIFOs: what is uploaded, when, and what is
 * refused with which reason. The uploader here keeps what it is given; the wire is tested in
 * {@code DropFolderIT}. Most tests run the folder's own poller on the real clock; those about
 * waiting (a writer's pauses, names that wait for a rename) poll by hand on a clock they move,
 * so a pause costs no wall time.
 */
class DropFolderTest {

    private static final DropFolder.Timing FAST = new DropFolder.Timing(Duration.ofMillis(50), Duration.ofMillis(600),
            Duration.ofMillis(50), 3);
    private static final Duration WITHIN = Duration.ofSeconds(15);

    @TempDir
    Path data;

    private final Map<String, byte[]> stored = new ConcurrentHashMap<>();
    private final List<String> uploads = new CopyOnWriteArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000_000);
    private DropFolder folder;

    @AfterEach
    void stop() {
        if (folder != null) {
            folder.close();
        }
    }

    private Path drop() {
        return data.resolve("drop");
    }

    private Path refused() {
        return data.resolve("refused");
    }

    private Path uploaded() {
        return data.resolve("uploaded");
    }

    private void start(BiConsumer<String, byte[]> uploader) {
        folder = new DropFolder(drop(), uploaded(), refused(), uploader, FAST, System::currentTimeMillis);
        folder.start();
    }

    private void start() {
        start(this::keep);
    }

    private void keep(String name, byte[] bytes) {
        uploads.add(name);
        stored.put(name, bytes);
    }

    /** A folder that looks only when {@link #pollAfter} says, on the clock {@link #now}. */
    private void byHand() {
        folder = new DropFolder(drop(), uploaded(), refused(), this::keep, FAST, now::get);
    }

    /** Moves the clock on by {@code millis} and lets the folder look once. */
    private void pollAfter(long millis) {
        now.addAndGet(millis);
        folder.poll();
    }

    @Test
    void slowWriterPausingBetweenChunks_isUploadedWhole() throws Exception {
        byHand();
        long pause = FAST.quietPeriod().toMillis() * 2 / 3; // shorter than the quiet period
        Path file = drop().resolve("slow.html");
        StringBuilder expected = new StringBuilder("<html><body><article>");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, "<html><body><article>");
            for (int i = 1; i <= 4; i++) {
                pollAfter(pause);
                pollAfter(pause);
                String paragraph = "<p>Paragraph " + i + "</p>";
                write(out, paragraph);
                expected.append(paragraph);
            }
            write(out, "</article></body></html>");
            expected.append("</article></body></html>");
            assertEquals(List.of(), uploads, "nothing uploaded while the writer paused");
        }
        pollAfter(pause); // sees the last chunk
        assertEquals(List.of(), uploads, "not before the file has been quiet for the quiet period");
        pollAfter(FAST.quietPeriod().toMillis());

        assertTrue(Files.exists(uploaded().resolve("slow.html")));
        assertEquals(List.of("slow.html"), uploads);
        assertEquals(expected.toString(), new String(stored.get("slow.html"), StandardCharsets.UTF_8));
    }

    @Test
    void writerPausingLongerThanTheQuietPeriod_finishesIntoUploaded_andIsUploadedAgainWhole() throws Exception {
        start();
        Path file = drop().resolve("paused.html");
        String first = "<html><body><article><p>First part</p>";
        String rest = "<p>Written after a long pause</p></article></body></html>";
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, first);
            await(() -> Files.exists(uploaded().resolve("paused.html"))); // moved while still open
            assertEquals(first, new String(stored.get("paused.html"), StandardCharsets.UTF_8));
            write(out, rest); // the open file now lives in uploaded/
        }

        await(() -> (first + rest).equals(new String(stored.get("paused.html"), StandardCharsets.UTF_8)));
        assertEquals(List.of("paused.html", "paused.html"), uploads);
    }

    @Test
    void fileChangedWhileUploading_isUploadedAgainWithItsFinalBytes() throws Exception {
        Path file = drop().resolve("growing.html");
        AtomicInteger calls = new AtomicInteger();
        start((name, bytes) -> {
            uploads.add(name);
            stored.put(name, bytes);
            if (calls.incrementAndGet() == 1) {
                try {
                    Files.writeString(file, "<p>more</p>", StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
        Files.writeString(file, "<p>first</p>");

        await(() -> Files.exists(uploaded().resolve("growing.html")));
        assertEquals(2, uploads.size(), "uploaded again after the change");
        assertEquals("<p>first</p><p>more</p>", new String(stored.get("growing.html"), StandardCharsets.UTF_8));
    }

    @Test
    void partFilesAndDotFiles_waitUntilRenamed() throws Exception {
        byHand();
        Files.writeString(drop().resolve("page.html.part"), "<p>page</p>");
        Files.writeString(drop().resolve("download.crdownload"), "<p>download</p>");
        Files.writeString(drop().resolve(".hidden.html"), "<p>hidden</p>");
        for (int i = 0; i < 6; i++) {
            pollAfter(FAST.quietPeriod().toMillis() / 2); // three quiet periods in all
        }
        assertEquals(List.of(), uploads, "nothing uploaded before a rename");
        assertTrue(Files.exists(drop().resolve(".hidden.html")), "a dot file is left where it is");

        Files.move(drop().resolve("page.html.part"), drop().resolve("page.html"));
        pollAfter(0);
        pollAfter(FAST.quietPeriod().toMillis());

        assertTrue(Files.exists(uploaded().resolve("page.html")));
        assertEquals(List.of("page.html"), uploads);
        assertTrue(Files.exists(drop().resolve("download.crdownload")));
    }

    @Test
    void symbolicLink_isRefusedWithAReason_andItsTargetIsNeverRead() throws Exception {
        byHand();
        Path secret = Files.writeString(data.resolve("secret.html"), "<p>not for the bucket</p>");
        Files.createSymbolicLink(drop().resolve("passwd-link.html"), secret);

        pollAfter(0);
        assertTrue(Files.exists(refused().resolve("passwd-link.html.reason")), "refused at the first look");
        assertTrue(Files.isSymbolicLink(refused().resolve("passwd-link.html")), "the link itself was moved aside");
        assertTrue(Files.readString(refused().resolve("passwd-link.html.reason")).contains("symbolic link"));
        assertEquals("<p>not for the bucket</p>", Files.readString(secret), "the target is untouched");
        pollAfter(FAST.quietPeriod().toMillis());
        pollAfter(FAST.quietPeriod().toMillis());
        assertEquals(List.of(), uploads);
    }

    @Test
    void fifo_isRefusedWithoutBlockingTheFolder() throws Exception {
        start();
        Path fifo = drop().resolve("pipe.html");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Files.writeString(drop().resolve("after.html"), "<p>after</p>");

        await(() -> Files.exists(refused().resolve("pipe.html.reason")));
        assertTrue(Files.readString(refused().resolve("pipe.html.reason")).contains("not a regular file"));
        await(() -> Files.exists(uploaded().resolve("after.html")));
        assertEquals(List.of("after.html"), uploads);
    }

    @Test
    void folderInsideTheDropFolder_isRefused() throws Exception {
        start();
        Files.createDirectories(drop().resolve("nested"));

        await(() -> Files.exists(refused().resolve("nested.reason")));
        assertTrue(Files.readString(refused().resolve("nested.reason")).contains("a folder"));
    }

    @Test
    void hardLinkedFile_isRefused_andTheOtherNameIsUntouched() throws Exception {
        start();
        Path outside = Files.writeString(data.resolve("outside.html"), "<p>outside</p>");
        Files.createLink(drop().resolve("linked.html"), outside);

        await(() -> Files.exists(refused().resolve("linked.html.reason")));
        assertTrue(Files.readString(refused().resolve("linked.html.reason")).contains("2 hard links"));
        assertEquals("<p>outside</p>", Files.readString(outside));
        assertEquals(List.of(), uploads);
    }

    @Test
    void uploadThatKeepsFailing_isRefusedAfterBoundedRetries_withTheErrorAsReason() throws Exception {
        start((name, bytes) -> {
            uploads.add(name);
            throw new IllegalStateException("S3 said no");
        });
        Files.writeString(drop().resolve("doomed.html"), "<p>doomed</p>");

        await(() -> Files.exists(refused().resolve("doomed.html.reason")));
        String reason = Files.readString(refused().resolve("doomed.html.reason"));
        assertTrue(reason.contains("S3 said no") && reason.contains("3 attempts"), reason);
        Thread.sleep(300);
        assertEquals(3, uploads.size(), "retried a bounded number of times: " + uploads);
        assertEquals("<p>doomed</p>", Files.readString(refused().resolve("doomed.html")), "its bytes are kept");
    }

    @Test
    void longFileName_uploadsUnderAShortNameWithAHash_andIsMovedAside() throws Exception {
        start();
        String longName = "x".repeat(250) + ".html";
        Files.writeString(drop().resolve(longName), "<p>x</p>");

        await(() -> !Files.exists(drop().resolve(longName)));
        assertEquals(1, uploads.size());
        String name = uploads.get(0);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= DropNames.MAX_NAME_BYTES, name);
        assertTrue(name.startsWith("xxxx") && name.endsWith(".html"), name);
        assertArrayEquals("<p>x</p>".getBytes(StandardCharsets.UTF_8), stored.get(name));
        assertTrue(Files.exists(uploaded().resolve(name)));
    }

    @Test
    void objectName_keepsShortNames_andTellsLongNamesApart() {
        assertEquals("my page.html", DropNames.objectName("my page.html"));
        String arabic = "مقال".repeat(40) + ".html"; // 325 bytes in UTF-8
        String a = DropNames.objectName(arabic);
        String b = DropNames.objectName("مقال".repeat(41) + ".html");

        assertTrue(a.getBytes(StandardCharsets.UTF_8).length <= DropNames.MAX_NAME_BYTES, a);
        assertTrue(a.endsWith(".html") && a.startsWith("مقال"), a);
        assertFalse(a.contains("\uFFFD"), "cut on a character boundary");
        assertNotEquals(a, b, "names with the same start differ by their hash");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WITHIN);
            }
            Thread.sleep(20);
        }
    }
}
