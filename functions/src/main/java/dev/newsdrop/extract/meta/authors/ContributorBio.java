package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guest or columnist a piece names only in the contributor's biography: a paragraph set apart at
 * the foot or head of the text, or alone in a box of its own, that opens with the person's name and
 * says what the person is or does, typeset as papers set it: the name in bold ("<strong>Martina
 * Huber</strong> ist Verkehrsplanerin und lehrt ...") or the whole line in italics ("<em>Rachel Okafor
 * is chair of the Bus Users' Group.</em>"). Opinion pages and trade magazines print guest pieces so,
 * under the site's own name or its newsroom in the metadata. Read only when no byline names a person.
 * A sentence of the running text that opens with a bold subject stands among other paragraphs, not at
 * the text's edge or alone in a box.
 */
final class ContributorBio {

    /**
     * What a biography says right after the name, in the languages read: a copula or a verb of the
     * person's work ("is", "ist", "leitet", "est", "es", "è", "jest", "är", "er", "on" ...), then a blank.
     */
    private static final Pattern BIO_VERB = Pattern.compile(
            "^[\\s,]*(?:is|was|has been|teaches|leads|works|writes|heads|runs|directs|chairs"
                    + "|ist|war|leitet|lehrt|arbeitet|forscht|schreibt|unterrichtet|berät"
                    + "|est|était|enseigne|dirige|travaille|es|fue|trabaja|enseña|è|era|insegna|lavora|dirige"
                    + "|é|foi|trabalha|ensina|jest|pracuje|kieruje|är|var|arbetar|leder|er|var|arbejder|underviser"
                    + "|on|oli|työskentelee|je|pracuje|vede|és|treballa|adalah|merupakan)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A name opening an italic biography: two to five capitalised words, perhaps an academic title before them. */
    private static final Pattern LEADING_NAME = Pattern.compile(
            "^((?:(?:Dr|Prof|Dipl|Mag)\\.\\s+)*\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:van|von|de|der|den|da|di|du|la|le|bin|al|ten|zu)\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,4})");

    /** Where a paragraph is quoted, listed, captioned or commented on, not the piece's own. */
    private static final Evaluator NOT_BIO = QueryParser.parse("blockquote, li, table, figure, figcaption, [class*=comment], [id*=comment]");

    /** The typefaces a biography is set in: bold for the name, italics for the whole line. */
    private static final Evaluator BOLD = QueryParser.parse("strong, b");
    private static final Evaluator ITALIC = QueryParser.parse("em, i");

    /** The name a biography opens with, and whether the whole line is in italics (then it must close the text, {@link #closesText}). */
    private record Bio(String name, boolean italic) {
    }

    /**
     * Paragraphs a text holds at least for an italic line closing it to be its foot: an italic line heading a
     * text or alone in a box is an editor's note or a standfirst ("<em>Jordan Montgomery is now a free agent.
     * We are keeping track of ...</em>"), which speaks of its subject.
     */
    private static final int MIN_TEXT_PARAGRAPHS = 3;

    /** Paragraphs read: a page's text and boxes, not a page of thousands. */
    private static final int MAX_PARAGRAPHS = 400;

    /** A biography is a sentence or two. */
    private static final int MAX_BIO_CHARS = 400;
    private static final int MIN_BIO_CHARS = 20;

    /** A box holding the biography alone holds at most this many paragraphs. */
    private static final int MAX_BOX_PARAGRAPHS = 2;

    private ContributorBio() {
    }

    /** The person a contributor's biography names; empty when the page shows none. */
    static List<String> names(PageScan scan) {
        int seen = 0;
        for (Element p : scan.paragraphs()) {
            if (++seen > MAX_PARAGRAPHS) {
                break;
            }
            Bio bio = bioName(p);
            if (bio == null || !(bio.italic() ? closesText(p) : atEdgeOrAlone(p)) || p.closest(NOT_BIO) != null || p.closest(PageRegions.SITE_CHROME) != null
                    || p.closest(PageRegions.BESIDE_ARTICLE) != null) {
                continue;
            }
            List<String> names = AuthorNames.clean(List.of(bio.name()));
            if (names.size() == 1 && AuthorNames.isPersonName(names.get(0))) {
                return names;
            }
        }
        return List.of();
    }

    /**
     * The name a byline element opens with when what it holds is the contributor's biography
     * ("<div class=guest-author><p><strong>Lucía Márquez</strong> es hidróloga ...</p></div>"): the
     * element itself or its first child read as a biography ({@link #bioName}); null otherwise.
     */
    static String bylineBioName(Element e) {
        Bio bio = bioName(e);
        Element first = bio == null ? e.firstElementChild() : null;
        if (first != null && first.normalName().equals("p")) {
            bio = bioName(first);
        }
        return bio == null ? null : bio.name();
    }

    /**
     * The name a paragraph opens with when it reads as a biography: a bold name and a biography's verb
     * after it, or a line wholly in italics that opens with a name and such a verb. Null otherwise.
     */
    private static Bio bioName(Element p) {
        Element first = null;
        for (Node n : p.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return null; // the paragraph opens with plain text
                }
            } else if (n instanceof Element e) {
                first = e;
                break;
            }
        }
        if (first == null) {
            return null;
        }
        String text = Blanks.collapsed(p.text()).strip();
        if (text.length() < MIN_BIO_CHARS || text.length() > MAX_BIO_CHARS) {
            return null;
        }
        String lead = Blanks.collapsed(first.text()).strip();
        if (first.is(BOLD) && lead.length() < text.length() && AuthorNames.isPersonName(lead)
                && BIO_VERB.matcher(text.substring(text.indexOf(lead) + lead.length())).lookingAt()) {
            return new Bio(lead, false); // "<strong>Martina Huber</strong> ist Verkehrsplanerin"
        }
        if (first.is(ITALIC) && lead.length() >= text.length() - 1) {
            Matcher m = LEADING_NAME.matcher(text);
            if (m.lookingAt() && BIO_VERB.matcher(text.substring(m.end())).lookingAt()) {
                return new Bio(m.group(1), true); // "<em>Rachel Okafor is chair of ...</em>"
            }
        }
        return null;
    }

    /** True when the paragraph is the last of its parent's paragraphs, which holds a text of {@value #MIN_TEXT_PARAGRAPHS} or more. */
    private static boolean closesText(Element p) {
        return p.parent() != null && isLastParagraph(p) && paragraphsUpTo(p.parent(), MIN_TEXT_PARAGRAPHS) >= MIN_TEXT_PARAGRAPHS;
    }

    /**
     * True when the paragraph is the last of its parent's paragraphs (the foot of the text), or one of
     * the few in a box of its own; the text's first paragraph may open with a bold subject ("<strong>Green
     * Street</strong> is getting ...").
     */
    private static boolean atEdgeOrAlone(Element p) {
        return p.parent() != null && (paragraphsUpTo(p.parent(), MAX_BOX_PARAGRAPHS + 1) <= MAX_BOX_PARAGRAPHS || isLastParagraph(p));
    }

    /** Elements walked beside a paragraph: a text's paragraphs and asides, not a page of thousands. */
    private static final int MAX_SIBLINGS = 1600;

    /** The parent's p children counted up to {@code limit}: the walk stops there, or after {@value #MAX_SIBLINGS} elements. */
    private static int paragraphsUpTo(Element parent, int limit) {
        int count = 0;
        int walked = 0;
        for (Element c = parent.firstElementChild(); c != null && count < limit && walked++ < MAX_SIBLINGS; c = c.nextElementSibling()) {
            if (c.normalName().equals("p")) {
                count++;
            }
        }
        return count;
    }

    /** True when no p follows the paragraph among its siblings (looked at up to {@value #MAX_SIBLINGS} of them). */
    private static boolean isLastParagraph(Element p) {
        int walked = 0;
        for (Element c = p.nextElementSibling(); c != null; c = c.nextElementSibling()) {
            if (c.normalName().equals("p") || ++walked > MAX_SIBLINGS) {
                return false;
            }
        }
        return true;
    }
}
