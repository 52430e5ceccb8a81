package dev.newsdrop.testing;

import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.ports.ObjectLedger;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link ObjectLedger} in memory, with the DynamoDB ledger's rules: a lower sequencer never claims. */
public final class InMemoryObjectLedger implements ObjectLedger {

    /** What the ledger holds for one key. */
    public record Entry(String sequencer, String recordId, ArticleStatus status) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile RuntimeException failure;

    @Override
    public synchronized boolean claim(String bucket, String key, String sequencer) {
        failIfBroken();
        if (sequencer == null) {
            return true;
        }
        Entry entry = entries.get(bucket + "/" + key);
        if (entry != null && entry.sequencer() != null && entry.sequencer().compareTo(sequencer) > 0) {
            return false;
        }
        entries.put(bucket + "/" + key, new Entry(sequencer, entry == null ? null : entry.recordId(),
                entry == null ? null : entry.status()));
        return true;
    }

    @Override
    public synchronized void complete(String bucket, String key, String sequencer, String recordId,
                                      ArticleStatus status) {
        Entry entry = entries.get(bucket + "/" + key);
        String claimed = entry == null ? null : entry.sequencer();
        boolean stillOurs = sequencer == null ? claimed == null : sequencer.equals(claimed);
        if (stillOurs) {
            entries.put(bucket + "/" + key, new Entry(sequencer, recordId, status));
        }
    }

    @Override
    public Optional<Completion> find(String bucket, String key) {
        return entry(bucket, key).filter(e -> e.recordId() != null).map(e -> new Completion(e.recordId(), e.status()));
    }

    @Override
    public Optional<State> state(String bucket, String key) {
        failIfBroken();
        return entry(bucket, key).map(e -> new State(e.sequencer(),
                e.recordId() == null ? null : new Completion(e.recordId(), e.status())));
    }

    /** Makes every later call throw {@code failure} (null heals the ledger), as a failing database would. */
    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    private void failIfBroken() {
        if (failure != null) {
            throw failure;
        }
    }

    /** What the ledger holds for a key, if anything. */
    public Optional<Entry> entry(String bucket, String key) {
        return Optional.ofNullable(entries.get(bucket + "/" + key));
    }
}
