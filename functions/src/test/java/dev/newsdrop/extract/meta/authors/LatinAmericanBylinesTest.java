package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bylines of Latin American and Caribbean papers: a place written with its article after the names, state wires' datelines. */
class LatinAmericanBylinesTest {

    private static final String TEXT = "<p>" + "Palabras del texto de la nota, lo bastante largas para ser un párrafo. ".repeat(4) + "</p>";

    private static List<String> authors(String html) {
        String url = "https://example.org/noticias/2026/12/04/nota";
        return MetadataReader.read(Jsoup.parse(html, url), url).authors();
    }

    @Test
    void placeWithItsArticleAfterTheName_isWhereSheFiledFrom() {
        assertEquals(List.of("Luz Marina Estévez"), authors("<html lang='es'><body><h1>Las colas del pan</h1>"
                + "<div class='autor-fecha'><a href='/autores/luz-marina-estevez'>Luz Marina Estévez</a>, La Habana | Diciembre 04, 2026</div>"
                + TEXT + "</body></html>"));
        assertEquals(List.of("Ana Pérez Quispe"), authors("<html lang='es'><body><h1>Bloqueos en la carretera</h1>"
                + "<p class='byline'>Por Ana Pérez Quispe, El Alto</p>" + TEXT + "</body></html>"));
    }

    @Test
    void namesAfterTheComma_stayWriters() {
        assertEquals(List.of("María Gómez", "Luis Fernández"), authors("<html lang='es'><body><h1>Bloqueos en la carretera</h1>"
                + "<p class='byline'>Por María Gómez, Luis Fernández | 4 de diciembre de 2026</p>" + TEXT + "</body></html>"));
        assertEquals(List.of("Karim Bennani", "El Mehdi Berrada"), authors("<html lang='fr'><body><h1>Le budget</h1>"
                + "<p class='byline'>Par Karim Bennani, El Mehdi Berrada</p>" + TEXT + "</body></html>")); // a given name, not an article
        assertEquals(List.of("Nguyen Van An", "Le Thi Hoa"), authors("<html lang='en'><body><h1>Harbour budget</h1>"
                + "<p class='byline'>By Nguyen Van An, Le Thi Hoa</p>" + TEXT + "</body></html>")); // Lê, a family name
    }
}
