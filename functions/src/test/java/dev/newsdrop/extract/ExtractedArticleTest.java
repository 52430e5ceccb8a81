package dev.newsdrop.extract;

import dev.newsdrop.model.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtractedArticleTest {

    /** Components only the engine knows (how the bytes were decoded). */
    private static final Set<String> ENGINE_ONLY = Set.of("charset");

    /** Components only the pipeline knows: identity, provenance and processing. */
    private static final Set<String> PIPELINE_ONLY = Set.of("id", "source", "contentHash", "extractorVersion", "processedAt",
            "duplicateOf", "previousSource");

    @Test
    void sharedArticleFields_haveTheSameNamesTypesAndOrderAsTheStoredRecord() {
        List<String> extracted = shared(ExtractedArticle.class.getRecordComponents(), ENGINE_ONLY);
        List<String> stored = shared(ArticleRecord.class.getRecordComponents(), PIPELINE_ONLY);

        assertEquals(20, extracted.size(), "the article fields both records hold: " + extracted);
        assertEquals(Set.copyOf(stored), Set.copyOf(extracted));
        assertEquals(without(stored, "status", "reason"), without(extracted, "status", "reason"));
    }

    private static List<String> shared(RecordComponent[] components, Set<String> own) {
        return Arrays.stream(components).filter(c -> !own.contains(c.getName()))
                .map(c -> c.getName() + ":" + c.getGenericType().getTypeName()).toList();
    }

    private static List<String> without(List<String> fields, String... names) {
        return fields.stream().filter(f -> Arrays.stream(names).noneMatch(n -> f.startsWith(n + ":"))).toList();
    }
}
