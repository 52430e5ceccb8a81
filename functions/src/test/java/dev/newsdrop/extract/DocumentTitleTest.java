package dev.newsdrop.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ArticleExtractor#documentTitle}: what jsoup's {@link Document#title()} gives, found by a plain walk of the head. */
class DocumentTitleTest {

    private static void agrees(String html, String expected) {
        Document doc = Jsoup.parse(html);
        assertEquals(doc.title(), ArticleExtractor.documentTitle(doc), html);
        assertEquals(expected, ArticleExtractor.documentTitle(doc), html);
    }

    @Test
    void theFirstTitleOfTheHead_blanksCollapsed_orNothing() {
        agrees("<html><head><meta charset=utf-8><title>  Gemeinderat\n  beschließt   Haushalt </title></head><body><p>x</p>",
                "Gemeinderat beschließt Haushalt");
        agrees("<title>Erster</title><title>Zweiter</title><p>x", "Erster");
        agrees("<html><head><meta name=x></head><body><svg><title>Logo</title></svg><p>x", "");
        agrees("<p>No head at all", "");
        agrees("<head><noscript><title>Im Noscript</title></noscript><title>Danach</title></head>", "Im Noscript");
        agrees("<head><title></title></head><body><h1>Leer</h1>", "");
        agrees("<head><link rel=x><style>p{}</style><script>var t='<title>';</script><title>Nach dem Skript</title>", "Nach dem Skript");
    }
}
