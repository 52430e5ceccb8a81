package dev.newsdrop.local;

import dev.newsdrop.archive.SplitCounts;
import dev.newsdrop.archive.WarcSplitter;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.process.Outcome;
import dev.newsdrop.process.ProcessingObserver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts, per web archive, the pages its split found and the archived pages processed so far, and
 * says once per archive, when all its pages are processed: pages found, records skipped, damaged
 * records, pages processed. Archived pages are not reported one by one; every other outcome goes
 * on to the console's observer.
 */
final class ArchiveTally implements ProcessingObserver {

    /**
     * One archive, done.
     *
     * @param key       the archive's key
     * @param counts    what its split counted
     * @param processed its pages processed (records made, or found deleted)
     * @param gone      whether the archive was deleted while it was split
     */
    record Summary(String key, SplitCounts counts, long processed, boolean gone) {

        String line() {
            return String.format("  %-48s ARCHIVE  %d pages found, %d records skipped, %d damaged, %d processed%s",
                    key, counts.pages(), counts.skipped(), counts.damaged(), processed,
                    gone ? " (deleted while split)" : "");
        }
    }

    private final ProcessingObserver others;
    private final Consumer<String> console;
    private final Map<String, Long> processed = new HashMap<>();
    private final Map<String, WarcSplitter.Split> splits = new HashMap<>();
    private final List<Summary> done = new ArrayList<>();

    ArchiveTally(ProcessingObserver others, Consumer<String> console) {
        this.others = others;
        this.console = console;
    }

    @Override
    public void processed(Outcome outcome, Duration took) {
        ArticleRecord record = outcome.record();
        boolean archivedPage = record != null ? record.source().archived()
                : outcome.kind() == Outcome.Kind.MISSING && splits.containsKey(outcome.event().key());
        if (!archivedPage) {
            others.processed(outcome, took);
            return;
        }
        synchronized (this) {
            processed.merge(outcome.event().key(), 1L, Long::sum);
            report(outcome.event().key());
        }
    }

    /** Told of each part of a split that ended. */
    synchronized void split(WarcSplitter.Split split) {
        if (split.ending() != WarcSplitter.Ending.CONTINUED) {
            splits.put(split.job().key(), split);
            report(split.job().key());
        }
    }

    /** The archives done so far. */
    synchronized List<Summary> summaries() {
        return List.copyOf(done);
    }

    private void report(String key) {
        WarcSplitter.Split split = splits.get(key);
        long count = processed.getOrDefault(key, 0L);
        if (split != null && count >= split.total().pages()) {
            Summary summary = new Summary(key, split.total(), count, split.ending() == WarcSplitter.Ending.GONE);
            splits.remove(key);
            processed.remove(key);
            done.add(summary);
            console.accept(summary.line());
        }
    }
}
