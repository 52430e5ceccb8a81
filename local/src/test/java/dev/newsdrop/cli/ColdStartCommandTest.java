package dev.newsdrop.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColdStartCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void unknownOption_isRefusedWithUsage() {
        assertEquals(2, run("coldstart", "--bogus"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("Unknown option: '--bogus'"), errors);
        assertTrue(errors.contains("--runs N"), errors);
    }

    @Test
    void runsWithoutValue_orBelowOne_isRefused() {
        assertEquals(2, run("coldstart", "--runs"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Missing required parameter for option '--runs'"));
        assertEquals(2, run("coldstart", "--runs", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--runs must be 1 or more"));
    }

    @Test
    void missingJar_failsWithHowToBuildIt(@TempDir Path dir) {
        assertEquals(1, run("coldstart", "--jar", dir.resolve("absent.jar").toString()));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("no Lambda jar at ") && errors.contains("package"), errors);
    }

    @Test
    void help_listsTheOptions() {
        assertEquals(0, run("coldstart", "--help"));
        String usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("--runs N") && usage.contains("--jar JAR"), usage);
    }
}
