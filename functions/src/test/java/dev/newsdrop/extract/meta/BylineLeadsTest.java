package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BylineLeadsTest {

    @Test
    void leadsInSeveralLanguages_openABylineAndAreStrippedFromNames() {
        for (String byline : List.of("By Jane Doe", "Par Claire Dubois", "Von Max Muster", "Verfasser: Max Muster",
                "Door Jan Jansen", "Av Ola Nordmann", "di Mario Rossi", "Автор: Иван Петров", "بقلم محمد علي")) {
            assertTrue(BylineLeads.opensByline(byline), byline);
            assertEquals(1, AuthorNames.clean(List.of(byline)).size(), byline);
            assertFalse(AuthorNames.clean(List.of(byline)).get(0).contains(byline.split("[ :]")[0]), byline);
        }
    }

    @Test
    void leadAloneOpensABylineWhoseNameIsInTheNextElement() {
        assertTrue(BylineLeads.opensByline("By"));
        assertTrue(BylineLeads.opensByline("  Par :"));
    }

    @Test
    void sentencesAndWordsThatMerelyBeginLikeALead_doNotOpenAByline() {
        for (String text : List.of("By signing up, you agree", "Byron wrote", "Paris est belle", "Par ailleurs, il",
                "Di Maio ha detto", "De Wet Potgieter")) {
            assertFalse(BylineLeads.opensByline(text), text);
        }
    }

    @Test
    void capitalisedSurnamePrefix_isKeptInTheName() {
        assertEquals(List.of("De Wet Potgieter"), AuthorNames.clean(List.of("De Wet Potgieter")));
        assertEquals(List.of("Di Maio Luigi"), AuthorNames.clean(List.of("Di Maio Luigi")));
    }
}
