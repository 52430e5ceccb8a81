package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A booking partner's box that a restaurant review, a food page or a travel story sets under or into its text: a short
 * box of a heading, a line and a button whose call asks the reader to book a table, a room or a trip ("Tisch
 * reservieren", "Réservez votre table", "Prenota un tavolo", "Reservar mesa", "Reserveer een tafel", "Book a table",
 * "Đặt phòng", "席を予約"). The call says what the box is: a reservation or comparison service's lead, no part of the
 * review. The review's own facts (the address, the opening hours, the prices, "Reservierung: Tel. 0221 …") stay, since
 * the call must open a line or a sentence of a box, as a dealer's does ({@link DealerPitch}, whose box shape this class
 * shares), its sentence short, a button's; so does a sentence that reports that guests may book, and a fact box whose
 * call labels an item before a colon. {@link ContentPruner} asks it beside the dealers' and unions' pitches.
 */
final class BookingPitch {

    /**
     * The calls to book in the languages of restaurant and travel pages, each an imperative or a button's infinitive
     * naming the table, the room, the hotel or the trip, or asking to compare their prices: German, French, Italian,
     * Spanish, Portuguese, Dutch, Polish, Swedish, Norwegian and Danish, Turkish, Vietnamese and English. Whole words, after
     * {@link DealerPitch#CALL_START}.
     */
    private static final String WORD_CALLS = "tisch (?:reservieren|buchen)|(?:hotels?|unterkunft|reise) (?:buchen|vergleichen)|online reservieren"
            // French
            + "|réserve[zr] (?:une|votre|ma|sa) table|réservez (?:en ligne|votre (?:séjour|hôtel|chambre))|comparez les (?:prix|hôtels)"
            // Italian
            + "|prenota (?:un |il |il tuo |ora il tuo |subito il tuo )tavolo|prenota (?:il tuo )?(?:hotel|soggiorno)|confronta (?:i prezzi|gli hotel)"
            // Spanish
            + "|reserva (?:tu|una|ya tu|ahora tu) (?:mesa|hotel|habitación)|reservar (?:mesa|hotel)|compara (?:precios|hoteles)"
            // Portuguese
            + "|reserve (?:sua|uma|já sua) mesa|faça sua reserva|reservar mesa|reserve (?:seu|o seu) hotel"
            // Dutch
            + "|reserveer (?:een tafel|direct|nu|online)|boek (?:je|uw|nu je) (?:reis|hotel|tafel|vakantie|overnachting)"
            + "|vergelijk (?:hotels|vluchten en hotels)"
            // Polish
            + "|zarezerwuj (?:stolik|nocleg|hotel|pobyt)"
            // Swedish, Norwegian and Danish
            + "|boka (?:bord|hotell)|bestill bord|book (?:et )?bord"
            // Turkish
            + "|masa ayırt|hemen rezervasyon yap|otel(?:leri)? karşılaştır"
            // Vietnamese
            + "|đặt bàn|đặt phòng|đặt ngay"
            // English
            + "|book (?:a|your) (?:table|room|stay|hotel)|reserve (?:a|your) table|compare hotel(?: price)?s";

    /** The same calls in Chinese, Japanese and Korean, which stand without word bounds. */
    private static final String UNBOUNDED_CALLS = "席を予約|ネット予約|今すぐ予約|予約はこちら|立即预订|在线订座|预订餐位|예약하기|지금 예약|객실 예약";

    /** The calls where they stand ({@link DealerPitch#CALL_START}), never before a colon, where the words label a fact. */
    private static final Pattern CALL = Pattern.compile(
            DealerPitch.CALL_START + "(?:(?:" + WORD_CALLS + ")(?![\\p{L}])|" + UNBOUNDED_CALLS + ")(?!\\s*[:：])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A call's sentence is this short at most, from the call to the sentence's end: a button's or a heading's words
     * ("Reserveer direct een tafel bij Bries"). A longer one is advice that opens with the words.
     */
    private static final int MAX_CALL_SENTENCE_CHARS = 60;

    /** The marks that end the call's sentence. */
    private static final String SENTENCE_ENDS = ".!?。！？";

    private BookingPitch() {
    }

    /**
     * True when the block is a booking partner's box: a short box of lines ({@link DealerPitch#isBoxWithLine}) one of
     * whose lines, no quotation, holds a {@link #CALL} at its start or a sentence's. The box goes whole: its heading, the
     * offer's line ("Reservierung über unseren Partner …", "Ưu đãi đến 30%") and the button.
     */
    static boolean is(Element e, TextStats.Stats s, int containerChars) {
        return DealerPitch.isBoxWithLine(e, s, containerChars, BookingPitch::callsToBook);
    }

    /** True when a line of a box holds a call to book at its start or a sentence's, in a short sentence, and is no quotation. */
    static boolean callsToBook(String line) {
        String text = line.strip();
        if (text.isEmpty() || DealerPitch.QUOTATION_OPENERS.indexOf(text.charAt(0)) >= 0) {
            return false;
        }
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end < text.length() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end - m.start() <= MAX_CALL_SENTENCE_CHARS) {
                return true;
            }
        }
        return false;
    }
}
