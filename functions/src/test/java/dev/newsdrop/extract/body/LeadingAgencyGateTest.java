package dev.newsdrop.extract.body;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SourceCredit#mayOpenWithAgency} admits every text the leading-agency pattern matches at its start. */
class LeadingAgencyGateTest {

    /** Pieces of wire datelines and of prose: places, days, wires, marks, blanks of every kind, letters beyond the BMP. */
    private static final String[] PIECES = {
        "WASHINGTON", "ԵՐԵՎԱՆ", "ЕРЕВАН", "YEREVAN", "МОСКВА", "АСТАНА", "ঢাকা", "सुर्खेत", "دمشق", "الكويت", "Rio de Janeiro",
        "SÃO PAULO", "𝐀𝐁𝐂", "𝟏𝟐", "ÉÉ", "AB.", "XY. ", "ABCDEFGHIJ", "Ab", "x", "Qwertyuiop", "long long long place name",
        " ", "  ", "\t", "\n", "\u00A0", "\u3000", ", ", ",", ".", ". ", "'", "/", " / ", "-", " - ", "–", " — ", ":", "։", "(", ")",
        "[", "]", "«", "»", "(AFP)", "(Reuters)", "(AP)", "(dpa)", "(APA/red)", "(بنا)", "(বাসস)", "(रासस)", "(اے پی پی)",
        "/العمانية/", "/ТАСС/", "/TASS/", "ТАСС", "TASS", "АМИТ «Ховар»", "РИА Новости", "Sputnik", "Спутник",
        "ARMENPRESS", "АРМЕНПРЕСС", "ԱՐՄԵՆՊՐԵՍ", "Armenpress", "KAZINFORM", "ҚАЗАҚПАРАТ", "Kazinform",
        "AZƏRTAC", "AZERTAC", "АЗЕРТАДЖ", "/МОНЦАМЭ/", "/MONTSAME/", "/БТА/", "/Agerpres/", "/ATSH/", "Иван Петров, БТА",
        "(بترا)", "من", "محمد الخطيب",
        "5", "05", "4 декабря", "December 4", "5 ԴԵԿՏԵՄԲԵՐԻ", "5 ДЕКАБРЯ", "12.05.2024", "Septembers", "Septemberss", "2026", ", 2026",
        "৫ ডিসেম্বর", "मंसिर १९", "٤", "The minister said", "on Tuesday", "that", "Von Montag an gilt es"
    };

    @Test
    void gate_admitsEveryMatch_overRandomDatelines() {
        Random random = new Random(34);
        int matches = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) == 0) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            if (SourceCredit.opensWithAgency(t)) {
                matches++;
                assertTrue(SourceCredit.mayOpenWithAgency(t), () -> "refused a match: " + t);
            }
        }
        assertTrue(matches > 1_000, "the random texts hold matches: " + matches);
    }

    @Test
    void gate_admitsMatchesAtTheirLongestReach() {
        String place = "A" + "b".repeat(60); // the longest place the pattern reads
        String[] texts = {
            place + "   5 Septembers, 2026.  ,   ARMENPRESS   : Text",
            place + "   5 Septembers, 2026.  /ТАСС/. Text",
            place + "   12.05.2026 — Sputnik. Text",
            place + "  (AFP) — Text",
            "𝐀" + "𝐁".repeat(60) + " 𝟏𝟐 Septembers, 𝟐𝟎𝟐𝟔. , ARMENPRESS: Text",
            "AB. " + "KAZINFORM" + "   – Text",
            place + "   5 Septembers, 2026.  ,   АРМЕНПРЕСС   . Text", // the comma shape closed by a full stop: no mark but the stop
            place + " 5 dekabr, AZƏRTAC. Text",
            "Улаанбаатар /МОНЦАМЭ/. Text",
        };
        for (String t : texts) {
            if (SourceCredit.opensWithAgency(t)) {
                assertTrue(SourceCredit.mayOpenWithAgency(t), () -> "refused a match: " + t);
            }
        }
        assertTrue(SourceCredit.opensWithAgency(texts[0]), "the comma shape at its reach matches");
        assertTrue(SourceCredit.opensWithAgency(texts[6]), "the comma shape closed by a full stop at its reach matches");
    }
}
