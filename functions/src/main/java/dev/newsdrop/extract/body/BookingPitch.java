package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * A booking partner's box that a restaurant review, a food page or a travel story sets under or into its text: a short
 * box of a heading, a line and a button or a search form whose call asks the reader to book a table, a room or a trip
 * ("Tisch reservieren", "Réservez votre table", "Prenota un tavolo", "Reserveer een tafel", "Book a table", "席を予約"),
 * or to look for, compare or book hotels, flights or offers on a booking site ("¿Buscas hotel en Canarias?", "Ver
 * ofertas", "Hotels auf den Lofoten vergleichen", "Vergelijk vluchten en hotels", "Đặt phòng khách sạn …",
 * "最安値をチェック"). The call says what the box is: a reservation service's lead or an affiliate's search, no part of the
 * review or the report.
 *
 * <p>What the story gives stays. A review's own facts stay: the address, the opening hours, the prices and
 * "Reservierung: Tel. 0221 …". So does a fare table or a fact box of prices, whose lines report what a room or a seat
 * costs and ask nothing. A call must open a line or a sentence of a box, as a dealer's does ({@link DealerPitch}, whose
 * box shape this class shares, as {@link MembershipPitch} does), and its sentence must be short, a slogan's or a button's.
 * A German or Dutch infinitive call, a button's words, must end its line. So a sentence that reports what guests or
 * travellers may book ("Flüge buchen kann man ab 120 Euro") stays, and so does a fact box whose call labels an item
 * before a colon. {@link ContentPruner} asks it beside the dealers' and unions' pitches.
 */
final class BookingPitch {

    /** The travel nouns the search calls name: hotels, stays, flights, fares, offers, prices, in each language below. */
    private static final String SPANISH_NOUNS = "(?:las |los |tu |tus |el |un |una )?(?:mejores )?(?:ofertas|hoteles|hotel|vuelos|alojamientos?|precios|apartamentos)";
    private static final String ENGLISH_NOUNS = "(?:the |your |a )?(?:best |cheap )?(?:hotels?|flights?|deals|prices|offers|rates|accommodation|rooms|fares)";
    private static final String FRENCH_NOUNS = "(?:les |votre |un |une |des )?(?:meilleures? )?(?:offres|hôtels?|vols?|prix|hébergements?)";
    private static final String ITALIAN_NOUNS = "(?:gli |le |i |il |un |una |la )?(?:migliori )?(?:hotel|voli|offerte|prezzi|alloggi|alloggio)";
    private static final String PORTUGUESE_NOUNS = "(?:as |os |o |a |seu |sua )?(?:melhores )?(?:ofertas|hotéis|hotel|voos|hospedagens?|preços)";
    private static final String DUTCH_NOUNS = "(?:de |je |jouw |een )?(?:beste )?(?:aanbiedingen|hotels?|vluchten|prijzen|accommodaties?|reis)";

    /**
     * The calls to book a table, a room or a trip in the languages of restaurant and travel pages, each an imperative or
     * a button's infinitive naming the table, the room, the hotel or the trip, or asking to compare their prices:
     * German, French, Italian, Spanish, Portuguese, Dutch, Polish, Swedish, Norwegian and Danish, Turkish, Vietnamese and
     * English. Whole words, after {@link DealerPitch#CALL_START}.
     */
    private static final String TABLE_AND_ROOM_CALLS = "tisch (?:reservieren|buchen)|(?:hotels?|unterkunft|reise) (?:buchen|vergleichen)|online reservieren"
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

    /**
     * The calls of booking sites' search boxes, each an imperative, a button's infinitive or the question such a box opens
     * with, naming what is sought, a stay, a flight, an offer or a price: Spanish, English, French, Italian, Portuguese,
     * Dutch, Turkish and Vietnamese. Whole words, after {@link DealerPitch#CALL_START}.
     */
    private static final String SEARCH_CALLS = "(?:ver|compara|comparar|busca|buscar|encuentra|reserva|reservar) " + SPANISH_NOUNS
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

    /** The same calls in Chinese, Japanese and Korean, which stand without word bounds. */
    private static final String UNBOUNDED_CALLS = "席を予約|ネット予約|今すぐ予約|予約はこちら|立即预订|在线订座|预订餐位|예약하기|지금 예약|객실 예약"
            + "|航空券を探す|ホテルを探す|宿を探す|ツアーを探す|最安値をチェック|空室を確認|料金をチェック";

    /** The calls where they stand ({@link DealerPitch#CALL_START}), never before a colon, where the words label a fact. */
    private static final Pattern CALL = Pattern.compile(DealerPitch.CALL_START
            + "(?:(?:" + TABLE_AND_ROOM_CALLS + "|" + SEARCH_CALLS + "|" + INFINITIVE_CALLS + ")(?![\\p{L}])|" + UNBOUNDED_CALLS + ")(?!\\s*[:：])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A call's sentence is this short at most, from the call to the sentence's end: a button's or a heading's words
     * ("Reserveer direct een tafel bij Bries"). A longer one is advice that opens with the words.
     */
    private static final int MAX_CALL_SENTENCE_CHARS = 60;

    private BookingPitch() {
    }

    /**
     * True when the block is a booking partner's box: a short box of lines ({@link DealerPitch#isBoxWithLine}) one of
     * whose lines, no quotation, holds a {@link #CALL} at its start or a sentence's. The box goes whole: its heading, the
     * offer's line ("Reservierung über unseren Partner …", "Ưu đãi đến 30%") and the button (which an earlier stage may
     * have cut as a button already).
     */
    static boolean is(Element e, TextStats.Stats s, int containerChars) {
        return DealerPitch.isBoxWithLine(e, s, containerChars, BookingPitch::callsToBook);
    }

    /**
     * True when a line of a box holds a call to book at its start or a sentence's, the call's sentence is short
     * ({@link #MAX_CALL_SENTENCE_CHARS}), and the line is no quotation.
     */
    static boolean callsToBook(String line) {
        return DealerPitch.holdsShortCall(line, CALL, MAX_CALL_SENTENCE_CHARS);
    }
}
