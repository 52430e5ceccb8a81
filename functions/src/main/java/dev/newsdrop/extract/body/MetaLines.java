package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.authors.BylineLeads;
import dev.newsdrop.extract.meta.dates.DateLanguage;
import dev.newsdrop.extract.meta.dates.DateParser;
import dev.newsdrop.extract.text.Words;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.newsdrop.extract.body.BlockTexts.onlyBlanksAfter;
import static dev.newsdrop.extract.body.ContentDates.DATED_FIELD_TAGS;
import static dev.newsdrop.extract.body.ContentDates.holdsEventDate;
import static dev.newsdrop.extract.body.ContentPruner.isInTableCell;
import static dev.newsdrop.extract.body.ContentPruner.words;

/**
 * The meta line under a headline, set again in the text: the writer's and the dates' fields ("Autor: Jelena Marković ·
 * 2. decembar 2026."), the dates' fields alone or labelled ("Publicado em … | Atualizado em …"), a credit and a
 * labelled date, a reading time after the date ("06.12.2026 12 Min."), a byline's line over the date fields.
 */
final class MetaLines {

    /**
     * Minutes in the German-style abbreviation closing a line ("12 Min."): a reading time or a player's length as a meta
     * row sets it, alone or after the date ("06.12.2026 12 Min."), with no label to say so. Its stop is the
     * abbreviation's, no sentence's. Matched with case: "12 min." in a sentence's text is lower-case.
     */
    private static final Pattern MINUTES_AT_END = Pattern.compile("(?:^|\\s)\\d{1,3}\\s?Min\\.$");
    private static final Evaluator LIST_ITEM = QueryParser.parse("li");

    /**
     * True when the short block is a meta box whose first line, a block of its own, is the byline ("Por Rafael Siqueira,
     * Portal Interior — Campinas") and whose loose words after it are the date fields ("27/11/2026 08h12 · Atualizado há
     * 2 horas"): the byline's line is cut alone, and the dates, no block of their own, would stay as a line of the text.
     */
    static boolean isBylineThenDateFields(Element e, String text) {
        Element first = e.firstElementChild();
        if (first == null || !Blocks.isBlock(first) || first.nextElementSibling() != null && Blocks.isBlock(first.nextElementSibling())) {
            return false;
        }
        for (Node n = e.firstChild(); n != first; n = n.nextSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false; // words before the byline's line
            }
        }
        if (onlyBlanksAfter(first)) {
            return false; // the block's text is the line's own: no date fields after it (and a nest of wrappers builds no text twice)
        }
        String byline = first.text().strip();
        String all = text.strip();
        if (byline.isEmpty() || !all.startsWith(byline) || !BylineLeads.opensByline(byline)) {
            return false;
        }
        String rest = all.substring(byline.length()).strip();
        return !rest.isEmpty() && isDateFieldsLine(rest);
    }

    /**
     * True when the short line is minutes alone ({@link #MINUTES_AT_END}: "12 Min.") or a date and then the minutes
     * ("06.12.2026 12 Min."): a meta row's reading time, which ends on the abbreviation's stop where a date line ends on
     * none. A film's running time among its credits ("Laufzeit: 98 Min.") has a label before it, no date.
     */
    static boolean isMinutesAloneOrAfterDate(Element e, String text) {
        Matcher m = MINUTES_AT_END.matcher(text);
        if (!m.find()) {
            return false;
        }
        String before = text.substring(0, m.start()).strip();
        if (before.isEmpty()) {
            return !isInTableCell(e) && !e.nameIs("dd") && !MediaLines.isRunningTimeAmongFacts(e, text); // a film's facts: "<dt>Laufzeit</dt><dd>98 Min.</dd>"
        }
        return !TextStats.endsSentence(before.charAt(before.length() - 1)) && words(before) <= 6
                && !DATED_FIELD_TAGS.contains(e.normalName()) && DateParser.parseText(before) != null && !holdsEventDate(e);
    }

    /** A meta line of a byline's and a date's fields is this short at most. */
    private static final int MAX_META_LINE_CHARS = 120;

    /** Fields of such a meta line at most: the writer, the published and the updated date, a reading time. */
    private static final int MAX_META_LINE_FIELDS = 4;

    /** What parts a meta line's fields: a middle dot, a bullet or a bar between spaces. */
    private static final Pattern META_LINE_FIELD_BREAK = Pattern.compile("\\s+[·•|]\\s+");

    /**
     * True when the line is a meta line of fields set off by a middle dot, a bullet or a bar, one the writer's
     * (a lead and a name, {@link BylineLeads#isWriterField}) and the others dates: "Autor: Jelena Marković ·
     * 2. decembar 2026.", "Actualizat: 2 decembrie 2026, 10:15 · Publicat: ... · de Mihaela Constantinescu".
     * Its last character may be a date's period (Serbian, Croatian, Czech and German write the year so),
     * which marks no sentence.
     */
    static boolean isWriterAndDateFields(String text) {
        if (text.length() > MAX_META_LINE_CHARS || text.indexOf('·') < 0 && text.indexOf('•') < 0 && text.indexOf('|') < 0) {
            return false;
        }
        String[] fields = META_LINE_FIELD_BREAK.split(text.strip(), MAX_META_LINE_FIELDS + 1);
        if (fields.length < 2 || fields.length > MAX_META_LINE_FIELDS) {
            return false;
        }
        boolean writer = false;
        boolean dated = false;
        for (String field : fields) {
            if (!writer && BylineLeads.isWriterField(field)) {
                writer = true;
            } else if (words(field) <= 8 && (DateParser.parseText(field) != null || isRelativeTimeField(field))
                    || writer && isYearlessDayField(field)) {
                dated = true;
            } else {
                return false;
            }
        }
        return writer && dated;
    }

    /** A day and month without a year, as a blog's meta line shows the day after the writer: "May 3", "3. Mai". */
    private static final int MAX_YEARLESS_DAY_FIELD_WORDS = 3;

    /**
     * True when the field is a day and its month alone, no year ("May 3", "3. Mai", "3 di mei"): after the writer's field
     * ("Written by Tom Haverly · May 3", "Geschrieben von Lena Hartung | 3. Mai") the line's other field, the day of the post.
     */
    private static boolean isYearlessDayField(String field) {
        return words(field) <= MAX_YEARLESS_DAY_FIELD_WORDS && DateParser.yearless(field, DateLanguage.UNKNOWN) != null;
    }

    /**
     * True when the line is a meta line that opens with the date and names the writer last, the fields between them
     * figures (a reading time, a word count), set off by a middle dot, a bullet or a bar: "27 novembre 2026 · 3 min · Léa
     * Fontaine", as Hugo's PaperMod and other static-site themes write it under the title ({@link
     * BylineLeads#nameAfterDateFields}). Its first field reads as a date: "1998 · 2 goals · Jane Doe" is no page's date.
     */
    static boolean isDateFieldsThenName(String text) {
        if (text.length() > MAX_META_LINE_CHARS || text.indexOf('·') < 0 && text.indexOf('•') < 0 && text.indexOf('|') < 0
                || !Character.isDigit(text.charAt(0)) && !Character.isLetter(text.charAt(0))) {
            return false;
        }
        if (BylineLeads.nameAfterDateFields(text) == null) {
            return false;
        }
        String first = META_LINE_FIELD_BREAK.split(text.replace('\u00A0', ' ').strip(), 2)[0];
        return words(first) <= MAX_DATE_FIELD_WORDS && DateParser.parseText(first) != null;
    }

    /**
     * True when the line stands among entries of its own shape ({@link #isDateFieldsThenName}): a list's item, or a
     * block whose sibling of its tag before or after is such a line too ("October 14, 2026 · 52 min · Aoife Gallagher" over the next
     * episode's), as a podcast's episodes or a conference's talks are listed. The page's meta line stands alone.
     */
    static boolean amongEntriesOfItsShape(Element e) {
        if (e.normalName().equals("li") || e.closest(LIST_ITEM) != null) {
            return true;
        }
        for (Element sibling : new Element[] {e.previousElementSibling(), e.nextElementSibling()}) {
            if (sibling != null && sibling.normalName().equals(e.normalName()) && isDateFieldsThenName(sibling.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the short line is the page's date fields alone, two or more: dates set off by a middle dot, a bullet or
     * a bar, or by a date field's label ({@link #DATE_FIELD_LABELS}) before the second, one label at least ("22 novembre 2026 Ultimo
     * aggiornamento: 22 novembre 2026, 21:40", "Publicado em 20/11/2026 às 07:30 | Atualizado em 20/11/2026 às 11:02").
     * Each field, its label taken off, reads as a date of a few words: the meta line under a headline, which a line of
     * one date alone is already read as ({@code isBoilerplateLine}); a sentence naming two dates has words between them.
     */
    static boolean isDateFieldsLine(String text) {
        if (text.length() > MAX_META_LINE_CHARS || !Words.holdsDigit(text) || TextStats.endsSentence(text.charAt(text.length() - 1))) {
            return false;
        }
        // the first label sought where one can start: most short lines hold none and are refused without the pattern
        Matcher label = DATE_FIELD_LABEL_SOUGHT.found(text);
        if (label == null) {
            return false; // two dates and no label: an event's period ("29 November 2018 | 20 January 2019"), not the page's dates
        }
        List<String> pieces = new ArrayList<>();
        int at = 0;
        do {
            pieces.add(text.substring(at, label.start()));
            at = label.end();
        } while (label.find());
        pieces.add(text.substring(at));
        int dates = 0;
        for (String piece : pieces) {
            for (String field : META_LINE_FIELD_BREAK.split(piece)) {
                String f = field.strip();
                if (f.isEmpty() || f.equals("·") || f.equals("•") || f.equals("|")) {
                    continue;
                }
                if (dates >= MAX_META_LINE_FIELDS || words(f) > MAX_DATE_FIELD_WORDS
                        || DateParser.parseText(f) == null && !isRelativeTimeField(f) && !CLOCK_FIELD.matcher(f).matches()) {
                    return false;
                }
                dates++;
            }
        }
        return dates >= 2;
    }

    /**
     * True when the short line is one date field, its label first: "Originally Published: December 5, 2026 at 6:00 AM MST",
     * "Veröffentlicht am 3. Dezember 2026, 14:12 Uhr". The label and a date of a few words are all it holds: the page's
     * date, set again under the text by the CMS; a line of the date alone is already read so, and a sentence about a
     * date has words before it or after it.
     */
    static boolean isLabelledDateLine(String text) {
        if (text.length() > MAX_META_LINE_CHARS || !Words.holdsDigit(text) || TextStats.endsSentence(text.charAt(text.length() - 1))) {
            return false;
        }
        Matcher label = DATE_FIELD_LABEL_SOUGHT.found(text);
        if (label == null || label.start() != 0) {
            return false;
        }
        String date = text.substring(label.end()).strip();
        return !date.isEmpty() && words(date) <= MAX_DATE_FIELD_WORDS && DateParser.parseText(date) != null;
    }

    /**
     * A time told relative to now, as a meta line's update field says it ("há 2 horas", "3 ore fa", "2 hours ago", "il y a
     * 5 minutes", "vor 3 Stunden", "hace 2 horas", "2 uur geleden"): a count and a unit of minutes, hours or days.
     */
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?:há|ha) \\d{1,2} (?:minutos?|min|horas?|h|dias?)|\\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago"
                    + "|\\d{1,2} (?:minut[oi]|or[ae]|giorn[oi]) fa|il y a \\d{1,2} (?:minutes?|min|heures?|h|jours?)"
                    + "|vor \\d{1,2} (?:minuten?|min\\.?|stunden?|std\\.?|tagen?)|hace \\d{1,2} (?:minutos?|min|horas?|h|días?)"
                    + "|\\d{1,2} (?:minuten|min\\.?|uur|dagen?) geleden",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A date field that a labelled meta line gives without its year, or as the time alone: the day and month with
     * the period of ordinal numbers ("5.12.", "5.12. 14:30", as Finnish, Scandinavian and German pages write this
     * year's days) and the time of day after it or alone ("14:30", "kl. 16.02", "klo 16.10", "om 12:40"), the
     * update field beside a full date. Only read as a field of a line that {@link #isDateFieldsLine} found a date
     * field's label in, every other field a date too: alone, "16.02" is as likely a number.
     */
    private static final Pattern CLOCK_FIELD = Pattern.compile(
            "(?iu)(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\s*(?:kl\\.?|klo|om|um|at)?\\s*\\d{1,2}[:.]\\d{2})?"
                    + "|(?:kl\\.?|klo|om|um|at)?\\s*\\d{1,2}[:.]\\d{2})");

    /** True when the field, its date label taken off ("Atualizado há 2 horas", "Aggiornato 3 ore fa"), is a {@link #RELATIVE_TIME} alone. */
    static boolean isRelativeTimeField(String field) {
        String f = field.strip();
        if (!Words.holdsDigit(f)) {
            return false;
        }
        Matcher label = DATE_FIELD_LABEL.matcher(f);
        return RELATIVE_TIME.matcher(label.lookingAt() ? f.substring(label.end()) : f).matches();
    }

    /** A date field of a meta line is this many words at most ("22 novembre 2026, 21:40", "20/11/2026 às 07:30"). */
    private static final int MAX_DATE_FIELD_WORDS = 8;

    /**
     * The labels of a page's date field, as a meta line sets one after the credit: updated, (originally) published, posted,
     * in English, German, French, Spanish, Portuguese, Italian, Dutch, Bengali and Hindi; Swedish, Norwegian (both written
     * forms), Danish, Finnish, Icelandic and Luxembourgish ("Publicerad", "Oppdatert", "Julkaistu", "Päivitetty", "Uppfært",
     * "Publizéiert"), Dutch "Laatste update", Danish "Offentliggjort", and the Baltic languages' published and updated
     * (Latvian "Publicēts", "Atjaunots", "Labots", edited; Lithuanian "Paskelbta", "Atnaujinta"; Estonian "Avaldatud",
     * "Uuendatud"). Longer forms first.
     */
    static final List<String> DATE_FIELD_LABELS = List.of("last updated", "updated on", "updated at", "updated",
            "originally published on", "originally published", "first published on", "first published", "published on", "published", "posted on", "posted", "aktualisiert am", "aktualisiert", "veröffentlicht am",
            "veröffentlicht", "stand", "mis à jour le", "mis à jour", "publié le", "publié", "actualizado el", "actualizado",
            "publicado el", "publicado em", "publicado", "atualizado em", "atualizado", "ultimo aggiornamento", "aggiornato il",
            "aggiornato", "pubblicato il", "pubblicato", "bijgewerkt op", "bijgewerkt", "gepubliceerd op", "gepubliceerd", "শেষ আপডেট", "আপডেট",
            "প্রকাশিত", "অন্তিম আপডেট", "अंतिम अपडेट", "अपडेटेड", "अपडेट", "प्रकाशित", "laatste update", "update",
            "publicerad", "publicerat", "uppdaterad", "uppdaterat", "publisert", "oppdatert", "publiceret", "opdateret",
            "udgivet", "offentliggjort", "julkaistu", "päivitetty", "birt", "uppfært", "publizéiert", "aktualiséiert",
            "publicēts", "atjaunināts", "atjaunots", "labots", "paskelbta", "atnaujinta", "avaldatud", "uuendatud");

    /** A date field's label ({@link #DATE_FIELD_LABELS}) as whole words, perhaps closed by a colon. */
    private static final Pattern DATE_FIELD_LABEL = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:"
            + DATE_FIELD_LABELS.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{M}])\\s*[:：]?\\s*");

    /** {@link #DATE_FIELD_LABEL} searched from the first place one of its labels can start ({@link Notices.Sought}). */
    static final Notices.Sought DATE_FIELD_LABEL_SOUGHT = Notices.Sought.of(DATE_FIELD_LABEL);

    /** What parts the credit's fields before the date: a middle dot, a bullet, a bar, a comma, a dash. */
    private static final Pattern CREDIT_FIELD_BREAK = Pattern.compile("\\s*[·•|,–—]\\s*|\\s+-\\s+");

    /** A place after the credit ("Kochi", "কলকাতা") is a word or two. */
    private static final int MAX_PLACE_WORDS = 2;

    /**
     * True when the short line is a credit, perhaps a place, and a labelled date field, the label mid-line:
     * "Staff Reporter | Updated: 3 Dec 2026, 10:12 IST", "Redaktion · Aktualisiert am 3. Dezember 2026",
     * "নিজস্ব সংবাদদাতা কলকাতা শেষ আপডেট: ০২ ডিসেম্বর ২০২৬". The credit is the writer's ({@link BylineLeads#isWriterField})
     * or a desk's with no one named; what follows the label reads as a date. Such a line is the byline's, not text.
     */
    static boolean isCreditAndLabelledDate(String text) {
        if (text.length() > MAX_META_LINE_CHARS || !Words.holdsDigit(text)) {
            return false;
        }
        Matcher label = DATE_FIELD_LABEL_SOUGHT.found(text);
        if (label == null || label.start() == 0) {
            return false;
        }
        String date = text.substring(label.end()).strip();
        if (date.isEmpty() || words(date) > 8 || DateParser.parseText(date) == null) {
            return false;
        }
        String before = text.substring(0, label.start()).strip();
        String[] fields = CREDIT_FIELD_BREAK.split(before);
        List<String> kept = new ArrayList<>();
        for (String f : fields) {
            if (!f.isBlank()) {
                kept.add(f.strip());
            }
        }
        if (kept.isEmpty() || kept.size() > 3) {
            return false;
        }
        for (int i = 1; i < kept.size(); i++) {
            if (words(kept.get(i)) > MAX_PLACE_WORDS) {
                return false;
            }
        }
        String credit = kept.get(0);
        if (BylineLeads.isWriterOrDeskField(credit)) {
            return true;
        }
        if (kept.size() > 1) {
            return false;
        }
        // a place set after the credit with no mark between ("নিজস্ব সংবাদদাতা কলকাতা")
        String[] w = credit.split("\\s+");
        for (int drop = 1; drop <= MAX_PLACE_WORDS && drop < w.length; drop++) {
            if (BylineLeads.isWriterOrDeskField(String.join(" ", java.util.Arrays.copyOf(w, w.length - drop)))) {
                return true;
            }
        }
        return false;
    }}
