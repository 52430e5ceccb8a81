package dev.newsdrop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Uploads the sample pages once, on a pipeline's first start with a data folder: a marker file in
 * the data folder says they were, and deleting it uploads them again.
 */
final class SampleLoader {

    private static final String MARKER = ".samples-loaded";

    private SampleLoader() {
    }

    /**
     * Hands every {@code *.html} file of {@code samplesDir}, in name order, to {@code upload} (file
     * name, bytes) unless the marker in {@code dataDir} says that was done.
     */
    static void loadOnce(Path samplesDir, Path dataDir, BiConsumer<String, byte[]> upload) {
        Path marker = dataDir.resolve(MARKER);
        if (Files.exists(marker) || samplesDir == null || !Files.isDirectory(samplesDir)) {
            return;
        }
        try (Stream<Path> pages = Files.list(samplesDir)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                upload.accept(page.getFileName().toString(), Files.readAllBytes(page));
            }
            Files.writeString(marker, "sample pages were uploaded once; delete this file to upload them again\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the sample pages from " + samplesDir, e);
        }
    }
}
