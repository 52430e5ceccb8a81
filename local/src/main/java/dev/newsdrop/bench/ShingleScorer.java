package dev.newsdrop.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric: 4-token shingle multisets compared per page, corpus
 * precision the mean over pages with a prediction, recall the mean over all pages, F1 of the two.
 * {@link ScoreCommand} applies it to a folder of predictions.
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
}
