package dev.newsdrop.handler;

import dev.newsdrop.config.Settings;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.process.Outcome;
import dev.newsdrop.testing.Events;
import dev.newsdrop.testing.LocalAws;
import dev.newsdrop.testing.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The S3-triggered processing function against real S3 and DynamoDB wire endpoints. */
class S3EventHandlerIT {

    private static final String SEED_EVENT = "s3-put-seed.json";
    private static final String SEED_PAGE = "pages/seed-article.html";
    private static final String SEED_KEY = Events.decodedKey(SEED_EVENT);

    private static LocalAws aws;
    private S3EventHandler handler;

    @BeforeAll
    static void startEndpoints() {
        aws = LocalAws.start(Map.of(Settings.MAX_OBJECT_BYTES, Integer.toString(2 * 1024 * 1024)));
    }

    @BeforeEach
    void newHandler() {
        handler = new S3EventHandler(aws.processor());
        aws.put(SEED_KEY, Events.bytes(SEED_PAGE), "text/html; charset=utf-8");
    }

    @Test
    void seedEvent_arabicKeyWithSpace_storesTheSeedArticle() {
        assertEquals("raw/lepoint24/بغداد وواشنطن.html", SEED_KEY, "the event's key decodes to Arabic with a space");

        handler.handleRequest(Events.s3Event(SEED_EVENT), null);

        ArticleRecord record = aws.recordOf(SEED_KEY).orElseThrow();
        assertEquals(ArticleStatus.EXTRACTED, record.status());
        assertEquals("لوبوان24", record.siteName());
        assertEquals("ar", record.language());
        assertEquals("rtl", record.direction());
        assertEquals("الحرة", record.credit());
        assertTrue(record.title().startsWith("بغداد وواشنطن تؤكدان استمرار الشراكة"), record.title());
        assertEquals("newsdrop-raw", record.source().bucket());
        assertEquals("00000000000000" + "0062E99A88DC407460", record.source().sequencer(), "normalized to 32 digits");
        assertNotNull(record.contentHash());
    }

    @Test
    void sameEventDeliveredManyTimes_leavesOneRecord_andEveryRepeatIsUnchanged() {
        List<Outcome.Kind> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        S3EventHandler observed = new S3EventHandler(ProcessingWiring.create(aws.s3, aws.dynamoDb, aws.settings,
                (outcome, took) -> outcomes.add(outcome.kind())));
        String key = "raw/repeat/" + UUID.randomUUID() + ".html";
        aws.put(key, Pages.article("Delivered four times"), "text/html");

        for (int i = 0; i < 4; i++) {
            observed.handleRequest(event(key, "0062E99A88DC407460"), null);
        }

        assertEquals(List.of(Outcome.Kind.STORED, Outcome.Kind.UNCHANGED, Outcome.Kind.UNCHANGED, Outcome.Kind.UNCHANGED),
                outcomes);
        List<ArticleRecord> records = aws.records().stream().filter(r -> r.source().key().equals(key)).toList();
        assertEquals(1, records.size());
    }

    @Test
    void olderEventArrivingAfterNewer_neverOverwritesTheNewerRecord() {
        String key = "raw/order/" + UUID.randomUUID() + ".html";
        aws.put(key, Pages.article("Second version headline"), "text/html");
        handler.handleRequest(event(key, "0062E99A88DC4074FF"), null);

        aws.put(key, Pages.article("First version headline"), "text/html"); // what the older event would now read
        handler.handleRequest(event(key, "0062E99A88DC407460"), null);

        assertEquals("Second version headline", aws.recordOf(key).orElseThrow().title());
    }

    @Test
    void newerEventOfTheSameKey_replacesTheRecord() {
        String key = "raw/order/" + UUID.randomUUID() + ".html";
        aws.put(key, Pages.article("First version headline"), "text/html");
        handler.handleRequest(event(key, "0062E99A88DC407460"), null);
        aws.put(key, Pages.article("Second version headline"), "text/html");
        handler.handleRequest(event(key, "0062E99A88DC40746A"), null);

        assertEquals("Second version headline", aws.recordOf(key).orElseThrow().title());
    }

    @Test
    void objectDeletedBeforeItIsRead_isSkippedWithoutError() {
        String key = "raw/gone/" + UUID.randomUUID() + ".html";
        aws.put(key, Pages.article("Soon deleted"), "text/html");
        aws.delete(key);

        handler.handleRequest(event(key, "0062E99A88DC407460"), null);

        assertTrue(aws.recordOf(key).isEmpty());
    }

    @Test
    void objectThatIsNotHtml_getsARecordWithNonSuccessStatusAndReason() {
        String key = "raw/binary/" + UUID.randomUUID() + ".html";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        aws.put(key, png, "image/png");

        handler.handleRequest(event(key, "0062E99A88DC407460"), null);

        ArticleRecord record = aws.recordOf(key).orElseThrow();
        assertEquals(ArticleStatus.NOT_HTML, record.status());
        assertNotNull(record.reason());
    }

    @Test
    void pageThatIsNotAnArticle_getsANotArticleRecord() {
        String key = "raw/listing/" + UUID.randomUUID() + ".html";
        aws.put(key, Events.bytes("pages/listing-page.html"), "text/html");

        handler.handleRequest(event(key, "0062E99A88DC407460"), null);

        ArticleRecord record = aws.recordOf(key).orElseThrow();
        assertEquals(ArticleStatus.NOT_ARTICLE, record.status());
        assertNotNull(record.reason());
    }

    @Test
    void objectAboveTheSizeLimit_getsATooLargeRecord() {
        String key = "raw/huge/" + UUID.randomUUID() + ".html";
        aws.put(key, new byte[3 * 1024 * 1024], "text/html");

        handler.handleRequest(event(key, "0062E99A88DC407460"), null);

        ArticleRecord record = aws.recordOf(key).orElseThrow();
        assertEquals(ArticleStatus.TOO_LARGE, record.status());
        assertEquals(3 * 1024 * 1024, record.source().size());
    }

    @Test
    void recordTooLargeForADynamoDbItem_isStoredAndReadBackWhole() {
        String key = "raw/large/" + UUID.randomUUID() + ".html";
        String paragraph = "<p>" + "يتابع المجلس البلدي مناقشة الميزانية الجديدة للمدينة والميناء. ".repeat(40) + "</p>";
        byte[] page = ("<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
                + "<title>ميزانية طويلة جدا</title></head><body><article><h1>ميزانية طويلة جدا</h1>"
                + paragraph.repeat(120) + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        aws.put(key, page, "text/html; charset=utf-8");

        handler.handleRequest(event(key, "0062E99A88DC407460"), null);

        ArticleRecord record = aws.recordOf(key).orElseThrow();
        assertEquals(ArticleStatus.EXTRACTED, record.status());
        assertTrue(record.text().getBytes(StandardCharsets.UTF_8).length > 500_000, "the whole text, not a cut");
        assertTrue(record.text().endsWith("للمدينة والميناء."), "up to its last paragraph");
        assertNotNull(record.html());
        assertTrue(aws.s3.listObjectsV2(r -> r.bucket(aws.bucket).prefix("bodies/" + record.id() + "/")).contents().size() == 1,
                "the body went beside the table");
    }

    @Test
    void pageWithMegabyteMetaFields_isStoredWithThoseFieldsCut() {
        String key = "raw/hostile/" + UUID.randomUUID() + ".html";
        String words = "harbour ".repeat(40_000); // 320 KB per field
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            tags.append("<meta property=\"article:tag\" content=\"tag number ").append(i).append("\">");
        }
        String paragraph = "<p>The council approved the new budget on Tuesday after a long debate about schools, "
                + "roads and the harbour, and the mayor said the vote showed the city could still agree.</p>";
        byte[] page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + words + "</title>"
                + "<meta name=\"description\" content=\"" + words + "\">"
                + "<meta property=\"article:section\" content=\"" + words + "\">"
                + "<meta name=\"author\" content=\"" + "Jane Doe, John Roe, ".repeat(2_000) + "\">" + tags
                + "<link rel=\"canonical\" href=\"https://hostile.example/" + "x".repeat(100_000) + "\">"
                + "</head><body><article><h1>Harbour budget passes</h1>" + paragraph.repeat(6) + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(page.length > 1_000_000 && page.length < 2 * 1024 * 1024, "a page of " + page.length + " bytes");
        aws.put(key, page, "text/html; charset=utf-8");

        handler.handleRequest(event(key, "0062E99A88DC407460"), null);

        ArticleRecord record = aws.recordOf(key).orElseThrow();
        assertEquals(ArticleStatus.EXTRACTED, record.status());
        assertTrue(record.title().length() <= 1_000, "title of " + record.title().length());
        assertTrue(record.description().length() <= 5_000, "description of " + record.description().length());
        assertTrue(record.section() == null || record.section().length() <= 1_000);
        assertTrue(record.tags().size() <= 50 && record.authors().size() <= 50);
        assertEquals(null, record.canonicalUrl(), "a 100 KB canonical URL is left out");
        assertTrue(record.text().contains("the mayor said the vote"));
    }

    @Test
    void failedWrite_surfacesSoLambdaRetries() {
        Settings broken = Settings.of(Map.of(Settings.ARTICLES_TABLE, "no-such-table-" + UUID.randomUUID(),
                Settings.OBJECTS_TABLE, aws.settings.objectsTable()));
        S3EventHandler failing = new S3EventHandler(ProcessingWiring.create(aws.s3, aws.dynamoDb, broken));
        String key = "raw/retry/" + UUID.randomUUID() + ".html";
        aws.put(key, Pages.article("Kept for the retry"), "text/html");

        assertThrows(RuntimeException.class, () -> failing.handleRequest(event(key, "0062E99A88DC407460"), null));

        // The retry, once the store answers again, makes the record.
        handler.handleRequest(event(key, "0062E99A88DC407460"), null);
        assertNotEquals(null, aws.recordOf(key).orElseThrow().title());
    }

    private static com.amazonaws.services.lambda.runtime.events.S3Event event(String key, String sequencer) {
        return Events.s3Event(SEED_EVENT, o -> {
            o.put("key", java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
            o.put("sequencer", sequencer);
        });
    }
}
