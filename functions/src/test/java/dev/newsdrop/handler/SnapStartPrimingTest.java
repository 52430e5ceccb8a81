package dev.newsdrop.handler;

import dev.newsdrop.config.Settings;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleStatus;
import org.crac.Resource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapStartPrimingTest {

    @Test
    void priming_runsTheWholeProcessingPathInMemory() {
        // No endpoint is configured: a call that left the JVM would go to AWS and fail without credentials.
        Settings settings = Settings.of(Map.of(Settings.S3_PATH_STYLE, "true"));

        assertTrue(new SnapStartPriming(settings).prime(),
                "priming should claim, read, extract and store the bundled page through the in-memory answers");
    }

    @Test
    void bundledPage_isAnArticleTheExtractorReads() {
        ExtractedArticle record = new ArticleExtractor().extract(new PageInput(SnapStartPriming.bundledPage(),
                SnapStartPriming.PAGE_URL, "text/html; charset=utf-8", SnapStartPriming.KEY));

        assertEquals(ArticleStatus.EXTRACTED, record.status());
        assertEquals("افتتاح مكتبة عامة جديدة في وسط المدينة", record.title());
    }

    @Test
    void register_keepsTheHookForTheSnapshot() throws Exception {
        int before = SnapStartPriming.registered().size();
        SnapStartPriming.register(Settings.of(Map.of()));

        assertEquals(before + 1, SnapStartPriming.registered().size());
        Resource hook = SnapStartPriming.registered().get(before);
        hook.beforeCheckpoint(null); // a failure inside is logged, never thrown at the CRaC runtime
    }
}
