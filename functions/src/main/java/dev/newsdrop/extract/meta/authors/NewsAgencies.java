package dev.newsdrop.extract.meta.authors;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * News agencies that sign wire copy, as bylines write them: when a byline names only the agency
 * ("Von dpa", "AFP"), the agency is the article's author, although its name looks like an
 * acronym or a user name rather than a person.
 */
final class NewsAgencies {

    /** Agency names and their usual short forms, lower case; the accented forms as agencies write them. */
    private static final Set<String> NAMES = Set.of(
            "afp", "agence france-presse", "ap", "associated press", "the associated press", "reuters", "thomson reuters",
            "dpa", "deutsche presse-agentur", "sid", "kna", "epd", "dts", "apa", "sda", "keystone-sda", "keystone-ats",
            "ats", "ansa", "efe", "agencia efe", "europa press", "lusa", "anp", "belga", "tt", "ntb", "ritzau", "pap",
            "čtk", "ctk", "mti", "aa", "anadolu", "anadolu ajansı", "anadolu agency", "xinhua", "kyodo", "yonhap", "pti",
            "ians", "ani", "upi", "aap", "pa", "pa media", "press association", "the canadian press", "canadian press",
            "bernama", "antara", "tass", "ria novosti", "interfax", "ukrinform", "тасс", "риа новости", "интерфакс",
            "укрінформ", "kyodo news", "nexta", "agenzia nova", "adnkronos", "agi",
            // Brazilian, Turkish, Japanese and Arabic wires (Japanese papers credit Kyodo and Jiji as "（共同）", "（時事）")
            "agência brasil", "agencia brasil", "agência estado", "estadão conteúdo", "folhapress",
            // Catalan, Mexican, Argentine, Peruvian and Cuban wires (ACN, Notimex, Télam, Andina, Prensa Latina)
            "acn", "agència catalana de notícies", "notimex", "télam", "telam", "andina", "agencia andina", "prensa latina",
            // the state wires of Bolivia (ABI) and Venezuela (AVN), as their clients' datelines bracket them ("La Paz, 4 de diciembre (ABI).-")
            "abi", "agencia boliviana de información", "avn", "agencia venezolana de noticias",
            "iha", "dha", "anka", "ihlas haber ajansı", "demirören haber ajansı", "anka haber ajansı", "共同通信", "時事通信", "共同", "時事",
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
            // National wires of Ethiopia (ENA, as Amharic datelines credit it), Azerbaijan, Kazakhstan, Kyrgyzstan, Uzbekistan, Mongolia,
            // Armenia, the Philippines, Cambodia and Myanmar
            "ኢዜአ", "azərtac", "azertac", "азертадж", "kazinform", "казинформ", "kabar", "кабар", "uza", "montsame", "монцамэ",
            "armenpress", "արմենպրես", "pna", "akp", "mna",
            // National wires of Nepal (RSS, as Nepali datelines credit it: "काठमाडौं, मंसिर १७ (रासस) –"), Bangladesh (BSS, UNB), Ghana,
            // Nigeria and Kenya by their full names; "GNA" too ("Nan" is a given name, "KNA" is listed for the German Catholic agency)
            "रासस", "राष्ट्रिय समाचार समिति", "bss", "বাসস", "বাংলাদেশ সংবাদ সংস্থা", "қазақпарат", "unb", "gna", "ghana news agency", "news agency of nigeria", "kenya news agency",
            // French-speaking Africa's and the Maghreb's national wires: Senegal's and Algeria's APS, Morocco's MAP, Tunisia's TAP,
            // Côte d'Ivoire's AIP, the Congos' ACP, Burkina Faso's AIB, by their short and full names
            "aps", "agence de presse sénégalaise", "algérie presse service", "map", "maghreb arabe presse", "agence maghreb arabe presse",
            "tap", "tunis afrique presse", "agence tunis afrique presse", "aip", "agence ivoirienne de presse", "acp",
            "agence congolaise de presse", "aib", "agence d'information du burkina", "ena", "ethiopian news agency",
            // Lusophone Africa's wires (Angola's ANGOP, Mozambique's AIM, Cape Verde's Inforpress) and Sudan's SUNA by their short and
            // full names; Libya's LANA by its full name only ("Lana" is a given name)
            "angop", "agência angola press", "aim", "agência de informação de moçambique", "inforpress", "suna", "sudan news agency",
            "libyan news agency");

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
    static boolean isAgency(String name) {
        if (name == null) {
            return false;
        }
        String key = withoutArabicMarks(name.trim().toLowerCase(Locale.ROOT).replace(TURKISH_DOTTED_I_LOWERED, "i"));
        if (NAMES.contains(key)) {
            return true;
        }
        for (String noun : AGENCY_NOUNS) {
            if (key.length() > noun.length() && key.startsWith(noun)) {
                return NAMES.contains(key.substring(noun.length()).trim());
            }
        }
        return false;
    }
}
