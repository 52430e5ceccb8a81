package dev.newsdrop.ingest;

import java.util.List;

/**
 * What one ingestion run did, source by source.
 *
 * @param sources      one report per source the run processed
 * @param stoppedEarly true when the run stopped at its deadline with work left for the next
 */
public record IngestionReport(List<SourceReport> sources, boolean stoppedEarly) {

    public IngestionReport {
        sources = List.copyOf(sources);
    }

    /** The report of one source, or null when the run did not process it. */
    public SourceReport source(String sourceId) {
        return sources.stream().filter(s -> s.sourceId().equals(sourceId)).findFirst().orElse(null);
    }

    public int totalFetched() {
        return sources.stream().mapToInt(SourceReport::fetched).sum();
    }
}
