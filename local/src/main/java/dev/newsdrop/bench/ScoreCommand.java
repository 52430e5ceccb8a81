package dev.newsdrop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.bench.ShingleScorer.CorpusScore;
import dev.newsdrop.bench.ShingleScorer.PageScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code score [--per-page] --gt ground-truth.json PRED_DIR}: the body-text scores of a folder of
 * predictions against a benchmark's ground truth, by {@link ShingleScorer}. PRED_DIR holds
 * {@code <id>.json} records with a {@code text} (or {@code articleBody}) field; a missing file scores
 * as empty.
 */
@Command(name = "score",
        header = "body-text precision, recall and F1 (4-token shingles) of predictions against a ground truth",
        description = {"Scores each DIR/<id>.json prediction's text (or articleBody) against the ground truth's "
                + "articleBody for that id, as the article-extraction benchmark does; a missing prediction scores "
                + "as empty.", ""})
public final class ScoreCommand implements Callable<Integer> {

    @Option(names = "--gt", paramLabel = "GT.json", required = true,
            description = "the benchmark's ground truth: {id: {articleBody, ...}}")
    Path gt;

    @Option(names = "--per-page", description = "print each page's precision and recall too, worst first")
    boolean perPage;

    @Parameters(paramLabel = "DIR", description = "the predictions, <id>.json each (as predict writes them)")
    Path predDir;

    private final PrintStream out;

    /** The command, printing to {@code out}. */
    public ScoreCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode truth = json.readTree(gt.toFile());
            List<PageScore> pages = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Path file = predDir.resolve(e.getKey() + ".json");
                String predicted = "";
                if (Files.exists(file)) {
                    JsonNode rec = json.readTree(file.toFile());
                    JsonNode text = rec.has("text") ? rec.get("text") : rec.get("articleBody");
                    predicted = text == null || text.isNull() ? "" : text.asText();
                }
                pages.add(ShingleScorer.score(e.getKey(), e.getValue().path("articleBody").asText(""), predicted));
            }
            if (perPage) {
                pages.stream().sorted(Comparator.comparingDouble(s -> s.recall() + s.precision()))
                        .forEach(s -> out.printf("%s\tP=%.3f\tR=%.3f%n", s.id(),
                                s.hasPrediction() ? s.precision() : Double.NaN, s.recall()));
            }
            CorpusScore c = ShingleScorer.corpus(pages);
            out.printf("pages=%d F1=%.4f P=%.4f R=%.4f%n", c.pages(), c.f1(), c.precision(), c.recall());
            return 0;
        } catch (IOException e) {
            out.println("cannot read: " + e.getMessage());
            return 1;
        }
    }
}
