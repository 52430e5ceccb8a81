package dev.newsdrop.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the engine on every page folder under {@code fixtures/}: {@code source.*} (or the file an
 * {@code input.json} names) and {@code expected.json}, which lists the record fields that matter and
 * text the body must and must not contain. A new folder is a new test; no code per page.
 */
class ExtractionFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    /** Record fields an expected.json may pin, compared as strings (null means must be null). */
    private static final List<String> FIELDS = List.of(
            "status", "charset", "title", "siteName", "publishedAt", "modifiedAt", "language", "direction",
            "credit", "canonicalUrl", "section", "description");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @TestFactory
    Stream<DynamicTest> everyFixtureFolder_extractsAsExpected() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(folders.isEmpty(), "no fixture folders found under " + FIXTURES.toAbsolutePath());
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    }

    private static void check(Path folder) throws IOException {
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        JsonNode input = Files.exists(folder.resolve("input.json")) ? JSON.readTree(folder.resolve("input.json").toFile())
                : JSON.createObjectNode();
        Path source = input.hasNonNull("sourceFile") ? folder.resolve(input.get("sourceFile").asText()) : findSource(folder);
        String fileName = input.hasNonNull("fileName") ? input.get("fileName").asText() : source.getFileName().toString();
        PageInput page = new PageInput(Files.readAllBytes(source), input.path("url").asText(null),
                input.path("contentType").asText(null), fileName);

        ExtractedArticle a = EXTRACTOR.extract(page);
        JsonNode actual = JSON.valueToTree(a);
        List<String> failures = new ArrayList<>();
        for (String field : FIELDS) {
            if (expected.has(field)) {
                String want = expected.get(field).isNull() ? null : expected.get(field).asText();
                String got = actual.get(field).isNull() ? null : actual.get(field).asText();
                if (want == null ? got != null : !want.equals(got)) {
                    failures.add(field + ": expected <" + want + "> but was <" + got + ">");
                }
            }
        }
        if (expected.has("authors")) {
            List<String> want = new ArrayList<>();
            expected.get("authors").forEach(n -> want.add(n.asText()));
            if (!want.equals(a.authors())) {
                failures.add("authors: expected " + want + " but was " + a.authors());
            }
        }
        if (expected.has("tags")) {
            expected.get("tags").forEach(n -> {
                if (!a.tags().contains(n.asText())) {
                    failures.add("tags: missing " + n.asText() + " in " + a.tags());
                }
            });
        }
        if (expected.has("reasonContains")) {
            String reason = a.reason() == null ? "" : a.reason();
            if (!reason.contains(expected.get("reasonContains").asText())) {
                failures.add("reason: <" + reason + "> lacks <" + expected.get("reasonContains").asText() + ">");
            }
        }
        if (expected.has("minWords") && a.wordCount() < expected.get("minWords").asInt()) {
            failures.add("wordCount: " + a.wordCount() + " < " + expected.get("minWords").asInt());
        }
        String text = a.text() == null ? "" : a.text();
        for (JsonNode n : expected.path("mustContain")) {
            if (!text.contains(normalizeSpaces(n.asText()))) {
                failures.add("text lacks: " + n.asText());
            }
        }
        for (JsonNode n : expected.path("mustNotContain")) {
            if (text.contains(n.asText())) {
                failures.add("text contains: " + n.asText());
            }
        }
        for (JsonNode n : expected.path("htmlMustContain")) {
            if (a.html() == null || !a.html().contains(n.asText())) {
                failures.add("html lacks: " + n.asText());
            }
        }
        for (JsonNode n : expected.path("htmlMustNotContain")) {
            if (a.html() != null && a.html().contains(n.asText())) {
                failures.add("html contains: " + n.asText());
            }
        }
        if ("EXTRACTED".equals(a.status().name())) {
            assertNotNull(a.html(), "extracted page without html");
            assertTrue(!text.contains("\n\n\n") && text.equals(text.strip()), "paragraphs must be separated by exactly one blank line");
        } else {
            assertNotNull(a.reason(), "a page that is not extracted must say why");
        }
        assertEquals(List.of(), failures, folder.getFileName() + " → " + String.join("; ", failures));
    }

    /** Expected snippets are compared as the engine writes text: no-break spaces plain, runs collapsed. */
    private static String normalizeSpaces(String s) {
        return s.replace('\u00A0', ' ').replaceAll(" {2,}", " ").strip();
    }

    private static Path findSource(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().startsWith("source")).findFirst()
                    .orElseThrow(() -> new IOException("no source.* in " + folder));
        }
    }
}
