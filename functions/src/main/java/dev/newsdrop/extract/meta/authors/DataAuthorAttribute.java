package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The author a template writes into a data attribute of the article's element, {@code <article
 * data-author="Jane Doe">}, for its scripts (analytics, paywalls) when it shows no byline: read on
 * the headline and the elements that hold it, not elsewhere, where comments and teasers carry their
 * own. Only a value written as a person's name is taken.
 */
final class DataAuthorAttribute {

    /** The data attributes templates name the article's author with. */
    private static final List<String> ATTRIBUTES = List.of("data-author", "data-author-name", "data-article-author");

    /** Elements read from the headline up: the article holds its headline a few levels down. */
    private static final int MAX_ANCESTORS = 12;

    private DataAuthorAttribute() {
    }

    /** The person a data attribute of the headline or one of its holders names; empty when none. */
    static List<String> names(PageScan scan) {
        Element h1 = scan.firstH1();
        int read = 0;
        for (Element e = h1; e != null && read++ < MAX_ANCESTORS && !e.normalName().equals("body"); e = e.parent()) {
            for (String attribute : ATTRIBUTES) {
                String value = e.attr(attribute).strip();
                if (!value.isEmpty() && value.length() <= BylineText.MAX_BYLINE_CHARS
                        && (AuthorNames.isPersonName(value) || AuthorNames.isCaselessName(value))) {
                    List<String> names = AuthorNames.clean(List.of(value));
                    if (names.size() == 1) {
                        return names;
                    }
                }
            }
        }
        return List.of();
    }
}
