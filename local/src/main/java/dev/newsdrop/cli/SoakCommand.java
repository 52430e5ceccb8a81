package dev.newsdrop.cli;

import dev.newsdrop.cli.options.PositiveNumber;
import dev.newsdrop.soak.SoakRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code newsdrop soak [--pages N] [--data DIR]}: runs a fresh local stack through a soak with
 * faults (see {@link SoakRun}) and prints throughput, latency and whether every page ended right.
 */
@Command(name = "soak",
        header = "the local stack under load and faults: nothing may be lost; prints throughput and latency",
        description = {"Runs a fresh local stack through a soak: pages arrive through S3 while notifications are "
                + "duplicated and delayed, some keys get a newer version, the DynamoDB emulator is restarted and S3 "
                + "answers 503 for a while. Then checks every key's newest version has exactly one record; the exit "
                + "status is 1 when one has not.", ""})
final class SoakCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "N", defaultValue = "10000", converter = PositiveNumber.class,
            description = "pages to upload (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--data", paramLabel = "DIR",
            description = "an empty folder for the stack's data (default: a new temporary folder)")
    Path data;

    private final PrintStream out;
    private final PrintStream err;

    SoakCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (data == null) {
            data = Files.createTempDirectory("newsdrop-soak-");
        } else if (Files.exists(data) && !isEmpty(data)) {
            err.println("newsdrop soak: " + data + " is not empty; a soak starts from nothing");
            return 1;
        }
        SoakRun.Result result = new SoakRun(SoakRun.Plan.standard(pages), err).run(data, templates());
        out.printf("""
                soak: %s
                  pages %d, uploads %d (new versions included), records right %d
                  dead-lettered then redriven: %d
                  elapsed %.1f s, throughput %.1f pages/s
                  upload-to-record latency p50 %d ms, p95 %d ms
                """, result.passed() ? "PASSED" : "FAILED", result.pages(), result.uploads(), result.recordsOk(),
                result.deadLettered(), result.elapsed().toMillis() / 1000.0, result.pagesPerSecond(),
                result.p50().toMillis(), result.p95().toMillis());
        result.problems().stream().limit(20).forEach(p -> out.println("  problem: " + p));
        return result.passed() ? 0 : 1;
    }

    /** The sample pages of events/pages, UTF-8 ones, as templates for the soak's pages. */
    static List<byte[]> templates() throws IOException {
        String home = System.getProperty("newsdrop.home", ".");
        List<byte[]> templates = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of(home, "events", "pages"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("windows-1256"))
                    .sorted().toList()) {
                templates.add(Files.readAllBytes(page));
            }
        }
        if (templates.isEmpty()) {
            throw new IOException("no sample pages under " + home + "/events/pages");
        }
        return templates;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
