package dev.newsdrop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.extract.PageInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code predict --out DIR [--urls ground-truth.json] FILE|DIR...}: extracts every page and writes
 * {@code <id>.json} per page, the record's fields plus the names the benchmark scorers read
 * ({@code articleBody}, {@code published}). A page's URL comes from {@code --urls} (a benchmark's
 * ground truth) or from an {@code expected.json} beside {@code source.html.gz}. A page whose extraction throws gets a
 * record of status FAILED with the error, and the run goes on: one page must not cost the others' records.
 */
@Command(name = "predict",
        header = "records of benchmark pages, one <id>.json each, for scoring",
        description = {"Extracts every page and writes DIR/<id>.json: the record's fields plus the names the "
                + "benchmark scorers read (articleBody, published). A page's URL comes from --urls or from an "
                + "expected.json beside it.", ""})
public final class PredictionWriter implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where the predictions go")
    Path outDir;

    @Option(names = "--urls", paramLabel = "GT.json",
            description = "a benchmark's ground truth, read for each page's URL")
    Path urlsFile;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "pages (.html, .htm, .html.gz, <id>/source.html.gz), or folders searched for them")
    List<Path> names;

    private final PrintStream out;

    private final Function<PageInput, ExtractedArticle> extract;

    /** The command, printing to {@code out}. */
    public PredictionWriter(PrintStream out) {
        this(out, new ArticleExtractor()::extract);
    }

    /** The command with another extraction, for tests. */
    PredictionWriter(PrintStream out, Function<PageInput, ExtractedArticle> extract) {
        this.out = out;
        this.extract = extract;
    }

    @Override
    public Integer call() {
        ObjectMapper json = new ObjectMapper();
        try {
            Files.createDirectories(outDir);
            Map<String, String> urls = new HashMap<>();
            if (urlsFile != null) {
                JsonNode gt = json.readTree(urlsFile.toFile());
                for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    urls.put(e.getKey(), e.getValue().path("url").asText(null));
                }
            }
            int n = 0;
            List<String> failed = new ArrayList<>();
            for (Path file : PageFiles.expand(names)) {
                String id = PageFiles.idOf(file);
                String url = urls.get(id);
                Path expected = file.resolveSibling("expected.json");
                if (url == null && Files.exists(expected)) {
                    url = json.readTree(expected.toFile()).path("url").asText(null);
                }
                PageInput page = new PageInput(Files.readAllBytes(file), url, null, file.getFileName().toString());
                ObjectNode record;
                try {
                    record = toJson(json, extract.apply(page));
                } catch (RuntimeException | StackOverflowError e) {
                    failed.add(id);
                    out.println("failed: " + id + ": " + e);
                    record = json.createObjectNode().put("status", "FAILED").put("error", e.toString()).put("articleBody", "");
                }
                json.writeValue(outDir.resolve(id + ".json").toFile(), record);
                n++;
            }
            out.println("wrote " + n + " predictions to " + outDir
                    + (failed.isEmpty() ? "" : " (" + failed.size() + " failed: " + String.join(", ", failed) + ")"));
            return 0;
        } catch (IOException e) {
            out.println("cannot read or write: " + e.getMessage());
            return 1;
        }
    }

    static ObjectNode toJson(ObjectMapper json, ExtractedArticle a) {
        ObjectNode o = json.valueToTree(a);
        o.put("articleBody", a.text() == null ? "" : a.text());
        o.put("published", a.publishedAt());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        return o;
    }
}
