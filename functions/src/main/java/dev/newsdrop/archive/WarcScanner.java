package dev.newsdrop.archive;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an archive's records once, in order, with jwarc, and says for each where it lies (offset
 * and length as stored) and whether it is an archived HTML page. Only record and HTTP headers are
 * parsed; bodies stream past, so memory stays bounded whatever the archive's size.
 *
 * <p>A record that cannot be read (a corrupt gzip member, a {@code Content-Length} that lies, a
 * truncated end) is reported as damaged, and reading resumes at the next record start found after
 * it: the next gzip member in a compressed archive, the next {@code WARC/1.} line in a plain one.
 * Resuming opens the archive again at that point; an archive with no damage is read in one pass.
 */
public final class WarcScanner {

    /** Media types of HTML pages. */
    static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** What a target URI may be at most: a page address; longer is not one (and would bloat a work item). */
    static final int MAX_TARGET_URI_CHARS = 8_192;
    /** Longest charset name kept (registered names are under 45 characters). */
    private static final int MAX_CHARSET_CHARS = 64;
    private static final int SCAN_BUFFER = 64 * 1024;
    /** A gzip member's first three bytes: magic and the deflate method. */
    private static final int GZIP_START = 0x1f8b08;
    /** A plain record's first line, after the previous record's trailer: {@code "\nWARC/1."}. */
    private static final long WARC_LINE = 0x0a574152432f312eL;

    /** What a record is to the splitter. */
    public enum Verdict {
        /** An HTML response with HTTP status 200: a page to extract. */
        PAGE,
        /** Any other record: counted and skipped. */
        SKIPPED,
        /** A record that could not be read; reading resumed after it. */
        DAMAGED
    }

    /**
     * One record.
     *
     * @param offset    where it starts in the archive as stored
     * @param length    its length as stored; 0 when damaged
     * @param verdict   what it is
     * @param reason    why it is skipped or damaged ({@code "request"}, {@code "HTTP 404"}, …), else null
     * @param targetUri its {@code WARC-Target-URI}, or null
     * @param date      its {@code WARC-Date} (ISO-8601), or null
     * @param recordId  its {@code WARC-Record-ID}, or null
     * @param charset   the charset of its HTTP {@code Content-Type}, or null
     */
    public record Entry(long offset, long length, Verdict verdict, String reason, String targetUri, String date,
                        String recordId, String charset) {
    }

    /** Told of each record in turn. */
    @FunctionalInterface
    public interface Listener {
        /** @return whether to go on to the next record (ignored for a damaged one: reading goes on to a readable one) */
        boolean record(Entry entry);
    }

    /**
     * How a scan ended.
     *
     * @param next     where the first record not reported starts (the archive's length when finished)
     * @param finished whether the archive was read to its end
     * @param gone     whether the archive disappeared while being read
     */
    public record End(long next, boolean finished, boolean gone) {
    }

    private final ArchiveBytes archive;

    public WarcScanner(ArchiveBytes archive) {
        this.archive = archive;
    }

    /**
     * Reports the records from {@code from} (a record start) on, until the archive ends or the
     * listener says stop.
     *
     * @throws IOException when the archive cannot be opened for a reason other than its absence
     */
    public End scan(long from, Listener listener) throws IOException {
        long start = from;
        long lastDamage = -1;
        Boolean gzip = null;
        while (true) {
            Optional<InputStream> opened = archive.open(start);
            if (opened.isEmpty()) {
                return new End(start, false, true);
            }
            Pending pending = null;
            long failedAt;
            long lastStart = start;
            String failure;
            try (InputStream in = opened.get(); WarcReader reader = new WarcReader(Channels.newChannel(in))) {
                gzip = gzip != null ? gzip : reader.compression() == WarcCompression.GZIP;
                try {
                    while (true) {
                        Optional<WarcRecord> next = reader.next();
                        long position = start + reader.position();
                        if (pending != null) {
                            boolean goOn = listener.record(pending.complete(position));
                            pending = null;
                            if (!goOn && next.isPresent()) {
                                return new End(position, false, false);
                            }
                        }
                        if (next.isEmpty()) {
                            return new End(position, true, false);
                        }
                        pending = Pending.of(next.get(), position);
                        lastStart = position;
                    }
                } catch (IOException | RuntimeException damaged) {
                    long position = start + reader.position();
                    if (pending != null && position > pending.offset) {
                        // the record read to its end; what follows it is unreadable
                        boolean goOn = listener.record(pending.complete(position));
                        if (!goOn) {
                            return new End(position, false, false);
                        }
                    } else if (pending != null) {
                        position = pending.offset;
                    }
                    failedAt = position;
                    failure = describe(damaged);
                }
            } catch (IOException | RuntimeException unreadable) {
                // the very start is not a WARC record (or not gzip): look for one further on
                failedAt = start;
                failure = describe(unreadable);
            }
            boolean compressed = gzip != null ? gzip : false;
            Optional<Long> resume;
            try {
                // Search from just after the last record start read: a record whose Content-Length lies
                // may have swallowed the next record, or stopped short of its own end.
                resume = nextRecordStart(lastStart + 1, compressed || startsWithGzip(failedAt));
            } catch (ArchiveGoneException gone) {
                return new End(failedAt, false, true);
            }
            // Resuming may meet the same damaged record again: it is reported once. A stop asked for
            // here waits for the next readable record, so a continuation never meets this damage again.
            if (failedAt != lastDamage) {
                listener.record(new Entry(failedAt, 0, Verdict.DAMAGED, failure, null, null, null, null));
            }
            lastDamage = failedAt;
            if (resume.isEmpty()) {
                return new End(failedAt, true, false);
            }
            start = resume.get();
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "unreadable record (" + e.getClass().getSimpleName() + message + ")";
    }

    private boolean startsWithGzip(long offset) throws IOException {
        Optional<InputStream> in = archive.open(offset);
        if (in.isEmpty()) {
            return false;
        }
        try (InputStream s = in.get()) {
            return s.read() == 0x1f && s.read() == 0x8b;
        }
    }

    /** Where the next record may start at or after {@code from}, or empty when the archive ends first. */
    private Optional<Long> nextRecordStart(long from, boolean gzip) throws IOException {
        Optional<InputStream> opened = archive.open(from);
        if (opened.isEmpty()) {
            throw new ArchiveGoneException();
        }
        try (InputStream in = new BufferedInputStream(opened.get(), SCAN_BUFFER)) {
            long window = 0;
            long position = from;
            int b;
            while ((b = in.read()) >= 0) {
                window = (window << 8) | b;
                position++;
                if (gzip && (window & 0xffffff) == GZIP_START) {
                    return Optional.of(position - 3);
                }
                if (!gzip && window == WARC_LINE) {
                    return Optional.of(position - 7);
                }
            }
            return Optional.empty();
        }
    }

    /** The archive disappeared while being read. */
    private static final class ArchiveGoneException extends IOException {
        ArchiveGoneException() {
            super("the archive no longer exists");
        }
    }

    /** A record read up to its body, whose length is known once the next record is reached. */
    private record Pending(long offset, Verdict verdict, String reason, String targetUri, String date,
                           String recordId, String charset) {

        Entry complete(long end) {
            return new Entry(offset, end - offset, verdict, reason, targetUri, date, recordId, charset);
        }

        static Pending of(WarcRecord record, long offset) {
            String date = record.headers().first("WARC-Date").orElse(null);
            String id = record.headers().first("WARC-Record-ID").orElse(null);
            String target = record.headers().first("WARC-Target-URI").orElse(null);
            if (!(record instanceof WarcResponse response)) {
                return new Pending(offset, Verdict.SKIPPED, record.type(), target, date, id, null);
            }
            if (target == null || target.isBlank() || target.length() > MAX_TARGET_URI_CHARS) {
                return new Pending(offset, Verdict.SKIPPED, "no usable WARC-Target-URI", null, date, id, null);
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException notHttp) {
                return new Pending(offset, Verdict.SKIPPED, "not an HTTP response", target, date, id, null);
            }
            if (http.status() != 200) {
                return new Pending(offset, Verdict.SKIPPED, "HTTP " + http.status(), target, date, id, null);
            }
            MediaType type = http.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null);
            if (type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
                return new Pending(offset, Verdict.SKIPPED, "not HTML", target, date, id, null);
            }
            String charset = type.parameters().entrySet().stream()
                    .filter(p -> p.getKey().equalsIgnoreCase("charset")).map(p -> p.getValue().strip())
                    .filter(c -> !c.isEmpty() && c.length() <= MAX_CHARSET_CHARS).findFirst().orElse(null);
            return new Pending(offset, Verdict.PAGE, null, target, date, id, charset);
        }
    }
}
