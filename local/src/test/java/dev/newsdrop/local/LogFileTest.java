package dev.newsdrop.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stack traces go to the data folder's log file (the build runs tests with the command line's logging). */
class LogFileTest {

    @TempDir
    Path data;

    @Test
    void failureLoggedWithAnException_hasItsStackTraceInTheLogFile() throws Exception {
        assertEquals("log4j2-cli.xml", System.getProperty("log4j2.configurationFile"),
                "this test needs the command line's logging configuration");
        Path file = LogFile.path(data);
        LogFile.install(file);

        LoggerFactory.getLogger(LogFileTest.class).warn("processing failed",
                new IllegalStateException("dynalite is down"));

        String log = Files.readString(file);
        assertTrue(log.contains("processing failed") && log.contains("IllegalStateException: dynalite is down"), log);
        assertTrue(log.contains("\tat dev.newsdrop.local.LogFileTest"), "the stack trace is in the file: " + log);
    }
}
