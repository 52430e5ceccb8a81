package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.dates.DateParser;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A page's h1 that labels the page rather than heads the story, over the dated entry the page shows: the
 * section's name a municipal or company CMS sets as every news page's h1 ("Pressemitteilungen",
 * "Aktuelles") or the site's greeting in its banner ("Herzlich willkommen in der Gemeinde Lohrbach"),
 * with the news item below it headed by an h2 or h3 beside its date line, as news-list and news-detail
 * templates (TYPO3's news, Joomla's and Drupal's article lists) set an entry. The entry's heading is the
 * headline. The caller asks only when no stated title (og:title, twitter:title, schema.org's headline)
 * confirms the h1: a page that states its headline is read by it.
 */
final class EntryUnderLabel {

    /**
     * A greeting that opens a site's welcome line, in the languages of the blind rounds: a site's banner
     * greets the reader on every page, a story's headline seldom opens so. Named data: German, English,
     * French, Spanish, Italian, Portuguese, Dutch, Polish, Czech, Slovak, Swedish, Danish and Norwegian,
     * Finnish, Turkish, Russian, Greek, Romanian, Hungarian, Croatian / Serbian / Slovene.
     */
    static final Pattern GREETING = Pattern.compile(
            "^(?:herzlich\\s+)?willkommen|^welcome\\s+to|^bienvenue|^bienvenid[oa]s?|^benvenut[oia]|^bem-vind[oa]s?|^welkom"
                    + "|^witamy|^vítejte|^vitajte|^välkommen|^velkommen|^tervetuloa|^hoş\\s+geldiniz|^добро\\s+пожаловать"
                    + "|^καλώς\\s+ήρθατε|^bun\\s+venit|^üdvözöljük|^dobrodošli",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Elements after the h1, in page order, looked through for the entry's heading at most. */
    private static final int MAX_ELEMENTS_WALKED = 300;

    /** Boxes around the entry's heading that hold nothing else, climbed to reach its date line at most. */
    private static final int MAX_WRAPPERS_CLIMBED = 3;

    /** A date line beside the entry's heading holds at most this many characters ("Veröffentlicht am 30.11.2026"). */
    private static final int MAX_DATE_LINE_CHARS = 80;

    /** An entry's heading holds at least this many and at most this many characters. */
    private static final int MIN_ENTRY_CHARS = 12;
    private static final int MAX_ENTRY_CHARS = 300;

    private EntryUnderLabel() {
    }

    /**
     * True when a heading's text labels the page: one word of a spaced script (a section's name; the caller
     * leaves out unspaced scripts) or a greeting ({@link #GREETING}).
     */
    static boolean isLabel(String text) {
        return text.indexOf(' ') < 0 || GREETING.matcher(text).find();
    }

    /**
     * Words that join a label's words and name nothing themselves: articles, prepositions and possessives that set a
     * section's name beside the site's ("Aktuelles aus der Gemeinde", "News from the Village", "Actualités de la
     * commune"). Named data, in the languages of the blind rounds' municipal pages: German, English, French, Spanish,
     * Italian, Portuguese, Dutch.
     */
    static final Set<String> JOINING_WORDS = Set.of(
            "aus", "der", "die", "das", "dem", "den", "des", "im", "in", "von", "vom", "zum", "zur", "und", "für", "am", "an", "auf",
            "bei", "unserer", "unserem", "unseres", "unsere",
            "from", "the", "of", "at", "and", "our", "for",
            "de", "du", "la", "le", "les", "l", "à", "au", "aux", "et", "en", "dans", "notre", "nos",
            "del", "el", "los", "las", "y", "nuestro", "nuestra",
            "di", "della", "dalla", "dal", "il", "lo", "i", "gli", "e", "nel", "nella",
            "uit", "het", "van", "onze",
            "da", "do", "dos", "em", "na", "no");

    /** A label beside the site's name holds at most this many words ("Neuigkeiten aus unserer Gemeinde Lindenau"). */
    static final int MAX_LABEL_BESIDE_SITE_WORDS = 6;

    /** True when the text has the few words of a label that may name the site beside a section ({@link #isLabelBesideSite}). */
    static boolean mayBeLabelBesideSite(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && ++spaces >= MAX_LABEL_BESIDE_SITE_WORDS) {
                return false;
            }
        }
        return spaces > 0;
    }

    /**
     * True when the heading names the site and one thing more: with the joining words ({@link #JOINING_WORDS}) and the
     * site's name's words ({@code site}) left out, one word is left, a section's name ("Aktuelles aus der Gemeinde" on the
     * site of "Gemeinde Lindenau"), and at least one of the site's words was there. A headline says more than a word
     * beside the site's name.
     */
    static boolean isLabelBesideSite(String text, String site) {
        if (site == null || site.isBlank()) {
            return false;
        }
        Set<String> siteWords = new HashSet<>();
        for (String w : WORD_BREAK.split(site)) {
            String k = ComparisonKey.of(w);
            if (!k.isEmpty()) {
                siteWords.add(k);
            }
        }
        int left = 0;
        boolean namesSite = false;
        for (String w : WORD_BREAK.split(text)) {
            String k = ComparisonKey.of(w);
            if (k.isEmpty() || JOINING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (siteWords.contains(k)) {
                namesSite = true;
            } else if (++left > 1) {
                return false;
            }
        }
        return namesSite && left == 1;
    }

    /** What parts a label's words: anything but letters, digits and the marks on letters (an apostrophe: "l'école"). */
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /**
     * The text of the first h2 or h3 after {@code label} in page order when it heads a dated entry: its box (the
     * heading, or wrappers holding only it) has a short sibling right before or after it whose text is a date, it has
     * more letters than a one-word label, and it does not end as a sentence does (a standfirst does). Null otherwise.
     *
     * @param inFrame true for a heading in the site's frame or an overlay, which heads no entry
     */
    static String entryHeading(Element label, String labelText, Predicate<Element> inFrame) {
        Element h = firstLowerHeadingAfter(label);
        if (h == null || inFrame.test(h)) {
            return null;
        }
        String t = TitleFinder.shortText(h); // bounded: a broken heading may hold the rest of the page
        if (t == null || t.length() < MIN_ENTRY_CHARS || t.length() > MAX_ENTRY_CHARS || t.indexOf(' ') < 0 || t.endsWith(".")
                || labelText.indexOf(' ') < 0 && ComparisonKey.of(t).length() <= ComparisonKey.of(labelText).length()) {
            return null;
        }
        Element box = h;
        for (int i = 0; i < MAX_WRAPPERS_CLIMBED && box.parent() != null && box.parent().childrenSize() == 1
                && box.parent().parent() != null; i++) {
            box = box.parent();
        }
        return isDateLine(box.previousElementSibling()) || isDateLine(box.nextElementSibling()) ? t : null;
    }

    /**
     * The entry's heading under a section's name of several words that the caller found set as the h1 and as the
     * document title ("Aktuelle Meldungen", "Noticias y eventos", "Latest news"): the first h2 or h3 after it, when
     * {@code namesOnlyASection} holds of its text (the name is a few words sharing none with the entry's heading) and it
     * heads a dated entry as {@link #entryHeading} asks, or the page links the section by its name (a menu or a
     * breadcrumb item). A short headline set over its subtitle is neither: its date line stands under the h1, not beside
     * the subtitle, and no link names the headline. Null otherwise.
     */
    static String entryUnderSectionName(Element label, String labelText, Predicate<Element> inFrame, Predicate<String> namesOnlyASection) {
        Element underLabel = label.nextElementSibling();
        if (isDateLine(underLabel) && underLabel.selectFirst("h2, h3") == null) {
            return null; // the h1 has its own date line under it: it heads the dated article, and the h2 is its subtitle
        }
        Element h = firstLowerHeadingAfter(label);
        if (h == null || inFrame.test(h)) {
            return null;
        }
        String t = TitleFinder.shortText(h);
        if (t == null || t.length() < MIN_ENTRY_CHARS || t.length() > MAX_ENTRY_CHARS || t.indexOf(' ') < 0 || t.endsWith(".")
                || !namesOnlyASection.test(t)) {
            return null;
        }
        if (entryHeading(label, labelText, inFrame) != null) {
            return t;
        }
        return linksSection(label, labelText) ? t : null;
    }

    /** Links read at most when looking for one that names the section. */
    private static final int MAX_LINKS_READ = 2_000;

    /** True when a link of the page outside the label reads as the label does (the menu's or the trail's item for the section). */
    private static boolean linksSection(Element label, String labelText) {
        String key = ComparisonKey.of(labelText);
        int read = 0;
        if (label.ownerDocument() == null) {
            return false;
        }
        for (Element a : label.ownerDocument().getElementsByTag("a")) {
            if (read++ >= MAX_LINKS_READ) {
                break;
            }
            if (!a.hasAttr("href") || a.closest("h1") == label) {
                continue;
            }
            String text = a.text();
            if (text.length() <= 2 * labelText.length() && ComparisonKey.of(text).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateLine(Element e) {
        if (e == null) {
            return false;
        }
        String text = TitleFinder.shortText(e);
        return text != null && !text.isEmpty() && text.length() <= MAX_DATE_LINE_CHARS && DateParser.parseText(text) != null;
    }

    /** The first h2 or h3 after the element (outside it) in page order, within {@link #MAX_ELEMENTS_WALKED} elements. */
    private static Element firstLowerHeadingAfter(Element start) {
        Node n = after(start);
        int walked = 0;
        while (n != null && walked < MAX_ELEMENTS_WALKED) {
            if (n instanceof Element e) {
                walked++;
                String name = e.normalName();
                if (name.equals("h2") || name.equals("h3")) {
                    return e;
                }
                if (name.equals("h1")) {
                    return null; // another headline of the page: the label is not over one entry
                }
            }
            n = n.childNodeSize() > 0 ? n.childNode(0) : after(n);
        }
        return null;
    }

    /** The node after {@code n}'s subtree in page order. */
    private static Node after(Node n) {
        for (Node at = n; at != null; at = at.parentNode()) {
            Node sibling = at.nextSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
