package dev.newsdrop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchBuildsCommandTest {

    private static final String PAGES = "../events/pages";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new BenchBuildsCommand(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A build made of the very classes under test: newsdrop's compiled classes copied into a folder
     * of their own, loaded by the command with jsoup and the rest from this JVM's jars.
     */
    private Path buildOfTheseClasses() throws Exception {
        Path build = Files.createDirectories(tmp.resolve("build"));
        Path source = Path.of(ArticleExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(source)) {
            copyTree(source, build);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + source.toUri()), java.util.Map.of())) {
                copyTree(jar.getPath("/"), build);
            }
        }
        return build;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    @Test
    void twoBuildsOfTheSameClasses_areEachTimedAndComparedPageByPage() throws Exception {
        Path build = buildOfTheseClasses();
        Path gzipped = tmp.resolve("french-article.html.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            gz.write(Files.readAllBytes(Path.of(PAGES, "french-article.html")));
        }

        int status = run("--json", "--rounds", "2", "first=" + build, "second=" + build, "--",
                PAGES + "/seed-article.html", PAGES + "/english-wire-article.html", gzipped.toString());

        assertEquals(0, status, err + out());
        JsonNode o = new ObjectMapper().readTree(out());
        assertEquals(3, o.get("pages").asInt());
        assertEquals(2, o.get("rounds").asInt());
        assertTrue(o.get("floorMedianMs").asDouble() > 0, o.toString());
        List<JsonNode> builds = List.of(o.get("builds").get(0), o.get("builds").get(1));
        assertEquals(2, o.get("builds").size());
        assertEquals("first", builds.get(0).get("label").asText());
        assertEquals("second", builds.get(1).get("label").asText());
        assertEquals(ArticleExtractor.VERSION, builds.get(1).get("extractorVersion").asText(), "the build's own extractor ran");
        assertEquals(0, builds.get(0).get("pairedGeomeanChangePct").asDouble(), "the first build against itself");
        JsonNode change = builds.get(1).get("pairedGeomeanChangePct");
        assertTrue(change.isNumber() && Double.isFinite(change.asDouble()), o.toString());
        for (JsonNode b : builds) {
            assertTrue(b.get("extractMedianMs").asDouble() > 0 && b.get("ratio").asDouble() > 0, b.toString());
        }
    }

    @Test
    void text_namesEveryBuildWithItsPairedChange() throws Exception {
        Path build = buildOfTheseClasses();

        int status = run("--rounds", "1", "a=" + build, "b=" + build, "--", PAGES + "/seed-article.html");

        assertEquals(0, status, err + out());
        assertTrue(out().contains("1 pages, 2 builds, 1 rounds"), out());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("a ") && l.contains("paired per-page vs a: geomean +0.00%")), out());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("b ") && l.contains("paired per-page vs a: geomean ")), out());
    }

    @Test
    void aBuildIsLoadedApartFromTheCommandsOwnClasses() throws Exception {
        try (ExtractorBuild build = ExtractorBuild.load("x", buildOfTheseClasses())) {
            assertNotSame(ArticleExtractor.class.getClassLoader(), build.extractorLoader());
        }
    }

    @Test
    void missingJar_isAUsageError() {
        Path missing = tmp.resolve("nothing.jar");

        assertEquals(2, run("a=" + missing, "--", PAGES + "/seed-article.html"));
        assertTrue(err.toString().startsWith("a=" + missing + ": no such jar or folder"), err.toString());
    }

    @Test
    void jarWithoutTheExtractor_isAUsageError() throws IOException {
        Path jar = tmp.resolve("other.jar");
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
            j.putNextEntry(new JarEntry("readme.txt"));
            j.write("not newsdrop".getBytes(StandardCharsets.UTF_8));
        }

        assertEquals(2, run("a=" + jar, "--", PAGES + "/seed-article.html"));
        assertTrue(err.toString().startsWith("a=" + jar + ": no dev.newsdrop.extract.ArticleExtractor in it"), err.toString());
    }

    @Test
    void wordThatIsNoLabelledBuild_isAUsageError() {
        assertEquals(2, run("some.jar", "--", PAGES + "/seed-article.html"));
        assertTrue(err.toString().startsWith("'some.jar' is not LABEL=JAR"), err.toString());
    }

    @Test
    void twoBuildsWithOneLabel_isAUsageError() {
        assertEquals(2, run("a=x.jar", "a=y.jar", "--", PAGES + "/seed-article.html"));
        assertTrue(err.toString().startsWith("two builds are labelled 'a'"), err.toString());
    }

    @Test
    void noDoubleDash_isAUsageError() {
        assertEquals(2, run("a=x.jar", PAGES + "/seed-article.html"));
        assertTrue(err.toString().startsWith("the pages follow '--' after the builds"), err.toString());
    }

    @Test
    void noBuild_isAUsageError() {
        assertEquals(2, run("--rounds", "1", "x", "--", PAGES + "/seed-article.html"));
        assertTrue(err.toString().startsWith("'x' is not LABEL=JAR"), err.toString());
    }

    @Test
    void noPagesAfterTheDash_isAUsageError() {
        assertEquals(2, run("a=x.jar", "--"));
        assertTrue(err.toString().startsWith("no pages after '--'"), err.toString());
    }

    @Test
    void folderWithoutPages_isAUsageError(@TempDir Path empty) throws Exception {
        assertEquals(2, run("a=" + buildOfTheseClasses(), "--", empty.toString()));
        assertTrue(err.toString().startsWith("no pages in [" + empty + "]"), err.toString());
    }

    @Test
    void nothingAtAll_isAUsageError() {
        assertEquals(2, run("--json"));
        assertTrue(err.toString().startsWith("Missing required parameter"), err.toString());
    }

    @Test
    void everyBuild_goesParseFirstAsOftenAtEveryTurn() {
        for (int builds = 1; builds <= 6; builds++) {
            int pages = 12 * builds;
            for (int rounds = 1; rounds <= 3; rounds++) {
                int[][] parseFirst = new int[builds][builds]; // [build][turn]
                int[][] turns = new int[builds][builds];
                for (int r = 0; r < rounds; r++) {
                    for (int i = 0; i < pages; i++) {
                        for (int k = 0; k < builds; k++) {
                            int j = BenchBuildsCommand.buildInTurn(i, r, k, builds);
                            turns[j][k]++;
                            parseFirst[j][k] += BenchBuildsCommand.parseFirst(i, r, builds) ? 1 : 0;
                        }
                    }
                }
                for (int j = 0; j < builds; j++) {
                    for (int k = 0; k < builds; k++) {
                        assertEquals(pages * rounds / builds, turns[j][k], "turns of build " + j + " of " + builds);
                        assertTrue(Math.abs(2 * parseFirst[j][k] - turns[j][k]) <= builds,
                                "build " + j + " of " + builds + " at turn " + k + ": parse first " + parseFirst[j][k] + " of " + turns[j][k]);
                    }
                }
            }
        }
    }
}
