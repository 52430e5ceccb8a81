package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.text.BoundedText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The writer a Polish public-information bulletin's (BIP) record box names: the box Polish public bodies print under
 * each notice by law ("Metryczka", "Metryka") gives who produced the document ("Wytworzył: Katarzyna Wilk") apart from
 * who posted it on the site ("Opublikował:", the web clerk, as "Posted by" is) and who changed it. The producer is the
 * notice's writer when the box names a person; a department or an office ("Wytworzył: Biuro Komunikacji") is the
 * issuer's own unit, and the issuer signs such a notice ({@link InstitutionIssuer}). Asked only when the page names no
 * writer otherwise.
 */
final class RecordBoxWriter {

    /** The label before the producer, in the record box's own cell (lower case, its colon taken off). */
    static final Set<String> PRODUCER_LABELS = Set.of("wytworzył", "wytworzyła", "informację wytworzył", "informację wytworzyła",
            "wytworzone przez", "wytworzył(a)");

    /** The cells a record box sets its labels in: a definition list's terms, a table's header or data cells. */
    private static final Evaluator LABEL_CELLS = QueryParser.parse("dt, th, td");

    /** A label cell is this short at most: "Informację wytworzyła:". */
    private static final int MAX_LABEL_CHARS = 24;

    private RecordBoxWriter() {
    }

    /** The person the record box names as the producer ({@link #PRODUCER_LABELS}), or none. */
    static List<String> names(PageScan scan) {
        Document doc = scan.document();
        if (doc == null || doc.body() == null) {
            return List.of();
        }
        for (Element cell : doc.body().select(LABEL_CELLS)) {
            if (cell.childrenSize() > 1 || cell.nextElementSibling() == null || !BoundedText.holdsAtMost(cell, MAX_LABEL_CHARS * 2)) {
                continue; // a label's cell holds its word alone, its value in the next cell; a layout table's cell holds more
            }
            String label = cell.text().strip();
            if (label.endsWith(":") || label.endsWith("：")) {
                label = label.substring(0, label.length() - 1).strip();
            }
            if (!PRODUCER_LABELS.contains(label.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String name = cell.nextElementSibling().text().strip(); // the value's cell, found beside the label above
            return AuthorNames.isPersonName(name) && !AuthorNames.namesOrganisationUnit(name) ? List.of(name) : List.of(); // a unit is the issuer's office
        }
        return List.of();
    }
}
