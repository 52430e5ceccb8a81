package dev.newsdrop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.cli.options.PositiveNumber;
import dev.newsdrop.codec.BoundedGunzip;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.extract.source.DecodedPage;
import dev.newsdrop.extract.source.PageDecoder;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bench [--json] [--runs N] [--cpu] FILE|DIR...}: times, in one JVM after a warm-up pass, jsoup's
 * parse alone against the full extraction for every page, and prints per-file and overall median
 * and p95 milliseconds; {@code --json} prints one JSON object instead.
 *
 * <p>Gzip files are expanded before timing: compression is how a benchmark stores pages, not part
 * of extracting them. Both sides start from the page's bytes, as stored: the extraction is timed
 * from the bytes to the finished record, the floor is jsoup parsing the same bytes to a document
 * (its own charset sniffing and decoding included, as {@code Jsoup.parse(File)} does). jsoup's
 * parse of text decoded beforehand is timed too and reported beside it ({@code textParse}), since
 * it leaves the decoding out of the floor. {@code --cpu} times the thread's CPU time instead of
 * elapsed time, which other processes on a shared machine disturb far less.
 */
@Command(name = "bench",
        header = "jsoup's parse alone vs full extraction, side by side, ms per page",
        description = {"Times, in one JVM after a warm-up pass, jsoup's parse of each page's bytes (the floor), its "
                + "parse of text decoded beforehand, and the full extraction, and prints per-page and overall "
                + "median and p95 milliseconds. Gzip files are expanded before timing.", ""})
public final class BenchCommand implements Callable<Integer> {

    /** Extractions before timing starts: enough for the JIT to compile the hot paths. */
    private static final int MIN_WARMUP_EXTRACTIONS = 500;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print one JSON object instead of a line per page and a summary")
    boolean asJson;

    /** Timed runs per page; the median of several runs smooths out GC pauses. */
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = PositiveNumber.class,
            description = "timed runs per page; the median is reported (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--cpu", description = "time this thread's CPU time, steadier on a busy machine, not elapsed time")
    boolean cpu;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "pages (.html, .htm, .html.gz), or folders searched for them")
    List<Path> names;

    private final PrintStream out;

    /** The command, printing to {@code out}. */
    public BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Clock clock = cpu ? Clock.THREAD_CPU : Clock.WALL;
        try {
            List<Path> files = PageFiles.expand(names);
            if (files.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no pages in " + names);
            }
            ArticleExtractor extractor = new ArticleExtractor();
            PageDecoder decoder = new PageDecoder();
            List<byte[]> pages = new ArrayList<>();
            for (Path f : files) {
                byte[] raw = Files.readAllBytes(f);
                if (f.getFileName().toString().endsWith(".gz")) {
                    raw = BoundedGunzip.gunzip(raw, PageDecoder.MAX_EXPANDED_BYTES);
                }
                pages.add(raw);
            }
            List<String> decoded = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                DecodedPage d = decoder.decode(new PageInput(pages.get(i), null, null, null));
                decoded.add(d.isRejected() ? "" : d.html());
            }
            // warm-up: let the JIT compile every path, cycling through the files however few they are
            for (int done = 0; done < Math.max(MIN_WARMUP_EXTRACTIONS, files.size()); done++) {
                int i = done % files.size();
                parseBytes(pages.get(i));
                Jsoup.parse(decoded.get(i));
                extractor.extract(new PageInput(pages.get(i), null, null, null));
            }
            double[] parseMedians = new double[files.size()];
            double[] textParseMedians = new double[files.size()];
            double[] extractMedians = new double[files.size()];
            List<Double> allParse = new ArrayList<>();
            List<Double> allExtract = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                double[] p = new double[runs];  // jsoup on the page's bytes: the floor
                double[] tp = new double[runs]; // jsoup on text decoded beforehand
                double[] x = new double[runs];  // the whole extraction
                double[][] times = {p, tp, x};
                PageInput input = new PageInput(pages.get(i), null, null, null);
                for (int r = 0; r < runs; r++) {
                    // the three are timed in turns, each going first in a third of the runs: whatever
                    // runs right after another on the same page finds its bytes in the CPU cache
                    for (int turn = 0; turn < 3; turn++) {
                        int what = (r + turn) % 3;
                        long t0 = clock.now();
                        switch (what) {
                            case 0 -> parseBytes(pages.get(i));
                            case 1 -> Jsoup.parse(decoded.get(i));
                            default -> extractor.extract(input);
                        }
                        times[what][r] = (clock.now() - t0) / 1e6;
                    }
                    allParse.add(p[r]);
                    allExtract.add(x[r]);
                }
                parseMedians[i] = percentile(p, 50);
                textParseMedians[i] = percentile(tp, 50);
                extractMedians[i] = percentile(x, 50);
                if (!asJson) {
                    out.printf("%-60s parse %7.2f ms (p95 %7.2f)  extract %7.2f ms (p95 %7.2f)%n",
                            files.get(i).getFileName(), parseMedians[i], percentile(p, 95), extractMedians[i], percentile(x, 95));
                }
            }
            double parseMedian = percentile(parseMedians, 50);
            double extractMedian = percentile(extractMedians, 50);
            double parseP95 = percentile(allParse.stream().mapToDouble(Double::doubleValue).toArray(), 95);
            double extractP95 = percentile(allExtract.stream().mapToDouble(Double::doubleValue).toArray(), 95);
            double textParseMedian = percentile(textParseMedians, 50);
            double ratio = parseMedian == 0 ? 0 : extractMedian / parseMedian;
            double textRatio = textParseMedian == 0 ? 0 : extractMedian / textParseMedian;
            if (asJson) {
                ObjectNode o = new ObjectMapper().createObjectNode();
                o.put("pages", files.size());
                o.put("runs", runs);
                o.put("parseMedianMs", round(parseMedian));
                o.put("parseP95Ms", round(parseP95));
                o.put("extractMedianMs", round(extractMedian));
                o.put("extractP95Ms", round(extractP95));
                o.put("ratio", round(ratio));
                o.put("textParseMedianMs", round(textParseMedian));
                o.put("textParseRatio", round(textRatio));
                o.put("clock", clock == Clock.WALL ? "wall" : "thread-cpu");
                o.put("extractorVersion", ArticleExtractor.VERSION);
                out.println(o);
            } else {
                out.printf("overall: %d pages, parse median %.2f ms (p95 %.2f), extract median %.2f ms (p95 %.2f), ratio %.2f"
                                + " (parse of decoded text %.2f ms, ratio %.2f)%n",
                        files.size(), parseMedian, parseP95, extractMedian, extractP95, ratio, textParseMedian, textRatio);
            }
            return 0;
        } catch (IOException | BoundedGunzip.TooLarge e) {
            out.println("cannot read: " + e.getMessage());
            return 1;
        }
    }

    /** jsoup alone on a stored page: charset sniffed from a byte-order mark or the page's declaration, UTF-8 else. */
    private static void parseBytes(byte[] page) throws IOException {
        Jsoup.parse(new ByteArrayInputStream(page), null, "");
    }

    /** What is timed: elapsed time, or the CPU time of this thread (steadier on a busy machine). */
    enum Clock {
        WALL, THREAD_CPU;

        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

        long now() {
            return this == WALL ? System.nanoTime() : THREADS.getCurrentThreadCpuTime();
        }
    }

    static double percentile(double[] values, int pct) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(pct / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
