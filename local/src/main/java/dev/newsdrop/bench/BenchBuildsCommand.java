package dev.newsdrop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.cli.options.PositiveNumber;
import dev.newsdrop.codec.BoundedGunzip;
import dev.newsdrop.extract.source.PageDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench-builds [--rounds N] [--json] LABEL=JAR... -- FILE|DIR...}: builds of the extraction
 * engine compared side by side in one JVM, each loaded in its own class loader ({@link ExtractorBuild}).
 *
 * <p>After a warm-up pass, the pages are taken in turns: each page by every build, the builds' order
 * rotated from page to page and round to round, and within a build jsoup's parse of the page's bytes
 * and the full extraction, each going first half of the time. Each is timed in this thread's CPU
 * time. Per build it prints the median extraction, its ratio to the floor (every build's jsoup parse
 * of the page, pooled), and the paired per-page change against the first build, which is what
 * tells two builds apart: the same pages, timed in the same stretch of the machine's time.
 */
@Command(name = "bench-builds",
        header = "builds of the extraction engine side by side in one JVM: extraction ms, ratio to the floor, paired change",
        description = {"Loads each build (a self-contained Lambda jar, or a folder of classes) in its own class loader, "
                + "takes the pages in turns with the builds' order rotated, and times in thread CPU time jsoup's parse "
                + "of each page's bytes (the floor, pooled over the builds) and the full extraction. Prints per build "
                + "the median extraction, its ratio to the floor and the paired per-page change against the first "
                + "build. Gzip files are expanded before timing. Build the jar of a tree with "
                + "'./mvnw -o -q -pl functions -am package -DskipTests' "
                + "(functions/target/newsdrop-functions-0.1.0-SNAPSHOT-lambda.jar).", ""})
public final class BenchBuildsCommand implements Callable<Integer> {

    /** Extractions per build before timing starts: enough for the JIT to compile the hot paths. */
    private static final int MIN_WARMUP_EXTRACTIONS = 500;

    private static final Pattern BUILD = Pattern.compile("([A-Za-z0-9._-]+)=(.+)");
    private static final String PAGES_FOLLOW = "--";

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", converter = PositiveNumber.class,
            description = "how often each build is timed on each page; per page the median is taken (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--json", description = "print one JSON object instead of lines")
    boolean asJson;

    /** The builds, then {@code --}, then the pages: kept in order by {@link InOrder}. */
    @Parameters(paramLabel = "LABEL=JAR... -- FILE|DIR", arity = "1..*", parameterConsumer = InOrder.class,
            description = {"builds (LABEL=JAR, or LABEL=DIR of classes, whose dependencies are then this command's own jars), "
                    + "the first the one the others are compared with; "
                    + "then --, then pages (.html, .htm, .html.gz) or folders searched for them"})
    List<String> words;

    private final PrintStream out;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    /** The command, printing to {@code out}. */
    public BenchBuildsCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * Every word left on the command line, {@code --} included (picocli would drop it, and with it
     * where the builds end and the pages begin). Options therefore go before the builds.
     */
    static final class InOrder implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<String> words = new ArrayList<>();
            while (!args.isEmpty()) {
                words.add(args.pop());
            }
            argSpec.setValue(words);
        }
    }

    @Override
    public Integer call() {
        int split = words.indexOf(PAGES_FOLLOW);
        if (split < 0) {
            throw usage("the pages follow '--' after the builds: LABEL=JAR... -- FILE|DIR...");
        }
        List<String[]> named = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (String word : words.subList(0, split)) {
            Matcher m = BUILD.matcher(word);
            if (!m.matches()) {
                throw usage("'" + word + "' is not LABEL=JAR (a label of letters, digits, '.', '_', '-', then '=' and a jar or folder)");
            }
            if (!labels.add(m.group(1))) {
                throw usage("two builds are labelled '" + m.group(1) + "'");
            }
            named.add(new String[]{m.group(1), m.group(2)});
        }
        if (named.isEmpty()) {
            throw usage("no build before '--'");
        }
        List<Path> names = words.subList(split + 1, words.size()).stream().map(Path::of).toList();
        if (names.isEmpty()) {
            throw usage("no pages after '--'");
        }
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            out.println("this JVM cannot time a thread's CPU");
            return 1;
        }
        List<byte[]> pages = new ArrayList<>();
        try {
            List<Path> files = PageFiles.expand(names);
            if (files.isEmpty()) {
                throw usage("no pages in " + names);
            }
            for (Path f : files) {
                byte[] raw = Files.readAllBytes(f);
                if (f.getFileName().toString().endsWith(".gz")) {
                    raw = BoundedGunzip.gunzip(raw, PageDecoder.MAX_EXPANDED_BYTES);
                }
                pages.add(raw);
            }
        } catch (IOException | BoundedGunzip.TooLarge e) {
            out.println("cannot read: " + e.getMessage());
            return 1;
        }
        List<ExtractorBuild> builds = new ArrayList<>();
        try {
            for (String[] b : named) {
                builds.add(ExtractorBuild.load(b[0], Path.of(b[1])));
            }
            report(builds, pages);
            return 0;
        } catch (ExtractorBuild.Unusable e) {
            throw usage(e.getMessage());
        } finally {
            builds.forEach(ExtractorBuild::close);
        }
    }

    private void report(List<ExtractorBuild> builds, List<byte[]> pages) {
        int n = pages.size();
        int b = builds.size();
        if (!asJson) {
            out.printf("%d pages, %d builds, %d rounds, thread CPU time%n", n, b, rounds);
        }
        // warm-up: every page at least twice, and enough extractions for the JIT however few the pages
        for (ExtractorBuild build : builds) {
            for (int done = 0; done < Math.max(MIN_WARMUP_EXTRACTIONS, 2 * n); done++) {
                byte[] page = pages.get(done % n);
                sink = build.parse(page);
                sink = build.extract(page);
            }
        }
        double[][][] extract = new double[b][n][rounds];
        double[][][] parse = new double[b][n][rounds];
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                byte[] page = pages.get(i);
                for (int k = 0; k < b; k++) {
                    int j = buildInTurn(i, r, k, b);
                    ExtractorBuild build = builds.get(j);
                    boolean parseFirst = parseFirst(i, r, b);
                    for (int turn = 0; turn < 2; turn++) {
                        boolean doParse = (turn == 0) == parseFirst;
                        long t0 = threads.getCurrentThreadCpuTime();
                        sink = doParse ? build.parse(page) : build.extract(page);
                        double ms = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
                        (doParse ? parse : extract)[j][i][r] = ms;
                    }
                }
            }
            if (!asJson) {
                out.printf("round %d of %d done (%.0f s)%n", r + 1, rounds, (System.nanoTime() - start) / 1e9);
            }
        }
        // per page, each build's median over the rounds; the floor pooled: the mean of the builds' parse medians
        double[][] extractMedians = new double[b][n];
        double[][] parseMedians = new double[b][n];
        double[] floor = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < b; j++) {
                extractMedians[j][i] = BenchStats.median(extract[j][i]);
                parseMedians[j][i] = BenchStats.median(parse[j][i]);
                floor[i] += parseMedians[j][i] / b;
            }
        }
        double floorMedian = BenchStats.median(floor);
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("pages", n);
        json.put("rounds", rounds);
        json.put("clock", "thread-cpu");
        json.put("floorMedianMs", round(floorMedian));
        ArrayNode list = json.putArray("builds");
        if (!asJson) {
            out.printf("floor (jsoup's parse of the bytes, pooled over the builds): median %.3f ms%n", floorMedian);
        }
        for (int j = 0; j < b; j++) {
            ExtractorBuild build = builds.get(j);
            double median = BenchStats.median(extractMedians[j]);
            double meanRatio = 0;
            for (int i = 0; i < n; i++) {
                meanRatio += floor[i] == 0 ? 0 : extractMedians[j][i] / floor[i] / n;
            }
            double ratio = floorMedian == 0 ? 0 : median / floorMedian;
            double geomean = BenchStats.pairedGeomeanChange(extractMedians[j], extractMedians[0]);
            double pairedMedian = BenchStats.pairedMedianChange(extractMedians[j], extractMedians[0]);
            double ownFloor = BenchStats.median(parseMedians[j]);
            if (asJson) {
                ObjectNode o = list.addObject();
                o.put("label", build.label);
                o.put("build", build.path.toString());
                o.put("extractorVersion", build.version());
                o.put("extractMedianMs", round(median));
                o.put("ratio", round(ratio));
                o.put("meanRatio", round(meanRatio));
                o.put("pairedGeomeanChangePct", round(100 * geomean));
                o.put("pairedMedianChangePct", round(100 * pairedMedian));
                o.put("ownFloorMedianMs", round(ownFloor));
            } else {
                out.printf("%-12s %-8s extract median %.3f ms, ratio %.3f to the floor (mean of per-page ratios %.3f);"
                                + " paired per-page vs %s: geomean %+.2f%%, median %+.2f%%  [own floor %.3f ms]%n",
                        build.label, build.version(), median, ratio, meanRatio, builds.get(0).label,
                        100 * geomean, 100 * pairedMedian, ownFloor);
            }
        }
        if (asJson) {
            out.println(json);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The build taking the {@code k}th turn at page {@code i} of round {@code r}: each goes first, in the middle, last as often as the others. */
    static int buildInTurn(int i, int r, int k, int builds) {
        return (k + i + r) % builds;
    }

    /**
     * Whether jsoup's parse goes before the extraction, for every build, at page {@code i} of round
     * {@code r}: it flips once the builds have taken every turn, so that each build goes parse-first
     * equally often at every turn. Timing the extraction right after the parse of the same bytes
     * makes it a few percent faster (warm caches); an order tied to the turn, as it once was
     * ({@code (i + r + k)} even, which with an even number of builds fixed each build's order), gave
     * every other build a lasting edge of about 7% over its twin.
     */
    static boolean parseFirst(int i, int r, int builds) {
        return ((i / builds + r) & 1) == 0;
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v;
    }
}
