package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.body.ContentPruner.SHORT_LINE_CHARS;
import static dev.newsdrop.extract.body.ContentPruner.isInTableCell;
import static dev.newsdrop.extract.body.ContentPruner.isOrSitsIn;

/**
 * The lines a picture brings into the text: a slideshow's counter ("1 / 8"), alone or opening a slide's caption, and a
 * caption set without figure markup, closed by the picture's credit ("… Foto: ČTK").
 */
final class PictureLines {

    /**
     * A picture's credit closing a line, after the caption's sentence or alone: "… in Praze 10. Foto: ČTK", "Fotó: MTI/Kovács
     * Attila", "Снимка: БГНЕС", "Fot. PAP/Jan Nowak" (the label, its colon or the abbreviation's dot, then a name or an agency).
     */
    private static final Pattern TRAILING_PICTURE_CREDIT = Pattern.compile(
            "(?:^|[.!?…]\\s+|\\s)(?:foto|fotó|fotos|photo|bild|фото|снимка|kuva|zdjęcie|φωτογραφία|fotoğraf|صورة|عکس)\\s*[:：]\\s*\\S[^.!?]{0,60}$"
                    + "|(?:^|[.!?…]\\s+)(?:fot|nuotr)\\.\\s*\\S[^!?]{0,60}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * True when the line is a picture's caption set without figure markup: the block comes right after a picture
     * ({@code <img>} or {@code <picture>}, alone or in its link) and closes on the picture's credit ({@link
     * #TRAILING_PICTURE_CREDIT}), as newspaper CMSs write a photo box ("<div class=photo><img><p>Caption. Foto: ČTK</p></div>").
     */
    static boolean isUnmarkedCaption(Element e, String text) {
        if (text.length() >= SHORT_LINE_CHARS) {
            return false;
        }
        Element before = e.previousElementSibling();
        if (before == null || !isPictureAlone(before) || inFigure(e)) {
            return false; // a figure's caption is marked as one, and the figure's rendering keeps it
        }
        return TRAILING_PICTURE_CREDIT.matcher(text).find();
    }

    /**
     * The parts of a slide that are its counter, when the block's whole text is a gallery's counter ({@link
     * BodyRenderer#isCounterText}: "1 / 8", "Bild 3 von 12") and the block is a slide: it holds a picture, or comes right
     * after one. A slider left between two blocks of the text keeps its picture and its counter, no words: the counter
     * says where the reader is in the slideshow. The block goes whole when it holds no picture; else the children that
     * hold the counter's text go and the picture stays. Null when the block is no slide's counter, or when the counter's
     * text and the picture share a child. Asked only of a block no longer than a counter.
     */
    static List<Node> slideCounter(Element e, TextStats.Stats s) {
        if (s.chars == 0 || s.chars > BodyRenderer.MAX_PICTURE_COUNTER_CHARS || s.linkChars > 0) {
            return null;
        }
        String text = e.text().strip();
        if (!BodyRenderer.isCounterText(text) || isInTableCell(e)) {
            return null;
        }
        if (!holdsPicture(e)) {
            Element before = e.previousElementSibling();
            return before != null && isPictureAlone(before) ? List.of(e) : null;
        }
        List<Node> parts = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element c && !c.text().isBlank()) {
                if (n instanceof Element c && holdsPicture(c)) {
                    return null; // the picture and the counter in one box: left whole
                }
                parts.add(n);
            }
        }
        return parts.isEmpty() ? null : parts;
    }

    /**
     * The gallery's counter that opens a slide's caption box in an inline element of its own, the box right after the
     * slide's picture ("<img><div class=legend><span>2/3</span><p>Seuls quelques rangs …</p></div>"): it says where the
     * reader is in the slideshow, as a counter alone does ({@link #slideCounter}), and the caption after it stays. Null when
     * the box opens otherwise. Only the box's first child is asked, and only after a picture.
     */
    static Element leadingSlideCounter(Element e) {
        Element before = e.previousElementSibling();
        if (before == null || !isPictureAlone(before)) {
            return null;
        }
        Node first = e.firstChild();
        while (first instanceof TextNode t && t.isBlank()) {
            first = first.nextSibling();
        }
        if (!(first instanceof Element c) || Blocks.isBlock(c) || c.childNodeSize() != 1 || !(c.firstChild() instanceof TextNode)) {
            return null;
        }
        String text = c.text().strip();
        return text.length() <= BodyRenderer.MAX_PICTURE_COUNTER_CHARS && BodyRenderer.isCounterText(text) ? c : null;
    }

    /** True when the element is or holds an {@code <img>} or {@code <picture>}. */
    private static boolean holdsPicture(Element e) {
        return e.nameIs("img") || e.nameIs("picture") || !e.getElementsByTag("img").isEmpty() || !e.getElementsByTag("picture").isEmpty();
    }

    /** Ancestors asked for a figure around a caption: the caption, a box or two in it. */
    private static final int MAX_FIGURE_DEPTH = 3;

    /** True when the block is a figure's caption or sits in a figure, a few boxes down. */
    private static boolean inFigure(Element e) {
        return isOrSitsIn(e, MAX_FIGURE_DEPTH, "figure", "figcaption");
    }

    /** An {@code <img>} or {@code <picture>}, or a link holding one and no text. */
    private static boolean isPictureAlone(Element e) {
        String tag = e.normalName();
        if (tag.equals("img") || tag.equals("picture")) {
            return true;
        }
        if (!tag.equals("a")) {
            return false; // asked before the children are counted: counting builds the list of the element's children
        }
        Element only = e.childrenSize() == 1 ? e.firstElementChild() : null;
        return only != null && (only.normalName().equals("img") || only.normalName().equals("picture")) && e.text().isBlank();
    }}
