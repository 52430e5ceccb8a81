package dev.newsdrop.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the deployment jar the functions module built: the functions are deployed from that jar as
 * it is, with no bundling step (and so no Docker) at synth time.
 */
public final class FunctionsJar {

    /** The shaded jar the functions module attaches with the {@code lambda} classifier. */
    static final String PATTERN = "newsdrop-functions-*-lambda.jar";
    static final String BUILD_HINT = "build it with ./mvnw -pl functions -am package";

    private FunctionsJar() {
    }

    /**
     * The jar in {@code functions/target} beside this module; the newest if several versions lie there.
     *
     * @throws IllegalStateException when there is none, saying how to build it
     */
    public static Path locate(Path infrastructureModule) {
        Path target = infrastructureModule.resolve("../functions/target").normalize();
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(target, PATTERN)) {
                found.forEach(jars::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + target, e);
            }
        }
        return jars.stream().max(Comparator.comparing(FunctionsJar::modified)).orElseThrow(() ->
                new IllegalStateException("The functions jar " + target.resolve(PATTERN) + " does not exist: "
                        + BUILD_HINT));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
