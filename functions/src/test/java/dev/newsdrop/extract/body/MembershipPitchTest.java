package dev.newsdrop.extract.body;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipPitchTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Gemeinsam stark – jetzt Mitglied werden!",
        "Werde jetzt Mitglied bei ver.di und erhalte Streikgeld und Rechtsschutz.",
        "Adhérez à la CGT !",
        "J’adhère",
        "Iscriviti alla CGIL",
        "Afíliate a CCOO",
        "Sindicalize-se!",
        "Quero me sindicalizar",
        "Sterk staan? Word lid van de FNV",
        "Bli medlem i dag – det tar fem minuter.",
        "Wstąp do związku",
        "Join a union today",
    })
    void callsToJoin(String line) {
        assertTrue(MembershipPitch.callsToJoin(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Wer jetzt Mitglied werden will, zahlt im ersten Jahr den halben Beitrag.",
        "Mitglied werden: 1 Prozent des Bruttolohns, Azubis zahlen weniger.",
        "„Werde Mitglied, sonst verlierst du den Job“, soll der Vorarbeiter gesagt haben.",
        "Chi vuole iscriversi al sindacato potrà farlo in assemblea.",
        "Les salariés qui adhèrent à un syndicat sont plus nombreux dans le public.",
        "Membership rose by 40,000 as more young workers chose to join a union.",
        // a guide's step of advice opening with the words and running on: no slogan or button
        "Word lid van een vakbond zodra je een contract tekent, ook als het maar voor een paar maanden is, want de wachttijd telt vanaf dag één.",
    })
    void sentencesAboutJoiningAreNoCalls(String line) {
        assertFalse(MembershipPitch.callsToJoin(line), line);
    }
}
