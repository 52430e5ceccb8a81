package dev.newsdrop.extract.body;

import java.util.List;

/**
 * The article body found in a page, and what the verdict needs to know about the page around it.
 *
 * @param paragraphs   the body's paragraphs, credit line removed
 * @param html         sanitized article HTML
 * @param credit       the credited original source, or null
 * @param method       which stage produced the body (for diagnostics)
 * @param pageLinks    links on the page, navigation included
 * @param headingLinks links inside headings: teaser titles on listing pages
 * @param proseChars   characters of prose paragraphs on the page
 * @param stopsAtWall  the text stops at a paywall's notice that was cut from it (a teaser of a subscribers' article)
 */
public record ExtractedBody(List<String> paragraphs, String html, String credit, String method,
                            int pageLinks, int headingLinks, int proseChars, boolean stopsAtWall) {

    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
