package dev.newsdrop.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agencies whose copy papers run, in one place, as each use of them needs them spelt.
 * <ul>
 *   <li>A text's source credit ({@code body.SourceCredit}) reads the spellings that wire copy's brackets, datelines and
 *   closing lines give ({@link #IN_CREDITS}, {@link #SIGNING_ALONE}, {@link #FULL_STOP_DATELINES}, {@link #NO_DASH_DATELINES},
 *   {@link #REPORTER_AGENCIES}): alternations of a regular expression, in the case the wires write them.</li>
 *   <li>The author finder asks {@link #isAgency} of a name a byline gives: when a byline names only the agency ("Von dpa",
 *   "AFP"), the agency is the article's author, although its name looks like an acronym or a user name rather than a
 *   person; beside a person it is the person's source.</li>
 * </ul>
 * Every wire a credit list spells is an agency to {@link #isAgency} too, and every wire signing alone or closing its
 * dateline with a full stop is one a credit may name: {@code NewsAgenciesTest} holds the lists to that, so a wire
 * added for one use is not missing from the others.
 */
public final class NewsAgencies {

    /**
     * News agencies as wire copy credits them in its text: in brackets opening or ending it ("WASHINGTON (Reuters) -",
     * "... (AFP)"; Japanese papers close Kyodo's and Jiji's copy with "（共同）", "（時事）" in full-width brackets),
     * after a dateline's dash ("حلب - سانا") or between slashes ("/ritzau/"). The alternatives of a regular expression,
     * in the case the wires write them; the Arabic abbreviations with their optional dots and spaces.
     */
    public static final String IN_CREDITS =
            "Reuters|AFP|AP|Associated Press|Agence France-Presse|dpa|DPA|"
                    // dpa-AFX, dpa's financial wire with AFX, as its copy's dateline credits it ("FRANKFURT (dpa-AFX) -")
                    + "dpa-AFX|ANSA|EFE|Xinhua|UPI|Bloomberg|PA|PA Media|Anadolu|"
                    // Germany's church wires, the Protestant "epd" and the Catholic "KNA", as their copy's dateline credits them
                    + "epd|KNA|"
                    // the wires of Australia and Canada, the Canadian one in English and French
                    + "AAP|The Canadian Press|Canadian Press|La Presse Canadienne|La Presse canadienne|"
                    // Europa Press also in the capitals its own datelines set it in ("MADRID, 5 Dic. (EUROPA PRESS) -"), and Spain's
                    // social-affairs wire Servimedia, whose datelines and closing brackets set it so too ("MADRID, 4 (SERVIMEDIA) -")
                    + "Europa Press|EUROPA PRESS|Servimedia|SERVIMEDIA|Lusa|ANP|Belga|APA|Keystone-ATS|TT|NTB|Ritzau|PAP|ČTK|Kyodo|Yonhap|PTI|IANS|ANI|UNI|"
                    // India's wires in Devanagari (PTI's Hindi service "भाषा", UNI's "वार्ता"), Bengali and Tamil
                    + "भाषा|वार्ता|पीटीआई|आईएएनएस|एएनआई|यूएनआई|পিটিআই|பிடிஐ|"
                    // the national wires of Bangladesh and Nepal as their datelines credit them ("ঢাকা, ৫ ডিসেম্বর (বাসস) :",
                    // "सुर्खेत, मंसिर १९ (रासस) ।")
                    + "বাসস|रासस|"
                    // the press-release services of news aktuell and APA, whose releases open "Fulda (ots) -", "Wien (OTS) -"
                    + "ots|OTS|"
                    + "ТАСС|РИА Новости|Интерфакс|Укрінформ|共同|時事|"
                    // the national wires of Central and South-East Europe and the Baltics, as their clients credit them ("(Hina)", "(MTI)",
                    // Tanjug in Cyrillic); North Macedonia's MIA and Albania's ATA sign alone only, as other bodies' acronyms
                    // close sentences in brackets too ("Miami International Airport (MIA)."), but MIA in Cyrillic, as Macedonian
                    // papers bracket it ("Скопје, 5 декември (МИА) -"), and Montenegro's MINA in capitals ("(MINA)") are the wires';
                    // Albania's ATA as its Albanian copy spells it (ATSH) and Moldova's Moldpres set their names between slashes
                    + "MTI|TASR|STA|Hina|HINA|Tanjug|Танјуг|Fena|FENA|BTA|БТА|Агерпрес|Agerpres|AGERPRES|ELTA|LETA|BNS|STT|UNIAN|УНІАН|"
                    + "МИА|MINA|ATSH|Moldpres|MOLDPRES|"
                    // Kosovo's KosovaPress, Republika Srpska's SRNA (Cyrillic "СРНА" in Serbian papers) and Serbia's private wires
                    // Beta and FoNet, as their clients' datelines and closing brackets credit them ("Prishtinë, 3 dhjetor
                    // (KosovaPress) –", "Beograd, 1. decembra (Beta) -", "… (FoNet)"; Beta in Cyrillic as Serbian papers in that
                    // script credit it, "БЕОГРАД, 4. децембра (Бета) -"); SRNA sets its name between slashes
                    + "KosovaPress|Kosovapress|KOSOVAPRESS|SRNA|СРНА|Beta|BETA|Бета|БЕТА|FoNet|Fonet|FONET|"
                    // the national wires of Belarus, Kazakhstan, Kyrgyzstan, Azerbaijan and Armenia, as their Russian-language
                    // datelines set them in brackets ("ГОМЕЛЬ, 5 декабря (БЕЛТА) –")
                    + "БЕЛТА|BELTA|Казинформ|Kazinform|Кабар|Kabar|АЗЕРТАДЖ|AZERTAC|Арменпресс|Armenpress|"
                    // Southern Europe's: the Greek and Cypriot wires, Switzerland's, Catalonia's and Italy's ("(ΑΠΕ-ΜΠΕ)", "(ats)")
                    + "ΑΠΕ-ΜΠΕ|ΑΠΕ|ΚΥΠΕ|ANA-MPA|Keystone-SDA|ATS|SDA|ats|sda|ACN|AGI|Adnkronos|"
                    // Latin America's state wires as their clients' datelines bracket them: Bolivia's ABI, Venezuela's AVN, Peru's Andina,
                    // Cuba's Prensa Latina, Mexico's Notimex ("La Paz, 4 de diciembre (ABI).-", "La Habana, 4 dic (Prensa Latina)")
                    + "ABI|AVN|Andina|ANDINA|Prensa Latina|Notimex|"
                    // the Pacific's: PACNEWS, the Pacific Islands News Association's service, as the island papers running its
                    // copy credit it ("SUVA, 04 DECEMBER 2026 (PACNEWS) ---")
                    + "PACNEWS|Pacnews|"
                    // Timor-Leste's national wire, as the Tetum and Portuguese papers running its copy bracket it in their
                    // datelines ("DILI, 7 dezembru 2026 (TATOLI) –")
                    + "TATOLI|Tatoli|"
                    + "رويترز|أ\\s?ف\\s?ب|أ\\.ف\\.ب|ا\\.ف\\.ب|فرانس برس|أسوشيتد برس|د\\.ب\\.أ|وكالات|واس|وام|قنا|كونا|سانا|واف|"
                    // Africa's national wires as their datelines and closing brackets credit them: Senegal's and Algeria's APS,
                    // Morocco's MAP, Tunisia's TAP, Côte d'Ivoire's AIP, the Congos' ACP, Burkina Faso's AIB, Nigeria's NAN,
                    // Ghana's GNA, Kenya's KNA (spelt as the German Catholic wire's, above), Ethiopia's ENA; in Arabic
                    // Algeria's "واج", Morocco's "و.م.ع", Tunisia's "وات", Sudan's "سونا", Egypt's "أ ش أ"
                    + "APS|MAP|TAP|AIP|ACP|AIB|NAN|GNA|ENA|واج|وأج|و\\.م\\.ع|ومع|وات|سونا|أ\\.?\\s?ش\\.?\\s?أ|"
                    // the other national wires of French-speaking Africa and Haiti, as their clients' datelines bracket them: Gabon's
                    // and Guinea's AGP, Togo's ATOP, Benin's (and Burundi's) ABP, Mali's AMAP, Congo-Brazzaville's ACI, the Central
                    // African Republic's ACAP, Chad's ATPE, Haiti's AHP ("Libreville, 4 décembre (AGP) –", "Lomé, 5 déc. (ATOP) -")
                    + "AGP|ATOP|ABP|AMAP|ACI|ACAP|ATPE|AHP|"
                    // Lusophone Africa's wires (Angola's ANGOP, Mozambique's AIM, Cape Verde's Inforpress), Sudan's SUNA and Libya's
                    // LANA in Latin letters, Mauritania's AMI ("Maputo, 02 Dez (AIM) –", "Espargos, 01 Dez (Inforpress) –")
                    + "ANGOP|Angop|AIM|Inforpress|SUNA|LANA|AMI|"
                    // Turkey's wires ("SAMSUN (İHA) –") and the Turkish Cypriot one (TAK, "… belirtildi. (TAK)"), the Gulf's and
                    // the Levant's (KUNA, WAM, SPA, QNA, BNA, ONA, Petra, WAFA, SANA, NNA, Iraq's INA), Iran's, Pakistan's (APP, INP,
                    // NNI) and Afghanistan's (Pajhwok, Bakhtar), in Latin letters and in the scripts their clients' datelines credit
                    // them in ("الكويت - 3 - 12 (كونا) --", "اسلام آباد (اے پی پی)")
                    + "İHA|IHA|DHA|AA|ANKA|TAK|KUNA|WAM|SPA|QNA|BNA|ONA|WAFA|SANA|NNA|INA|IRNA|ISNA|Tasnim|APP|INP|NNI|Pajhwok|"
                    + "بترا|وفا|العمانية|بنا|واع|سبأ|ایرنا|ایسنا|ایلنا|تسنیم|اے پی پی|آئی این پی|این این آئی|پژواک|باختر";

    /**
     * Wires whose name alone closes the text in the papers that run their copy, as Central and Eastern European and
     * Baltic papers sign it ("ELTA", "БТА", "MTI"), and Southern European ones: the Greek and Cypriot wires in Greek
     * letters ("ΑΠΕ-ΜΠΕ", "ΚΥΠΕ") and Latin ("ANA-MPA"), Switzerland's ("Keystone-ATS", "ATS", "SDA"), Spain's ("Europa
     * Press", Catalonia's "ACN") and Italy's ("AGI", "Adnkronos"; not LaPresse, as often a photograph's credit), and the Pacific's PACNEWS, whose copy
     * island papers close with the name after a dot leader ("….PACNEWS"), spelt as
     * they sign: a name that is also a given name ("Hina", "Mia") in the case a signature writes it is left out, since a
     * blog post may close on its writer's first name. A line ending on a colon before it announces it ("known by its
     * initials:"), and it is then no signature.
     */
    public static final String SIGNING_ALONE = "ELTA|LETA|BNS|STT|BTA|БТА|MTI|TASR|STA|HINA|FENA|MIA|Tanjug|Танјуг|"
            + "Agerpres|AGERPRES|Агерпрес|ATA|UNIAN|УНІАН|Укрінформ|ТАСС|Интерфакс|ČTK|PAP|ANSA|EFE|AFP|dpa|DPA|APA|ANP|NTB|Ritzau|Lusa|Belga|Reuters|"
            + "ΑΠΕ-ΜΠΕ|ΑΠΕ|ΚΥΠΕ|ANA-MPA|Keystone-ATS|Keystone-SDA|ATS|SDA|Europa Press|ACN|AGI|Adnkronos|PACNEWS";

    /**
     * Wires whose dateline closes with a full stop, no dash, as Germany's church wires set it: "Münster (epd). Die
     * Diakonie …", "Bonn (KNA). Der …", and Peru's Andina, "Cusco, dic. 5 (ANDINA). El …". Only theirs: a sentence
     * naming another wire in brackets may end there.
     */
    public static final String FULL_STOP_DATELINES = "epd|KNA|ANDINA|Andina";

    /**
     * The reporter an Arabic wire's bracketed dateline names after it, "من" (by) and two to four words set off by a dash,
     * as the Jordanian agency's copy opens: "عمان 5 كانون الأول (بترا)- من محمد الخوالدة- افتتح ...". No word of it is
     * one a phrase holds and a name does not ({@link #ARABIC_PHRASE_WORDS}): "(بترا)- من المقرر أن تبدأ غدا - الأحد -"
     * is the text's sentence ("it is scheduled that ..."), with a dash of its own. No group; the pattern ends after the
     * dash and the blanks following it.
     */
    public static final String ARABIC_DATELINE_REPORTER;

    /**
     * Words of an Arabic phrase that no name holds: the particles and prepositions ("أن", "في", "على", ...) and the
     * nouns that open the phrases a sentence may set off by dashes after a dateline ("من المقرر", "من المتوقع", "من جهة
     * أخرى", "من جانبه", "من خلال"). Named data.
     */
    static final List<String> ARABIC_PHRASE_WORDS = List.of("أن", "إن", "في", "على", "إلى", "عن", "من", "مع", "قد", "لا", "ما",
            "لم", "لن", "التي", "الذي", "هذا", "هذه", "بين", "بعد", "قبل", "خلال", "جهة", "جهته", "جهتها", "جانب", "جانبه",
            "جانبها", "ناحية", "ناحيته", "المقرر", "المتوقع", "المنتظر", "المرتقب", "المفترض", "أجل", "أبرز", "أهم", "جديد");

    static {
        String word = "(?!(?:" + String.join("|", ARABIC_PHRASE_WORDS) + ")(?:\\s|$))[\\p{IsArabic}\\p{M}]+";
        ARABIC_DATELINE_REPORTER = "من\\s+" + word + "(?:\\s" + word + "){1,3}\\s*[-–—]\\s*";
    }

    /**
     * Wires whose dated dateline runs straight into the text after the bracket, with no dash and no full stop, as Cuba's
     * Prensa Latina sets it: "La Habana, 5 dic (Prensa Latina) El presidente …". Only a dateline with its day is read so
     * (the place, the day and the wire tell it), and only theirs: a sentence may name another wire in brackets mid-way.
     */
    public static final String NO_DASH_DATELINES = "Prensa Latina";

    /**
     * Wires whose dateline with no day runs straight into the text after the bracket, with neither a dash nor a full stop,
     * as Germany's Catholic news agency sets its copy: "Bonn (KNA) Der Papst …". Read only after a place alone
     * ({@link #isDatelinePlace}): a sentence naming the wire in brackets ("Wie die Katholische Nachrichten-Agentur (KNA)
     * Mitte der Woche berichtete") holds lower-case words before it.
     */
    public static final String NO_MARK_DATELINES = "KNA";

    /**
     * A dateline's place alone: one to four capitalised words, German places' lower-case joining words among them
     * ("Frankfurt am Main", "Neumarkt in der Oberpfalz", "Frankfurt a.M.").
     */
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s(?:am|an der|im|in der|ob der|vor der|a\\.\\s?M\\.|\\p{Lu}[\\p{L}\\p{M}.'’-]*)){0,3}");

    /** Whether the text before a {@link #NO_MARK_DATELINES} wire's bracket is a place alone ({@link #DATELINE_PLACE}). */
    public static boolean isDatelinePlace(String text) {
        return text.length() <= MAX_DATELINE_PLACE_CHARS && DATELINE_PLACE.matcher(text.strip()).matches();
    }

    /** Whether the wire is one of {@link #NO_MARK_DATELINES}, whose dateline needs {@link #isDatelinePlace} before it. */
    public static boolean isNoMarkDatelineWire(String wire) {
        return NO_MARK_DATELINE_NAMES.contains(wire.strip());
    }

    private static final java.util.Set<String> NO_MARK_DATELINE_NAMES = java.util.Set.of(NO_MARK_DATELINES.split("\\|"));

    /** A place before a {@link #NO_MARK_DATELINES} wire's bracket is this long at most. */
    private static final int MAX_DATELINE_PLACE_CHARS = 40;

    /**
     * Wires that close their copy with their name and "Fim" (end) after a slash, as the Portuguese-language wires do:
     * Lusa, Cape Verde's Inforpress, Angola's ANGOP and Mozambique's AIM ("Lusa/Fim", "Inforpress/Fim JL/JMV"). The end
     * mark signs the copy as the wire's and gives the credit alone. Spelt as their credits spell them.
     */
    public static final List<String> END_MARK_WIRES = List.of("Lusa", "Inforpress", "ANGOP", "AIM");

    /**
     * News agencies of Latin America and the Iberian Peninsula whose reporters' bylines papers paste over the copy they
     * republish ("Vinicius Lisboa – Repórter da Agência Brasil"), read there beside the world's ({@link #IN_CREDITS}, which
     * holds the ones whose datelines bracket them too: Notimex, Andina, Prensa Latina).
     */
    public static final String REPORTER_AGENCIES = "Agência Brasil|Agencia Brasil|Agência Estado|Estadão Conteúdo|Folhapress"
            + "|Agência Senado|Agência Câmara|Télam|Telam|Agencia Andina|Colprensa|Agencia EFE";

    /** Korea's news wires as their copy's datelines name them after the place and an equals sign ("(서울=연합뉴스)", "[서울=뉴시스]"). */
    public static final String KOREAN_WIRES = "연합뉴스|뉴시스|뉴스1";

    /** The wire services a Japanese dateline names in the writer's place ("【ワシントン=共同】"): Kyodo, Jiji, Reuters, Xinhua, Yonhap. */
    public static final Set<String> JAPANESE_DATELINE_WIRES = Set.of("共同", "共同通信", "時事", "時事通信", "ロイター", "新華社", "聯合", "AFP時事");

    /** Agency names and their usual short forms, lower case; the accented forms as agencies write them. */
    private static final Set<String> NAMES = Set.of(
            "afp", "agence france-presse", "ap", "associated press", "the associated press", "reuters", "thomson reuters",
            "dpa", "dpa-afx", "deutsche presse-agentur", "sid", "kna", "epd", "dts", "apa", "sda", "keystone-sda", "keystone-ats",
            "ats", "ansa", "efe", "agencia efe", "europa press", "lusa", "anp", "belga", "tt", "ntb", "ritzau", "pap",
            "čtk", "ctk", "mti", "aa", "anadolu", "anadolu ajansı", "anadolu agency", "xinhua", "kyodo", "yonhap", "pti",
            "ians", "ani", "upi", "aap", "pa", "pa media", "press association", "the canadian press", "canadian press",
            "la presse canadienne",
            "bernama", "antara", "tass", "ria novosti", "interfax", "ukrinform", "тасс", "риа новости", "интерфакс",
            "укрінформ", "kyodo news", "nexta", "agenzia nova", "adnkronos", "agi",
            // Brazilian, Turkish, Japanese and Arabic wires (Japanese papers credit Kyodo and Jiji as "（共同）", "（時事）")
            "agência brasil", "agencia brasil", "agência estado", "estadão conteúdo", "folhapress",
            // Catalan, Mexican, Argentine, Peruvian and Cuban wires (ACN, Notimex, Télam, Andina, Prensa Latina)
            "acn", "agència catalana de notícies", "notimex", "télam", "telam", "andina", "agencia andina", "prensa latina",
            "iha", "dha", "anka", "ihlas haber ajansı", "demirören haber ajansı", "anka haber ajansı", "tak", "türk ajansı kıbrıs", "共同通信", "時事通信", "共同", "時事",
            "رويترز", "واس", "أ ف ب", "د ب أ",
            // Arab wires as Arabic datelines credit them (WAM, QNA, KUNA, SANA, Petra, MENA, WAFA, Anadolu)
            "وام", "قنا", "كونا", "سانا", "بترا", "أ ش أ", "وفا", "الأناضول", "أ.ف.ب", "د.ب.أ",
            // Nordic, Central and South-East European, East and South-East Asian and Middle Eastern wires
            "stt", "bta", "hina", "tanjug", "sta", "tasr", "ana-mpa", "αμπε", "απε-μπε", "απε", "κυπε", "lapresse", "elta", "leta", "bns", "agerpres", "unian", "cna", "中央社", "新华社",
            "연합뉴스", "뉴시스", "뉴스1", "vna", "ttxvn", "irna", "isna", "wafa", "mena", "kuna", "qna",
            // National wires of Oman (ONA), Bahrain (BNA), Algeria (APS), Morocco (MAP), Tunisia (TAP), Yemen (Saba), Sudan (SUNA) and Iraq (INA)
            // as Arabic datelines credit them ("مسقط - العُمانية:", "الجزائر - وأج")
            "العمانية", "بنا", "وأج", "واج", "و.م.ع", "ومع", "وات", "سبأ", "سونا", "واع",
            // Pakistani wires as Urdu papers credit them (APP, INP, NNI), and the world's in Urdu script (AFP, Reuters)
            "اے پی پی", "آئی این پی", "این این آئی", "اے ایف پی", "رائٹرز", "app",
            // Afghanistan's wires in Dari and Pashto script (Pajhwok, Bakhtar) and Kurdistan's in Sorani (Kurdistan 24's agency aside)
            "پژواک", "پژواک افغان نیوز", "باختر", "pajhwok", "bakhtar",
            // Persian wires in their script (IRNA, ISNA, ILNA), India's in Devanagari (PTI, IANS, ANI)
            "ایرنا", "ایسنا", "ایلنا", "पीटीआई", "आईएएनएस", "एएनआई",
            // Persian wires named with their word "خبرگزاری" (news agency): Fars, Tasnim, Mehr ("مهر" alone is a common word)
            "خبرگزاری فارس", "خبرگزاری تسنیم", "تسنیم", "خبرگزاری مهر", "خبرگزاری ایرنا", "خبرگزاری ایسنا",
            // Reuters as Hebrew papers credit it
            "רויטרס",
            // National wires of Ethiopia (ENA, as Amharic datelines credit it), Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Mongolia,
            // Armenia, the Philippines, Cambodia, Myanmar and Timor-Leste
            "ኢዜአ", "azərtac", "azertac", "азертадж", "kazinform", "казинформ", "kabar", "кабар", "ховар", "khovar", "uza", "montsame", "монцамэ",
            "armenpress", "արմենպրես", "pna", "akp", "mna", "tatoli", "agência tatoli",
            // National wires of Nepal (RSS, as Nepali datelines credit it: "काठमाडौं, मंसिर १७ (रासस) –"), Bangladesh (BSS, UNB), Ghana,
            // Nigeria and Kenya by their full names; "GNA" too (Nigeria's NAN is below, in capitals only; "KNA" is listed for the German Catholic agency)
            "रासस", "राष्ट्रिय समाचार समिति", "bss", "বাসস", "বাংলাদেশ সংবাদ সংস্থা", "қазақпарат", "unb", "gna", "ghana news agency", "news agency of nigeria", "kenya news agency",
            // French-speaking Africa's and the Maghreb's national wires: Senegal's and Algeria's APS, Morocco's MAP, Tunisia's TAP,
            // Côte d'Ivoire's AIP, the Congos' ACP, Burkina Faso's AIB, by their short and full names
            "aps", "agence de presse sénégalaise", "algérie presse service", "map", "maghreb arabe presse", "agence maghreb arabe presse",
            "tap", "tunis afrique presse", "agence tunis afrique presse", "aip", "agence ivoirienne de presse", "acp",
            "agence congolaise de presse", "aib", "agence d'information du burkina", "ena", "ethiopian news agency",
            // the other national wires of French-speaking Africa and Haiti by their short and full names (Togo's "ATOP", an
            // English word in lower case, in capitals only)
            "agp", "agence gabonaise de presse", "agence guinéenne de presse", "atop", "agence togolaise de presse", "abp",
            "agence bénin presse", "agence burundaise de presse", "amap", "agence malienne de presse et publicité", "aci",
            "agence congolaise d'information", "acap", "agence centrafricaine de presse", "atpe", "agence tchadienne de presse et d'édition",
            "ahp", "agence haïtienne de presse",
            // the state wires of Bolivia (ABI) and Venezuela (AVN), as their clients' datelines bracket them ("La Paz, 4 de diciembre (ABI).-")
            "pacnews", "abi", "agencia boliviana de información", "avn", "agencia venezolana de noticias",
            // Lusophone Africa's wires (Angola's ANGOP, Mozambique's AIM, Cape Verde's Inforpress), Sudan's SUNA, Libya's LANA and
            // Mauritania's AMI by their short and full names
            "angop", "agência angola press", "aim", "agência de informação de moçambique", "inforpress", "suna", "sudan news agency",
            "lana", "libyan news agency", "ami",
            // the wires the credit lists above spell and bylines sign with too: Bloomberg's news service, India's UNI and the
            // Hindi, Bengali and Tamil names of India's wires, the Balkans' (FENA, MIA, ATA, Tanjug in Cyrillic), Bulgaria's,
            // Romania's, Ukraine's, Belarus's and Armenia's in Cyrillic, the world's two in Arabic, the Gulf's and the Levant's
            // (SPA, WAM, BNA, ONA, SANA, NNA, Iraq's INA, Saudi Arabia's "واف"), Nigeria's NAN, Iran's Tasnim, Pakistan's INP
            // and NNI, Brazil's Senate and Chamber agencies, Colombia's Colprensa; those that are given names or words as
            // well are agencies in capitals only ({@link #CAPITALS_ONLY})
            "bloomberg", "uni", "भाषा", "वार्ता", "यूएनआई", "পিটিআই", "பிடிஐ", "fena", "mia", "ata", "танјуг", "бта", "агерпрес",
            "уніан", "белта", "belta", "арменпресс", "فرانس برس", "أسوشيتد برس", "واف", "nan", "wam", "spa", "bna", "ona",
            "sana", "nna", "ina", "tasnim", "inp", "nni", "agência senado", "agência câmara", "colprensa",
            // the Balkans' and Moldova's wires as their own copy spells them: North Macedonia's MIA in Cyrillic, Montenegro's MINA,
            // Albania's ATA in Albanian (Agjencia Telegrafike Shqiptare), Moldova's Moldpres
            "миа", "mina", "atsh", "moldpres",
            // Kosovo's, Republika Srpska's and Serbia's private wires (SRNA, a given name too, in capitals only)
            "kosovapress", "srna", "срна", "beta", "бета", "agencija beta", "агенција бета", "fonet",
            // Spain's social-affairs wire
            "servimedia",
            // the wires a Japanese dateline names in the writer's place ({@link #JAPANESE_DATELINE_WIRES}), lower-cased
            "afp時事", "ロイター", "新華社", "聯合");

    /**
     * Agencies' short names that are also given names or common words as a byline may write them ("Sana", "Ina", "Mia",
     * "Ata", "Ona", "Nan", "Ani", "Ena", "Abi", "Lana", "Ami", "Aim", "Uni", "Spa", "Mina", "Atop", "Srna", the Cyrillic "Миа" and "Срна"): the agency
     * only when written in capitals, as wires sign ("SANA", "MIA"). Lower case, as {@link #NAMES} lists them.
     */
    private static final Set<String> CAPITALS_ONLY = Set.of("sana", "ina", "mia", "ata", "ona", "nan", "ani", "ena", "abi", "lana",
            "ami", "aim", "uni", "spa", "миа", "mina", "atop", "srna", "срна");

    /**
     * The nouns for "news agency" a byline in a caseless script sets before the agency's own name, which may
     * be written in Latin letters ("סוכנות הידיעות AP", "وكالة رويترز", "خبرگزاری ایرنا"): with the name after
     * them, the words are the agency's name, all of them. Lower case, each followed by a blank.
     */
    private static final List<String> AGENCY_NOUNS = List.of(
            "סוכנות הידיעות ", "סוכנות החדשות ", "סוכנות ", "وكالة الأنباء ", "وكالة أنباء ", "وكالة ", "خبرگزاری ");

    /**
     * The Turkish capital "İ" as a locale-free lower-casing writes it, "i" and a combining dot above: the Turkish
     * wires sign in capitals ("(İHA)", "İhlas Haber Ajansı"), and their names are listed with the plain "i".
     */
    private static final String TURKISH_DOTTED_I_LOWERED = "i\u0307";

    private NewsAgencies() {
    }

    /**
     * A wire's dated dateline set on a line of its own over its copy, the wire in brackets closing it, as Spanish papers set
     * Europa Press's: "LUGO, 5 (EUROPA PRESS)", "MADRID, 5 Dic. (EUROPA PRESS)", "Santiago, 5 dic (EFE)". The place, a comma
     * and the day's figures (perhaps a month's short name) before the bracket, and nothing after it, tell the dateline from
     * a line or a sentence that ends on a wire's name. Group 1 the wire.
     */
    private static final Pattern DATED_DATELINE_LINE = Pattern.compile(
            "^\\p{Lu}[^,()\\[\\]]{1,40},\\s*\\p{N}{1,2}(?:\\s+\\p{L}{3,10}\\.?)?\\s*[(\\[](" + IN_CREDITS + ")[)\\]]\\s*[.:]?\\s*$");

    /** The longest {@link #DATED_DATELINE_LINE}: a place, a day and a wire. */
    private static final int MAX_DATED_DATELINE_LINE_CHARS = 90;

    /**
     * The wire a line that is only a {@link #DATED_DATELINE_LINE} names, spelt as its credits spell it ({@link #asCredited}
     * for a written-out name in capitals, "EUROPA PRESS"); null for any other line.
     */
    public static String datedDatelineLine(String line) {
        if (line.length() > MAX_DATED_DATELINE_LINE_CHARS || line.isEmpty() || !Character.isUpperCase(line.charAt(0))
                || line.indexOf(',') < 0 || line.indexOf(')') < 0 && line.indexOf(']') < 0) {
            return null;
        }
        Matcher m = DATED_DATELINE_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return capitalsAsCredited(m.group(1));
    }

    /**
     * Wires whose name is one written-out word that their copy sets in capitals ("MADRID, 4 (SERVIMEDIA) -", "(SERVIMEDIA)"
     * closing it) while the wire spells itself in lower case: no acronym, so credited as {@link #IN_CREDITS} spells it
     * first. Wires whose own name is set in capitals ("AGERPRES", "KAZINFORM") are not among them.
     */
    private static final Set<String> ONE_WORD_NAMES_IN_CAPITALS = Set.of("SERVIMEDIA");

    /**
     * A wire's line over its copy naming the place and the reporter after slashes, as Anadolu's clients set it: "AA /
     * Sarajevo / Amra Hodžić", "AA / Abidjan / Kouassi Yao". The wire, the place (one to three capitalised words) and two
     * to four capitalised words of a name, and nothing else: a sentence is none. Group 1 the wire, group 2 the reporter.
     */
    private static final Pattern WIRE_PLACE_REPORTER_LINE = Pattern.compile(
            "^(" + IN_CREDITS + ")\\s*/\\s*\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,2}\\s*/\\s*"
                    + "(\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){1,3})\\s*$");

    /** A {@link #WIRE_PLACE_REPORTER_LINE} is this long at most: a wire, a place and a name. */
    private static final int MAX_WIRE_PLACE_REPORTER_CHARS = 90;

    /** A wire's line naming its reporter ({@link #wirePlaceReporterLine}): the wire, the credit; the reporter, the author. */
    public record WireReporter(String wire, String reporter) {
    }

    /**
     * The wire and the reporter of a line that is only a {@link #WIRE_PLACE_REPORTER_LINE}, or null: the body's credit and
     * the author finder read the same line.
     */
    public static WireReporter wirePlaceReporterLine(String line) {
        int slash = line.indexOf('/');
        if (line.length() > MAX_WIRE_PLACE_REPORTER_CHARS || slash < 1 || line.indexOf('/', slash + 1) < 0) {
            return null; // two slashes: most lines hold none
        }
        Matcher m = WIRE_PLACE_REPORTER_LINE.matcher(line.strip());
        return m.matches() ? new WireReporter(m.group(1), m.group(2)) : null;
    }

    /**
     * A wire's written-out name set in capitals in a dateline ("MADRID, 5 Dic. (EUROPA PRESS) -", "(SERVIMEDIA)") as its
     * credits spell it ({@link #asCredited}); acronyms and names in other cases as written.
     */
    public static String capitalsAsCredited(String wire) {
        return (wire.indexOf(' ') > 0 || ONE_WORD_NAMES_IN_CAPITALS.contains(wire)) && wire.equals(wire.toUpperCase(Locale.ROOT))
                ? asCredited(wire) : wire;
    }

    /**
     * The wires' names by their lower-cased form, each to the spelling {@link #IN_CREDITS} lists first: the one their
     * bracketed credits use ("ats" → "ATS", "afp" → "AFP", while "dpa" stays as the German wire spells itself).
     */
    private static final Map<String, String> FIRST_SPELLINGS = java.util.Arrays.stream(IN_CREDITS.split("\\|"))
            .collect(java.util.stream.Collectors.toMap(w -> w.toLowerCase(Locale.ROOT), w -> w, (first, later) -> first));

    /**
     * The wire's name as its credits spell it ({@link #FIRST_SPELLINGS}), for a sign-off that writes it in lower case
     * ("ats/jfe"); the name as given when it is none of {@link #IN_CREDITS}.
     */
    public static String asCredited(String wire) {
        return FIRST_SPELLINGS.getOrDefault(wire.toLowerCase(Locale.ROOT), wire);
    }

    /**
     * The word joining a desk's initials to the wire its copy was written with, in a {@link #DESK_SIGN_OFF} that names the
     * desk first ("cro avec ats", "fme avec ats/reuters"): "with" in the languages whose papers sign so.
     */
    private static final String DESK_WITH_WIRE = "(?:avec|with|con|mit|com)";

    /**
     * A wire's sign-off closing its copy on a line of its own: the wire's name and the initials of the desk's editors in
     * lower case after a slash, as French-speaking Switzerland's papers and broadcaster close the Swiss wire's and the
     * world's copy they edited ("ats/jfe", "ats/afp/vkiss", "afp/ther"), and French-speaking Africa's and Haiti's close
     * their national wires' ("AHP/ jmd", "(AIP) sks/kp"); or the desk's initials first and the wire after "with"
     * ({@link #DESK_WITH_WIRE}), as the Swiss broadcaster signs copy its desk wrote from the wire's ("cro avec ats"). The
     * wire in any case, the initials in lower case. Group 1, 2 or 3 the first wire, the credit; the body's credit and the
     * author finder read the same line.
     */
    private static final Pattern DESK_SIGN_OFF = Pattern.compile(
            "^(?:(?i:(" + IN_CREDITS + "))(?:\\s?/\\s?(?i:" + IN_CREDITS + "))*(?:\\s?/\\s?\\p{Ll}{2,8}){1,3}"
                    + "|[(\\[](" + IN_CREDITS + ")[)\\]]\\s*\\p{Ll}{2,8}(?:\\s?/\\s?\\p{Ll}{2,8}){1,3}"
                    + "|\\p{Ll}{2,8}(?:\\s?/\\s?\\p{Ll}{2,8}){0,2}\\s+" + DESK_WITH_WIRE
                    + "\\s+(?i:(" + IN_CREDITS + "))(?:\\s?/\\s?(?i:" + IN_CREDITS + "))*)$");

    /** The words of {@link #DESK_WITH_WIRE}, blanks around them, as {@link #mayBeDeskSignOff} looks for them. */
    private static final List<String> DESK_WITH_WIRE_WORDS = List.of(" avec ", " with ", " con ", " mit ", " com ");

    /**
     * False when the line cannot be a {@link #DESK_SIGN_OFF}: longer than one, or holding neither a slash after its start nor
     * a word of {@link #DESK_WITH_WIRE}. Most lines are refused here, without the pattern.
     */
    public static boolean mayBeDeskSignOff(String line) {
        if (line.length() > MAX_DESK_SIGN_OFF_CHARS) {
            return false;
        }
        if (line.indexOf('/') > 0) {
            return true;
        }
        for (String word : DESK_WITH_WIRE_WORDS) {
            if (line.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A {@link #DESK_SIGN_OFF} is this long at most: a wire or two and three editors' initials. */
    public static final int MAX_DESK_SIGN_OFF_CHARS = 40;

    /**
     * The wire a line that is only a {@link #DESK_SIGN_OFF} credits, spelt as its credits spell it ({@link #asCredited}:
     * "ats/jfe" gives "ATS"); null when the line is none.
     */
    public static String wireOfDeskSignOff(String line) {
        if (!mayBeDeskSignOff(line)) {
            return null;
        }
        java.util.regex.Matcher m = DESK_SIGN_OFF.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return asCredited(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }

    /**
     * A wire's sign-off closing its copy: its name, a slash and, in brackets, its staff by role, as Romania's Agerpres signs
     * and the papers running its copy keep it: "AGERPRES/(A - autor: Ana Popescu, editor: Mihai Ionescu, editor online:
     * Gabriela Badea)" (the desk's initials and a dash may open the bracket). Group "wire" the wire; group "writer" the
     * name after "autor:" when the bracket opens with it, up to the next comma or the bracket. The editors edit, the
     * writer wrote: a bracket of editors alone names no writer.
     */
    private static final Pattern STAFF_SIGN_OFF = Pattern.compile(
            "^(?<wire>" + IN_CREDITS + ")\\s*/\\s*\\((?:\\s*\\p{Lu}{1,4}\\s*[-–]\\s*)?\\s*"
                    + "(?:(?:autor|autori)\\s*:\\s*(?<writer>[^,()]{3,60}?)\\s*(?:,[^()]{0,200})?|editor\\s*:[^()]{1,200})\\)\\s*\\.?$");

    /** A {@link #STAFF_SIGN_OFF} line is this long at most: the wire, its staff's roles and names. */
    public static final int MAX_STAFF_SIGN_OFF_CHARS = 260;

    /** A wire's staff sign-off read ({@link #staffSignOff}): the wire, the credit; the writer, or null when only editors are named. */
    public record StaffSignOff(String wire, String writer) {
    }

    /**
     * The wire and the writer of a line that is only a wire's staff sign-off ({@link #STAFF_SIGN_OFF}), or null when the
     * line is none. The body's credit and the author finder read the same line.
     */
    public static StaffSignOff staffSignOff(String line) {
        if (line.length() > MAX_STAFF_SIGN_OFF_CHARS || line.indexOf("/(") < 0 && line.indexOf("/ (") < 0) {
            return null; // the sign-off's slash and bracket: most lines hold neither
        }
        java.util.regex.Matcher m = STAFF_SIGN_OFF.matcher(line.strip());
        return m.matches() ? new StaffSignOff(m.group("wire"), m.group("writer")) : null;
    }

    /** The text without Arabic vowel marks and the tatweel ("العُمانية" reads "العمانية"): a name is the same with or without them. */
    private static String withoutArabicMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isArabicMark(s.charAt(i))) {
                StringBuilder out = new StringBuilder(s.length());
                s.chars().filter(c -> !isArabicMark((char) c)).forEach(c -> out.append((char) c));
                return out.toString();
            }
        }
        return s;
    }

    private static boolean isArabicMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }

    /** True when the name is a news agency's, alone or after a noun of {@link #AGENCY_NOUNS}; Arabic vowel marks aside. */
    public static boolean isAgency(String name) {
        if (name == null) {
            return false;
        }
        String key = withoutArabicMarks(name.trim().toLowerCase(Locale.ROOT).replace(TURKISH_DOTTED_I_LOWERED, "i"));
        if (NAMES.contains(key)) {
            return !CAPITALS_ONLY.contains(key) || name.trim().equals(name.trim().toUpperCase(Locale.ROOT));
        }
        for (String noun : AGENCY_NOUNS) {
            if (key.length() > noun.length() && key.startsWith(noun)) {
                return NAMES.contains(key.substring(noun.length()).trim());
            }
        }
        return false;
    }
}
