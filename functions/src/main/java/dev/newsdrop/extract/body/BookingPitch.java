package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A booking site's search box that a travel page sets under or into a story: a short box of a heading, a line and a
 * button or a search form whose call asks the reader to look for, compare or book hotels, flights or offers ("¿Buscas
 * hotel en Canarias?", "Ver ofertas", "Hotels auf den Lofoten vergleichen", "Vergelijk vluchten en hotels", "Đặt phòng
 * khách sạn …", "最安値をチェック"). The call says what the box is: an affiliate's search, no part of the report. A fare table or a fact box of prices that the story gives stays: its lines report what
 * a room or a seat costs and ask nothing; a sentence that reports what travellers may book ("Flüge buchen kann man ab
 * 120 Euro") is no call, since a call must open a line or a sentence of a box and be short, a slogan's or a button's, and
 * a German or Dutch infinitive call (a button's words) must end its line. It shares {@link DealerPitch}'s box shape, as
 * {@link MembershipPitch} does; {@link ContentPruner} asks it beside them.
 */
final class BookingPitch {

    /** The travel nouns the calls name: hotels, stays, flights, fares, offers, prices, in each language below. */
    private static final String SPANISH_NOUNS = "(?:las |los |tu |tus |el |un |una )?(?:mejores )?(?:ofertas|hoteles|hotel|vuelos|alojamientos?|precios|apartamentos)";
    private static final String ENGLISH_NOUNS = "(?:the |your |a )?(?:best |cheap )?(?:hotels?|flights?|deals|prices|offers|rates|accommodation|rooms|fares)";
    private static final String FRENCH_NOUNS = "(?:les |votre |un |une |des )?(?:meilleures? )?(?:offres|hôtels?|vols?|prix|hébergements?)";
    private static final String ITALIAN_NOUNS = "(?:gli |le |i |il |un |una |la )?(?:migliori )?(?:hotel|voli|offerte|prezzi|alloggi|alloggio)";
    private static final String PORTUGUESE_NOUNS = "(?:as |os |o |a |seu |sua )?(?:melhores )?(?:ofertas|hotéis|hotel|voos|hospedagens?|preços)";
    private static final String DUTCH_NOUNS = "(?:de |je |jouw |een )?(?:beste )?(?:aanbiedingen|hotels?|vluchten|prijzen|accommodaties?|reis)";

    /**
     * The calls of booking boxes, each an imperative, a button's infinitive or the question such a box opens with: Spanish,
     * English, French, Italian, Portuguese, Dutch, Turkish and Vietnamese. Whole words, after {@link #CALL_START}; the
     * call names what is sought, a stay, a flight, an offer or a price.
     */
    private static final String WORD_CALLS = "(?:ver|compara|comparar|busca|buscar|encuentra|reserva|reservar) " + SPANISH_NOUNS
            + "|¿?\\s*buscas (?:un )?(?:hotel|alojamiento|vuelos?|apartamento)"
            + "|(?:find|compare|search|check|book|view|see) " + ENGLISH_NOUNS + "|looking for (?:a )?(?:hotel|accommodation|flights?)"
            + "|(?:voir|comparer|comparez|trouvez|réservez|réserver) " + FRENCH_NOUNS + "|(?:vous )?cherchez un (?:hôtel|hébergement|vol)"
            + "|(?:confronta|cerca|trova|prenota|vedi|scopri) " + ITALIAN_NOUNS + "|cerchi (?:un )?(?:hotel|alloggio|volo)"
            + "|(?:ver|veja|compare|comparar|encontre|reserve|reservar) " + PORTUGUESE_NOUNS + "|procurando (?:hotel|hospedagem|voos?)"
            + "|(?:bekijk|vergelijk|zoek|boek) " + DUTCH_NOUNS
            + "|(?:otel(?:leri)?|uçak bileti|fiyatları) (?:karşılaştır|ara|bul)"
            + "|đặt (?:phòng|vé máy bay|tour)|săn vé (?:máy bay|rẻ)";

    /**
     * German and Dutch calls that end in a button's infinitive, the travel noun first and a few words between ("Hotels auf
     * den Lofoten vergleichen", "Jetzt Flüge finden", "hotels boeken"): the infinitive ends the line, where a sentence
     * ("Flüge buchen kann man ab …") goes on.
     */
    private static final String INFINITIVE_CALLS = "(?:hotels?|flüge|unterkünfte|ferienwohnungen|preise|angebote|vluchten|aanbiedingen)"
            + "(?: [^.!?:]{1,30}?)? (?:vergleichen|finden|suchen|buchen|ansehen|vergelijken|zoeken|boeken|bekijken)(?=\\s*[!»›→]*\\s*$)";

    /** The same calls in Japanese, which stand without word bounds. */
    private static final String UNBOUNDED_CALLS = "航空券を探す|ホテルを探す|宿を探す|ツアーを探す|最安値をチェック|空室を確認|料金をチェック";

    /** Where a call may stand: where a dealer's may ({@link DealerPitch#CALL_START}). */
    private static final String CALL_START = DealerPitch.CALL_START;

    /** The calls where they stand, never before a colon, where the words label an item of a fact box. */
    private static final Pattern CALL = Pattern.compile(
            CALL_START + "(?:(?:" + WORD_CALLS + "|" + INFINITIVE_CALLS + ")(?![\\p{L}])|" + UNBOUNDED_CALLS + ")(?!\\s*[:：])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A call's sentence is this short at most, from the call to the sentence's end: a slogan's or a button's. */
    private static final int MAX_CALL_SENTENCE_CHARS = 70;

    /** The marks that end the call's sentence. */
    private static final String SENTENCE_ENDS = ".!?。！？";

    private BookingPitch() {
    }

    /**
     * True when the block is a booking box: a short box of lines ({@link DealerPitch#isBoxWithLine}) one of whose lines,
     * no quotation, holds a {@link #CALL} at its start or a sentence's with a short sentence. The box goes whole: its
     * heading, its line of prices and the button (which an earlier stage may have cut as a button already).
     */
    static boolean is(Element e, TextStats.Stats s, int containerChars) {
        return DealerPitch.isBoxWithLine(e, s, containerChars, BookingPitch::callsToBook);
    }

    /**
     * True when a line of a box holds a call to look for or book a stay or a flight at its start or a sentence's, the call's
     * sentence is short ({@link #MAX_CALL_SENTENCE_CHARS}), and the line is no quotation.
     */
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
