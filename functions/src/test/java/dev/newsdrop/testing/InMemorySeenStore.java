package dev.newsdrop.testing;

import dev.newsdrop.fetch.Validators;
import dev.newsdrop.ports.SeenStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SeenStore} in memory with the DynamoDB one's rules: a URL is new once, pending until
 * fetched or given up on, failed attempts counted, and every entry forgotten {@link #REMEMBER_FOR}
 * after its last write (the table's TTL).
 */
public final class InMemorySeenStore implements SeenStore {

    /** As long as the DynamoDB store remembers. */
    public static final Duration REMEMBER_FOR = Duration.ofDays(90);

    private record Seen(String state, int attempts, String lastError, Instant expiresAt) {
    }

    private record Document(Validators validators, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<String, Seen> urls = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> pending = new ConcurrentHashMap<>();
    private final Map<String, Document> documents = new ConcurrentHashMap<>();

    public InMemorySeenStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean addIfNew(String sourceId, String url) {
        if (live(urls.get(url) == null ? null : urls.get(url).expiresAt())) {
            return false;
        }
        urls.put(url, new Seen("pending", 0, null, expiry()));
        pending.computeIfAbsent(sourceId, s -> new LinkedHashSet<>()).add(url);
        return true;
    }

    @Override
    public synchronized List<String> pending(String sourceId) {
        return new ArrayList<>(pending.getOrDefault(sourceId, Set.of()));
    }

    @Override
    public synchronized void markFetched(String sourceId, String url) {
        Seen seen = urls.get(url);
        urls.put(url, new Seen("fetched", seen == null ? 0 : seen.attempts(), null, expiry()));
        pending.getOrDefault(sourceId, new LinkedHashSet<>()).remove(url);
    }

    @Override
    public synchronized int recordFailedAttempt(String sourceId, String url, String error) {
        Seen seen = urls.get(url);
        int attempts = (seen == null ? 0 : seen.attempts()) + 1;
        urls.put(url, new Seen(seen == null ? "pending" : seen.state(), attempts, error, expiry()));
        return attempts;
    }

    @Override
    public synchronized void giveUp(String sourceId, String url, String reason) {
        Seen seen = urls.get(url);
        urls.put(url, new Seen("given-up", seen == null ? 0 : seen.attempts(), reason, expiry()));
        pending.getOrDefault(sourceId, new LinkedHashSet<>()).remove(url);
    }

    @Override
    public Validators validators(String documentUrl) {
        Document document = documents.get(documentUrl);
        return document == null || !live(document.expiresAt()) ? Validators.NONE : document.validators();
    }

    @Override
    public void saveValidators(String documentUrl, Validators validators) {
        documents.put(documentUrl, new Document(validators, expiry()));
    }

    private Instant expiry() {
        return clock.instant().plus(REMEMBER_FOR);
    }

    private boolean live(Instant expiresAt) {
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
