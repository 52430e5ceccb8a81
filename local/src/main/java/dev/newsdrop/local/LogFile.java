package dev.newsdrop.local;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local pipeline's full log goes: {@code logs/newsdrop.log} under its data folder. The
 * command line's logging ({@code log4j2-cli.xml}) prints one line per failure on the console, with
 * the exception's class and message only, and writes every line with its stack trace to this file,
 * whose name it takes from the system property {@value #PROPERTY}.
 */
final class LogFile {

    /** The system property {@code log4j2-cli.xml} reads the file's path from. */
    static final String PROPERTY = "newsdrop.logFile";

    private LogFile() {
    }

    /** The log file of a pipeline with data in {@code dataDir}. */
    static Path path(Path dataDir) {
        return dataDir.resolve("logs").resolve("newsdrop.log");
    }

    /** Points the logging at {@code file} and has it read its configuration again. */
    static void install(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log folder " + file.getParent(), e);
        }
        String path = file.toAbsolutePath().toString();
        if (path.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.setProperty(PROPERTY, path);
        if (LogManager.getContext(false) instanceof LoggerContext context) {
            context.reconfigure();
        }
    }
}
