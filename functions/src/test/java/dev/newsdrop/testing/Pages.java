package dev.newsdrop.testing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Small article pages written for tests: a headline, a language, a date and a canonical URL of one's choosing. */
public final class Pages {

    private static final String PARAGRAPH = "<p>The council approved the new budget on Tuesday after a long debate "
            + "about schools, roads and the harbour, and the mayor said the vote showed the city could still agree.</p>";

    /**
     * The paragraph in the languages tests declare: the extractor reports the language the text is
     * written in when it contradicts the declaration, so a page declared Swedish speaks Swedish.
     */
    private static final Map<String, String> PARAGRAPHS = Map.of(
            "en", PARAGRAPH,
            "sv", "<p>Fullmäktige har godkänt den nya budgeten på tisdagen efter en lång debatt om skolor, vägar och "
                    + "hamnen, och kommunstyrelsens ordförande sa att det är ett tecken på att staden inte har slutat att samarbeta.</p>",
            "pt", "<p>A câmara aprovou o novo orçamento na terça-feira, depois de um longo debate sobre as escolas, as "
                    + "estradas e o porto, e o presidente disse que a votação mostra que a cidade ainda é capaz de chegar a um acordo "
                    + "com os moradores dos bairros.</p>");

    private Pages() {
    }

    /** An English article with this headline, no date and no canonical URL. */
    public static byte[] article(String headline) {
        return build(headline, "en", null, null);
    }

    /** An article with its own random canonical URL. */
    public static byte[] article(String headline, String language, String published) {
        return build(headline, language, published, "https://cityherald.example/" + UUID.randomUUID() + "/");
    }

    public static byte[] article(String headline, String language, String published, String canonical) {
        return build(headline, language, published, canonical);
    }

    private static byte[] build(String headline, String language, String published, String canonical) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(language)
                .append("\"><head><meta charset=\"utf-8\"><title>").append(headline).append("</title>")
                .append("<meta property=\"og:title\" content=\"").append(headline).append("\">");
        if (canonical != null) {
            html.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">");
        }
        if (published != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
        }
        html.append("</head><body><article><h1>").append(headline).append("</h1>")
                .append(PARAGRAPHS.getOrDefault(language.split("-")[0].toLowerCase(Locale.ROOT), PARAGRAPH).repeat(6)).append("</article></body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
