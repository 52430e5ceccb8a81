package dev.newsdrop.cli;

import dev.newsdrop.json.RecordJson;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    private static final Path SEED = Path.of("../events/pages/seed-article.html");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    @Test
    void onePage_printsItsRecordAsJson() {
        int status = run("extract", SEED.toString());

        assertEquals(0, status, err.toString());
        ArticleRecord record = RecordJson.read(out.toString(StandardCharsets.UTF_8));
        assertEquals(ArticleStatus.EXTRACTED, record.status());
        assertEquals("لوبوان24", record.siteName());
        assertEquals("seed-article.html", record.source().key());
    }

    @Test
    void urlOption_isTheRecordsUrl() {
        run("extract", "--url", "https://lepoint24.example/x/", SEED.toString());

        assertEquals("https://lepoint24.example/x/", RecordJson.read(out.toString(StandardCharsets.UTF_8)).url());
    }

    @Test
    void outDir_writesOneFilePerPageNamedWithoutItsEndings_andGoesOnPastABadFile() throws IOException {
        Path gz = tmp.resolve("zipped.html.gz");
        try (GZIPOutputStream zip = new GZIPOutputStream(Files.newOutputStream(gz))) {
            zip.write(Files.readAllBytes(SEED));
        }
        Path missing = tmp.resolve("missing.htm");
        Path outDir = tmp.resolve("records");

        int status = run("extract", "--out", outDir.toString(), SEED.toString(), missing.toString(), gz.toString());

        assertEquals(1, status, "a bad file fails the run");
        assertTrue(err.toString().contains("missing.htm: no such file"), err.toString());
        assertTrue(Files.exists(outDir.resolve("seed-article.json")));
        assertFalse(Files.exists(outDir.resolve("missing.json")));
        ArticleRecord unzipped = RecordJson.read(Files.readString(outDir.resolve("zipped.json")));
        assertEquals("لوبوان24", unzipped.siteName(), "a .html.gz page is decompressed");
    }

    @Test
    void recordName_dropsPageEndings() {
        assertEquals("a", ExtractCommand.recordName(Path.of("x/a.html.gz")));
        assertEquals("b", ExtractCommand.recordName(Path.of("b.HTM")));
        assertEquals("c.v2", ExtractCommand.recordName(Path.of("c.v2.gz")));
    }

    @Test
    void unknownCommand_printsUsageAndFails() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString().contains("Usage: newsdrop"));
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
