package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageResolverTest {

    private static final String ARABIC = "قال وزير الخارجية إن المحادثات كانت مثمرة وإن البلدين سيواصلان التعاون في مختلف المجالات";
    private static final String ENGLISH = "The minister said the talks were useful and that the two countries would keep working together on the issues of the region.";

    @Test
    void declaredTags_areNormalizedToBcp47() {
        assertEquals("en-GB", LanguageResolver.normalize("en_gb"));
        assertEquals("ar", LanguageResolver.normalize("AR"));
        assertEquals("zh-Hant-TW", LanguageResolver.normalize("zh-hant-tw"));
        assertNull(LanguageResolver.normalize("english please"));
    }

    @Test
    void arabicTextDeclaredEnglish_becomesArabic() {
        assertEquals("ar", LanguageResolver.resolve("en", ARABIC));
    }

    @Test
    void matchingDeclaration_isKeptWithItsRegion() {
        assertEquals("en-GB", LanguageResolver.resolve("en-GB", ENGLISH));
        assertEquals("ar-SA", LanguageResolver.resolve("ar_SA", ARABIC));
    }

    @Test
    void undeclared_isInferredFromUnambiguousScript() {
        assertEquals("ar", LanguageResolver.resolve(null, ARABIC));
        assertEquals("he", LanguageResolver.resolve(null, "השר אמר כי השיחות היו מועילות ושתי המדינות ימשיכו לשתף פעולה"));
        assertEquals("ja", LanguageResolver.resolve(null, "市立中央図書館は来月から、平日の開館時間を延長する試みを始める。"));
        assertEquals("ko", LanguageResolver.resolve(null, "시는 다음 달부터 시내버스 노선을 전면 개편한다고 밝혔다."));
        assertEquals("ru", LanguageResolver.resolve(null, "Министр заявил, что переговоры были полезными."));
        assertEquals("en", LanguageResolver.resolve(null, ENGLISH));
    }

    @Test
    void undeclaredLatinText_isGuessedFromWholeStopwords() {
        assertEquals("es", LanguageResolver.resolve(null, "Según el ministro, los precios de las viviendas subirán "
                + "por la falta de oferta y el alza de los tipos, que para muchas familias es una carga."));
        assertEquals("pt", LanguageResolver.resolve(null, "Os deputados não aprovaram a proposta, que segundo o governo "
                + "era uma prioridade para os municípios e para os serviços dos hospitais em todo o país."));
        assertEquals("fr", LanguageResolver.resolve(null, "Le maire a présenté les projets de la ville pour une rénovation "
                + "des écoles et des rues du centre, qui est prévue dans les deux ans."));
        assertEquals("de", LanguageResolver.resolve(null, "Der Minister sagte, die Verhandlungen mit dem Verband seien "
                + "nicht einfach, und das ist ein Problem für die Gemeinden von Bayern."));
    }

    @Test
    void stopwordsInsideAccentedWords_doNotCount() {
        // "el" inside "éel" or "ñel": pieces of words, not the Spanish article
        String fragments = "éel ñel éel ñel éel ñel éel ñel";
        assertNull(LanguageResolver.resolve(null, fragments));
    }

    @Test
    void direction_followsLanguageThenAttribute() {
        assertEquals("rtl", LanguageResolver.direction("ar", null));
        assertEquals("rtl", LanguageResolver.direction("he-IL", "ltr"));
        assertEquals("ltr", LanguageResolver.direction("en-GB", null));
        assertEquals("rtl", LanguageResolver.direction(null, "rtl"));
    }
}
