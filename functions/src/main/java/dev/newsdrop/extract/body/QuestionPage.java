package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.Set;

/**
 * A page of questions and answers declared by schema.org microdata ({@code itemtype} FAQPage or
 * QAPage): the element so typed is the page's content, every question with its answer. Where the
 * answers are short ("Yes, for all residents.") only one of them, or none, reads as prose, and the
 * finder picks that answer alone; the declaration says the whole is the text.
 */
final class QuestionPage {

    /** schema.org types of a page of questions and answers, the last segment of {@code itemtype}. */
    static final Set<String> ITEMTYPES = Set.of("FAQPage", "QAPage");

    /** Ancestors climbed from the chosen container looking for the declaration: pages nest a few dozen deep. */
    private static final int MAX_ANCESTORS = 12;

    private QuestionPage() {
    }

    /** The element typed FAQPage or QAPage around the container (never the body or html), or the container. */
    static Element widen(Element container) {
        int steps = 0;
        for (Element a = container; a != null && steps++ < MAX_ANCESTORS; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return container;
            }
            String type = Blocks.attr(a, "itemtype");
            if (!type.isEmpty() && ITEMTYPES.contains(type.substring(type.lastIndexOf('/') + 1).strip())) {
                return a;
            }
        }
        return container;
    }
}
