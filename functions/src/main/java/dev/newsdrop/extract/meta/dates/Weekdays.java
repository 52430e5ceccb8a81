package dev.newsdrop.extract.meta.dates;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/**
 * Weekday names as dates are written beside them ("Fri, 10/03/2025", "Fr., 10/03/2025", "vendredi 10/03/2025"):
 * the name tells which reading of an ambiguous numeric date is meant, since only one of the two falls on that
 * day. Full names in the languages below are read on any page (a site in Polish or Turkish whose template declares
 * the default "en-US" writes its weekday beside a day-first date); the short forms, which other languages' words
 * may spell, only on a page of their language (English's on any page: the CMSs' default formats write them).
 */
final class Weekdays {

    /**
     * Full names and short forms by language, Monday first; short forms as written without their dot; in lower
     * case as {@link DateSpelling#normalize} leaves the text (Greek without its accents).
     */
    private static final String[][][] NAMES = {
            {{"en"}, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
                    {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}},
            {{"de"}, {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"},
                    {"mo", "di", "mi", "do", "fr", "sa", "so"}},
            {{"fr"}, {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
                    {"lun", "mar", "mer", "jeu", "ven", "sam", "dim"}},
            {{"es"}, {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
                    {"lun", "mar", "mié", "jue", "vie", "sáb", "dom"}},
            {{"it"}, {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
                    {"lun", "mar", "mer", "gio", "ven", "sab", "dom"}},
            {{"pt"}, {"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"},
                    {"seg", "ter", "qua", "qui", "sex", "sáb", "dom"}},
            {{"nl"}, {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
                    {"ma", "di", "wo", "do", "vr", "za", "zo"}},
            {{"sv"}, {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"},
                    {"mån", "tis", "ons", "tors", "fre", "lör", "sön"}},
            {{"da"}, {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"},
                    {"man", "tir", "ons", "tor", "fre", "lør", "søn"}},
            {{"pl"}, {"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"},
                    {"pon", "wt", "śr", "czw", "pt", "sob", "niedz"}},
            {{"cs"}, {"pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"},
                    {"po", "út", "st", "čt", "pá", "so", "ne"}},
            {{"sk"}, {"pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"},
                    {"po", "ut", "st", "št", "pi", "so", "ne"}},
            {{"hr"}, {"ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"},
                    {"pon", "uto", "sri", "čet", "pet", "sub", "ned"}},
            {{"ru"}, {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"},
                    {"пн", "вт", "ср", "чт", "пт", "сб", "вс"}},
            {{"uk"}, {"понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"},
                    {"пн", "вт", "ср", "чт", "пт", "сб", "нд"}},
            {{"tr"}, {"pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"},
                    {"pzt", "sal", "çar", "per", "cum", "cmt", "paz"}},
            {{"hu"}, {"hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"},
                    {"hét", "kedd", "sze", "csüt", "pén", "szo", "vas"}},
            {{"ro"}, {"luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"},
                    {"lun", "mar", "mie", "joi", "vin", "sâm", "dum"}},
            {{"fi"}, {"maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"},
                    {"ma", "ti", "ke", "to", "pe", "la", "su"}},
            {{"el"}, {"δευτερα", "τριτη", "τεταρτη", "πεμπτη", "παρασκευη", "σαββατο", "κυριακη"}, // as read: accents dropped
                    {"δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ", "κυρ"}},
            {{"id"}, {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"},
                    {"sen", "sel", "rab", "kam", "jum", "sab", "min"}},
            {{"ms"}, {"isnin", "selasa", "rabu", "khamis", "jumaat", "sabtu", "ahad"},
                    {"isn", "sel", "rab", "kha", "jum", "sab", "ahd"}},
            {{"tl"}, {"lunes", "martes", "miyerkules", "huwebes", "biyernes", "sabado", "linggo"},
                    {"lun", "mar", "miy", "huw", "biy", "sab", "lin"}},
    };

    /** Full names of every language above, and English's short forms: read on any page. */
    private static final Map<String, DayOfWeek> ANY_PAGE = new HashMap<>();

    /** Short forms by language, read on a page of that language. */
    private static final Map<String, Map<String, DayOfWeek>> SHORT_BY_LANGUAGE = new HashMap<>();

    static {
        for (String[][] language : NAMES) {
            Map<String, DayOfWeek> shortForms = new HashMap<>();
            for (int i = 0; i < 7; i++) {
                ANY_PAGE.put(language[1][i], DayOfWeek.of(i + 1));
                shortForms.put(language[2][i], DayOfWeek.of(i + 1));
            }
            SHORT_BY_LANGUAGE.put(language[0][0], Map.copyOf(shortForms));
            if (language[0][0].equals("en")) {
                ANY_PAGE.putAll(shortForms);
            }
        }
    }

    /** Characters before a date read for its weekday: "poniedziałek, ", "segunda-feira, " with their commas fit. */
    private static final int MAX_CHARS_BEFORE = 20;

    private Weekdays() {
    }

    /**
     * The weekday named just before {@code at} in lower-cased text (the last word there, a dot, comma or
     * spaces after it), or null when that word names none. The page's language is asked only for a word no page's
     * weekdays spell ({@link DateLanguage#deferred}).
     */
    static DayOfWeek namedBefore(String text, int at, DateLanguage language) {
        int end = at;
        int floor = Math.max(0, at - MAX_CHARS_BEFORE);
        while (end > floor && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',' || text.charAt(end - 1) == '.')) {
            end--;
        }
        int start = end;
        while (start > floor && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        if (start == end || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return null; // no word there, or one longer than any weekday's name
        }
        String word = text.substring(start, end);
        DayOfWeek day = ANY_PAGE.get(word);
        if (day == null && language.language() != null) {
            day = SHORT_BY_LANGUAGE.getOrDefault(language.language(), Map.of()).get(word);
        }
        return day;
    }
}
