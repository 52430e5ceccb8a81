package dev.newsdrop.coldstart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployed Lambda jar, as built: small enough, free of test support, and able to run the real
 * processing function alone — in a fresh JVM holding nothing else, against the emulators — both as
 * a plain cold start and after its SnapStart priming.
 */
class ColdStartRunIT {

    /**
     * Issue 13's bound. Web archives (issue 16) took the jar to 20.6 MB; the S3 model classes of the
     * operations no function calls then left it (19.0 MB), and LambdaJarIT runs every deployed handler
     * from it to show nothing needed went with them.
     */
    private static final long MAX_JAR_BYTES = 20_000_000;

    private static Path home;
    private static Path jar;

    @BeforeAll
    static void findJar() throws IOException {
        home = Path.of(System.getProperty("newsdrop.home", ".."));
        jar = ColdStartRun.findLambdaJar(home);
        assertNotNull(jar, "the functions module's package phase should have built the Lambda jar");
    }

    @Test
    void lambdaJar_staysWithinItsSizeAndCarriesNoTestSupport() throws IOException {
        assertTrue(Files.size(jar) <= MAX_JAR_BYTES, "the Lambda jar is " + Files.size(jar) + " bytes");
        Set<String> entries;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        }
        for (String forbidden : List.of("dev/newsdrop/emulators/", "org/testcontainers/", "com/github/dockerjava/",
                "org/junit/", "org/gaul/")) {
            assertTrue(entries.stream().noneMatch(e -> e.startsWith(forbidden)), forbidden + " is in the Lambda jar");
        }
        assertTrue(entries.stream().noneMatch(e -> e.endsWith("/TableSetup.class")), "TableSetup is in the Lambda jar");
        for (String needed : List.of("dev/newsdrop/handler/SnapStartPriming.class", "priming/article.html",
                "org/crac/Core.class", "log4j2.xml")) {
            assertTrue(entries.contains(needed), needed + " is missing from the Lambda jar");
        }
    }

    @Test
    void processingFunction_runsFromTheLambdaJarAlone_coldAndPrimed(@TempDir Path work) throws Exception {
        // measure() fails unless each fresh JVM exits cleanly and stores a record for each of the two uploads.
        ColdStartRun.Report report = new ColdStartRun(jar, home.resolve("events/pages"), work).measure(1);

        for (ColdStartRun.Figures figures : List.of(report.cold(), report.primed())) {
            assertTrue(figures.readyMs() > 0 && figures.firstEventMs() > 0 && figures.secondEventMs() > 0,
                    figures.toString());
            // Starting a JVM and building the handler costs CPU well above Linux's 10 ms tick.
            assertTrue(figures.readyCpuMs() > 0, figures.toString());
        }
        assertTrue(report.cold().primingMs() == null, "the plain cold start must not run the priming hooks");
        assertNotNull(report.primed().primingMs(), "the primed JVM must run the priming hooks");
        assertNotNull(report.primed().primingCpuMs(), report.primed().toString());
    }
}
