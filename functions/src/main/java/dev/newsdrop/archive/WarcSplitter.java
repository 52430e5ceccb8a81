package dev.newsdrop.archive;

import dev.newsdrop.ports.RawObjectStore;
import dev.newsdrop.ports.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Splits a web archive into work items: reads it once from the job's offset ({@link WarcScanner})
 * and sends one {@link ArchivedPage} per archived HTML page with HTTP 200 to the page queue, ten
 * to a batch; every other record is counted and skipped, every unreadable one counted as damaged.
 *
 * <p>When {@code nearDeadline} says so, it stops after a record, sends the items it holds, then a
 * continuation job from the next record to the archive queue: no record is left out, and none is
 * sent by two parts. A splitter that dies between sending items and the continuation is run again
 * on the same job (the queue redelivers it) and sends those items again; an item is the same each
 * time, and makes the same record, which is stored once.
 */
public final class WarcSplitter {

    private static final Logger log = LoggerFactory.getLogger(WarcSplitter.class);
    /** Items per send: SQS's SendMessageBatch takes ten. */
    static final int BATCH = 10;

    /** How a split (or one part of it) ended. */
    public enum Ending {
        /** The archive was read to its end. */
        FINISHED,
        /** The deadline came; a continuation job holds the rest. */
        CONTINUED,
        /** The archive was deleted before or while it was read; the items sent so far stand. */
        GONE
    }

    /**
     * What splitting came to.
     *
     * @param job          the job split
     * @param ending       how it ended
     * @param part         what this part counted
     * @param total        what the whole split counted so far, earlier parts included
     * @param continuation the job sent for the rest, or null
     */
    public record Split(ArchiveJob job, Ending ending, SplitCounts part, SplitCounts total, ArchiveJob continuation) {
    }

    private final RawObjectStore archives;
    private final WorkQueue pageQueue;
    private final WorkQueue archiveQueue;

    public WarcSplitter(RawObjectStore archives, WorkQueue pageQueue, WorkQueue archiveQueue) {
        this.archives = archives;
        this.pageQueue = pageQueue;
        this.archiveQueue = archiveQueue;
    }

    /** Splits from the job's offset on, until the archive ends or {@code nearDeadline} is true. */
    public Split split(ArchiveJob job, BooleanSupplier nearDeadline) {
        WarcScanner scanner = new WarcScanner(offset -> archives.open(job.bucket(), job.key(), job.versionId(), offset));
        List<String> batch = new ArrayList<>(BATCH);
        long[] counts = new long[3];
        WarcScanner.End end;
        try {
            end = scanner.scan(job.offset(), entry -> {
                switch (entry.verdict()) {
                    case PAGE -> {
                        batch.add(ArchiveMessages.toJson(new ArchivedPage(job.bucket(), job.key(), job.versionId(),
                                entry.offset(), entry.length(), entry.targetUri(), entry.date(), entry.recordId(),
                                entry.charset())));
                        counts[0]++;
                        if (batch.size() == BATCH) {
                            send(batch);
                        }
                    }
                    case SKIPPED -> counts[1]++;
                    case DAMAGED -> {
                        counts[2]++;
                        log.warn("damaged record in {} at offset {}: {}", job.location(), entry.offset(), entry.reason());
                    }
                }
                return !nearDeadline.getAsBoolean();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + job.location() + " failed", e);
        }
        send(batch);
        SplitCounts part = new SplitCounts(counts[0], counts[1], counts[2]);
        SplitCounts total = job.counts().plus(part);
        if (end.gone()) {
            log.warn("{} was deleted while it was split, at offset {}: {} pages sent", job.location(), end.next(),
                    total.pages());
            return new Split(job, Ending.GONE, part, total, null);
        }
        if (!end.finished()) {
            ArchiveJob rest = new ArchiveJob(job.bucket(), job.key(), job.versionId(), end.next(), total);
            archiveQueue.send(List.of(ArchiveMessages.toJson(rest)));
            log.info("split {} up to offset {} ({} pages so far); the rest continues in another invocation",
                    job.location(), end.next(), total.pages());
            return new Split(job, Ending.CONTINUED, part, total, rest);
        }
        log.info("split {}: {} pages, {} records skipped, {} damaged", job.location(), total.pages(), total.skipped(),
                total.damaged());
        return new Split(job, Ending.FINISHED, part, total, null);
    }

    private void send(List<String> batch) {
        if (!batch.isEmpty()) {
            pageQueue.send(List.copyOf(batch));
            batch.clear();
        }
    }
}
