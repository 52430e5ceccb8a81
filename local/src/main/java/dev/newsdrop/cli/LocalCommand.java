package dev.newsdrop.cli;

import dev.newsdrop.emulators.PortInUseException;
import dev.newsdrop.ingest.IngestionReport;
import dev.newsdrop.ingest.SourceReport;
import dev.newsdrop.local.Faults;
import dev.newsdrop.local.LocalPipeline;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.process.Outcome;
import dev.newsdrop.process.ProcessingObserver;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code newsdrop local}: runs the whole pipeline on this machine until Ctrl-C, and says where
 * everything is.
 */
final class LocalCommand {

    static final int DEFAULT_PORT = 3000;
    static final Path DEFAULT_DATA = Path.of(".newsdrop");

    private final PrintStream out;
    private final PrintStream err;

    LocalCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        int port = DEFAULT_PORT;
        Path data = DEFAULT_DATA;
        Path sources = null;
        Duration ingestEvery = LocalPipeline.DEFAULT_INGEST_EVERY;
        boolean allowLoopback = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = port(Options.value(args, ++i, "--port"));
                case "--data" -> data = Path.of(Options.value(args, ++i, "--data"));
                case "--sources" -> sources = Path.of(Options.value(args, ++i, "--sources"));
                case "--ingest-every" -> ingestEvery = duration(Options.value(args, ++i, "--ingest-every"));
                case "--allow-loopback" -> allowLoopback = true;
                default -> throw new UsageException("unknown option " + args[i]);
            }
        }
        LocalPipeline stack;
        try {
            stack = LocalPipeline.start(new LocalPipeline.Options(port, data.toAbsolutePath(), samplesDir(), sources,
                    ingestEvery, allowLoopback, printer(), this::printIngestion, Faults.NONE));
        } catch (PortInUseException e) {
            err.println("newsdrop local: " + e.getMessage() + "; choose another with --port");
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("newsdrop local: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("newsdrop local: stopping");
            stack.close();
            stopped.countDown();
        }, "local-stop"));
        banner(stack);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void banner(LocalPipeline stack) {
        var e = stack.endpoints();
        out.println("""
                newsdrop is running locally. Ctrl-C stops it; data stays in %s

                  HTTP API      %s        (try: curl %s/articles)
                  drop folder   %s   (files copied here are uploaded to s3://%s/%sdrop/)

                  point an AWS CLI or SDK at the emulators:
                    export AWS_ENDPOINT_URL_S3=%s AWS_ENDPOINT_URL_DYNAMODB=%s
                    export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_REGION=%s
                    aws s3 cp page.html s3://%s/%s   # processed like any upload
                """.formatted(stack.dropDir().getParent(),
                stack.apiUrl(), stack.apiUrl(), stack.dropDir(), stack.settings().rawBucket(),
                stack.settings().rawPrefix(), e.s3(), e.dynamoDb(), e.accessKey(), e.secretKey(), e.region(),
                stack.settings().rawBucket(), stack.settings().rawPrefix()));
        out.flush();
    }

    /** One line per processed object: key, status, title, time taken. */
    private ProcessingObserver printer() {
        return (Outcome outcome, Duration took) -> {
            ArticleRecord r = outcome.record();
            String what = r == null ? outcome.kind().name()
                    : r.status() + (r.title() == null ? "" : "  " + r.title())
                    + (outcome.kind() == Outcome.Kind.STORED ? "" : "  (" + outcome.kind().name().toLowerCase() + ")");
            out.printf("  %-48s %s  [%d ms]%n", outcome.event().key(), what, took.toMillis());
            out.flush();
        };
    }

    /** One line per source and ingestion run. */
    private void printIngestion(IngestionReport report) {
        for (SourceReport source : report.sources()) {
            out.printf("  ingest %-30s discovered %d, fetched %d, unchanged feeds %d, robots-disallowed %d, failed %d%s%n",
                    source.sourceId(), source.discovered(), source.fetched(), source.notModified(),
                    source.skippedRobots(), source.failed(), report.stoppedEarly() ? " (stopped early; resumes next run)" : "");
        }
        out.flush();
    }

    /** "15m", "30s", "2h" or an ISO-8601 duration ("PT15M"). */
    static Duration duration(String value) {
        try {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            Duration d;
            if (v.startsWith("pt") || v.startsWith("p")) {
                d = Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
            } else {
                long amount = Long.parseLong(v.substring(0, v.length() - 1));
                d = switch (v.charAt(v.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> throw new NumberFormatException();
                };
            }
            if (!d.isNegative() && !d.isZero()) {
                return d;
            }
        } catch (RuntimeException ignored) {
            // answered below
        }
        throw new UsageException("--ingest-every is a duration such as 30s, 15m or 2h");
    }

    private static Path samplesDir() {
        String home = System.getProperty("newsdrop.home");
        return home == null ? null : Path.of(home, "events", "pages");
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65534) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new UsageException("--port is a number from 1 to 65533");
    }
}
