package dev.newsdrop.coldstart;

import dev.newsdrop.config.Settings;
import dev.newsdrop.emulators.DynamoDbEmulator;
import dev.newsdrop.emulators.Endpoints;
import dev.newsdrop.emulators.S3Emulator;
import dev.newsdrop.emulators.TableSetup;
import dev.newsdrop.handler.S3EventHandler;
import dev.newsdrop.local.LocalClients;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.store.TableDefinition;
import dev.newsdrop.store.Tables;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures the processing function's cold start: for each run, a fresh JVM with only the Lambda jar
 * (and {@link ColdStartProbe}) on its class path and Lambda's JVM flags builds the real
 * {@link S3EventHandler} and processes two uploaded pages against S3 and DynamoDB emulators that
 * this run starts on loopback — once as a plain cold start, once after the SnapStart priming hooks
 * (as a container restored from a primed snapshot). Each run has its own tables, and the records
 * the handler should have written are checked, so a jar that cannot process fails the run.
 */
public final class ColdStartRun {

    /** The flags Lambda's Java runtimes start the JVM with. */
    public static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");
    /** The pages each run uploads, from the repository's sample pages: the first event's, then the second's. */
    static final List<String> PAGES = List.of("seed-article.html", "english-wire-article.html");
    private static final String BUCKET = "newsdrop-coldstart";
    private static final long CHILD_TIMEOUT_SECONDS = 120;
    /** What {@code SnapStartPriming} logs when its run through the processing path stored a record. */
    private static final String PRIMED = "SnapStart priming: STORED";

    /**
     * One fresh JVM's figures, in milliseconds of wall time and of the JVM's CPU time (all threads);
     * the priming figures are null for a plain cold start.
     */
    public record Figures(double readyMs, Double primingMs, double firstEventMs, double secondEventMs,
                          double readyCpuMs, Double primingCpuMs, double firstEventCpuMs, double secondEventCpuMs) {
    }

    /** The median figures of every run, without and with priming. */
    public record Report(Figures cold, Figures primed, int runs, long jarBytes, String java) {
    }

    private final Path lambdaJar;
    private final Path pages;
    private final Path workDir;

    /**
     * @param lambdaJar the shaded jar the functions deploy as
     * @param pages     the folder holding {@link #PAGES}
     * @param workDir   an empty folder for the probe's classes and each run's output
     */
    public ColdStartRun(Path lambdaJar, Path pages, Path workDir) {
        this.lambdaJar = lambdaJar;
        this.pages = pages;
        this.workDir = workDir;
    }

    /** The Lambda jar the build leaves under {@code home}'s functions/target, or null when there is none. */
    public static Path findLambdaJar(Path home) throws IOException {
        Path target = home.resolve("functions").resolve("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "newsdrop-functions-*-lambda.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        return null;
    }

    /** Runs {@code runs} cold and {@code runs} primed JVMs and reports the median of each figure. */
    public Report measure(int runs) throws IOException, InterruptedException {
        Path probeClasses = copyProbeClasses();
        List<Figures> cold = new ArrayList<>();
        List<Figures> primed = new ArrayList<>();
        try (S3Emulator s3 = S3Emulator.start(null, 0);
             DynamoDbEmulator dynamoDb = DynamoDbEmulator.start(null, 0);
             LocalClients clients = LocalClients.of(Endpoints.local(s3.endpoint(), dynamoDb.endpoint()))) {
            Endpoints endpoints = Endpoints.local(s3.endpoint(), dynamoDb.endpoint());
            clients.s3().createBucket(r -> r.bucket(BUCKET));
            Map<String, Long> keys = upload(clients);
            for (int run = 1; run <= runs; run++) {
                // Alternate, so neither kind always runs on a machine warmed by the other.
                cold.add(runOnce(endpoints, clients, probeClasses, keys, false, run));
                primed.add(runOnce(endpoints, clients, probeClasses, keys, true, run));
            }
        }
        return new Report(median(cold), median(primed), runs, Files.size(lambdaJar),
                Runtime.version().feature() + " (" + System.getProperty("java.vm.name") + ")");
    }

    private Map<String, Long> upload(LocalClients clients) throws IOException {
        Map<String, Long> keys = new LinkedHashMap<>();
        for (String page : PAGES) {
            byte[] bytes = Files.readAllBytes(pages.resolve(page));
            String key = "raw/coldstart/" + page;
            clients.s3().putObject(r -> r.bucket(BUCKET).key(key).contentType("text/html")
                            .metadata(Map.of(ObjectMetadata.URL, "https://coldstart.example/" + page)),
                    RequestBody.fromBytes(bytes));
            keys.put(key, (long) bytes.length);
        }
        return keys;
    }

    private Figures runOnce(Endpoints endpoints, LocalClients clients, Path probeClasses, Map<String, Long> keys,
                            boolean prime, int run) throws IOException, InterruptedException {
        String suffix = "-" + (prime ? "primed" : "cold") + run;
        Map<String, String> tables = new LinkedHashMap<>();
        TableSetup setup = new TableSetup(clients.dynamoDb());
        for (TableDefinition table : List.of(Tables.ARTICLES, Tables.OBJECTS)) {
            String name = table.defaultName() + suffix;
            setup.ensure(name, table.partitionKey(), table.sortKey(), table.indexes().stream()
                    .map(i -> new TableSetup.Index(i.name(), i.partitionKey(), i.sortKey())).toList());
            tables.put(table.nameVariable(), name);
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAMBDA_JVM_FLAGS);
        command.add("-cp");
        command.add(lambdaJar + java.io.File.pathSeparator + probeClasses);
        command.add(ColdStartProbe.class.getName());
        command.add(S3EventHandler.class.getName());
        command.add(prime ? "prime" : "cold");
        command.add(BUCKET);
        keys.forEach((key, size) -> command.add(key + "=" + size));

        Path output = workDir.resolve("run" + suffix + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("NEWSDROP_"));
        env.put("AWS_REGION", endpoints.region());
        env.put("AWS_ACCESS_KEY_ID", endpoints.accessKey());
        env.put("AWS_SECRET_ACCESS_KEY", endpoints.secretKey());
        env.put("AWS_ENDPOINT_URL_S3", endpoints.s3().toString());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoDb().toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "newsdrop-coldstart");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        // Metrics go to standard output, never to an agent.
        env.put("AWS_EMF_ENVIRONMENT", "Local");
        env.put(Settings.RAW_BUCKET, BUCKET);
        env.put(Settings.S3_PATH_STYLE, "true");
        env.putAll(tables);
        Process process = builder.start();
        if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the Lambda JVM did not finish in " + CHILD_TIMEOUT_SECONDS
                    + " s; its output is in " + output);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the Lambda JVM exited with " + process.exitValue()
                    + "; its output is in " + output);
        }
        int records = clients.dynamoDb().scan(r -> r.tableName(tables.get(Tables.ARTICLES.nameVariable())))
                .count();
        if (records != keys.size()) {
            throw new IllegalStateException("the handler stored " + records + " records for " + keys.size()
                    + " uploads; its output is in " + output);
        }
        Figures figures = figures(output, prime);
        if (prime && Files.readAllLines(output, StandardCharsets.UTF_8).stream().noneMatch(l -> l.contains(PRIMED))) {
            throw new IllegalStateException("the priming hook did not process its page; its output is in " + output);
        }
        return figures;
    }

    private static Figures figures(Path output, boolean primed) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            if (line.startsWith(ColdStartProbe.PREFIX)) {
                String[] parts = line.substring(ColdStartProbe.PREFIX.length()).split(" ");
                values.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        List<String> expected = primed
                ? List.of("ready", "priming", "event1", "event2", "cpu-ready", "cpu-priming", "cpu-event1", "cpu-event2")
                : List.of("ready", "event1", "event2", "cpu-ready", "cpu-event1", "cpu-event2");
        for (String name : expected) {
            if (!values.containsKey(name)) {
                throw new IllegalStateException("the Lambda JVM reported no '" + name + "' time; its output is in " + output);
            }
        }
        return new Figures(values.get("ready"), values.get("priming"), values.get("event1"), values.get("event2"),
                values.get("cpu-ready"), values.get("cpu-priming"), values.get("cpu-event1"), values.get("cpu-event2"));
    }

    private static Figures median(List<Figures> runs) {
        boolean primed = runs.get(0).primingMs() != null;
        return new Figures(median(runs, Figures::readyMs), primed ? median(runs, Figures::primingMs) : null,
                median(runs, Figures::firstEventMs), median(runs, Figures::secondEventMs),
                median(runs, Figures::readyCpuMs), primed ? median(runs, Figures::primingCpuMs) : null,
                median(runs, Figures::firstEventCpuMs), median(runs, Figures::secondEventCpuMs));
    }

    private static double median(List<Figures> runs, java.util.function.Function<Figures, Double> figure) {
        List<Double> sorted = runs.stream().map(figure).sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The probe's class files, alone in a folder: the child's class path holds them and the Lambda jar. */
    private Path copyProbeClasses() throws IOException {
        Path classes = workDir.resolve("probe-classes");
        for (Class<?> type : ColdStartProbe.class.getNestMembers()) {
            String resource = type.getName().replace('.', '/') + ".class";
            Path target = classes.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = ColdStartProbe.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("class file " + resource + " not found"));
                }
                Files.copy(in, target);
            }
        }
        return classes;
    }
}
