package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.ComparisonKey;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A heading built of a kicker (a section label, a topic line, an overline) and the headline as
 * separate children: {@code <h1><span class="kicker">Label</span><span class="headline">Headline</span></h1>},
 * or with a separator child between them ({@code <span aria-hidden="true"> – </span>}). The page
 * shows the kicker on its own line, in small type above the headline; read as one text the two are
 * glued ("LabelHeadline", as {@link Element#text()} joins inline elements).
 *
 * <p>The headline child alone is the headline when the page says so: a stated title (og:title,
 * twitter:title, schema.org's headline, the meta title's headline) is its words alone, or the
 * children before it are named as kickers ({@link #KICKER_NAMES}) and no stated title carries them,
 * or a stated title carries them but the document title opens with the headline's words alone (a
 * social title written "Kicker: Headline" beside "Headline - Section - Site").
 * Otherwise the heading's children are read with a space where two of them meet with none, so two
 * labels are never glued into one word.
 */
final class HeadingKicker {

    /**
     * Words with which CMS templates and design systems name a kicker element in a class, an id or a
     * data attribute, in the languages of their makers: kicker, overline, roofline, eyebrow, topline,
     * supertitle, pretitle and catchline (English), Dachzeile and Spitzmarke (German), surtitre
     * (French), antetítulo and cintillo (Spanish), occhiello and sopratitolo (Italian), chapéu
     * (Portuguese), nadtytuł (Polish), bovenkop (Dutch).
     */
    static final List<String> KICKER_NAMES = List.of("kicker", "overline", "roofline", "eyebrow", "topline", "top-line", "supertitle",
            "super-title", "pretitle", "pre-title", "catchline", "dachzeile", "spitzmarke", "surtitre", "sur-titre",
            "antetitulo", "antetítulo", "cintillo", "occhiello", "sopratitolo", "chapeu", "chapéu", "nadtytul", "nadtytuł", "bovenkop");

    /** A heading read so has at most this many children with words: a kicker or two and the headline. */
    private static final int MAX_WORDED_PARTS = 4;

    /** Children of a heading read for its parts at most: separators between the worded ones included. */
    private static final int MAX_CHILD_NODES = 12;

    /** Wrappers with one child each (a link, a span) read through to the parts at most. */
    private static final int MAX_WRAPPER_DEPTH = 3;

    /** Elements of a part read for a kicker's name at most (the part and its first descendants). */
    private static final int MAX_NAMED_ELEMENTS = 6;

    /** A headline child alone holds at least this many letters and digits. */
    private static final int MIN_HEADLINE_KEY_CHARS = 12;

    private HeadingKicker() {
    }

    /**
     * The heading's text as the reader takes it: the headline child alone when the page confirms it,
     * else the children spaced where they meet glued, else {@code text} (the heading as read whole).
     *
     * @param h          the heading element
     * @param text       its text, whitespace collapsed
     * @param confirming stated titles (og:title, twitter:title, schema.org's headline, the meta title's headline); nulls allowed
     * @param documentTitle the page's document title, null when it has none
     */
    static String read(Element h, String text, List<String> confirming, String documentTitle) {
        String afterBadge = afterStatusBadge(h, text);
        if (afterBadge != null) {
            return afterBadge;
        }
        List<Element> parts = parts(h);
        if (parts == null) {
            return text;
        }
        List<Element> worded = new ArrayList<>(parts.size());
        for (Element p : parts) {
            if (hasWords(p.text())) {
                worded.add(p);
            }
        }
        if (worded.size() < 2 || worded.size() > MAX_WORDED_PARTS) {
            return text;
        }
        String headline = collapsed(worded.get(worded.size() - 1).text());
        String headlineKey = ComparisonKey.of(headline);
        if (headlineKey.length() >= MIN_HEADLINE_KEY_CHARS) {
            boolean statedAlone = false;
            boolean statedWithKicker = false;
            for (String s : confirming) {
                if (s == null) {
                    continue;
                }
                String k = ComparisonKey.of(s);
                statedAlone |= k.equals(headlineKey);
                statedWithKicker |= k.length() > headlineKey.length() && k.endsWith(headlineKey);
            }
            if (statedAlone && !statedWithKicker) {
                return headline;
            }
            if ((!statedWithKicker || opensWith(documentTitle, headlineKey)) && allNamedKickers(worded.subList(0, worded.size() - 1))) {
                return headline;
            }
        }
        return spaced(parts, text);
    }

    /**
     * A status badge set as the heading's first child before the headline's text ({@code <h1><span class="badge">Eilmeldung</span>
     * Headline</h1>}, {@code <strong>PILNE!</strong>}, "SON DAKİKA", "عاجل"; a press release's "Pressemitteilung Nr. 148/2026"):
     * a box of its own that says the story is breaking, exclusive or a press release ({@link TitleCleaner#STATUS_BADGE_WORDS}),
     * perhaps with its number, and ends in at most a colon or an exclamation mark.
     */
    private static final Pattern STATUS_BADGE = Pattern.compile(
            "(?:" + TitleCleaner.STATUS_BADGE_WORDS + ")(?:\\s+(?:nr\\.?|no\\.?|n\\.|č\\.)?\\s*\\d{1,4}(?:/\\d{2,4})?)?\\s*[!:]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A colon, bar or dash set between the badge and the headline. */
    private static final Pattern BADGE_SEPARATOR = Pattern.compile("^[:|\u2013\u2014-]\\s*");

    /** A badge's text is at most this long: a word or three and a number. */
    private static final int MAX_BADGE_CHARS = 40;

    /**
     * The heading's text after a status badge that opens it ({@link #STATUS_BADGE}), when the headline follows as the
     * heading's own text, opens with no small letter and holds at least {@link #MIN_HEADLINE_KEY_CHARS} letters and digits;
     * else null. Reads the heading's first child and the {@link #MAX_CHILD_NODES} nodes after it, through at most
     * {@link #MAX_WRAPPER_DEPTH} single wrappers.
     */
    private static String afterStatusBadge(Element h, String text) {
        Element box = h;
        for (int depth = 0; depth <= MAX_WRAPPER_DEPTH; depth++) {
            Node first = box.childNodeSize() == 0 ? null : box.childNode(0);
            if (first instanceof TextNode t && t.isBlank() && box.childNodeSize() > 1) {
                first = box.childNode(1);
            }
            if (!(first instanceof Element e) || e.normalName().equals("br")) {
                return null;
            }
            boolean textAfter = false;
            Node n = e.nextSibling();
            for (int i = 0; n != null && !textAfter && i < MAX_CHILD_NODES; i++, n = n.nextSibling()) {
                textAfter = n instanceof TextNode t && !t.isBlank();
            }
            if (!textAfter) {
                if (e.nextElementSibling() != null) {
                    return null;
                }
                box = e; // a single wrapper (a link) around badge and headline
                continue;
            }
            String badge = collapsed(e.text());
            if (badge.isEmpty() || badge.length() > MAX_BADGE_CHARS || !text.startsWith(badge) || !STATUS_BADGE.matcher(badge).matches()) {
                return null;
            }
            String rest = BADGE_SEPARATOR.matcher(collapsed(text.substring(badge.length()))).replaceFirst("");
            // a headline opens with a capital, a digit, a quote or a letter without case: after "Breaking" the words
            // "the silence" go on the same sentence
            return ComparisonKey.of(rest).length() >= MIN_HEADLINE_KEY_CHARS && !Character.isLowerCase(rest.codePointAt(0)) ? rest : null;
        }
        return null;
    }

    /**
     * The element children of the heading (or of the one wrapper it holds), or null when text stands
     * between them, a line break parts them, or they are too many: then the heading is no pair of kicker
     * and headline children.
     */
    private static List<Element> parts(Element h) {
        Element box = h;
        for (int depth = 0; ; depth++) {
            if (box.childNodeSize() > MAX_CHILD_NODES) {
                return null;
            }
            List<Element> children = new ArrayList<>();
            for (Node n : box.childNodes()) {
                if (n instanceof TextNode t) {
                    if (!t.isBlank()) {
                        return null;
                    }
                } else if (n instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        return null;
                    }
                    children.add(e);
                }
            }
            if (children.size() != 1) {
                return children.size() < 2 ? null : children;
            }
            if (depth >= MAX_WRAPPER_DEPTH) {
                return null;
            }
            box = children.get(0);
        }
    }

    /**
     * True when the title states the headline first, with no kicker before it: its words open with the headline's
     * ({@code headlineKey}, a {@link ComparisonKey}) and others (the section, the site's name) may follow.
     */
    private static boolean opensWith(String title, String headlineKey) {
        return title != null && ComparisonKey.of(title).startsWith(headlineKey);
    }

    /** True when every part, or one of its first descendants, is named as a kicker in its class, id or data attributes. */
    private static boolean allNamedKickers(List<Element> kickers) {
        for (Element k : kickers) {
            if (!namedKicker(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean namedKicker(Element part) {
        Element e = part;
        for (int i = 0; i < MAX_NAMED_ELEMENTS && e != null; i++) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("class") || name.equals("id") || name.startsWith("data-")) {
                    String value = a.getValue().toLowerCase(Locale.ROOT);
                    for (String word : KICKER_NAMES) {
                        if (value.contains(word) || name.contains(word)) {
                            return true;
                        }
                    }
                }
            }
            e = e.firstElementChild();
        }
        return false;
    }

    /**
     * The parts' texts joined, with a space where one ends in a word or a closing mark and the next
     * begins with a capital or a digit and nothing spaces them ("Schlachtbetriebe" and "Das harte
     * Geschäft"); where a part is written in a script without spaces, the parts join as they are.
     */
    private static String spaced(List<Element> parts, String text) {
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (Element p : parts) {
            String t = p.wholeText();
            if (t.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && glued(out, t)) {
                out.append(' ');
                changed = true;
            }
            out.append(t);
        }
        return changed ? collapsed(out.toString()) : text;
    }

    /** True when the text so far and the next part meet with no space between a word and a capitalised word. */
    private static boolean glued(CharSequence before, String next) {
        int last = Character.codePointBefore(before, before.length());
        int first = next.codePointAt(0);
        if (Character.isWhitespace(last) || last == '\u00A0' || Character.isWhitespace(first) || first == '\u00A0') {
            return false;
        }
        boolean wordEnd = Character.isLetterOrDigit(last) || ".:!?\u201D\u00BB\"')".indexOf(last) >= 0;
        boolean wordStart = Character.isUpperCase(first) || Character.isDigit(first) || Character.isTitleCase(first)
                || "\u201E\u201C\u00AB\"'".indexOf(first) >= 0;
        return wordEnd && wordStart && before.length() >= 2 && !spacelessScript(last) && !spacelessScript(first);
    }

    /** True for a letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar). */
    private static boolean spacelessScript(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR;
    }

    private static boolean hasWords(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String collapsed(String s) {
        return Blanks.collapsed(s).trim();
    }
}
