package dev.newsdrop.cli;

import dev.newsdrop.cli.options.PositiveNumber;
import dev.newsdrop.config.Settings;
import dev.newsdrop.handler.ReprocessHandler;
import dev.newsdrop.handler.ReprocessWiring;
import dev.newsdrop.local.LocalPipeline;
import dev.newsdrop.local.LocalStore;
import dev.newsdrop.reprocess.KeyOutcome;
import dev.newsdrop.reprocess.Selection;
import dev.newsdrop.reprocessing.ReprocessRun;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * {@code newsdrop reprocess}: every stored page of the local stack brought up to date with this
 * extractor, by the reprocessing function's own code ({@link ReprocessRun}), with a live progress
 * bar and a summary.
 */
@Command(name = "reprocess",
        header = "stored pages extracted again by this extractor, or backfilled; a rerun goes on after Ctrl-C",
        description = {"Lists the raw bucket of the local stack (the running one, or its emulators started on DIR) "
                + "and runs the reprocessing function over batches of 100 keys on a pool of workers: records of "
                + "another extractor version, and pages without a record, are extracted and stored; a newer upload's "
                + "record is never replaced. Shows done/total, pages per second, ETA and each outcome; exits 1 when "
                + "any key failed. A rerun skips what is already up to date.", ""})
final class ReprocessCommand implements Callable<Integer> {

    @Option(names = "--mode", paramLabel = "stale|missing|all", defaultValue = "stale",
            converter = SelectionName.class,
            description = "stale: records of another extractor version and pages without one (default); "
                    + "missing: pages without a record only; all: every page, extracted again")
    Selection mode;

    @Option(names = "--prefix", paramLabel = "P",
            description = "only keys under this prefix (default: the raw prefix, raw/)")
    String prefix;

    @Option(names = "--workers", paramLabel = "N", converter = PositiveNumber.class,
            description = "batches processed at once (default: the number of processors)")
    Integer workers;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = LocalCommand.DEFAULT_DATA_DIR,
            description = "the local stack's data folder (default: ${DEFAULT-VALUE})")
    Path data;

    /** Room for the bar, the figures and every outcome's count; a narrower terminal narrows it. */
    private static final int BAR_WIDTH = 150;

    private final PrintStream out;
    private final PrintStream err;

    ReprocessCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Converts {@code stale}, {@code missing} and {@code all}; anything else is a usage error. */
    static final class SelectionName implements ITypeConverter<Selection> {
        @Override
        public Selection convert(String value) {
            try {
                return Selection.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not stale, missing or all");
            }
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        int pool = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        try (LocalStore store = LocalStore.open(data, err::println)) {
            Settings settings = store.settings();
            String from = prefix != null ? prefix : settings.rawPrefix();
            // Archives go to the stack's splitter, as on AWS: their pages are reprocessed as they are split.
            ReprocessHandler handler = new ReprocessHandler(ReprocessWiring.create(store.clients().s3(),
                    store.clients().dynamoDb(), settings, LocalPipeline.archiveQueueIn(data)));
            ReprocessRun run = new ReprocessRun(store.clients().s3(), handler, settings.rawBucket(), pool);
            out.printf("reprocessing s3://%s/%s (mode %s, %d workers)%n", settings.rawBucket(), from, mode.label(), pool);
            ReprocessRun.Summary summary = runWithProgress(run, from);
            printSummary(summary);
            return summary.count(KeyOutcome.Kind.FAILED) > 0 ? 1 : 0;
        }
    }

    private ReprocessRun.Summary runWithProgress(ReprocessRun run, String from) throws InterruptedException {
        AtomicReference<ProgressBar> bar = new AtomicReference<>();
        try {
            return run.run(from, mode, new ReprocessRun.Progress() {
                @Override
                public void listed(long keys) {
                    bar.set(new ProgressBarBuilder()
                            .setTaskName("reprocess")
                            .setInitialMax(keys)
                            .setStyle(ProgressBarStyle.ASCII)
                            .setUnit(" pages", 1)
                            .showSpeed()
                            .setUpdateIntervalMillis(500)
                            .setConsumer(new ConsoleProgressBarConsumer(err, BAR_WIDTH))
                            .build());
                }

                @Override
                public void batchDone(int keys, Map<String, Integer> counts) {
                    ProgressBar progress = bar.get();
                    progress.stepBy(keys);
                    progress.setExtraMessage(outcomes(counts));
                }
            });
        } finally {
            if (bar.get() != null) {
                bar.get().close();
            }
        }
    }

    /** The outcomes that occurred, e.g. {@code updated 120 unchanged 3}. */
    private static String outcomes(Map<String, Integer> counts) {
        return java.util.Arrays.stream(KeyOutcome.Kind.values())
                .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                .filter(name -> counts.getOrDefault(name, 0) > 0)
                .map(name -> name + " " + counts.get(name))
                .collect(Collectors.joining(" ", " ", ""));
    }

    private void printSummary(ReprocessRun.Summary summary) {
        Duration took = summary.took();
        out.printf(Locale.ROOT, "%d pages in %.1f s: %.1f pages/s%n", summary.keys(), took.toMillis() / 1000.0,
                summary.pagesPerSecond());
        for (KeyOutcome.Kind kind : KeyOutcome.Kind.values()) {
            out.printf("  %-11s %d%n", kind.name().toLowerCase(Locale.ROOT), summary.count(kind));
        }
        for (KeyOutcome failure : summary.failures()) {
            out.println("  failed " + failure.key() + ": " + failure.reason());
        }
        if (summary.failuresLeftOut() > 0) {
            out.println("  … and " + summary.failuresLeftOut() + " more failures (see the log file)");
        }
        if (summary.count(KeyOutcome.Kind.FAILED) > 0) {
            out.println("a rerun tries the failed keys again and passes over the rest");
        }
    }
}
