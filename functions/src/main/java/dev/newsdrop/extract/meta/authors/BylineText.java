package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.text.BoundedText;

import dev.newsdrop.extract.meta.Blanks;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a byline's elements as a reader sees it: spaced between elements, whitespace
 * collapsed, without the parts that say where the author works or what the author does, and read
 * only as far as a byline or a heading needs.
 */
final class BylineText {

    static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    /** A byline is short: longer text is a paragraph or an author biography. */
    static final int MAX_BYLINE_CHARS = 80;

    /**
     * Class or id words of a byline's parts that name the publication or agency, not the author
     * ("credit" is not one: some sites credit the author under that name).
     */
    private static final String[] AFFILIATION_NAMES = {"publication", "affiliation", "organization", "organisation"};

    /**
     * The element's text, whitespace collapsed, up to about {@code max} characters: enough to read a
     * heading or the opening of a biography, without reading the rest of a page that a broken or
     * hostile one nests inside it (each of a hundred headings once read the whole page below it).
     */
    static String leadingText(Element e, int max) {
        return leadingText(e, max, Integer.MAX_VALUE);
    }

    /** {@link #leadingText(Element, int)}, reading at most {@code maxNodes} nodes of the element. */
    static String leadingText(Element e, int max, int maxNodes) {
        return leadingText(e, max, maxNodes, false);
    }

    /**
     * {@link #leadingText(Element, int, int)} to the element's first line break after some text: a {@code <br>} ends
     * a line, and the byline's line is the first ("By Hannah Lowe with Raj Patel<br>Photographs by Eli Marchetti": the
     * second line credits the pictures).
     */
    static String firstLine(Element e, int max, int maxNodes) {
        return leadingText(e, max, maxNodes, true);
    }

    private static String leadingText(Element e, int max, int maxNodes, boolean toBreak) {
        StringBuilder out = new StringBuilder();
        int[] nodes = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > maxNodes) {
                    return FilterResult.STOP;
                }
                if (toBreak && node instanceof Element br && br.normalName().equals("br") && !out.toString().isBlank()) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    if (!out.isEmpty()) {
                        out.append(' ');
                    }
                    out.append(t.getWholeText(), 0, Math.min(t.getWholeText().length(), max - out.length() + 1));
                    if (out.length() >= max) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return Blanks.collapsed(out);
    }

    /**
     * The element's text with a space between the texts of its children: "<span>By</span>Jane Doe"
     * reads "By Jane Doe", where {@link Element#text()} glues inline elements into "ByJane Doe".
     * Parts named as the publication or affiliation are left out: they say where the author works (a
     * part classed as a role is read when it holds a credit's label, "Foto:"); so are parts classed as the
     * place the author files from ({@link #namesPlace}); so
     * is a {@code <time>} inside the byline, or a part classed as a date ({@link #namesDate}) after a name, the date beside the names ("Lena Hoffmann, Jonas Keller
     * <time>18. März 2024</time>"), which would glue to the last name. (The date finders read times
     * themselves: this is the author's text only.) A role or affiliation left out after a name ends that name: a comma stands
     * where it was when more text follows ("<a>Nia Okafor</a><div class=role>Reporter</div><a>Tom Reyes</a>" reads "Nia
     * Okafor, Tom Reyes", two names, not one).
     */
    static String spacedText(Element e) {
        return spacedText(e, false);
    }

    /**
     * {@link #spacedText(Element)}, or with {@code toFirstBreak} only its text before the first
     * {@code <br>} that follows some text ({@link VisibleBylines#firstLine}), "" when no such break comes.
     */
    static String spacedText(Element e, boolean toFirstBreak) {
        StringBuilder out = new StringBuilder();
        boolean[] broken = {false};
        Element[] labelledOut = {null}; // the field a hidden label said is not the name
        boolean[] afterRole = {false}; // a role or affiliation was left out after a name: it ended that name
        int[] nameStart = {0}; // where the text of the name being read began: the start, or the comma a role left
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (afterRole[0] && !t.isBlank()) {
                        afterRole[0] = false;
                        nameStart[0] = out.length();
                        out.append(", "); // "Jane Doe <div class=role>Reporter</div> John Roe": two names, not one
                    }
                    out.append(t.getWholeText()).append(' ');
                } else if (toFirstBreak && node instanceof Element el && el.normalName().equals("br") && !out.toString().isBlank()) {
                    if (betweenTwinEntries(el)) {
                        return FilterResult.CONTINUE; // one writer's entry a line: each line is the byline's
                    }
                    broken[0] = true;
                    return FilterResult.STOP;
                } else if (node != e && node instanceof Element child) {
                    if (!afterRole[0] && endsWithName(out) && followsTwinName(child)) {
                        nameStart[0] = out.length();
                        out.append(", "); // "<span class=author>Anna Berg</span><span class=author>Jon Lie</span>": two names
                    }
                    if (child == labelledOut[0] || isSkipped(child, out)) {
                        if (!afterRole[0] && endsWithName(out) && namesAffiliation(child)) {
                            if (namesPictureRole(child)) {
                                out.setLength(nameStart[0]); // "<a>Per Ekström</a><span class=role>Fotograf</span>": the photographer's name goes too
                                afterRole[0] = nameStart[0] > 0;
                            } else {
                                afterRole[0] = true;
                            }
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (!afterRole[0] && isUnitLine(child) && endsWithName(out)) {
                        afterRole[0] = true; // "<p>Magdalena Zawadzka</p><p>Dział Gospodarka</p>": the desk under the name, no part of it
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    Element field = labelledField(child); // asked first: most parts have no element after them
                    String label = field == null ? null : fieldLabel(child);
                    if (label != null) {
                        if (isHiddenFieldLabel(child, label) && !isLeadLabel(label)) {
                            labelledOut[0] = field; // "पदनाम," (role) before the role: neither is the name
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (isSkipped(field, out)) {
                            return FilterResult.SKIP_ENTIRELY; // "Role," before the role: the label goes with its field
                        }
                        if (isCommaLabel(label) && isLeadLabel(label)) {
                            // "مصنف," before the name: the field's label, read as the lead it is with a colon
                            if (!out.toString().isBlank()) {
                                out.append(", "); // a second "Author," opens a second name
                            }
                            out.append(label, 0, label.length() - 1).append(": ");
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return !toFirstBreak || broken[0] ? Blanks.collapsed(out).trim() : "";
    }

    /**
     * True when a part classed as a role says the person before it made the pictures ({@link StatedAuthors#PICTURE_ROLE}:
     * "Fotograf", "Kuvaaja", "Photographer"): Nordic bylines list everyone who worked on a story, each name with its
     * role ("<a>Lena Holmgren</a><span class=byline__role>Reporter</span><a>Per Ekström</a><span
     * class=byline__role>Fotograf</span>"), and the photographer did not write the text. Only a role set after a name in
     * its item: a role opening its item ("<li><span class=role>Fotograf</span> <a>Per Ekström</a></li>") names the
     * person after it, and the name before it is another's.
     */
    private static boolean namesPictureRole(Element role) {
        Node before = role.previousSibling();
        while (before instanceof TextNode t && t.isBlank()) {
            before = before.previousSibling();
        }
        if (before == null) {
            return false; // "<li><span class=role>Fotograf</span> <a>Per Ekström</a></li>": the role opens its item, the name is after it
        }
        String t = role.text();
        return t.length() <= MAX_LABEL_CHARS && StatedAuthors.PICTURE_ROLE.matcher(t.strip()).matches();
    }

    /**
     * The tags whose elements are items of their own without a class: a link, as a CMS renders each writer's profile
     * link, and a list item, as a think tank's or a magazine's template lists its writers one per item ("<ul
     * class=post-authors><li><a>Eleanor Whitfield</a></li><li><a>Samir Haddad</a></li></ul>"): HTML makes each
     * {@code <li>} an item of its list, so two names in two items are two names.
     */
    private static final java.util.Set<String> UNCLASSED_TWIN_TAGS = java.util.Set.of("a", "li");

    /**
     * True when the part follows a twin of itself, nothing but blanks between them, and each holds a whole name of two words
     * or more: a byline's names rendered one per element of the same tag and class ("<span class=author-name>Anna
     * Berg</span><span class=author-name>Jon Lie</span>"), the separator between them left to the style sheet or to none,
     * are as many names as elements. A name split into its parts is not ("<span class=given-name>Anna</span> <span
     * class=family-name>Berg</span>": other classes, one word each). Links and list items count as twins with no class
     * ({@link #UNCLASSED_TWIN_TAGS}). Only parts that hold the name alone ({@link #isNameLeaf}) are read so.
     */
    private static boolean followsTwinName(Element part) {
        Node before = part.previousSibling();
        while (before instanceof TextNode t && t.isBlank()) {
            before = before.previousSibling();
        }
        if (!(before instanceof Element twin) || !twin.normalName().equals(part.normalName())
                || !twin.className().equals(part.className()) || twin.className().isEmpty() && !UNCLASSED_TWIN_TAGS.contains(part.normalName())) {
            return false;
        }
        return isNameLeaf(twin) && isNameLeaf(part) && holdsWholeName(twin.text()) && holdsWholeName(part.text());
    }

    /**
     * True when a line break stands between two elements of one tag and one class, the byline's entries one a line
     * ("<span class=byline-name><a>Maya Castellanos</a>, <span>Staff Writer</span></span><br><span
     * class=byline-name>…</span>", as student papers' themes list their writers): the break parts the writers, and the
     * second line is no photographer's or role's.
     */
    private static boolean betweenTwinEntries(Element br) {
        Element before = br.previousElementSibling();
        Element after = br.nextElementSibling();
        return before != null && after != null && !before.className().isEmpty() && before.normalName().equals(after.normalName())
                && before.className().equals(after.className()) && nonBlankBetween(before, after) == 1;
    }

    /** The nodes holding text or elements between two siblings (blank text not counted). */
    private static int nonBlankBetween(Element from, Element to) {
        int count = 0;
        for (Node n = from.nextSibling(); n != null && n != to; n = n.nextSibling()) {
            if (!(n instanceof TextNode t && t.isBlank())) {
                count++;
            }
        }
        return count;
    }

    /**
     * True when the element holds its text alone or in one link with no element inside: a name as a CMS renders it. An
     * element holding other parts ("<div class=author><span class=name>…</span><span class=role>…</span></div>", each
     * writer's box) is no twin: its role or affiliation is read, and left out, part by part.
     */
    private static boolean isNameLeaf(Element e) {
        Element child = e.firstElementChild();
        return child == null || child.normalName().equals("a") && child.firstElementChild() == null && child.nextElementSibling() == null;
    }

    /** The most characters a part read by {@link #followsTwinName} may hold: a name, not a sentence. */
    private static final int MAX_TWIN_NAME_CHARS = 60;

    /** True for a short text of two to five words, each opening with a letter: a person's name, given and family. */
    private static boolean holdsWholeName(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_TWIN_NAME_CHARS) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!Character.isLetter(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** True when the text read so far ends with a letter: a name, not a lead, a label or a separator. */
    private static boolean endsWithName(CharSequence out) {
        for (int i = out.length() - 1; i >= 0; i--) {
            char c = out.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                return Character.isLetter(c);
            }
        }
        return false;
    }

    /** The class word of the part of a field that names the field, not its value: Drupal's "field__label", "views-label". */
    private static final java.util.Set<String> LABEL_CLASSES = java.util.Set.of("label");

    /**
     * True when a byline's part is classed as the label of the field it sits in ({@link #LABEL_CLASSES}) and holds no
     * credit's label with its colon ({@link #isCreditLabel}): CMSs render a field as its label and its value
     * ("<div class=field__label>செய்தியாளர்</div><div class=field__item>க. செல்வராஜ்</div>", the reporter field of a
     * Drupal site), the colon after the label set by the style sheet, so the label's word, in whatever language, is
     * the field's name and not the writer's.
     */
    private static boolean isFieldLabel(Element e) {
        return e.attributesSize() > 0 && holdsLabelWord(e.attributes().get("class")) && classWordIn(e, LABEL_CLASSES)
                && !isCreditLabel(e);
    }

    /** True when "label", in any case, is in the class attribute: the check before its words are split ({@link #classWordIn}). */
    private static boolean holdsLabelWord(String cls) {
        for (int i = 0; i + 5 <= cls.length(); i++) {
            if (cls.regionMatches(true, i, "label", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a paragraph of a byline, a line of its own, names a desk or unit ({@link AuthorNames#namesOrganisationUnit}:
     * "Dział Gospodarka"): the byline sets the writer's desk under her name, and a name never runs across a paragraph.
     */
    private static boolean isUnitLine(Element child) {
        return (child.normalName().equals("p") || child.normalName().equals("div"))
                && BoundedText.holdsAtMost(child, MAX_UNIT_LINE_RAW_CHARS) && AuthorNames.namesOrganisationUnit(child.text());
    }

    /** A byline's unit line holds at most this many characters before its blanks are collapsed. */
    private static final int MAX_UNIT_LINE_RAW_CHARS = 120;

    /** True when the byline's part is not read as the author's text: a control, a time, a role, a place, a field's label or a date. */
    private static boolean isSkipped(Element child, CharSequence out) {
        return isControl(child) || child.normalName().equals("time")
                || child.attributesSize() > 0 && (namesAffiliation(child) && !isCreditLabel(child) || namesPlace(child)
                || isFieldLabel(child) || namesDate(child) && !endsWithLowerCaseWord(out));
    }

    /**
     * The text of a part that labels the field after it, as screen readers are told what each field of
     * a byline is (a visually hidden "Author," before the name and "Role," before the role, the same
     * markup in every language: "مصنف," and "عہدہ," in Urdu): a leaf of short text ending with a comma or
     * a colon. Null when the part is not one.
     */
    private static String fieldLabel(Element e) {
        if (e.firstElementChild() != null || !endsWithLabelMark(e)) { // not childrenSize(): that builds the list of children
            return null;
        }
        String t = e.text().strip();
        if (t.length() < 2 || t.length() > MAX_LABEL_CHARS) {
            return null;
        }
        char last = t.charAt(t.length() - 1);
        return last == ',' || last == '\u060C' || last == ':' || last == '\uFF1A' ? t : null;
    }

    /**
     * True when the last character of a leaf's text that is not a blank of any kind is a label's mark ({@link #fieldLabel}):
     * read from its text nodes backwards, so that the leaves of a byline that end otherwise build no text. Skipping every
     * kind of blank (more than the text's own trimming does) never passes over a mark, so this refuses only what
     * {@link #fieldLabel} refuses.
     */
    static boolean endsWithLabelMark(Element leaf) {
        for (int i = leaf.childNodeSize() - 1; i >= 0; i--) {
            if (leaf.childNode(i) instanceof TextNode t) {
                String text = t.getWholeText();
                for (int j = text.length() - 1; j >= 0; j--) {
                    char c = text.charAt(j);
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        return c == ',' || c == '\u060C' || c == ':' || c == '\uFF1A';
                    }
                }
            }
        }
        return false;
    }

    /** The element a {@link #fieldLabel} labels: its next sibling, with nothing but blanks between them; null when none. */
    private static Element labelledField(Element label) {
        Node next = label.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return next instanceof Element field ? field : null;
    }

    /**
     * Class words of text kept for screen readers and hidden from sight, as accessibility conventions
     * name them (HTML5 Boilerplate's and the BBC's "visually-hidden", Bootstrap's "sr-only",
     * WordPress's "screen-reader-text").
     */
    private static final String[] HIDDEN_LABEL_CLASSES = {"visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "a11y-hidden"};

    /**
     * True when a {@link #fieldLabel} is hidden from sight and ends with a comma: a screen reader's label of a
     * byline's field ("Role,", "पदनाम,", "Cargo,"). One that is not a lead labels what the author does, not who.
     */
    private static boolean isHiddenFieldLabel(Element e, String label) {
        if (!isCommaLabel(label)) {
            return false;
        }
        String cls = e.className().toLowerCase(Locale.ROOT);
        for (String c : HIDDEN_LABEL_CLASSES) {
            if (cls.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommaLabel(String label) {
        char last = label.charAt(label.length() - 1);
        return last == ',' || last == '\u060C';
    }

    /** True when the label without its comma is a byline's lead read with a colon ("Author", "مصنف"). */
    private static boolean isLeadLabel(String label) {
        String asColon = label.substring(0, label.length() - 1).strip() + ":";
        return BylineLeads.withoutLeadIn(asColon).isEmpty();
    }

    /** A credit's label is short. */
    private static final int MAX_LABEL_CHARS = 30;

    /**
     * True when a part classed as a role holds a credit's label ("<span class=byline-role>Foto:</span>
     * <span>Ola Strand</span>"): it says whose name follows, and is read, so that a photographer's
     * credit is cut with its name and not glued to the writer's.
     */
    private static boolean isCreditLabel(Element e) {
        String t = e.text().strip();
        return t.length() > 1 && t.length() <= MAX_LABEL_CHARS && (t.endsWith(":") || t.endsWith("："));
    }

    /**
     * Class words of a byline's part that holds the place the author files from ("<span class=lloc>Lleida</span>",
     * "byline__location"), and the hCard's locality: where, not who.
     */
    private static final java.util.Set<String> PLACE_CLASSES = java.util.Set.of("location", "place", "city", "locality", "p-locality",
            "lloc", "lugar", "luogo", "lieu", "ort", "ciudad", "ville", "città");

    /** True when a class word of the part names a place ({@link #PLACE_CLASSES}), alone or after a hyphen or underscore. */
    static boolean namesPlace(Element e) {
        return classWordIn(e, PLACE_CLASSES);
    }

    /**
     * True when a class word of the element, or its last part after a hyphen or underscore, is one of
     * the words ("byline__location" gives "location"); the class attribute is read once, no set built.
     */
    private static boolean classWordIn(Element e, java.util.Set<String> words) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.attributes().get("class");
        int n = cls.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(cls.charAt(i))) {
                i++;
            }
            int start = i;
            int lastCut = -1;
            while (i < n && !Character.isWhitespace(cls.charAt(i))) {
                char c = cls.charAt(i);
                if (c == '-' || c == '_') {
                    lastCut = i;
                }
                i++;
            }
            if (i > start) {
                String word = cls.substring(start, i).toLowerCase(Locale.ROOT);
                if (words.contains(word) || lastCut >= 0 && words.contains(word.substring(lastCut - start + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Class words of a byline's part that holds its date or time, as themes write it without a
     * {@code <time>} element ("<span class=time>Thứ tư, 11/11/2026</span>", "post-date").
     */
    private static final java.util.Set<String> DATE_CLASSES = java.util.Set.of("date", "time", "datetime", "dateline-date", "timestamp",
            "published", "pubdate", "datum", "fecha");

    /**
     * True when the text read so far ends with a word in lower case, a lead that the date after it
     * belongs to ("Posted by Ruth Ellery on <span class=date>…"): the date is read with it, and the
     * name cleaner cuts both.
     */
    private static boolean endsWithLowerCaseWord(CharSequence out) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(out.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isLowerCase(out.charAt(start));
    }

    /** True when a class word of the part names a date ({@link #DATE_CLASSES}), alone or after a hyphen or underscore. */
    static boolean namesDate(Element e) {
        return classWordIn(e, DATE_CLASSES);
    }

    /** Buttons and menus: their labels ("Folgen", "Follow") are controls, not names. */
    private static boolean isControl(Element e) {
        String tag = e.normalName();
        return tag.equals("button") || tag.equals("select") || tag.equals("script") || tag.equals("style");
    }

    /**
     * True when the part says where the author works or what the author does, not who: a class or id
     * naming the publication or affiliation, the microformats' organisation and job title of an
     * hCard ({@code org}, {@code title}, {@code p-org}, {@code p-job-title}), schema.org's
     * {@code jobTitle} and {@code affiliation}, or a part named as a role ("author-role").
     */
    static boolean namesAffiliation(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String itemprop = e.attributes().get("itemprop");
        if (itemprop.equals("jobTitle") || itemprop.equals("affiliation") || itemprop.equals("worksFor")) {
            return true;
        }
        for (String c : e.classNames()) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (lc.equals("org") || lc.equals("p-org") || lc.equals("title") || lc.equals("p-job-title") || lc.equals("role")
                    || lc.endsWith("-role") || lc.endsWith("_role") || lc.contains("jobtitle") || lc.contains("job-title")) {
                return true;
            }
        }
        String names = (e.attr("class") + " " + e.attr("id")).toLowerCase(Locale.ROOT);
        for (String w : AFFILIATION_NAMES) {
            if (names.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private BylineText() {
    }
}
