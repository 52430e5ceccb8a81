package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nodes marked during a walk and taken out of the tree together, each parent's child list rebuilt
 * once. Taking nodes out one at a time is quadratic in the number of siblings: jsoup shifts the
 * child list and renumbers the siblings after every removal, so a page of 100,000 removable
 * siblings (navs, options, comments) took minutes. Marking first also leaves the tree untouched
 * while a walk is still reading it.
 */
final class Removals {

    /**
     * Up to this many marked children a parent loses them one by one, which costs less than a
     * rebuild on an ordinary page (a few removals a parent); above it, its child list is rebuilt.
     */
    private static final int FEW = 8;

    private final Set<Node> marked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> spaced = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, List<Node>> byParent = new IdentityHashMap<>();

    /** Marks a node to be taken out with its subtree; a node without a parent is left as it is. */
    void mark(Node node) {
        Element parent = node.parentElement();
        if (parent != null && marked.add(node)) {
            byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(node);
        }
    }

    /**
     * Marks a node to be taken out with its subtree and a space left in its place: a control set between two
     * words of a line ("Portioner<button>-</button>20") parted them on the screen, and without it they would
     * run together.
     */
    void markSpaced(Node node) {
        mark(node);
        if (marked.contains(node)) {
            spaced.add(node);
        }
    }

    /** True when the node is marked and not yet taken out. */
    boolean isMarked(Node node) {
        return marked.contains(node);
    }

    /** Takes every marked node out of its parent: at most one pass over each parent's children. */
    void apply() {
        for (Map.Entry<Element, List<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            if (entry.getValue().size() <= FEW) {
                for (Node node : entry.getValue()) {
                    if (spaced.contains(node)) {
                        node.replaceWith(new TextNode(" "));
                    } else {
                        node.remove();
                    }
                }
                continue;
            }
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (spaced.contains(child)) {
                    kept.add(new TextNode(" "));
                } else if (!marked.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty(); // detaches every child at once, with no renumbering
            parent.appendChildren(kept);
        }
        marked.clear();
        spaced.clear();
        byParent.clear();
    }
}
