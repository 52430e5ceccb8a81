package dev.newsdrop.testing;

import dev.newsdrop.model.Source;
import dev.newsdrop.model.SourceStatus;
import dev.newsdrop.ports.SourceRegistry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SourceRegistry} in memory: saving a source keeps its status, as the DynamoDB one does. */
public final class InMemorySourceRegistry implements SourceRegistry {

    private final Map<String, Source> sources = new ConcurrentHashMap<>();
    private final Map<String, SourceStatus> statuses = new ConcurrentHashMap<>();

    @Override
    public void save(Source source) {
        sources.put(source.id(), source);
    }

    @Override
    public List<Source> all() {
        return List.copyOf(sources.values());
    }

    @Override
    public SourceStatus status(String sourceId) {
        return statuses.getOrDefault(sourceId, SourceStatus.fresh(sourceId));
    }

    @Override
    public void recordStatus(SourceStatus status) {
        statuses.put(status.sourceId(), status);
    }
}
