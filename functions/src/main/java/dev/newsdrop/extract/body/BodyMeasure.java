package dev.newsdrop.extract.body;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import dev.newsdrop.extract.meta.ScanRider;

/**
 * The measurements of a page's body before cleaning ({@link TextStats}), taken while another walk
 * over the whole document passes through the body, so that the body stage does not walk the page
 * again: the metadata stage's walk ({@code PageScan}) hands this visitor its nodes. The walk must
 * give each node's {@link #head} before its descendants' and its {@link #tail} after them, as a
 * {@link org.jsoup.select.NodeTraversor} walk does, and may leave out a subtree it takes out of
 * the document (both its head and tail calls). Nodes outside the body are ignored.
 *
 * <p>When no walk has passed through the whole body (a walk that was not run, or the body was
 * replaced since), {@link BodyExtractor} measures the body in a walk of its own.
 */
public final class BodyMeasure implements ScanRider {

    /**
     * Bytes of a page per element the measuring keeps (blocks, links, cells: about 330 on the median
     * benchmark page, 150 to 1,000 on most): its map is sized for the page's size over this, and so
     * seldom grows, where one sized for a small page grew once or twice on most pages, moving every
     * entry each time.
     */
    static final int PAGE_BYTES_PER_MEASURED_ELEMENT = 256;

    /** The most elements a map is sized for in advance: a larger page grows it. */
    static final int MAX_EXPECTED_MEASURED_ELEMENTS = 8192;

    private final Element body;
    /** The measured elements expected, to size the measuring's map. */
    private final int expectedElements;
    /** The depth of the body in the riding walk while it is inside the body, else -1. */
    private int bodyDepth = -1;
    private TextStats.Measuring measuring;
    private TextStats result;

    private BodyMeasure(Element body, int expectedElements) {
        this.body = body;
        this.expectedElements = expectedElements;
    }

    /** A measure of the document's body, to be handed the nodes of a walk over the document. */
    public static BodyMeasure of(Document doc) {
        return new BodyMeasure(doc.body(), TextStats.EXPECTED_MEASURED_ELEMENTS);
    }

    /**
     * {@link #of(Document)} for a page of {@code pageSize} bytes, its map sized for the elements a page
     * of that size holds ({@link #PAGE_BYTES_PER_MEASURED_ELEMENT}).
     */
    public static BodyMeasure of(Document doc, int pageSize) {
        int expected = Math.min(Math.max(pageSize / PAGE_BYTES_PER_MEASURED_ELEMENT, TextStats.EXPECTED_MEASURED_ELEMENTS),
                MAX_EXPECTED_MEASURED_ELEMENTS);
        return new BodyMeasure(doc.body(), expected);
    }

    @Override
    public void head(Node node, int depth) {
        enter(node, depth);
        if (bodyDepth >= 0) {
            measuring.head(node, depth - bodyDepth);
        }
    }

    /** {@link #head} of an element whose {@code rel} and {@code itemtype} the riding walk has read already. */
    @Override
    public void headElement(Element e, int depth, String rel, String itemtype) {
        enter(e, depth);
        if (bodyDepth >= 0) {
            measuring.headElement(e, depth - bodyDepth, rel, itemtype);
        }
    }

    private void enter(Node node, int depth) {
        if (node == body && body != null) {
            bodyDepth = depth;
            measuring = new TextStats.Measuring(body, expectedElements);
            result = null;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (bodyDepth < 0) {
            return;
        }
        measuring.tail(node, depth - bodyDepth);
        if (node == body) {
            result = measuring.result();
            measuring = null;
            bodyDepth = -1;
        }
    }

    /**
     * The measurements of {@code root}: those the walk took when {@code root} is the body it went
     * through whole, else a walk of its own.
     */
    TextStats of(Element root) {
        return root == body && result != null ? result : TextStats.measure(root);
    }
}
