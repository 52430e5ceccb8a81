package dev.newsdrop.extract.body;

import dev.newsdrop.extract.text.AccordingToCredit;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the original source a republished article credits, and takes the credit line out of the
 * body: "المصدر: الحرة" or "Source: Reuters" as the last line, "(AFP)" or "— Reuters" at the end,
 * "WASHINGTON (Reuters) -" at the start, and the Vietnamese "Theo VnExpress" ("according to") closing
 * Vietnamese text ({@link AccordingToCredit}).
 */
final class SourceCredit {


    /**
     * "Source" as Central and Eastern European, Baltic, Balkan and Nordic news sites label the agency or
     * paper a text is taken from under it: Romanian "Sursa", Hungarian "Forrás", Serbian, Croatian, Bosnian
     * and Macedonian "Izvor"/"Извор", Slovenian "Vir", Bulgarian "Източник", Lithuanian "Šaltinis", Latvian
     * "Avots", Estonian "Allikas", Finnish "Lähde", Albanian "Burimi"; and as the Caucasus and Central Asia do: Armenian
     * "Աղբյուրը" (followed by its comma "՝" as a colon), Georgian "წყარო", Azerbaijani "Mənbə", Uzbek "Manba", Kazakh
     * "Дереккөз", Mongolian "Эх сурвалж".
     */
    private static final String CENTRAL_EASTERN_SOURCE_LABELS =
            "sursa|sursă|surse|forrás|izvor|извор|vir|източник|šaltinis|šaltiniai|avots|avoti|allikas|lähde|lähteet|burimi"
                    + "|աղբյուրը|աղբյուր|წყარო|mənbə|manba|дереккөз|эх сурвалж";

    /**
     * The phrases a last line opens with to say the text was written from an agency's or another paper's material,
     * the source after them: Spanish "Con información de EFE", Portuguese "Com informações da Agência Brasil", Italian
     * "Con informazioni di ANSA", French "Avec des informations de l'AFP", Canadian English "With files from The Canadian
     * Press" and French "Avec des fichiers de", German "Mit Material von dpa", English "With material from AP"; Latvian
     * "Informāciju sagatavoja LETA" (the information prepared by) and "Sagatavots pēc LETA ziņām", Lithuanian "Parengta
     * pagal ELTA" (prepared from).
     */
    private static final String MATERIAL_FROM_LABELS = "con informaci[oó]n(?:es)? de(?:l| la| las| los)?|com informa[cç](?:ão|ões|oes) d[aoe]s?"
            + "|con informazioni d[ia]|avec (?:des|les) informations (?:de l['’]|d['’]|de |du )|with files from|avec des fichiers d[eu]"
            + "|mit material (?:von|der|des)|with material from|informāciju sagatavoja|sagatavots pēc|parengta pagal";

    /**
     * The noun the Baltic "prepared from" labels set after the source ("Parengta pagal ELTA informaciją", "Sagatavots pēc
     * LETA ziņām": from ELTA's information, LETA's news): no part of the source's name.
     */
    private static final String BALTIC_MATERIAL_NOUN = "(?:\\s+(?:informaciją|pranešimą|pranešimus|ziņām|materiāliem|informācijas))";

    /**
     * "Source" as a line's label before the agency or paper a text is taken from, in Arabic, English, Spanish, Portuguese,
     * Italian, German, Dutch, the Nordic and Slavic languages, Greek, Turkish, Indonesian, Vietnamese, Hebrew, Persian and
     * Hindi, and {@link #CENTRAL_EASTERN_SOURCE_LABELS}: the labels read both in the text's last lines ({@link
     * #SOURCE_LABELS}) and on a line beside the text ({@link #LABELLED_SOURCE_BESIDE}).
     */
    private static final String SOURCE_LABELS_BESIDE_TOO = "المصدر|مصدر|source|fuente|fonte|quelle|"
            + "bron|kilde|källa|źródło|zdroj|источник|джерело|πηγή|kaynak|sumber|nguồn|מקור|منبع|स्रोत|"
            + CENTRAL_EASTERN_SOURCE_LABELS;

    /**
     * "Source" as a line's label in the text's last lines: {@link #SOURCE_LABELS_BESIDE_TOO}, and the plurals Arabic
     * "المصادر", English "sources" and Spanish "fuentes" and the Korean "출처", which a line beside the text is not read for
     * ({@link #LABELLED_SOURCE_BESIDE} says why).
     */
    private static final String SOURCE_LABELS = "المصادر|sources|fuentes|출처|" + SOURCE_LABELS_BESIDE_TOO;

    /**
     * A source's label and a short name closing the last paragraph after its last sentence, as copy pasted whole sets the
     * credit on the line of a licence note or a sentence ("Derechos: Creative Commons. Fuente: SINC", "… said the
     * minister. Source: Reuters"): the name is the credit. The name is a few words with no sentence's end in it (a
     * sentence of the text that names a source runs on: "Source: the ministry's own figures, which …" is longer). Starts
     * at the blank after the sentence's end, found in the paragraph's tail only.
     */
    private static final Pattern TRAILING_SOURCE_LABEL = Pattern.compile(
            "(?<=[.!?»”\"])\\s+(?:" + SOURCE_LABELS + ")\\s*[:：]\\s*(\\p{L}[\\p{L}\\p{M}\\p{N} &'’-]{0,38}?)\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The tail of a last paragraph in which a {@link #TRAILING_SOURCE_LABEL} is sought: the label, the name and blanks. */
    private static final int MAX_TRAILING_SOURCE_CHARS = 64;

    /**
     * A last line naming the source: "المصدر:الحرة.", "Source: Reuters", "Crédit : AFP", and the
     * same word in Spanish, Portuguese, Italian, German, Dutch, Nordic, Slavic, Greek, Turkish,
     * Indonesian, Vietnamese, Korean ("출처: 한빛일보", as portals close a partner's copy), Hebrew and Persian; the whole line may stand in brackets ("(Izvor: Fena)");
     * or a line crediting the material the text was written from ({@link #MATERIAL_FROM_LABELS}).
     * The label is a whole word: "Virus ..." is no "Vir" credit. A footnote's asterisk may open the line, as Brazilian and
     * Spanish-language papers mark their closing note ("*Com informações do Estadão Conteúdo").
     */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^\\*?\\s*[(\\[]?\\s*(?:(?:" + MATERIAL_FROM_LABELS + ")(?:(?<=['’])|(?![\\p{L}]))" // "de l'AFP": the elided article ends the label
                    + "|(?:نقلا عن|نقلاً عن|crédit|credit|avec|with|" + SOURCE_LABELS + ")(?![\\p{L}]))"
                    + "\\s*[:：՝\\-–]?\\s*(\\S.{0,48}?)" + BALTIC_MATERIAL_NOUN + "?\\s*[)\\]]?\\s*[.。]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A last line that is only a source in brackets or after a dash: "(AFP)", "— Reuters", "(वार्ता)"; the vowel signs of the
     * Indic scripts are marks, not letters, and are part of the name. A word set between two dashes ("- إعلان -",
     * "- Advertisement -") is a label centred between rules, as news themes title an ad slot, not a source after a dash:
     * the name after a dash may not end on one.
     */
    private static final Pattern BARE_CREDIT = Pattern.compile(
            "^(?:[(\\[]\\s*([\\p{L}][\\p{L}\\p{M}\\p{N} .&'-]{0,38}?)\\s*[)\\]]|[—–-]{1,2}\\s*([\\p{L}][\\p{L}\\p{M}\\p{N} .&'-]{0,38}?)(?<![\\s—–-]))\\s*[.。]?$");


    /**
     * Two or three lower-case letters, as German-language papers sign a story in brackets with the writer's initials
     * ("(kh)", "(sh)"): a {@link #BARE_CREDIT} of these that names no wire ({@link NewsAgencies#isAgency}: "(dpa)", "(apa)",
     * "(epd)" are wires) is a signature, not a source.
     */
    private static final Pattern WRITERS_INITIALS = Pattern.compile("\\p{Ll}{2,3}");

    /** True when a bracketed credit is a writer's initials ({@link #WRITERS_INITIALS}), no wire's name. */
    private static boolean isWritersInitials(String credit) {
        String c = credit.strip();
        return WRITERS_INITIALS.matcher(c).matches() && !NewsAgencies.isAgency(c);
    }

    /**
     * A last paragraph that is a wire's name alone ({@link NewsAgencies#SIGNING_ALONE}), perhaps with a full stop, or
     * after a dot leader, the dots or ellipses a wire's end mark sets before its name ("….PACNEWS", "...ELTA").
     */
    private static final Pattern AGENCY_ALONE = Pattern.compile("^(?:(?:…|[.…]{2,})\\s*)?(" + NewsAgencies.SIGNING_ALONE + ")\\s*[.。]?$");

    /** A source's name in an {@link #INPUTS_LINE}: "PTI", "PTI, ANI", "Reuters and AFP", "भाषा". */
    private static final String INPUT_SOURCE = "([\\p{L}][\\p{L}\\p{M}\\p{N} .,&'-]{0,40}?)";

    /** Hindi "input", as Hindi papers write the English word, singular and plural. */
    private static final String HINDI_INPUT = "(?:इनपुट्स|इनपुट)";

    /**
     * A last line saying the text was written with a source's inputs, as Indian papers close copy they wrote from a wire's:
     * English "(With inputs from PTI)", "(With PTI inputs)", "With additional inputs from agencies", Hindi "(इनपुट: भाषा)",
     * "(भाषा इनपुट के साथ)", "(एजेंसी इनपुट के साथ)", "(एजेंसियों से इनपुट)". The source named is the credit; "agencies"
     * ({@link #UNNAMED_SOURCES}) names none, and the line goes without one.
     */
    private static final Pattern INPUTS_LINE = Pattern.compile(
            "^[(\\[]?\\s*(?:with\\s+(?:additional\\s+)?inputs?\\s+(?:from|by)\\s+(?:the\\s+)?" + INPUT_SOURCE
                    + "|with\\s+" + INPUT_SOURCE + "\\s+inputs?"
                    + "|" + HINDI_INPUT + "\\s*[:：-]\\s*" + INPUT_SOURCE
                    + "|" + INPUT_SOURCE + "\\s+(?:के\\s+)?" + HINDI_INPUT + "\\s+के\\s+साथ"
                    + "|" + INPUT_SOURCE + "\\s+से\\s+(?:मिले\\s+)?" + HINDI_INPUT + ")\\s*[)\\]]?\\s*[.।]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The words a source line under a data story gives for the newsroom's own work from the figures it names, as the
     * conventions of statistics and data journalism write it: Polish "opracowanie własne", German "eigene Berechnung(en)",
     * "eigene Darstellung", "eigene Recherche(n)", Spanish "elaboración propia", Portuguese "elaboração própria", Italian
     * "elaborazione propria", Dutch "eigen berekening(en)", Czech "vlastní výpočty", English "own calculations", "own
     * research". Such a line credits no one else's copy ("Źródło: dane ofertowe, opracowanie własne"): the line goes, and
     * names no credit.
     */
    private static final Pattern OWN_WORK = Pattern.compile(
            "(?<![\\p{L}])(?:opracowanie własne|eigene (?:berechnungen|berechnung|darstellung|recherchen|recherche|auswertung)"
                    + "|elaboración propia|elaboração própria|elaborazione propria|eigen (?:berekeningen|berekening|bewerking)"
                    + "|vlastní výpočty|vlastní zpracování|own (?:calculations|research|analysis))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A closing line pointing the reader elsewhere for more, a label, its colon and the pointer (a link's title, an
     * address): "More information: …", "Weitere Informationen: …", "Pour en savoir plus : …", "Más información: …",
     * "Mais informações: …", "Per saperne di più: …", "Meer informatie: …", "Więcej informacji: …", "Více informací: …".
     * Science portals set it after the source line ("Źródło: ESA"), which still closes the text.
     */
    private static final Pattern FURTHER_READING_LINE = Pattern.compile(
            "(?:more information|further information|more info|further reading|learn more|mehr informationen|weitere informationen"
                    + "|plus d['’]informations|pour en savoir plus|en savoir plus|más información|para saber más|mais informações|saiba mais"
                    + "|maggiori informazioni|ulteriori informazioni|per saperne di più|meer informatie|więcej informacji|více informací"
                    + "|další informace)\\s*[:：]\\s*\\S.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A pointer's line ({@link #FURTHER_READING_LINE}) is this short at most: a label and a title or an address. */
    private static final int MAX_FURTHER_READING_CHARS = 160;

    /** Words an {@link #INPUTS_LINE} sets where a source's name goes that name no source: agencies in general. */
    private static final java.util.Set<String> UNNAMED_SOURCES = java.util.Set.of("agencies", "agency", "news agencies",
            "wire agencies", "wires", "एजेंसी", "एजेंसियों", "एजेंसियां", "एजेंसियाँ", "एजेंसियो");

    /**
     * A desk's or an editor's letters after the agency and a slash, in lower case, as German-language papers close wire
     * copy they edited ("(APA/red)", "(dpa/lnw)", "(sda/jk)"): the agency is the credit.
     */
    private static final String DESK_AFTER_SLASH_PART = "(?:\\s*/\\s*\\p{Ll}{2,5})?";

    /**
     * The service of a financial wire that its dateline names after the wire, as dpa-AFX labels its analysts' notes and
     * brokers' news ("NEW YORK (dpa-AFX Analyser) - ", "FRANKFURT (dpa-AFX Broker) - "), and as PAP names its financial
     * service ("Warszawa, 07.12.2026 (PAP Biznes) - "): the wire is the credit.
     */
    private static final String WIRE_SERVICE_PART = "(?:\\s(?:Analyser|Broker|Biznes))?";

    /**
     * The day Afghanistan's agencies set inside their dateline's bracket after the Arabic comma, in the Solar Hijri
     * calendar: "هرات (پژواک، ۱۳ قوس ۱۴۰۵):", "کابل (باختر، ۱۲ لیندۍ ۱۴۰۵):". Digits first, no bracket within.
     */
    private static final String DAY_IN_BRACKET_PART = "(?:\\s*،\\s*\\p{Nd}[^()\\[\\]]{3,25})?";

    /**
     * Wires whose name is also a word a sentence may close on in brackets: "(Beta)" marks a test release ("… još u fazi
     * testiranja (Beta)."). Serbia's Beta credits its copy so in its dateline ("Beograd, 1. decembra (Beta) -", in Cyrillic
     * "(Бета)"), where the place and the day tell the wire; a bracket closing the text alone does not.
     */
    private static final String WORD_WIRES = "Beta|BETA|Бета|БЕТА";

    /**
     * An agency in brackets closing the last paragraph: "... the minister said. (AFP)", "…再開した。（共同）", German
     * "(mit dpa)", "(mit Material von dpa)" and "(APA/red)" ({@link #DESK_AFTER_SLASH_PART}). Starts at
     * the bracket: a leading "\\s*" would be retried from every character of a long run of spaces.
     */
    private static final Pattern TRAILING_AGENCY = Pattern.compile(
            "[(\\[（]\\s*(?:with\\s+|avec\\s+|mit\\s+(?:material\\s+(?:von|der|des)\\s+)?)?(?!(?:" + WORD_WIRES + ")\\s*[)\\]）])(" + NewsAgencies.IN_CREDITS + ")"
                    + DESK_AFTER_SLASH_PART + "\\s*[)\\]）]\\s*[.。]?$");

    /**
     * A wire's rights notice run on after the last sentence of its copy, as Italian sites carrying ANSA's feed print it
     * ("… non residenti. RIPRODUZIONE RISERVATA © Copyright ANSA", "… © ANSA"): the sentence's end before it, the agency
     * (group 1) closing the paragraph. A paper's own notice names the paper, no wire, and stays for the rights lines'
     * removal elsewhere.
     */
    private static final Pattern TRAILING_RIGHTS = Pattern.compile(
            "(?<=[.!?\"”»]\\s{0,3})(?iu:riproduzione riservata\\s*)?©\\s*(?iu:copyright\\s+)?(" + NewsAgencies.IN_CREDITS + ")\\s*[.]?$");

    /**
     * The words of a rights notice that reserves the rights without a ©, in the languages papers print it in: "RIPRODUZIONE
     * RISERVATA", "Alle Rechte vorbehalten", "All rights reserved", "Tous droits réservés". Lower case.
     */
    static final List<String> RIGHTS_RESERVED_PHRASES = List.of("riproduzione riservata", "tutti i diritti riservati",
            "alle rechte vorbehalten", "all rights reserved", "tous droits réservés", "todos los derechos reservados",
            "todos os direitos reservados", "alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "alla rättigheter förbehållna");

    /** A publication's own rights notice run on after the last sentence is this long at most: "© Copyright 2026 Ironbark Coffee Co.". */
    private static final int MAX_OWN_RIGHTS_CHARS = 80;

    /**
     * The shape of a publication's own rights notice: a © and what follows it ("© RIPRODUZIONE RISERVATA", "© Copyright 2026
     * Site"), "Copyright" with a © or a year after it (never "Copyright law …", a sentence), or a reserving phrase, perhaps
     * with a © and the name after it ("RIPRODUZIONE RISERVATA © La Provincia di Lodi").
     */
    private static final Pattern OWN_RIGHTS_NOTICE = Pattern.compile("^(?:©.{0,70}|copyright\\s+(?:©\\s*)?\\d{4}\\b.{0,60}|(?:"
            + String.join("|", RIGHTS_RESERVED_PHRASES) + ")\\.?(?:\\s*©.{0,60})?)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What a notice never holds: a quotation's marks (a notice quoted in a story stands inside them), a question, an exclamation. */
    private static final String NOT_IN_RIGHTS_NOTICE = "\"“”„«»!?";

    /** Characters read on each side of the last ©, for a {@link #TRAILING_RIGHTS} notice: "RIPRODUZIONE RISERVATA © Copyright ANSA". */
    private static final int MAX_RIGHTS_TAIL_CHARS = 40;

    /** The word a {@link #TRAILING_MATERIAL} line holds, looked for before the pattern is tried. */
    private static final String MATERIAL_WORD = "material";

    /** A {@link #TRAILING_MATERIAL} line is this long at most: "with material from Associated Press." */
    private static final int MAX_MATERIAL_TAIL_CHARS = 64;

    /**
     * The material a paper's own writer used, named after the last sentence with no bracket, as German-language papers
     * set it in italics ("… angekündigt. <em>mit Material von dpa</em>", "… Mit Material der dpa."): the agency is the
     * credit. The sentence's end before it: "sagte er mit Material von dpa" is no such line.
     */
    private static final Pattern TRAILING_MATERIAL = Pattern.compile(
            "(?<=[.!?\"”“»«]\\s{0,3})(?iu:mit material (?:von|der|des)|with material from)\\s+(" + NewsAgencies.IN_CREDITS + ")\\s*[.]?$");

    /**
     * The agency a paper's own reporters wrote with, after a dash closing the last paragraph: "… tabled on December 12. — with
     * AAP", "… the minister said. - With Reuters". The dash follows the sentence's end: "talks with AP" is a sentence's words.
     */
    private static final Pattern TRAILING_WITH_AGENCY = Pattern.compile(
            "(?<=[.!?\"”’]\\s{0,3})[—–-]{1,2}\\s*(?i:with|avec|con|mit|com)\\s+(" + NewsAgencies.IN_CREDITS + ")\\s*[.]?$");

    /**
     * Pakistan's wires as Urdu papers credit them (APP, INP, NNI): the only ones whose bracket a dateline may close
     * with no dash ("اسلام آباد (اے پی پی) وفاقی ..."), as Urdu papers set it; an Arabic sentence naming a wire in brackets
     * ("ذكرت وكالة الأنباء الكويتية (كونا) أن ...") is the text, not its dateline.
     */
    private static final String URDU_WIRES = "اے پی پی|آئی این پی|این این آئی";

    /**
     * Urdu postpositions, which bind to the noun before them: after the bracket they make it part of a sentence ("سرکاری
     * خبر رساں ادارے (اے پی پی) کے مطابق", according to the state agency), not a dateline's close.
     */
    private static final String URDU_POSTPOSITIONS = "(?:کے|کی|کا|نے|سے|کو|میں|پر)(?!\\p{IsArabic})";

    /**
     * The wire that sets its name between slashes after the dateline, as the Oman News Agency and the papers running its
     * copy do: "صحار في 3 ديسمبر /العُمانية/ افتتحت ..." (with or without the vowel mark), and closes with it again.
     */
    private static final String SLASHED_WIRES = "العُمانية|العمانية";

    /**
     * The wire that sets its name between slashes after the dateline's day, as TASS does in Russian and English and the
     * papers running its copy keep: "МОСКВА, 4 декабря. /ТАСС/. Годовая инфляция ...", "MOSCOW, December 4. /TASS/. ...";
     * Kyrgyzstan's and Tajikistan's national wires do too, in Kyrgyz and Tajik as in Russian ("Бишкек, 5-дек. /Кабар/.",
     * "ДУШАНБЕ, 05.12.2026 /АМИТ «Ховар»/."), Khovar with its legal form's capitals and its name in guillemets
     * ({@link #SLASHED_LEGAL_FORM}). South-eastern Europe's national wires set theirs so too, a dash perhaps after the
     * closing slash: Bulgaria's BTA ("София, 5 декември /БТА/. "), Romania's Agerpres ("Cluj-Napoca, 5 dec /Agerpres/ - "),
     * Albania's ATA in Albanian ("Tiranë, 5 dhjetor /ATSH/ - "), Moldova's Moldpres ("Chişinău, 5 decembrie /MOLDPRES/. ")
     * and Republika Srpska's SRNA ("GRADIŠKA, 2. DECEMBRA /SRNA/ - ", in Cyrillic "/СРНА/");
     * BTA names its reporter before itself ("Варна, 5 декември /Иван Петров, БТА/", {@link #SLASHED_REPORTER}), often on
     * a line of its own over the text.
     */
    private static final String SLASHED_DAY_WIRES = "ТАСС|ИТАР-ТАСС|TASS|ITAR-TASS|Кабар|Kabar|Ховар|Khovar"
            + "|БТА|BTA|Agerpres|AGERPRES|ATSH|Moldpres|MOLDPRES|SRNA|СРНА";

    /**
     * The reporter a slashed dateline may name before the wire, and a comma: "/Иван Петров, БТА/". Two to four capitalised
     * words; the author finder reads the name, the wire is the credit.
     */
    private static final String SLASHED_REPORTER = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){1,3}\\s*,\\s*)?";

    /**
     * The legal form a wire's name may carry between the slashes, in capitals, with the name in guillemets: the Tajik
     * "АМИТ «Ховар»" (the national information agency), the Russian "НИАТ «Ховар»". The name alone is the credit.
     */
    private static final String SLASHED_LEGAL_FORM = "(?:\\p{Lu}{2,5}\\s+)?«?";

    /**
     * The wires whose datelines set their name after the day and a comma, closed by a colon (the Armenian full stop, as
     * often typed), the Armenian full stop itself or, in the Latin and Cyrillic alphabets, the full stop, as Armenia's
     * and Azerbaijan's national agencies do in their languages, Russian and English: "ԵՐԵՎԱՆ, 5 ԴԵԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ:
     * ...", "ГЮМРИ, 5 ДЕКАБРЯ, АРМЕНПРЕСС. ...", "YEREVAN, DECEMBER 5, ARMENPRESS: ...", "Bakı, 5 dekabr, AZƏRTAC. ...",
     * "Ganja, December 5, AZERTAC. ...". The place, the day and the wire's name tell the dateline, whatever closes it.
     */
    private static final String COMMA_DATELINE_WIRES = "ԱՐՄԵՆՊՐԵՍ|Արմենպրես|АРМЕНПРЕСС|Арменпресс|ARMENPRESS|Armenpress"
            + "|AZƏRTAC|AZERTAC|АЗЕРТАДЖ|Azertac";

    /**
     * The wires whose dateline sets their name between slashes straight after the place, with no day, as Mongolia's
     * national agency does in Mongolian and English: "Улаанбаатар /МОНЦАМЭ/. ...", "Ulaanbaatar /MONTSAME/. ...". Only
     * theirs: the Russian-language wires' slashes follow a day ({@link #SLASHED_DAY_WIRES}), and a place and a name
     * between slashes alone could open a sentence of any text.
     */
    private static final String DAYLESS_SLASHED_WIRES = "МОНЦАМЭ|MONTSAME|Монцамэ|Montsame";

    /**
     * The wires that set their name with no bracket between the place in capitals and a dash, as Kazakhstan's national
     * agency does in Russian, Kazakh and English: "АСТАНА. KAZINFORM – В столице ...", "АЛМАТЫ. ҚАЗАҚПАРАТ – ...". The
     * place's last two letters are capitals and a full stop closes it: a sentence ending before the name is no dateline.
     */
    private static final String UNBRACKETED_WIRES = "KAZINFORM|КАЗИНФОРМ|Kazinform|Казинформ|ҚАЗАҚПАРАТ|Қазақпарат";

    /**
     * A dateline's day before a wire's name set between slashes or after a dash ({@link #SLASHED_DAY_WIRES},
     * {@link #RUSSIAN_DASHED_WIRES}): the day and the month's name or its short form, in either order, perhaps the year,
     * perhaps a full stop ("4 декабря. ", "3 дек ", "December 4. "). A sentence naming the wire holds no day before it.
     * Turkic languages join the day to its month with a hyphen, as their ordinals are written ("5-дек.", "5-декабрь"),
     * Armenian's genitive months run to ten letters ("ԴԵԿՏԵՄԲԵՐԻ"), and Tajik datelines give the day in figures
     * ("05.12.2026").
     */
    private static final String DATELINE_DAY =
            "(?:\\p{N}{1,2}(?:-|\\.?\\s+)\\p{L}{3,10}\\.?|\\p{L}{3,10}\\.?\\s+\\p{N}{1,2}|\\p{N}{1,2}\\.\\p{N}{1,2}\\.\\p{N}{4})"
                    + "(?:,?\\s+\\p{N}{4})?\\.?\\s*";

    /**
     * The wires that set their name after a dash closing the dateline, then a full stop: "МОСКВА, 4 дек — РИА Новости.
     * Совет директоров ...", "МИНСК, 4 дек — Sputnik. ...".
     */
    private static final String RUSSIAN_DASHED_WIRES = "РИА Новости|RIA Novosti|Sputnik|Спутник";


    /**
     * Wire copy's opening: "WASHINGTON (Reuters) - ", "(AFP) — ", and the dateline with its day that French- and
     * Spanish-language wires set: "Kaolack, 4 déc (APS) – ", "Sfax, 3 déc. 2026 (TAP) – ", "Madrid, 3 dic (EFE).- ".
     * Arabic-script datelines open with a place that has no capitals, the day perhaps set off by dashes of its own
     * ("الكويت - 3 - 12 (كونا) -- "), and Urdu papers set the text straight after the bracket, with no dash:
     * "اسلام آباد (اے پی پی) وفاقی حکومت ...", and Afghanistan's set the day inside the bracket ({@link #DAY_IN_BRACKET_PART}). German-language wires add their regional service after a slash
     * ("Sindelfingen (dpa/lsw) - "), dpa-AFX its financial service after a blank ({@link #WIRE_SERVICE_PART}), and the church wires close the bracket with a full stop ({@link NewsAgencies#FULL_STOP_DATELINES}); Prensa Latina runs the text
     * straight on after the bracket of a dated dateline ({@link NewsAgencies#NO_DASH_DATELINES}: "La Habana, 5 dic (Prensa Latina) El ..."),
     * KNA after a place alone ({@link NewsAgencies#NO_MARK_DATELINES}: "Bonn (KNA) Der Papst ...").
     * The Russian-language wires set their name between slashes or after a dash instead ({@link #SLASHED_DAY_WIRES},
     * {@link #RUSSIAN_DASHED_WIRES}), and only after a dateline's day ({@link #DATELINE_DAY}); Kazakhstan's with no bracket
     * after the place ({@link #UNBRACKETED_WIRES}). Bengali and Nepali datelines open with the place in their own letters and
     * close with a colon or the danda: "ঢাকা, ৫ ডিসেম্বর (বাসস) : ...", "सुर्खेत, मंसिर १९ (रासस) । ...".
     */
    private static final Pattern LEADING_AGENCY = Pattern.compile(
            "^(?:[\\p{Lu}\\p{IsArabic}\\p{IsBengali}\\p{IsDevanagari}][\\p{Lu}\\p{L}\\p{M}\\p{N} ,./'-]{0,60}?\\s*)?(?:[(\\[]\\s*(" + NewsAgencies.IN_CREDITS + ")" + WIRE_SERVICE_PART + DESK_AFTER_SLASH_PART + DAY_IN_BRACKET_PART
                    + "\\s*[)\\]](?:\\s*\\.?[-–—:।]+\\s*(?:" + NewsAgencies.ARABIC_DATELINE_REPORTER + ")?|(?<=(?:" + URDU_WIRES + ")[)\\]])\\s+(?=\\p{IsArabic})(?!" + URDU_POSTPOSITIONS + ")"
                    + "|(?<=(?:" + NewsAgencies.FULL_STOP_DATELINES + ")[)\\]])\\.\\s+(?=\\p{Lu})"
                    + "|(?<=(?:" + NewsAgencies.NO_MARK_DATELINES + ")[)\\]])\\s+(?=\\p{Lu})"
                    + "|(?<=\\p{N}\\s{1,3}\\p{L}{3,10}\\.?\\s{0,3}[(\\[](?:" + NewsAgencies.NO_DASH_DATELINES + ")[)\\]])\\s+(?=\\p{Lu}))"
                    + "|/\\s*(" + SLASHED_WIRES + ")\\s*/\\s*(?=\\p{IsArabic})"
                    + "|" + DATELINE_DAY + "(?:/\\s*" + SLASHED_REPORTER + SLASHED_LEGAL_FORM + "(" + SLASHED_DAY_WIRES + ")»?\\s*/\\s*[.—–-]?|[—–-]\\s*(" + RUSSIAN_DASHED_WIRES + ")\\s*\\.)"
                    + "\\s*(?=\\p{Lu}|$)"
                    + "|(?<=\\p{Lu}\\p{Lu}\\.\\s{1,2})(" + UNBRACKETED_WIRES + ")\\s*[—–-]\\s*(?=\\p{Lu})"
                    + "|" + DATELINE_DAY + ",\\s*(" + COMMA_DATELINE_WIRES + ")\\s*[:։.]\\s*(?=\\p{Lu})"
                    + "|/(" + DAYLESS_SLASHED_WIRES + ")/\\.?\\s*(?=\\p{Lu}))");

    /**
     * The characters one of which every match of {@link #LEADING_AGENCY} holds: the bracket opening the agency, the slash
     * before it, the dash after the day or the wire, the colon (or Armenian full stop) closing the comma shape; or else the
     * full stop that closes the comma shape's wire ({@link #closesCommaDatelineWire}). The full-width bracket opens a
     * Korean wire's dateline ({@link #KOREAN_WIRE_DATELINE}: "（서울=연합뉴스）"), read behind the same gate.
     */
    private static final String LEADING_AGENCY_MARKS = "([/-–—:։（";

    /**
     * How many characters that are no blank ({@code \s}) a match of {@link #LEADING_AGENCY} may read before its first
     * {@link #LEADING_AGENCY_MARKS}: the place (61), the day ({@link #DATELINE_DAY}: two digits, a dash or a dot, ten letters
     * and a dot, a comma and a year, a dot: 20), a comma, and the longest wire read before a mark
     * ({@link #COMMA_DATELINE_WIRES}, {@link #UNBRACKETED_WIRES}).
     */
    private static final int LEADING_AGENCY_REACH = 61 + 20 + 1 + longestName(COMMA_DATELINE_WIRES + "|" + UNBRACKETED_WIRES);

    /** The most code points of one of the names of a {@code |}-separated list of literal names. */
    private static int longestName(String names) {
        int longest = 0;
        for (String name : names.split("\\|")) {
            longest = Math.max(longest, name.codePointCount(0, name.length()));
        }
        return longest;
    }

    /**
     * False when {@link #LEADING_AGENCY} cannot match at the text's start: none of its {@link #LEADING_AGENCY_MARKS} comes
     * before {@link #LEADING_AGENCY_REACH} characters other than blanks (a low surrogate not counted, so that a code point
     * counts once). Most first paragraphs are refused here, where the pattern would try every shape after each character
     * of a possible place.
     */
    static boolean mayOpenWithAgency(String text) {
        int read = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (LEADING_AGENCY_MARKS.indexOf(c) >= 0 || c == '.' && closesCommaDatelineWire(text, i)) {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r' && !Character.isLowSurrogate(c)
                    && ++read > LEADING_AGENCY_REACH) {
                return false;
            }
        }
        return false;
    }

    /** The names of {@link #COMMA_DATELINE_WIRES}, whose dateline a full stop may close as well as a mark. */
    private static final String[] COMMA_DATELINE_WIRE_NAMES = COMMA_DATELINE_WIRES.split("\\|");

    /**
     * True when the full stop at {@code dot} closes one of {@link #COMMA_DATELINE_WIRE_NAMES}, blanks perhaps between them
     * ("ГЮМРИ, 5 ДЕКАБРЯ, АРМЕНПРЕСС. …"): the one shape of {@link #LEADING_AGENCY} that holds none of its marks.
     */
    private static boolean closesCommaDatelineWire(String text, int dot) {
        int end = dot;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (String name : COMMA_DATELINE_WIRE_NAMES) {
            if (end >= name.length() && text.startsWith(name, end - name.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #LEADING_AGENCY} matches at the text's start, ungated: for tests of {@link #mayOpenWithAgency}. */
    static boolean opensWithAgency(String text) {
        return LEADING_AGENCY.matcher(text).lookingAt();
    }

    /**
     * A Korean wire's dateline opening its copy: the place and the wire after an equals sign in brackets, then the
     * reporters with their title and a closing equals sign ("(서울=연합뉴스) 김지훈 기자 = ", "[서울=뉴시스] 김민수·이지은 기자 = ",
     * "(서울=뉴스1) 박소영 특파원 = "), or the bracket alone before the text. The wire (group 1) is the credit, as
     * "WASHINGTON (Reuters) -" gives it, and the dateline leaves the text; the author finder reads the reporters from the
     * page. A paper's own dateline ("(서울=한빛일보)") names no wire and stays.
     */
    private static final Pattern KOREAN_WIRE_DATELINE = Pattern.compile(
            "^[\\[(（]\\s*\\p{IsHangul}{1,10}\\s*[=＝]\\s*(" + NewsAgencies.KOREAN_WIRES + ")\\s*[\\])）]"
                    + "(?:\\s*\\p{IsHangul}{2,4}(?:\\s*[,·ㆍ]\\s*\\p{IsHangul}{2,4}){0,3}\\s*(?:기자|특파원)\\s*[=＝])?\\s*");

    /** The groups of {@link #LEADING_AGENCY} that may hold the agency, one per shape of dateline. */
    private static final int LEADING_AGENCY_GROUPS = 7;

    /** The group of {@link #LEADING_AGENCY} holding a {@link #SLASHED_DAY_WIRES} wire; the next holds a dashed one's. */
    private static final int SLASHED_DAY_GROUP = 3;

    /**
     * An Arabic-script dateline set as the text's first line, the place and the wire after a dash, with no bracket: "دمشق-سانا",
     * "حلب - سانا", "الرياض – واس". Group 1 the agency, read only when it is one of {@link NewsAgencies#IN_CREDITS}: the line names the wire
     * whose copy follows, as its bracketed dateline does ("الكويت - 3 - 12 (كونا) --"); a reporter's name after the dash is the
     * author finder's.
     */
    private static final Pattern ARABIC_DATELINE_LINE = Pattern.compile(
            "^[\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2}\\s*[-–—]\\s*(" + NewsAgencies.IN_CREDITS + ")\\s*[:.]?$");

    /**
     * The Oman News Agency's closing line, its name between slashes and the editors' initials after it: "/العُمانية/ ع خ".
     * Group 1 the agency.
     */
    private static final Pattern SLASHED_WIRE_LINE = Pattern.compile(
            "^/\\s*(" + SLASHED_WIRES + ")\\s*/(?:\\s+\\p{IsArabic}{1,3}){0,4}\\s*$");

    /**
     * An agency between slashes closing the text, as Danish papers sign wire copy, on a line of its own or after the last
     * sentence: "/ritzau/", "/ritzau fokus/" (the agency's feature service), "/ritzau/AFP" (Ritzau's copy of a foreign
     * wire's). Group 1 is the agency signing, group 2 the wire after it. Starts at the slash, so a long run of spaces is not
     * retried character by character.
     */
    private static final Pattern SLASHED_AGENCY = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])/\\s*(" + NewsAgencies.IN_CREDITS + ")(?:\\s+\\p{L}{2,12})?\\s*/\\s*(?:(" + NewsAgencies.IN_CREDITS + ")\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A reporter's signature closing the text, the name and the wire she filed for after a slash, on a line of its own, as
     * Turkish papers sign the national wires' copy ("Murat Kılınç / İHA", "Ayşe Demir/DHA"): the wire is the credit, the
     * name the author finder's. The name is two to four capitalised words, so "Ankara / AA" (a place) and a sentence are
     * none. Group 1 the agency.
     */
    private static final Pattern REPORTER_SLASH_WIRE = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}\\s*/\\s*(" + NewsAgencies.IN_CREDITS + ")\\s*[.]?$");

    /**
     * The short words a name's acronym skips ("Agence haïtienne de presse" is "AHP"): articles, prepositions and "and" in
     * the languages wires write in.
     */
    private static final java.util.Set<String> ACRONYM_SKIPPED_WORDS = java.util.Set.of("de", "du", "des", "la", "le", "les", "l",
            "d", "et", "of", "the", "and", "for", "del", "y", "da", "do", "e", "di", "der", "für", "und");

    /** Words read before a bracket for the name its acronym may gloss: "Agence congolaise d'information" and a word or two. */
    private static final int MAX_GLOSSED_WORDS = 8;

    /**
     * True when the acronym in brackets at {@code bracket} spells the initials of the words just before it ("l'Agence
     * haïtienne de presse (AHP).", "l'Agence France-Presse (AFP)."): by the typography of abbreviations it glosses the name
     * the sentence has just written, as a text introduces an acronym, and credits no one. Short words are skipped
     * ({@link #ACRONYM_SKIPPED_WORDS}), a hyphen parts words.
     */
    static boolean glossesNameBefore(String text, int bracket, String acronym) {
        if (acronym == null || acronym.length() < 2 || acronym.length() > 6 || !acronym.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String[] words = text.substring(Math.max(0, bracket - 120), bracket).strip().split("[\\s\\-'’]+");
        StringBuilder initials = new StringBuilder();
        for (int i = words.length - 1, read = 0; i >= 0 && read < MAX_GLOSSED_WORDS && initials.length() < acronym.length(); i--, read++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (!ACRONYM_SKIPPED_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                initials.insert(0, w.charAt(0));
            }
        }
        return initials.toString().equalsIgnoreCase(acronym);
    }

    /** "(Avec AFP)", "(with Reuters)": the agency is the credit, not the preposition. */
    private static final Pattern LEADING_WITH = Pattern.compile("^(?i:avec|with|con|mit|com)\\s+");

    /**
     * A last paragraph saying the text is republished from another publication, which sites that take stories under a
     * Creative Commons licence or with permission print under them: "This article is republished from The Conversation
     * under a Creative Commons license. Read the original article.", "Republished with permission from Kentucky Lantern.",
     * French "Cet article est republié à partir de The Conversation sous licence Creative Commons", Portuguese "Este
     * artigo foi republicado do …", Spanish "Este artículo fue republicado de …", Indonesian "Artikel ini diterbitkan ulang
     * dari …". Group 1 is the publication: what follows the preposition up to a clause's word or a stop. The verb is
     * republishing's, not first appearance's ("first appeared in the print edition" names the paper itself).
     */
    private static final Pattern REPUBLISHED_NOTE = Pattern.compile(
            "^(?:(?:this|the) (?:article|story|piece|post|essay|report|column|interview|analysis|commentary|op-ed) (?:is|was|has been|is being) )?"
                    + "(?:re-?published|reprinted|reproduced)(?: here)? (?:from|with (?:the )?(?:kind )?permission (?:from|of)|courtesy of|by permission of)"
                    + "|^(?:cet|cette) (?:article|analyse|tribune|texte) (?:est|a été) (?:republié|republiée|reproduit|reproduite) (?:à partir )?(?:de|du|d['’])"
                    + "|^este (?:artigo|texto) (?:foi|é) republicado (?:d[oa]|de)|^este (?:artículo|texto) (?:fue|ha sido|es) republicado (?:de|del|desde)"
                    + "|^(?:artikel|tulisan) ini (?:diterbitkan|dipublikasikan) ulang dari",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where the publication named after a {@link #REPUBLISHED_NOTE} ends: a clause's word, a stop or the end. */
    private static final Pattern AFTER_PUBLICATION = Pattern.compile(
            "\\s(?:under|with|and|on|as|via|sous|avec|sob|com|bajo|con|di bawah|dengan)\\s|[.,;:(]\\s|[.,;:(]$|$",
            Pattern.CASE_INSENSITIVE);

    /** A {@link #REPUBLISHED_NOTE} is this long at most: a sentence or two about the page. */
    private static final int MAX_REPUBLISHED_NOTE_CHARS = 300;

    /** The publication a republication note names is this long at most: a name, not a clause. */
    private static final int MAX_PUBLICATION_CHARS = 60;

    /** A credit line is short: longer last paragraphs are text, whatever they start with. */
    private static final int MAX_CREDIT_LINE_CHARS = 60;

    /** The credit line is among the container's last elements; searching further is wasted work. */
    private static final int MAX_ELEMENTS_SEARCHED = 40;

    private SourceCredit() {
    }

    /** The publication a {@link #REPUBLISHED_NOTE} names, or null when the line is none. */
    static String republishedFrom(String line) {
        if (line.length() > MAX_REPUBLISHED_NOTE_CHARS || line.length() < 20) {
            return null;
        }
        char c = Character.toLowerCase(line.charAt(0));
        if (c != 't' && c != 'r' && c != 'c' && c != 'e' && c != 'a') {
            return null; // every note opens with one of these letters: most last paragraphs are refused without the pattern
        }
        Matcher note = REPUBLISHED_NOTE.matcher(line);
        if (!note.lookingAt()) {
            return null;
        }
        String rest = line.substring(note.end()).strip();
        Matcher end = AFTER_PUBLICATION.matcher(rest);
        if (!end.find() || end.start() == 0) {
            return null;
        }
        String name = rest.substring(0, end.start()).strip();
        return name.length() > MAX_PUBLICATION_CHARS || !Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.codePointAt(0))
                ? null : name;
    }

    /**
     * Where a publication's own rights notice starts that is run on after the last sentence of the text, or -1: a © or
     * "Copyright", or a {@link #RIGHTS_RESERVED_PHRASES} phrase, in the paragraph's last {@link #MAX_OWN_RIGHTS_CHARS}
     * characters after a sentence's stop and blanks, the rest of the paragraph a notice's shape ({@link #OWN_RIGHTS_NOTICE})
     * holding none of {@link #NOT_IN_RIGHTS_NOTICE}
     * ("… ragazzi sotto i 14 anni. © RIPRODUZIONE RISERVATA", "… der lange nachwirkt. Alle Rechte vorbehalten.", "… one to
     * sixteen. © Copyright 2026 Ironbark Coffee Co."). A wire's notice is {@link #TRAILING_RIGHTS}'s, asked first.
     */
    static int ownRightsNoticeStart(String paragraph) {
        int tail = Math.max(0, paragraph.length() - MAX_OWN_RIGHTS_CHARS);
        String lower = paragraph.substring(tail).toLowerCase(java.util.Locale.ROOT);
        int at = lower.indexOf('©');
        int copyright = lower.indexOf("copyright");
        at = copyright >= 0 && (at < 0 || copyright < at) ? copyright : at;
        for (String phrase : RIGHTS_RESERVED_PHRASES) {
            int p = lower.indexOf(phrase);
            at = p >= 0 && (at < 0 || p < at) ? p : at;
        }
        if (at <= 0) {
            return -1;
        }
        int start = tail + at;
        if (!OWN_RIGHTS_NOTICE.matcher(paragraph.substring(start).strip()).matches()) {
            return -1;
        }
        for (int i = start; i < paragraph.length(); i++) {
            if (NOT_IN_RIGHTS_NOTICE.indexOf(paragraph.charAt(i)) >= 0) {
                return -1;
            }
        }
        int before = start;
        while (before > 0 && Character.isWhitespace(paragraph.charAt(before - 1))) {
            before--;
        }
        return before < start && before > 0 && ".!?…".indexOf(paragraph.charAt(before - 1)) >= 0 ? start : -1;
    }

    private static boolean holdsDash(String s) {
        return s.indexOf('-') >= 0 || s.indexOf('—') >= 0 || s.indexOf('–') >= 0;
    }

    /**
     * The desk's initials glued to the last sentence by slashes, as dpa-AFX closes its copy ("… stark gestiegen./bgf/jha/mis",
     * "… Aktienrückkauf./rob/ag"): the short names of the reporter and the editors in lower case, each after a slash, straight
     * after the sentence's closing mark. A sign-off, no words of the text; it names no wire (the copy's dateline does).
     */
    private static final Pattern TRAILING_DESK_INITIALS = Pattern.compile("(?<=[.!?\"“”»])\\s?(?:/\\p{Ll}{2,4}){2,4}/?$");

    /** A {@link #TRAILING_DESK_INITIALS} sign-off is read only in this many last characters of the text: four groups. */
    private static final int MAX_TRAILING_DESK_INITIALS_CHARS = 22;

    /** Takes a {@link #TRAILING_DESK_INITIALS} sign-off off the last paragraph and the container, if one closes it. */
    private static void stripTrailingDeskInitials(List<String> paragraphs, Element container) {
        int lastIndex = paragraphs.size() - 1;
        String last = paragraphs.get(lastIndex);
        int from = Math.max(0, last.length() - MAX_TRAILING_DESK_INITIALS_CHARS);
        if (last.indexOf('/', from) < 0) {
            return; // most texts close on a sentence's mark with no slash near it
        }
        Matcher m = TRAILING_DESK_INITIALS.matcher(last);
        if (m.find(from)) {
            paragraphs.set(lastIndex, last.substring(0, m.start()).trim());
            replaceInText(container, m.group().trim(), true);
        }
    }

    /**
     * True when a closing line's credit names a wire ({@link NewsAgencies#IN_CREDITS}), perhaps with its service after a blank
     * ({@link #WIRE_SERVICE_PART}: "PAP Biznes"): its copy opens with the wire's dateline too, which leaves the text with it.
     */
    private static boolean wireClosing(String credit) {
        return WIRE_CLOSING.matcher(tidy(credit)).matches();
    }

    /** A {@link #wireClosing} credit: a wire's name, its service perhaps after it. */
    private static final Pattern WIRE_CLOSING = Pattern.compile("(?:" + NewsAgencies.IN_CREDITS + ")" + WIRE_SERVICE_PART);

    /** The credited source, with its line removed from {@code paragraphs} and the container; null when none. */
    static String extract(List<String> paragraphs, Element container) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        stripTrailingDeskInitials(paragraphs, container); // "… gestiegen./bgf/jha": the desk's sign-off, before the last line is read
        if (paragraphs.size() > 1 && EdgeTrimmer.isContactSignOffText(paragraphs.get(paragraphs.size() - 1))) {
            // "lsm@yna.co.kr" closing a text parted by breaks, where the end trimmer finds no element for the line
            removeLine(container, paragraphs.remove(paragraphs.size() - 1).strip());
        }
        String service = releaseService(paragraphs);
        if (service != null) {
            String last = paragraphs.get(paragraphs.size() - 1);
            if (paragraphs.size() > 1 && last.length() <= MAX_CREDIT_LINE_CHARS && SOURCE_LINE.matcher(last).matches()) {
                paragraphs.remove(paragraphs.size() - 1); // "SOURCE Halvern Biotherapeutics, Inc.": the service's line naming the issuer
                removeLine(container, last);
            }
            return service; // "NEW YORK, Dec. 7, 2026 /PRNewswire/ --": the service that carried the release, its credit
        }
        int lastIndex = paragraphs.size() - 1;
        String last = paragraphs.get(lastIndex);
        if (lastIndex >= 2 && last.length() <= MAX_FURTHER_READING_CHARS && FURTHER_READING_LINE.matcher(last).matches()) {
            // "Źródło: ESA" over "Więcej informacji: Mars dust storm": the credit closes the text, the pointer after it stays
            String before = paragraphs.get(lastIndex - 1);
            String credit = before.length() <= MAX_CREDIT_LINE_CHARS ? group(SOURCE_LINE.matcher(before)) : null;
            if (credit != null) {
                paragraphs.remove(lastIndex - 1);
                removeLine(container, before);
                String source = tidy(credit);
                return source.isEmpty() || OWN_WORK.matcher(source).find() ? null : source;
            }
        }
        NewsAgencies.StaffSignOff signOff = paragraphs.size() > 1 ? NewsAgencies.staffSignOff(last) : null;
        if (signOff != null) {
            paragraphs.remove(lastIndex); // "AGERPRES/(A - autor: …, editor: …)" under the text: the wire's sign-off
            removeLine(container, last);
            String dateline = stripLeading(paragraphs, container); // its dateline opens the text too: "Cluj-Napoca, 5 dec /Agerpres/ - "
            return dateline != null ? dateline : tidy(signOff.wire());
        }
        if (last.length() <= MAX_CREDIT_LINE_CHARS) {
            String input = group(INPUTS_LINE.matcher(last));
            if (input != null) {
                paragraphs.remove(lastIndex);
                removeLine(container, last);
                String source = tidy(input);
                return source.isEmpty() || UNNAMED_SOURCES.contains(source.toLowerCase(java.util.Locale.ROOT)) ? null : source;
            }
            String credit = group(SOURCE_LINE.matcher(last));
            if (credit == null && paragraphs.size() > 1) {
                credit = group(BARE_CREDIT.matcher(last));
                if (credit != null && isWritersInitials(credit)) {
                    paragraphs.remove(lastIndex);
                    removeLine(container, last);
                    return null; // "(kh)" under a local story: the writer's initials, the newsroom's own copy
                }
            }
            if (credit == null && paragraphs.size() > 1 && !paragraphs.get(lastIndex - 1).endsWith(":")) {
                // "ELTA" under the text: the wire whose copy it is; after a line that ends on a colon, the thing that line announces
                credit = group(AGENCY_ALONE.matcher(last));
            }
            if (credit == null && paragraphs.size() > 1 && last.indexOf('/') == 0) {
                credit = group(SLASHED_WIRE_LINE.matcher(last)); // "/العُمانية/ ع خ" under the text: the Omani wire's sign-off
                if (credit != null) {
                    paragraphs.remove(lastIndex);
                    removeLine(container, last);
                    stripLeading(paragraphs, container); // its dateline opens the text too: "صحار في 3 ديسمبر /العُمانية/ ..."
                    return tidy(credit);
                }
            }
            if (credit == null && paragraphs.size() > 1 && last.indexOf('/') > 0) {
                credit = group(REPORTER_SLASH_WIRE.matcher(last)); // "Murat Kılınç / İHA" under the text: the wire's reporter signing
            }
            if (credit == null && paragraphs.size() > 1 && NewsAgencies.mayBeDeskSignOff(last)) {
                credit = NewsAgencies.wireOfDeskSignOff(last); // "ats/jfe" under the text: the Swiss wire's copy, edited by the desk
            }
            if (credit == null && paragraphs.size() > 1 && vietnameseBefore(paragraphs, lastIndex)) {
                credit = AccordingToCredit.source(last); // "Theo Tuổi Trẻ" under Vietnamese text: the paper the story was taken from
            }
            if (credit != null) {
                paragraphs.remove(lastIndex);
                removeLine(container, last);
                String dateline = wireClosing(credit) ? stripLeading(paragraphs, container) : null;
                if (dateline != null) {
                    return dateline; // "(PAP Biznes)" under "Warszawa, 07.12.2026 (PAP Biznes) - …": one wire's copy, signed twice
                }
                String source = tidy(credit);
                if (OWN_WORK.matcher(source).find()) {
                    return null; // "Źródło: GUS, opracowanie własne": the newsroom's own work from figures, no one else's copy
                }
                return source.isEmpty() || !namesSource(source) ? null : source; // "Sources:" alone heads a list of sources and names none
            }
        }
        String republishedFrom = republishedFrom(last);
        if (republishedFrom != null) {
            paragraphs.remove(lastIndex);
            removeLine(container, last);
            return republishedFrom; // "This article is republished from The Conversation under a Creative Commons license."
        }
        if (last.indexOf('/') >= 0) {
            Matcher slashed = SLASHED_AGENCY.matcher(last);
            if (slashed.find() && (slashed.start() == 0 ? paragraphs.size() > 1 : closesSentence(last, slashed.start()))) {
                String credit = slashedCredit(slashed);
                if (slashed.start() == 0) {
                    paragraphs.remove(lastIndex);
                    removeLine(container, last);
                } else {
                    paragraphs.set(lastIndex, last.substring(0, slashed.start()).trim());
                    replaceInText(container, slashed.group().trim(), true);
                }
                return credit; // "… går langt nok. /ritzau/": the Danish wire's signature under its copy
            }
        }
        int rights = last.lastIndexOf('©');
        if (rights > 0 && rights >= last.length() - MAX_RIGHTS_TAIL_CHARS) { // most last paragraphs hold no ©, and the pattern is not tried on them
            Matcher notice = TRAILING_RIGHTS.matcher(last);
            if (notice.find(Math.max(0, rights - MAX_RIGHTS_TAIL_CHARS))) {
                paragraphs.set(lastIndex, last.substring(0, notice.start()).trim());
                replaceInText(container, notice.group().trim(), true);
                return tidy(notice.group(1)); // "… non residenti. RIPRODUZIONE RISERVATA © Copyright ANSA": the wire's rights line, its copy
            }
        }
        int ownRights = ownRightsNoticeStart(last);
        if (ownRights > 0) {
            // "… sotto i 14 anni. © RIPRODUZIONE RISERVATA", "… nachwirkt. Alle Rechte vorbehalten.": the paper's own notice, no text
            replaceInText(container, last.substring(ownRights).trim(), true);
            last = last.substring(0, ownRights).trim();
            paragraphs.set(lastIndex, last);
        }
        Matcher trailing = TRAILING_AGENCY.matcher(last);
        boolean found = trailing.find();
        if (!found && holdsDash(last)) { // most last paragraphs hold no dash, and the pattern is not tried on them
            trailing = TRAILING_WITH_AGENCY.matcher(last);
            found = trailing.find();
        }
        if (!found) { // the pattern is tried only where the tail holds the word
            int tail = Math.max(0, last.length() - MAX_MATERIAL_TAIL_CHARS);
            for (int i = tail; i + MATERIAL_WORD.length() <= last.length(); i++) {
                if (last.regionMatches(true, i, MATERIAL_WORD, 0, MATERIAL_WORD.length())) {
                    trailing = TRAILING_MATERIAL.matcher(last);
                    found = trailing.find(tail);
                    break;
                }
            }
        }
        if (!found) {
            trailing = TRAILING_SOURCE_LABEL.matcher(last);
            found = trailing.find(Math.max(0, last.length() - MAX_TRAILING_SOURCE_CHARS));
            if (found && OWN_WORK.matcher(trailing.group(1)).find()) {
                found = false; // "… Fuente: elaboración propia": the newsroom's own work, no one's credit
            }
        }
        if (!found) {
            Matcher accordingTo = AccordingToCredit.trailing(last);
            if (accordingTo != null && (AccordingToCredit.isVietnamese(last) || vietnameseBefore(paragraphs, lastIndex))) {
                trailing = accordingTo; // "… một trăm nghìn đồng. (Theo Reuters)", "Minh Anh (Theo VnExpress)" under the text
                found = true;
            }
        }
        if (found && trailing.start() > 0 && glossesNameBefore(last, trailing.start(), trailing.group(1))) {
            found = false; // "… a rapporté l'Agence haïtienne de presse (AHP).": the acronym glosses the name just written, a sentence's words
        }
        if (found && trailing.start() > 0) {
            paragraphs.set(lastIndex, last.substring(0, trailing.start()).trim());
            replaceInText(container, trailing.group().trim(), true);
            return tidy(trailing.group(1));
        }
        String leadingCredit = stripLeading(paragraphs, container);
        if (leadingCredit != null) {
            return leadingCredit;
        }
        String first = paragraphs.get(0);
        if (paragraphs.size() > 1 && first.length() <= MAX_CREDIT_LINE_CHARS && isArabicDatelineLine(first)) {
            Matcher dateline = ARABIC_DATELINE_LINE.matcher(first);
            if (dateline.matches()) {
                paragraphs.remove(0); // "دمشق-سانا" over the text: the wire whose copy it is
                removeFirstLine(container, first);
                return tidy(dateline.group(1));
            }
        }
        if (first.length() <= MAX_CREDIT_LINE_CHARS + 20 && paragraphs.size() > 1) {
            Matcher byline = AGENCY_REPORTER_LINE.matcher(first);
            if (byline.matches()) {
                paragraphs.remove(0); // the wire's byline, pasted as the text's first line: the author finder reads the name
                removeFirstLine(container, first);
                return tidy(byline.group(1));
            }
        }
        return null;
    }

    /**
     * A press-release distribution service's name as its dateline sets it, and the name its credit is given. A release
     * it carries is the issuing company's (the author finder's business); the service is its credit, as "(ots)" is
     * news aktuell's: "NEW YORK, Dec. 7, 2026 /PRNewswire/ --", "TORONTO, Dec. 7, 2026 /CNW/ --", "上海2026年12月7日
     * /美通社/ --", "ROTTERDAM, Netherlands--(BUSINESS WIRE)--", "OSLO, Norway, Dec. 07, 2026 (GLOBE NEWSWIRE) --",
     * "서울--(뉴스와이어)--2026년 12월 07일 --", "Vancouver, British Columbia--(Newsfile Corp. - December 6, 2026) -",
     * "NEW YORK, NY / ACCESSWIRE / December 7, 2026 /". The services' own spelling is the credit where the dateline
     * sets it in capitals.
     */
    record ReleaseService(String mark, String credit) {
    }

    /** The services ({@link ReleaseService}), each mark as its datelines set it. */
    static final List<ReleaseService> RELEASE_SERVICES = List.of(
            new ReleaseService("/PRNewswire/", "PRNewswire"), new ReleaseService("/CNW/", "CNW"),
            new ReleaseService("/美通社/", "美通社"), new ReleaseService("/PRNewswire-PRWeb/", "PRNewswire-PRWeb"),
            new ReleaseService("(BUSINESS WIRE)", "Business Wire"), new ReleaseService("(GLOBE NEWSWIRE)", "GlobeNewswire"),
            new ReleaseService("(뉴스와이어)", "뉴스와이어"), new ReleaseService("(Newsfile Corp.", "Newsfile"),
            new ReleaseService("/EINPresswire.com/", "EIN Presswire"));

    /** Characters before a service's mark: a place, a country and a date, not a sentence quoting the dateline. */
    private static final int RELEASE_DATELINE_REACH = 90;

    /** Characters of the longest mark of {@link #RELEASE_SERVICES}. */
    private static final int RELEASE_MARK_CHARS = RELEASE_SERVICES.stream().mapToInt(r -> r.mark().length()).max().orElse(0);

    /** Characters of the date a mark that opens a bracket holds before the bracket closes ("(Newsfile Corp. - December 6, 2026)"). */
    private static final int RELEASE_MARK_DATE_CHARS = 30;

    /** Quotation marks: a dateline quoted in a story is a sentence's, not the text's own opening. */
    private static final String QUOTATION_MARKS = "\"“”„«»「」'‘’";

    /**
     * The credit of the distribution service whose dateline ({@link #RELEASE_SERVICES}) opens the first paragraph, or the
     * second under a standfirst: the mark within {@link #RELEASE_DATELINE_REACH} characters of the start, no quotation
     * mark before it, and a dash after it (its bracket closed first, when a date stands inside it). Null otherwise; the
     * text is left as it is.
     */
    static String releaseService(List<String> paragraphs) {
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            // the opening alone is searched: a paragraph of megabytes is not read to its end for each service
            String opening = p.substring(0, Math.min(p.length(), RELEASE_DATELINE_REACH + RELEASE_MARK_CHARS + RELEASE_MARK_DATE_CHARS + 2));
            for (ReleaseService s : RELEASE_SERVICES) {
                int at = opening.indexOf(s.mark());
                if (at < 0 || at > RELEASE_DATELINE_REACH || quoted(p, at)) {
                    continue;
                }
                int end = at + s.mark().length();
                char closing = s.mark().charAt(s.mark().length() - 1);
                if (closing != '/' && closing != ')') {
                    int close = opening.indexOf(')', end);
                    if (close < 0 || close - end > RELEASE_MARK_DATE_CHARS) {
                        continue;
                    }
                    end = close + 1;
                }
                while (end < p.length() && Character.isWhitespace(p.charAt(end))) {
                    end++;
                }
                if (end < p.length() && "-–—".indexOf(p.charAt(end)) >= 0) {
                    return s.credit();
                }
            }
        }
        return null;
    }

    /** True when a quotation mark stands before {@code at}. */
    private static boolean quoted(String p, int at) {
        for (int i = 0; i < at; i++) {
            if (QUOTATION_MARKS.indexOf(p.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agency of the wire dateline opening the first paragraph ({@link #LEADING_AGENCY}), the dateline taken out of the
     * paragraph and the container; null, and nothing changed, when the text opens with none.
     */
    private static String stripLeading(List<String> paragraphs, Element container) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        String credit = stripLeading(paragraphs, container, 0);
        if (credit == null && paragraphs.size() > 2) {
            credit = stripLeading(paragraphs, container, 1); // a standfirst over the wire's copy, its dateline on a line of its own
        }
        return credit;
    }

    /**
     * {@link #stripLeading(List, Element)} for the paragraph at {@code index}: the first, or the second when a standfirst
     * opens the text (only a dateline on a line of its own is read there).
     */
    private static String stripLeading(List<String> paragraphs, Element container, int index) {
        String first = paragraphs.get(index);
        if (!mayOpenWithAgency(first)) {
            return null;
        }
        NewsAgencies.WireReporter reporterLine = paragraphs.size() > index + 1 ? NewsAgencies.wirePlaceReporterLine(first) : null;
        if (reporterLine != null) {
            paragraphs.remove(index); // "AA / Sarajevo / Amra Hodžić" over the text: the wire's copy, its reporter the author finder's
            removeFirstLine(container, first);
            return tidy(reporterLine.wire());
        }
        String ownLine = paragraphs.size() > index + 1 ? NewsAgencies.datedDatelineLine(first) : null;
        if (ownLine != null) {
            paragraphs.remove(index); // "LUGO, 5 (EUROPA PRESS)" over the text: the wire whose copy it is
            removeFirstLine(container, first);
            return ownLine;
        }
        Matcher korean = index == 0 ? KOREAN_WIRE_DATELINE.matcher(first) : null;
        if (korean != null && korean.lookingAt() && korean.end() < first.length()) {
            paragraphs.set(0, first.substring(korean.end()).trim());
            replaceInText(container, korean.group().trim(), false);
            return korean.group(1); // "(서울=연합뉴스) 김지훈 기자 = 7일 …": the wire's copy
        }
        Matcher leading = LEADING_AGENCY.matcher(first);
        if (!leading.lookingAt()) { // anchored: only the start can match
            return null;
        }
        if (leading.end() == first.length()) {
            // the slashed or dashed dateline on a line of its own over the text ("Варна, 5 декември /Иван Петров, БТА/")
            String wire = leading.group(SLASHED_DAY_GROUP) != null ? leading.group(SLASHED_DAY_GROUP) : leading.group(SLASHED_DAY_GROUP + 1);
            if (wire == null || paragraphs.size() < index + 2) {
                return null;
            }
            paragraphs.remove(index);
            removeFirstLine(container, first);
            return tidy(wire);
        }
        if (index > 0) {
            return null;
        }
        if (leading.group(1) != null && NewsAgencies.isNoMarkDatelineWire(leading.group(1))
                && first.substring(leading.end(1), leading.end()).matches("\\s*[)\\]]\\s+")
                && !NewsAgencies.isDatelinePlace(first.substring(0, Math.max(0, first.lastIndexOf('(', leading.start(1)))))) {
            return null; // "Wie die Katholische Nachrichten-Agentur (KNA) Mitte …": a sentence, no place before the wire
        }
        paragraphs.set(0, first.substring(leading.end()).trim());
        replaceInText(container, leading.group().trim(), false);
        for (int g = 1; g <= LEADING_AGENCY_GROUPS; g++) {
            if (leading.group(g) != null) {
                return tidy(NewsAgencies.capitalsAsCredited(leading.group(g)));
            }
        }
        return null;
    }


    /**
     * A news agency's byline as a paper republishing the agency's copy pastes it over the text: the reporter's name, a dash or
     * a comma, and the reporter's job at the agency ("Vinicius Lisboa – Repórter da Agência Brasil", "Ana Gómez, enviada
     * especial de EFE", "Por Luiz Souza, da Folhapress"). The agency is the copy's source, its credit; the line is a byline,
     * not the text's first sentence (its name is read by the author finder).
     */
    private static final Pattern AGENCY_REPORTER_LINE = Pattern.compile(
            "^(?:(?:por|by|de)\\s+)?\\p{Lu}[\\p{L}.'’ -]{2,50}?\\s*[–—|,-]\\s*"
                    + "(?:(?:repórter|reporter|reportera|reportero|redator|redatora|redactor|redactora|jornalista|periodista"
                    + "|enviad[oa] especial|correspondente|corresponsal|colaborador|colaboradora|fotógraf[oa])\\s+)?"
                    + "(?:da|do|de|del|de la|para(?: a| o| la| el)?)\\s+(" + NewsAgencies.REPORTER_AGENCIES + "|" + NewsAgencies.IN_CREDITS + ")\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Removes the first element, among the container's first ones, whose whole text is the line. */
    private static void removeFirstLine(Element container, String line) {
        List<Element> all = container.getAllElements();
        for (int i = 0; i < Math.min(all.size(), MAX_ELEMENTS_SEARCHED); i++) {
            Element e = all.get(i);
            if (e != container && Blocks.isBlock(e) && e.text().trim().equals(line)) {
                e.remove();
                return;
            }
        }
        replaceInText(container, line, false);
    }

    /** Paragraphs before the last read for its language: a writer's signature may stand between the text and the credit. */
    private static final int PARAGRAPHS_READ_FOR_LANGUAGE = 3;

    /** True when one of the few paragraphs before {@code index} is Vietnamese ({@link AccordingToCredit#isVietnamese}). */
    private static boolean vietnameseBefore(List<String> paragraphs, int index) {
        for (int i = index - 1; i >= Math.max(0, index - PARAGRAPHS_READ_FOR_LANGUAGE); i--) {
            if (AccordingToCredit.isVietnamese(paragraphs.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source labels a line set beside the text (not in it) opens with, its colon after it: "Source: AFP", "Fuente: EFE",
     * "Izvor: Hina" ({@link #SOURCE_LABELS_BESIDE_TOO}). The labels of material ("Con información de", "With") are left
     * out: beside the text, a line opening "With" may be anything. So are four of {@link #SOURCE_LINE}'s labels: the plurals
     * "المصادر", "sources", "fuentes", which this rule was written without (a line naming several sources rarely names one
     * wire), and the Korean "출처", added to the last lines' labels after this rule, for portals closing a partner's copy.
     * The two lists are kept apart so that each reads what it was written and tested for: reading the four here would
     * credit lines no page has asked for yet ("Sources: AFP", "출처: 연합뉴스" after the container), a rule change to make
     * with pages of its own.
     */
    private static final Pattern LABELLED_SOURCE_BESIDE = Pattern.compile(
            "^(?:" + SOURCE_LABELS_BESIDE_TOO + ")\\s?[:：՝]\\s?([^\\s\\d].{0,48}?)[.。]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The source a labelled line just after the text's container names ({@link #LABELLED_SOURCE_BESIDE}): themes set the
     * republished text's "Source: Reuters" in an element of its own after the text's ("&lt;div class=entry-content&gt;…&lt;/div&gt;
     * &lt;div class=post-source&gt;Source: Reuters&lt;/div&gt;"), where {@link #extract} does not look. Only the first element
     * after the container that holds text is read (or after its parent when the container closes it), a line of its own naming
     * a news agency ({@link NewsAgencies#isAgency}): beside the text, sites also name themselves so ("Quelle: ntv.de", "Source:
     * Al Jazeera and news agencies"), which credits no one else. Null when it is none. The line is outside the text and
     * nothing is removed.
     */
    static String besideContainer(Element container) {
        Element next = nextWithText(container);
        if (next == null && container.parent() != null && container.nextElementSibling() == null) {
            next = nextWithText(container.parent());
        }
        if (next == null || next.childrenSize() > 1) {
            return null;
        }
        String line = next.text().strip();
        if (line.length() > MAX_CREDIT_LINE_CHARS || line.length() < 4) {
            return null;
        }
        String credit = group(LABELLED_SOURCE_BESIDE.matcher(line));
        if (credit == null) {
            return null;
        }
        credit = tidy(credit); // "Quelle: dpa / Nordkurier Lokal": the wire beside the site's own name
        return NewsAgencies.isAgency(credit) ? credit : null; // "Quelle: ntv.de", "Source: Al Jazeera and news agencies": the site's own line
    }

    /** The first element sibling after {@code e} that holds text, skipping empty ones (an ad slot's wrapper); null when none. */
    private static Element nextWithText(Element e) {
        for (Element n = e.nextElementSibling(); n != null; n = n.nextElementSibling()) {
            if (n.hasText()) {
                return n;
            }
        }
        return null;
    }

    /**
     * A line that is only a credit of the material the text was written from ({@link #MATERIAL_FROM_LABELS}): "Mit Material
     * von dpa", "Con información de EFE", "With files from The Canadian Press"; the source is group 1.
     */
    private static final Pattern MATERIAL_LINE = Pattern.compile(
            "^\\*?\\s*[(\\[]?\\s*(?:" + MATERIAL_FROM_LABELS + ")(?:(?<=['’])|(?![\\p{L}]))\\s*[:：\\-–]?\\s*(\\S.{0,48}?)\\s*[)\\]]?\\s*[.。]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * True for a line that credits a news agency's material and says nothing else ({@link #MATERIAL_LINE}, the source a
     * wire: {@link NewsAgencies#isAgency}), as German-language papers close a story ("Mit Material von dpa") in an element
     * whose class says "credit": such a line is the text's source credit, left for {@link #extract}, not a picture's.
     */
    static boolean isAgencyMaterialLine(String line) {
        if (line.length() > MAX_CREDIT_LINE_CHARS) {
            return false;
        }
        String source = group(MATERIAL_LINE.matcher(line));
        return source != null && NewsAgencies.isAgency(tidy(source));
    }

    /** True for a line that is only a source credit; such lines are left for {@link #extract}. */
    static boolean isCreditLine(String line) {
        return line.length() <= MAX_CREDIT_LINE_CHARS
                && (SOURCE_LINE.matcher(line).matches() || BARE_CREDIT.matcher(line).matches() || INPUTS_LINE.matcher(line).matches()
                || AGENCY_ALONE.matcher(line).matches() || isArabicDatelineLine(line));
    }

    /** True for an Arabic-script dateline line naming a wire ({@link #ARABIC_DATELINE_LINE}); most lines hold no Arabic letter first. */
    private static boolean isArabicDatelineLine(String line) {
        return !line.isEmpty() && Character.UnicodeBlock.of(line.charAt(0)) == Character.UnicodeBlock.ARABIC
                && ARABIC_DATELINE_LINE.matcher(line).matches();
    }

    /**
     * True when a credit holds a letter: a name. A source line of numbered links names none, as entertainment news sites
     * list the pages a story draws on ("Source (1) (2)", "Fuente: (1)"); the line goes, with no credit.
     */
    private static boolean namesSource(String credit) {
        return credit.codePoints().anyMatch(Character::isLetter);
    }

    private static String group(Matcher m) {
        if (!m.matches()) {
            return null;
        }
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null && !m.group(i).isBlank()) {
                return m.group(i);
            }
        }
        return null;
    }

    /**
     * True when the text before {@code at} ends a sentence ("… langt nok. /ritzau/"): a signature follows the last
     * sentence, where a path named in the sentence ("under menuen /ap/") does not.
     */
    private static boolean closesSentence(String line, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i > 0 && i < at && ".!?…\"”»)".indexOf(line.charAt(i - 1)) >= 0;
    }

    /**
     * The credit a {@link #SLASHED_AGENCY} signature gives: the agency as agencies spell their names, a signature's lower
     * case ("/ritzau/") capitalised, and the wire after it joined by its slash ("Ritzau/AFP").
     */
    private static String slashedCredit(Matcher slashed) {
        String agency = slashed.group(1);
        if (agency.equals(agency.toLowerCase(java.util.Locale.ROOT))) {
            agency = agency.length() <= 3 ? agency.toUpperCase(java.util.Locale.ROOT) // "/tt/": initials
                    : Character.toUpperCase(agency.charAt(0)) + agency.substring(1);
        }
        return slashed.group(2) == null ? agency : agency + "/" + slashed.group(2);
    }

    private static String tidy(String credit) {
        return wireBesideOther(NewsAgencies.capitalsAsCredited(LEADING_WITH.matcher(credit.replaceAll("[\\s.。:]+$", "").trim()).replaceFirst("")));
    }

    /**
     * The word or slash joining two sources on a credit line: "LETA un "Kurzemes Vārds"" (Latvian "and"), "dpa / Nordkurier",
     * Lithuanian "ir", Estonian "ja", and "and" in the languages of {@link #SOURCE_LINE}.
     */
    private static final Pattern SOURCE_JOINER = Pattern.compile(
            "\\s?/\\s?|\\s(?:un|ir|ja|und|and|y|e|i|et|en|og|och|és|a|&|\\+)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The wire a credit names first when it joins it to a source that is no wire ("LETA un "Kurzemes Vārds"", "dpa /
     * Nordkurier Lokal"): regional papers name themselves beside the wire whose copy they rewrote, and the paper is the
     * site, not its source. Two wires ("NTB/TT", "Reuters and AFP") stay as they are, and so does any other credit.
     */
    static String wireBesideOther(String credit) {
        Matcher joiner = SOURCE_JOINER.matcher(credit);
        if (!joiner.find() || joiner.start() == 0) {
            return credit;
        }
        String wire = credit.substring(0, joiner.start()).strip();
        String other = credit.substring(joiner.end()).strip();
        return NewsAgencies.isAgency(wire) && !other.isEmpty() && !NewsAgencies.isAgency(other) && !SOURCE_JOINER.matcher(other).find()
                ? wire : credit;
    }

    /** Removes the element whose whole text is the line, else the text holding it. */
    private static void removeLine(Element container, String line) {
        List<Element> all = container.getAllElements();
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - MAX_ELEMENTS_SEARCHED); i--) {
            Element e = all.get(i);
            if (e != container && Blocks.isBlock(e) && e.text().trim().equals(line)) {
                e.remove();
                return;
            }
        }
        replaceInText(container, line, true);
    }

    /** Deletes a snippet from the container's text nodes, searching from the end or the start. */
    private static void replaceInText(Element container, String snippet, boolean fromEnd) {
        List<TextNode> texts = collectTexts(container);
        for (int k = 0; k < texts.size(); k++) {
            TextNode t = texts.get(fromEnd ? texts.size() - 1 - k : k);
            String whole = t.getWholeText();
            int at = fromEnd ? whole.lastIndexOf(snippet) : whole.indexOf(snippet);
            if (at >= 0) {
                t.text(whole.substring(0, at) + whole.substring(at + snippet.length()));
                return;
            }
        }
    }

    private static List<TextNode> collectTexts(Element container) {
        List<TextNode> out = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                out.add(t);
            }
        }, container);
        return out;
    }
}
