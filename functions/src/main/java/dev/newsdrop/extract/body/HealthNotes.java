package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.authors.PatternOpenings;

import java.util.regex.Pattern;

/**
 * What health sites set under every article whatever it says: the standing medical disclaimer ("This article does not
 * replace professional medical advice", "Dieser Artikel ersetzt keine ärztliche Beratung", "Ce contenu ne remplace pas
 * l'avis d'un professionnel de santé", "※本記事は…医師による診断や治療に代わるものではありません"; a law firm's or legal
 * paper's "Dieser Beitrag ersetzt keine Rechtsberatung", "This client alert … does not constitute legal advice") and the box of crisis
 * helplines appended to every story that touches on suicide ("If you or someone you know is in crisis, call or text
 * 988", "Hilfe bei Suizidgedanken … Telefonseelsorge 0800 111 0 111"). They speak of the page or to its reader, not of
 * what the story reports.
 *
 * <p>Each opens its block, after a short label at most ("Wichtiger Hinweis:", "Disclaimer:", "※"): a story that quotes
 * a disclaimer opens with a quotation mark or its own subject ("The portal's small print says its content …"), and a
 * story about helplines reports them in sentences of its own ("Die Telefonseelsorge führte 2025 rund …").
 */
final class HealthNotes {

    private HealthNotes() {
    }

    /** A disclaimer or a helpline box is short: a sentence or three, a heading and a paragraph. */
    static final int MAX_NOTE_CHARS = 500;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A character of the sentence: no full stop, question or exclamation mark, but a dot inside a word ("ZdrowieTeraz.pl"). */
    private static final String IN_SENTENCE = "(?:[^.!?]|\\.(?=[\\p{L}\\p{N}]))";

    /**
     * A short label a site sets before its disclaimer: "Wichtiger Hinweis:", "Medical disclaimer:", "Avertissement :",
     * "Aviso médico:", "Avvertenza:", "Uwaga:", "Let op:", with its colon.
     */
    private static final String LABEL = "(?:(?:(?:wichtiger|medizinischer|rechtlicher) )?hinweis|(?:medical |health |important )?disclaimer"
            + "|important|please note|note|avertissement|(?:avis|mention) (?:important|médical)e?|aviso(?: (?:médico|legal|importante))?"
            + "|importante|advertencia|avvertenz[ae]|attenzione|nota(?: (?:bene|importante))?|aviso legal|uwaga|zastrzeżenie|let op"
            + "|disclaimer medico|observera)\\s*[:：]\\s*";

    /**
     * The page naming itself as the subject of its disclaimer: a demonstrative or the first person plural before the page's
     * noun ("This article", "Our content", "Dieser Artikel", "Ce contenu", "Questo articolo", "Este conteúdo", "Dit
     * artikel"), or a bare article before it with the page's own place after it ("All information on this site", "Die
     * Informationen auf dieser Seite", "La información de este artículo", "Treści z serwisu X"). A bare article alone names
     * anything ("Die Informationen der App ersetzen keinen Arztbesuch, betonte der Hersteller"): a story's subject. So does
     * "information" after a demonstrative, which may point back at what the story just said ("Diese Informationen ersetzen
     * keinen Arztbesuch – doch …"): it names the page only with the page's place after it.
     */
    private static final String SUBJECT = "(?:(?:this|these|our) (?:articles?|content|pages?|posts?|stor(?:y|ies)|materials?|(?:client |legal )?alerts?|publications?"
            + "|site|website|guides?)(?: (?:on|in|of|provided (?:on|in|by)) (?:this|our) (?:site|website|page|app|article))?"
            + "|(?:all|the|this|our) (?:content|information|materials?|articles?)(?: (?:on|in|of|provided (?:on|in|by)) (?:this|our) (?:site|website|page|app|article))"
            + "|(?:dieser|unser) (?:artikel|beitrag|text|ratgeber)|(?:diese|unsere) (?:inhalte|seiten?|texte|beiträge)"
            + "|(?:die|diese|unsere|alle) (?:informationen|inhalte|texte|beiträge)(?: (?:auf|in) (?:dieser|diesem|unserer|unserem) [\\p{L}-]+)"
            + "|(?:dieses|unser) (?:angebot|portal|informationsangebot)"
            + "|(?:ce|cet|cette|ces|nos) (?:contenus?|articles?|fiches?|pages?|site|textes?)"
            + "|(?:les|ces|nos|tous les) (?:contenus?|articles?|informations?|textes?)(?: (?:de|du|publiée?s? sur|présente?s? sur) (?:ce|cet|cette|notre) "
            + "(?:site|article|page|rubrique))"
            + "|(?:este|esta|estos|estas|nuestros?|nuestras?) (?:art[ií]culos?|contenidos?|textos?|p[aá]ginas?|web)"
            + "|(?:el|la|los|las|todo el|esta|estas|nuestra) (?:contenidos?|informaci[oó]n|informaciones|textos?)(?: (?:de|en|contenida en|publicada en) "
            + "(?:este|esta|nuestra|nuestro) [\\p{L}]+)"
            + "|(?:questo|questa|queste|questi|nostri|nostre) (?:articol[oi]|contenut[oi]|sito|pagin[ae]|testi?)"
            + "|(?:le|i|tutti i|queste|nostre) (?:contenut[oi]|informazion[ei]|testi)(?: (?:di|del|su|presenti su|contenute in) (?:questo|questa|nostro) [\\p{L}]+)"
            + "|(?:este|esta|estes|estas|nossos?|nossas?) (?:artigos?|conteúdos?|textos?|páginas?|site)"
            + "|(?:o|a|os|as|todo o|esta|estas|nossas?) (?:conteúdos?|informaç(?:ão|ões)|textos?)(?: (?:deste|desta|neste|nesta|do nosso|da nossa) [\\p{L}]+)"
            + "|(?:dit|deze|onze) (?:artikel|artikelen|blog|blogs|inhoud|tekst|pagina|website)"
            + "|(?:de|deze|onze|alle) (?:informatie|inhoud)(?: (?:op|in|van) (?:deze|dit|onze) [\\p{L}]+)"
            + "|(?:ten|niniejszy) artykuł|(?:treści|informacje|materiały|porady)(?: (?:z|zawarte w|zamieszczone w|na) (?:serwisie|serwisu|portalu|stronie"
            + "|tym artykule|naszym serwisie|naszej stronie)" + IN_SENTENCE + "{0,40}?)"
            + "|(?:den här|denna) (?:artikel|text|sida)|(?:informationen|innehållet) (?:på|i) (?:den här|denna|vår|sajten|webbplatsen)[\\p{L} ]{0,20}?)";

    /** The negated verb of replacing, of being a substitute or of serving self-treatment, in those languages. */
    private static final String DOES_NOT_REPLACE = "(?:(?:(?:does|do|is|are|should|must|can|may) not|doesn't|don't|isn't|aren't|cannot|never)"
            + "(?: (?:intended|meant|designed))?(?: to)?(?: be)?(?: (?:used )?(?:as )?)?"
            + "(?:(?:a )?(?:substitute|replacement) for|replac\\p{L}*|substitut\\p{L}*|constitut\\p{L}*)"
            + "|ersetz\\p{L}* (?:nicht|kein\\p{L}*|in keinem fall)|(?:ist|sind) kein ersatz|kein ersatz"
            + "|ne (?:(?:peu(?:ven)?t|saurai(?:en)?t|doi(?:ven)?t|sauraient) (?:en aucun cas |pas )?(?:pas )?)?(?:remplacer?|remplacent|se substitu\\p{L}*|constitu\\p{L}*)"
            + "|no (?:sustituye|sustituyen|reemplaza|reemplazan|pretende(?:n)? (?:sustituir|reemplazar)|debe(?:n)? (?:sustituir|reemplazar)"
            + "|constituye(?:n)?|es un sustituto|son un sustituto)"
            + "|non (?:sostituisc\\p{L}*|intend\\p{L}* sostituir\\p{L}*|(?:può|possono|dev\\p{L}*) (?:in alcun modo |mai )?sostituir\\p{L}*|costituisc\\p{L}*)"
            + "|não (?:substitui|substituem|pretende(?:m)? substituir|deve(?:m)? substituir|constitui)"
            + "|vervang\\p{L}* (?:niet|geen)|(?:is|zijn) geen vervanging|geen vervanging|vorm(?:t|en) geen"
            + "|nie (?:zastępuj\\p{L}*|zastąpi\\p{L}*|stanowi\\p{L}*|mo\\p{L}+ zastąpić)"
            + "|ersätter (?:inte|inga|aldrig)|är (?:inte|ingen) (?:en )?ersättning)";

    /** What a disclaimer says its page does not replace: a doctor, a professional, medical advice, a diagnosis. */
    private static final String CARE = "(?:medic|médic|medyc|medisch|medizin|ärzt|arzt|doctor|physician|professional|professionnel|profesional"
            + "|profissional|professionist|sanitari|santé|saúde|salud|salute|health|consult|diagnos|treatment|lekarz|läkar|arts|huisarts"
            + "|zorgverlener|vård|therap|terap|pharmac|farmac|apothe|specialist|spécialist|especialist)";

    /**
     * What a law firm's or a legal paper's standing disclaimer says its page is not: legal advice, counsel or an opinion
     * ("does not constitute legal advice", "ersetzt keine Rechtsberatung", "keine anwaltliche Beratung", "ne constitue pas
     * une consultation juridique", "non costituisce parere legale", "no constituye asesoramiento jurídico", "geen juridisch
     * advies", "nie stanowi porady prawnej"): the same standing note as a health site's, in its trade's words. The advice
     * is named, not a lawyer alone: a statute's "This article does not replace the right to a lawyer" is law reported.
     */
    private static final String COUNSEL = "(?:legal (?:advice|counsel|opinion)|attorney-client|rechtsberatung|rechtsrat|(?:rechtlich|anwaltlich)\\p{L}* beratung"
            + "|consultation juridique|conseils? juridiques?|avis juridique|parere (?:legale|giuridico)|consulenza (?:legale|giuridica)"
            + "|asesoramiento (?:jurídico|legal)|asesoría (?:jurídica|legal)|consejo legal|aconselhamento jurídico|consultoria jurídica"
            + "|parecer jurídico|juridisch advies|porad\\p{L}* prawn\\p{L}*|juridisk rådgivning)";

    /** Self-diagnosis or self-treatment, which a disclaimer says its page must not serve ("darf nicht zur Selbstdiagnose … verwendet werden"). */
    private static final String SELF_TREATMENT = "(?:nicht (?:zur|für die|für eine|als grundlage (?:für|einer)) selbst(?:diagnose|behandlung|medikation)"
            + "|not (?:be used )?(?:for|to) self-?(?:diagnos|treat)\\p{L}*|autodiagnostic|autodiagnóstico|autodiagnosi|automedica\\p{L}*)";

    /** The Japanese disclaimer: the page, then a doctor's or medicine's word, then "in place of" ("医師による診断や治療に代わるものではありません"). */
    private static final String JAPANESE = "(?:本記事|この記事|当記事|本サイト|当サイト|本ページ|このページ|掲載(?:の|している)?情報)[^。]{0,100}?"
            + "(?:医師|医療|診断|専門家|治療)[^。]{0,40}?(?:代わるもの|代替|代わり)";

    /**
     * A site's standing medical or legal disclaimer, opening its block: an optional {@link #LABEL}, the page as {@link #SUBJECT},
     * and in the same sentence the page saying it does not replace care or counsel ({@link #DOES_NOT_REPLACE} then {@link #CARE}
     * or {@link #COUNSEL}) or must
     * not serve self-treatment; or the Japanese form.
     */
    private static final Pattern MEDICAL_DISCLAIMER = Pattern.compile("(?:" + LABEL + ")?(?:" + SUBJECT + "(?![\\p{L}])" + IN_SENTENCE + "{0,160}?"
            + "(?<![\\p{L}])(?:" + DOES_NOT_REPLACE + "(?![\\p{L}])" + IN_SENTENCE + "{0,80}?(?:" + CARE + "|" + COUNSEL + ")|" + SELF_TREATMENT + ")|" + JAPANESE + ")", FLAGS);

    /**
     * A crisis helpline box's opening: its heading ("Hilfe bei Suizidgedanken", "Suicide prevention", "Besoin d'aide ?")
     * or its address to the reader in distress ("If you or someone you know …", "Wenn Sie sich in einer … befinden",
     * "Si vous avez des pensées suicidaires", "Si tienes pensamientos suicidas", "Se sei in difficoltà", "Denk je aan
     * zelfmoord?", "Jeśli jesteś w kryzysie", "Om du har självmordstankar"), whose first sentence names the crisis
     * ({@link #CRISIS_WORD} is asked apart). Group 1 holds a heading.
     */
    private static final Pattern HELPLINE_OPENING = Pattern.compile("(?:(" + "hilfe (?:bei|in) (?:suizidgedanken|krisen|seelischen krisen)"
            + "|suicide prevention|crisis (?:support|resources|helplines?)|need (?:help|to talk)|help is available|where to get help|getting help"
            + "|besoin d['’]aide|prévention du suicide|ayuda|prevención del suicidio|numeri utili|prevenzione del suicidio|hulp nodig|zelfmoordpreventie"
            + "|potrzebujesz pomocy|behöver du (?:hjälp|stöd|prata))"
            + "|if you(?:['’]re| are| or (?:someone|anyone|a loved one|somebody) you know| have| feel| need)|wenn (?:sie|du)|haben sie|hast du|sind sie"
            + "|si vous|si tu|si (?:tienes|tiene|usted|estás|está|piensas|necesitas)|se (?:sei|stai|hai|tu|pensi)|als je|denk je|heb je"
            + "|je[sś]li|jeżeli|om du)(?![\\p{L}])", FLAGS);

    /** A word of suicide, self-harm or a mental crisis, which a helpline box's first sentence holds. */
    private static final Pattern CRISIS_WORD = Pattern.compile("(?<![\\p{L}])(?:suizid\\p{L}*|suicid\\p{L}*|suïcid\\p{L}*|selbstmord\\p{L}*"
            + "|zelfmoord\\p{L}*|samobój\\p{L}*|självmord\\p{L}*|crisis|crise|crisi|kryzys\\p{L}*|kris|krisen?|ausweglos\\p{L}*|lebensmüde"
            + "|das leben zu nehmen|self-harm\\p{L}*|harming (?:yourself|themselves)|idées noires|pensées (?:suicidaires|noires)"
            + "|pensamientos|difficoltà|distress|struggling|depressi\\p{L}*|dépressi\\p{L}*|depresi\\p{L}*|seelische not|mental health)", FLAGS);

    /**
     * A helpline named, or a number to call or text and the verb that asks the reader to: "Telefonseelsorge", "988",
     * "Samaritans", "SOS Amitié", "3114", "Teléfono de la Esperanza", "024", "Telefono Amico", "113", "116 123",
     * "Mind", "Lifeline" ({@link #ASKS_TO_CALL} is asked apart of a number alone). Group 1 holds a helpline's name: its
     * number alone ("113", "988") is a count as often in a story.
     */
    private static final Pattern HELPLINE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(telefonseelsorge|lifeline|samaritans|crisis text line"
            + "|sos amitié|suicide écoute|teléfono de la esperanza|telefono amico|telefono azzurro|mind infoline"
            + "|befrienders|självmordslinjen|mind självmordslinjen|kriseninterventionszentrum|dargebotene hand)|988|3114|024|113|116 ?123|116 ?111|143|142)"
            + "(?![\\p{L}\\p{N}])", FLAGS);

    /** A telephone number: a digit, then at least six more with the blanks, slashes, dots and dashes numbers are grouped by. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\+?\\d(?:[ ./-]{0,2}\\d){5,}");

    /** The verb asking the reader to call, text, write or turn to someone. */
    private static final Pattern ASKS_TO_CALL = Pattern.compile("(?<![\\p{L}])(?:call|text|ring|contact|reach out|chat|wenden sie sich|wende dich"
            + "|rufen sie|ruf|anrufen|erreichbar|kontaktieren sie|appelez|contactez|composez|joignable|llama|llame|contacta|contacte|chiama|contatta"
            + "|bel|chat|zadzwoń|skontaktuj|ring|kontakta|ligue|procure|chiamare|contattare|scrivere|llamar|appeler|anrufen|bellen"
            + "|zadzwonić|ringa|ligar)(?![\\p{L}])", FLAGS);

    /** The openings of {@link #MEDICAL_DISCLAIMER} and of {@link #HELPLINE_OPENING}: a block's first text is asked before its text is built. */
    static final PatternOpenings OPENINGS = PatternOpenings.of("(?:" + LABEL + ")|(?:" + SUBJECT + ")|(?:" + JAPANESE + ")|(?:"
            + HELPLINE_OPENING.pattern() + ")");

    /**
     * True when the short block's text is a health site's standing disclaimer or a crisis helpline box, read from its first
     * letter or digit (after a mark such as "※" or "*", {@link Notices#tipPromptStart}).
     */
    static boolean isNote(String text) {
        int at = Notices.tipPromptStart(text);
        if (text.length() > MAX_NOTE_CHARS || at < 0 || opensWithQuote(text, at)) {
            return false;
        }
        String words = text.substring(at);
        return isMedicalDisclaimer(words) || isHelplineBox(words);
    }

    /** Quotation marks: a block opening with one quotes a disclaimer or an address, as a story does. */
    private static final String QUOTES = "\"'„“”«»‚‘’‹›「『";

    /** True when a quotation mark stands among the marks before the text's first letter or digit at {@code at}. */
    private static boolean opensWithQuote(String text, int at) {
        for (int i = 0; i < at; i++) {
            if (QUOTES.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the text opens with a site's medical disclaimer ({@link #MEDICAL_DISCLAIMER}). */
    static boolean isMedicalDisclaimer(String text) {
        return MEDICAL_DISCLAIMER.matcher(text).lookingAt();
    }

    /**
     * True when the text opens as a crisis helpline box ({@link #HELPLINE_OPENING}), names the crisis in its first
     * sentence or heading, and names a helpline or asks the reader to call a number. A box that opens by addressing the
     * reader ("If you are in crisis", "Wenn Sie", "Si vous") must ask the reader to call, text or write too: a story's
     * paragraph opens so when it reports an expert's advice ("If you are struggling with depression, talking helps, says
     * Dr. Kim"), and a number in it (a count of patients, of calls) is no line to call.
     */
    static boolean isHelplineBox(String text) {
        var opening = HELPLINE_OPENING.matcher(text);
        if (!opening.lookingAt()) {
            return false;
        }
        int end = firstSentenceEnd(text);
        if (!CRISIS_WORD.matcher(text).region(0, end).find()) {
            return false;
        }
        var helpline = HELPLINE.matcher(text);
        boolean named = false;
        boolean any = false;
        while (!named && helpline.find()) {
            any = true;
            named = helpline.group(1) != null;
        }
        if (named) {
            return true;
        }
        boolean asks = ASKS_TO_CALL.matcher(text).find();
        // a heading names the box; an address to the reader must ask for a call to be one
        return (opening.group(1) != null || asks) && (any || NUMBER.matcher(text).find() && asks);
    }

    /** The end of the text's first sentence: after its first full stop, question or exclamation mark, or the text's end. */
    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '。') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }
}
