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

    /**
     * How far a ratio of two medians printed to 0.001 ms may stand from the ratio the command computed
     * before rounding: half a unit of the last place on each side, relative to each (a parse of a tenth
     * of a millisecond makes that half a per cent of the ratio, 0.1 on a ratio of 20), plus the ratio's
     * own rounding.
     */
    private static double roundingSlack(double numerator, double denominator) {
        double halfUnit = 0.0005;
        return (numerator / denominator) * (halfUnit / numerator + halfUnit / denominator) * 1.01 + halfUnit;
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
        assertEquals(extract / parse, o.get("ratio").asDouble(), roundingSlack(extract, parse),
                "ratio is extraction over jsoup's parse of the bytes");
        assertEquals(extract / textParse, o.get("textParseRatio").asDouble(), roundingSlack(extract, textParse),
                "and over its parse of decoded text");
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
