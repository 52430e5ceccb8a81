package dev.newsdrop.cli;

import dev.newsdrop.coldstart.ColdStartRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code newsdrop coldstart}: the processing function's cold start, measured in fresh JVMs that
 * hold only the Lambda jar, without and with SnapStart priming (see {@link ColdStartRun}).
 */
@Command(name = "coldstart", sortOptions = false,
        header = "the processing function's cold start in fresh JVMs, without and with SnapStart priming",
        description = {"Cold start of the processing function: fresh JVMs with only the Lambda jar on the class "
                + "path and Lambda's JVM flags run the real S3EventHandler on two uploads against S3 and DynamoDB "
                + "emulators on loopback, without and with SnapStart priming.",
                "Prints JVM start to handler ready, the priming, and the first and second event times "
                        + "(medians of the runs), in wall time and in the JVM's CPU time (all threads)."})
public final class ColdStartCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
            description = "fresh JVMs of each kind, without and with priming (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--jar", paramLabel = "JAR",
            description = "the Lambda jar (default: the one the build leaves in functions/target)")
    Path jar;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be 1 or more");
        }
        Path home = Path.of(System.getProperty("newsdrop.home", "."));
        Path lambdaJar = jar != null ? jar : ColdStartRun.findLambdaJar(home);
        if (lambdaJar == null || !Files.isRegularFile(lambdaJar)) {
            spec.commandLine().getErr().println("newsdrop coldstart: no Lambda jar"
                    + (lambdaJar == null ? " in " + home.resolve("functions/target") : " at " + lambdaJar)
                    + "; build it with ./mvnw -pl functions -am package -DskipTests");
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("newsdrop-coldstart");
        try {
            out.printf(Locale.ROOT, "newsdrop coldstart: %s (%.1f MB), %d fresh JVMs of each kind, flags %s%n",
                    lambdaJar.getFileName(), Files.size(lambdaJar) / 1e6, runs,
                    String.join(" ", ColdStartRun.LAMBDA_JVM_FLAGS));
            out.flush();
            ColdStartRun.Report report = new ColdStartRun(lambdaJar, home.resolve("events/pages"), work).measure(runs);
            out.println(format(report));
            deleteTree(work);
            return 0;
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("newsdrop coldstart: " + e.getMessage());
            return 1;
        }
    }

    static String format(ColdStartRun.Report report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "JDK %s; medians of %d run(s), in ms (CPU: all the JVM's threads, 10 ms ticks)%n", report.java(), report.runs()));
        text.append(String.format(Locale.ROOT, "%-26s %22s %10s %12s %13s%n",
                "", "JVM start → handler ready", "priming", "first event", "second event"));
        ColdStartRun.Figures cold = report.cold();
        ColdStartRun.Figures primed = report.primed();
        text.append(row("cold start, wall", cold.readyMs(), cold.primingMs(), cold.firstEventMs(), cold.secondEventMs()));
        text.append(row("primed (as restored), wall", primed.readyMs(), primed.primingMs(), primed.firstEventMs(),
                primed.secondEventMs()));
        text.append(row("cold start, CPU", cold.readyCpuMs(), cold.primingCpuMs(), cold.firstEventCpuMs(),
                cold.secondEventCpuMs()));
        text.append(row("primed (as restored), CPU", primed.readyCpuMs(), primed.primingCpuMs(),
                primed.firstEventCpuMs(), primed.secondEventCpuMs()));
        return text.toString();
    }

    private static String row(String name, double ready, Double priming, double first, double second) {
        return String.format(Locale.ROOT, "%-26s %22.0f %10s %12.0f %13.0f%n", name, ready,
                priming == null ? "-" : String.format(Locale.ROOT, "%.0f", priming), first, second);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
