package dev.newsdrop.extract.body;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolPitchTest {

    @ParameterizedTest
    @ValueSource(strings = {"Mortgage calculator", "Calcolatore mutuo", "Calculadora de hipoteca", "Kalkulator kredytowy",
        "Hypotheekcalculator", "Kredi hesaplama aracı", "房贷计算器", "대출 계산기"})
    void calculatorsNamedAlone(String heading) {
        assertTrue(ToolPitch.CALCULATOR_NAME.matcher(heading).matches(), heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baufinanzierungsrechner", "Simulador de hipotecas", "Simulateur de prêt", "Home value estimator",
        "Großrechner", "Calculateur moteur"})
    void toolsWhoseNounNamesOtherThingsToo_askForTheirButton(String heading) {
        assertTrue(ToolPitch.TOOL_NAME.matcher(heading).matches(), heading);
        assertFalse(ToolPitch.CALCULATOR_NAME.matcher(heading).matches(), heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Der neue Mietrechner der Stadt", "Why the calculator got it wrong", "Hesaplama yöntemi değişti",
        "Rechner", "Mietspiegel 2027"})
    void headingsOfTheStory_nameNoTool(String heading) {
        assertFalse(ToolPitch.CALCULATOR_NAME.matcher(heading).matches(), heading);
        assertFalse(ToolPitch.TOOL_NAME.matcher(heading).matches(), heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"What is your home worth? Get a free valuation", "Combien vaut votre bien ? Estimez-le",
        "Szukasz kredytu hipotecznego? Porównaj oferty", "Quanto vale a sua casa? Descubra", "Was ist Ihre Immobilie wert?"})
    void questionsToTheReader(String lead) {
        assertTrue(ToolPitch.PROPERTY_QUESTION.matcher(lead).lookingAt(), lead);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Buyers asked what is your home worth, and agents answered.", "Die Frage, was ist Ihre Immobilie wert, stellt sich"})
    void questionsReported_notOpeningTheBox(String lead) {
        assertFalse(ToolPitch.PROPERTY_QUESTION.matcher(lead).lookingAt(), lead);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Live results", "Live election results", "Live-Ergebnisse der Stichwahl", "Wahlergebnisse live",
        "Résultats en direct", "Apuração em tempo real", "Resultados en directo de las municipales", "Spoglio in diretta",
        "Wyniki wyborów na żywo", "開票速報", "실시간 개표 현황"})
    void liveResultsServices(String heading) {
        assertTrue(ToolPitch.LIVE_RESULTS_NAME.matcher(heading).matches(), heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Das Ergebnis im Überblick", "Results", "Wie die Live-Ergebnisse in den Stimmbezirken ausfielen und warum",
        "Why the live results were late", "Resultados"})
    void resultsHeadingsOfTheStory_nameNoLiveService(String heading) {
        assertFalse(ToolPitch.LIVE_RESULTS_NAME.matcher(heading).matches(), heading);
    }
}
