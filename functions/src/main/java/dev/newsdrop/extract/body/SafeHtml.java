package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.LinkResolver;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an element as HTML through the article safelist, in one walk that neither copies nor
 * changes the tree: what jsoup's {@code Cleaner} with {@code Safelist.relaxed()} (plus figures,
 * captions, rules, marks, abbreviations and times) followed by {@code html()} gives, without the
 * copy, the second walk, or resolving each address twice.
 *
 * <ul>
 *   <li>An element whose tag is not listed is unwrapped: the tag goes, its safe content stays in
 *       place. Comments, doctypes and script or style data go.</li>
 *   <li>A listed element keeps only the attributes listed for its tag. No tag lists an event
 *       handler, a style or a class.</li>
 *   <li>An address attribute is kept only when, resolved against the page, it uses one of the
 *       schemes listed for it: no {@code javascript:} or {@code data:} links. With a page address
 *       it is written resolved; without one, as written.</li>
 * </ul>
 */
final class SafeHtml {

    /** Tags kept; every other element is unwrapped. */
    static final Set<String> TAGS = Blocks.lookup(
            "a", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "div", "dl", "dt", "em",
            "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li", "ol", "p", "pre", "q", "small", "span", "strike",
            "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
            "figure", "figcaption", "hr", "mark", "abbr", "time");

    /** Attributes kept, by tag; a tag not named here keeps none. */
    static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("a", Set.of("href", "title")),
            Map.entry("blockquote", Set.of("cite")),
            Map.entry("col", Set.of("span", "width")),
            Map.entry("colgroup", Set.of("span", "width")),
            Map.entry("img", Set.of("align", "alt", "height", "src", "title", "width")),
            Map.entry("ol", Set.of("start", "type")),
            Map.entry("q", Set.of("cite")),
            Map.entry("table", Set.of("summary", "width")),
            Map.entry("td", Set.of("abbr", "axis", "colspan", "rowspan", "width")),
            Map.entry("th", Set.of("abbr", "axis", "colspan", "rowspan", "scope", "width")),
            Map.entry("ul", Set.of("type")),
            Map.entry("time", Set.of("datetime")));

    /** Address attributes, by tag and attribute, and the schemes (with their colon) they may use. */
    static final Map<String, Map<String, List<String>>> SCHEMES = Map.of(
            "a", Map.of("href", List.of("ftp:", "http:", "https:", "mailto:")),
            "blockquote", Map.of("cite", List.of("http:", "https:")),
            "img", Map.of("src", List.of("http:", "https:")),
            "q", Map.of("cite", List.of("http:", "https:")));

    /** Kept elements that have no content and no end tag. */
    private static final Set<String> VOID_TAGS = Blocks.lookup("br", "img", "hr", "col");

    /**
     * Base address for pages of unknown address: a scheme is judged on the resolved form, so a
     * relative link needs some base to be judged (and kept as written) at all.
     */
    private static final String VALIDATION_BASE = "https://unknown-base.invalid/";

    private SafeHtml() {
    }

    /**
     * The element and its content as sanitized HTML, addresses resolved against {@code baseUri} when
     * it is given. Iterative: a page nested 100,000 deep does not overflow the stack.
     */
    static String html(Element root, String baseUri) {
        Writer writer = new Writer(baseUri);
        NodeTraversor.traverse(writer, root);
        return writer.html();
    }

    /**
     * The writing walk's visitor, for a walk of its own ({@link #html}) or to ride along another walk
     * over the same subtree ({@link BodyRenderer#render}), handed every node of it in document order.
     */
    static final class Writer implements NodeVisitor {
        private final boolean resolve;
        private final LinkResolver base;
        private final StringBuilder out = new StringBuilder(4096);

        /** A writer resolving addresses against {@code baseUri} when it is given. */
        Writer(String baseUri) {
            resolve = baseUri != null && !baseUri.isBlank();
            base = new LinkResolver(resolve ? baseUri : VALIDATION_BASE);
        }

        /** What was written, once the walk is over. */
        String html() {
            return out.toString();
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                if (TAGS.contains(e.normalName())) {
                    startTag(e, base, resolve, out);
                } // any other element: left out, its content written in its place
            } else if (node instanceof TextNode t) {
                escape(t.getWholeText(), false, out); // CDATA too: written as the text it is
            } else if (node instanceof DataNode d && d.parent() != null && TAGS.contains(d.parent().normalName())) {
                escape(d.getWholeData(), false, out);
            } // comments, doctypes, script and style data: left out
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && TAGS.contains(e.normalName())
                    && !(VOID_TAGS.contains(e.normalName()) && e.childNodeSize() == 0)) {
                out.append("</").append(e.normalName()).append('>');
            }
        }
    }

    private static void startTag(Element e, LinkResolver base, boolean resolve, StringBuilder out) {
        String tag = e.normalName();
        out.append('<').append(tag);
        if (e.attributesSize() > 0) {
            Set<String> allowed = ATTRIBUTES.getOrDefault(tag, Set.of());
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                if (allowed.contains(key)) {
                    String value = safeValue(tag, key, a.getValue(), base, resolve);
                    if (value != null) {
                        out.append(' ').append(key).append("=\"");
                        escape(value, true, out);
                        out.append('"');
                    }
                }
            }
        }
        out.append('>');
        if (tag.equals("pre") && e.childNodeSize() > 0 && e.childNode(0) instanceof TextNode t && t.getWholeText().startsWith("\n")) {
            out.append('\n'); // a parser drops the newline right after <pre>: written twice, one survives
        }
    }

    /** The value to write for a listed attribute, or null when its address uses a scheme not listed for it. */
    private static String safeValue(String tag, String key, String raw, LinkResolver base, boolean resolve) {
        List<String> schemes = SCHEMES.getOrDefault(tag, Map.of()).get(key);
        if (schemes == null) {
            return raw;
        }
        String resolved = base.resolve(raw);
        // what cannot be resolved is judged as written, unless it claims http and is malformed
        String judged = !resolved.isEmpty() ? resolved : StringUtil.hasHttpScheme(raw) ? "" : raw;
        if (!hasScheme(judged, schemes)) {
            return null;
        }
        return resolve && !resolved.isEmpty() ? resolved : raw;
    }

    /**
     * For each character below U+00A1, true when {@link #escape} writes it as it is in text and in
     * attribute values alike: not {@code & < > "}, the no-break space, or a control character other
     * than tab, line feed and carriage return. Read instead of comparing each character in turn.
     */
    private static final boolean[] PLAIN = plainCharacters();

    private static boolean[] plainCharacters() {
        boolean[] plain = new boolean[0xA1];
        for (char c = 0; c < plain.length; c++) {
            plain[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\u00A0' && (c >= ' ' || c == '\t' || c == '\n' || c == '\r');
        }
        return plain;
    }

    /**
     * Appends text escaped as jsoup writes HTML in UTF-8: {@code & < >} and no-break spaces by name,
     * {@code "} too in attribute values, and by number the control characters HTML does not allow
     * and halves of broken surrogate pairs.
     */
    static void escape(String s, boolean inAttribute, StringBuilder out) {
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String entity;
            if (c < PLAIN.length ? PLAIN[c] : !Character.isSurrogate(c)) {
                continue; // most characters: nothing to escape
            } else if (c == '&') {
                entity = "&amp;";
            } else if (c == '<') {
                entity = "&lt;";
            } else if (c == '>') {
                entity = "&gt;";
            } else if (c == '\u00A0') {
                entity = "&nbsp;";
            } else if (c == '"') {
                entity = inAttribute ? "&quot;" : null;
            } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
                entity = "&#x" + Integer.toHexString(c) + ";";
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a whole pair: written as it is
                entity = null;
            } else if (Character.isSurrogate(c)) {
                entity = "&#x" + Integer.toHexString(c) + ";";
            } else {
                entity = null;
            }
            if (entity != null) {
                out.append(s, from, i).append(entity);
                from = i + 1;
            }
        }
        out.append(s, from, n);
    }

    private static boolean hasScheme(String address, List<String> schemes) {
        String lower = address.toLowerCase(Locale.ROOT);
        for (String s : schemes) {
            if (lower.startsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
