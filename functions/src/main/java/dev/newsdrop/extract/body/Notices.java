package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Notices a site sets into an article's text that are about the page, not the story, told by their
 * wording in the languages of the pages read: an affiliate disclosure ("If you buy through a link,
 * we earn a commission"), a mailing list's footer ("You are receiving this e-mail because ...
 * unsubscribe"), and a paywall's offer box, whose mark in every language is the line asking
 * whether the reader is a subscriber already ("Schon Abonnent?", "Already a subscriber?").
 */
final class Notices {

    /** A notice is a short paragraph: a sentence or three. */
    static final int MAX_NOTICE_CHARS = 400;

    /** An offer box is a few short lines: a question, a pitch with its price, a button, a login link. */
    static final int MAX_OFFER_BOX_CHARS = 600;

    /** An offer box holds less than this share of the container's text: more is the article around it. */
    static final double MAX_OFFER_BOX_SHARE = 0.5;

    /** A prompt line is short: the question and its link. */
    static final int MAX_PROMPT_LINE_CHARS = 120;

    /** Children of a box asked for its prompt line: a box has a few lines. */
    private static final int MAX_BOX_LINES_ASKED = 12;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * The disclosure's own sentence, first person, in English, German, French, Spanish, Italian,
     * Dutch, Polish and Portuguese: the site or writer earns a commission, or the text holds affiliate links.
     */
    private static final Pattern AFFILIATE_DISCLOSURE = Pattern.compile(
            "\\b(?:we|i)(?: may| might| could| will)? (?:earn|receive|get|make)s? (?:an? )?(?:small |affiliate |tiny )?commission"
                    + "|(?:contains?|may contain|includes?|uses?) (?:some )?affiliate links|as an amazon associate|qualifying purchases"
                    + "|\\b(?:erhalten|bekommen|verdienen) (?:wir|ich)\\b[^.!?]{0,60}provision"
                    + "|\\b(?:erhalte|bekomme|verdiene) ich\\b[^.!?]{0,60}provision"
                    + "|\\b(?:wir|ich) (?:erhalten|erhalte|bekommen|bekomme|verdienen|verdiene)\\b[^.!?]{0,60}provision"
                    + "|(?:enthält|enthalten|sind) (?:sogenannte |so genannte )?(?:affiliate|partner|werbe|provisions)-?links"
                    + "|\\b(?:nous|je)(?: pouvons| pourrions| pouvez)? (?:percev|touch|recev|gagn)\\p{L}* (?:une )?(?:petite )?commission"
                    + "|contient des liens (?:d'affiliation|d’affiliation|affiliés|sponsorisés)"
                    + "|\\b(?:podemos|puedo|podríamos) (?:recibir|ganar|obtener|cobrar) (?:una )?(?:pequeña )?comisión"
                    + "|\\b(?:recibimos|obtenemos|ganamos|recibo|cobramos) una (?:pequeña )?comisión|enlaces de afiliad[oa]s"
                    + "|\\b(?:potremmo|possiamo|potrei) (?:ricevere|guadagnare|percepire) (?:una )?(?:piccola )?commissione"
                    + "|\\b(?:riceviamo|guadagniamo|percepiamo) una (?:piccola )?commissione|link (?:di affiliazione|affiliati)"
                    + "|\\b(?:ontvangen|krijgen|verdienen) (?:wij|we|ik) (?:mogelijk )?(?:een )?(?:kleine )?commissie"
                    + "|\\b(?:otrzymujemy|możemy otrzymać|dostajemy) (?:niewielką )?prowizję|linki (?:afiliacyjne|partnerskie)"
                    + "|\\b(?:posso|podemos|poderemos) (?:receber|ganhar) (?:uma )?(?:pequena )?comissão"
                    + "|\\b(?:recebo|recebemos|ganho|ganhamos) uma (?:pequena )?comissão|links de afiliad[oa]s",
            FLAGS);

    /** A word of links or of an affiliate programme: a disclosure speaks of the links it discloses. */
    private static final Pattern LINK_WORD = Pattern.compile(
            "link|lien|enlace|collegament|affiliat|afiliad|affiliazion|amazon|partnerprogramm", FLAGS);

    /** A mailing list's footer: why the reader receives the message, in the languages above. */
    private static final Pattern MAILING_FOOTER = Pattern.compile(
            "\\b(?:sie erhalten|du erhältst|ihr erhaltet) (?:diese|diesen|dieses) (?:e-?mail|\\p{L}*(?:mail|nachricht|meldung|mitteilung"
                    + "|information|benachrichtigung|newsletter|brief))(?![\\p{L}])"
                    + "|\\b(?:you are|you're|you) receiv(?:ing|ed) this (?:\\p{L}+ )?(?:e-?mail|email|message|newsletter|release|alert"
                    + "|notification|update|digest|bulletin)\\b"
                    + "|\\bvous recevez (?:ce|cet|cette) (?:e-?mail|courriel|message|communiqué|lettre)"
                    + "|\\b(?:recibe|recibes|está recibiendo|estás recibiendo|ha recibido|has recibido) este (?:correo|mensaje|comunicado|boletín)"
                    + "|\\b(?:ricevi|riceve|sta ricevendo|stai ricevendo|hai ricevuto|ha ricevuto) questa (?:e-?mail|mail|comunicazione|newsletter)"
                    + "|\\b(?:u ontvangt|je ontvangt|jij ontvangt|u heeft|je hebt) (?:deze|dit) (?:e-?mail|mail|nieuwsbrief|bericht)",
            FLAGS);

    /** ...and the way out of the list it names: "unsubscribe", "abmelden", "se désabonner". */
    private static final Pattern UNSUBSCRIBE_WORD = Pattern.compile(
            "unsubscrib|opt[- ]out|abmelden|abbestellen|austragen|abonniert|subscribed|désabonn|désinscri|abonné"
                    + "|darse de baja|darte de baja|suscrit|cancellar|disiscriv|iscritt|uitschrijven|afmelden|aangemeld",
            FLAGS);

    /** The line of a paywall's offer that asks whether the reader subscribes already, or wants to read on. */
    private static final Pattern PAYWALL_PROMPT = Pattern.compile(
            "(?:schon|bereits) (?:abonnent(?:in)?|abonniert|abokunde|digital-abonnent(?:in)?)\\b"
                    + "|(?:sie möchten|möchten sie|du möchtest|möchtest du|wollen sie|willst du) (?:gerne |gern )?weiterlesen"
                    + "|already (?:a |an )?(?:subscriber|subscribed)\\b|(?:want|like) to (?:keep|continue) reading"
                    + "|déjà abonné|vous souhaitez lire la suite|¿?ya (?:eres|es|soy) suscriptor|já (?:é|és|sou) assinante"
                    + "|(?:sei|sono|è) già abbonat|al (?:een )?abonnee|masz już (?:subskrypcję|prenumeratę)"
                    + "|(?:är du )?redan prenumerant|(?:er du )?allerede abonnent|oletko jo tilaaja|už máte předplatné|již (?:jste|máte) předplat",
            FLAGS);

    /** The {@code rel} token of a paid or affiliate link (Google's link attributes: rel="sponsored"). */
    static final String SPONSORED_REL = "sponsored";

    private Notices() {
    }

    /** True when the space-separated attribute value holds the token, in any case. */
    static boolean hasToken(String value, String token) {
        for (String part : value.trim().split("\\s+")) {
            if (part.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    /** True when the short block's text is an affiliate disclosure or a mailing list's footer. */
    static boolean isNotice(String text) {
        if (text.length() > MAX_NOTICE_CHARS) {
            return false;
        }
        return (AFFILIATE_DISCLOSURE.matcher(text).find() && LINK_WORD.matcher(text).find())
                || (MAILING_FOOTER.matcher(text).find() && UNSUBSCRIBE_WORD.matcher(text).find());
    }

    /** True when the line opens with a paywall's prompt ("Schon Abonnent? Hier anmelden"). */
    static boolean isPaywallPrompt(String line) {
        return line.length() <= MAX_PROMPT_LINE_CHARS && PAYWALL_PROMPT.matcher(line).lookingAt();
    }

    /**
     * A paywall's offer box: a short block, well under the container's text, holding a link, one of
     * whose lines (its children) is a paywall's prompt ({@link #isPaywallPrompt}). The box goes whole:
     * its pitch and price, its button and its login line.
     */
    static boolean isOfferBox(Element e, TextStats.Stats s, TextStats stats, int containerChars) {
        if (s.chars > MAX_OFFER_BOX_CHARS || s.linkChars == 0 || s.chars >= MAX_OFFER_BOX_SHARE * containerChars) {
            return false;
        }
        int asked = 0;
        for (Element line = e.firstElementChild(); line != null && asked++ < MAX_BOX_LINES_ASKED; line = line.nextElementSibling()) {
            TextStats.Stats ls = stats.of(line);
            if (ls != null && ls.chars > 0 && ls.chars <= MAX_PROMPT_LINE_CHARS && isPaywallPrompt(line.text().strip())) {
                return true;
            }
        }
        return false;
    }
}
