package dev.newsdrop.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.model.Source;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads sources from a JSON file, a list of objects as {@code docs/sources.md} describes, for
 * {@code ./newsdrop local --sources FILE}.
 */
public final class SourceFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SourceFile() {
    }

    /**
     * The sources of a file.
     *
     * @throws IOException              when the file cannot be read or is not JSON
     * @throws IllegalArgumentException when a source is invalid; the message names it
     */
    public static List<Source> read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /** The sources of a file's content. */
    public static List<Source> parse(byte[] json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("a sources file holds a JSON list of sources");
        }
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : root) {
            String id = node.path("id").asText("");
            if (id.isBlank()) {
                throw new IllegalArgumentException("source #" + (sources.size() + 1) + " has no \"id\"");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException("source id \"" + id + "\" appears twice");
            }
            sources.add(new Source(id, node.path("name").asText(null), urls(id, node.path("feeds")),
                    urls(id, node.path("sitemaps")), node.path("enabled").asBoolean(true),
                    node.path("maxArticlesPerRun").asInt(0), node.path("minDelayBetweenRequestsMs").asLong(0)));
        }
        return sources;
    }

    private static List<URI> urls(String id, JsonNode list) {
        List<URI> urls = new ArrayList<>();
        for (JsonNode node : list) {
            try {
                URI url = new URI(node.asText());
                if (!url.isAbsolute()) {
                    throw new URISyntaxException(node.asText(), "not absolute");
                }
                urls.add(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("source \"" + id + "\": bad URL " + node + ": " + e.getMessage());
            }
        }
        return urls;
    }
}
