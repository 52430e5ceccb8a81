package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * A union's or an association's call to join that its site sets under or into a release or a news item: a short box of
 * a heading, a line and a button whose call asks the reader to become a member ("Jetzt Mitglied werden", "Adhérez à la
 * CGT", "Iscriviti alla CGIL", "Afíliate", "Sindicalize-se!", "Word lid", "Bli medlem", "Join a union"). The call says
 * what the box is: the organisation's recruiting, no part of the strike report or the release it sits in. A sentence that
 * reports how many joined or what a member may do ("Wer jetzt Mitglied werden will, zahlt …") stays, since the call must
 * open a line or a sentence of a box, as a dealer's does ({@link DealerPitch}, whose box shape this class shares), and its
 * sentence must be short, a slogan's or a button's; so does a fact box whose call labels an item before a colon ("Mitglied
 * werden: 1 Prozent des Bruttolohns"), and a guide's step of advice that opens with the words and runs on.
 * {@link ContentPruner} asks it beside the dealers' and tools' pitches.
 */
final class MembershipPitch {

    /**
     * The calls to join in the languages of union and association sites, each an imperative or a button's infinitive:
     * German, French, Italian, Spanish, Portuguese (Brazil's "sindicalize-se", "quero me sindicalizar" and Portugal's
     * "sindicaliza-te"), Dutch, Swedish, Norwegian and Danish, Polish, Greek and English. Whole words, after
     * {@link #CALL_START}; a call naming what is joined keeps to a union, the reader's "us", or a membership.
     */
    private static final String WORD_CALLS = "(?:werde|werden sie)(?: jetzt)? (?:gewerkschafts)?mitglied|(?:gewerkschafts)?mitglied werden"
            // French
            + "|adhérez|adhère à|j['’]adhère|rejoignez[- ](?:nous|la cgt|la cfdt|le syndicat|notre syndicat)|je me syndique|syndiquez-vous"
            // Italian
            + "|iscriviti (?:alla|al|anche tu|ora|subito|al sindacato)|tesserati|fai la tessera"
            // Spanish and Catalan
            + "|af[ií]liate|afíliese|únete (?:a|al) (?:sindicato|nosotros)|afilia't"
            // Portuguese
            + "|sindicalize-se|sindicaliza-te|quero me sindicalizar|quero sindicalizar-me|filie-se|associe-se"
            // Dutch, Swedish, Norwegian and Danish
            + "|word (?:nu |ook |vandaag )?lid|lid worden|bli medlem|bliv medlem|meld (?:dig|deg) inn"
            // Polish and Greek
            + "|wstąp do (?:związku|nas)|zapisz się do związku|dołącz do (?:związku|nas)|γίνε μέλος|γίνετε μέλος"
            // English
            + "|join (?:a|the|your|our) union|become a (?:union )?member";

    /**
     * Where a call may stand: where a dealer's may ({@link DealerPitch#CALL_START}), or after a dash that parts it from a
     * slogan before it ("Gemeinsam stark – jetzt Mitglied werden!", "Ensemble, plus forts — adhérez").
     */
    private static final String CALL_START = "(?:" + DealerPitch.CALL_START + "|\\s[–—]\\s+(?:(?:jetzt|now|maintenant|ahora|agora|ora|nu|teraz)\\s+)?)";

    /** The calls where they stand, never before a colon, where the words label an item of a fact box. */
    private static final Pattern CALL = Pattern.compile(
            CALL_START + "(?:" + WORD_CALLS + ")(?![\\p{L}])(?!\\s*[:：])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MembershipPitch() {
    }

    /**
     * True when the block is a membership pitch: a short box of lines ({@link DealerPitch#isBoxWithLine}) one of whose
     * lines, no quotation, holds a {@link #CALL} at its start or a sentence's. The box goes whole: its heading, the
     * offer ("Das erste halbe Jahr zahlst du die Hälfte") and the button.
     */
    static boolean is(Element e, TextStats.Stats s, int containerChars) {
        return DealerPitch.isBoxWithLine(e, s, containerChars, MembershipPitch::callsToJoin);
    }

    /**
     * A call's sentence is this short at most, from the call to the sentence's end: a slogan or a button's words ("Jetzt
     * Mitglied werden und von Tarifverträgen profitieren!"). A longer one is advice that opens with the words ("Bli medlem i
     * en a-kassa så snart du får ett jobb, även om det är en visstidsanställning – …" in a guide's steps).
     */
    private static final int MAX_CALL_SENTENCE_CHARS = 90;

    /**
     * True when a line of a box holds a call to join at its start or a sentence's, the call's sentence is short
     * ({@link #MAX_CALL_SENTENCE_CHARS}), and the line is no quotation.
     */
    static boolean callsToJoin(String line) {
        return DealerPitch.holdsShortCall(line, CALL, MAX_CALL_SENTENCE_CHARS);
    }
}
