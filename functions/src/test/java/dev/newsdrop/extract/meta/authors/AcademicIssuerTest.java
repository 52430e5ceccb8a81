package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link InstitutionIssuer#ACADEMIC_INSTITUTION}: a university's or a research institute's site signs its unsigned news on
 * any domain; a student paper or a journal named after the academic world does not.
 */
class AcademicIssuerTest {

    private static final String TEXT = "<p>" + "The research group measured the glacier's retreat with drones over three summers. ".repeat(4)
            + "</p>";

    private static List<String> authors(String siteName, String url) {
        String html = "<html lang='en'><head><title>Glacier retreat measured from the air – " + siteName + "</title>"
                + "<meta property='og:site_name' content='" + siteName + "'></head><body><header><a href='/'>" + siteName
                + "</a></header><main><article><h1>Glacier retreat measured from the air</h1>" + TEXT + "</article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, url), url).authors();
    }

    @Test
    void aUniversitysOrAnInstitutesUnsignedNews_isSignedByIt() {
        assertEquals(List.of("University of Glenmoor"), authors("University of Glenmoor", "https://www.glenmoor.example.ac.uk/news/glacier-retreat"));
        assertEquals(List.of("Technische Universität Lindau"),
                authors("Technische Universität Lindau", "https://www.tu-lindau.example.de/news/gletscher"));
        assertEquals(List.of("Institut des géosciences"),
                authors("Institut des géosciences", "https://www.geosciences.example.fr/communiques/glacier"));
        assertEquals(List.of("北陸学術大学"), authors("北陸学術大学", "https://www.hokuriku.example.ac.jp/news/2026/12/glacier.html"));
    }

    @Test
    void aStudentPaperOrAJournalNamedAfterTheUniversity_signsNothing() {
        assertEquals(List.of(), authors("The University Herald", "https://www.universityherald.example.com/news/glacier-retreat"));
        assertEquals(List.of(), authors("Glenmoor University Law Review", "https://lawreview.glenmoor.example.edu/news/glacier-retreat"));
        assertEquals(List.of(), authors("University World News", "https://www.universityworldnews.example.com/news/glacier-retreat"));
    }

    @Test
    void aUniversitysNewsOutsideANewsOrReleaseSection_signsNothing() {
        assertEquals(List.of(), authors("University of Glenmoor", "https://www.glenmoor.example.ac.uk/study/glacier-retreat"));
    }
}
