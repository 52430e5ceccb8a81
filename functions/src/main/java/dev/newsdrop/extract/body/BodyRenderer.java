package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 4: writes the chosen content as plain paragraphs and as sanitized HTML. Text has one
 * paragraph per block, whitespace collapsed; HTML keeps structure (headings, lists, quotes, tables,
 * figures) through a safelist ({@link SafeHtml}) with no scripts, styles, event handlers or
 * javascript: links.
 */
final class BodyRenderer {

    /** Class words of captions and credits under pictures. */
    private static final java.util.Set<String> CAPTION_WORDS = Blocks.lookup(
            "caption", "captions", "figcaption", "credit", "credits", "photocredit", "imagecredit", "gallery", "slideshow");

    /** The lengths and first letters of {@link #CAPTION_WORDS}: most class words are refused by them without being cut out. */
    private static final int SHORTEST_CAPTION_WORD = CAPTION_WORDS.stream().mapToInt(String::length).min().orElse(0);
    private static final int LONGEST_CAPTION_WORD = CAPTION_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final String CAPTION_WORD_INITIALS = CAPTION_WORDS.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /** Table cells are joined with this inside a row's paragraph. */
    private static final String CELL_SEPARATOR = " ";

    private BodyRenderer() {
    }

    /**
     * The paragraphs of text under an element, in order. Figures and their captions stay in the
     * HTML but not in the text: a caption interrupts the prose, and galleries repeat theirs.
     */
    static List<String> paragraphs(Element root) {
        return paragraphs(root, false);
    }

    /**
     * The paragraphs of text under an element; with {@code keepCaptions}, a picture's caption
     * ({@code figure}, {@code figcaption}) is read in its place as a paragraph of its own (other
     * caption-like elements, a caption's credit, stay out) and table cells are not separated.
     */
    private static List<String> paragraphs(Element root, boolean keepCaptions) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(current, t.getWholeText());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (e != root && isCaption(e) && !(keepCaptions && (tag.equals("figure") || tag.equals("figcaption")))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (keepCaptions && !Blocks.BLOCK_TAGS.contains(tag) && isPictureCounter(e)) {
                        return FilterResult.SKIP_ENTIRELY; // "Bild 1 von 4" set in a caption: the gallery's place, not its text
                    }
                    if (Blocks.BLOCK_TAGS.contains(tag)) {
                        flush(current, out);
                    } else if (!keepCaptions && (tag.equals("td") || tag.equals("th")) && !current.isEmpty()) {
                        current.append(CELL_SEPARATOR);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && Blocks.BLOCK_TAGS.contains(e.normalName())) {
                    flush(current, out);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, out);
        return out;
    }

    /**
     * A gallery's counter: which picture of how many ("Bild 1 von 4", "Image 2 of 9", "Foto 3/12",
     * "1 / 4"), in the languages of the pages read. Galleries set it in a caption beside the caption's
     * words; it says where the reader is in the slideshow, not what the picture shows.
     */
    private static final java.util.regex.Pattern PICTURE_COUNTER = java.util.regex.Pattern.compile(
            "(?:(?:bild|foto|image|photo|picture|slide|immagine|imagen|imagem|afbeelding|zdjęcie|obrázek|bilde|kuva)\\.? ?)?"
                    + "(\\d{1,3}) ?(?:/|von|of|de|di|van|z|ze|sur|av|af|из) ?(\\d{1,3})",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** Ancestors of a counter asked for its caption: it sits in the caption or a wrapper or two in it. */
    private static final int MAX_COUNTER_ANCESTORS = 6;

    /** A counter is short: a word and two numbers. */
    static final int MAX_PICTURE_COUNTER_CHARS = 24;

    /**
     * True when the stripped text is a gallery's counter alone ({@link #PICTURE_COUNTER}: "1 / 8", "Bild 3 von 12"), its
     * first number no greater than its second: a picture of how many ("24/7" counts nothing).
     */
    static boolean isCounterText(String text) {
        if (text.isEmpty() || text.length() > MAX_PICTURE_COUNTER_CHARS || !Character.isDigit(text.charAt(text.length() - 1))) {
            return false;
        }
        java.util.regex.Matcher m = PICTURE_COUNTER.matcher(text);
        return m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
    }

    /** True when the inline element's whole text is a gallery's counter ({@link #PICTURE_COUNTER}) and it sits in a caption. */
    static boolean isPictureCounter(Element e) {
        if (e.childNodeSize() == 0 || e.childNodeSize() > 3) {
            return false;
        }
        if (!isCounterText(e.text().strip())) {
            return false;
        }
        int steps = 0;
        for (Element a = e.parent(); a != null && steps++ < MAX_COUNTER_ANCESTORS; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("figcaption") || tag.equals("figure")) {
                return true;
            }
            if (Blocks.BLOCK_TAGS.contains(tag) && !tag.equals("div")) {
                return false;
            }
        }
        return false;
    }

    /** Captions read in a photo story's container: a gallery of a few dozen pictures at most. */
    private static final int MAX_PHOTO_STORY_CAPTIONS = 60;

    /**
     * The paragraphs of a photo story's container with its pictures' captions ({@code figcaption}) in
     * their place among the text, when it holds at least {@code minCaptions} captions with text; null
     * otherwise. Asked only of a container whose text alone is too short for an article: a gallery
     * tells its story in its captions. A caption's credit ("credit", "photocredit") stays out.
     * One caption that is a sentence of prose ({@link #isSentenceCaption}) is enough: a photo page
     * (a news picture with its caption and a line or two) tells its story in that caption.
     */
    static List<String> photoStoryParagraphs(Element root, int minCaptions) {
        int captions = 0;
        int read = 0;
        boolean sentence = false;
        for (Element c : root.getElementsByTag("figcaption")) {
            if (++read > MAX_PHOTO_STORY_CAPTIONS) {
                break;
            }
            String text = c.text().strip();
            if (!text.isEmpty()) {
                captions++;
                sentence |= isSentenceCaption(text);
            }
        }
        if (captions < minCaptions && !sentence) {
            return null;
        }
        return paragraphs(root, true);
    }

    /**
     * True when a caption's text is a sentence of prose: as long as {@link TextStats#PROSE_CHARS}, or as
     * long as {@link TextStats#SENTENCE_CHARS} and ending as a sentence ends ("4일 오전 서울 광화문광장에
     * 첫눈이 내리고 있다."). A label under a picture ("Foto: dpa", "The harbour at dusk") is not.
     */
    private static boolean isSentenceCaption(String text) {
        return text.length() >= TextStats.PROSE_CHARS
                || (text.length() >= TextStats.SENTENCE_CHARS && TextStats.endsSentence(text.charAt(text.length() - 1)));
    }

    /** An element's paragraphs of text ({@link #paragraphs}) and its sanitized HTML ({@link #html}). */
    record Rendered(List<String> paragraphs, String html) {
    }

    /**
     * {@link #paragraphs} and {@link #html} of the same element, written in one walk: the text side
     * leaves figures and captions out as {@code paragraphs} does, the HTML side writes every node.
     */
    static Rendered render(Element root, String baseUri) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        SafeHtml.Writer writer = new SafeHtml.Writer(baseUri);
        int[] captionDepth = {0}; // inside a figure or caption: written as HTML, left out of the text
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("img")) {
                        useLazySource(e); // before the writer reads it, as html() does before its walk
                    }
                    if (captionDepth[0] > 0) {
                        captionDepth[0]++;
                    } else if (e != root && isCaption(e)) {
                        captionDepth[0] = 1;
                    } else {
                        String tag = e.normalName();
                        if (Blocks.BLOCK_TAGS.contains(tag)) {
                            flush(current, out);
                        } else if ((tag.equals("td") || tag.equals("th")) && !current.isEmpty()) {
                            current.append(CELL_SEPARATOR);
                        }
                    }
                } else if (node instanceof TextNode t && captionDepth[0] == 0) {
                    appendCollapsed(current, t.getWholeText());
                }
                writer.head(node, depth);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (captionDepth[0] > 0) {
                        captionDepth[0]--;
                    } else if (Blocks.BLOCK_TAGS.contains(e.normalName())) {
                        flush(current, out);
                    }
                }
                writer.tail(node, depth);
            }
        }, root);
        flush(current, out);
        return new Rendered(out, writer.html().trim());
    }

    /**
     * Elements whose presence as a child makes a figure a figure of text, not of a picture: HTML's
     * figure holds tables and code listings too, and WordPress's block editor sets every table in
     * one ({@code <figure class="wp-block-table"><table>}). (A figure of a blockquote, the editor's
     * pull quote, mostly repeats a sentence of the text: it stays out.)
     */
    private static final java.util.Set<String> TEXT_FIGURE_CONTENT_TAGS = Blocks.lookup("table", "pre");

    /** The tags of a definition list, its terms and its descriptions. */
    private static final java.util.Set<String> DEFINITION_LIST_TAGS = Blocks.lookup("dl", "dt", "dd");

    /**
     * Caption words that on a definition list name the credits of a work ("<dl class=review-credits>", director, cast,
     * running time): a picture's credit is a line under it, never a list of terms and descriptions, and a review's
     * credits are text. WordPress's old caption markup ({@code dl.wp-caption}, {@code dl.gallery-item}) says "caption" or
     * "gallery", and stays a caption.
     */
    private static final java.util.Set<String> WORK_CREDIT_WORDS = Blocks.lookup("credit", "credits");

    /** Figures, captions and photo credits, by tag or by class word; a figure of a table or a listing is text. */
    private static boolean isCaption(Element e) {
        String tag = e.normalName();
        if (tag.equals("figcaption")) {
            return true;
        }
        if (tag.equals("figure")) {
            return !isTextFigure(e);
        }
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        String words = cls.toLowerCase(java.util.Locale.ROOT);
        int start = -1; // the class words are the runs of ASCII letters and digits
        for (int i = 0; i <= words.length(); i++) {
            char c = i < words.length() ? words.charAt(i) : ' ';
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                int length = i - start;
                if (length >= SHORTEST_CAPTION_WORD && length <= LONGEST_CAPTION_WORD
                        && CAPTION_WORD_INITIALS.indexOf(words.charAt(start)) >= 0 && CAPTION_WORDS.contains(words.substring(start, i))
                        && !(DEFINITION_LIST_TAGS.contains(tag) && WORK_CREDIT_WORDS.contains(words.substring(start, i)))
                        && !(WORK_CREDIT_WORDS.contains(words.substring(start, i)) && isTextSourceCredit(e))) {
                    return true; // looked up only when its length and first letter are a caption word's
                }
                start = -1;
            }
        }
        return false;
    }

    /** A picture and its caption: a credit inside one is the picture's. Parsed once. */
    private static final Evaluator FIGURE = QueryParser.parse("figure");

    /**
     * True when an element whose class says "credit" is the text's source credit, not a picture's: outside any figure, its
     * whole text a line crediting a wire's material ("&lt;p class=credit&gt;&lt;em&gt;Mit Material von dpa&lt;/em&gt;&lt;/p&gt;",
     * {@link SourceCredit#isAgencyMaterialLine}). A photo's credit names the photographer or the agency ("Foto: dpa"), never
     * material a text was written from. The line stays for the source credit stage, which takes it out of the text.
     */
    private static boolean isTextSourceCredit(Element e) {
        return e.closest(FIGURE) == null && SourceCredit.isAgencyMaterialLine(e.text().strip());
    }

    /** True when a child of the figure is a table or a listing ({@link #TEXT_FIGURE_CONTENT_TAGS}). */
    private static boolean isTextFigure(Element figure) {
        for (Element child = figure.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (TEXT_FIGURE_CONTENT_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Sanitized HTML of the element's content, links made absolute against {@code baseUri} when given. */
    static String html(Element root, String baseUri) {
        for (Element img : root.getElementsByTag("img")) {
            useLazySource(img);
        }
        return SafeHtml.html(root, baseUri).trim();
    }

    /** A lazy-loaded picture's real address moved into its src, when src is empty or a data: placeholder. */
    private static void useLazySource(Element img) {
        if (img.attr("src").isBlank() || img.attr("src").startsWith("data:")) {
            String lazy = !img.attr("data-src").isBlank() ? img.attr("data-src") : img.attr("data-lazy-src");
            if (!lazy.isBlank()) {
                img.attr("src", lazy);
            }
        }
    }

    /**
     * Appends the text with each whitespace character made one space, runs of them collapsed. A zero-width space
     * is dropped: it marks where a line may break, between the words of scripts written without spaces (Khmer,
     * Thai, Burmese), and the reader sees none there.
     */
    private static void appendCollapsed(StringBuilder sb, String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                sb.append(text, start, i); // a whole run of visible characters at once
            }
            if (i < n) {
                if (text.charAt(i) != '\u200B' && !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' '); // a zero-width space is no blank: the words on each side join
                }
                i++;
            }
        }
    }

    private static boolean isSpace(char c) {
        return Blocks.isWhitespace(c) || c == '\u00A0' || c == '\u200B'; // most characters answered without a lookup
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = current.toString().trim();
        if (!p.isEmpty() && !isSeparatorsOnly(p)) {
            out.add(p);
        }
        current.setLength(0);
    }

    /**
     * The marks that part a line's links ("Drucken | Teilen", "zurück · nach oben", "一覧へ戻る　｜　ページの先頭へ"), which
     * outlive the links cut from it: the full-width bar and the katakana middle dot among them.
     */
    private static final String LINK_SEPARATOR_MARKS = "|¦·•｜・";

    /** True when the line is only link separators and blanks: what is left of a line of links that were cut. */
    private static boolean isSeparatorsOnly(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (LINK_SEPARATOR_MARKS.indexOf(c) < 0 && !isSpace(c)) {
                return false;
            }
        }
        return true;
    }
}
