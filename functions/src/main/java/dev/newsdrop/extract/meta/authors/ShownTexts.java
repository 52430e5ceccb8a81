package dev.newsdrop.extract.meta.authors;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The text nodes under an element whose words a reader of the page sees: those inside script, style, noscript
 * and template elements are left out (code, styling, a fallback for readers without scripts, a template not
 * rendered). The author readers that look for a name or a credit anywhere in the page's body walk it here.
 */
final class ShownTexts {

    /** Elements whose text no reader sees, skipped with all they hold. */
    private static final Set<String> UNSHOWN_TAGS = Set.of("script", "style", "noscript", "template");

    private ShownTexts() {
    }

    /** True when an element of this (normal) tag name is skipped with all it holds. */
    static boolean unshown(String tag) {
        return UNSHOWN_TAGS.contains(tag);
    }

    /** Gives the shown text nodes under {@code root} to the visitor in document order until it answers true; true when one did. */
    static boolean anyMatch(Element root, Predicate<TextNode> visitor) {
        boolean[] matched = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    return unshown(el.normalName()) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (node instanceof TextNode t && visitor.test(t)) {
                    matched[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return matched[0];
    }

    /** Gives every shown text node under {@code root} to the action, in document order. */
    static void forEach(Element root, Consumer<TextNode> action) {
        anyMatch(root, t -> {
            action.accept(t);
            return false;
        });
    }
}
