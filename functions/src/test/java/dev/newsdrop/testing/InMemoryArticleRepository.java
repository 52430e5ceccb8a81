package dev.newsdrop.testing;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.RecordKeys;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.InvalidCursorException;
import dev.newsdrop.ports.ListingCursors;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * An {@link ArticleRepository} in memory with the DynamoDB one's semantics: the same conditional
 * write rules (same object: newer event or changed content; other object: only when allowed), the
 * same order (listing instant to the second, then id, newest first), the same partitions (site,
 * primary language, everything), the same read budget and signed cursors. {@code
 * ArticleRepositoryContract} runs one set of tests against both.
 */
public final class InMemoryArticleRepository implements ArticleRepository {

    private static final Comparator<ArticleRecord> NEWEST_FIRST = Comparator
            .comparing((ArticleRecord r) -> listedSecond(r)).thenComparing(ArticleRecord::id).reversed();

    private final Map<String, ArticleRecord> records = new ConcurrentHashMap<>();
    private final ListingCursors cursors;
    private final int readBudget;
    private volatile RuntimeException failure;

    public InMemoryArticleRepository() {
        this(new ListingCursors(ListingCursors.keyDerivedFrom("in-memory")), LISTING_READ_BUDGET);
    }

    public InMemoryArticleRepository(ListingCursors cursors, int readBudget) {
        this.cursors = cursors;
        this.readBudget = readBudget;
    }

    /** Makes every later call throw {@code failure} (null heals the store), as a failing database would. */
    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** Every record held, in no order. */
    public List<ArticleRecord> all() {
        return List.copyOf(records.values());
    }

    @Override
    public synchronized SaveResult save(ArticleRecord record, boolean mayReplaceOtherObject) {
        failIfBroken();
        ArticleRecord stored = records.get(record.id());
        boolean write;
        if (stored == null) {
            write = true;
        } else if (!stored.sameObjectAs(record)) {
            write = mayReplaceOtherObject || olderArchivedCapture(stored, record);
        } else {
            boolean changed = !stored.contentHash().equals(record.contentHash())
                    || !stored.extractorVersion().equals(record.extractorVersion());
            String before = stored.source().sequencer();
            String now = record.source().sequencer();
            write = now == null ? changed
                    : before == null || before.compareTo(now) < 0 || (before.equals(now) && changed);
        }
        if (write) {
            records.put(record.id(), record);
            return SaveResult.WRITTEN;
        }
        if (!stored.sameObjectAs(record)) {
            return stored.source().archived() && record.source().archived() && record.source().sequencer() != null
                    ? SaveResult.SUPERSEDED : SaveResult.CLAIMED;
        }
        return Objects.equals(stored.source().sequencer(), record.source().sequencer())
                ? SaveResult.UNCHANGED : SaveResult.SUPERSEDED;
    }

    /** A page from another web archive replaces one made from an older capture (lower WARC-Date sequencer). */
    private static boolean olderArchivedCapture(ArticleRecord stored, ArticleRecord record) {
        String before = stored.source().sequencer();
        String now = record.source().sequencer();
        return stored.source().archived() && record.source().archived() && before != null && now != null
                && before.compareTo(now) < 0;
    }

    @Override
    public Optional<ArticleRecord> find(String id) {
        failIfBroken();
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public Page list(ListQuery query) {
        failIfBroken();
        Map<String, String> after = cursors.open(query);
        String primary = RecordKeys.primaryLanguage(query.language());
        Predicate<ArticleRecord> partition = query.extractorVersion() != null
                ? r -> query.extractorVersion().equals(r.extractorVersion())
                : query.site() != null
                ? r -> query.site().equals(RecordKeys.site(r))
                : query.language() != null ? r -> primary.equals(RecordKeys.primaryLanguage(r.language()))
                : r -> true;
        Instant since = query.since() == null ? null : query.since().truncatedTo(ChronoUnit.SECONDS);
        Instant until = query.until() == null ? null : query.until().truncatedTo(ChronoUnit.SECONDS);
        List<ArticleRecord> index = records.values().stream()
                .filter(partition)
                .filter(r -> since == null || !listedSecond(r).isBefore(since))
                .filter(r -> until == null || !listedSecond(r).isAfter(until))
                .sorted(NEWEST_FIRST)
                .toList();
        int start = 0;
        if (after != null) {
            start = positionAfter(index, after);
        }
        boolean exactLanguage = query.language() != null && !primary.equalsIgnoreCase(query.language());
        Predicate<ArticleRecord> filter = exactLanguage ? r -> query.language().equals(r.language())
                : query.language() != null ? r -> primary.equals(RecordKeys.primaryLanguage(r.language()))
                : r -> true;
        filter = filter.and(r -> query.status() == null || query.status() == r.status())
                .and(r -> query.titleMatches(r.title()));
        List<ArticleRecord> items = new ArrayList<>();
        int read = 0;
        int i = start;
        while (i < index.size() && items.size() < query.limit() && read < readBudget) {
            ArticleRecord r = index.get(i++);
            read++;
            if (filter.test(r)) {
                items.add(r);
            }
        }
        Map<String, String> next = i < index.size()
                ? Map.of("id", index.get(i - 1).id(), "at", listedSecond(index.get(i - 1)).toString())
                : null;
        return new Page(items, cursors.issue(query, next));
    }

    /** The index of the first entry after the position, in listing order (as DynamoDB's ExclusiveStartKey). */
    private static int positionAfter(List<ArticleRecord> index, Map<String, String> after) {
        Instant at;
        try {
            at = Instant.parse(after.get("at"));
        } catch (RuntimeException e) {
            throw new InvalidCursorException("cursor belongs to another listing");
        }
        String id = after.get("id");
        for (int i = 0; i < index.size(); i++) {
            ArticleRecord r = index.get(i);
            int c = listedSecond(r).compareTo(at);
            if (c < 0 || (c == 0 && r.id().compareTo(id) < 0)) {
                return i;
            }
        }
        return index.size();
    }

    private static Instant listedSecond(ArticleRecord r) {
        return RecordKeys.listedAt(r).truncatedTo(ChronoUnit.SECONDS);
    }

    private void failIfBroken() {
        if (failure != null) {
            throw failure;
        }
    }
}
