package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PressReleaseIssuerTest {

    private static final String TEXT = "<p>" + "株式会社ミドリテックは、新しい製品を発売いたします。これは本文の段落です。".repeat(4) + "</p>";

    private static List<String> authors(String title, String body) {
        String html = "<html lang='ja'><head><title>" + title + "</title></head><body>" + body + "</body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.jp/r/1"), "https://example.jp/r/1").authors();
    }

    @Test
    void releaseTitledAsACompanysRelease_andLinkingTheCompany_isSignedByTheCompany() {
        assertEquals(List.of("株式会社ミドリテック"), authors("新製品を発売｜株式会社ミドリテックのプレスリリース",
                "<main><div class='head'><a href='/company/1'>株式会社ミドリテック</a><h1>新製品を発売</h1></div>" + TEXT + "</main>"));
    }

    @Test
    void theIssuerNamedOnlyInTheTitleOrInTheNavigation_signsNothing() {
        assertEquals(List.of(), authors("新製品を発売｜株式会社ミドリテックのプレスリリース", "<main><h1>新製品を発売</h1>" + TEXT + "</main>"));
        assertEquals(List.of(), authors("新製品を発売｜株式会社ミドリテックのプレスリリース",
                "<nav><a href='/company/1'>株式会社ミドリテック</a></nav><main><h1>新製品を発売</h1>" + TEXT + "</main>"));
    }

    @Test
    void aPersonNamedByTheRelease_outranksTheIssuer() {
        assertEquals(List.of("中村健一"), authors("新製品を発売｜株式会社ミドリテックのプレスリリース",
                "<main><a href='/company/1'>株式会社ミドリテック</a><h1>新製品を発売</h1><div class='author'>文：中村健一</div>" + TEXT + "</main>"));
    }
}
