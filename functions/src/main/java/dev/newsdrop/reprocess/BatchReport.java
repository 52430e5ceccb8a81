package dev.newsdrop.reprocess;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch came to: how many keys ended in each outcome, and which keys failed or were
 * skipped, with the reason. The lists are capped ({@value #MAX_LISTED} entries, reasons of
 * {@value #MAX_REASON_CHARS} characters) so a report stays a few tens of kilobytes, far under Step
 * Functions' 256 KB per state; the counts always cover every key, and {@link #failuresLeftOut()}
 * says how many failures the list leaves out.
 */
public final class BatchReport {

    /** Failures (and skips) listed at most per report. */
    public static final int MAX_LISTED = 100;
    /** Longest reason kept; longer ones are cut with "…". */
    public static final int MAX_REASON_CHARS = 300;

    private final Map<KeyOutcome.Kind, Integer> counts = new EnumMap<>(KeyOutcome.Kind.class);
    private final List<KeyOutcome> failures = new ArrayList<>();
    private final List<KeyOutcome> skips = new ArrayList<>();
    private int failuresLeftOut;
    private int skipsLeftOut;

    public BatchReport() {
        for (KeyOutcome.Kind kind : KeyOutcome.Kind.values()) {
            counts.put(kind, 0);
        }
    }

    /** Counts one key's outcome, listing it when it failed or was skipped. */
    public synchronized void add(KeyOutcome outcome) {
        counts.merge(outcome.kind(), 1, Integer::sum);
        if (outcome.kind() == KeyOutcome.Kind.FAILED) {
            failuresLeftOut += list(failures, outcome);
        } else if (outcome.kind() == KeyOutcome.Kind.SKIPPED) {
            skipsLeftOut += list(skips, outcome);
        }
    }

    private static int list(List<KeyOutcome> entries, KeyOutcome outcome) {
        if (entries.size() >= MAX_LISTED) {
            return 1;
        }
        String reason = outcome.reason() == null ? "" : outcome.reason();
        if (reason.length() > MAX_REASON_CHARS) {
            reason = reason.substring(0, MAX_REASON_CHARS - 1) + "…";
        }
        entries.add(new KeyOutcome(outcome.key(), outcome.kind(), reason));
        return 0;
    }

    /** Keys per outcome, every outcome present. */
    public synchronized Map<KeyOutcome.Kind, Integer> counts() {
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public synchronized int count(KeyOutcome.Kind kind) {
        return counts.get(kind);
    }

    /** Keys counted in all. */
    public synchronized int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The failed keys, with their reasons, at most {@value #MAX_LISTED}. */
    public synchronized List<KeyOutcome> failures() {
        return List.copyOf(failures);
    }

    /** Failed keys beyond the list. */
    public synchronized int failuresLeftOut() {
        return failuresLeftOut;
    }

    /** The skipped keys, with their reasons, at most {@value #MAX_LISTED}. */
    public synchronized List<KeyOutcome> skips() {
        return List.copyOf(skips);
    }

    /** Skipped keys beyond the list. */
    public synchronized int skipsLeftOut() {
        return skipsLeftOut;
    }
}
