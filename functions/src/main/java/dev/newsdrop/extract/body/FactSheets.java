package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.dates.DateParser;
import org.jsoup.nodes.Element;

import java.util.Set;

import static dev.newsdrop.extract.body.ContentPruner.isBoilerplateLine;

/**
 * An event's or a place's fact sheet: lines opened by a bold label ("<b>Ort:</b> Stadthalle"), several of them neither
 * dates nor boilerplate. Its date is the thing's date, not the page's, and its lines at the top of the text are the
 * facts, not a post's crumbs.
 */
final class FactSheets {

    /** Label elements of a field's line ("<b>Datum:</b> 19. Februar"). */
    private static final Set<String> FIELD_LABEL_TAGS = Set.of("b", "strong");

    /** The lines of a fact sheet: the items of a list, or paragraphs one under the other ("<p><b>Ort:</b> Stadthalle</p>"). */
    private static final Set<String> FACT_LINE_TAGS = Set.of("li", "p");

    /** A list item is a fact of a list of facts when at least this many of its siblings are facts too. */
    private static final int MIN_FACT_SIBLINGS = 2;

    /** Siblings looked at for facts: a fact sheet is a short list. */
    private static final int MAX_FACT_SIBLINGS_ASKED = 12;

    /**
     * True when the element is a labelled field ("<b>Datum:</b> Donnerstag, 19. Februar 2026") in a
     * list whose other items are labelled fields too, at least {@link #MIN_FACT_SIBLINGS} of them
     * neither dates nor boilerplate ("Ort: Naturschutzzentrum", "Kosten: Eintritt frei"): an event's
     * or a place's fact sheet, where the date is the thing's date, like a {@code <dd>}'s. A post's
     * meta list ("Datum: …", "Autor: Redaktion", "Lesezeit: 2 Minuten") has no such facts beside
     * its date: its other lines are a byline and a reading time.
     */
    static boolean isFieldAmongFacts(Element e) {
        return isLabelledFactLine(e) && hasFactFields(e, false);
    }

    /**
     * True when the line is a field of a fact sheet ({@link #isFieldAmongFacts}'s list, itself
     * counted): a labelled field with at least {@link #MIN_FACT_SIBLINGS} fields of its list, or of
     * its run of paragraphs, neither dates nor boilerplate ("Miejsce: Rynek Główny", "Wstęp:
     * bezpłatny"). Such lines at the top of the text are the event's facts, not a post's crumbs
     * ({@link EdgeTrimmer}); a meta list's "Autor:" and "Lesezeit:" lines are no facts.
     */
    static boolean isFactSheetLine(Element e) {
        return isLabelledFactLine(e) && hasFactFields(e, true);
    }

    /** True when the element is a line of a kind fact sheets are set in, opened by a label. */
    private static boolean isLabelledFactLine(Element e) {
        return FACT_LINE_TAGS.contains(e.normalName()) && isLabelledField(e);
    }

    /**
     * True when the element's list (its parent's first {@link #MAX_FACT_SIBLINGS_ASKED} children) holds at
     * least {@link #MIN_FACT_SIBLINGS} labelled fields that are neither dates nor boilerplate, the element
     * itself counted only when {@code countingItself}.
     */
    private static boolean hasFactFields(Element e, boolean countingItself) {
        int facts = 0;
        int asked = 0;
        Element list = e.parent();
        for (Element s = list == null ? null : list.firstElementChild(); s != null && asked++ < MAX_FACT_SIBLINGS_ASKED; s = s.nextElementSibling()) {
            if ((countingItself || s != e) && isLabelledField(s) && !isBoilerplateLine(s, null, true)
                    && DateParser.parseText(s.text()) == null && ++facts >= MIN_FACT_SIBLINGS) {
                return true;
            }
        }
        return false;
    }

    /** True when the element opens with a bold label ending in a colon, a value after it. */
    private static boolean isLabelledField(Element e) {
        Element label = e.firstElementChild();
        if (label == null || !FIELD_LABEL_TAGS.contains(label.normalName())) {
            return false;
        }
        String labelText = label.text().strip();
        String text = e.text().strip();
        return labelText.endsWith(":") && text.startsWith(labelText) && text.length() > labelText.length();
    }}
