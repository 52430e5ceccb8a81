package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Meta tags are read by attribute name whatever case the page writes it in (the parser lower-cases names). */
class MetaTagsCaseTest {

    @Test
    void attributeNamesInAnyCase_areRead() {
        MetaTags meta = new MetaTags(Jsoup.parse("<html><head><META NAME='Author' CONTENT=' Jane Doe '>"
                + "<meta Property='OG:Title' Value='Harbour plan approved'><meta ItemProp='datePublished' content='2024-03-02'>"
                + "<meta HTTP-EQUIV='Content-Language' CONTENT='de'><meta name='empty' content=' '></head></html>")
                .select("meta"));
        assertEquals("Jane Doe", meta.first("author"));
        assertEquals("Harbour plan approved", meta.first("og:title"));
        assertEquals(List.of("2024-03-02"), meta.all("datepublished"));
        assertEquals("de", meta.first("content-language"));
        assertNull(meta.first("empty"));
    }
}
