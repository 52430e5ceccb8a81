package dev.newsdrop.extract.meta.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.dayOf;

/**
 * The date of a dateline that opens a paragraph, as agencies and press offices set it: the place in capitals and
 * the date ("BERLIN, 3. Februar 2022 (dpa) –"), the place in sentence case closed by the agency ("Madrid, 2 dic
 * 2026 (EFE).-") or by a dash, an Arabic-script place and date; and the day of such a dateline written without its
 * year, which takes an update's year.
 */
final class WireDatelines {

    /** A wire dateline's place, set in capitals as agencies set it, then a comma ("BERLIN,", "NEW YORK,"). */
    private static final Pattern WIRE_PLACE = Pattern.compile("^\\p{Lu}[\\p{Lu}.'’ -]{1,40}?,\\s*");

    /**
     * A wire dateline's place in capitals set before the day's digits with no comma, as Czech, Slovak and Polish
     * agencies and newsrooms write it ("PRAHA 3. prosince 2026 –", "WARSZAWA 3.12.2026 -"): words of two capitals or
     * more, then the digits at once.
     */
    private static final Pattern WIRE_PLACE_WITHOUT_COMMA = Pattern.compile("^\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,3}\\s+(?=\\p{Nd})");

    /**
     * A wire dateline whose place is written in sentence case, closed by the agency's name in capitals in brackets, as
     * Spanish, Portuguese and Italian agencies set it ("Madrid, 2 dic 2026 (EFE).-", "Lisboa, 2 dez 2026 (Lusa) -",
     * "Roma, 2 dicembre 2026 (ANSA) -"): the place of up to three words, a comma, the date (group 1), the bracketed
     * agency and a stop or dash.
     */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:[ -]\\p{L}+){0,2},\\s*([^()]{6,30}?)\\s*\\(\\p{Lu}[\\p{L}/ -]{1,20}\\)\\s*(?:\\.-|[.\u2013\u2014-])");

    /**
     * A dateline whose place is written in sentence case with no agency after the date, as city halls', ministries' and
     * companies' press offices set it: the place, a comma, the date (group 1), then the stop and dash of Spanish press
     * style or a spaced dash ("Zaragoza, 2 de diciembre de 2026.- El tranvía…", "Roma, 2 dicembre 2026 – Il…"). A sentence
     * that names a place and a date goes on in words, with no dash at once.
     */
    private static final Pattern PRESS_OFFICE_DATELINE = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:[ -]\\p{L}+){0,2},\\s*([^()]{6,30}?)(?:\\.-|\\.?\\s[\u2013\u2014-]\\s)");

    /** Characters after the place read for the dateline's date: "3. Februar 2022", "Feb. 3, 2022". */
    private static final int WIRE_DATE_CHARS = 24;

    /**
     * The date of a wire dateline that opens a paragraph, as agencies and press releases set it: the
     * place, a comma, and the date at once ("BERLIN, 3. Februar 2022 (dpa) -", "WASHINGTON, Feb. 3,
     * 2022 /PRNewswire/ --"); null when the paragraph does not open so.
     */
    static String wireDateline(String paragraph, DateLanguage lang) {
        Matcher place = WIRE_PLACE.matcher(paragraph);
        if (!place.lookingAt()) {
            place = WIRE_PLACE_WITHOUT_COMMA.matcher(paragraph);
            if (!place.lookingAt()) {
                Matcher agency = AGENCY_DATELINE.matcher(paragraph);
                if (agency.lookingAt()) {
                    return DateParser.parseText(agency.group(1), lang);
                }
                Matcher office = PRESS_OFFICE_DATELINE.matcher(paragraph);
                return office.lookingAt() ? DateParser.parseText(office.group(1), lang) : arabicScriptDateline(paragraph, lang);
            }
        }
        String opening = paragraph.substring(place.end(), Math.min(paragraph.length(), place.end() + WIRE_DATE_CHARS));
        if (opening.isEmpty() || !Character.isDigit(opening.charAt(0)) && !Character.isLetter(opening.charAt(0))) {
            return null;
        }
        return DateParser.parseText(opening, lang);
    }

    /**
     * An Arabic-script dateline's place: one to three words, then the Arabic comma (or a comma) or "في"
     * ("in", as the Maghreb's agencies write "الرباط في 23 أكتوبر 2025"): "الرياض، الاثنين 10 جمادى الآخرة
     * 1447هـ الموافق 1 ديسمبر 2025م -". The script has no capitals to mark the place as Latin wires do.
     */
    private static final Pattern ARABIC_SCRIPT_WIRE_PLACE = Pattern.compile(
            "^[\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2}?(?:\\s*[،,]|\\sفي)\\s*");

    /**
     * An Arabic-script dateline whose bracket holds the agency and, after the Arabic comma, the day (group 1), closed by a
     * colon or a dash, as Afghanistan's agencies and the papers running their copy set it: "هرات (پژواک، ۱۳ قوس ۱۴۰۵):".
     */
    private static final Pattern ARABIC_SCRIPT_DAY_IN_BRACKET = Pattern.compile(
            "^[\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2}\\s?[(]\\s?[\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2}\\s?،\\s*(\\p{Nd}[^()]{4,30}?)\\s*[)]\\s?[:\u2013\u2014-]");

    /** After the place, the date at once: its day's digits, or a weekday's one word and then the digits. */
    private static final Pattern ARABIC_SCRIPT_DATE_OPENING = Pattern.compile("^(?:[\\p{IsArabic}\\p{M}]+\\s+)?\\p{Nd}");

    /**
     * Characters after an Arabic-script dateline's place read for its date: a weekday, the Hijri date and
     * the Gregorian one it matches ("الاثنين 10 جمادى الآخرة 1447هـ الموافق 1 ديسمبر 2025م").
     */
    private static final int ARABIC_SCRIPT_WIRE_DATE_CHARS = 70;

    /**
     * What closes an Arabic-script dateline before the text: a dash, a colon, or the agency's bracket
     * ("الرباط في 23 أكتوبر 2025 (ومع) -"). A sentence that cites a date after a place ("أعلنت الوزارة في 23
     * أكتوبر 2025 أن ...") has none there.
     */
    private static final Pattern ARABIC_SCRIPT_DATELINE_END = Pattern.compile("\\s[-–—:(（]|[-–—:]\\s");

    /**
     * The date of an Arabic-script dateline that opens a paragraph ({@link #ARABIC_SCRIPT_WIRE_PLACE}, then
     * the date at once, {@link #ARABIC_SCRIPT_DATE_OPENING}, closed by {@link #ARABIC_SCRIPT_DATELINE_END}), or with the
     * day inside the agency's bracket ({@link #ARABIC_SCRIPT_DAY_IN_BRACKET}), as press agencies and the papers that run
     * their copy date it; null when the paragraph does not open so.
     */
    private static String arabicScriptDateline(String paragraph, DateLanguage lang) {
        if (paragraph.isEmpty() || Character.UnicodeScript.of(paragraph.codePointAt(0)) != Character.UnicodeScript.ARABIC) {
            return null;
        }
        Matcher place = ARABIC_SCRIPT_WIRE_PLACE.matcher(paragraph);
        if (!place.lookingAt()) {
            Matcher bracket = ARABIC_SCRIPT_DAY_IN_BRACKET.matcher(paragraph);
            return bracket.lookingAt() ? DateParser.parseText(bracket.group(1), lang) : null;
        }
        String opening = paragraph.substring(place.end(), Math.min(paragraph.length(), place.end() + ARABIC_SCRIPT_WIRE_DATE_CHARS));
        Matcher end = ARABIC_SCRIPT_DATELINE_END.matcher(opening);
        if (!ARABIC_SCRIPT_DATE_OPENING.matcher(opening).lookingAt() || !end.find()) {
            return null; // "أعلنت الوزارة في 23 أكتوبر ..." runs on as a sentence: no dateline
        }
        return DateParser.parseText(opening.substring(0, end.start()), lang);
    }

    /**
     * The day of a wire dateline written without its year ("BERLIN, 3. Dezember (dpa) -", "PARIS, 3 décembre
     * (AFP) -"), as agencies date a report they file the same day, below an update written with one: the
     * year is the update's, or the one before when the day would fall after the update. Null when the text
     * does not open with such a dateline, or its date has a year (read as any dateline is).
     */
    static String yearlessWireDateline(String text, String update, DateLanguage lang) {
        Matcher place = WIRE_PLACE.matcher(text);
        if (!place.lookingAt()) {
            return null;
        }
        String opening = text.substring(place.end(), Math.min(text.length(), place.end() + WIRE_DATE_CHARS));
        if (opening.isEmpty() || !Character.isDigit(opening.charAt(0)) && !Character.isLetter(opening.charAt(0))
                || DateParser.parseText(opening, lang) != null) {
            return null;
        }
        MonthDay day = DateParser.yearless(opening, lang);
        if (day == null) {
            return null;
        }
        LocalDate updated = dayOf(update);
        LocalDate filed = day.isValidYear(updated.getYear()) ? day.atYear(updated.getYear()) : null;
        return filed == null ? null : (filed.isAfter(updated) ? day.atYear(updated.getYear() - 1) : filed).toString();
    }

    private WireDatelines() {
    }
}
