package dev.newsdrop.local;

import dev.newsdrop.archive.SplitCounts;
import dev.newsdrop.archive.WarcSplitter;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.process.Outcome;
import dev.newsdrop.process.ProcessingObserver;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts, per web archive, the pages its split found and the archived pages processed so far, and
 * says once per archive, when all its pages are processed: pages found, records skipped, damaged
 * records, pages processed. Archived pages are not reported one by one; every other outcome goes
 * on to the console's observer. The recent archives, done or not, are listed for the console's
 * pipeline view ({@link #recent()}).
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

    /**
     * One recent archive as the console's pipeline view shows it.
     *
     * @param key       the archive's key
     * @param startedAt when it was handed to the splitter (or, after a restart, first seen)
     * @param counts    what its split counted, or null while it is being split
     * @param processed its pages processed so far
     * @param done      whether every page its split found is processed
     * @param gone      whether the archive was deleted while it was split
     */
    record Progress(String key, Instant startedAt, SplitCounts counts, long processed, boolean done, boolean gone) {
    }

    /** How many recent archives {@link #recent()} lists. */
    static final int RECENT = 20;

    private final ProcessingObserver others;
    /** Recent archives by key, oldest first. */
    private final Map<String, Progress> recent = new LinkedHashMap<>();
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
        if (outcome.kind() == Outcome.Kind.ARCHIVE) {
            synchronized (this) {
                recent.remove(outcome.event().key());
                recent.put(outcome.event().key(), new Progress(outcome.event().key(), Instant.now(), null, 0, false,
                        false));
                trim();
            }
        }
        boolean archivedPage = record != null ? record.source().archived()
                : outcome.kind() == Outcome.Kind.MISSING && splits.containsKey(outcome.event().key());
        if (!archivedPage) {
            others.processed(outcome, took);
            return;
        }
        synchronized (this) {
            long count = processed.merge(outcome.event().key(), 1L, Long::sum);
            WarcSplitter.Split split = splits.get(outcome.event().key());
            progress(outcome.event().key(), split == null ? null : split.total(), count, false,
                    split != null && split.ending() == WarcSplitter.Ending.GONE);
            report(outcome.event().key());
        }
    }

    /** Told of each part of a split that ended. */
    synchronized void split(WarcSplitter.Split split) {
        if (split.ending() != WarcSplitter.Ending.CONTINUED) {
            splits.put(split.job().key(), split);
            progress(split.job().key(), split.total(), processed.getOrDefault(split.job().key(), 0L), false,
                    split.ending() == WarcSplitter.Ending.GONE);
            report(split.job().key());
        }
    }

    /** The archives done so far. */
    synchronized List<Summary> summaries() {
        return List.copyOf(done);
    }

    /** The recent archives, newest first: split or being split, their pages processed so far. */
    synchronized List<Progress> recent() {
        List<Progress> newestFirst = new ArrayList<>(recent.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private void progress(String key, SplitCounts counts, long count, boolean done, boolean gone) {
        Progress known = recent.get(key);
        recent.put(key, new Progress(key, known == null ? Instant.now() : known.startedAt(), counts, count, done, gone));
        trim();
    }

    private void trim() {
        while (recent.size() > RECENT) {
            recent.remove(recent.keySet().iterator().next());
        }
    }

    private void report(String key) {
        WarcSplitter.Split split = splits.get(key);
        long count = processed.getOrDefault(key, 0L);
        if (split != null && count >= split.total().pages()) {
            Summary summary = new Summary(key, split.total(), count, split.ending() == WarcSplitter.Ending.GONE);
            splits.remove(key);
            processed.remove(key);
            done.add(summary);
            progress(key, split.total(), count, true, summary.gone());
            console.accept(summary.line());
        }
    }
}
