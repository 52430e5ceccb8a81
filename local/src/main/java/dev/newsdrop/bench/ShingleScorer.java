package dev.newsdrop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric: 4-token shingle multisets compared per page, corpus
 * precision the mean over pages with a prediction, recall the mean over all pages, F1 of the two.
 *
 * <p>{@code score [--per-page] --gt ground-truth.json PRED_DIR}: PRED_DIR holds {@code <id>.json}
 * records with a {@code text} (or {@code articleBody}) field; a missing file scores as empty.
 */
public final class ShingleScorer {

    /** Python's Unicode {@code \w}: letters, digits and underscore (Java's plain \w is ASCII only). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** Window size of the benchmark's shingles. */
    private static final int SHINGLE = 4;

    /** Scores of one page. */
    public record PageScore(String id, double tp, double fp, double fn) {

        boolean hasPrediction() {
            return tp + fp > 0;
        }

        boolean hasTruth() {
            return tp + fn > 0;
        }

        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Corpus scores. */
    public record CorpusScore(double f1, double precision, double recall, int pages) {
    }

    private ShingleScorer() {
    }

    public static PageScore score(String id, String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, e.getValue());
            fp += Math.max(0, e.getValue() - tc);
        }
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        return new PageScore(id, tp, fp, fn);
    }

    public static CorpusScore corpus(List<PageScore> pages) {
        double p = pages.stream().filter(PageScore::hasPrediction).mapToDouble(PageScore::precision).average().orElse(0);
        double r = pages.stream().filter(PageScore::hasTruth).mapToDouble(PageScore::recall).average().orElse(0);
        return new CorpusScore(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, pages.size());
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        int windows = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < windows; i++) {
            out.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
        }
        return out;
    }

    public static int run(String[] args) {
        return run(args, System.out);
    }

    static int run(String[] args, PrintStream out) {
        Path gt = null;
        Path predDir = null;
        boolean perPage = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gt" -> gt = Path.of(args[++i]);
                case "--per-page" -> perPage = true;
                default -> predDir = Path.of(args[i]);
            }
        }
        if (gt == null || predDir == null) {
            out.println("usage: score [--per-page] --gt ground-truth.json PRED_DIR");
            return 2;
        }
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
                pages.add(score(e.getKey(), e.getValue().path("articleBody").asText(""), predicted));
            }
            if (perPage) {
                pages.stream().sorted((a, b) -> Double.compare(a.recall() + a.precision(), b.recall() + b.precision()))
                        .forEach(s -> out.printf("%s\tP=%.3f\tR=%.3f%n", s.id(), s.hasPrediction() ? s.precision() : Double.NaN, s.recall()));
            }
            CorpusScore c = corpus(pages);
            out.printf("pages=%d F1=%.4f P=%.4f R=%.4f%n", c.pages(), c.f1(), c.precision(), c.recall());
            return 0;
        } catch (IOException e) {
            out.println("cannot read: " + e.getMessage());
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
