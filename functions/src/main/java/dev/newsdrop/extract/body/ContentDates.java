package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.dates.DateParser;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.newsdrop.extract.body.ContentPruner.SPACES;

/**
 * Dates on a short line that are the text's content, not a dateline that leaked into it: a deadline's or a product's
 * labelled date, an event's date marked up as such, a period ("27. Juni bis 29. Juni"), a signature's dated line, a
 * field's value in a definition or a table row.
 */
final class ContentDates {

    /** A date as the definition of a term or in a table row is a field's value ("Zeitraum: 3. Juni"), not a dateline. */
    static final Set<String> DATED_FIELD_TAGS = Set.of("dt", "dd", "tr");


    /**
     * Parts of the words that label a deadline, lower case: German and Nordic compounds of "Frist"
     * and "Schluss" ("Bewerbungsfrist", "Ansøgningsfrist", "Søknadsfrist", "Anmeldeschluss"), and the
     * words of other languages ("deadline", "closing date", "date limite", "fecha límite", "plazo",
     * "scadenza", "sluitingsdatum", Polish and Czech "termin"/"termín", "uzávěrka"). A date so labelled
     * is a term of the text (a job ad's, a call's, a notice's), not its dateline.
     */
    static final List<String> DEADLINE_LABEL_PARTS = List.of("frist", "schluss", "deadline", "closing date", "date limite",
            "fecha límite", "fecha limite", "plazo", "scadenza", "sluitingsdatum", "termin", "termín", "uzávěrka");

    /**
     * Parts of the words that label a product's date, lower case: the best-before, use-by and expiry dates a recall notice
     * or a product test gives ("Mindesthaltbarkeitsdatum", "MHD", "Verbrauchsdatum", "Fecha de caducidad", "consumo
     * preferente", "date limite de consommation", "à consommer jusqu'au", "DLC", "DDM", "da consumarsi", "ten minste
     * houdbaar tot", "najlepiej spożyć przed", "data ważności", "validade", "son tüketim", "best before", "use by",
     * "expiry"). A date so labelled is the product's, a term of the text, not its dateline.
     */
    static final List<String> PRODUCT_DATE_LABEL_PARTS = List.of("mindesthaltbar", "mhd", "verbrauchsdatum", "caducidad",
            "consumo preferente", "consommer", "dlc", "ddm", "dluo", "da consumarsi", "houdbaar", "spożyć", "ważności",
            "validade", "son tüketim", "best before", "use by", "expiry", "expiration");

    /** A label is at most this long: the words before the colon of "Bewerbungsfrist: 15. Januar". */
    private static final int MAX_LABEL_CHARS = 40;

    /**
     * True when the line opens with a label naming a deadline ({@link #DEADLINE_LABEL_PARTS}) or a product's date
     * ({@link #PRODUCT_DATE_LABEL_PARTS}) before a colon: a term of the text.
     */
    static boolean isDeadline(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > MAX_LABEL_CHARS) {
            return false;
        }
        String label = text.substring(0, colon).toLowerCase(Locale.ROOT);
        for (String part : DEADLINE_LABEL_PARTS) {
            if (label.contains(part)) {
                return true;
            }
        }
        for (String part : PRODUCT_DATE_LABEL_PARTS) {
            if (label.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * schema.org's properties of the date of the thing a page describes, set as microdata: an
     * Event's start, end and door time ({@code <time itemprop="startDate">}). A line holding one is
     * the event's date, content of its page; a publication's dateline is {@code datePublished}.
     */
    static final Set<String> EVENT_DATE_ITEMPROPS = Set.of("startdate", "enddate", "doortime");

    /** Elements looked at in a short dated line for an event's date: a label, a time, a few spans. */
    private static final int MAX_EVENT_DATE_ELEMENTS = 24;

    /** True when the line or an element in it carries an event's date as microdata ({@link #EVENT_DATE_ITEMPROPS}). */
    static boolean holdsEventDate(Element line) {
        int asked = 0;
        Element x = line;
        while (x != null && asked++ < MAX_EVENT_DATE_ELEMENTS) {
            String itemprop = Blocks.attr(x, "itemprop");
            if (!itemprop.isEmpty() && EVENT_DATE_ITEMPROPS.contains(itemprop.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
            x = EdgeTrimmer.nextElement(x, line);
        }
        return false;
    }

    /**
     * Words that join the two ends of a period ("27. Juni bis 29. Juni", "3 to 5 May", "du 4 au 6
     * juillet", "del 2 al 9 de mayo", "van 3 tot 5 mei", "od 2 do 4 lipca"). A dash is not among them:
     * it also joins a dateline's date and time ("14.03.2025 – 06:00 Uhr").
     */
    static final Set<String> PERIOD_JOINERS = Set.of(
            "bis", "to", "until", "till", "through", "au", "jusqu'au", "al", "hasta", "tot", "do", "t/m");

    /** Words looked at on each side of a joiner for a number: "27. Juni bis Sonntag, 29. Juni" has two between. */
    private static final int PERIOD_END_WORDS = 3;

    /**
     * True when the line is a period, a date range: a {@link #PERIOD_JOINERS} word with a number
     * among the few words on each side of it. An event's or an exhibition's dates, the content of its
     * page; a publication's dateline is one instant.
     */
    static boolean isPeriod(String text) {
        String[] w = SPACES.split(text.toLowerCase(Locale.ROOT));
        for (int i = 1; i < w.length - 1; i++) {
            if (PERIOD_JOINERS.contains(w[i]) && hasDigit(w, i - PERIOD_END_WORDS, i) && hasDigit(w, i + 1, i + 1 + PERIOD_END_WORDS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String[] words, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(words.length, to); i++) {
            for (int j = 0; j < words[i].length(); j++) {
                if (Character.isDigit(words[i].charAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the block is set in lines by {@code <br>}, the first dated and a later one not: a
     * signature ("Lindenfeld, 08.03.2024 / Petra Ohlig / Bürgermeisterin") or an issuer's block under
     * a notice's date, where a dateline is one line (or lines of dates: "Published … / Updated …").
     * A byline's block names the writer first.
     */
    static boolean isDatedSignature(Element e) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof Element child && child.normalName().equals("br")) {
                lines.add(line.toString().strip());
                line.setLength(0);
            } else if (n instanceof TextNode t) {
                line.append(t.text());
            } else if (n instanceof Element child) {
                line.append(child.text());
            }
        }
        lines.add(line.toString().strip());
        lines.removeIf(String::isEmpty);
        if (lines.size() < 2 || DateParser.parseText(lines.get(0)) == null) {
            return false;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (DateParser.parseText(lines.get(i)) == null) {
                return true;
            }
        }
        return false;
    }}
