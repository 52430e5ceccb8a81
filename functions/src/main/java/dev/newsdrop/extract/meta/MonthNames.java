package dev.newsdrop.extract.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Month names as datelines write them, one table per language group: row {@code i} lists the
 * spellings of month {@code i + 1} (full, abbreviated, genitive, with or without accents). Data only;
 * {@link DateParser} reads dates with it.
 */
final class MonthNames {

    /** English, full and abbreviated. */
    private static final String[][] ENGLISH = {
            {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
    /** French, with and without accents. */
    private static final String[][] FRENCH = {
            {"janvier", "janv"}, {"février", "fevrier", "févr", "fevr", "fév"}, {"mars"}, {"avril", "avr"}, {"mai"},
            {"juin"}, {"juillet", "juil"}, {"août", "aout"}, {"septembre"}, {"octobre"}, {"novembre"},
            {"décembre", "decembre", "déc"}};
    /** Arabic, written as normalize() leaves them (alef forms unified). */
    private static final String[][] ARABIC = {
            {"يناير", "كانون الثاني", "جانفي"},
            {"فبراير", "شباط", "فيفري"},
            {"مارس", "اذار"},
            {"ابريل", "نيسان", "افريل"},
            {"مايو", "ايار", "ماي"},
            {"يونيو", "يونيه", "حزيران", "جوان"},
            {"يوليو", "يوليه", "تموز", "جويلية", "جويلة", "يوليوز"},
            {"اغسطس", "اب", "اوت", "غشت"},
            {"سبتمبر", "ايلول", "شتنبر"},
            {"اكتوبر", "تشرين الاول"},
            {"نوفمبر", "تشرين الثاني", "نونبر"},
            {"ديسمبر", "كانون الاول", "دجنبر"}};
    /** German and Austrian. */
    private static final String[][] GERMAN = {
            {"januar", "jänner"}, {"februar"}, {"märz", "maerz"}, {"april"}, {"mai"}, {"juni"}, {"juli"}, {"august"},
            {"september"}, {"oktober", "okt"}, {"november"}, {"dezember", "dez"}};
    /**
     * Spanish, Italian and Portuguese, with the abbreviations their datelines use ("12 dic 2023",
     * "3 ago 2022"); "set" and "out" are left out, being English words.
     */
    private static final String[][] SPANISH_ITALIAN_PORTUGUESE = {
            {"enero", "gennaio", "janeiro", "ene", "gen"}, {"febrero", "febbraio", "fevereiro", "fev"},
            {"marzo", "março", "marco"}, {"abril", "aprile", "abr"}, {"mayo", "maggio", "maio", "mag"},
            {"junio", "giugno", "junho", "giu"}, {"julio", "luglio", "julho", "lug"}, {"agosto", "ago"},
            {"septiembre", "settembre", "setembro", "sett"}, {"octubre", "ottobre", "outubro", "ott"},
            {"noviembre", "novembre", "novembro"}, {"diciembre", "dicembre", "dezembro", "dic"}};
    /** Russian and Ukrainian (the genitive of dates, and the nominative), Polish and Czech (genitive). */
    private static final String[][] SLAVIC = {
            {"января", "январь", "січня", "stycznia", "ledna"},
            {"февраля", "февраль", "лютого", "lutego", "února", "unora"},
            {"марта", "март", "березня", "marca", "března", "brezna"},
            {"апреля", "апрель", "квітня", "kwietnia", "dubna"},
            {"мая", "май", "травня", "maja", "května", "kvetna"},
            {"июня", "июнь", "червня", "czerwca", "června", "cervna"},
            {"июля", "июль", "липня", "lipca", "července", "cervence"},
            {"августа", "август", "серпня", "sierpnia", "srpna"},
            {"сентября", "сентябрь", "вересня", "września", "wrzesnia", "září", "zari"},
            {"октября", "октябрь", "жовтня", "października", "pazdziernika", "října", "rijna"},
            {"ноября", "ноябрь", "листопада", "listopada", "listopadu"},
            {"декабря", "декабрь", "грудня", "grudnia", "prosince"}};
    /** Dutch (with its abbreviation "mrt"), Swedish, Danish and Norwegian; Turkish; Indonesian and Malay; Greek (genitive). */
    private static final String[][] NORDIC_DUTCH_TURKISH_MALAY_GREEK = {
            {"januari", "ocak", "ιανουαρίου"},
            {"februari", "şubat", "subat", "φεβρουαρίου"},
            {"maart", "mrt", "marts", "mart", "maret", "mac", "μαρτίου"},
            {"nisan", "απριλίου"},
            {"mei", "maj", "mayıs", "mayis", "μαΐου"},
            {"haziran", "ιουνίου"},
            {"temmuz", "ιουλίου"},
            {"augustus", "augusti", "ağustos", "agustos", "agustus", "ogos", "αυγούστου"},
            {"eylül", "eylul", "σεπτεμβρίου"},
            {"ekim", "οκτωβρίου"},
            {"kasım", "kasim", "νοεμβρίου"},
            {"desember", "aralık", "aralik", "disember", "δεκεμβρίου"}};
    /** Hebrew, alone and with the prefix ב ("in") dates write ("27 במרץ 2024"); Hindi, in both spellings. */
    private static final String[][] HEBREW_HINDI = {
            {"ינואר", "בינואר", "जनवरी"},
            {"פברואר", "בפברואר", "फ़रवरी", "फरवरी"},
            {"מרץ", "במרץ", "מרס", "במרס", "मार्च"},
            {"אפריל", "באפריל", "अप्रैल"},
            {"מאי", "במאי", "मई"},
            {"יוני", "ביוני", "जून"},
            {"יולי", "ביולי", "जुलाई"},
            {"אוגוסט", "באוגוסט", "अगस्त"},
            {"ספטמבר", "בספטמבר", "सितंबर", "सितम्बर"},
            {"אוקטובר", "באוקטובר", "अक्टूबर", "अक्तूबर"},
            {"נובמבר", "בנובמבר", "नवंबर", "नवम्बर"},
            {"דצמבר", "בדצמבר", "दिसंबर", "दिसम्बर"}};

    /** Every table, in the order they are read: a spelling met twice keeps the later table's month. */
    private static final List<String[][]> TABLES = List.of(ENGLISH, FRENCH, ARABIC, GERMAN,
            SPANISH_ITALIAN_PORTUGUESE, SLAVIC, NORDIC_DUTCH_TURKISH_MALAY_GREEK, HEBREW_HINDI);

    private MonthNames() {
    }

    /** Month numbers (1-12) by spelling, normalized as {@link DateParser#normalize} leaves text. */
    static Map<String, Integer> byNormalizedName() {
        Map<String, Integer> m = new HashMap<>();
        for (String[][] table : TABLES) {
            for (int i = 0; i < 12; i++) {
                for (String name : table[i]) {
                    m.put(DateParser.normalize(name), i + 1);
                }
            }
        }
        return Map.copyOf(m);
    }
}
