package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.TreeWalk;
import dev.newsdrop.extract.meta.authors.PatternOpenings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A "how to cite this page" box: academic blogs, research-institute briefs and think tanks' papers close with a
 * label ("Suggested citation", "Pour citer ce billet", "Zitiervorschlag", "Cómo citar este artículo") and the page
 * itself written out as a reference, its authors, year, title and address. It is apparatus about the page, as a
 * share bar is, not a line of its text, and is cut whole. The reference must name the page's own title, or its main
 * title before a colon or a dash (an essay cited without its subtitle): a heading "How to cite" over a paragraph of a
 * guide that explains citing cites no title of its page, and stays.
 */
final class CitationBox {

    /**
     * Labels of a citation box, a colon after them or not: English, French, German, Spanish, Italian, Dutch and
     * Portuguese, as research sites word them over the reference.
     */
    private static final String LABEL_WORDS =
            "(?:suggested citation|recommended citation|preferred citation|citation|how to cite(?: this (?:article|post|page|paper|brief|publication|report|blog post|piece))?"
                    + "|cite (?:this (?:article|post|page|paper|brief|publication|report|blog post|piece)|as)"
                    + "|pour citer (?:ce|cet|cette) (?:billet|article|document|texte|page|note|publication|contribution)"
                    + "|citer (?:ce|cet|cette) (?:billet|article|document|texte|page|note|publication|contribution)"
                    + "|comment citer (?:ce|cet|cette) (?:billet|article|document|texte|page|note|publication|contribution)"
                    + "|référence électronique|référence papier|référence bibliographique"
                    + "|zitiervorschlag|(?:empfohlene )?zitierweise|zitieren als|zitation|so zitieren sie (?:diesen|dieses|diese) (?:beitrag|artikel|text|publikation)"
                    + "|cómo citar(?: (?:este|esta) (?:artículo|entrada|texto|documento|trabajo|publicación))?|citar como|cita (?:sugerida|recomendada)"
                    + "|para citar (?:este|esta) (?:artículo|entrada|texto|documento|trabajo|publicación)|referencia sugerida"
                    + "|come citare(?: (?:questo|questa) (?:articolo|contributo|post|pagina|pubblicazione))?|citare come|citazione (?:suggerita|consigliata)"
                    + "|per citare (?:questo|questa) (?:articolo|contributo|post|pagina|pubblicazione)"
                    + "|hoe (?:te )?citeren|citeer als|citeerwijze|aanbevolen citatie|aanbevolen citeerwijze"
                    + "|como citar(?: (?:este|esta) (?:artigo|texto|documento|publicação))?|citação sugerida|para citar (?:este|esta) (?:artigo|texto|documento|publicação))";

    /** The label alone on its line. */
    private static final Pattern LABEL = Pattern.compile(LABEL_WORDS + "\\s*[:：]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The label, a colon and the reference on one line ("Zitiervorschlag: Meier, A. (2026): …"). */
    private static final Pattern LABEL_AND_REFERENCE = Pattern.compile(LABEL_WORDS + "\\s*[:：]\\s*(\\S.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The label's words opening a text. */
    private static final Pattern LABEL_OPENING = Pattern.compile(LABEL_WORDS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The first characters of the labels: a block opening with none of them is refused unread. */
    private static final PatternOpenings LABEL_OPENINGS = PatternOpenings.of(LABEL_WORDS);

    /** A box (its label and its reference) is this long at most: a reference, not a section of the text. */
    private static final int MAX_BOX_CHARS = 1000;

    /** Lines of a reference under its label at most (a reference, a "Retrieved from" line, a DOI). */
    private static final int MAX_REFERENCE_LINES = 3;

    /** Characters of the page title's key the reference must hold: a long title is often shortened after them. */
    private static final int TITLE_KEY_CHARS = 40;

    /** A title's key shorter than this is too common a phrase to say that the reference is the page's. */
    private static final int MIN_TITLE_KEY_CHARS = 12;

    /** Nodes walked into a block for its first words: a label sits in a wrapper or two at most. */
    private static final int MAX_OPENING_NODES = 8;

    private CitationBox() {
    }

    /**
     * The blocks of a citation box that the block opens: the block alone when it holds the label and the reference,
     * the block and the one after it when the block is the label alone; an empty list otherwise. Refused on the
     * block's length and its first characters before any line is built.
     */
    static List<Element> blockFrom(Element e, TextStats.Stats s, String title) {
        if (title == null || s.chars > MAX_BOX_CHARS || !opensWithLabel(e)) {
            return List.of();
        }
        List<String> titleKeys = titleKeys(title);
        if (titleKeys.isEmpty()) {
            return List.of();
        }
        List<String> lines = PressContact.lines(e);
        if (lines.isEmpty()) {
            return List.of();
        }
        String first = lines.getFirst();
        if (LABEL.matcher(first).matches()) {
            if (lines.size() > 1) {
                return lines.size() - 1 <= MAX_REFERENCE_LINES && citesTitle(String.join(" ", lines.subList(1, lines.size())), titleKeys)
                        ? List.of(e) : List.of(); // "<div><h3>Suggested citation</h3><p>reference</p></div>"
            }
            Element next = e.nextElementSibling();
            if (next == null || Blocks.isHeading(next) || next.text().length() > MAX_BOX_CHARS) {
                return List.of();
            }
            List<String> reference = PressContact.lines(next);
            return !reference.isEmpty() && reference.size() <= MAX_REFERENCE_LINES && citesTitle(next.text(), titleKeys)
                    ? List.of(e, next) : List.of(); // "<h3>Pour citer ce billet</h3><p>reference</p>"
        }
        var m = LABEL_AND_REFERENCE.matcher(first);
        return !Blocks.isHeading(e) && lines.size() <= MAX_REFERENCE_LINES && m.matches()
                && citesTitle(String.join(" ", lines).substring(m.start(1)), titleKeys) ? List.of(e) : List.of();
    }

    /** Where a title's main part ends and its subtitle begins: a colon, or a dash between blanks. */
    private static final Pattern SUBTITLE_BREAK = Pattern.compile("[:：]\\s| [–—-] ");

    /**
     * The keys a reference may cite the page by: its title's, and its main title's before a subtitle ({@link #SUBTITLE_BREAK})
     * when that is long enough to say the reference is the page's; none for a title too short to.
     */
    static List<String> titleKeys(String title) {
        String whole = key(title);
        if (whole.length() < MIN_TITLE_KEY_CHARS) {
            return List.of();
        }
        var m = SUBTITLE_BREAK.matcher(title);
        String main = m.find() ? key(title.substring(0, m.start())) : "";
        return main.length() >= MIN_TITLE_KEY_CHARS && main.length() < whole.length() ? List.of(whole, main) : List.of(whole);
    }

    /** True when the reference holds one of the title's keys' opening ({@link #titleKeys}), compared on letters and digits folded. */
    static boolean citesTitle(String reference, List<String> titleKeys) {
        String cited = key(reference);
        for (String titleKey : titleKeys) {
            if (cited.contains(titleKey.length() > TITLE_KEY_CHARS ? titleKey.substring(0, TITLE_KEY_CHARS) : titleKey)) {
                return true;
            }
        }
        return false;
    }

    /** The text's letters and digits, NFKC-normalised and lower-cased, as the pruner keys a title. */
    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** True when the block's first text node opens with a label's first characters and the label's words. */
    private static boolean opensWithLabel(Element e) {
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_OPENING_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t && !t.isBlank()) {
                int first = PressContact.firstShown(t.getWholeText());
                if (first < 0 || !LABEL_OPENINGS.mayOpenWith(first)) {
                    return false; // most blocks: refused on their first character
                }
                String text = t.text().stripLeading();
                return LABEL_OPENINGS.mayOpenAt(text, 0) && LABEL_OPENING.matcher(text).lookingAt();
            }
        }
        return false;
    }
}
