package dev.newsdrop.extract.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a portal names as the source of the copy it carries, on the label portals and aggregators set over a
 * partner's article ("Provided by Harbor Courier", "Bereitgestellt von", "Fornecido por", "Source : Le Courrier du
 * Midi", "Fonte:", "Fuente:", "Источник:", "提供：北海新報", "출처:"): the record's credit when nothing in the text credits
 * one. The label and the name make a short line of their own, the name in the same text ("提供：北海新報") or in the element
 * after the label ("<span>Provided by</span> <span>Harbor Courier</span>", "Fonte: <a>…</a>"), and the line stands before
 * the article's text: read until the first paragraph of prose, so that a sentence saying "provided by" and a chart's
 * "Source: Eurostat" under the text are never read. The site's own name ("Quelle: ntv.de") and a picture's credit (in a
 * figure) name no partner. Research-news networks set the label under the text instead, on a line of its own after the
 * release they republish ("Provided by University of Carrowmore"): after the prose, only a provider phrase's line that
 * is a whole block of its own is read ({@link #closingLine}).
 */
public final class PartnerCredit {

    private PartnerCredit() {
    }

    /**
     * The phrases portals print before the partner's name, lower case: English "provided by", German "bereitgestellt von",
     * Portuguese "fornecido por", Italian "fornito da", Spanish "proporcionado por" and "ofrecido por", French "fourni par"
     * and "proposé par". A name follows, with or without a colon.
     */
    static final List<String> PROVIDER_PHRASES = List.of("provided by", "bereitgestellt von", "fornecido por", "fornito da",
            "proporcionado por", "ofrecido por", "fourni par", "proposé par");

    /**
     * The words for "source" a portal labels the partner with, read only before a colon ("Source : X", "Quelle: X"): English
     * and French "source", German "Quelle", Italian and Portuguese "fonte", Spanish "fuente", Russian "источник", Ukrainian
     * "джерело", Turkish "kaynak", Indonesian "sumber", Korean "출처" and Chinese "来源"/"來源"; and Japanese "提供", "記事提供"
     * ("provided", "the article provided by") and "配信元" ("the distributor"), words of a sentence too without the colon;
     * lower case.
     */
    static final List<String> SOURCE_WORDS = List.of("source", "quelle", "fonte", "fuente", "источник", "джерело", "kaynak", "sumber",
            "출처", "来源", "來源", "記事提供", "提供", "配信元");

    /** A label opening a line, the name (group 1) perhaps after it: the phrases with an optional colon, the words with one. */
    private static final Pattern LABEL = Pattern.compile("(?iu)(?:(?:" + String.join("|", PROVIDER_PHRASES) + ")\\s{0,3}[:：]?"
            + "|(?:" + String.join("|", SOURCE_WORDS) + ")\\s{0,3}[:：])\\s{0,3}(.*)");

    /** The longest text a label's line is read in: a label and an outlet's name; longer, it is a sentence. */
    static final int MAX_LINE_CHARS = 80;

    /** The longest name of an outlet read after a label. */
    static final int MAX_NAME_CHARS = 60;

    /**
     * The paragraphs' text, in characters, that tells the article's prose has begun: the labels are read before it (a
     * Japanese paragraph of 60 characters is prose too, so the paragraphs' texts are added up).
     */
    static final int PROSE_CHARS = 200;

    /** The most words an outlet's name read after a label holds; more, it is a headline ("Source: Former 5-star DT …"). */
    static final int MAX_NAME_WORDS = 6;

    /** The longest word all in lower case an outlet's name holds: its particles ("de", "del", "della", "of", "the"), no verb. */
    static final int MAX_LOWER_WORD_CHARS = 5;

    /**
     * The marks a sponsored piece carries on a line of its own over its text, lower case: "PR", "Sponsored", "Sponsored
     * content", "Advertorial", "Paid post", "Publireportage", Japanese "PR記事" and "タイアップ" (a tie-up with an
     * advertiser). On such a page "提供：X" and "Provided by X" name the advertiser who paid for the piece, not an outlet
     * whose copy the portal carries. Ad slots' labels ("広告", "Anzeige") mark a box, not the page, and are not read.
     */
    static final java.util.Set<String> SPONSORED_MARKS = java.util.Set.of("pr", "sponsored", "sponsored content", "advertorial",
            "paid post", "paid content", "publireportage", "pr記事", "タイアップ", "タイアップ記事");

    /**
     * The first characters of {@link #SPONSORED_MARKS}: a text whose first character does not lower-case to one of them is
     * no mark, refused before the whole text is lower-cased (most short texts of a page's opening). The marks are written
     * in lower case, and {@code String.toLowerCase(Locale.ROOT)} opens with {@code Character.toLowerCase} of the text's
     * first character for every character a mark can open with.
     */
    private static final String MARK_OPENINGS = markOpenings();

    private static String markOpenings() {
        StringBuilder out = new StringBuilder();
        for (String mark : SPONSORED_MARKS) {
            if (out.indexOf(mark.substring(0, 1)) < 0) {
                out.append(mark.charAt(0));
            }
        }
        return out.toString();
    }

    /** The longest text read as a sponsored mark ({@link #SPONSORED_MARKS}). */
    private static final int MAX_MARK_CHARS = 20;

    /** The most nodes read looking for the label: the header of a page, never the whole of a long one. */
    static final int MAX_NODES = 6_000;

    /** A name that is a sentence's end, a label's ("Nick:"), a date or a web address, and no outlet's name. */
    private static final Pattern NO_OUTLET = Pattern.compile("(?iu).*[.!?…。:：]$|.*\\d{1,2}[./:]\\d{1,2}.*|^\\S+\\.[a-z]{2,10}(?:/.*)?$|^https?:.*");

    /**
     * The partner outlet the page's label names, or null: the first label line before the article's prose whose name is
     * not the site's own ({@code siteName}, the page's host).
     */
    public static String find(Document doc, String siteName, String pageUrl) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        int nodes = 0;
        int prose = 0; // the paragraphs' characters passed
        boolean sponsored = false; // a sponsored mark stood before: the label names the advertiser
        for (Node n = body; n != null && nodes < MAX_NODES; n = TreeWalk.next(n, body), nodes++) {
            if (!(n instanceof TextNode t) || t.isBlank()) {
                continue;
            }
            String whole = t.getWholeText();
            if (insideParagraph(t)) {
                prose += whole.length() > PROSE_CHARS * 4 ? PROSE_CHARS : whole.strip().length();
                if (prose >= PROSE_CHARS) {
                    return sponsored ? null : closingLine(n, body, nodes, siteName, pageUrl); // the article's prose has begun
                }
            }
            if (whole.length() > MAX_LINE_CHARS * 4) {
                continue;
            }
            String text = whole.strip();
            if (!sponsored && text.length() <= MAX_MARK_CHARS && isSponsoredMark(t, text)) {
                sponsored = true; // "<p class=label>Sponsored</p>" over the headline
                continue;
            }
            if (text.isEmpty() || text.length() > MAX_LINE_CHARS || !mayOpenLabel(text.charAt(0))) { // "　" alone: blank to strip() only
                continue;
            }
            Matcher label = LABEL.matcher(text);
            if (!label.matches() || !labelsLine(t)) {
                continue;
            }
            String name = label.group(1).isEmpty() ? nameAfter(t) : aloneInLine(t) ? label.group(1) : null;
            if (name != null && isPartner(name.strip(), siteName, pageUrl) && !(sourceWord(text) && underPicture(t))) {
                return sponsored ? null : name.strip(); // "PR" over "提供：JAみどり野": the advertiser, no partner
            }
        }
        return null;
    }

    /**
     * The partner a provider phrase's line after the article's prose names ({@link #PROVIDER_PHRASES}: "Provided by
     * University of Carrowmore", as research-news networks close each release they republish), or null. The line is a
     * block of its own holding nothing but the phrase and the name, outside the site's chrome, a list, a figure and a
     * picture's neighbourhood; the "source" words are not read there, as they credit charts and tables under a text.
     * Walked on from {@code from}, within {@link #MAX_NODES} with the nodes already read.
     */
    private static String closingLine(Node from, Element body, int read, String siteName, String pageUrl) {
        int nodes = read;
        for (Node n = from; n != null && nodes < MAX_NODES; n = TreeWalk.next(n, body), nodes++) {
            if (!(n instanceof TextNode t) || t.isBlank()) {
                continue;
            }
            String whole = t.getWholeText();
            if (whole.length() > MAX_LINE_CHARS * 4 || !mayOpenLabel(whole.charAt(firstNonWhitespace(whole)))) {
                continue; // asked before the text is stripped: most of a page's text nodes open with no label's letter
            }
            String text = whole.strip();
            if (text.length() > MAX_LINE_CHARS || sourceWord(text)) {
                continue;
            }
            Matcher label = LABEL.matcher(text);
            if (!label.matches() || !labelsLine(t) || !opensOwnBlock(t)) {
                continue;
            }
            String name = label.group(1).isEmpty() ? nameAfter(t) : aloneInLine(t) ? label.group(1) : null;
            if (name != null && isPartner(name.strip(), siteName, pageUrl) && !underPicture(t) && !wrappedUnderPicture(t)) {
                return name.strip();
            }
        }
        return null;
    }

    /** The index of a non-blank text's first character that {@link String#strip} keeps (the first that is no white space). */
    private static int firstNonWhitespace(String text) {
        int i = 0;
        while (i < text.length() - 1 && Character.isWhitespace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The wrappers around a closing line looked through for a picture before them ({@link #wrappedUnderPicture}). */
    static final int MAX_WRAPPERS = 3;

    /**
     * True when the line's block, or a wrapper holding only it, comes right after a picture: "<div class=photo><img></div>
     * <div class=photo-note><p>Provided by X</p></div>" credits the picture, set in no figure, however deep the line sits.
     */
    private static boolean wrappedUnderPicture(TextNode t) {
        Element e = t.parent();
        while (e != null && INLINE.contains(e.normalName())) {
            e = e.parent();
        }
        for (int w = 0; e != null && w < MAX_WRAPPERS; w++, e = e.parent()) {
            Element before = e.previousElementSibling();
            for (int seen = 0; before != null && seen < PICTURE_SIBLINGS; before = before.previousElementSibling(), seen++) {
                if (TreeWalk.holdsElement(before, "picture", PICTURE_NODES) || TreeWalk.holdsElement(before, "img", PICTURE_NODES)) {
                    return true;
                }
            }
            if (e.parent() == null || e.parent().childrenSize() > 1) {
                return false; // the wrapper holds more than the line: a picture before it is no neighbour of the line's
            }
        }
        return false;
    }

    /**
     * True when the label's text opens the block it stands in, a paragraph or a division outside the site's chrome and any
     * list: "<div><p>Provided by <a>X</a></p></div>", never a phrase in a list item of links or a footer's line.
     */
    private static boolean opensOwnBlock(TextNode t) {
        Element block = t.parent();
        while (block != null && INLINE.contains(block.normalName())) {
            block = block.parent();
        }
        if (block == null || !(block.nameIs("p") || block.nameIs("div")) || block.closest(PageRegions.SITE_CHROME) != null) {
            return false;
        }
        for (Element e = block; e != null; e = e.parent()) {
            if (e.nameIs("li")) {
                return false;
            }
        }
        for (Node n = block; n != null && n != t; n = TreeWalk.next(n, block)) {
            if (n instanceof TextNode before && !before.isBlank()) {
                return false; // "Photos provided by …" or a sentence before the phrase
            }
        }
        return true;
    }

    /**
     * True when the text is a sponsored mark ({@link #SPONSORED_MARKS}) standing alone in its element, outside the site's
     * chrome (a menu's "PR" link, a sidebar's ad slot) and no link's text.
     */
    private static boolean isSponsoredMark(TextNode t, String text) {
        return !text.isEmpty() && MARK_OPENINGS.indexOf(Character.toLowerCase(text.charAt(0))) >= 0
                && SPONSORED_MARKS.contains(text.toLowerCase(Locale.ROOT)) && aloneInLine(t) && labelsLine(t)
                && t.parent().closest(PageRegions.SITE_CHROME) == null;
    }

    /** True for a letter a label may open with: its first letter, in either case, tested before the pattern is tried. */
    private static boolean mayOpenLabel(char c) {
        char l = Character.toLowerCase(c);
        return l == 'p' || l == 'b' || l == 'f' || l == 's' || l == 'q' || l == 'o' || l == 'k' || l == 'и' || l == 'д'
                || c == '記' || c == '提' || c == '配' || c == '출' || c == '来' || c == '來';
    }

    /**
     * The name after a label that stands alone: the text of the next element holding text after the label's text, among
     * its siblings or, when the label is its element's only text, among that element's siblings; null when the name is
     * not the last text of that line (a sentence goes on after it).
     */
    private static String nameAfter(TextNode label) {
        Node from = label;
        if (label.parent() instanceof Element p && p.textNodes().size() == 1 && p.children().isEmpty() && !isBlock(p)) {
            from = p; // "<span>Provided by</span> <span>Harbor Courier</span>"
        }
        for (Node s = from.nextSibling(); s != null; s = s.nextSibling()) {
            if (s instanceof TextNode t) {
                if (!t.isBlank()) {
                    return null; // "Provided by <a>the city</a>, the figures …"
                }
            } else if (s instanceof Element e && e.hasText()) {
                String name = e.text().strip();
                for (Node after = s.nextSibling(); after != null; after = after.nextSibling()) {
                    if (after instanceof TextNode t ? !t.isBlank() : after instanceof Element ae && ae.hasText()) {
                        return null; // the line goes on: a date, a second name, a sentence
                    }
                }
                return name.length() <= MAX_NAME_CHARS ? name : null;
            }
        }
        return null;
    }

    /** True when the label's text is the only text of its element ("<span>提供：北海新報</span>"). */
    private static boolean aloneInLine(TextNode t) {
        return t.parent() instanceof Element p && p.textNodes().size() == 1 && p.children().isEmpty();
    }

    /** True for a paragraph-level element, whose single text is a line of the text, not a label beside a name. */
    private static boolean isBlock(Element e) {
        return e.nameIs("p") || e.nameIs("li") || e.nameIs("td");
    }

    /** True when the text stands in a paragraph, whatever inline elements hold it. */
    private static boolean insideParagraph(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (e.nameIs("p")) {
                return true;
            }
            if (e.nameIs("div") || e.nameIs("body") || e.nameIs("section") || e.nameIs("article")) {
                return false;
            }
        }
        return false;
    }

    /**
     * False for a label's text that labels no line of the page's: a picture's credit (in a figure: a photographer or an
     * agency of pictures), a link's text (a headline opening "Source:"), a form's field ("<label>Quelle:</label> <input>").
     */
    private static boolean labelsLine(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (e.nameIs("figure") || e.nameIs("figcaption") || e.nameIs("picture") || e.nameIs("a") || e.nameIs("label")
                    || e.nameIs("form") || e.nameIs("button")) {
                return false;
            }
        }
        return true;
    }

    /** The element siblings before a label's line looked into for a picture: the picture, and its caption between. */
    static final int PICTURE_SIBLINGS = 2;

    /** The nodes of a sibling looked through for a picture. */
    static final int PICTURE_NODES = 40;

    /** The inline elements a label's text may sit in within its line. */
    private static final java.util.Set<String> INLINE = java.util.Set.of("span", "a", "b", "strong", "em", "i", "small", "time", "font");

    /** True for a label that is one of the {@link #SOURCE_WORDS}, which credit pictures too ("Quelle: AFP" under a photo). */
    private static boolean sourceWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return SOURCE_WORDS.stream().anyMatch(lower::startsWith);
    }

    /**
     * True when the label's line comes right after a picture, its caption perhaps between ("<div><picture>…</div>
     * <div>caption</div><div>Quelle: AFP</div>"): the picture's credit, set in no figure.
     */
    private static boolean underPicture(TextNode t) {
        Element line = t.parent();
        while (line != null && INLINE.contains(line.normalName()) && line.parent() != null) {
            line = line.parent();
        }
        int seen = 0;
        for (Element before = line == null ? null : line.previousElementSibling(); before != null && seen < PICTURE_SIBLINGS;
             before = before.previousElementSibling(), seen++) {
            if (TreeWalk.holdsElement(before, "picture", PICTURE_NODES) || TreeWalk.holdsElement(before, "img", PICTURE_NODES)) {
                return true;
            }
        }
        return false;
    }

    /** True for a name of more words than an outlet's, or holding a word all in lower case longer than a particle. */
    private static boolean readsAsPhrase(String name) {
        String[] words = name.split("\\s+");
        if (words.length > MAX_NAME_WORDS) {
            return true;
        }
        for (String w : words) {
            if (w.length() > MAX_LOWER_WORD_CHARS && w.chars().allMatch(Character::isLowerCase)) {
                return true; // "joining"; "dell'Emilia" holds a capital
            }
        }
        return false;
    }

    /**
     * The outlet whose story the page's copy is based on, as its JSON-LD says: schema.org's {@code isBasedOn} naming an
     * article with its publisher ("isBasedOn": {"@type": "NewsArticle", "publisher": {"name": "Harbor Gazette"}}), or giving
     * the address of a story on another site whose name an Organization the JSON-LD states as the author bears (the author
     * "La Voce del Lario", the story at vocedellario.example): the page is a portal's copy, and the outlet its credit. Null
     * when the work it is based on is on the page's own site, when no outlet is named, and when the one named is the site's.
     */
    static String basedOn(JsonLdFacts ld, String siteName, String pageUrl) {
        if (ld.basedOnUrl == null && ld.basedOnPublisher == null) {
            return null;
        }
        String basedOnSite = registeredLabel(ld.basedOnUrl);
        if (basedOnSite != null && basedOnSite.equals(registeredLabel(pageUrl))) {
            return null; // an earlier version of the site's own story
        }
        if (ld.basedOnPublisher != null) {
            String name = ld.basedOnPublisher.strip();
            return isPartner(name, siteName, pageUrl) && !isPublisher(name, ld) ? name : null;
        }
        if (basedOnSite == null) {
            return null;
        }
        for (String organisation : ld.organisationAuthors) {
            String name = organisation.strip();
            String key = HostLabels.key(name);
            if (!key.isEmpty() && (key.contains(basedOnSite) || basedOnSite.contains(key)) && isPartner(name, siteName, pageUrl)
                    && !isPublisher(name, ld)) {
                return name;
            }
        }
        return null;
    }

    /** The key of the label an address's host is registered under ("vocedellario" of www.vocedellario.it); null when none. */
    private static String registeredLabel(String url) {
        List<String> labels = HostLabels.naming(url);
        return labels.isEmpty() ? null : labels.get(labels.size() - 1);
    }

    /** True when the name is the JSON-LD publisher's own. */
    private static boolean isPublisher(String name, JsonLdFacts ld) {
        return ld.publisherName != null && ComparisonKey.of(name).equals(ComparisonKey.of(ld.publisherName));
    }

    /** True for a name that may be an outlet's other than the site: short, no sentence, date or address, not the site's name. */
    private static boolean isPartner(String name, String siteName, String pageUrl) {
        if (name.length() < 2 || name.length() > MAX_NAME_CHARS || !Character.isLetterOrDigit(name.codePointAt(0))
                || NO_OUTLET.matcher(name).matches() || readsAsPhrase(name)) {
            return false;
        }
        String key = ComparisonKey.of(name);
        if (key.isEmpty() || siteName != null && key.equals(ComparisonKey.of(siteName))) {
            return false;
        }
        String host = HostLabels.host(pageUrl);
        return host == null || !host.toLowerCase(Locale.ROOT).contains(key.replace(" ", ""));
    }
}
