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
    void themeTranslationsOfPostedBy_areLeadsStrippedFromNames() {
        for (String byline : List.of("Publié par Agnès Roux", "Geschrieben von Lena Wolf", "Publicado por Carmen Vidal",
                "Pubblicato da Marco Bianchi", "Geplaatst door Pieter Jansen", "Auteur : Jean Dupont", "Autorin: Anna Weber",
                "View all posts by Jane Doe")) {
            assertEquals(1, AuthorNames.clean(List.of(byline)).size(), byline);
            assertFalse(AuthorNames.clean(List.of(byline)).get(0).toLowerCase().contains(byline.split("[ :]")[0].toLowerCase()), byline);
        }
    }

    @Test
    void shortTextClosingWithALead_precedesTheNameElement() {
        for (String text : List.of("Posted on June 3, 2024 by ", "Veröffentlicht am 3. Mai 2024 von ", "Publié le 5 octobre 2023 par",
                "Postado por", "Pubblicato il 3 maggio da ")) {
            assertTrue(BylineLeads.closesWithLead(text), text);
        }
        for (String text : List.of("Posted on June 3, 2024", "Standby", "The study was led by researchers who had long worked in the field and published by",
                "Posted BY")) {
            assertFalse(BylineLeads.closesWithLead(text), text);
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

    @Test
    void creditedBylines_openInAnyCaseAfterSpaces_whateverTheirFirstLetter() {
        // the words a text may open with are looked up by its first letter before the pattern runs:
        // upper case, accented and non-Latin first letters, phrases and labels all still get to it
        for (String text : List.of("BY JANE DOE", "\t Posted by Jane Doe", "POSTED BY Jane Doe", "Écrit par Agnès Roux",
                "écrit par Agnès Roux", "Veröffentlicht von Lena Wolf", "АВТОР: Иван Петров", "View All Posts By Jane Doe",
                "Pubblicato da Marco Bianchi", "記者：山田太郎", "文：王小明", "Written by")) {
            assertTrue(BylineLeads.opensCreditedByline(text), text);
        }
        for (String text : List.of("Photo by Jane Doe", "Posted on Monday", "Bylines matter", "Écrits de jeunesse", "View all posts",
                "記者会見", "", "   ", "Zebra by Jane")) {
            assertFalse(BylineLeads.opensCreditedByline(text), text);
        }
    }
}
