package dev.newsdrop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.extract.PageInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictionWriterTest {

    private static final String PAGE = "<html><head><title>Harbour budget passes</title></head><body><h1>Harbour budget passes"
            + "</h1><p>The council approved the harbour budget on Tuesday after a long debate about the new quay.</p></body></html>";

    @Test
    void aPageWhoseExtractionThrows_getsAFailedRecordAndTheOthersTheirs(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("good.html"), PAGE);
        Files.writeString(pages.resolve("bad.html"), PAGE.replace("Harbour", "Crash"));
        ArticleExtractor extractor = new ArticleExtractor();
        Function<PageInput, ExtractedArticle> extract = page -> {
            if ("bad.html".equals(page.fileName())) {
                throw new StringIndexOutOfBoundsException("begin 4, end 2, length 3");
            }
            return extractor.extract(page);
        };
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PredictionWriter command = new PredictionWriter(new PrintStream(printed, true, StandardCharsets.UTF_8), extract);

        int exit = new CommandLine(command).execute("--out", dir.resolve("out").toString(), pages.toString());

        assertEquals(0, exit);
        ObjectMapper json = new ObjectMapper();
        JsonNode bad = json.readTree(dir.resolve("out/bad.json").toFile());
        assertEquals("FAILED", bad.path("status").asText());
        assertTrue(bad.path("error").asText().contains("StringIndexOutOfBoundsException"), bad.toString());
        JsonNode good = json.readTree(dir.resolve("out/good.json").toFile());
        assertEquals("Harbour budget passes", good.path("title").asText());
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("failed: bad") && out.contains("(1 failed: bad)"), out);
    }
}
