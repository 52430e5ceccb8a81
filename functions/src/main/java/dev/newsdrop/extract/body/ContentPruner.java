package dev.newsdrop.extract.body;

import dev.newsdrop.extract.budget.Deadline;
import dev.newsdrop.extract.meta.authors.BylineLeads;
import dev.newsdrop.extract.meta.dates.DateParser;
import dev.newsdrop.extract.meta.title.TitleCleaner;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.body.BoilerplatePhrases.opensBoilerplate;
import static dev.newsdrop.extract.body.ContentDates.DATED_FIELD_TAGS;
import static dev.newsdrop.extract.body.ContentDates.holdsEventDate;
import static dev.newsdrop.extract.body.ContentDates.isDatedSignature;
import static dev.newsdrop.extract.body.ContentDates.isDeadline;
import static dev.newsdrop.extract.body.ContentDates.isPeriod;
import static dev.newsdrop.extract.body.CreditLines.CHINESE_EDITOR_CREDIT_LINE;
import static dev.newsdrop.extract.body.CreditLines.EDITOR_CREDIT_LINE;
import static dev.newsdrop.extract.body.CreditLines.MAX_BYLINE_BLOCK_CHARS;
import static dev.newsdrop.extract.body.CreditLines.MAX_END_MARK_CHARS;
import static dev.newsdrop.extract.body.CreditLines.MAX_REVIEWER_LINE_CHARS;
import static dev.newsdrop.extract.body.CreditLines.REVIEWER_CREDIT_LINE;
import static dev.newsdrop.extract.body.CreditLines.brokenLines;
import static dev.newsdrop.extract.body.CreditLines.endMarkWire;
import static dev.newsdrop.extract.body.CreditLines.opensChineseEditorLabel;
import static dev.newsdrop.extract.body.FactSheets.isFieldAmongFacts;
import static dev.newsdrop.extract.body.LinkedContent.continuesSentence;
import static dev.newsdrop.extract.body.LinkedContent.hasSentenceBesideLinks;
import static dev.newsdrop.extract.body.LinkedContent.holdsParagraph;
import static dev.newsdrop.extract.body.LinkedContent.isAnnotatedItem;
import static dev.newsdrop.extract.body.LinkedContent.isDescribedLinkList;
import static dev.newsdrop.extract.body.LinkedContent.isHeadingOverProse;
import static dev.newsdrop.extract.body.LinkedContent.isItemOfIntroducedList;
import static dev.newsdrop.extract.body.LinkedContent.isListOfSentences;
import static dev.newsdrop.extract.body.LinkedContent.isNumberedHeading;
import static dev.newsdrop.extract.body.LinkedContent.isQuotedPost;
import static dev.newsdrop.extract.body.LinkedContent.isSentenceAroundLinks;
import static dev.newsdrop.extract.body.LinkedContent.isSentenceOpenedByLink;
import static dev.newsdrop.extract.body.LinkedContent.isShortReply;
import static dev.newsdrop.extract.body.LinkedContent.isTableOfRecords;
import static dev.newsdrop.extract.body.LinkedContent.isWikiTextList;
import static dev.newsdrop.extract.body.ListsOfTheText.boxesSummaryList;
import static dev.newsdrop.extract.body.ListsOfTheText.isNamedSourceItem;
import static dev.newsdrop.extract.body.ListsOfTheText.isSourceListOrItem;
import static dev.newsdrop.extract.body.MetaLines.amongEntriesOfItsShape;
import static dev.newsdrop.extract.body.MetaLines.isBylineThenDateFields;
import static dev.newsdrop.extract.body.MetaLines.isCreditAndLabelledDate;
import static dev.newsdrop.extract.body.MetaLines.isDateFieldsLine;
import static dev.newsdrop.extract.body.MetaLines.isDateFieldsThenName;
import static dev.newsdrop.extract.body.MetaLines.isLabelledDateLine;
import static dev.newsdrop.extract.body.MetaLines.isMinutesAloneOrAfterDate;
import static dev.newsdrop.extract.body.MetaLines.isWriterAndDateFields;
import static dev.newsdrop.extract.body.NewsletterPromos.isNewsletterPromo;
import static dev.newsdrop.extract.body.NewsletterPromos.mayBeNewsletterPromo;
import static dev.newsdrop.extract.body.NoticeBoxes.factCheckNote;
import static dev.newsdrop.extract.body.NoticeBoxes.healthNote;
import static dev.newsdrop.extract.body.NoticeBoxes.isNoticeOrOffer;
import static dev.newsdrop.extract.body.NoticeBoxes.isWallNotice;
import static dev.newsdrop.extract.body.NoticeBoxes.needsYouBox;
import static dev.newsdrop.extract.body.NoticeBoxes.noticeBox;
import static dev.newsdrop.extract.body.NoticeBoxes.tipBox;
import static dev.newsdrop.extract.body.PictureLines.isUnmarkedCaption;
import static dev.newsdrop.extract.body.PictureLines.leadingSlideCounter;
import static dev.newsdrop.extract.body.PictureLines.slideCounter;
import static dev.newsdrop.extract.body.PriceLines.MAX_PRICE_LINE_CHARS;
import static dev.newsdrop.extract.body.PriceLines.MAX_QUOTE_WIDGET_CHARS;
import static dev.newsdrop.extract.body.PriceLines.PRICE_LINE;
import static dev.newsdrop.extract.body.PriceLines.isQuoteWidget;

/**
 * Stage 3: cuts what leaked into the article's container: link lists, the repeated headline,
 * bylines and datelines, and one-line calls to share, subscribe or read more.
 *
 * <p>{@link #prune} walks the container's blocks once, marking what goes, and takes it out after the walk. Each block is
 * asked, in this order: is it a link list (more of its text in links than {@link #MAX_LINK_DENSITY}, unless
 * {@link LinkedContent} or {@link ListsOfTheText} finds its links the text's own), a short line of boilerplate
 * ({@link #isBoilerplateLine}, reading {@link BoilerplatePhrases}, {@link CreditLines}, {@link MetaLines},
 * {@link PriceLines} and {@link PictureLines}; a date alone is a dateline unless {@link ContentDates} or
 * {@link FactSheets} finds it the text's) or a newsletter's promotion ({@link NewsletterPromos}); a league table's
 * excerpt ({@link StandingsBox}); a box about the page ({@link NoticeBoxes}); a slideshow's counter
 * ({@link PictureLines}); a press contact ({@link PressContact}) or a suggested citation ({@link CitationBox}); a list's
 * numbering ({@link #listOrdinal}). After the walk go the labels the template repeats ({@link RepeatedLabels}) and the
 * pull quotes ({@link PullQuotes}).
 */
final class ContentPruner {

    /** A block with more of its text in links than this is a link list, not prose. */
    static final double MAX_LINK_DENSITY = 0.5;

    /** Long blocks get more room: a paragraph full of citations is still prose. */
    private static final double MAX_LINK_DENSITY_LONG = 0.7;

    /** A block at least this long is "long" for the link-density rule. */
    private static final int LONG_BLOCK_CHARS = 300;

    /** Lines shorter than this are checked against the boilerplate phrases ({@link BoilerplatePhrases}). */
    static final int SHORT_LINE_CHARS = 140;

    /** A byline line ("By Jane Doe, Reuters") is no longer than this: longer is prose that opens alike. */
    private static final int MAX_BYLINE_LINE_CHARS = 64;

    /** A line this short that is mostly a date is a dateline that leaked in. */
    private static final int MAX_DATELINE_CHARS = 70;

    static final Pattern SPACES = Pattern.compile("\\s+");

    /** The stage's name in a budget's reason. */
    private static final String STAGE = "content pruning";

    private ContentPruner() {
    }

    /**
     * Prunes the container; what is cut is marked during the walk and taken out in bulk after it. True when the
     * text stops at a paywall's notice or offer ({@link NoticeBoxes#isWallNotice}): one was cut and no line of the text's own
     * words follows it, as a teaser stops where the subscribers' part would begin; a notice set in the middle of a
     * whole text is followed by the rest of it.
     */
    static boolean prune(Element container, TextStats stats, String title, Deadline deadline) {
        String titleKey = title == null ? null : key(title);
        Removals removals = new Removals();
        TextStats.Stats whole = stats.of(container);
        int containerChars = whole == null ? 0 : whole.chars;
        int[] inQuotedPost = {0}; // kept quoted posts around the walk's node
        Element[] inReply = {null}; // the short reply of a thread around the walk's node ({@link LinkedContent#isShortReply})
        boolean[] stopsAtWall = {false}; // a paywall's notice cut with no line of the text after it yet
        BlockTexts texts = new BlockTexts();
        List<Element> quotes = new ArrayList<>(); // quotation blocks and boxes, tried as pull quotes after the walk
        RepeatedLabels labels = new RepeatedLabels(); // short lines the template repeats between the paragraphs
        Map<Element, Boolean> embedWrappers = new java.util.IdentityHashMap<>(); // wrappers judged by isEmbedChromeLink, once each
        markBoilerplateBrokenLines(container, removals);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.tick(STAGE);
                if (node instanceof Element cell && cell.parent() == container && isLinkColumn(cell, stats)) {
                    removals.mark(cell);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (inQuotedPost[0] > 0 && node instanceof Element link && isEmbedChromeLink(link, embedWrappers)) {
                    removals.mark(link); // "View this post on Instagram" beside the post's paragraphs: the embed's chrome
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element e) || e == container || !Blocks.isBlock(e)) {
                    return FilterResult.CONTINUE;
                }
                TextStats.Stats s = stats.of(e);
                if (s == null || s.chars == 0) {
                    return FilterResult.CONTINUE;
                }
                if (removals.isMarked(e)) {
                    return FilterResult.SKIP_ENTIRELY; // cut with a block before it (a press contact's lines)
                }
                if (PullQuotes.CANDIDATE_TAGS.contains(e.normalName())) {
                    quotes.add(e);
                }
                if (inQuotedPost[0] > 0 && (holdsParagraph(e) || s.ownChars > s.ownLinkChars)) {
                    return FilterResult.CONTINUE; // the quoted post's own words or its attribution line, or a wrapper of them
                }
                if (isQuotedPost(e, s)) {
                    inQuotedPost[0]++;
                    return FilterResult.CONTINUE;
                }
                double limit = s.chars >= LONG_BLOCK_CHARS || continuesSentence(e, stats) ? MAX_LINK_DENSITY_LONG : MAX_LINK_DENSITY;
                if (s.linkDensity() > limit && (IngredientList.is(e) || IngredientList.isItem(e))) {
                    return FilterResult.SKIP_ENTIRELY; // a recipe's ingredients, each linked to its page: content
                }
                if (s.linkDensity() > limit && isWikiTextList(e)) {
                    return FilterResult.SKIP_ENTIRELY; // a wiki article's own list of linked entries (sorts, works, members): content
                }
                if (s.linkDensity() > limit && IngredientList.wraps(e)) {
                    return FilterResult.CONTINUE; // the block of the ingredients: its heading and list are judged alone
                }
                if (s.linkDensity() > limit && inReply[0] == null && isShortReply(e, s, stats)) {
                    inReply[0] = e;
                    return FilterResult.CONTINUE; // its furniture (subject, poster) is judged block by block
                }
                boolean replyWords = inReply[0] != null && s.proseChars > 0; // a block of a kept reply holding its words
                if ((s.linkDensity() > limit && !replyWords && !isQuotedPost(e, s) && !hasSentenceBesideLinks(s) && !isSentenceAroundLinks(e) && !isSentenceOpenedByLink(e) && !isListOfSentences(e, stats)
                        && !TextStats.isSentenceThroughLinks(s, s.linkDensity()) && !isItemOfIntroducedList(e, stats) && !isSourceListOrItem(e) && !boxesSummaryList(e) && !continuesSentence(e, stats) && !isAnnotatedItem(e, s, stats) && !isTableOfRecords(e, stats) && !isNumberedHeading(e) && !isDescribedLinkList(e)
                        && !isHeadingOverProse(e, stats))
                        || isBoilerplateLineOrPromo(e, s, titleKey, texts)) {
                    removals.mark(e);
                    if (stats.firstPublication == null && s.chars <= MAX_END_MARK_CHARS) {
                        stats.firstPublication = endMarkWire(texts.textOf(e)); // "Lusa/Fim" under the text: the wire whose copy it is
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (StandingsBox.is(e, s, containerChars)) {
                    removals.mark(e); // a league table's excerpt closed by its link to the whole table
                    return FilterResult.SKIP_ENTIRELY;
                }
                Element needsYou = needsYouBox(e, s, container, stats, containerChars, texts);
                if (needsYou != null) {
                    removals.mark(needsYou); // "<aside><h3>Nós Diario precisa de ti</h3><p>Somos o único diario …": the pitch box
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isNoticeOrOffer(e, s, stats, containerChars, texts)) {
                    removals.mark(noticeBox(e, container, stats, containerChars, texts));
                    stopsAtWall[0] |= isWallNotice(e, s, stats, containerChars);
                    return FilterResult.SKIP_ENTIRELY;
                }
                Element note = factCheckNote(e, s, container, stats, containerChars, texts);
                if (note != null) {
                    removals.mark(note); // "X is a verified signatory of the IFCN's Code of Principles", "<h3>How we rate claims</h3>…"
                    return FilterResult.SKIP_ENTIRELY;
                }
                Element healthNote = healthNote(e, s, container, stats, containerChars, texts);
                if (healthNote != null) {
                    removals.mark(healthNote); // "Dieser Artikel ersetzt keine ärztliche Beratung.", "If you or someone you know … call or text 988"
                    return FilterResult.SKIP_ENTIRELY;
                }
                List<Node> counter = slideCounter(e, s);
                if (counter != null) {
                    counter.forEach(removals::mark); // "<div class=slide><img><span>1 / 8</span></div>": the counter, not the picture
                    return FilterResult.SKIP_ENTIRELY;
                }
                List<Node> player = MediaLines.playerLabels(e);
                if (!player.isEmpty()) {
                    player.forEach(removals::mark); // "<span>Écouter - 02:31</span>" beside the player's title: its label, not the text
                }
                Element leading = leadingSlideCounter(e);
                if (leading != null) {
                    removals.mark(leading); // "<img><div><span>2/3</span><p>caption</p></div>": the counter, not the caption
                }
                Element tip = tipBox(e, s, stats, containerChars);
                if (tip != null) {
                    removals.mark(e);
                    removals.mark(tip); // the box, or the line under its heading that says where to send the tip
                    return FilterResult.SKIP_ENTIRELY;
                }
                List<Element> contact = PressContact.blockFrom(e, s);
                if (!contact.isEmpty()) {
                    contact.forEach(removals::mark); // its blocks after it are skipped as marked when the walk comes to them
                    return FilterResult.SKIP_ENTIRELY;
                }
                List<Element> citation = CitationBox.blockFrom(e, s, title);
                if (!citation.isEmpty()) {
                    citation.forEach(removals::mark); // "Suggested citation" and the page written out as a reference
                    return FilterResult.SKIP_ENTIRELY;
                }
                Element ordinal = listOrdinal(e, s);
                if (ordinal != null) {
                    removals.mark(ordinal); // "<li><span>1</span><p>Smula jästen …</p></li>": the list's numbering, no line of the text
                }
                if (stopsAtWall[0] && s.ownChars > s.ownLinkChars) {
                    stopsAtWall[0] = false; // the text goes on after the notice
                }
                if (s.chars <= RepeatedLabels.MAX_LABEL_CHARS && s.chars >= RepeatedLabels.MIN_LABEL_CHARS && s.linkChars == 0) {
                    labels.offer(e, s, texts.builtOr(e));
                }
                markBoilerplateBrokenLines(e, removals);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == inReply[0]) {
                    inReply[0] = null;
                }
                if (node instanceof Element e && e != container && inQuotedPost[0] > 0 && e.normalName().equals("blockquote")) {
                    TextStats.Stats s = stats.of(e);
                    if (s != null && isQuotedPost(e, s)) {
                        inQuotedPost[0]--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, container);
        deadline.check(STAGE);
        labels.markRepeated(removals);
        removals.apply();
        PullQuotes.remove(container, quotes);
        return stopsAtWall[0];
    }

    /**
     * A cell of the chosen container, a table's row, that is mostly links: the finder chose a row of a
     * layout table (the text in one column, the site's navigation or "Aktuelles" in the others), and
     * such a column is the page's side column. Cells are no blocks, so the walk's link rule never
     * reaches them otherwise; a row of a data table is never the container alone.
     */
    private static boolean isLinkColumn(Element cell, TextStats stats) {
        String tag = cell.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
            return false;
        }
        TextStats.Stats s = stats.of(cell);
        return s != null && s.chars > 0 && s.linkDensity() > MAX_LINK_DENSITY && !hasSentenceBesideLinks(s);
    }

    /** A step's number set in an element of its own: one or two digits, perhaps with a full stop or a parenthesis. */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}[.)]?");

    /**
     * The element that opens a list item with the item's own number alone ("<li><span
     * class=step__number>1</span><p>Smula jästen …</p></li>", "<div>2</div><div>Clean the joint …</div>"),
     * or null: a recipe's or a how-to's steps set the list's numbering in a box of its own, which would
     * stand as a line of its own before each step. The number must be the item's place in its list (the
     * first item's "1", the second's "2"), so a quantity or a value opening an item ("20", "250 g") is
     * kept; the step's text follows it in a block of its own ("<li><span>1</span> onion</li>" is a
     * count in an ingredient's line, kept).
     */
    static Element listOrdinal(Element li, TextStats.Stats s) {
        if (!li.normalName().equals("li") || s.chars <= 3) {
            return null;
        }
        Element first = li.firstElementChild();
        if (first == null || first.childNodeSize() != 1 || !(first.childNode(0) instanceof TextNode t)) {
            return null;
        }
        for (Node before = first.previousSibling(); before != null; before = before.previousSibling()) {
            if (!(before instanceof TextNode bt) || !bt.isBlank()) {
                return null; // text before the number: the number is in the item's sentence
            }
        }
        String number = t.text().strip();
        if (!ORDINAL.matcher(number).matches()) {
            return null;
        }
        int n = Integer.parseInt(number.replaceAll("[.)]", ""));
        Element list = li.parent();
        int start = 1;
        if (list != null && list.normalName().equals("ol") && list.hasAttr("start")) {
            try {
                start = Integer.parseInt(list.attr("start").strip());
            } catch (NumberFormatException ignored) {
                start = 1;
            }
        }
        int place = start;
        for (Element x = li.previousElementSibling(); x != null && place <= n; x = x.previousElementSibling()) {
            place++; // at most n siblings asked: the walk stays linear
        }
        if (place != n) {
            return null;
        }
        Node next = first.nextSibling();
        while (next instanceof TextNode nt && nt.isBlank()) {
            next = next.nextSibling();
        }
        // the step's text in a block after it: "<li><span>1</span> onion</li>" is an ingredient's count in its line
        return next instanceof Element step && Blocks.isBlock(step) ? first : null;
    }

    /** Selectors the pruner asks of single elements, parsed once rather than at each call. */
    static final Evaluator ANY_LINK = QueryParser.parse("a");

    /** True when {@code text} holds the lower-case ASCII {@code word} in any ASCII case. */
    static boolean containsIgnoringAsciiCase(String text, String word) {
        char first = word.charAt(0);
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short line of boilerplate ({@link #isBoilerplateLine}) or a newsletter's promotion ({@link
     * NewsletterPromos#isNewsletterPromo}): the block's text, which both read, read once.
     */
    private static boolean isBoilerplateLineOrPromo(Element e, TextStats.Stats s, String titleKey, BlockTexts texts) {
        boolean line = s.chars < SHORT_LINE_CHARS;
        boolean promo = mayBeNewsletterPromo(s);
        if (!line && !promo) {
            return false;
        }
        String text = texts.textOf(e);
        return (line && (isBoilerplateLine(e, titleKey, false, text) || isBylineThenDateFields(e, text) || MarketData.isDelayNote(text)))
                || (promo && isNewsletterPromo(e, text))
                || (s.chars <= MAX_QUOTE_WIDGET_CHARS && s.linkChars > 0 && isQuoteWidget(text));
    }

    /** Ancestors looked at for a table's cell around a short line: a paragraph or a box or two inside the cell. */
    private static final int MAX_CELL_DEPTH = 3;

    /** True when the block is a table's cell or sits in one, a few boxes down: a value of the table's data. */
    static boolean isInTableCell(Element e) {
        return isOrSitsIn(e, MAX_CELL_DEPTH, "td", "th");
    }

    /** True when the element, or one of its nearest {@code depth} ancestors, is tagged {@code tag} or {@code otherTag}. */
    static boolean isOrSitsIn(Element e, int depth, String tag, String otherTag) {
        Element at = e;
        for (int i = 0; i <= depth && at != null; i++, at = at.parent()) {
            String name = at.normalName();
            if (name.equals(tag) || name.equals(otherTag)) {
                return true;
            }
        }
        return false;
    }

    static boolean isBoilerplateLine(Element e, String titleKey) {
        return isBoilerplateLine(e, titleKey, false);
    }

    /** {@code fieldsAsked}: called for a sibling of a field, whose own siblings are not looked at again. */
    static boolean isBoilerplateLine(Element e, String titleKey, boolean fieldsAsked) {
        return isBoilerplateLine(e, titleKey, fieldsAsked, e.text());
    }

    /** {@link #isBoilerplateLine(Element, String, boolean)} with the element's text ({@code e.text()}) read already. */
    static boolean isBoilerplateLine(Element e, String titleKey, boolean fieldsAsked, String elementText) {
        String text = elementText.strip(); // strip, not trim: Chinese paragraphs open with ideographic spaces
        if (text.isEmpty()) {
            return false;
        }
        if (titleKey != null && Blocks.isHeading(e) && key(text).equals(titleKey)) {
            return true;
        }
        if (opensBoilerplate(text) && !MediaLines.isRunningTimeAmongFacts(e, text)) {
            return true; // a player's length alone is its line; a film's among its credits ("Regie: …", "Laufzeit: 98 Min.") is text
        }
        if (text.length() <= MAX_APP_PITCH_LINE_CHARS && isIndicAppPitch(text) && e.getElementsByTag("a").size() > 0) {
            return true; // "… के लिए जागरण ऐप डाउनलोड करें": the paper's app, linked, the reader told to download it
        }
        if (text.length() <= SHORT_LINE_CHARS && (DASHED_PICTURE_CREDIT.matcher(text).matches() || isKoreanPictureCredit(text))) {
            return true; // "— Foto: Leo Caldas/Divulgação", "사진=스타라인엔터테인먼트 제공": the credit of the picture above
        }
        String words = afterPictographs(text);
        if (words != text && !words.isEmpty() && opensBoilerplate(words)) {
            return true; // "📌 LEIA TAMBÉM", "📲 Follow us on …": the pictograph decorates the line, its words say what it is
        }
        if (text.length() <= MAX_BYLINE_LINE_CHARS && BylineLeads.opensByline(text)
                && !TextStats.endsSentence(text.charAt(text.length() - 1))) {
            return true; // "By Jane Doe": "Von Montag an gilt es." is a sentence, not a byline
        }
        if (text.length() <= MAX_BYLINE_BLOCK_CHARS && BylineLeads.opensByline(text) && BylineLeads.isBylineBlock(brokenLines(e))) {
            return true; // "By JANE DOE<br>Tribune Staff Reporter<br>jdoe@…": the byline's block, its lines the name, the role, the address
        }
        if (text.length() <= MAX_PRICE_LINE_CHARS && PRICE_LINE.matcher(text).matches() && !isInTableCell(e)) {
            return true; // "24,90 €" alone: a product box's price label, no sentence of the text; a table's cell is data
        }
        if (MediaLines.isPlayerSlot(e, text)) {
            return true; // "Sendetermin: Sa, 05.12.2026, 18:40 Uhr" beside a player; a TV-tips page's several slots are its text
        }
        if (MediaLines.isPlatformRow(text) || MediaLines.isChapterItem(e, text)) {
            return true; // "Listen on Apple Podcasts | Spotify", "0:34 Police close the road": a player's furniture ({@link MediaLines})
        }
        if (isStatusBadgeLine(text)) {
            return true; // "LIVE", "+++ Eilmeldung +++" alone between paragraphs: the story's state, not its text
        }
        if (text.length() <= MAX_BYLINE_LINE_CHARS && text.startsWith("Edit") && EDITOR_CREDIT_LINE.matcher(text).matches()) {
            return true; // "Edited by Tshering Palden" closing the text: the desk's editor, credited on a line of its own
        }
        if (text.length() <= MAX_REVIEWER_LINE_CHARS && !TextStats.endsSentence(text.charAt(text.length() - 1))
                && REVIEWER_CREDIT_LINE.matcher(text).lookingAt()) {
            return true; // "Medically reviewed by Priya Natarajan, MD": the reviewer's credit beside the writer's, not the text
        }
        if (text.length() <= MAX_BYLINE_LINE_CHARS && opensChineseEditorLabel(text) && CHINESE_EDITOR_CREDIT_LINE.matcher(text).matches()) {
            return true; // "责任编辑：赵静", "（編輯：陳仁華）1151205" closing the text: the desk's editor, credited on a line of its own
        }
        if (text.length() <= MAX_BYLINE_LINE_CHARS && BylineLeads.isGreekGenitiveByline(text)) {
            return true; // "Της Μαρίας Κ.": the genitive article and a name, its initial's stop no sentence's
        }
        if (BylineLeads.isWriterAndCreditsLine(text)) {
            return true; // "Text: Anna Berg / Fotos: Max Muster": the byline's line with the photographer's credit
        }
        if (isWriterAndDateFields(text)) {
            return true; // "Autor: Jelena Marković · 2. decembar 2026.": the byline's line, its date's period no sentence's
        }
        if (isDateFieldsThenName(text) && !amongEntriesOfItsShape(e)) {
            return true; // "27 novembre 2026 · 3 min · Léa Fontaine": a static-site theme's meta line, the writer last
        }
        if (isCreditAndLabelledDate(text)) {
            return true; // "Staff Reporter | Updated: 3 Dec 2026, 10:12 IST": a desk's credit and the date field
        }
        if ((isDateFieldsLine(text) || isLabelledDateLine(text)) && !DATED_FIELD_TAGS.contains(e.normalName()) && !holdsEventDate(e)) {
            return true; // "Publicado em 20/11/2026 às 07:30 | Atualizado em 20/11/2026 às 11:02": the page's dates, no text
        }
        if (isUnmarkedCaption(e, text)) {
            return true; // "<img><p>Parkovací automat v Praze 10. Foto: ČTK</p>": a caption without its figcaption
        }
        if (text.length() <= MAX_DATELINE_CHARS && text.endsWith("Min.") && isMinutesAloneOrAfterDate(e, text)) {
            return true; // "12 Min.", "06.12.2026 12 Min.": the meta row's reading time, alone or after the date
        }
        return text.length() <= MAX_DATELINE_CHARS && !TextStats.endsSentence(text.charAt(text.length() - 1))
                && !DATED_FIELD_TAGS.contains(e.normalName()) && words(text) <= 8 && DateParser.parseText(text) != null
                && !isDatedSignature(e) && !isPeriod(text) && (fieldsAsked || !isFieldAmongFacts(e)) && !holdsEventDate(e)
                && !isDeadline(text) && !isNamedSourceItem(e);
    }

    /** A line of a status badge alone is this short at most ("+++ Live-Ticker +++"). */
    private static final int MAX_STATUS_BADGE_LINE_CHARS = 40;

    /**
     * The badge words of a live page besides the status badges of headlines ({@link TitleCleaner#STATUS_BADGE_WORDS}):
     * its ticker's name, "Ticker", "Liveticker", "Live-Ticker", "Newsticker", "Liveblog", "Live-Update".
     */
    private static final String TICKER_BADGE_WORDS = "(?:live[- ]?|news)?ticker|live[- ]?blog|live[- ]?updates?";

    /** Badge words that are no word of a sentence's either, so a line of them alone is a badge in any case. */
    private static final Pattern UNAMBIGUOUS_BADGE = Pattern.compile("(?iu)eilmeldung|breaking news|" + TICKER_BADGE_WORDS);

    /** A line that is a status or ticker badge alone, perhaps between ticker marks ("+++ Eilmeldung +++", "• LIVE •"). */
    private static final Pattern STATUS_BADGE_LINE = Pattern.compile(
            "[+*•\s]*(" + TitleCleaner.STATUS_BADGE_WORDS + "|" + TICKER_BADGE_WORDS + ")[+*•!:\s]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * True when the line is a live page's badge alone, as tickers set one between their entries ("LIVE", "+++ Ticker +++",
     * "Eilmeldung"): a status word of a headline's badge or a ticker's name, in capitals, in a script without case,
     * between ticker marks ("+++"), or a word no sentence is made of ("Eilmeldung", "Liveticker"). "Live" in sentence
     * case alone may head a concert review's part and is left.
     */
    static boolean isStatusBadgeLine(String text) {
        if (text.length() > MAX_STATUS_BADGE_LINE_CHARS) {
            return false;
        }
        Matcher m = STATUS_BADGE_LINE.matcher(text);
        if (!m.matches()) {
            return false;
        }
        String word = m.group(1);
        return text.contains("+++") || UNAMBIGUOUS_BADGE.matcher(word).matches()
                || word.equals(word.toUpperCase(Locale.ROOT)); // capitals, or a script without case
    }

    /**
     * The line without the pictographs and marks that open it (emoji, "▶", "📌"), or the line itself when none does: a
     * symbol decorating a line is no word of it.
     */
    static String afterPictographs(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.NON_SPACING_MARK
                    || type == Character.FORMAT || Character.isWhitespace(cp) || cp == 0x00a0) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i == 0 ? text : text.substring(i);
    }

    /** A block is read for lines set by {@code <br>} when it has this many child nodes at least: two lines and their break. */
    private static final int MIN_BROKEN_LINES_NODES = 3;

    /**
     * True when the link, inside a quoted post, is the embed code's chrome set beside the post's paragraphs: a link in a
     * wrapper {@code <div>} that holds a {@code <p>} of its own and no unlinked words, the link in no paragraph. Instagram's
     * embed sets its "View this post on Instagram" link so, over the post's caption and attribution in {@code <p>}s; a
     * tweet's attribution line sets its date link straight in the {@code <blockquote>} beside the name's words, and stays.
     */
    private static boolean isEmbedChromeLink(Element link, Map<Element, Boolean> wrappers) {
        Element wrapper = link.parent();
        if (!link.nameIs("a") || wrapper == null || !wrapper.nameIs("div")) { // a <div> is in no <p>: the parser closes one before it
            return false;
        }
        return wrappers.computeIfAbsent(wrapper, ContentPruner::isEmbedChromeWrapper); // its links share it: read once
    }

    /** True when the wrapper holds a {@code <p>} among its children and no unlinked words of its own. */
    private static boolean isEmbedChromeWrapper(Element wrapper) {
        boolean holdsParagraph = false;
        for (org.jsoup.nodes.Node n : wrapper.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return false; // unlinked words of the wrapper's own: the post's text
            }
            holdsParagraph |= n instanceof Element child && child.nameIs("p");
        }
        return holdsParagraph;
    }

    /**
     * Marks the lines of the block, set apart by {@code <br>} as Blogger's post body and older editors set a whole text,
     * that are a boilerplate line whose link carries most of it: a label and its link on a line of their own ("<b>මේවාත් කියවන්න:</b>
     * <a>…</a><br>", "Ẹ tún ka: <a>…</a>", "Read also: <a>…</a>"), as a paragraph of them is cut ({@link BoilerplatePhrases#opensBoilerplate}),
     * and a Korean picture's credit under the photo ({@link #isKoreanPictureCredit}: "사진=… 제공"), which no sentence opens.
     * The line's inline nodes and the break closing it go; a line holding a block is left to the walk. One pass over the
     * block's children.
     */
    private static void markBoilerplateBrokenLines(Element block, Removals removals) {
        int n = block.childNodeSize();
        if (n < MIN_BROKEN_LINES_NODES) {
            return;
        }
        int from = 0;
        boolean broken = false;
        for (int i = 0; i <= n; i++) {
            Node c = i < n ? block.childNode(i) : null;
            boolean br = c instanceof Element el && el.nameIs("br");
            if (c instanceof Element el && !br && Blocks.isBlock(el)) {
                from = -1; // a block in this line: not a line of text
                continue;
            }
            if (!br && c != null) {
                continue;
            }
            broken |= br;
            if (broken && from >= 0 && i > from) {
                markIfBoilerplateLine(block, from, i, c, removals);
            }
            from = i + 1;
        }
    }

    /** Marks the nodes {@code [from, to)} of the block and the break after them when they are a linked boilerplate line. */
    private static void markIfBoilerplateLine(Element block, int from, int to, Node closingBreak, Removals removals) {
        StringBuilder line = new StringBuilder();
        int linkChars = 0;
        for (int k = from; k < to; k++) {
            Node c = block.childNode(k);
            if (c instanceof TextNode t) {
                line.append(t.text());
            } else if (c instanceof Element el) {
                line.append(el.text());
                for (Element a : el.nameIs("a") ? List.of(el) : el.select(ANY_LINK)) {
                    linkChars += a.text().length();
                }
            }
            if (line.length() > SHORT_LINE_CHARS) {
                return;
            }
        }
        String text = line.toString().strip();
        // a label and its link: the link carries most of the line (a notice naming the site's address in passing is a notice's
        // own line); or a picture's credit under the photo, a line of its own with no link ("사진=… 제공")
        if (text.isEmpty() || (linkChars * 2 < text.length() || !opensBoilerplate(text)) && !isKoreanPictureCredit(text)) {
            return;
        }
        for (int k = from; k < to; k++) {
            removals.mark(block.childNode(k));
        }
        if (closingBreak != null) {
            removals.mark(closingBreak);
        }
    }

    /**
     * A picture's credit as Korean papers set it on a line of its own under the photo, the label joined to the source by an
     * equals sign or a colon: "사진=스타라인엔터테인먼트 제공" (photo = the agency, provided), "사진 제공=…", "사진: 연합뉴스". The
     * label then a blank opens a sentence ("사진 작가 김 씨는 …"), which stays.
     */
    private static final Pattern KOREAN_PICTURE_CREDIT = Pattern.compile("^사진(?:\\s?제공)?\\s*[=＝:：]\\s*\\S.{0,60}$");

    /** True when the line is a {@link #KOREAN_PICTURE_CREDIT}, asked only of a line that opens with the label. */
    private static boolean isKoreanPictureCredit(String text) {
        return text.startsWith("사진") && KOREAN_PICTURE_CREDIT.matcher(text).matches();
    }

    /**
     * A picture's credit on a line of its own opened by a dash, as Brazilian portals set it under a photo's caption ("— Foto:
     * Leo Caldas/Divulgação", "– Foto: Reprodução/Instagram"): the label, its colon and the credit, with no sentence's end.
     * The credit names its source as such credits do, the photographer and the source parted by a slash, or the source's
     * kind ("Divulgação", handout; "Reprodução"; "Arquivo", archive; "Acervo"; "Agência"): an item of a list of documents
     * ("— Foto: 3x4 recente e colorida") names none. A line of dialogue that the dash opens ends as a sentence does ("—
     * Foto: é isso que eu quero.").
     */
    private static final Pattern DASHED_PICTURE_CREDIT = Pattern.compile(
            "^[—–-]\\s*(?:foto|fotos|photo|photos|imagem|imagens|image|crédito|credito)\\s*[:：]\\s*"
                    + "(?=[^.!?]*(?:/|divulga[çc][ãa]o|reprodu[çc][ãa]o|arquivo|acervo|ag[êe]ncia))[^\\s.!?][^.!?]{0,80}(?<![.!?…])$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A line closed by {@link #INDIC_APP_PITCH} is this long at most: a sentence, not a paragraph. */
    private static final int MAX_APP_PITCH_LINE_CHARS = 200;

    /** The verb "download" as the languages of India write the English word: one of them must be in a line before its pattern is tried. */
    private static final List<String> INDIC_DOWNLOAD_WORDS = List.of("डाउनलोड", "ডাউনলোড", "ಡೌನ್", "ഡൗൺലോഡ്", "ડાઉનલોડ", "ਡਾਊਨਲੋਡ",
            "டவுன்லோட்", "డౌన్", "ڈاؤن");

    /**
     * A line closed by the imperative to download an app, as the papers of India set it under the text in their languages
     * ("देश-दुनिया की हर ताज़ा खबर … के लिए जागरण ऐप डाउनलोड करें", "ವಿಜಯ ಕನ್ನಡ ಆ್ಯಪ್‌ ಡೌನ್‌ಲೋಡ್‌ ಮಾಡಿ: Android | iOS",
     * "লেটেস্ট খবর পেতে অ্যাপ ডাউনলোড করুন"): "app", the borrowed verb "download" and the polite imperative addressed to the
     * reader (Hindi "करें", Marathi "करा", Bengali "করুন", Kannada "ಮಾಡಿ", Malayalam "ചെയ്യൂ", Gujarati "કરો", Punjabi "ਕਰੋ",
     * Tamil "செய்யுங்கள்", Telugu "చేసుకోండి", Urdu "کریں"), at most the stores' names after it. A report's sentence states
     * what someone did or must do ("यात्रियों को ऐप डाउनलोड करना होगा"); only the pitch ends on the imperative, and a link.
     */
    private static final Pattern INDIC_APP_PITCH = Pattern.compile(
            "(?:ऐप|एप|ॲप|অ্যাপ|ಆ್ಯಪ್|ആപ്പ്|ആപ്|એપ|ਐਪ|ஆப்|యాప్|ایپ)\\S*\\s+(?:\\S+\\s+)?(?:डाउनलोड|ডাউনলোড|ಡೌನ್\u200c?ಲೋಡ್|ഡൗൺലോഡ്|ડાઉનલોડ|ਡਾਊਨਲੋਡ"
                    + "|டவுன்லோட்|డౌన్\u200c?లోడ్|ڈاؤن\\s?لوڈ)\\S*\\s+(?:करें|कीजिए|करा|করুন|ಮಾಡಿ|ಮಾಡಿಕೊಳ್ಳಿ|ചെയ്യൂ|ചെയ്യുക|કરો|ਕਰੋ|செய்யுங்கள்"
                    + "|செய்யவும்|చేసుకోండి|చేయండి|کریں)(\\s*[:：|-]\\s*(?:android|ios|google play|app store|play store)"
                    + "(?:\\s*[|/,&]\\s*(?:android|ios|google play|app store|play store))?)?\\s*[.!।]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "News" and "updates" in the languages of {@link #INDIC_APP_PITCH}: a pitch offers the paper's news ("ताज़ा खबर के लिए …"),
     * or names the stores; a story's line relaying an advice ("रेलवे ने कहा कि यात्री रेल मदद ऐप डाउनलोड करें") does neither.
     */
    private static final List<String> INDIC_NEWS_WORDS = List.of("खबर", "ख़बर", "समाचार", "न्यूज", "न्यूज़", "अपडेट", "बातम्या",
            "খবর", "সংবাদ", "ಸುದ್ದಿ", "ವಾರ್ತೆ", "വാർത്ത", "સમાચાર", "ਖ਼ਬਰ", "ਖਬਰ", "செய்தி", "వార్త", "خبر");

    /** True when the line ends with {@link #INDIC_APP_PITCH}; asked of a line holding a word of {@link #INDIC_DOWNLOAD_WORDS} only. */
    static boolean isIndicAppPitch(String text) {
        for (String word : INDIC_DOWNLOAD_WORDS) {
            if (text.contains(word)) {
                Matcher m = INDIC_APP_PITCH.matcher(text);
                return m.find() && (m.group(1) != null || INDIC_NEWS_WORDS.stream().anyMatch(text::contains));
            }
        }
        return false;
    }

    /**
     * The number of pieces {@code SPACES.split(s)} gives, counted without the split's array and strings: the runs of
     * characters between blanks ({@code \s}: space, tab, line and form feeds, carriage return, vertical tab), one more
     * when a blank opens the text (the split's empty first piece); 1 for an empty text, as the split gives the text
     * itself, and 0 for a text of blanks alone.
     */
    static int words(String s) {
        if (s.isEmpty()) {
            return 1;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            boolean blank = isRegexSpace(s.charAt(i));
            if (!blank && !inWord) {
                count++;
            }
            inWord = !blank;
        }
        return count > 0 && isRegexSpace(s.charAt(0)) ? count + 1 : count; // a blank opening the text leaves an empty first piece
    }

    /** The characters {@code \s} matches without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) { // its letters and digits, read by code point without a stream
            int c = n.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
