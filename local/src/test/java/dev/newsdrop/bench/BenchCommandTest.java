package dev.newsdrop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    private static final String PAGES = "../events/pages";

    private static JsonNode benchJson(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new CommandLine(new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8))).execute(args);
        assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void json_reportsBothFloorsAndTheirRatios() throws Exception {
        JsonNode o = benchJson("--json", "--cpu", "--runs", "3", PAGES + "/seed-article.html", PAGES + "/seed-article-windows-1256.html");

        assertEquals(2, o.get("pages").asInt());
        assertEquals("thread-cpu", o.get("clock").asText());
        double parse = o.get("parseMedianMs").asDouble();
        double textParse = o.get("textParseMedianMs").asDouble();
        double extract = o.get("extractMedianMs").asDouble();
        assertTrue(parse > 0 && textParse > 0 && extract > 0, o.toString());
        assertEquals(extract / parse, o.get("ratio").asDouble(), 0.05, "ratio is extraction over jsoup's parse of the bytes");
        assertEquals(extract / textParse, o.get("textParseRatio").asDouble(), 0.05, "and over its parse of decoded text");
    }

    @Test
    void noFiles_isAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine bench = new CommandLine(new BenchCommand(System.out)).setErr(new PrintWriter(err));

        assertEquals(2, bench.execute("--json"));
        assertTrue(err.toString().startsWith("Missing required parameter: 'FILE|DIR'"), err.toString());
    }

    @Test
    void folderWithoutPages_isAUsageError(@TempDir Path empty) {
        StringWriter err = new StringWriter();
        CommandLine bench = new CommandLine(new BenchCommand(System.out)).setErr(new PrintWriter(err));

        assertEquals(2, bench.execute(empty.toString()));
        assertTrue(err.toString().startsWith("no pages in [" + empty + "]"), err.toString());
    }
}
