package dev.newsdrop.extract.body;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article HTML safelist, applied in place in one walk over a tree the caller owns: what jsoup's
 * {@code Cleaner} does with {@code Safelist.relaxed()} plus figures, captions, rules, marks,
 * abbreviations and times, without copying the tree or resolving each address twice.
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
    static final Set<String> TAGS = Set.of(
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
    static final Map<String, List<String>> SCHEMES = Map.of(
            "a href", List.of("ftp:", "http:", "https:", "mailto:"),
            "blockquote cite", List.of("http:", "https:"),
            "img src", List.of("http:", "https:"),
            "q cite", List.of("http:", "https:"));

    /**
     * Base address for pages of unknown address: a scheme is judged on the resolved form, so a
     * relative link needs some base to be judged (and kept as written) at all.
     */
    private static final String VALIDATION_BASE = "https://unknown-base.invalid/";

    private SafeHtml() {
    }

    /**
     * Sanitizes everything under {@code root} (not {@code root} itself), resolving addresses against
     * {@code baseUri} when it is given. Linear in the size of the tree, however deep or wide: each
     * element's children are rebuilt at most once, after its own subtree is clean.
     */
    static void clean(Element root, String baseUri) {
        boolean resolve = baseUri != null && !baseUri.isBlank();
        Resolver base = new Resolver(resolve ? baseUri : VALIDATION_BASE);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e != root && TAGS.contains(e.normalName())) {
                    keepSafeAttributes(e, base, resolve);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    keepSafeChildren(e);
                }
            }
        }, root);
    }

    /**
     * Replaces the element's children by what may stay: text, kept elements, and in place of each
     * other element its (already clean) children. Script and style data stay only inside a kept tag.
     */
    private static void keepSafeChildren(Element e) {
        boolean dataAllowed = TAGS.contains(e.normalName());
        int n = e.childNodeSize();
        int firstChange = -1;
        for (int i = 0; i < n && firstChange < 0; i++) {
            if (!staysAsItIs(e.childNode(i), dataAllowed)) {
                firstChange = i;
            }
        }
        if (firstChange < 0) {
            return;
        }
        List<Node> kept = new ArrayList<>(n);
        List<Element> unwrapped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node c = e.childNode(i);
            if (i < firstChange || staysAsItIs(c, dataAllowed)) {
                kept.add(c);
            } else if (c instanceof CDataNode cdata) {
                kept.add(new TextNode(cdata.getWholeText())); // written escaped, like any text
            } else if (c instanceof Element child && !TAGS.contains(child.normalName())) {
                kept.addAll(child.childNodes());
                unwrapped.add(child);
            } // else dropped: comments, doctypes, data outside a kept tag
        }
        for (Element u : unwrapped) {
            u.empty(); // detached first, so that moving them costs nothing per sibling
        }
        e.empty();
        e.appendChildren(kept);
    }

    private static boolean staysAsItIs(Node c, boolean dataAllowed) {
        if (c instanceof TextNode) {
            return !(c instanceof CDataNode);
        }
        if (c instanceof Element child) {
            return TAGS.contains(child.normalName());
        }
        return dataAllowed && c instanceof DataNode;
    }

    private static void keepSafeAttributes(Element e, Resolver base, boolean resolve) {
        if (e.attributesSize() == 0) {
            return;
        }
        String tag = e.normalName();
        Set<String> allowed = ATTRIBUTES.getOrDefault(tag, Set.of());
        Attributes attributes = e.attributes();
        for (Iterator<Attribute> it = attributes.iterator(); it.hasNext(); ) {
            Attribute a = it.next();
            String key = a.getKey();
            if (!allowed.contains(key)) {
                it.remove();
                continue;
            }
            List<String> schemes = SCHEMES.get(tag + " " + key);
            if (schemes == null) {
                if (a.getValue().isEmpty()) {
                    a.setValue(""); // written alt="", not a bare alt: the same attribute to every reader
                }
                continue;
            }
            String raw = a.getValue();
            String resolved = base.resolve(raw);
            // what cannot be resolved is judged as written, unless it claims http and is malformed
            String judged = !resolved.isEmpty() ? resolved : StringUtil.hasHttpScheme(raw) ? "" : raw;
            if (!hasScheme(judged, schemes)) {
                it.remove();
            } else if (resolve && !resolved.isEmpty()) {
                a.setValue(resolved);
            } else if (raw.isEmpty()) {
                a.setValue("");
            }
        }
    }

    /**
     * Resolves addresses against one base, parsed once: what jsoup's {@code absUrl} gives, without
     * parsing the base again for every link. An address the fast path refuses takes jsoup's whole
     * path, which knows what to make of it.
     */
    private static final class Resolver {
        private final String base;
        private URL parsed;
        private boolean baseParsed;

        Resolver(String base) {
            this.base = base;
        }

        /** The absolute address, or "" when there is none. */
        String resolve(String address) {
            if (isPlainAbsolute(address)) {
                return address;
            }
            URL url = parsedBase();
            if (url != null) {
                try {
                    return StringUtil.resolve(url, address).toExternalForm();
                } catch (MalformedURLException e) {
                    // the slow path below decides, as jsoup would
                }
            }
            return StringUtil.resolve(base, address);
        }

        /** The base as a URL, parsed on the first relative address: many articles link only absolutely. */
        private URL parsedBase() {
            if (!baseParsed) {
                baseParsed = true;
                try {
                    parsed = new URI(base.strip()).toURL();
                } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
                    parsed = null;
                }
            }
            return parsed;
        }
    }

    /**
     * An absolute http or https address written plainly: a host of letters, digits, dots and
     * hyphens not starting with a dot, maybe a port, then printable ASCII without backslashes or
     * dot segments. Resolving one gives it back unchanged, so most of an article's links and
     * images need no parsing at all.
     */
    static boolean isPlainAbsolute(String address) {
        int i = address.startsWith("https://") ? 8 : address.startsWith("http://") ? 7 : -1;
        if (i < 0 || i >= address.length() || address.charAt(i) == '.' || address.contains("/.")) {
            return false;
        }
        int n = address.length();
        int hostStart = i;
        while (i < n && isHostChar(address.charAt(i))) {
            i++;
        }
        if (i == hostStart) {
            return false;
        }
        if (i < n && address.charAt(i) == ':') {
            int portStart = ++i;
            while (i < n && address.charAt(i) >= '0' && address.charAt(i) <= '9') {
                i++;
            }
            if (i == portStart) {
                return false;
            }
        }
        if (i < n && address.charAt(i) != '/' && address.charAt(i) != '?' && address.charAt(i) != '#') {
            return false; // user info, a bad port, a strange host: left to the full parse
        }
        for (; i < n; i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
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
