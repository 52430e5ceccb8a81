package dev.newsdrop.cli;

import dev.newsdrop.emulators.PortInUseException;
import dev.newsdrop.ingest.IngestionReport;
import dev.newsdrop.ingest.SourceReport;
import dev.newsdrop.local.Faults;
import dev.newsdrop.local.LocalPipeline;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.process.Outcome;
import dev.newsdrop.process.ProcessingObserver;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code newsdrop local}: runs the whole pipeline on this machine until Ctrl-C, and says where
 * everything is.
 */
@Command(name = "local",
        header = "the whole pipeline on this machine (emulators, HTTP API, drop folder, ingestion); Ctrl-C stops it",
        description = {"Runs the whole pipeline on this machine until Ctrl-C: S3 and DynamoDB emulators on loopback, "
                + "the processing function fed by emulated S3 notifications, the HTTP API, a drop folder (DIR/drop) "
                + "and scheduled ingestion of the sources in FILE. A restart keeps every object and record.", ""})
final class LocalCommand implements Callable<Integer> {

    /** Where the local stack keeps its data unless told otherwise; {@code invoke} and {@code redrive} look there too. */
    static final String DEFAULT_DATA_DIR = ".newsdrop";
    static final Path DEFAULT_DATA = Path.of(DEFAULT_DATA_DIR);

    /** The highest port the API may take: the emulators take the next two. */
    private static final int HIGHEST_PORT = 65533;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3000", converter = Port.class,
            description = "the HTTP API's port; the S3 and DynamoDB emulators take the next two (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = DEFAULT_DATA_DIR,
            description = "objects, records, queue and drop folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "the sites to follow (docs/sources.md): ingested at start, then every --ingest-every")
    Path sources;

    @Option(names = "--ingest-every", paramLabel = "DURATION", defaultValue = "15m", converter = Interval.class,
            description = "time between ingestion runs: 30s, 15m, 2h or ISO-8601 (PT15M) (default: ${DEFAULT-VALUE})")
    Duration ingestEvery;

    @Option(names = "--allow-loopback",
            description = "let server-side fetches reach 127.0.0.0/8 and ::1, for a site served on this machine")
    boolean allowLoopback;

    private final PrintStream out;
    private final PrintStream err;

    LocalCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
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

                  console       %s       (open it in a browser)
                  HTTP API      %s        (try: curl %s/articles)
                  drop folder   %s   (files copied here are uploaded to s3://%s/%sdrop/)

                  point an AWS CLI or SDK at the emulators:
                    export AWS_ENDPOINT_URL_S3=%s AWS_ENDPOINT_URL_DYNAMODB=%s
                    export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_REGION=%s
                    aws s3 cp page.html s3://%s/%s   # processed like any upload
                """.formatted(stack.dropDir().getParent(), stack.consoleUrl(),
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

    /** "15m", "30s", "2h" or an ISO-8601 duration ("PT15M"); positive. */
    static final class Interval implements ITypeConverter<Duration> {

        @Override
        public Duration convert(String value) {
            try {
                String v = value.strip().toLowerCase(Locale.ROOT);
                Duration d;
                if (v.startsWith("p")) {
                    d = Duration.parse(v.toUpperCase(Locale.ROOT));
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
            throw new TypeConversionException("'" + value + "' is not a duration such as 30s, 15m or 2h");
        }
    }

    private static Path samplesDir() {
        String home = System.getProperty("newsdrop.home");
        return home == null ? null : Path.of(home, "events", "pages");
    }

    /** A port for the API: the emulators take the next two, so the highest is 65533. */
    static final class Port implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= HIGHEST_PORT) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // answered below
            }
            throw new TypeConversionException("'" + value + "' is not a number from 1 to " + HIGHEST_PORT);
        }
    }
}
