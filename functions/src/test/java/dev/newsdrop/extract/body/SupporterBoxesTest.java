package dev.newsdrop.extract.body;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupporterBoxesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Våra sponsorer | ICA Kvantum · Sparbanken",
        "Támogatóink | Pick Szeged · MVM",
        "Thank you to our sponsors | Northgate Dental · Big Joe's Pizza",
        "Ils nous soutiennent | Super U · Crêperie du Blavet",
        "Nasi sponsorzy: | Piekarnia Kłos",
        "Ajánlja fel adója 1%-át egyesületünknek! | Adószám: 18456789-1-06",
        "Przekaż 1,5% podatku na nasz klub | KRS 0000654321",
        "Venujte nám 2 % z dane | IČO 42123456",
        "Dona il tuo 5x1000 | Codice fiscale 01234560225",
        "Støt klubben | Giv et bidrag via MobilePay 12345",
        "Stöd föreningen! | Swisha valfritt belopp till 123 456 78 90",
        "Soutenez le club | Faites un don en ligne",
        "Naši partneri | Mesto Piešťany · Kúpele",
        "Partenerii noștri | Primăria Brașov",
        "Steun de club | Doneren kan via de website.",
    })
    void headsSupporterBox(String heading, String after) {
        assertTrue(SupporterBoxes.heads(heading, after), heading);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a story's fact box on the tax scheme names no beneficiary's number
        "Jak przekazać 1,5% podatku? | Wystarczy wpisać numer KRS organizacji w zeznaniu PIT.",
        // a support heading over no money asked for
        "Støt klubben | Kom og hep på laget på lørdag!",
        // the sponsors of someone else, or a heading that goes on
        "Sponsors of the Olympic torch relay | Coca-Cola · Samsung",
        "Unsere Sponsoren ziehen sich zurück | Der Verein verliert zwei Geldgeber.",
        // a text's section thanking its supporters in sentences, under a wall's heading
        "Our supporters | None of this would have been possible without the 1,240 people who gave money or food this year, the 96 volunteers who sorted and drove. Thank you all.",
        // a percentage with no tax in it
        "Mit 1,5% mehr Lohn | Die Einigung im Überblick 123456",
    })
    void leavesOtherBoxes(String heading, String after) {
        assertFalse(SupporterBoxes.heads(heading, after), heading);
    }
}
