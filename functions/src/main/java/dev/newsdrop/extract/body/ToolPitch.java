package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A box that sells the reader a tool or a product of the page's business, set among the paragraphs of a story on the
 * market it serves: property, finance and consumer sites put a mortgage calculator, a valuation form or a loan
 * comparison beside their news ("Baufinanzierungsrechner", "Simulador de hipotecas", "房贷计算器：…", "Combien vaut
 * votre bien ? Estimez votre appartement gratuitement"). The box is the business's widget, not the story's text. Two
 * shapes are read, each from the box's first words:
 * <ul>
 *   <li>a heading that is a calculator's name and nothing more ({@link #CALCULATOR_NAME}), over a line or two of pitch:
 *       the name alone says what the box is, whatever the theme calls it; or another tool's name ({@link #TOOL_NAME}, a
 *       transport service's live tool: {@link #TRAVEL_TOOL_NAME}, an election's live results: {@link #LIVE_RESULTS_NAME})
 *       over its button;</li>
 *   <li>a question to the reader about what their home is worth or about the loan they seek ({@link #PROPERTY_QUESTION}),
 *       in a box holding a link (its button), as {@link MarketData#isInvestingPitch} reads an investing pitch.</li>
 * </ul>
 * A story about a calculator names it in a sentence; its subheading heads the story's paragraphs in a container far
 * longer than a box. A box known by a dealer's or lender's call on any of its lines ("Jetzt Probefahrt vereinbaren",
 * "Calcola la rata") is its sibling {@link DealerPitch}'s.
 */
final class ToolPitch {

    private ToolPitch() {
    }

    /** A tool's box is this long at most: its name or question, a line or two of pitch, its button. */
    static final int MAX_BOX_CHARS = 400;

    /** A tool's name as a box's heading is a few words. */
    private static final int MAX_NAME_CHARS = 40;

    /** Tags a box of its own is set in: a paragraph or an item that opens with a tool's name is the story's. */
    private static final Set<String> BOX_TAGS = Set.of("div", "aside", "section", "figure", "form");

    /**
     * A calculator's name, the whole of a heading: the noun alone or beside a word or three of what it works out
     * ("Mortgage calculator", "Calculadora de hipoteca", "Calcolatore mutuo", "Kalkulator kredytowy", "Kredi hesaplama
     * aracı"; Turkish "hesaplama" alone is a calculation), a Dutch compound on "-calculator" or "-rekentool"
     * ("Hypotheekcalculator"), or a Chinese, Japanese or Korean calculator ("房贷计算器", "ローン計算機", "대출 계산기"). A
     * calculator is a tool and nothing else: its box needs no button to say so.
     */
    static final Pattern CALCULATOR_NAME = Pattern.compile(
            "(?iu)\\p{L}{2,}(?:calculator|rekentool)"
                    + "|(?:calculadora|calcolatore|calculette|kalkulator|calculator|kalkulačka)(?:\\s+[\\p{L}'’-]+){0,3}"
                    + "|(?:[\\p{L}'’-]+\\s+){1,3}(?:calculator|kalkulator|kalkulačka|hesaplama aracı|hesaplayıcı)"
                    + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー\\p{IsHangul}\\s]{0,10}(?:计算器|計算器|計算機|계산기)");

    /**
     * A tool's name whose noun names other things too, the whole of a heading: a German compound on "-rechner"
     * ("Baufinanzierungsrechner", "Zinsrechner"; "Großrechner" is a mainframe), a simulator or an estimator ("Simulador de
     * hipotecas", "Simulateur de prêt", "Price estimator", "ローンシミュレーション"; a flight simulator is a game) or a French
     * "calculateur" (a car's engine computer too). Read as a tool's box only when the box holds its button, a link (form
     * controls are gone by this stage).
     */
    static final Pattern TOOL_NAME = Pattern.compile(
            "(?iu)\\p{L}{2,}rechner"
                    + "|(?:simulador|simulateur|simulatore|symulator|calculateur)(?:\\s+[\\p{L}'’-]+){0,3}"
                    + "|(?:[\\p{L}'’-]+\\s+){1,3}(?:estimator|simulator|rechner|calculateur)"
                    + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー\\p{IsHangul}\\s]{0,10}(?:シミュレーター|シミュレーション|模拟器|試算)");

    /**
     * A transport service's live tool, the whole of a heading: a journey planner or timetable lookup ("Journey planner",
     * "Fahrplanauskunft", "Verbindungssuche", "Reisplanner", "Planificador de viajes", "乗換案内"), a live departures board
     * ("Live departures", "Abfahrtsmonitor") or a live traffic map ("Info trafic en temps réel", "Live traffic", "Verkehrslage
     * live", "Verkehrsinfo", "État du trafic", "Estado del tráfico", "Info traffico", "Verkeersinformatie", "交通情報", "운행정보"),
     * as transport and regional news sites set one among a story's paragraphs. Read as a tool's box only when a line of the
     * box is its button ({@link #holdsButton}): these names head a story's own passage too ("Verkehrslage" in a live blog's
     * entry, "Journey planner" over a paragraph on the new app), whose links sit in its sentences.
     */
    static final Pattern TRAVEL_TOOL_NAME = Pattern.compile(
            "(?iu)(?:(?:journey|trip|route|travel) planner|planificador (?:de )?(?:viajes?|rutas?)|planificateur d'itinéraire|reisplanner"
                    + "|fahrplanauskunft|reiseauskunft|verbindungssuche|abfahrtsmonitor|(?:live|real-time) (?:departures|arrivals|departure board)"
                    + "|(?:live |real-time )?traffic (?:map|updates|info|information|news)(?: live)?|live traffic"
                    + "|infos? trafic(?: en (?:temps réel|direct))?|état du trafic(?: en (?:temps réel|direct))?|carte du trafic"
                    + "|verkehrs(?:info|information|informationen|lage|meldungen)(?: (?:live|aktuell|in echtzeit))?|(?:live-)?verkehrslage"
                    + "|estado del (?:tráfico|tránsito)(?: en (?:tiempo real|directo))?|info ?traffico(?: in tempo reale)?|verkeersinformatie"
                    + "|乗換案内|運行情報|交通情報|道路交通情報|实时路况|실시간 교통정보|운행정보)");

    /**
     * An election's live results service, the whole of a heading, perhaps with a few words naming the vote: "Live results",
     * "Live election results", "Live-Ergebnisse der Stichwahl", "Wahlergebnisse live", "Résultats en direct", "Resultados en
     * tiempo real", "Escrutinio en directo", "Apuração em tempo real", "Risultati in tempo reale", "Spoglio in diretta",
     * "Live-uitslagen", "Wyniki wyborów na żywo", "開票速報", "실시간 개표 현황", as papers set their results portal's box among an
     * election night story's paragraphs. The box is furniture, a door to another page; the results the story states (its
     * sentences, its table) are text. Read as a tool's box only when a line of the box is its button ({@link #holdsButton}):
     * a live blog's entry or a story's passage headed so keeps its links inside its sentences.
     */
    static final Pattern LIVE_RESULTS_NAME = Pattern.compile(
            "(?iu)(?:(?:live|real-time)(?: election| vote)? results|(?:election )?results live|live-?(?:wahl)?ergebnisse"
                    + "|(?:wahl)?ergebnisse (?:live|in echtzeit)|résultats (?:en direct|en temps réel)"
                    + "|(?:resultados|escrutinio|apuração|apuracao) (?:en vivo|en directo|en tiempo real|em tempo real|ao vivo)"
                    + "|risultati (?:in diretta|in tempo reale|live)|spoglio (?:in diretta|in tempo reale)|live-?uitslagen|uitslagen live"
                    + "|wyniki(?: wyborów)? na żywo|開票速報|실시간 개표(?: ?현황)?)"
                    + "(?:\\s+[\\p{L}\\p{N}'’.-]+){0,4}");

    /**
     * A question to the reader about their home's worth or their loan, as a property or lending pitch opens: "What is your
     * home worth?", "Combien vaut votre bien ?", "¿Cuánto vale tu casa?", "Quanto vale a sua casa?", "Was ist Ihre Immobilie
     * wert?", "Wie viel ist Ihr Haus wert?", "Quanto vale la tua casa?", "Hoeveel is jouw huis waard?", "Ile jest warte
     * twoje mieszkanie?"; "Looking for a mortgage?", "Szukasz kredytu hipotecznego?", "Vous cherchez un crédit
     * immobilier ?", "¿Buscas hipoteca?", "Suchen Sie eine Baufinanzierung?"; the question mark within a line's length.
     */
    static final Pattern PROPERTY_QUESTION = Pattern.compile(
            "(?:what(?:'s| is) your (?:home|house|property|flat) worth"
                    + "|combien vaut (?:votre|ton) (?:bien|appartement|maison|logement)"
                    + "|¿?\\s?cu[aá]nto vale (?:tu|su) (?:casa|piso|vivienda|inmueble)"
                    + "|quanto vale (?:a )?(?:sua|tua|la tua|la sua) (?:casa|imóvel|apartamento)"
                    + "|(?:was|wie viel) ist (?:ihre|ihr|deine|dein) (?:immobilie|haus|wohnung|eigentum) wert"
                    + "|hoeveel is (?:jouw|uw|je) (?:huis|woning) waard"
                    + "|ile (?:jest )?wart[ea]? (?:jest )?(?:twoje|twój|pana|pani) (?:mieszkanie|dom|nieruchomość)"
                    + "|(?:looking|searching) for (?:a |the right )?(?:mortgage|home loan|remortgage)"
                    + "|szukasz (?:taniego |najlepszego )?kredytu(?: hipotecznego| mieszkaniowego)?"
                    + "|(?:vous cherchez|tu cherches|cherchez-vous) (?:un|le meilleur) (?:crédit|prêt)"
                    + "|¿?\\s?(?:buscas|busca|necesitas|necesita) (?:una )?hipoteca"
                    + "|(?:suchen sie|suchst du) (?:eine |die passende )?(?:baufinanzierung|immobilienfinanzierung|hypothek))"
                    + "[^?？.!]{0,80}[?？]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * True when the block is a tool's or a lending pitch's box (the class's two shapes): a box element, short, well under
     * the story's text.
     */
    static boolean is(Element e, TextStats.Stats s, int containerChars) {
        if (s.chars > MAX_BOX_CHARS || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars || !BOX_TAGS.contains(e.normalName())) {
            return false;
        }
        String lead = MarketData.firstWords(e); // the box's first words, as an investing pitch's are read
        if (lead == null) {
            return false;
        }
        String name = nameBeforeColon(lead);
        if (name.length() <= MAX_NAME_CHARS && name.length() < s.chars) {
            if (CALCULATOR_NAME.matcher(name).matches()) {
                return true; // "<p>房贷计算器：输入贷款金额和年限，一键算出月供。</p>" in its box
            }
            if (TOOL_NAME.matcher(name).matches() && s.linkChars > 0) {
                return true; // "<h3>Baufinanzierungsrechner</h3><p>Wie viel Haus kann ich mir leisten? …</p><a>Zum Rechner</a>"
            }
            if (TRAVEL_TOOL_NAME.matcher(name).matches() && holdsButton(e)) {
                return true; // "<h3>Info trafic en temps réel</h3><p>Consultez l'état du réseau …</p><a>Voir la carte</a>"
            }
            if (LIVE_RESULTS_NAME.matcher(name).matches() && holdsButton(e)) {
                return true; // "<h3>Live-Ergebnisse der Stichwahl</h3><p>Alle Stimmbezirke …</p><a>Zum Wahlportal</a>"
            }
        }
        return s.linkChars > 0 && PROPERTY_QUESTION.matcher(lead).lookingAt();
    }

    /**
     * True when a line of the box is a link and nothing else, its button: a link set as the box's child, or a block
     * whose whole text is one link's ("<p><a>Zur Karte</a></p>"). A link inside a sentence is the text's reference.
     */
    private static boolean holdsButton(Element box) {
        for (Element line = box.firstElementChild(); line != null; line = line.nextElementSibling()) {
            Element link = line.normalName().equals("a") ? line
                    : line.childrenSize() == 1 && line.child(0).normalName().equals("a") ? line.child(0) : null;
            if (link != null && !link.text().isBlank() && link.text().strip().equals(line.text().strip())) {
                return true;
            }
        }
        return false;
    }

    /** The first words up to a colon that parts a label from its pitch ("房贷计算器：输入…"), stripped; the whole else. */
    private static String nameBeforeColon(String lead) {
        for (int i = 0; i < lead.length() && i <= MAX_NAME_CHARS; i++) {
            char c = lead.charAt(i);
            if (c == ':' || c == '：') {
                return lead.substring(0, i).strip();
            }
        }
        return lead;
    }
}
