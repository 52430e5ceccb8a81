package dev.newsdrop.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.config.Settings;
import dev.newsdrop.emulators.Endpoints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a running local pipeline writes to {@code endpoints.json} in its data folder, so that
 * {@code ./newsdrop invoke} and other tools find it: its API, its emulators and their credentials,
 * its bucket and raw prefix, and its process id. One definition of the file's fields, for the
 * writer and the readers.
 *
 * @param api       the local HTTP API
 * @param endpoints the S3 and DynamoDB emulators and the credentials to use with them
 * @param bucket    the raw bucket
 * @param rawPrefix the prefix under which an object becomes a record
 * @param pid       the pipeline's process id
 */
public record EndpointsFile(URI api, Endpoints endpoints, String bucket, String rawPrefix, long pid) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE_NAME = "endpoints.json";
    private static final String API = "api";
    private static final String S3 = "s3";
    private static final String DYNAMODB = "dynamodb";
    private static final String REGION = "region";
    private static final String ACCESS_KEY = "accessKeyId";
    private static final String SECRET_KEY = "secretAccessKey";
    private static final String BUCKET = "bucket";
    private static final String RAW_PREFIX = "rawPrefix";
    private static final String PID = "pid";

    /** Where a pipeline with data in {@code dataDir} writes the file. */
    public static Path path(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * Reads the file of the pipeline with data in {@code dataDir}.
     *
     * @throws IOException when there is none (no pipeline running there) or it cannot be read
     */
    public static EndpointsFile read(Path dataDir) throws IOException {
        JsonNode file = JSON.readTree(Files.readString(path(dataDir)));
        Endpoints endpoints = new Endpoints(URI.create(text(file, S3)), URI.create(text(file, DYNAMODB)),
                text(file, REGION), text(file, ACCESS_KEY), text(file, SECRET_KEY), "local pipeline");
        return new EndpointsFile(URI.create(text(file, API)), endpoints, text(file, BUCKET), text(file, RAW_PREFIX),
                file.path(PID).asLong());
    }

    private static String text(JsonNode file, String field) throws IOException {
        JsonNode value = file.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("endpoints file lacks '" + field + "'");
        }
        return value.asText();
    }

    /** The settings the functions need to reach this pipeline's bucket through its S3 emulator. */
    public Settings settings() {
        return Settings.of(Map.of(Settings.S3_PATH_STYLE, "true",
                Settings.S3_ENDPOINT, endpoints.s3().toString(),
                Settings.RAW_BUCKET, bucket,
                Settings.RAW_PREFIX, rawPrefix));
    }

    /** Writes the file into {@code dataDir}. */
    void write(Path dataDir) {
        ObjectNode file = JSON.createObjectNode()
                .put(API, api.toString())
                .put(S3, endpoints.s3().toString())
                .put(DYNAMODB, endpoints.dynamoDb().toString())
                .put(REGION, endpoints.region())
                .put(ACCESS_KEY, endpoints.accessKey())
                .put(SECRET_KEY, endpoints.secretKey())
                .put(BUCKET, bucket)
                .put(RAW_PREFIX, rawPrefix)
                .put(PID, pid);
        try {
            AtomicFiles.writeString(path(dataDir), file.toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path(dataDir), e);
        }
    }
}
