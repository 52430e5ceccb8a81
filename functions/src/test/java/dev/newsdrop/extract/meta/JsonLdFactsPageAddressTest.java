package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which JSON-LD article is the page's own, by the address it names; and blocks as real sites break them. */
class JsonLdFactsPageAddressTest {

    private static final String PAGE = "https://www.example.org/city/new-bridge-opens/";

    private static JsonLdFacts facts(String pageAddress, String... blocks) {
        StringBuilder html = new StringBuilder("<head>");
        for (String block : blocks) {
            html.append("<script type=\"application/ld+json\">").append(block).append("</script>");
        }
        return JsonLdFacts.of(Jsoup.parse(html.toString()).select("script[type=application/ld+json]"),
                pageAddress == null ? List.of() : List.of(pageAddress));
    }

    private static String article(String address, String author) {
        return "{\"@type\":\"NewsArticle\",\"url\":\"" + address + "\",\"author\":{\"@type\":\"Person\",\"name\":\"" + author + "\"}}";
    }

    @Test
    void anotherPageOfTheSite_isNotThePagesArticle() {
        JsonLdFacts ld = facts(PAGE, "[" + article("https://example.org/city/market-moves", "Related Writer") + ","
                + article("http://www.example.org/city/new-bridge-opens", "Own Writer") + "]");
        assertEquals(List.of("Own Writer"), ld.authors);
    }

    @Test
    void sameStoryUnderOtherSectionFolders_isThePagesArticle() {
        assertEquals(List.of("Own Writer"), facts(PAGE, article("https://www.example.org/news/local/new-bridge-opens/", "Own Writer")).authors);
    }

    @Test
    void onlyARelatedArticle_namesNoAuthor() {
        assertEquals(List.of(), facts(PAGE, article("https://www.example.org/city/market-moves/", "Related Writer")).authors);
    }

    @Test
    void anotherSiteTheFrontOrNoPageAddress_nameNothing() {
        assertEquals(List.of("Original Writer"), facts(PAGE, article("https://partner.example.net/story/1", "Original Writer")).authors);
        assertEquals(List.of("Front Writer"), facts(PAGE, article("https://www.example.org/", "Front Writer")).authors);
        assertEquals(List.of("Section Writer"), facts(PAGE, article("https://www.example.org/city/", "Section Writer")).authors);
        assertEquals(List.of("Any Writer"), facts(null, article("https://www.example.org/city/market-moves", "Any Writer")).authors);
    }

    @Test
    void percentEscapedPath_isThePagesAddress() {
        String page = "https://example.ru/новости/мост";
        assertEquals(List.of("Own Writer"), facts(page, article("https://example.ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D0%BC%D0%BE%D1%81%D1%82/", "Own Writer")).authors);
    }

    @Test
    void addressKey_dropsSchemeWwwPortQueryFragmentAndTrailingSlash() {
        assertArrayEquals(new String[]{"example.org", "b", "/a/b"}, JsonLdFacts.addressKey("HTTPS://WWW.Example.org:443/a/B/?x=1#top"));
        assertArrayEquals(new String[]{"example.org", "", ""}, JsonLdFacts.addressKey("https://example.org"));
        assertNull(JsonLdFacts.addressKey("/a/b"));
    }

    @Test
    void cdataWrapperAndValuesOneAfterAnother_areRead() {
        JsonLdFacts ld = facts(null, "<![CDATA[ {\"@type\":\"WebSite\",\"name\":\"Site\",} ]]>",
                "{\"@type\":\"Organization\",\"name\":\"Paper\"}\n{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-01-02\"}");
        assertEquals("Site", ld.websiteName);
        assertEquals("2026-01-02", ld.published);
    }

    @Test
    void blockOfThousandsOfValues_isReadForItsFirstFew() {
        JsonLdFacts ld = facts(null, "{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-01-02\"}" + "{}".repeat(200_000)
                + "{\"@type\":\"WebSite\",\"name\":\"Late\"}");
        assertEquals("2026-01-02", ld.published);
        assertNull(ld.websiteName);
    }

    @Test
    void contributorAndTaggedName_areTheAuthorWhenNoneIsStated() {
        assertEquals(List.of("Jane Roe"), facts(null, "{\"@type\":\"NewsArticle\",\"contributor\":{\"@type\":\"Person\",\"name\":\"Jane Roe\"}}").authors);
        assertEquals(List.of("Jane Roe"), facts(null, "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"<a href='/a/jr'>Jane Roe</a>\"}}").authors);
        assertEquals(List.of("Jo <3 Roe"), facts(null, "{\"@type\":\"NewsArticle\",\"author\":\"Jo <3 Roe\"}").authors); // no tag: as written
    }
}
