package dev.newsdrop.extract.meta;

import org.jsoup.nodes.Element;
import org.jsoup.select.NodeVisitor;

/**
 * A visitor riding along the metadata stage's walk over the document ({@link MetadataReader#read}),
 * handed with each element the attributes that walk has read from it already, so that it need not
 * look them up again: the walk reads every element's attributes in one pass.
 */
public interface ScanRider extends NodeVisitor {

    /**
     * The head of an element, with its {@code rel} and {@code itemtype} attributes as the walk read
     * them ("" when absent). Called instead of {@link #head} for elements; nodes of other kinds are
     * handed to {@link #head}.
     */
    default void headElement(Element e, int depth, String rel, String itemtype) {
        head(e, depth);
    }
}
