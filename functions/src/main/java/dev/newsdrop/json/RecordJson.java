package dev.newsdrop.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.newsdrop.model.ArticleRecord;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Records as JSON, the way people and programs read them (the command line, the API): camelCase
 * field names in the record's order, ISO-8601 times, absent values as explicit nulls.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private RecordJson() {
    }

    /** The mapper, for callers that write other JSON beside records. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(ArticleRecord record, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(record)
                    : MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record always serializes", e);
        }
    }

    public static ArticleRecord read(String json) {
        try {
            return MAPPER.readValue(json, ArticleRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a newsdrop record: " + e.getMessage(), e);
        }
    }
}
