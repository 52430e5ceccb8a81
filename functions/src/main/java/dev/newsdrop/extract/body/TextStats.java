package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.LinkResolver;
import dev.newsdrop.extract.meta.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text measurements of every element under a root, made in one iterative pass so later stages never
 * call {@code text()} on big subtrees: visible characters, characters inside links, the text that
 * belongs to the element as a paragraph ("own" text), and the content score of its subtree.
 */
final class TextStats {

    /** Measurements of one element. */
    static final class Stats {
        /**
         * The element measured. Not final: the walk takes the measurements of an element it does not
         * keep (an inline one without links) for the next element ({@link #reset}).
         */
        Element element;
        boolean block;
        boolean heading;
        int depth;
        int chars;
        int linkChars;
        int ownChars;
        int ownLinkChars;
        char lastOwnChar;
        int links;
        int headingLinks;
        int proseChars;
        double score;
        /** Which of a link and a heading (h2 to h6) or picture are under the element: {@code UNDER_*} bits. */
        int under;
        /**
         * True when a link under the element (or the element itself) holds a heading (h2 to h6) or a
         * picture, or such a heading holds a link: what marks a teaser card ({@link TeaserList}),
         * gathered in this walk instead of a selector query on every candidate card.
         */
        boolean linkedHeadingOrPicture;
        /**
         * True for a table row with links and a cell of text with no link beside them: a record
         * ("250 g | <a>Tellerlinsen</a>"), whose unlinked fields are content. A navigation row's links
         * and separators share a cell.
         */
        boolean record;
        /**
         * The element's class hint, kept by {@link ClassHints.Cache#of(Element, Stats)} once asked
         * (null until then): the noise stage asks it of a block for the prose shown and again in its walk.
         */
        ClassHints.Hint hint;
        /**
         * Where the walk that measured the element listed it and, before it, the measured elements
         * inside it ({@link TextStats#all}): from {@code firstInside} to {@code listedAt}, so that another
         * measuring of the same tree can take them all for an unchanged subtree ({@link Measuring#reuse}).
         */
        int firstInside;
        int listedAt;
        /** Set by a stage that takes something out from under the element: its measurements are no longer those of its subtree. */
        boolean changed;

        Stats(Element element, boolean block, boolean heading) {
            this.element = element;
            this.block = block;
            this.heading = heading;
        }

        /** These measurements made blank for another element, as if new. */
        void reset(Element element, boolean block, boolean heading) {
            this.element = element;
            this.block = block;
            this.heading = heading;
            depth = 0;
            chars = 0;
            linkChars = 0;
            ownChars = 0;
            ownLinkChars = 0;
            lastOwnChar = 0;
            links = 0;
            headingLinks = 0;
            proseChars = 0;
            score = 0;
            under = 0;
            linkedHeadingOrPicture = false;
            record = false;
            hint = null;
            firstInside = 0;
            listedAt = 0;
            changed = false;
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** A paragraph at least this long counts as prose whatever its ending. */
    static final int PROSE_CHARS = 80;

    /** A shorter block counts as prose when it ends like a sentence and is at least this long. */
    static final int SENTENCE_CHARS = 25;

    /** Own text with more than this share inside links is navigation, not prose. */
    static final double LINK_BLOCK_DENSITY = 0.5;

    /** Short fragments ("Share", "Advertisement", a date) weigh against the container holding them. */
    static final double FRAGMENT_PENALTY = 0.25;

    /** Items of lists, definition lists and tables: {@link #isStructuredItem}. */
    static final java.util.Set<String> STRUCTURED_ITEM_TAGS = Blocks.lookup("li", "dt", "dd", "tr");

    /** An unlinked structured item counts for the container at this share of its length: content, but not prose. */
    static final double STRUCTURED_ITEM_WEIGHT = 0.5;

    /**
     * Blocks, links and cells of a small page: the map starts this big when nothing better is
     * known. (Allocating for 1,024 on every measure cost more on the median page than growing.)
     */
    static final int EXPECTED_MEASURED_ELEMENTS = 256;

    /** {@link Stats#under} bit: a link. */
    private static final int UNDER_LINK = 1;

    /** {@link Stats#under} bit: a heading from h2 to h6, an img or a picture. */
    static final int UNDER_HEADING_OR_PICTURE = 2;

    /**
     * {@link Stats#under} bit: a reader's comment, by its markup: schema.org microdata typing it a
     * {@code Comment} ({@link #COMMENT_ITEMTYPES}), or a link with {@code rel="ugc"}, which HTML's
     * link types reserve for user-generated content (the commenter's name and links in comments).
     */
    static final int UNDER_COMMENT = 4;

    /** {@link Stats#under} bit: a discussion the page is about (a forum thread, a question), by its schema.org type. */
    static final int UNDER_DISCUSSION = 8;

    /** {@link Stats#under} bit: an e-mail input, the field of a newsletter sign-up. */
    static final int UNDER_EMAIL_INPUT = 16;

    /** {@link Stats#under} bit: a {@code <time>} element. */
    static final int UNDER_TIME = 32;

    /** {@link Stats#under} bit: an {@code <h1>}, the page's headline. */
    static final int UNDER_H1 = 64;

    /** {@link Stats#under} bit: a link marked paid, {@code rel="sponsored"} (Google's link attributes). */
    static final int UNDER_SPONSORED_LINK = 128;

    /** schema.org types of readers' comments under an article. */
    static final java.util.Set<String> COMMENT_ITEMTYPES = java.util.Set.of("Comment", "UserComments");

    /** schema.org types of a page whose comments are its content: a forum thread, a question and its answers. */
    static final java.util.Set<String> DISCUSSION_ITEMTYPES = java.util.Set.of(
            "DiscussionForumPosting", "QAPage", "Question", "Answer", "SocialMediaPosting");

    private final Map<Element, Stats> byElement;
    /** The values of {@link #byElement}, in the order the walk left their elements: read in turn without the map's scattered table. */
    private final List<Stats> all;
    private final Stats root;
    private final Element firstH1;

    /**
     * Set by the noise stage on the cleaned tree's measurements: it cut a box named as a paywall's
     * ({@link ClassHints.Cache#namesWall}) inside the headline's article with none of the article's prose after
     * it: the text stops at the wall ({@link NoiseRemover#clean}).
     */
    boolean stopsAtCutWall;

    /**
     * Set by the pruning stage when it takes out a note on where the text first appeared that names the publication
     * ("This story was originally published by Kentucky Lantern"): the text's original source, its credit when no
     * line of the text names one ({@link Notices#firstPublisher}).
     */
    String firstPublication;

    private TextStats(Map<Element, Stats> byElement, List<Stats> all, Stats root, Element firstH1) {
        this.byElement = byElement;
        this.all = all;
        this.root = root;
        this.firstH1 = firstH1;
    }

    /** The first {@code <h1>} in document order among the measured elements, or null: noted by the walk, not searched for again. */
    Element firstH1() {
        return firstH1;
    }

    Stats of(Element e) {
        return byElement.get(e);
    }

    Stats root() {
        return root;
    }

    /** Every measured element's measurements, each element after those inside it. */
    Iterable<Stats> all() {
        return all;
    }

    static TextStats measure(Element rootElement) {
        return measure(rootElement, EXPECTED_MEASURED_ELEMENTS);
    }

    /** How many elements were measured: the size to expect when the same tree is measured again. */
    int size() {
        return byElement.size();
    }

    /** Measures, the map sized for {@code expectedElements} measured elements. */
    static TextStats measure(Element rootElement, int expectedElements) {
        Measuring measuring = new Measuring(rootElement, expectedElements);
        NodeTraversor.traverse(measuring, rootElement);
        return measuring.result();
    }

    /**
     * The measuring walk's visitor, for a walk of its own ({@link #measure}) or to ride along another
     * walk over the same tree ({@link NoiseRemover}), which hands it only the nodes it keeps: what is
     * measured is then the tree as it is once that walk's removals are made, without walking it again.
     * Each node's {@link #head} must come before its descendants' and its {@link #tail} after them,
     * with the depth counted from the root, as a {@link NodeTraversor} walk gives them.
     */
    static final class Measuring implements NodeVisitor {
        private final Element rootElement;
        private final Map<Element, Stats> map;
        private final List<Stats> inOrder = new ArrayList<>();
        private final Deque<Stats> stack = new ArrayDeque<>();
        private final Deque<Stats> blocks = new ArrayDeque<>();
        private final Deque<Stats> anchors = new ArrayDeque<>();
        /**
         * Measurements of elements the walk has left and not kept (inline ones without links: most of
         * a page's elements), once added to their parent's: taken again for the next elements instead
         * of new ones. Never more are here than the tree has levels.
         */
        private final Deque<Stats> spare = new ArrayDeque<>();
        private int anchorDepth;
        private int headingDepth;
        private Stats rootStats;
        private Element firstH1;

        /** A measuring of the tree under {@code rootElement}, the map sized for {@code expectedElements} measured elements. */
        Measuring(Element rootElement, int expectedElements) {
            this.rootElement = rootElement;
            this.map = new IdentityHashMap<>(Math.max(expectedElements, 16));
        }

        /** The measurements, once the walk is over. */
        TextStats result() {
            return new TextStats(map, inOrder, rootStats, firstH1);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                headElement(e, depth, null, null);
            } else if (node instanceof TextNode t && !stack.isEmpty()) {
                headText(t);
            }
        }

        /**
         * {@link #head} of an element whose {@code rel} and {@code itemtype} are known already ("" when
         * absent), or null to be read here.
         */
        void headElement(Element e, int depth, String rel, String itemtype) {
            boolean block = Blocks.isBlock(e) || e == rootElement;
            Stats s = spare.poll();
            if (s == null) {
                s = new Stats(e, block, Blocks.isHeading(e));
            } else {
                s.reset(e, block, Blocks.isHeading(e));
            }
            s.depth = depth;
            s.firstInside = inOrder.size();
            stack.push(s);
            if (block) {
                blocks.push(s);
            }
            String tag = e.normalName();
            if (firstH1 == null && tag.equals("h1")) {
                firstH1 = e;
            }
            s.under |= markupMarks(e, tag, rel, itemtype); // by exact-key lookups, quick on an element without attributes
            if (tag.equals("a")) {
                anchorDepth++;
                anchors.push(s);
                s.links = 1;
                s.headingLinks = headingDepth > 0 ? 1 : 0;
            } else if (s.heading) {
                headingDepth++;
                if (!anchors.isEmpty()) {
                    anchors.peek().headingLinks = 1; // a heading inside a link: a teaser card
                }
            }
        }

        private void headText(TextNode t) {
            long measured = Blocks.visibleCharsAndLast(t.getWholeText());
            int n = (int) (measured >>> Character.SIZE);
            if (n == 0) {
                return;
            }
            Stats top = stack.peek();
            top.chars += n;
            Stats block = blocks.peek();
            block.ownChars += n;
            if (anchorDepth > 0) {
                top.linkChars += n;
                block.ownLinkChars += n;
            }
            block.lastOwnChar = (char) measured; // a visible character is there, and it is no blank
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            Stats s = stack.pop();
            String tag = e.normalName();
            if (tag.equals("a")) {
                anchorDepth--;
                anchors.pop();
            } else if (s.heading) {
                headingDepth--;
            }
            if (s.block) {
                blocks.pop();
                if (s.ownLinkChars > 0 && tag.equals("tr")) { // a row with a link: a record when a cell of text has none
                    s.record = hasUnlinkedCell(e, map);
                }
                double w = weight(s);
                s.score += w;
                if (w > 0) {
                    s.proseChars += s.ownChars;
                }
            }
            boolean kept = s.block || s.links > 0 || tag.equals("td") || tag.equals("th") || isCustomElement(tag);
            if (kept) {
                map.put(e, s); // inline elements are only ever looked up through their block
                s.listedAt = inOrder.size();
                inOrder.add(s);
            }
            int own = linkMarks(tag);
            if (own == UNDER_LINK && (s.under & UNDER_HEADING_OR_PICTURE) != 0 && linksToImageFile(e)) {
                own = 0; // a picture linked to its own larger file opens a lightbox: it links to no story
            }
            if ((own == UNDER_LINK && (s.under & UNDER_HEADING_OR_PICTURE) != 0)
                    || (own == UNDER_HEADING_OR_PICTURE && s.heading && (s.under & UNDER_LINK) != 0)) {
                s.linkedHeadingOrPicture = true;
            }
            Stats parent = stack.peek();
            if (parent != null) {
                addTo(parent, s, own);
            } else {
                rootStats = s;
            }
            if (!kept && parent != null) {
                spare.push(s); // added to its parent's and never looked up: free for the next element
            }
        }

        /** Adds an element's measurements, and the {@link Stats#under} bit of its own tag, to its parent's. */
        private static void addTo(Stats parent, Stats s, int own) {
            parent.under |= s.under | own;
            parent.linkedHeadingOrPicture |= s.linkedHeadingOrPicture;
            parent.chars += s.chars;
            parent.linkChars += s.linkChars;
            parent.links += s.links;
            parent.headingLinks += s.headingLinks;
            parent.proseChars += s.proseChars;
            parent.score += s.score;
        }

        /**
         * True when a block met now may be taken from an earlier measuring ({@link #reuse}): the walk
         * is inside no link, whose counts a heading inside the block would change.
         */
        boolean mayReuse() {
            return anchorDepth == 0 && !stack.isEmpty();
        }

        /**
         * Takes, in place of the head, the walk of the subtree and the tail of a block, the measurements
         * an earlier measuring took of it and of every measured element inside it ({@code earlier}, in
         * the order that walk listed them). For a block whose subtree is as it was then, measured from
         * the same root, met while {@link #mayReuse}: its figures, and what it adds to its parent's,
         * are those a walk through it would give again. The measurements are shared, not copied.
         */
        void reuse(Stats block, List<Stats> earlier) {
            for (int i = block.firstInside; i <= block.listedAt; i++) {
                Stats s = earlier.get(i);
                map.put(s.element, s);
                inOrder.add(s);
            }
            Element e = block.element;
            String tag = e.normalName();
            if (firstH1 == null && (tag.equals("h1") || (block.under & UNDER_H1) != 0)) {
                firstH1 = firstH1In(e);
            }
            addTo(stack.peek(), block, linkMarks(tag)); // a block is no link: its own bit is its tag's
        }
    }

    /** The first {@code <h1>} of the subtree in document order, the element itself first, or null. */
    private static Element firstH1In(Element root) {
        for (Node n = root; n != null; n = TreeWalk.next(n, root)) {
            if (n instanceof Element e && e.normalName().equals("h1")) {
                return e;
            }
        }
        return null;
    }

    /** The measurements in the order the walk listed them, for {@link Measuring#reuse}. */
    List<Stats> listed() {
        return all;
    }

    /** The element the measuring started from. */
    Element rootElement() {
        return root == null ? null : root.element;
    }

    static final class PlaceholderToKeepTheClassOpen {
        private PlaceholderToKeepTheClassOpen() {
        }
    }

    /**
     * The {@link Stats#under} bits an element's attributes give it and its ancestors: a comment or a
     * discussion by its schema.org type, a {@code rel="ugc"} link, an e-mail input. {@code relRead} and
     * {@code itemtypeRead} are the attributes when read already ("" when absent), or null.
     */
    private static int markupMarks(Element e, String tag, String relRead, String itemtypeRead) {
        if (tag.equals("a")) {
            String rel = relRead != null ? relRead : Blocks.attr(e, "rel");
            return rel.isEmpty() ? 0 : hasWord(rel, "ugc") ? UNDER_COMMENT : hasWord(rel, Notices.SPONSORED_REL) ? UNDER_SPONSORED_LINK : 0;
        }
        if (tag.equals("time")) {
            return UNDER_TIME;
        }
        if (tag.equals("input")) {
            return isEmailInput(e) ? UNDER_EMAIL_INPUT : 0;
        }
        String itemtype = itemtypeRead != null ? itemtypeRead : Blocks.attr(e, "itemtype");
        if (itemtype.isEmpty()) {
            return 0;
        }
        String type = itemtype.substring(itemtype.lastIndexOf('/') + 1).strip();
        return COMMENT_ITEMTYPES.contains(type) ? UNDER_COMMENT : DISCUSSION_ITEMTYPES.contains(type) ? UNDER_DISCUSSION : 0;
    }

    /**
     * Words of an input's placeholder, label, name or autofill hint that ask for an e-mail address, in the
     * languages of the pages read: the "mail" of "email", "E-Mail-Adresse", "e-mail", "correo electrónico"'s
     * "correo", French "courriel", Japanese "メール", Hindi "ईमेल", Korean "이메일", Chinese "邮箱"/"郵箱"/"电子邮件",
     * Russian "почт" ("электронная почта"), Arabic "البريد". Sign-up forms built by front-end frameworks often
     * leave the input's type "text" or out and say what it takes only in these.
     */
    private static final Pattern EMAIL_FIELD_WORDS = Pattern.compile(
            "(?iU)mail|correo|courriel|メール|ईमेल|이메일|邮箱|郵箱|电子邮件|почт|البريد");

    /** The attributes of an input that say what it takes, read in this order. */
    private static final String[] INPUT_PURPOSE_ATTRIBUTES = {"placeholder", "aria-label", "name", "autocomplete", "id"};

    /**
     * An input that takes an e-mail address: typed "email", or, typed "text" or not at all, with a
     * placeholder, label, name or autofill hint that asks for one ({@link #EMAIL_FIELD_WORDS}). A
     * search box or a password field asks for something else, whatever its placeholder says.
     */
    static boolean isEmailInput(Element e) {
        String type = Blocks.attr(e, "type");
        if (type.equalsIgnoreCase("email")) {
            return true;
        }
        if (!type.isEmpty() && !type.equalsIgnoreCase("text")) {
            return false;
        }
        for (String key : INPUT_PURPOSE_ATTRIBUTES) {
            String v = Blocks.attr(e, key);
            if (!v.isEmpty() && v.length() <= 80 && EMAIL_FIELD_WORDS.matcher(v).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An autonomous custom element: HTML requires a hyphen in its name ("storefront-body"). Web
     * components wrap whole sections of a page, the article's text and its paywalled part among them,
     * so they are measured as containers are: what the noise stage asks of a name-flagged element is
     * how much prose it holds.
     */
    static boolean isCustomElement(String tag) {
        return tag.indexOf('-') > 0;
    }

    /** True when a cell of the row, measured already, has text and no link. */
    static boolean hasUnlinkedCell(Element row, Map<Element, Stats> cells) {
        for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            Stats c = cells.get(cell);
            if (c != null && c.chars > 0 && c.links == 0) {
                return true;
            }
        }
        return false;
    }

    /** File endings of pictures: a link to one shows the picture, it does not lead to a page. */
    static final java.util.List<String> IMAGE_FILE_ENDINGS = java.util.List.of(".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif");

    /** True when the link's address, without its query or fragment, ends like a picture file. */
    private static boolean linksToImageFile(Element a) {
        String href = a.attr("href");
        String path = LinkResolver.withoutQueryOrFragment(href).toLowerCase(java.util.Locale.ROOT);
        for (String ending : IMAGE_FILE_ENDINGS) {
            if (path.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the space-separated list holds the word, in any case. Read in place, without
     * splitting: every link of a page is asked.
     */
    static boolean hasWord(String list, String word) {
        int n = list.length();
        int start = 0;
        while (start < n) {
            while (start < n && isListSpace(list.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !isListSpace(list.charAt(end))) {
                end++;
            }
            if (end - start == word.length() && list.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
            start = end;
        }
        return false;
    }

    /** The characters that separate the words of a list ({@code \\s} of a regular expression). */
    private static boolean isListSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The {@link Stats#under} bit an element of this tag gives its ancestors: a link, a heading (h2 to h6) or picture, an h1, or 0. */
    private static int linkMarks(String tag) {
        return switch (tag) {
            case "a" -> UNDER_LINK;
            case "h2", "h3", "h4", "h5", "h6", "img", "picture" -> UNDER_HEADING_OR_PICTURE;
            case "h1" -> UNDER_H1;
            default -> 0;
        };
    }

    /** How much a block's own text speaks for the container around it: prose up, links and crumbs down. */
    static double weight(Stats s) {
        int len = s.ownChars;
        if (len == 0 || s.heading) {
            return 0;
        }
        double linkShare = (double) s.ownLinkChars / len;
        if (s.record) {
            return STRUCTURED_ITEM_WEIGHT * (len - s.ownLinkChars); // a table's record ("250 g | <a>Linsen</a>"): its unlinked fields count
        }
        if (linkShare > LINK_BLOCK_DENSITY && !isSentenceThroughLinks(s, linkShare)) {
            return -len;
        }
        if (len >= PROSE_CHARS || (len >= SENTENCE_CHARS && endsSentence(s.lastOwnChar))) {
            return len * (1 - linkShare);
        }
        if (s.ownLinkChars == 0 && (isStructuredItem(s.element) || isSeriesItem(s.element) || isShortPostText(s))) {
            return STRUCTURED_ITEM_WEIGHT * len;
        }
        return -FRAGMENT_PENALTY * len;
    }

    /** A paragraph's links must sit between at least this many unlinked runs of words for it to read as a sentence. */
    static final int MIN_WORD_RUNS_AROUND_LINKS = 3;

    /** Above this share of links, a paragraph is links whatever words are between them. */
    static final double MAX_SENTENCE_LINK_SHARE = 0.8;

    /** Child nodes of a paragraph looked at for runs of words: a paragraph is a few dozen nodes. */
    private static final int MAX_SENTENCE_NODES = 200;

    /**
     * True when a paragraph dense with links is a sentence that runs through them: a prose-long
     * {@code <p>} ending like a sentence, its last node unlinked text, with unlinked runs of words
     * between its links ("Im <a>Landtag</a> hat <a>Kultusministerin</a> <a>Anna Weber</a> ihre Pläne
     * gegen den <a>Lehrermangel</a> verteidigt."), as news sites link every name and topic. A link
     * list's links are set apart by separators, and a teaser line is one link with a label before it.
     */
    static boolean isSentenceThroughLinks(Stats s, double linkShare) {
        Element p = s.element;
        if (linkShare > MAX_SENTENCE_LINK_SHARE || s.ownChars < PROSE_CHARS || !endsSentence(s.lastOwnChar) || !p.normalName().equals("p")) {
            return false;
        }
        int runs = 0;
        int nodes = 0;
        boolean joined = false; // two links joined by a conjunction: "<a>A</a>, <a>B</a> und <a>C</a>"
        Node first = null;
        Node last = null;
        for (Node n = p.firstChild(); n != null && nodes++ < MAX_SENTENCE_NODES; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                if (t.isBlank()) {
                    continue;
                }
                runs += hasLetter(t.getWholeText()) ? 1 : 0;
                joined |= first != null && isLinkElement(last) && isLinkElement(n.nextSibling()) && isConjunction(t.getWholeText());
            }
            if (first == null) {
                first = n;
            }
            last = n;
        }
        if (!(last instanceof TextNode)) {
            return false;
        }
        return runs >= MIN_WORD_RUNS_AROUND_LINKS
                || (joined && first instanceof TextNode opening && words(opening.getWholeText()) >= MIN_ENUMERATION_OPENING_WORDS);
    }

    /**
     * Conjunctions that join the last two items of an enumeration in running text, in the languages
     * the engine reads ("... <a>Investitionsprogramm</a> und <a>Stellenplan</a>."): a sentence
     * names its links as a series, a link list sets them apart with separators ("|", "·", "/").
     */
    static final Set<String> ENUMERATION_CONJUNCTIONS = Set.of(
            "und", "oder", "sowie", "and", "or", "et", "ou", "y", "o", "e", "en", "of", "i", "oraz", "lub", "a", "nebo",
            "och", "eller", "og", "ja", "und/oder");

    /**
     * Words the unlinked opening of such a sentence has at least ("Die Unterlagen stehen auch online
     * bereit: <a>…</a>, <a>…</a> und <a>…</a>."): a clause, where a link list's label is a word or
     * two ("Mehr zum Thema:").
     */
    static final int MIN_ENUMERATION_OPENING_WORDS = 4;

    /** Words a conjunction's run may hold: the conjunction, perhaps a comma before it. */
    private static final int MAX_CONJUNCTION_RUN_CHARS = 12;

    private static boolean isLinkElement(Node n) {
        while (n instanceof TextNode t && t.isBlank()) {
            n = n.nextSibling();
        }
        return n instanceof Element e && e.normalName().equals("a");
    }

    /** True when the text between two links is one conjunction ({@link #ENUMERATION_CONJUNCTIONS}), a comma perhaps before it. */
    private static boolean isConjunction(String text) {
        String t = text.strip();
        if (t.startsWith(",")) {
            t = t.substring(1).strip();
        }
        return t.length() <= MAX_CONJUNCTION_RUN_CHARS && ENUMERATION_CONJUNCTIONS.contains(t.toLowerCase(java.util.Locale.ROOT));
    }

    /** Words in a run of text: runs of non-blank characters. */
    private static int words(String text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean blank = Character.isWhitespace(text.charAt(i));
            if (!blank && !in) {
                words++;
            }
            in = !blank;
        }
        return words;
    }

    /** True when the text holds a letter. */
    static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Ancestors of a short sentence looked at for the post it is the text of: a post nests its text a few blocks deep. */
    static final int MAX_POST_TEXT_DEPTH = 4;

    /**
     * True when a short block ending like a sentence is the text of one of several posts built alike:
     * an ancestor a few levels up ({@link #MAX_POST_TEXT_DEPTH}) has a sibling of its tag and kind. A
     * forum's reply ("Im Flachland ja, absolut.") or a Q&amp;A answer is short, and its thread is its
     * posts; a crumb ("Teilen", a date) does not end like a sentence.
     */
    static boolean isShortPostText(Stats s) {
        if (!endsSentence(s.lastOwnChar)) {
            return false;
        }
        Element post = s.element.parent();
        for (int level = 0; post != null && level < MAX_POST_TEXT_DEPTH; level++, post = post.parent()) {
            if (hasSiblingOfKind(post)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the element's previous or next element sibling has its tag and the same first class
     * word: posts of one thread share their kind ("post") while boards alternate a style class
     * beside it (phpBB's "post bg1", "post bg2").
     */
    private static boolean hasSiblingOfKind(Element e) {
        String kind = firstClassWord(Blocks.attr(e, "class"));
        if (kind.isEmpty()) {
            return false;
        }
        Element prev = e.previousElementSibling();
        Element next = e.nextElementSibling();
        return (prev != null && prev.normalName().equals(e.normalName()) && firstClassWord(Blocks.attr(prev, "class")).equals(kind))
                || (next != null && next.normalName().equals(e.normalName()) && firstClassWord(Blocks.attr(next, "class")).equals(kind));
    }

    private static String firstClassWord(String cls) {
        String c = cls.strip();
        int space = 0;
        while (space < c.length() && !Character.isWhitespace(c.charAt(space))) {
            space++;
        }
        return c.substring(0, space);
    }

    /** Tags never taken for an item of a series: themes give every paragraph and heading the same class. */
    private static final java.util.Set<String> NOT_SERIES_ITEM_TAGS = Blocks.lookup("p", "h1", "h2", "h3", "h4", "h5", "h6");

    /**
     * An item of a series set as blocks instead of list items: the block, or the block around it
     * (a recipe's step around its number and text), has a sibling element built alike (the same tag
     * and class). Ingredients in {@code <div class="ingredient">}, steps in {@code <div
     * class="step">}: a list in all but its tags, content where a lone crumb is not. Asked only of
     * short unlinked blocks.
     */
    static boolean isSeriesItem(Element e) {
        if (NOT_SERIES_ITEM_TAGS.contains(e.normalName())) {
            return false;
        }
        Element parent = e.parent();
        return hasAlikeSibling(e) || (parent != null && !NOT_SERIES_ITEM_TAGS.contains(parent.normalName()) && hasAlikeSibling(parent));
    }

    /** True when the element's previous or next element sibling has its tag and its class, and the class is not empty. */
    private static boolean hasAlikeSibling(Element e) {
        String cls = Blocks.attr(e, "class");
        if (cls.isEmpty()) {
            return false;
        }
        Element prev = e.previousElementSibling();
        Element next = e.nextElementSibling();
        return (prev != null && prev.normalName().equals(e.normalName()) && Blocks.attr(prev, "class").equals(cls))
                || (next != null && next.normalName().equals(e.normalName()) && Blocks.attr(next, "class").equals(cls));
    }

    /**
     * An item of a list, a definition list or a table row: short by nature (an ingredient, a term
     * and its definition, a row of a timetable), and content when no link is in it, where a crumb
     * ("Share", a date, a kicker) is a lone line.
     */
    static boolean isStructuredItem(Element e) {
        return STRUCTURED_ITEM_TAGS.contains(e.normalName());
    }

    /**
     * The full stops of scripts that do not end a sentence with a period: Devanagari's and Bengali's
     * danda "।" and double danda "॥", Urdu's "۔", Armenian's "։", Ethiopic's "።", Myanmar's "။",
     * Khmer's "។" and Tibetan's shad "།".
     */
    static final String OTHER_SCRIPTS_FULL_STOPS = "\u0964\u0965\u06D4\u0589\u1362\u104B\u17D4\u0F0D";

    static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '。' || c == '！' || c == '？' || c == '"'
                || c == '”' || c == '»' || c == '…' || c == ':' || c == ')' || c == '\'' || c == '’' || c == '」'
                || (c > '\u0500' && OTHER_SCRIPTS_FULL_STOPS.indexOf(c) >= 0);
    }
}
