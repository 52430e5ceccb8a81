package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A car dealer's or lender's pitch that a motoring page sets under or into a drive report or a test: a short box of a
 * few lines whose call asks the reader to buy, finance or try the car ("Jetzt Probefahrt vereinbaren", "Simulez votre
 * financement", "Calcola la rata", "Pide tu presupuesto", "Nezávazná poptávka", "立即询价"). The call says what the box
 * is: a sales lead for a partner, no part of the review. A review's verdict ("Plus/Minus", "On aime"), its spec table
 * and its price ("ab 68.900 Euro") are the writer's and stay; so does a sentence that reports what a buyer may do
 * ("Kunden können ab Januar eine Probefahrt vereinbaren"), since the call must open a line or a sentence of a box.
 * Its sibling {@link ToolPitch} knows a business's box by its first words (a calculator's name, a question on the
 * reader's home or loan); this class knows one by a call on any of its lines. {@link ContentPruner} asks both.
 */
final class DealerPitch {

    /** A pitch box is a heading, a line or two and a button: no longer than a paywall's offer box. */
    static final int MAX_BOX_CHARS = Notices.MAX_OFFER_BOX_CHARS;

    /** Lines of a box read for its call. */
    private static final int MAX_LINES_ASKED = 12;

    /** The elements a box of lines is built of; a paragraph, a list or a table is the text's own. */
    private static final Set<String> BOX_TAGS = Set.of("div", "aside", "section", "form");

    /**
     * The calls of dealers' and lenders' boxes in the languages of motoring sites, each an imperative or a button's
     * infinitive naming the test drive, the quote, the instalment or the financing: German, French, Italian, Spanish,
     * Portuguese, Czech, Polish, Dutch, Swedish, Russian, Turkish and English. Whole words, after {@link #CALL_START}.
     */
    private static final String WORD_CALLS = "(?:probefahrt|testfahrt) (?:vereinbaren|buchen|anfragen)"
            + "|(?:leasing|finanzierungs)?angebot (?:anfordern|sichern)|(?:leasing|finanzierungs)?rate (?:berechnen|ausrechnen)"
            + "|finanzierung berechnen|finden sie (?:ihren|einen) händler"
            // French
            + "|simule[zr] (?:votre|mon|un|une) (?:financement|crédit|loa|lld|leasing|mensualité)"
            + "|demande[zr] (?:un|votre|mon) (?:devis|essai)|réserve[zr] (?:un|votre|mon) essai|financez votre"
            + "|trouve[zr] (?:votre|un) concessionnaire"
            // Italian
            + "|calcola (?:la|la tua) rata|calcola il (?:finanziamento|preventivo|leasing)|richiedi (?:un |il )?preventivo"
            + "|prenota (?:un|il|il tuo) test drive|trova (?:il|un) concessionario"
            // Spanish
            + "|pide (?:tu|un) presupuesto|solicitar? (?:tu |una |la )?oferta|solicitar? (?:tu |un )?presupuesto"
            + "|calcula tu (?:cuota|financiación|renting)|reserva (?:tu|una) prueba|encuentra (?:tu|un) concesionario"
            // Portuguese
            + "|simule (?:o |o seu |seu )?(?:financiamento|parcelas|prestações)|agende (?:seu |um |o seu )test[- ]drive"
            + "|solicite (?:uma |sua )?(?:proposta|cotação)|encontre (?:uma|sua) concessionária"
            // Czech and Polish
            + "|nezávazná poptávka|nezávazně poptat|objednat (?:testovací|zkušební) jízdu|spočítejte si splátku"
            + "|umów (?:się na )?jazdę próbną|zapytaj o ofertę|oblicz (?:ratę|leasing)"
            // Dutch and Swedish
            + "|plan (?:een|je|uw) proefrit|proefrit (?:aanvragen|plannen|boeken)|bereken (?:je|uw) (?:maandbedrag|leaseprijs)"
            + "|vraag (?:een|je|uw) offerte aan|boka (?:en )?(?:provkörning|provtur)"
            // Russian and Turkish
            + "|запи(?:шитесь|саться) на тест-драйв|оставьте заявку на (?:тест-драйв|кредит|лизинг)|рассчита(?:йте|ть) (?:кредит|лизинг)"
            + "|test sürüşü (?:için )?randevu|kredi(?:nizi)? hesapla"
            // English
            + "|book (?:a|your) test drive|get (?:a|your) (?:finance )?quote|calculate your (?:monthly )?(?:payments?|finance)"
            + "|find (?:a|your) (?:local )?dealer";

    /** The same calls in Chinese, Japanese and Korean, which stand without word bounds. */
    private static final String UNBOUNDED_CALLS = "立即询价|询底价|获取底价|预约试驾|计算月供|試乗予約|見積もりシミュレーション|시승 신청|시승 예약|견적 받기";

    /**
     * The marks after which {@link #CALL_START} lets a call stand: a sentence's close, a label's colon. A call is asked for
     * only at a line's start and at these ({@link #callsToBuy}), where the pattern alone would be tried at every character.
     */
    private static final String SENTENCE_MARKS = ".!?¡¿。！？:：";

    /**
     * Where a call may stand: a line's start, or a sentence's after its closing mark ("Finden Sie Ihren Händler in der
     * Nähe. Jetzt Probefahrt vereinbaren …", "想了解最新优惠？立即询价"), perhaps after "now" ("Jetzt", "Maintenant").
     */
    static final String CALL_START = "(?:^|[" + SENTENCE_MARKS + "]\\s*)(?:(?:jetzt|now|maintenant|ahora|agora|ora|nu|teď|teraz)\\s+)?";

    /**
     * The calls where they stand ({@link #CALL_START}); never before a colon, where the call's words label an item of advice
     * ("Probefahrt vereinbaren: Fahren Sie mindestens 30 Minuten …" in a buyer's checklist), not a button.
     */
    private static final Pattern CALL = Pattern.compile(
            CALL_START + "(?:(?:" + WORD_CALLS + ")(?![\\p{L}])|" + UNBOUNDED_CALLS + ")(?!\\s*[:：])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Marks that open a quotation: a line opening with one quotes someone's words (a dealer's advert in a story's fact box). */
    static final String QUOTATION_OPENERS = "“„«‘\"'「『‹";

    /** The marks that end a call's sentence ({@link #holdsShortCall}). */
    private static final String CALL_SENTENCE_ENDS = ".!?。！？";

    /**
     * True when the line, no quotation ({@link #QUOTATION_OPENERS}), holds a match of {@code call} whose sentence, from the
     * call to the sentence's end, is at most {@code maxSentenceChars} long: a slogan's or a button's words, where a longer
     * sentence opening with the same words is advice or a report. The pitches that share this class's box shape read
     * their calls so ({@link MembershipPitch#callsToJoin}, {@link BookingPitch#callsToBook}).
     */
    static boolean holdsShortCall(String line, Pattern call, int maxSentenceChars) {
        String text = line.strip();
        if (text.isEmpty() || QUOTATION_OPENERS.indexOf(text.charAt(0)) >= 0) {
            return false;
        }
        Matcher m = call.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end < text.length() && CALL_SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end - m.start() <= maxSentenceChars) {
                return true;
            }
        }
        return false;
    }

    private DealerPitch() {
    }

    /**
     * True when the block is a dealer's or lender's pitch box: a container of two lines or more, short and well under
     * the story's text, one of whose lines holds a {@link #CALL} at its start or a sentence's. The box goes whole: its
     * heading, the monthly rate, the button and the offer's small print.
     */
    static boolean is(Element e, TextStats.Stats s, int containerChars) {
        return isBoxWithLine(e, s, containerChars, DealerPitch::callsToBuy);
    }

    /**
     * True when the block is a short box of lines (a container of two lines or more, short and well under the story's
     * text) one of whose first lines the test accepts: the shape of a pitch that a call on one of its lines names, shared
     * with {@link MembershipPitch}.
     */
    static boolean isBoxWithLine(Element e, TextStats.Stats s, int containerChars, Predicate<String> call) {
        if (s.chars > MAX_BOX_CHARS || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars
                || !BOX_TAGS.contains(e.normalName()) || e.childrenSize() < 2) {
            return false;
        }
        int asked = 0;
        for (Element line = e.firstElementChild(); line != null && asked++ < MAX_LINES_ASKED; line = line.nextElementSibling()) {
            if (call.test(line.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a line of a box holds a dealer's or lender's call at its start or a sentence's ({@link #CALL}), and the line
     * is no quotation ({@link #QUOTATION_OPENERS}: "“Zero deposit. Book a test drive today …”" quoted in a story's box).
     */
    static boolean callsToBuy(String line) {
        String text = line.strip();
        if (text.isEmpty() || QUOTATION_OPENERS.indexOf(text.charAt(0)) >= 0) {
            return false;
        }
        // what CALL.matcher(text).find() answers: a match opens at the line's start or at one of the marks, so the
        // pattern is tried there alone (the region's bounds are not the line's: "^" stays the line's start)
        Matcher call = CALL.matcher(text).useAnchoringBounds(false).useTransparentBounds(true);
        for (int at = 0; at < text.length(); at = nextMark(text, at + 1)) {
            if (call.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first of {@link #SENTENCE_MARKS} at or after {@code from}, or the text's length. */
    private static int nextMark(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
