package dev.newsdrop.extract.body;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DealerPitchTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Finden Sie Ihren Händler in der Nähe. Jetzt Probefahrt vereinbaren und Leasingangebot sichern.",
        "Probefahrt vereinbaren",
        "LOA à partir de 399 €/mois sans apport. Simulez votre financement en 2 minutes !",
        "Calcola la rata",
        "¿Te interesa el Cupra Born? Pide tu presupuesto sin compromiso.",
        "Simule o financiamento do seu BYD",
        "Od 14 990 Kč měsíčně včetně pojištění a servisu. Nezávazná poptávka u autorizovaného prodejce.",
        "Umów jazdę próbną w salonie",
        "Private lease vanaf 449 euro per maand. Plan een proefrit bij een dealer.",
        "Кредит от 4,9% годовых! Оставьте заявку на тест-драйв.",
        "想了解小米YU7最新优惠？立即询价 获取本地经销商底价",
        "预约试驾，到店即送精美礼品！",
        "Book a test drive today",
    })
    void callsOfDealersBoxes(String line) {
        assertTrue(DealerPitch.callsToBuy(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kunden können ab Januar beim Händler eine Probefahrt vereinbaren.",
        "Wie wil, kan vanaf november bij de dealer een proefrit plannen.",
        "Le constructeur propose de simuler votre financement sur son site, ce que nous avons fait.",
        "Les concessionnaires invitent à réserver un essai dès février.",
        "Der iX3 50 xDrive kostet ab 68.900 Euro, im Leasing ab 649 Euro im Monat.",
        "Plus: Hohe Reichweite im Alltag",
        "据悉，有意向的用户可在门店预约试驾。",
        "Readers asked whether they should book a test drive before the price rise.",
        // a call's words labelling an item of a buyer's checklist, before a colon
        "Finanzierung berechnen: Vergleichen Sie den effektiven Jahreszins, nicht nur die Monatsrate.",
        "Plan een proefrit: rijd minstens een half uur, ook op de snelweg.",
        // a dealer's advert quoted in a story's box
        "“Low rates, no deposit. Book a test drive now.” The regulator found the slogan misleading.",
        "„Jetzt Probefahrt vereinbaren und 2.000 Euro Bonus sichern“, warb der Händler.",
    })
    void sentencesAboutBuyingAreNoCall(String line) {
        assertFalse(DealerPitch.callsToBuy(line), line);
    }
}
