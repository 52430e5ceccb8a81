package dev.newsdrop.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The context in this module's {@code cdk.json}: the feature flags the CDK recommends for the version
 * in use. The CDK command line passes them to the app itself; reading them here too makes a synth by
 * Maven, and the tests, build the same templates as {@code cdk deploy}.
 */
final class CdkJson {

    static final String FILE = "cdk.json";

    private CdkJson() {
    }

    static Map<String, Object> context(Path infrastructureModule) {
        Path file = infrastructureModule.resolve(FILE);
        try {
            JsonNode context = new ObjectMapper().readTree(file.toFile()).path("context");
            return new ObjectMapper().convertValue(context, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
