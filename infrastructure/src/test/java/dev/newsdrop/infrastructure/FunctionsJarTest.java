package dev.newsdrop.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionsJarTest {

    @TempDir
    Path repository;

    @Test
    void missingJar_failsSayingHowToBuildIt() throws IOException {
        Path module = Files.createDirectories(repository.resolve("infrastructure"));
        Files.createDirectories(repository.resolve("functions/target"));
        Files.writeString(repository.resolve("functions/target/newsdrop-functions-0.1.0.jar"), "not the lambda jar");

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> FunctionsJar.locate(module));
        assertTrue(error.getMessage().contains("build it with ./mvnw -pl functions -am package"), error.getMessage());
    }

    @Test
    void severalVersions_theNewestIsDeployed() throws IOException {
        Path module = Files.createDirectories(repository.resolve("infrastructure"));
        Path target = Files.createDirectories(repository.resolve("functions/target"));
        Path old = Files.writeString(target.resolve("newsdrop-functions-0.1.0-lambda.jar"), "old");
        Path current = Files.writeString(target.resolve("newsdrop-functions-0.2.0-lambda.jar"), "new");
        Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(current, FileTime.fromMillis(2_000_000));

        assertEquals(current, FunctionsJar.locate(module));
    }
}
