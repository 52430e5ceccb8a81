package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LegalFormsTest {

    private static final String TEXT = "<main><h1>Record results</h1><p>" + "The company reported record results for the quarter. ".repeat(6) + "</p></main>";

    private static List<String> authors(String type, String name) {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Record results\","
                + "\"author\":{\"@type\":\"" + type + "\",\"name\":\"" + name + "\"}}";
        String html = "<html lang='en'><head><title>Record results</title><script type='application/ld+json'>" + ld
                + "</script></head><body>" + TEXT + "</body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://releases.example/r/1"), "https://releases.example/r/1").authors();
    }

    @Test
    void anOrganisationAuthor_keepsItsLegalForm() {
        assertEquals(List.of("Halvern Biotherapeutics, Inc."), authors("Organization", "Halvern Biotherapeutics, Inc."));
        assertEquals(List.of("Skarvik Energy ASA"), authors("Organization", "Skarvik Energy ASA"));
        assertEquals(List.of("Alpenbahn Holding AG"), authors("Organization", "Alpenbahn Holding AG"));
        assertEquals(List.of("Norrvatten Energi AB"), authors("Corporation", "Norrvatten Energi AB"));
        assertEquals(List.of("Verdemar Cosméticos S.A."), authors("Organization", "Verdemar Cosméticos S.A."));
    }

    @Test
    void withLegalForms_givesBackOnlyAnOrganisationsOwnName() {
        List<String> organisations = List.of("Halvern Biotherapeutics, Inc.", "Vestkyst Shipping ASA");
        assertEquals(List.of("Halvern Biotherapeutics, Inc.", "Jane Doe"),
                LegalForms.withLegalForms(List.of("Halvern Biotherapeutics", "Jane Doe"), organisations));
        assertEquals(List.of("Vestkyst"), LegalForms.withLegalForms(List.of("Vestkyst"), organisations));
        assertEquals(List.of("Jane Doe"), LegalForms.withLegalForms(List.of("Jane Doe"), List.of("Jane Doe MD")));
    }

    @Test
    void aPersonsNameLikeALegalForm_isLeftToTheCleaning() {
        assertEquals(List.of("Jane Doe"), authors("Person", "Jane Doe, MD"));
        assertEquals(List.of("Anna Ag"), authors("Person", "Anna Ag"));
    }
}
