package dev.newsdrop.extract.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Arrays;

/**
 * A walk over a tree that its visitor leaves as it is, in the order {@link NodeTraversor#traverse} gives:
 * each node's head before its descendants', its tail after theirs. jsoup's traversal asks each node for
 * its sibling index and its next sibling (so that a visitor may remove or replace nodes as it goes);
 * this walk keeps the index of the next child to visit at each depth, and reads the parent's list.
 */
public final class TreeWalk {

    /** Depths the walk makes room for at first; a deeper tree grows the room. */
    private static final int INITIAL_DEPTHS = 64;

    private TreeWalk() {
    }

    /**
     * The next node after {@code n} in document order within {@code root} (its first child, else the next
     * sibling of it or of its nearest ancestor below {@code root}), or null at the end: a step of a walk
     * without recursion. A null {@code root} walks to the end of the document.
     */
    public static Node next(Node n, Node root) {
        if (n.childNodeSize() > 0) {
            return n.childNode(0);
        }
        for (Node at = n; at != null && at != root; at = at.parent()) {
            Node sibling = at.nextSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    /**
     * True when an element named {@code tag} (jsoup's normal name) is among the first {@code maxNodes} nodes of
     * {@code root}'s tree in document order, {@code root} included: a bounded look inside a block for its part.
     */
    public static boolean holdsElement(Element root, String tag, int maxNodes) {
        int seen = 0;
        for (Node n = root; n != null && seen++ < maxNodes; n = next(n, root)) {
            if (n instanceof Element el && el.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Hands {@code visitor} every node of {@code root}'s tree, {@code root} at depth 0; the visitor must not change the tree. */
    public static void traverse(NodeVisitor visitor, Node root) {
        int[] nextChild = new int[INITIAL_DEPTHS]; // at each depth, the index of the next sibling to visit
        Node node = root;
        int depth = 0;
        while (true) {
            visitor.head(node, depth);
            if (node.childNodeSize() > 0) {
                depth++;
                if (depth == nextChild.length) {
                    nextChild = Arrays.copyOf(nextChild, nextChild.length * 2);
                }
                nextChild[depth] = 1;
                node = node.childNode(0);
                continue;
            }
            while (true) {
                visitor.tail(node, depth);
                if (depth == 0) {
                    return;
                }
                Node parent = node.parentNode();
                int next = nextChild[depth];
                if (next < parent.childNodeSize()) {
                    nextChild[depth] = next + 1;
                    node = parent.childNode(next);
                    break;
                }
                node = parent;
                depth--;
            }
        }
    }
}
