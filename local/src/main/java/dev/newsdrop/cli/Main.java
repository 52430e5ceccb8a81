package dev.newsdrop.cli;

import dev.newsdrop.bench.BenchCommand;
import dev.newsdrop.bench.PredictionWriter;
import dev.newsdrop.bench.ShingleScorer;

import java.io.PrintStream;
import java.util.Arrays;

/** The {@code newsdrop} command line. The {@code ./newsdrop} launcher at the repository root runs it. */
public final class Main {

    private static final String USAGE = """
            usage: newsdrop COMMAND [ARGS]

            commands:
              local [--port 3000] [--data DIR] [--sources FILE] [--ingest-every 15m] [--allow-loopback]
                                                       the whole pipeline on this machine: S3 and DynamoDB emulators,
                                                       the HTTP API, a drop folder (DIR/drop), scheduled ingestion of
                                                       the sources in FILE; Ctrl-C stops it
              invoke FUNCTION EVENT.json [--data DIR]  run one handler (process-s3, process-sqs, api, ingest) on an event file
                                                       against the running local stack, and print its response
              soak [--pages 10000] [--data DIR]        pages through a local stack under faults; prints throughput and latency
              redrive [--data DIR]                     move dead-lettered messages of the local stack back to its queue
              extract [--url URL] FILE                 print the record of one page (.html, .htm, .html.gz) as JSON
              extract [--url URL] --out DIR FILE...    write DIR/<name>.json for each page
              bench [--json] [--runs N] FILE|DIR...    time jsoup's parse alone and full extraction, side by side
              predict --out DIR [--urls GT.json] FILE|DIR...   records of benchmark pages, for scoring
              score [--per-page] --gt GT.json PRED_DIR body-text precision, recall and F1 (4-token shingles)
              coldstart [--runs 3] [--jar JAR]         the processing function's cold start in fresh JVMs, without and with SnapStart priming
            """;

    private Main() {
    }

    public static void main(String[] args) {
        // Plain, human logging on the command line; the Lambda configuration writes JSON lines.
        System.setProperty("log4j2.configurationFile", "log4j2-cli.xml");
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "extract" -> new ExtractCommand(out, err).run(rest);
                case "local" -> new LocalCommand(out, err).run(rest);
                case "invoke" -> new InvokeCommand(out, err).run(rest);
                case "soak" -> new SoakCommand(out, err).run(rest);
                case "redrive" -> redrive(rest, out);
                case "bench" -> BenchCommand.run(rest);
                case "predict" -> PredictionWriter.run(rest);
                case "score" -> ShingleScorer.run(rest);
                case "coldstart" -> ColdStartCommand.run(rest, out, err);
                default -> {
                    err.println("newsdrop: unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException | NumberFormatException e) {
            err.println("newsdrop " + args[0] + ": " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (Exception e) {
            err.println("newsdrop " + args[0] + ": " + e);
            return 1;
        }
    }

    private static int redrive(String[] args, PrintStream out) {
        java.nio.file.Path data = LocalCommand.DEFAULT_DATA;
        for (int i = 0; i < args.length; i++) {
            if (!args[i].equals("--data")) {
                throw new UsageException("unknown option " + args[i]);
            }
            data = java.nio.file.Path.of(Options.value(args, ++i, "--data"));
        }
        out.println("redriven: " + dev.newsdrop.local.LocalPipeline.redrive(data) + " messages back to the queue");
        return 0;
    }
}
