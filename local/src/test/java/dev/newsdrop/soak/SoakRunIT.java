package dev.newsdrop.soak;

import dev.newsdrop.local.Faults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The soak, small: CI's run of it. The full-size figures come from {@code ./newsdrop soak}. */
class SoakRunIT {

    @TempDir
    Path data;

    @Test
    void pagesUnderDuplicatesLateEventsNewVersionsAndOutages_allEndAsOneRecordOfTheirNewestVersion() throws Exception {
        SoakRun.Plan plan = new SoakRun.Plan(150, 0.2, new Faults(0.3, 0.2, Duration.ofMillis(800), 7),
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofMinutes(3), 4);

        SoakRun.Result result = new SoakRun(plan, System.err).run(data, templates());

        assertEquals(List.of(), result.problems());
        assertEquals(150, result.recordsOk());
        assertTrue(result.uploads() > 150, "some keys got a second version: " + result.uploads());
    }

    private static List<byte[]> templates() throws IOException {
        Path pages = Path.of(System.getProperty("newsdrop.home", ".."), "events", "pages");
        List<byte[]> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(pages)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("1256"))
                    .sorted().toList()) {
                templates.add(Files.readAllBytes(page));
            }
        }
        return templates;
    }
}
