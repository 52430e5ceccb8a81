package dev.newsdrop.process;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.SourceObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounds {@link RecordMaker} puts on every field besides the body, whatever a page claims. */
class RecordMakerTest {

    private static final RecordMaker RECORDS = new RecordMaker(new ArticleExtractor(),
            Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));
    private static final SourceObject SOURCE = new SourceObject("b", "raw/x.html", null, null, 0, "text/html", null, null);
    private static final String PROSE = "<p>The council met on Tuesday to discuss the harbour budget, the ferry timetable "
            + "and the repairs to the old lighthouse, which have been delayed twice this year.</p>";

    private static ArticleRecord make(String head) {
        String html = "<html lang=en><head><meta charset=utf-8>" + head + "</head><body><article><h1>Harbour</h1>"
                + PROSE.repeat(5) + "</article></body></html>";
        return RECORDS.make(new PageInput(html.getBytes(StandardCharsets.UTF_8), null, "text/html", "x.html"), SOURCE);
    }

    @Test
    void notArticleRecord_keepsTheExtractedTextAndHtml() {
        StringBuilder links = new StringBuilder("<ul>");
        for (int i = 0; i < 40; i++) {
            links.append("<li><h3><a href=\"/news/").append(i).append("\">Story number ").append(i).append("</a></h3></li>");
        }
        String html = "<html lang=en><head><meta charset=utf-8><title>Harbour</title></head><body>" + links + "</ul>"
                + "<div><p>The ferry office on the quay is closed on Monday for repairs to its roof.</p></div></body></html>";
        ArticleRecord r = RECORDS.make(new PageInput(html.getBytes(StandardCharsets.UTF_8), null, "text/html", "x.html"), SOURCE);

        assertEquals(ArticleStatus.NOT_ARTICLE, r.status(), r.reason());
        assertTrue(r.text().contains("The ferry office on the quay is closed on Monday"), r.text());
        assertTrue(r.html().contains("<p>The ferry office on the quay is closed on Monday"), r.html());
        assertTrue(r.wordCount() > 0);
    }

    @Test
    void longTitleAndDescription_areCut_withAnEllipsis() {
        ArticleRecord r = make("<title>" + "T".repeat(5_000) + "</title><meta name=description content=\""
                + "d".repeat(20_000) + "\">");

        assertEquals(RecordMaker.MAX_TITLE_CHARS, r.title().length());
        assertTrue(r.title().endsWith("…"));
        assertEquals(RecordMaker.MAX_DESCRIPTION_CHARS, r.description().length());
    }

    @Test
    void tags_areCappedInNumber_andOverlongOnesLeftOut() {
        StringBuilder head = new StringBuilder("<title>Harbour</title>");
        head.append("<meta property=\"article:tag\" content=\"").append("x".repeat(RecordMaker.MAX_LIST_ENTRY_CHARS + 1))
                .append("\">");
        for (int i = 0; i < 500; i++) {
            head.append("<meta property=\"article:tag\" content=\"tag").append(i).append("\">");
        }
        ArticleRecord r = make(head.toString());

        assertEquals(RecordMaker.MAX_LIST_ENTRIES, r.tags().size());
        assertTrue(r.tags().stream().allMatch(t -> t.length() <= RecordMaker.MAX_LIST_ENTRY_CHARS));
        assertEquals("tag0", r.tags().getFirst(), "the overlong tag is left out, not cut");
    }

    @Test
    void overlongCanonicalUrl_isLeftOut_andTheIdComesFromTheObject() {
        String canonical = "https://herald.example/" + "a".repeat(RecordMaker.MAX_URL_CHARS);
        ArticleRecord r = make("<title>Harbour</title><link rel=canonical href=\"" + canonical + "\">");

        assertNull(r.canonicalUrl());
        assertEquals(RecordIds.forObject("b", "raw/x.html"), r.id());
    }

    @Test
    void cut_neverSplitsASurrogatePair() {
        String emoji = "a".repeat(8) + "😀".repeat(4);
        String cut = RecordMaker.cut(emoji, 10);
        assertEquals("a".repeat(8) + "…", cut);
        assertTrue(cut.length() <= 10);
    }

    @Test
    void refusal_isARecordWithItsReason() {
        ArticleRecord r = RECORDS.refuse(ArticleStatus.TOO_LARGE, "too big", "https://herald.example/a", SOURCE);

        assertEquals(ArticleStatus.TOO_LARGE, r.status());
        assertEquals("too big", r.reason());
        assertEquals(RecordIds.forCanonicalUrl("https://herald.example/a"), r.id(), "its address names it");
    }
}
