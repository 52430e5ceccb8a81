package dev.newsdrop.bench;

import dev.newsdrop.archive.ArchiveFile;
import dev.newsdrop.archive.ArchivedPage;
import dev.newsdrop.archive.WarcScanner;
import dev.newsdrop.cli.options.PositiveNumber;
import dev.newsdrop.config.Settings;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.process.ArchivedRecords;
import dev.newsdrop.process.RecordMaker;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bench-warc [--generate N] [--pages DIR] FILE}: how fast a web archive is split, and how
 * many archived pages per second split plus extraction makes into records, on this machine, in one
 * thread. The split reads the archive as the splitter function does (record and HTTP headers only,
 * bodies streamed past); the extraction reads each page's record by offset and length and makes
 * its record as the processing function does. With {@code --generate N} it first writes FILE: N
 * archived pages made from the pages in {@code --pages}, each with its own address and a request
 * record before it, one gzip member per record when FILE ends in {@code .gz}. It ends with the
 * estimate for a CC-NEWS file (1 GB, 40,000 pages) from the measured costs.
 */
@Command(name = "bench-warc",
        header = "split MB/s and archived pages/s (split + extraction) for a WARC file",
        description = {"Times splitting a web archive (as the splitter function reads it) and split plus extraction "
                + "of every archived HTML page (as the processing function makes its record), in one thread, and "
                + "estimates a CC-NEWS file (1 GB, 40,000 pages). --generate N first writes FILE from the pages in "
                + "--pages.", ""})
public final class WarcBenchCommand implements Callable<Integer> {

    /** A CC-NEWS file, for the estimate: about 1 GB holding about 40,000 pages. */
    static final double CC_NEWS_BYTES = 1e9;
    static final int CC_NEWS_PAGES = 40_000;
    /** Processing functions at once in the estimate. */
    static final int CONCURRENCY = 100;
    /** Timed splits; the best is reported (the others pay for a cold page cache or the JIT). */
    private static final int SPLIT_RUNS = 3;

    @Option(names = "--generate", paramLabel = "N", converter = PositiveNumber.class,
            description = "first write FILE with N archived pages")
    Integer generate;

    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "events/pages",
            description = "the pages --generate archives (default: ${DEFAULT-VALUE})")
    Path pagesDir;

    @Option(names = "--cpu", description = "time this thread's CPU time, steadier on a busy machine, not elapsed time")
    boolean cpu;

    @Parameters(paramLabel = "FILE", description = "the archive (.warc or .warc.gz)")
    Path file;

    private final PrintStream out;

    public WarcBenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (generate != null) {
            write(file, generate, pages(pagesDir));
        }
        ArchiveFile archive = new ArchiveFile(file);
        long size = Files.size(file);
        double best = Double.MAX_VALUE;
        long[] counts = new long[3];
        for (int run = 0; run < SPLIT_RUNS; run++) {
            long[] c = new long[3];
            long start = now();
            new WarcScanner(archive).scan(0, entry -> {
                c[entry.verdict().ordinal()]++;
                return true;
            });
            best = Math.min(best, (now() - start) / 1e9);
            System.arraycopy(c, 0, counts, 0, 3);
        }
        double splitMbPerSecond = size / 1e6 / best;
        out.printf(Locale.ROOT, "archive        %s: %.1f MB, %d pages, %d records skipped, %d damaged%n", file,
                size / 1e6, counts[0], counts[1], counts[2]);
        out.printf(Locale.ROOT, "timing         %s%n", cpu ? "this thread's CPU time" : "elapsed time");
        out.printf(Locale.ROOT, "split          %.2f s: %.0f MB/s, %.0f records/s%n", best, splitMbPerSecond,
                (counts[0] + counts[1] + counts[2]) / best);

        ArchivedRecords records = new ArchivedRecords(new RecordMaker(new ArticleExtractor(), Clock.systemUTC()),
                Settings.DEFAULT_MAX_OBJECT_BYTES);
        String name = file.getFileName().toString();
        long[] made = new long[1];
        long start = now();
        new WarcScanner(archive).scan(0, entry -> {
            if (entry.verdict() == WarcScanner.Verdict.PAGE) {
                try {
                    records.make(new ArchivedPage(null, name, null, entry.offset(), entry.length(), entry.targetUri(),
                            entry.date(), entry.recordId(), entry.charset()), archive.read(entry.offset(),
                            (int) entry.length()));
                    made[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return true;
        });
        double seconds = (now() - start) / 1e9;
        double pagesPerSecond = made[0] / seconds;
        double msPerPage = 1000 / pagesPerSecond;
        out.printf(Locale.ROOT, "split+extract  %.2f s: %.0f pages/s, %.2f ms per page (one thread)%n", seconds,
                pagesPerSecond, msPerPage);
        double ccSplit = CC_NEWS_BYTES / 1e6 / splitMbPerSecond;
        double ccPages = CC_NEWS_PAGES * msPerPage / 1000 / CONCURRENCY;
        out.printf(Locale.ROOT, "CC-NEWS        1 GB split in %.0f s at this rate; %d pages x %.2f ms over %d "
                + "functions = %.0f s of extraction%n", ccSplit, CC_NEWS_PAGES, msPerPage, CONCURRENCY, ccPages);
        return 0;
    }

    /** Nanoseconds of this thread's CPU time with {@code --cpu} (steadier on a shared machine), else elapsed. */
    private long now() {
        return cpu ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static List<byte[]> pages(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<byte[]> pages = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readAllBytes(f));
            }
            if (pages.isEmpty()) {
                throw new IOException("no .html pages in " + dir);
            }
            return pages;
        }
    }

    /** Writes {@code count} archived pages, each after its request record, as a crawler would. */
    static void write(Path target, int count, List<byte[]> pages) throws IOException {
        WarcCompression compression = target.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        Instant date = Instant.parse("2026-11-30T00:00:00Z");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(target, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE), compression)) {
            for (int i = 0; i < count; i++) {
                URI url = URI.create("https://news" + (i % 50) + ".example/story/" + i);
                byte[] html = pages.get(i % pages.size());
                writer.write(new WarcRequest.Builder(url).date(date.plusSeconds(i))
                        .body(new HttpRequest.Builder("GET", url.getRawPath()).addHeader("Host", url.getHost()).build())
                        .build());
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + html.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
                byte[] http = new byte[head.length + html.length];
                System.arraycopy(head, 0, http, 0, head.length);
                System.arraycopy(html, 0, http, head.length, html.length);
                writer.write(new WarcResponse.Builder(url).date(date.plusSeconds(i))
                        .body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
    }
}
