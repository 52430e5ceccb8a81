package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.text.AccordingToCredit;
import dev.newsdrop.extract.text.AdviceNotices;
import dev.newsdrop.extract.text.Words;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer a newspaper names in a paragraph of its own, set in bold or italics, at the head or the foot of
 * the text ("<p><strong>Jane Doe</strong></p>" before the first paragraph, or right-aligned after
 * the last, or right after the block of the text; a short text's last paragraph when set flush right): the byline of CMSs that have no author field,
 * typed into the text by the desk. The name may also open the text's first paragraph, set off from what
 * follows by a line break or a separator ("<p><b>Anna Schmidt</b><br>Der Gemeinderat ...", "<p><strong>Claire
 * Roux</strong> — Le conseil ...", "<p><strong>María Gil</strong> | Sevilla</p>"), which a sentence's bold subject
 * ("<strong>Green Street</strong> will get ...", "<strong>Jane Doe</strong> — the mayor's rival — said") does
 * not have; set in capitals it is the dateline's place
 * ("<strong>NEW YORK</strong> — ..."). Korean and Japanese papers open the text with the wire-style
 * dateline that names the reporter: "[서울=한빛일보] 김민수 기자 = ..." (place=paper, the name, "reporter ="),
 * "【ワシントン=中村健】..." (place=name); a wire service in its place ("【ワシントン=共同】") names no one. Chinese wires name
 * theirs in brackets after the dateline: "新华社北京1月20日电（记者张伟、李娜）".
 * A paragraph that is a dash and a name alone closing the text ("<p>— Gwen Harper</p>") signs it too.
 * Read only when nothing else names a person.
 */
final class BoldNameLine {

    /** A paragraph this long is the article's text, not its head. */
    private static final int MIN_TEXT_PARAGRAPH_CHARS = 150;

    /** Paragraphs of text a container holds at least for its head and foot to be an article's. */
    private static final int MIN_TEXT_PARAGRAPHS = 2;

    /** Short paragraphs (a kicker, a standfirst in italics) that may stand before the name at the head. */
    private static final int MAX_HEAD_PARAGRAPHS = 4;

    /** Paragraphs looked at in one container: an article's text, not a page of thousands. */
    private static final int MAX_PARAGRAPHS = 400;

    /**
     * Elements of any kind read beside a bold line: an article's text block holds its paragraphs and
     * some figures and asides, not thousands of other elements.
     */
    private static final int MAX_SIBLINGS = 4 * MAX_PARAGRAPHS;

    /** Where a bold line is a heading or a quotation, or a credit, not the text's signature. */
    private static final Evaluator NOT_TEXT = QueryParser.parse("blockquote, li, table, a");

    /**
     * What joins two writers' names in one bold line: a slash, a comma, an ampersand, "and", or a
     * hyphen or an en dash between blanks, as Vietnamese papers sign two writers ("Minh Quân - Lan Anh").
     */
    private static final Pattern NAME_JOINER = Pattern.compile("\\s*(?:[/,&]|\\s(?:and|und|et|y|e|i|og|och|en|dan|és|та|і|și|şi|και|ja|oraz|và|और|ও|[-–])\\s)\\s*");

    /** A dash opening a signature line, and the blanks after it: "— Name". */
    private static final Pattern LEADING_DASH = Pattern.compile("^[-–—]\\s*");

    /**
     * The mark after a signature's name that calls a note on the writer, the note set under it opening with the same mark,
     * as Italian, Spanish and Portuguese papers sign a guest's column: "<em>Marco Ferri*</em>" over "<em>* sindaco di …</em>".
     */
    private static final char FOOTNOTE_MARK = '*';

    /** A hyphen or an en dash between blanks, joining two names in a signature ({@link #NAME_JOINER}); the name cleaner reads a comma. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–]\\s");

    private BoldNameLine() {
    }

    /**
     * The reporters a Chinese, Korean or Japanese dateline opening the text names ("新华社北京12月5日电（记者刘洋、张敏）",
     * "(서울=연합뉴스) 김민수·이지은 기자 ="), read among the page's first {@link #MAX_DATELINE_PARAGRAPHS} paragraphs only;
     * empty when none opens the text. The dateline is the wire's own credit of everyone who filed the story, where a
     * portal's author field often holds its first name alone.
     */
    static List<String> openingDatelineNames(PageScan scan) {
        List<String> parted = partedDatelineNames(scan);
        if (!parted.isEmpty()) {
            return parted;
        }
        int seen = 0;
        for (Element p : scan.paragraphs()) {
            if (++seen > MAX_DATELINE_PARAGRAPHS) {
                break;
            }
            List<String> dateline = cjkDatelineNames(p);
            if (dateline != null && !dateline.isEmpty() && p.closest(PageRegions.SITE_CHROME) == null
                    && p.closest(PageRegions.BESIDE_ARTICLE) == null && p.closest(NOT_TEXT) == null && amongFirstParagraphs(p)) {
                return dateline;
            }
        }
        return List.of();
    }

    /**
     * The news agency a Chinese, Korean or Japanese wire dateline opening the text names, when it names one
     * ({@link NewsAgencies#isAgency}): "新华社宁波12月4日电（记者张晓）", "(광주=연합뉴스) 정다은 기자 =", "【ワシントン共同】",
     * "（中央社記者王小明台北5日電）"; null when the text opens with none, or with a paper's own ("(서울=한빛일보)", "本报讯").
     * The dateline is the wire's signature on its copy, as "WASHINGTON (Reuters) -" is: a paper or portal running it credits
     * the wire, while the reporters the dateline names are its authors. Read among the same paragraphs as
     * {@link #openingDatelineNames}.
     */
    static String openingDatelineWire(PageScan scan) {
        int seen = 0;
        for (Element p : scan.paragraphs()) {
            if (++seen > MAX_DATELINE_PARAGRAPHS) {
                break;
            }
            if (p.childNodeSize() == 0 || !(p.childNode(0) instanceof TextNode t)) {
                continue;
            }
            String text = t.getWholeText().strip();
            String wire = text.isEmpty() ? null : datelineWire(text.substring(0, Math.min(text.length(), MAX_DATELINE_CHARS)));
            if (wire != null && p.closest(PageRegions.SITE_CHROME) == null && p.closest(PageRegions.BESIDE_ARTICLE) == null
                    && p.closest(NOT_TEXT) == null && amongFirstParagraphs(p)) {
                return wire;
            }
        }
        return null;
    }

    /** "(광주=연합뉴스)", "[서울=뉴시스]": the place, an equals sign, the one filing (group 1), in brackets. */
    private static final Pattern KOREAN_WIRE_BRACKET = Pattern.compile("^[\\[(（]\\s*\\p{IsHangul}{1,10}\\s*[=＝]\\s*([^\\])）=＝]{2,12}?)\\s*[\\])）]");

    /** "【ワシントン共同】", "【ワシントン=共同】": the place and the wire in lenticular brackets (group 1 the inside). */
    private static final Pattern JAPANESE_WIRE_BRACKET = Pattern.compile("^【([^】=＝]{1,16}(?:[=＝][^】]{2,10})?)】");

    /** "新华社宁波12月4日电", "（中央社記者王小明台北5日電）": the run of Han characters before the day, or before "記者" (group 1). */
    private static final Pattern CHINESE_WIRE_HEAD = Pattern.compile(
            "^(?:(\\p{IsHan}{3,16}?)\\d{1,2}月\\d{1,2}日[电電]|[(（](\\p{IsHan}{2,6}?)[记記]者)");

    /** The longest name of a wire a Chinese or Japanese dateline writes glued to the place: "新华社" of "新华社宁波". */
    private static final int MAX_GLUED_WIRE_CHARS = 6;

    /** The agency an opening dateline ({@link #openingDatelineWire}) names, from the text's first characters; null when none. */
    private static String datelineWire(String head) {
        char first = head.charAt(0);
        if (first == '(' || first == '[' || first == '（') {
            Matcher korean = KOREAN_WIRE_BRACKET.matcher(head);
            if (korean.find()) {
                String wire = korean.group(1).strip();
                return NewsAgencies.isAgency(wire) ? wire : null;
            }
        }
        if (first == '【') {
            Matcher japanese = JAPANESE_WIRE_BRACKET.matcher(head);
            if (japanese.find()) {
                String inside = japanese.group(1);
                int equals = Math.max(inside.indexOf('='), inside.indexOf('＝'));
                if (equals >= 0) {
                    String wire = inside.substring(equals + 1).strip();
                    return NewsAgencies.isAgency(wire) ? wire : null;
                }
                for (int start = Math.max(1, inside.length() - MAX_GLUED_WIRE_CHARS); start < inside.length() - 1; start++) {
                    if (NewsAgencies.isAgency(inside.substring(start))) {
                        return inside.substring(start); // "【ワシントン共同】": the wire after the place
                    }
                }
            }
            return null;
        }
        if (first != '（' && first != '(' && !Character.isIdeographic(first)) {
            return null;
        }
        Matcher chinese = CHINESE_WIRE_HEAD.matcher(head);
        if (!chinese.find()) {
            return null;
        }
        String run = chinese.group(1) != null ? chinese.group(1) : chinese.group(2);
        for (int end = Math.min(run.length(), MAX_GLUED_WIRE_CHARS); end >= 2; end--) {
            if (NewsAgencies.isAgency(run.substring(0, end))) {
                return run.substring(0, end); // "新华社宁波": the wire before the place
            }
        }
        return null;
    }

    /** Paragraphs read for an opening dateline: the menus' and teasers' paragraphs may come before the text's. */
    private static final int MAX_DATELINE_PARAGRAPHS = 40;

    /** Containers parted by breaks read for an opening dateline: the text's is among the page's first. */
    private static final int MAX_DATELINE_CONTAINERS = 5;

    /**
     * The reporters a Korean or Japanese wire's dateline names where it opens a text parted by breaks, not paragraphs
     * ({@link PageScan#partedContainers}): "<div>（서울=연합뉴스）이승민·한지수 기자 = …<br><br>…</div>", as Korean portals
     * set a wire's copy. The container's first words are the text's first paragraph. Empty when none opens so.
     */
    private static List<String> partedDatelineNames(PageScan scan) {
        int seen = 0;
        for (Element container : scan.partedContainers()) {
            if (++seen > MAX_DATELINE_CONTAINERS) {
                break;
            }
            String text = firstText(container);
            if (text == null || text.isEmpty() || DATELINE_BRACKETS.indexOf(text.charAt(0)) < 0) {
                continue; // only a bracketed dateline: a parted line opening with a Chinese wire's words may be a list's
            }
            List<String> dateline = cjkDatelineNames(text);
            if (dateline != null && !dateline.isEmpty() && container.closest(PageRegions.SITE_CHROME) == null
                    && container.closest(PageRegions.BESIDE_ARTICLE) == null && container.closest(NOT_TEXT) == null) {
                return dateline;
            }
        }
        return List.of();
    }

    /** The container's first words: its first child that is no blank text, when that is text; else null. */
    private static String firstText(Element container) {
        for (org.jsoup.nodes.Node n : container.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return t.getWholeText().strip();
                }
            } else {
                return null;
            }
        }
        return null;
    }

    /** The names of the first bold name line at the head or foot of an article's text; empty when none. */
    static List<String> names(PageScan scan) {
        List<String> parted = partedDatelineNames(scan);
        if (!parted.isEmpty()) {
            return parted; // "<div>（서울=연합뉴스）이승민·한지수 기자 = …<br><br>…": the wire's reporters opening a text of breaks
        }
        int seen = 0;
        Set<Element> wideParents = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<RoleScope, List<Element>> roleLines = new HashMap<>();
        for (Element p : scan.paragraphs()) {
            if (++seen > MAX_PARAGRAPHS * 10) {
                break;
            }
            List<String> dateline = cjkDatelineNames(p);
            if (dateline != null) {
                if (!dateline.isEmpty() && p.closest(PageRegions.SITE_CHROME) == null && p.closest(PageRegions.BESIDE_ARTICLE) == null
                        && (p.closest(NOT_TEXT) == null || inLayoutCell(p)) && amongFirstParagraphs(p)) {
                    return dateline;
                }
                continue;
            }
            Element bold = boldOnlyChild(p);
            if (bold == null) {
                bold = ledBoldName(p);
            }
            boolean opening = false;
            if (bold != null && SIGNATURE_DASH.matcher(BylineText.leadingText(bold, 8).strip()).lookingAt()) {
                List<String> signed = dashSignature(p); // "<p><em>— Priya Nair</em></p>": the dash marks the signature in italics as in roman
                if (!signed.isEmpty() && p.closest(PageRegions.SITE_CHROME) == null && p.closest(PageRegions.BESIDE_ARTICLE) == null
                        && p.closest(NOT_TEXT) == null && closesText(p)) {
                    return signed;
                }
            }
            if (bold == null) {
                bold = boldOpening(p);
                if (bold == null) {
                    List<String> signed = agencySignature(p);
                    if (signed.isEmpty()) {
                        signed = japaneseBracketSignature(p);
                    }
                    if (signed.isEmpty()) {
                        signed = closingEmphasisNames(p);
                    }
                    if (signed.isEmpty()) {
                        signed = dashSignature(p);
                    }
                    if (signed.isEmpty()) {
                        signed = letterSignature(p);
                    }
                    if (signed.isEmpty()) {
                        signed = possessiveSignature(p);
                    }
                    if (signed.isEmpty()) {
                        signed = rankedSignature(p);
                    }
                    if (signed.isEmpty()) {
                        signed = japaneseOfficeSignature(p, roleLines);
                    }
                    if (signed.isEmpty()) {
                        signed = japaneseCreditLine(p);
                        if (!signed.isEmpty() && p.closest(PageRegions.SITE_CHROME) == null && p.closest(PageRegions.BESIDE_ARTICLE) == null
                                && p.closest(NOT_TEXT) == null && closesTextOrItsBox(p)) {
                            return signed;
                        }
                        continue;
                    }
                    if (!signed.isEmpty() && p.closest(PageRegions.SITE_CHROME) == null && p.closest(PageRegions.BESIDE_ARTICLE) == null
                            && p.closest(NOT_TEXT) == null && closesText(p)) {
                        return signed;
                    }
                    continue;
                }
                List<String> signed = letterSignature(p);
                if (!signed.isEmpty() && p.closest(PageRegions.SITE_CHROME) == null && p.closest(PageRegions.BESIDE_ARTICLE) == null
                        && p.closest(NOT_TEXT) == null && closesText(p)) {
                    return signed; // "<p><strong>Marta Piñeiro</strong><br>Secretaria de la junta directiva</p>" closing the text: its signature
                }
                opening = true;
            }
            String text = BylineText.spacedText(bold);
            if (!opening) {
                text = LEADING_DASH.matcher(text).replaceFirst(""); // "<strong>— شيخة البلوشي</strong>": the dash a signature is set after
                text = withoutFootnoteMarks(text); // "<em>Marco Ferri*</em>": the mark calls the note on him under it
            }
            if (text.isEmpty() || text.length() > BylineText.MAX_BYLINE_CHARS || text.chars().anyMatch(Character::isDigit)
                    || p.closest(PageRegions.SITE_CHROME) != null || p.closest(PageRegions.BESIDE_ARTICLE) != null
                    || p.closest(PageRegions.FIGURE) != null || p.closest(NOT_TEXT) != null && !inLayoutCell(p)
                    || bold.selectFirst(PageRegions.LINK) != null) {
                continue;
            }
            if (opening && isAllCaps(text)) {
                continue; // "<strong>NEW YORK</strong> — ...": the dateline's place, in capitals
            }
            if (!opening && text.endsWith(")")) {
                List<String> signed = agencySignature(p); // "<strong>Minh Châu (Theo Reuters)</strong>": the writer, then the source
                if (!signed.isEmpty() && closesText(p)) {
                    return signed;
                }
            }
            if (!opening && text.indexOf(':') > 0) {
                String unlabelled = BylineLeads.withoutLeadIn(text).strip();
                if (unlabelled.length() < text.length() && AuthorNames.isCaselessName(unlabelled) && writtenAsName(unlabelled)
                        && closesText(p)) {
                    return List.of(unlabelled); // "<strong>ავტორი: ნინო ჩხეიძე</strong>" closing the text: a script without capitals, the label tells the name
                }
            }
            if (!namesOnly(text)) {
                String writer = opening ? null : writerOfAffiliationLine(text);
                if (writer != null && opensText(p)) {
                    return List.of(writer); // "<p><strong>Jane Roe, Professor of History, University of X</strong></p>" over the text
                }
                int comma = text.indexOf(',');
                if (!opening && comma > 0 && AuthorNames.opensWithJobTitle(text.substring(comma + 1).strip())) {
                    // "<p><strong>Boubacar Guindo, correspondant à Mopti</strong></p>" closing the text: the reporter signs with
                    // the press title; a bold name before another phrase ("Thomas Sankara, un héritage disputé") heads a teaser
                    List<String> signed = letterSignature(p);
                    if (!signed.isEmpty() && closesText(p)) {
                        return signed;
                    }
                }
                continue; // "Jane Doe, president and CEO, Example": a quotation's attribution, with a role
            }
            if (!opening && creditsPaperBesideVietnamese(p, text)) {
                continue; // "<strong>Theo VnExpress</strong>" closing the text: the paper it was taken from, no writer
            }
            List<String> names = AuthorNames.clean(List.of(opening ? text : SPACED_DASH.matcher(text).replaceAll(", ")));
            boolean closing = !opening;
            if (names.isEmpty() || !names.stream().allMatch(n -> writtenAsName(n) || closing && NewsAgencies.isAgency(n)) // "Theo TTXVN" at the foot: the agency credited
                    || !atHeadOrFoot(p, wideParents, opening)) {
                continue;
            }
            if (!opening && names.size() == 1 && !AuthorNames.isPersonName(text) && CaselessGivenNames.arabicOrHebrew(text)
                    && !CaselessGivenNames.opensWithGivenName(text) && opensText(p)) {
                continue; // "<p><strong>ملف الكهرباء</strong></p>" over the text: a kicker, set as a lone name is, but opening with no given name
            }
            if (!AuthorNames.isPersonName(text) && echoesHeadline(scan.firstH1(), text)) {
                continue; // "<strong>جائزة جديدة</strong>" over a story headlined "... تطلق جائزة ...": a kicker, no writer
            }
            return names;
        }
        return lineBrokenSignature(scan);
    }

    /** The bold and italic elements a signature is set in ({@link #SIGNATURE_TAGS}), as a query. */
    private static final Evaluator SIGNATURE_ELEMENTS = QueryParser.parse("strong, b, em, i");

    /** Bold and italic elements read for a {@link #lineBrokenSignature}: an old layout's page holds some hundreds. */
    private static final int MAX_EMPHASES = 2000;

    /** Line breaks between a line-broken block's last sentence and its signature, at most: the blank line typed before it. */
    private static final int MAX_BREAKS_BEFORE_SIGNATURE = 2;

    /**
     * Text of its own a line-broken block holds before its signature, at least, in {@value #MIN_TEXT_PARAGRAPHS} runs or more:
     * an article's paragraphs, not a picture's caption or a box's line.
     */
    private static final int MIN_LINE_BROKEN_TEXT_CHARS = MIN_TEXT_PARAGRAPHS * MIN_TEXT_PARAGRAPH_CHARS;

    /**
     * The writer's name set in bold or italics on a line of its own under an article's text that has no paragraphs,
     * only lines broken by {@code <br>}, as table layouts of the 1990s and 2000s set it: "<font>… на улице Гагарина.<br><br>
     * … рублей.<br><br><b>Игорь Панов</b></font>" in a layout cell, or straight in the {@code <td>}. Empty unless the
     * emphasis closes its block, one or two line breaks part it from a sentence's end, the block's own text before it runs
     * to {@value #MIN_LINE_BROKEN_TEXT_CHARS} characters in two runs or more, and it is a person's name (or two joined). A
     * photographer's bold name under a picture's short caption is none. Asked last, when no paragraph signs the text.
     */
    static List<String> lineBrokenSignature(PageScan scan) {
        Element html = scan.html();
        if (html == null) {
            return List.of();
        }
        // walked lazily: a page of a million bold elements is not listed whole to read its first MAX_EMPHASES
        Iterable<Element> emphases = html.selectStream(SIGNATURE_ELEMENTS).limit(MAX_EMPHASES)::iterator;
        for (Element em : emphases) {
            Element block = em.parent();
            if (block == null || !closesBlock(em) || !afterBrokenLine(em) || !longLineBrokenText(block, em.siblingIndex())
                    || em.closest(PageRegions.SITE_CHROME) != null || em.closest(PageRegions.BESIDE_ARTICLE) != null
                    || em.closest(PageRegions.FIGURE) != null || em.closest(QUOTE_ITEM_OR_LINK) != null) {
                continue;
            }
            String text = BylineText.spacedText(em);
            if (text.isEmpty() || text.length() > BylineText.MAX_BYLINE_CHARS || text.chars().anyMatch(Character::isDigit)
                    || em.selectFirst(PageRegions.LINK) != null || !namesOnly(text)) {
                continue;
            }
            List<String> names = AuthorNames.clean(List.of(SPACED_DASH.matcher(text).replaceAll(", ")));
            if (!names.isEmpty() && names.stream().allMatch(BoldNameLine::writtenAsName)) {
                return names;
            }
        }
        return List.of();
    }

    /** Characters of a separator between the links of a line of tools: "Imprimir | Enviar a un amigo". */
    private static final int MAX_TOOL_SEPARATOR_CHARS = 3;

    /**
     * Whether nothing follows the element in its parent but blanks, line breaks and, after a break, a line of the page's
     * tools ({@link #isToolLineNode}: "Imprimir | Enviar a un amigo"): the signature closes the text.
     */
    private static boolean closesBlock(Element em) {
        boolean broken = false;
        int read = 0;
        for (Node next = em.nextSibling(); next != null; next = next.nextSibling()) {
            if (++read > MAX_SIBLINGS) {
                return false;
            }
            if (next instanceof Element e && e.normalName().equals("br")) {
                broken = true;
            } else if (!(next instanceof TextNode t && t.getWholeText().replace('\u00A0', ' ').isBlank())
                    && !(broken && isToolLineNode(next))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the paragraph is a line of the page's tools under the text: links alone, parted by short separators
     * ("<p><a>Imprimir</a> | <a>Enviar a un amigo</a></p>"), no text of its own.
     */
    private static boolean toolLinksLine(Element p) {
        if (p.childNodeSize() > MAX_SIBLINGS || p.selectFirst(PageRegions.LINK) == null) {
            return false;
        }
        for (Node n : p.childNodes()) {
            if (!isToolLineNode(n) && !(n instanceof Element e && e.normalName().equals("br"))) {
                return false;
            }
        }
        return true;
    }

    /** A link, or blanks, or a separator of {@value #MAX_TOOL_SEPARATOR_CHARS} characters at most with no letter or digit. */
    private static boolean isToolLineNode(Node n) {
        if (n instanceof Element e) {
            return e.normalName().equals("a");
        }
        if (!(n instanceof TextNode t)) {
            return true; // a comment
        }
        String text = t.getWholeText().replace('\u00A0', ' ').strip();
        return text.length() <= MAX_TOOL_SEPARATOR_CHARS && text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Whether one or two {@code <br>} (blanks between them) stand right before the element, and before them text ending a
     * sentence ({@link #SENTENCE_ENDS}).
     */
    private static boolean afterBrokenLine(Element em) {
        int breaks = 0;
        for (Node prev = em.previousSibling(); prev != null; prev = prev.previousSibling()) {
            if (prev instanceof TextNode t) {
                String prior = t.getWholeText().replace('\u00A0', ' ').strip();
                if (prior.isEmpty()) {
                    continue;
                }
                return breaks > 0 && SENTENCE_ENDS.indexOf(prior.charAt(prior.length() - 1)) >= 0;
            }
            if (!(prev instanceof Element e) || !e.normalName().equals("br") || ++breaks > MAX_BREAKS_BEFORE_SIGNATURE) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the block's own text before its child {@code end} runs to {@value #MIN_LINE_BROKEN_TEXT_CHARS} characters in
     * {@value #MIN_TEXT_PARAGRAPHS} runs or more parted by line breaks; at most {@value #MAX_SIBLINGS} children read.
     */
    private static boolean longLineBrokenText(Element block, int end) {
        if (end > MAX_SIBLINGS) {
            return false;
        }
        int chars = 0;
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < end; i++) {
            Node n = block.childNode(i);
            if (n instanceof TextNode t) {
                int length = t.getWholeText().strip().length();
                chars += length;
                if (length > 0 && !inRun) {
                    runs++;
                    inRun = true;
                }
            } else if (n instanceof Element e && e.normalName().equals("br")) {
                inRun = false;
            }
        }
        return chars >= MIN_LINE_BROKEN_TEXT_CHARS && runs >= MIN_TEXT_PARAGRAPHS;
    }

    /**
     * A wire dateline opening the text: the place (one or more, "Hamburg/Bremen"), the agency in
     * brackets, a dash or a colon: "Hamburg/Bremen (dpa) - ...", "GENF (AFP) – ...", "Madrid (EFE): ...",
     * Spanish wires' full stop and dash after the bracket with the day before it, "Madrid, 2 dic (EFE).- ...".
     * The place may name its province or region in brackets of its own before the day and the agency, as Spanish
     * and Italian regional papers print wire copy: "Sigüenza (Guadalajara), 3 dic (EFE).- ...", "Adria (Rovigo), 3 dic. (ANSA) - ...".
     * Scripts without capitals open with any letter of theirs: "بغداد (رويترز) - ...".
     * Urdu papers set the text straight after the bracket, with no dash: "اسلام آباد (اے پی پی) وزیراعظم ...".
     * Amharic datelines write the Ethiopic comma after the place and the wordspace before the dash:
     * "አዲስ አበባ፣ ኅዳር 24/2019 (ኢዜአ)፡- ...", or close it with the preface colon alone, "(ኢዜአ)፦ ...".
     * Nepali datelines open with the place in Devanagari and the day of the Bikram Sambat month: "काठमाडौं, मंसिर १७ (रासस) – ...",
     * or close the bracket with the danda: "सुर्खेत, मंसिर १९ (रासस) । ..."; Bengali ones with a colon: "ঢাকা, ৫ ডিসেম্বর (বাসস) : ...".
     * Germany's church wires close it with a full stop: "Münster (epd). ..." ({@link NewsAgencies#FULL_STOP_DATELINES}); Prensa Latina
     * runs the text on after a dated dateline's bracket: "La Habana, 5 dic (Prensa Latina) El ..." ({@link NewsAgencies#NO_DASH_DATELINES}),
     * KNA after a place alone: "Bonn (KNA) Der Papst ..." ({@link NewsAgencies#NO_MARK_DATELINES}).
     * Group 1 the bracket's content, which may add the agency's regional service ("dpa/lni").
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^[\\p{Lu}\\p{IsArabic}\\p{IsHebrew}\\p{IsEthiopic}\\p{IsDevanagari}\\p{IsBengali}][\\p{L}\\p{M}\\p{N} .,/'’፣-]{0,40}?"
                    + "(?:\\s*\\(\\p{Lu}[\\p{L}\\p{M} .'’-]{1,28}\\)[\\p{L}\\p{M}\\p{N} .,/'’-]{0,20}?)?\\s*\\(([^()]{2,30})\\)\\.?(?:፡?\\s*[-–—:।]|፦|(?<=\\p{IsArabic}\\))\\s+(?=\\p{IsArabic})"
                    + "|(?<=\\((?:" + NewsAgencies.FULL_STOP_DATELINES + ")\\)\\.)\\s+(?=\\p{Lu})"
                    + "|(?<=\\((?:" + NewsAgencies.NO_MARK_DATELINES + ")\\))\\s+(?=\\p{Lu})"
                    + "|(?<=\\p{N}\\s{1,3}\\p{L}{3,10}\\.?\\s{0,3}\\((?:" + NewsAgencies.NO_DASH_DATELINES + ")\\))\\s+(?=\\p{Lu}))");

    /**
     * A wire's dateline whose place, if any, is set in capitals, then the wire's bracket and a dash: "BEOGRAD (FoNet) - ...",
     * or the bracket first, as ANSA sets its copy: "(ANSA) - ROMA, 05 DIC - ...". The place's capitals and the dash tell a
     * dateline from a kicker or a sentence however short the paragraph. The bracket holds one of
     * {@link NewsAgencies#IN_CREDITS} (group 1), a capital follows the dash, perhaps after the quotation mark the copy opens
     * with ("(Adnkronos) - "Nella legge di bilancio …"").
     */
    private static final Pattern CAPITALS_BRACKET_WIRE_DATELINE = Pattern.compile(
            "(?:\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,30}\\s)?\\s*\\((" + NewsAgencies.IN_CREDITS + ")\\)\\s*[-–—]\\s*[\"“”„«‘']?\\p{Lu}");

    /**
     * An Arabic wire dateline naming the agency between slashes, the text straight after it, as the Oman News Agency sets
     * it: "صحار في 3 ديسمبر /العُمانية/ افتتحت ..." (the place, "in", the day). Group 1 the agency, read only when it is
     * one ({@link NewsAgencies}).
     */
    private static final Pattern SLASHED_WIRE_DATELINE = Pattern.compile(
            "^\\p{IsArabic}[\\p{IsArabic}\\p{M}\\p{N} ]{0,40}?\\s/\\s*([\\p{IsArabic}\\p{M}]{2,20})\\s*/\\s*(?=\\p{IsArabic})");

    /**
     * A wire dateline that names the agency between slashes after the place and the day, as TASS sets it and Kyrgyzstan's
     * and Tajikistan's national agencies do in their languages and in Russian: "МОСКВА, 4 декабря. /ТАСС/. ...",
     * "Бишкек, 5-дек. /Кабар/. ..." (the Turkic hyphen joining day and month), "ДУШАНБЕ, 05.12.2026 /АМИТ «Ховар»/. ..."
     * (the day in figures, the agency's legal form in capitals and its name in guillemets). The agency (group "wire") is read only
     * when it is one ({@link NewsAgencies}). Bulgaria's BTA names its reporter before itself and a comma, "Варна, 5
     * декември /Иван Петров, БТА/" (group "reporter"): she is the author, the wire her source.
     */
    private static final Pattern SLASHED_DAY_WIRE_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M} .'’-]{1,30},\\s*(?:\\d{1,2}(?:-|\\.?\\s+)\\p{L}{3,10}\\.?|\\p{L}{3,10}\\.?\\s+\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})"
                    + "(?:,?\\s+\\d{4})?\\.?\\s*/\\s*(?<reporter>\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){1,3}\\s*,\\s*)?"
                    + "(?:\\p{Lu}{2,5}\\s+)?«?(?<wire>\\p{Lu}[\\p{L}\\p{M}-]{1,15})»?\\s*/");

    /**
     * A wire dateline that sets the agency between slashes straight after the place, with no day, as Mongolia's national
     * agency does: "Улаанбаатар /МОНЦАМЭ/. ...", "Ulaanbaatar /MONTSAME/. ...". The place is one or two capitalised
     * words; group 1 the agency, read only when it is one ({@link NewsAgencies}).
     */
    private static final Pattern DAYLESS_SLASHED_WIRE_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’-]{1,30}(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]{1,30})?\\s/(\\p{Lu}[\\p{L}\\p{M}-]{1,15})/\\.?\\s");

    /**
     * A wire dateline that names the agency after the place and the day, with no brackets, as the national agencies of
     * the former Soviet states set it: "Bakı, 2 dekabr, AZƏRTAC. ...", "Baku, December 2, AZERTAC. ..." (the day
     * before or after the month's name), then a full stop, a colon or a dash. Group 1 the agency, as written.
     */
    private static final Pattern DATED_WIRE_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M} .'’-]{1,30},\\s*(?:\\d{1,2}\\s+\\p{L}{3,12}\\.?|\\p{L}{3,12}\\.?\\s+\\d{1,2}),\\s*(\\p{Lu}[\\p{L}\\p{M}-]{1,15})\\s*[.:–—-]\\s");

    /**
     * A wire dateline that names the agency after the place in capitals and a full stop, with no bracket, then a dash, as
     * Kazakhstan's national agency sets it in Russian, Kazakh and English: "АСТАНА. KAZINFORM – ...", "ASTANA. KAZINFORM –
     * ...". Group 1 the agency, read only when it is one ({@link NewsAgencies}).
     */
    private static final Pattern CAPITALS_WIRE_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M} -]{1,30}\\p{Lu}\\.\\s{1,2}(\\p{Lu}[\\p{L}\\p{M}-]{1,15})\\s*[–—-]\\s");

    /**
     * A wire dateline that names the agency after a dash, following the place in capitals and the day, as RIA Novosti sets
     * it: "МОСКВА, 5 дек — РИА Новости. Совет ...". The place, the day and the closing full stop tell a dateline from a
     * sentence naming the wire. Group 1 the agency, read only when it is one ({@link NewsAgencies}); the slashed shape
     * ("МОСКВА, 5 декабря. /ТАСС/.") is {@link #SLASHED_DAY_WIRE_DATELINE}'s.
     */
    private static final Pattern DASHED_WIRE_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M} -]{1,30},\\s*(?:\\p{N}{1,2}\\.?\\s+\\p{L}{3,9}\\.?|\\p{L}{3,9}\\.?\\s+\\p{N}{1,2})(?:,?\\s+\\p{N}{4})?\\.?\\s*"
                    + "[—–-]\\s*(\\p{Lu}[\\p{L}\\p{M} -]{1,20}?)\\s*\\.\\s+(?=\\p{Lu})");

    /**
     * What parts a {@link #WIRE_DATELINE}'s bracket: the slash before the agency's regional service ("dpa/lni") and the
     * Arabic comma before the day Afghanistan's agencies set inside it ("هرات (پژواک، ۱۳ قوس ۱۴۰۵):").
     */
    private static final Pattern BRACKET_PARTS = Pattern.compile("/|،(?=\\s*\\p{Nd})");

    /** A short paragraph opening with a {@link #WIRE_DATELINE} that dates its copy is this long at least: a sentence follows. */
    private static final int MIN_DATED_DATELINE_PARAGRAPH_CHARS = 60;

    /**
     * The known agency of a {@link #WIRE_DATELINE} whose place is followed by a day before the bracket ("ঢাকা, ৫ ডিসেম্বর
     * (বাসস) : ...", "सुर्खेत, मंसिर १९ (रासस) । ..."), in a paragraph too short to be taken as the text by its length
     * alone: as with {@link #DATED_WIRE_DATELINE}, the place, the day and the agency tell the text's start (a
     * sentence in the Brahmic scripts runs shorter than the Latin length test asks). Null when the paragraph opens otherwise.
     */
    private static String datedBracketAgency(String head) {
        int open = head.indexOf('(');
        if (head.length() < MIN_DATED_DATELINE_PARAGRAPH_CHARS || open < 4 || open > MAX_DATELINE_PLACE_CHARS + 20
                || head.codePoints().limit(open).noneMatch(Character::isDigit)) {
            return null;
        }
        Matcher m = WIRE_DATELINE.matcher(head);
        if (!m.lookingAt() || m.start(1) != open + 1) {
            return null;
        }
        for (String part : BRACKET_PARTS.split(m.group(1))) {
            if (NewsAgencies.isAgency(part.strip())) {
                return part.strip();
            }
        }
        return null;
    }

    /** A {@link #DATED_WIRE_DATELINE}'s place, before its first comma, is this long at most: longer, the pattern is not tried. */
    private static final int MAX_DATELINE_PLACE_CHARS = 32;

    /** Paragraphs read from the top of the page for a text-opening wire dateline. */
    private static final int MAX_PARAGRAPHS_BEFORE_TEXT = 40;

    /**
     * The agency whose wire dateline opens the article's text ({@link #WIRE_DATELINE}, a known agency,
     * {@link NewsAgencies}), as its signature: asked only when nothing names a person or an organisation,
     * as "Por EFE" alone in a byline signs. Empty when the first paragraph of text opens otherwise.
     */
    static List<String> wireDatelineAgency(PageScan scan) {
        return wireDatelineAgency(scan, null);
    }

    /**
     * {@link #wireDatelineAgency(PageScan)}, adding to {@code agencies} (when given) the wire a slashed dateline names
     * beside its reporter, who is then the author: the wire is the copy's source.
     */
    private static List<String> wireDatelineAgency(PageScan scan, List<String> agencies) {
        int seen = 0;
        for (Element p : scan.paragraphs()) {
            if (++seen > MAX_PARAGRAPHS_BEFORE_TEXT) {
                break;
            }
            if (outsideText(p)) {
                continue;
            }
            String head = BylineText.leadingText(p, MIN_TEXT_PARAGRAPH_CHARS);
            int comma = head.indexOf(',');
            Matcher dated = comma > 1 && comma <= MAX_DATELINE_PLACE_CHARS && Character.isUpperCase(head.charAt(0)) ? DATED_WIRE_DATELINE.matcher(head) : null;
            if (dated != null && dated.lookingAt() && NewsAgencies.isAgency(dated.group(1))) {
                return List.of(dated.group(1)); // "Bakı, 2 dekabr, AZƏRTAC. ...": the place, the day and the agency tell the text's start, however short
            }
            Matcher dayed = comma > 1 && comma <= MAX_DATELINE_PLACE_CHARS && head.indexOf('/') > comma
                    ? SLASHED_DAY_WIRE_DATELINE.matcher(head) : null;
            if (dayed != null && dayed.lookingAt() && NewsAgencies.isAgency(dayed.group("wire"))) {
                String reporter = dayed.group("reporter");
                if (reporter != null) {
                    List<String> names = AuthorNames.clean(List.of(reporter.strip().replaceFirst(",$", "").strip()));
                    if (!names.isEmpty() && names.stream().allMatch(AuthorNames::isPersonName)) {
                        if (agencies != null) {
                            agencies.add(dayed.group("wire"));
                        }
                        return names; // "Варна, 5 декември /Иван Петров, БТА/": the wire's reporter filed it
                    }
                }
                return List.of(dayed.group("wire")); // "Бишкек, 5-дек. /Кабар/. ...": the place, the day and the agency between slashes, however short
            }
            int slash = head.indexOf(" /");
            Matcher dayless = slash > 1 && slash <= MAX_DATELINE_PLACE_CHARS && Character.isUpperCase(head.charAt(0))
                    ? DAYLESS_SLASHED_WIRE_DATELINE.matcher(head) : null;
            if (dayless != null && dayless.lookingAt() && NewsAgencies.isAgency(dayless.group(1))) {
                return List.of(dayless.group(1)); // "Ulaanbaatar /MONTSAME/. ...": the place and the agency between slashes
            }
            Matcher dashed = comma > 1 && comma <= MAX_DATELINE_PLACE_CHARS && Character.isUpperCase(head.charAt(comma - 1))
                    ? DASHED_WIRE_DATELINE.matcher(head) : null;
            if (dashed != null && dashed.lookingAt() && NewsAgencies.isAgency(dashed.group(1))) {
                return List.of(dashed.group(1)); // "МОСКВА, 5 дек — РИА Новости. ...": the wire's dashed dateline
            }
            int stop = head.indexOf(". ");
            Matcher capitals = stop > 1 && stop <= MAX_DATELINE_PLACE_CHARS && Character.isUpperCase(head.charAt(stop - 1))
                    ? CAPITALS_WIRE_DATELINE.matcher(head) : null;
            if (capitals != null && capitals.lookingAt() && NewsAgencies.isAgency(capitals.group(1))) {
                return List.of(capitals.group(1)); // "АСТАНА. KAZINFORM – ...": the place and the agency tell the text's start
            }
            NewsAgencies.WireReporter reporterLine = NewsAgencies.wirePlaceReporterLine(head);
            if (reporterLine != null) {
                List<String> names = AuthorNames.clean(List.of(reporterLine.reporter()));
                if (!names.isEmpty() && names.stream().allMatch(AuthorNames::isPersonName)) {
                    if (agencies != null) {
                        agencies.add(reporterLine.wire());
                    }
                    return names; // "AA / Sarajevo / Amra Hodžić" over the text: the wire's reporter filed it
                }
            }
            int bracket = head.indexOf('(');
            Matcher bracketFirst = bracket >= 0 && bracket <= MAX_DATELINE_PLACE_CHARS ? CAPITALS_BRACKET_WIRE_DATELINE.matcher(head) : null;
            if (bracketFirst != null && bracketFirst.lookingAt()) {
                // "(ANSA) - ROMA, 05 DIC - ...", "BEOGRAD (FoNet) - ...": the wire's bracket opens its copy, however short
                return List.of(NewsAgencies.capitalsAsCredited(bracketFirst.group(1)));
            }
            if (!isLongText(head)) {
                String ownLine = NewsAgencies.datedDatelineLine(head);
                if (ownLine != null && NewsAgencies.isAgency(ownLine)) {
                    return List.of(ownLine); // "LUGO, 5 (EUROPA PRESS)" on a line of its own over the wire's copy
                }
                String dayWire = datedBracketAgency(head);
                if (dayWire != null) {
                    return List.of(dayWire); // "ঢাকা, ৫ ডিসেম্বর (বাসস) : ...": the place, the day and the agency tell the text's start
                }
                continue; // a kicker, a standfirst's line, a date: not yet the text
            }
            Matcher m = WIRE_DATELINE.matcher(head);
            if (!m.find()) {
                Matcher slashed = head.indexOf('/') > 0 ? SLASHED_WIRE_DATELINE.matcher(head) : null;
                if (slashed != null && slashed.lookingAt() && NewsAgencies.isAgency(slashed.group(1))) {
                    return List.of(slashed.group(1)); // "صحار في 3 ديسمبر /العُمانية/ افتتحت ...": the Omani wire's dateline
                }
                return List.of(); // the first paragraph of text opens with no wire dateline
            }
            if (NewsAgencies.isNoMarkDatelineWire(m.group(1)) && head.substring(m.end(1) + 1, m.end()).isBlank()
                    && !NewsAgencies.isDatelinePlace(head.substring(0, m.start(1) - 1))) {
                return List.of(); // "Wie die Katholische Nachrichten-Agentur (KNA) Mitte …": a sentence, no place before the wire
            }
            for (String part : BRACKET_PARTS.split(m.group(1))) {
                if (NewsAgencies.isAgency(part.strip())) {
                    return List.of(part.strip());
                }
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * The writer a wire's staff sign-off under its copy names ({@link NewsAgencies#staffSignOff}: "AGERPRES/(A - autor: Ana
     * Popescu, editor: …)"), as a person's name; empty
     * when no paragraph of the text is one. Asked where the wire alone would sign the copy ({@link #wireCopyAuthors}).
     */
    static List<String> wireStaffSignOff(PageScan scan) {
        for (Element p : signedParagraphs(scan)) {
            NewsAgencies.StaffSignOff signOff = NewsAgencies.staffSignOff(p.text());
            if (signOff == null || signOff.writer() == null || outsideText(p)) {
                continue; // most paragraphs are no sign-off; one naming only editors names no writer
            }
            List<String> names = AuthorNames.clean(List.of(signOff.writer()));
            return !names.isEmpty() && names.stream().allMatch(AuthorNames::isPersonName) ? names : List.of();
        }
        return List.of();
    }

    /**
     * Who signs wire copy no one else signs: the writer its staff sign-off names ({@link #wireStaffSignOff}), else the
     * agency whose dateline opens the text, or the reporter its slashed dateline names ({@link #wireDatelineAgency}), the
     * wire then added to {@code agencies}, as the copy's source.
     */
    static List<String> wireCopyAuthors(PageScan scan, List<String> agencies) {
        List<String> writer = wireStaffSignOff(scan);
        return writer.isEmpty() ? wireDatelineAgency(scan, agencies) : writer;
    }

    /**
     * A paragraph that closes with an agency between slashes, as Danish papers sign wire copy at the foot
     * of its text ("... gennem cykelpuljen. /ritzau/", "/ritzau fokus/"). Group 1 is the agency.
     */
    private static final Pattern SLASHED_AGENCY_AT_END = Pattern.compile("(?:^|\\s)/\\s*([\\p{L}][\\p{L} .-]{1,30}?)\\s*/\\s*$");

    /** Characters read from a paragraph's end for its {@link #SLASHED_AGENCY_AT_END}. */
    private static final int MAX_SLASHED_SIGNATURE_CHARS = 40;

    /**
     * The agency a paragraph of the text names between slashes at its end ({@link #SLASHED_AGENCY_AT_END},
     * a known agency, perhaps with its service's word after: "/ritzau fokus/"), as its signature: asked
     * only when nothing names a person or an organisation. Empty when no paragraph is so signed.
     */
    static List<String> slashedAgencyClosingText(PageScan scan) {
        for (Element p : signedParagraphs(scan)) {
            String text = closingText(p); // the signature is the paragraph's closing text
            if (text == null || text.indexOf('/') < 0 || outsideText(p)) {
                continue;
            }
            Matcher m = SLASHED_AGENCY_AT_END.matcher(signatureTail(text));
            if (!m.find()) {
                continue;
            }
            String agency = m.group(1).strip();
            String first = agency.split(" ", 2)[0];
            if (NewsAgencies.isAgency(agency)) {
                return List.of(agency);
            }
            if (NewsAgencies.isAgency(first)) {
                return List.of(first); // "/ritzau fokus/": the agency's feature service
            }
        }
        return List.of();
    }

    /**
     * A paragraph whose last sentence is followed by an agency in brackets, as papers of the Balkans and Central Europe sign
     * wire copy inside its last paragraph ("… putnika sa kruzera. (MINA)", "… do 2028. (Hina)"). Group 1 the agency.
     */
    private static final Pattern BRACKETED_AGENCY_AT_END = Pattern.compile("[.!?…\"”»]\\s*\\(\\s*(\\p{Lu}[\\p{L}\\p{M} .-]{1,30}?)\\s*\\)\\s*$");

    /**
     * The agency a paragraph of the text names in brackets after its last sentence ({@link #BRACKETED_AGENCY_AT_END}, a
     * known agency), as its signature, as {@link #slashedAgencyClosingText} reads the slashed one: asked only when nothing
     * names a person or an organisation. Empty when no paragraph is so signed.
     */
    static List<String> bracketedAgencyClosingText(PageScan scan) {
        for (Element p : signedParagraphs(scan)) {
            String text = closingText(p); // the signature is the paragraph's closing text
            text = text == null ? "" : text.stripTrailing();
            if (text.isEmpty() || text.charAt(text.length() - 1) != ')' || outsideText(p)) {
                continue;
            }
            Matcher m = BRACKETED_AGENCY_AT_END.matcher(signatureTail(text));
            if (m.find() && NewsAgencies.isAgency(m.group(1).strip())) {
                return List.of(m.group(1).strip());
            }
        }
        return List.of();
    }

    /**
     * A paragraph that is only an agency's name set off by dashes or brackets, as wire copy is signed on its own line at the
     * foot of the text: Malaysian papers' "-- BERNAMA", "(IANS)", "— AFP". Group 1 is the agency.
     */
    private static final Pattern AGENCY_ALONE_LINE = Pattern.compile("^(?:[-–—]{1,2}\\s*|[(（]\\s*)(\\p{L}[\\p{L}\\p{M} .-]{1,30}?)\\s*[)）]?\\.?$");

    /** An {@link #AGENCY_ALONE_LINE} is this long at most. */
    private static final int MAX_AGENCY_ALONE_LINE_CHARS = 36;

    /**
     * The agency a paragraph of the text names alone on its line ({@link #AGENCY_ALONE_LINE}, a known agency,
     * {@link NewsAgencies}): the wire's signature, asked only when nothing names a person or an organisation.
     */
    static List<String> agencyAloneLine(PageScan scan) {
        for (Element p : signedParagraphs(scan)) {
            String text = p.text().strip();
            if (text.length() > MAX_AGENCY_ALONE_LINE_CHARS || text.length() < 3 || outsideText(p)) {
                continue;
            }
            Matcher m = AGENCY_ALONE_LINE.matcher(text);
            if (m.matches() && NewsAgencies.isAgency(m.group(1).strip())) {
                return List.of(m.group(1).strip());
            }
        }
        return List.of();
    }

    /**
     * The wire whose sign-off ({@link NewsAgencies#wireOfDeskSignOff}: "ats/jfe", "AHP/ jmd") is the last paragraph of the text, spelt as its credits spell it
     * ({@link NewsAgencies#asCredited}): asked only when nothing names a person or an organisation. Empty otherwise.
     */
    static List<String> wireDeskSignOff(PageScan scan) {
        for (Element p : signedParagraphs(scan)) {
            String text = p.text().strip();
            if (!NewsAgencies.mayBeDeskSignOff(text)) {
                continue; // most paragraphs are refused here, without the pattern
            }
            String wire = NewsAgencies.wireOfDeskSignOff(text);
            if (wire != null && !outsideText(p) && closesText(p)) {
                return List.of(wire);
            }
        }
        return List.of();
    }

    /** True when the paragraph stands in the site's chrome, beside the article, in a figure or in what is no text. */
    private static boolean outsideText(Element p) {
        return p.closest(PageRegions.SITE_CHROME) != null || p.closest(PageRegions.BESIDE_ARTICLE) != null
                || p.closest(PageRegions.FIGURE) != null || p.closest(NOT_TEXT) != null;
    }

    /** Paragraphs the signature readers read from the top ({@link #signedParagraphs}): the text of a long page, not its every comment. */
    private static final int MAX_PARAGRAPHS_SIGNED = 200;

    /**
     * The page's paragraphs from the top that the signature readers ({@link #wireStaffSignOff}, {@link
     * #slashedAgencyClosingText}, {@link #bracketedAgencyClosingText}, {@link #agencyAloneLine}, {@link #wireDeskSignOff})
     * read: the first {@link #MAX_PARAGRAPHS_SIGNED}.
     */
    private static List<Element> signedParagraphs(PageScan scan) {
        List<Element> paragraphs = scan.paragraphs();
        return paragraphs.size() <= MAX_PARAGRAPHS_SIGNED ? paragraphs : paragraphs.subList(0, MAX_PARAGRAPHS_SIGNED);
    }

    /** The text the paragraph closes with, when its last node is text (a signature set after the last sentence); else null. */
    private static String closingText(Element p) {
        Node last = p.childNodeSize() == 0 ? null : p.childNode(p.childNodeSize() - 1);
        return last instanceof TextNode t ? t.getWholeText() : null;
    }

    /** The last {@link #MAX_SLASHED_SIGNATURE_CHARS} characters of a paragraph's closing text, where a signature is sought. */
    private static String signatureTail(String text) {
        return text.length() > MAX_SLASHED_SIGNATURE_CHARS ? text.substring(text.length() - MAX_SLASHED_SIGNATURE_CHARS) : text;
    }

    /**
     * A wire story's signature closing the text: the reporter's name, then the agency in brackets
     * ("Κατερίνα Νικολάου (ΑΠΕ-ΜΠΕ)", "Rūta Petraitienė (ELTA)"). Group 1 the name, group 2 the agency.
     */
    private static final Pattern AGENCY_SIGNATURE = Pattern.compile("^([^()（）]{3,60}?)\\s*[(（]([^()（）]{2,40})[)）]$");

    /**
     * The same signature with the agency after a slash, as Turkish papers sign the national wires' copy ("Murat Kılınç /
     * İHA", "Ayşe Demir/DHA"). Group 1 the name, group 2 the agency; the agency must be a known one and the name a person's.
     */
    private static final Pattern SLASHED_AGENCY_SIGNATURE = Pattern.compile("^([^()（）/]{3,60}?)\\s*/\\s*([^()（）/]{2,40})$");

    /**
     * The reporter of a paragraph that is only a wire signature ({@link #AGENCY_SIGNATURE}) naming a
     * known agency ({@link NewsAgencies}) or a Vietnamese source credit ("(Theo VnExpress)", {@link AccordingToCredit}),
     * the name written as a person's; empty otherwise.
     */
    private static List<String> agencySignature(Element p) {
        if (p.childrenSize() > 2) {
            return List.of();
        }
        String text = BylineText.leadingText(p, BylineText.MAX_BYLINE_CHARS + 1).strip();
        if (text.length() > BylineText.MAX_BYLINE_CHARS || text.isEmpty()) {
            return List.of();
        }
        boolean bracketed = text.charAt(text.length() - 1) == ')' || text.charAt(text.length() - 1) == '）';
        if (!bracketed && text.indexOf('/') < 0) {
            return List.of();
        }
        Matcher m = bracketed ? AGENCY_SIGNATURE.matcher(text) : SLASHED_AGENCY_SIGNATURE.matcher(text);
        if (!bracketed && (!m.matches() || !NewsAgencies.isAgency(m.group(2).strip()))) {
            return List.of(); // "Ankara / Haber Merkezi", "Ana Sayfa / Gündem": no wire after the slash
        }
        if (!m.matches() || !NewsAgencies.isAgency(m.group(2)) && AccordingToCredit.source(m.group(2)) == null) {
            return List.of(); // "Minh Anh (Theo VnExpress)": the writer, then the paper the story was taken from
        }
        // "Ngọc Anh - Hữu Khoa (Theo AP)": two writers joined by a spaced dash, as a bold signature joins them
        List<String> names = AuthorNames.clean(List.of(SPACED_DASH.matcher(m.group(1)).replaceAll(", ")));
        return !names.isEmpty() && names.stream().allMatch(AuthorNames::isPersonName) ? names : List.of();
    }

    /** What ends the sentence before a signature set in the same paragraph: a full stop, a mark, a closing quote. */
    private static final String SENTENCE_ENDS = ".!?\"“”»«'’…";

    /**
     * The writer's name set in bold or italics at the very end of the text's last paragraph, after its
     * last sentence: "… bekommt neue Möbel. <i>Sabine Krüger</i>", as regional papers sign the text
     * inside its last paragraph. Empty unless the emphasis closes the paragraph, follows a sentence's
     * end, and is a person's name (or two joined).
     */
    private static List<String> closingEmphasisNames(Element p) {
        int n = p.childNodeSize();
        int i = n - 1;
        while (i >= 0 && p.childNode(i) instanceof TextNode t && t.isBlank()) {
            i--;
        }
        if (i < 1 || !(p.childNode(i) instanceof Element em) || !SIGNATURE_TAGS.contains(em.normalName())
                || !(p.childNode(i - 1) instanceof TextNode before)) {
            return List.of();
        }
        String prior = before.getWholeText().stripTrailing();
        if (prior.isEmpty() || SENTENCE_ENDS.indexOf(prior.charAt(prior.length() - 1)) < 0) {
            return List.of();
        }
        String text = BylineText.spacedText(em);
        if (text.isEmpty() || text.length() > BylineText.MAX_BYLINE_CHARS || text.chars().anyMatch(Character::isDigit)
                || em.selectFirst(PageRegions.LINK) != null || !namesOnly(text)) {
            return List.of();
        }
        List<String> names = AuthorNames.clean(List.of(SPACED_DASH.matcher(text).replaceAll(", ")));
        return !names.isEmpty() && names.stream().allMatch(BoldNameLine::writtenAsName) ? names : List.of();
    }

    /** The dashes that open a signature line: em dash, en dash, horizontal bar. */
    private static final Pattern SIGNATURE_DASH = Pattern.compile("^[\u2014\u2013\u2015]\\s*");

    /** Quotation marks that open a quoted paragraph: a dashed name after one attributes the quotation. */
    private static final String QUOTE_OPENINGS = "\"“„«‘‚'";

    /**
     * The writer who signs a text with a paragraph of its own that is a dash and a person's name alone,
     * "<p>— Gwen Harper</p>", as letters, blog posts and columns are signed by typographic convention
     * (the caller asks that it closes the text). Empty otherwise, and when the paragraph before it is a
     * quotation: the dashed name is then the quotation's attribution.
     */
    private static List<String> dashSignature(Element p) {
        String text = BylineText.leadingText(p, BylineText.MAX_BYLINE_CHARS + 1).strip();
        Matcher dash = SIGNATURE_DASH.matcher(text);
        if (text.length() > BylineText.MAX_BYLINE_CHARS || !dash.lookingAt() || p.selectFirst(PageRegions.LINK) != null) {
            return List.of();
        }
        String name = text.substring(dash.end()).strip();
        if (name.isEmpty() || Words.holdsDigit(name) || !AuthorNames.isPersonName(name)) {
            return List.of();
        }
        if (afterQuotation(p)) {
            return List.of(); // the line attributes the quotation before it
        }
        return AuthorNames.clean(List.of(name));
    }

    /** The nodes at most of a paragraph read as a letter's signature, and of each element in it. */
    private static final int MAX_SIGNATURE_NODES = 40;

    /** The longest valediction read on the line before a letter's signature ("Namens het parochiebestuur,"). */
    private static final int MAX_VALEDICTION_CHARS = 60;

    /** The longest role or place read after a signature's name and its comma ("secretaris", "présidente du club"). */
    private static final int MAX_SIGNATURE_ROLE_CHARS = 40;

    /** The words at most of a signature's role or place after its comma. */
    private static final int MAX_SIGNATURE_ROLE_WORDS = 4;

    /** A signature's role or place: words of letters, apostrophes, hyphens and dots of abbreviations, nothing a sentence ends with. */
    private static final Pattern SIGNATURE_ROLE = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*(?:\\s+[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*)*");

    /**
     * The signer of a text signed as a letter is: its closing paragraph is the signer's name, then a comma
     * and what the signer does, a common noun in lower case ("Yannick Le Bris, président", "Marjolein
     * Hendriks-Bosch, secretaris"; a capital after the comma opens the name of a place or of the office
     * the signer speaks for, "Lena Hartwig, Pressestelle", unless a valediction marks the line as the letter's
     * signature: "Mit sportlichen Grüßen,<br>Jürgen Hausmann, Abteilungsleiter"), perhaps after a valediction on a line of its
     * own that ends with a comma ("Namens het parochiebestuur,<br>...", "Pour le bureau,<br>...", "Best
     * regards,<br>Jane Doe"), after which the name may stand alone. Clubs, parishes and associations
     * sign their posts so, typed into the text. The paragraph holds no link and no figure, and the one
     * before it is no quotation (the line would attribute it). Empty otherwise.
     */
    private static List<String> letterSignature(Element p) {
        List<StringBuilder> lines = new ArrayList<>();
        lines.add(new StringBuilder());
        int chars = 0;
        if (p.childNodeSize() > MAX_SIGNATURE_NODES) {
            return List.of(); // a signature is a name, a role and a line break or two, not a block of thousands of nodes
        }
        for (Node n : p.childNodes()) {
            if (n instanceof Element el && el.normalName().equals("br")) {
                if (lines.size() == 2) {
                    return List.of();
                }
                lines.add(new StringBuilder());
                continue;
            }
            String t = n instanceof TextNode tn ? tn.getWholeText()
                    : n instanceof Element el ? BylineText.leadingText(el, MAX_VALEDICTION_CHARS + BylineText.MAX_BYLINE_CHARS + 1, MAX_SIGNATURE_NODES) : "";
            chars += t.length();
            if (chars > MAX_VALEDICTION_CHARS + BylineText.MAX_BYLINE_CHARS || n instanceof Element el && el.normalName().equals("a")) {
                return List.of();
            }
            lines.get(lines.size() - 1).append(t);
        }
        String line = lines.get(lines.size() - 1).toString().strip();
        boolean valediction = false;
        if (lines.size() == 2) {
            String first = lines.get(0).toString().strip();
            if (first.isEmpty() || first.length() > MAX_VALEDICTION_CHARS || Words.holdsDigit(first)) {
                return List.of();
            }
            if (!first.endsWith(",")) {
                return nameOverRole(p, first, line); // "<strong>Marta Piñeiro</strong><br>Secretaria de la junta directiva"
            }
            valediction = true;
        }
        if (line.isEmpty() || line.length() > BylineText.MAX_BYLINE_CHARS || Words.holdsDigit(line)) {
            return List.of();
        }
        int comma = line.indexOf(',');
        String name = comma < 0 ? line : line.substring(0, comma).strip();
        if (comma < 0 && !valediction) {
            return List.of(); // a name alone closing the text: the bold and dashed signatures read it
        }
        if (comma >= 0) {
            String role = line.substring(comma + 1).strip();
            if (role.isEmpty() || role.length() > MAX_SIGNATURE_ROLE_CHARS || role.split("\\s+").length > MAX_SIGNATURE_ROLE_WORDS
                    || !SIGNATURE_ROLE.matcher(role).matches() || role.endsWith(".")
                    || !valediction && !Character.isLowerCase(role.charAt(0)) && !NAMED_OFFICE.matcher(role).matches()) {
                return List.of(); // "Lena Hartwig, Pressestelle": a capital opens a body's or a place's name, the office she speaks for
            }
        }
        if (!AuthorNames.isPersonName(name) || p.closest(PageRegions.FIGURE) != null) {
            return List.of();
        }
        if (afterQuotation(p)) {
            return List.of(); // the line attributes the quotation before it
        }
        return AuthorNames.clean(List.of(name));
    }

    /** The longest closing line read as a letter's possessive signature ("Ihr Pfarrer Thomas Lenz"). */
    private static final int MAX_POSSESSIVE_SIGNATURE_CHARS = 60;

    /**
     * The offices that sign German letters to a parish, a town, a school or a club after the possessive ("Ihr Pfarrer",
     * "Ihre Bürgermeisterin", "Euer Trainer"), in both genders. The office tells a person's signature from a body's: "Ihre
     * Stadtwerke Hollenbach", "Eure Jugendfeuerwehr Oberweiler" sign as a body, in words that look like a name.
     */
    private static final String SIGNING_OFFICES = "Pfarrer|Pfarrerin|Pastor|Pastorin|Diakon|Diakonin|Kaplan|Dekan|Dekanin|Superintendent|Superintendentin"
            + "|Bürgermeister|Bürgermeisterin|Oberbürgermeister|Oberbürgermeisterin|Ortsvorsteher|Ortsvorsteherin|Landrat|Landrätin"
            + "|Vorsitzender|Vorsitzende|Präsident|Präsidentin|Schulleiter|Schulleiterin|Rektor|Rektorin|Direktor|Direktorin"
            + "|Trainer|Trainerin|Abteilungsleiter|Abteilungsleiterin|Kommandant|Kommandantin|Wehrführer|Wehrführerin";

    /**
     * The offices German and Austrian associations' officers sign their club's posts with, after the name and a comma
     * ("Maria Steinbauer, Obfrau", "Stefan Hoffmann, Pressereferent"), in both genders: the chair (Austrian "Obmann",
     * "Obfrau"), the secretary ("Schriftführer"), the treasurer ("Kassier", "Kassenwart"), the press officer
     * ("Pressereferent", "Pressewart") and the wardens of youth and sport. German nouns take a capital, so the office after
     * the comma opens with one as a body's name would ("Pressestelle"): these words are a person's office.
     */
    private static final String ASSOCIATION_OFFICES = "Obmann|Obfrau|Schriftführer|Schriftführerin|Kassier|Kassierin|Kassenwart|Kassenwartin"
            + "|Pressereferent|Pressereferentin|Pressewart|Pressewartin|Jugendwart|Jugendwartin|Sportwart|Sportwartin"
            + "|Schützenmeister|Schützenmeisterin|Chorleiter|Chorleiterin|Kapellmeister|Kapellmeisterin";

    /**
     * A signature's role that is a person's office ({@link #SIGNING_OFFICES}, {@link #ASSOCIATION_OFFICES}), perhaps as
     * the deputy ("stv. Obmann") and with the body after it ("Obfrau des Vereins"): read after a name and its comma though a
     * capital opens it.
     */
    private static final Pattern NAMED_OFFICE = Pattern.compile("(?:(?:stv|stellv)\\.\\s?)?(?:" + SIGNING_OFFICES + "|" + ASSOCIATION_OFFICES + ")(?:\\s.*)?");

    /**
     * A German letter's signature, the signer addressing the readers with a possessive and the office before the name: "Ihr
     * Pfarrer Thomas Lenz", "Ihre Bürgermeisterin Dr. Karin Vogt", "Euer Trainer Jens Adler" ("your priest Thomas Lenz"), as
     * parishes, mayors, schools and clubs sign letters to their members; the name is the line's last two words (group 1).
     */
    private static final Pattern POSSESSIVE_SIGNATURE = Pattern.compile("^(?:Ihr|Ihre|Euer|Eure|Dein|Deine)\\s+(?:" + SIGNING_OFFICES + ")"
            + "\\s+(?:(?:Dr|Prof)\\.\\s*){0,2}(\\p{Lu}[\\p{L}\\p{M}'’-]+\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)$");

    /**
     * The signer of a closing paragraph that is a letter's possessive signature ({@link #POSSESSIVE_SIGNATURE}): a line of its
     * own, no link in it and no quotation before it, whose last two words are a person's name. Empty otherwise.
     */
    private static List<String> possessiveSignature(Element p) {
        if (p.childNodeSize() > MAX_SIGNATURE_NODES || !p.getElementsByTag("a").isEmpty()) {
            return List.of();
        }
        String line = p.text().strip();
        if (line.length() > MAX_POSSESSIVE_SIGNATURE_CHARS || line.isEmpty() || "IED".indexOf(line.charAt(0)) < 0) {
            return List.of();
        }
        Matcher m = POSSESSIVE_SIGNATURE.matcher(line);
        if (!m.matches() || !AuthorNames.isPersonName(m.group(1)) || p.closest(PageRegions.FIGURE) != null || afterQuotation(p)) {
            return List.of();
        }
        return AuthorNames.clean(List.of(m.group(1)));
    }

    /** A signature's first line: a police rank or more, degrees perhaps, then the name (group 1), "por. Bc. Lenka Procházková". */
    private static final Pattern RANKED_NAME = Pattern.compile("^(?:(?:" + AuthorNames.POLICE_RANKS + ")\\.\\s*)+(\\S.{2,60})$");

    /** The lines at most of a ranked signature: the name, the officer's post, the unit, the day. */
    private static final int MAX_RANKED_SIGNATURE_LINES = 4;

    /**
     * The press officer who signs a police release ({@link #RANKED_NAME}): a closing paragraph whose first line is the
     * officer's rank and name, the lines after it the post, the unit or the day ("nprap. Mgr. Petra Nováková<br>5. prosince
     * 2026", "kpt. Mgr. Martin Kováč<br>hovorca KR PZ v Trnave"), as Czech, Slovak and Polish forces sign. The rank tells the
     * signature from a sentence; the name, rank and degrees dropped, is a person's. Empty otherwise.
     */
    private static List<String> rankedSignature(Element p) {
        if (p.childNodeSize() > MAX_SIGNATURE_NODES) {
            return List.of();
        }
        String first = null;
        int lines = 1;
        StringBuilder line = new StringBuilder();
        for (Node n : p.childNodes()) {
            if (n instanceof Element el && el.normalName().equals("br")) {
                if (first == null) {
                    first = line.toString().strip();
                }
                if (++lines > MAX_RANKED_SIGNATURE_LINES) {
                    return List.of();
                }
            } else if (first == null) {
                line.append(n instanceof TextNode tn ? tn.getWholeText() : n instanceof Element el ? el.text() : "");
            }
        }
        if (first == null) {
            first = line.toString().strip();
        }
        if (first.isEmpty() || !Character.isLowerCase(first.charAt(0)) || first.length() > BylineText.MAX_BYLINE_CHARS) {
            return List.of(); // most paragraphs: a sentence, opening with a capital
        }
        if (!p.getElementsByTag("a").isEmpty()) {
            return List.of(); // a link: a reference or a contact, no signature (asked of the few lines left, not of every paragraph)
        }
        Matcher m = RANKED_NAME.matcher(first);
        if (!m.matches() || p.closest(PageRegions.FIGURE) != null) {
            return List.of();
        }
        List<String> names = AuthorNames.clean(List.of(m.group(1).strip()));
        return names.size() == 1 && AuthorNames.isPersonName(names.get(0)) ? names : List.of();
    }

    /**
     * The signer of a closing paragraph that is a name on one line and what the signer does on the next,
     * as letters are signed ("Marta Piñeiro<br>Secretaria de la junta directiva"): the role is a few words
     * with no digit and nothing a sentence ends with. Empty otherwise.
     */
    private static List<String> nameOverRole(Element p, String name, String role) {
        if (role.isEmpty() || role.length() > MAX_SIGNATURE_ROLE_CHARS || Words.holdsDigit(role) || role.split("\\s+").length > MAX_SIGNATURE_ROLE_WORDS + 1
                || !SIGNATURE_ROLE.matcher(role).matches() || role.endsWith(".") || !AuthorNames.isPersonName(name)
                || p.closest(PageRegions.FIGURE) != null || afterQuotation(p)) {
            return List.of();
        }
        return AuthorNames.clean(List.of(name));
    }

    /** True when the paragraph before opens with a quotation mark: a name line after it attributes the quotation. */
    private static boolean afterQuotation(Element p) {
        Element prev = p.previousElementSibling();
        String before = prev == null ? "" : BylineText.leadingText(prev, 2).strip();
        return !before.isEmpty() && QUOTE_OPENINGS.indexOf(before.charAt(0)) >= 0;
    }

    /**
     * The roles a Japanese magazine credits beside its writer in the line of credits closing a feature, each joined to its
     * name by a slash or an equals sign ("撮影／中島 亮　ヘア＆メイク／森下 絵里　取材・文／小川 由紀子"): photography, hair and
     * make-up, styling, the model, illustration, design, editing, supervision, cooperation, video and translation.
     */
    private static final String JAPANESE_OTHER_CREDITS = "撮影協力|取材協力|衣装協力|撮影|写真|ヘア＆メイク|ヘア&メイク|ヘア・メイク|ヘアメイク"
            + "|スタイリスト|スタイリング|モデル|イラスト|デザイン|編集|構成|監修|協力|動画|映像|翻訳";

    /** The roles of the same line that credit the writer: reporting and text, text and photos, writing, text ("文"). */
    private static final String JAPANESE_WRITER_CREDITS = "取材・文・写真|取材・文|取材・執筆|構成・文|文・構成|文・写真|執筆|文";

    /** A role of a Japanese line of credits and its joiner; group 1 the role. */
    private static final Pattern JAPANESE_CREDIT_ROLE = Pattern.compile(
            "(?<![^\\s\\u3000])(" + JAPANESE_WRITER_CREDITS + "|" + JAPANESE_OTHER_CREDITS + ")[／/＝=]");

    /** The writer roles of {@link #JAPANESE_WRITER_CREDITS}, to tell them among the roles found. */
    private static final Set<String> JAPANESE_WRITER_ROLES = Set.of(JAPANESE_WRITER_CREDITS.split("\\|"));

    /** A Japanese person's name in a line of credits: kanji or kana, perhaps a blank between family and given name. */
    private static final Pattern JAPANESE_CREDITED_NAME = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{2,8}|[\\p{IsHan}\\p{IsKatakana}ー々]{1,5}[ \\u3000][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,5}");

    /** The longest line of credits read. */
    private static final int MAX_JAPANESE_CREDIT_LINE_CHARS = 160;

    /**
     * The writer a Japanese magazine's line of credits names, a line made only of roles joined to names ({@link
     * #JAPANESE_CREDIT_ROLE}), at least one a writer's: "撮影／中島 亮　取材・文／小川 由紀子" gives "小川 由紀子". The photographer,
     * stylist and model credited beside did not write the text. Empty when the line holds anything else, or no writer's
     * role, or the writer's name is not written as one.
     */
    static List<String> japaneseCreditLine(Element p) {
        if (p.childNodeSize() > MAX_SIGNATURE_NODES) {
            return List.of();
        }
        String line = BylineText.leadingText(p, MAX_JAPANESE_CREDIT_LINE_CHARS + 1).strip();
        if (line.length() > MAX_JAPANESE_CREDIT_LINE_CHARS || line.indexOf('／') < 0 && line.indexOf('/') < 0 && line.indexOf('＝') < 0 && line.indexOf('=') < 0) {
            return List.of(); // most paragraphs hold no joiner, and the pattern is not tried on them
        }
        Matcher m = JAPANESE_CREDIT_ROLE.matcher(line);
        if (!m.lookingAt()) {
            return List.of();
        }
        List<String> writers = new ArrayList<>();
        String role = m.group(1);
        int nameStart = m.end();
        while (true) {
            boolean more = m.find(nameStart);
            String name = line.substring(nameStart, more ? m.start() : line.length()).strip();
            if (name.isEmpty()) {
                return List.of(); // a role with no name: the line is something else
            }
            if (JAPANESE_WRITER_ROLES.contains(role)) {
                if (!JAPANESE_CREDITED_NAME.matcher(name).matches()) {
                    return List.of();
                }
                writers.add(name);
            }
            if (!more) {
                break;
            }
            role = m.group(1);
            nameStart = m.end();
        }
        return writers.isEmpty() ? List.of() : AuthorNames.clean(writers);
    }

    /**
     * The positions a Japanese shop, clinic, nursery, school, inn or temple signs its posts with before the signer's name
     * ("店主　佐藤 美幸", "院長 田中一郎", "園長　山本 恵子"): the owner and the manager of a shop or restaurant, the head of a
     * firm, a clinic, a nursery, a school, a museum or a hall, a temple's and a shrine's priest, an association's chair, an
     * inn's proprietress and the chef. Each is a person's post: a body signs with its own name ("森のこみち珈琲店").
     */
    private static final String JAPANESE_SIGNING_OFFICES = "代表取締役|副店長|店主|店長|オーナー|代表|社長|院長|園長|校長|館長|住職|宮司"
            + "|理事長|会長|支配人|女将|料理長";

    /**
     * A Japanese post's closing signature, the signer's position, a blank and the name ({@link #JAPANESE_SIGNING_OFFICES}),
     * perhaps "より" ("from") after it: "店主　佐藤 美幸", "店長 佐藤みゆきより". Group 1 holds the name, a family name in Han
     * characters, perhaps a given name after it, glued or after a blank, in Han characters or kana.
     */
    private static final Pattern JAPANESE_OFFICE_SIGNATURE = Pattern.compile("^(?:" + JAPANESE_SIGNING_OFFICES + ")[ \\u3000]+"
            + "([\\p{IsHan}々]{1,4}(?:[ \\u3000]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,5})?)$");

    /** The longest line read as a Japanese closing signature ("代表取締役　佐藤 美幸より"). */
    private static final int MAX_JAPANESE_SIGNATURE_CHARS = 24;

    /**
     * The signer of a closing paragraph that is a Japanese post's signature ({@link #JAPANESE_OFFICE_SIGNATURE}), as shops,
     * cafés, clinics and schools sign the news on their sites: a short line of its own with no link. Empty otherwise.
     */
    private static List<String> japaneseOfficeSignature(Element p, Map<RoleScope, List<Element>> roleLines) {
        if (p.childNodeSize() > MAX_SIGNATURE_NODES) {
            return List.of();
        }
        String line = BylineText.leadingText(p, MAX_JAPANESE_SIGNATURE_CHARS + 1).strip();
        if (line.length() > MAX_JAPANESE_SIGNATURE_CHARS || line.length() < 4 || !Character.isIdeographic(line.charAt(0))
                && Character.UnicodeBlock.of(line.charAt(0)) != Character.UnicodeBlock.KATAKANA) {
            return List.of(); // most paragraphs: longer than a signature, or opening with no kanji or katakana
        }
        if (line.endsWith("より")) {
            line = line.substring(0, line.length() - 2).strip(); // "店長 佐藤より": "from"
        }
        Matcher m = JAPANESE_OFFICE_SIGNATURE.matcher(line);
        if (!m.matches() || !p.getElementsByTag("a").isEmpty() || p.closest(PageRegions.FIGURE) != null || amongRoleAndNameLines(p, roleLines)) {
            return List.of();
        }
        return AuthorNames.clean(List.of(m.group(1)));
    }

    /**
     * A Japanese line of a role and a name, any role ("スタイリスト　木村 涼", "アシスタント　小川 ひなた"): kanji or katakana
     * words, a blank, then a name as {@link #JAPANESE_OFFICE_SIGNATURE} reads one.
     */
    private static final Pattern JAPANESE_ROLE_AND_NAME = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}ー・]{2,12}[ \\u3000]+"
            + "[\\p{IsHan}々]{1,4}(?:[ \\u3000]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,5})?$");

    /**
     * True when another paragraph of the text around the line ({@code article}, else {@code main}, else the block two
     * levels up) is a role and a name too ({@link #JAPANESE_ROLE_AND_NAME}): such lines in a row list a shop's or a
     * school's staff ("店長　佐藤 美咲", "スタイリスト　木村 涼", "副店長　高橋 健"); a post's signature is its one line.
     * A scope's first two such lines are read once a walk and kept in {@code roleLines}: a page of thousands of signature
     * lines is not read again for each.
     */
    private static boolean amongRoleAndNameLines(Element p, Map<RoleScope, List<Element>> roleLines) {
        Element scope = p.closest("article");
        if (scope == null) {
            scope = p.closest("main");
        }
        if (scope == null) {
            Element parent = p.parent();
            scope = parent == null || parent.parent() == null ? parent : parent.parent();
        }
        if (scope == null) {
            return false;
        }
        List<Element> lines = roleLines.computeIfAbsent(new RoleScope(scope, p.normalName()), BoldNameLine::firstRoleAndNameLines);
        return lines.size() > 1 || lines.size() == 1 && lines.get(0) != p;
    }

    /** A scope of {@link #amongRoleAndNameLines}: the block read, and the tag of the lines asked. */
    private record RoleScope(Element scope, String tag) {
    }

    /** The first two elements of the scope's tag that are a role and a name ({@link #JAPANESE_ROLE_AND_NAME}), in document order. */
    private static List<Element> firstRoleAndNameLines(RoleScope where) {
        List<Element> found = new ArrayList<>(2);
        for (Element other : where.scope().getElementsByTag(where.tag())) {
            if (other.childNodeSize() <= MAX_SIGNATURE_NODES) {
                String text = BylineText.leadingText(other, MAX_JAPANESE_SIGNATURE_CHARS + 1).strip();
                if (text.length() <= MAX_JAPANESE_SIGNATURE_CHARS && JAPANESE_ROLE_AND_NAME.matcher(text).matches() && found.add(other)
                        && found.size() == 2) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * {@link #closesText} of the paragraph, or of the box it alone fills ("&lt;div class=credit&gt;&lt;p&gt;撮影／…&lt;/p&gt;&lt;/div&gt;"
     * closing the text).
     */
    private static boolean closesTextOrItsBox(Element p) {
        if (closesText(p)) {
            return true;
        }
        Element box = p.parent();
        return box != null && box.childrenSize() == 1 && !box.normalName().equals("body") && closesText(box);
    }

    /** The names of a Japanese closing credit, a group: one to four, in Han characters, perhaps a blank between family and given name. */
    private static final String JAPANESE_SIGNED_NAMES = "((?:\\p{IsHan}{3,6}|\\p{IsHan}{1,3}[ \\u3000]\\p{IsHan}{1,3})"
            + "(?:[、・](?:\\p{IsHan}{3,6}|\\p{IsHan}{1,3}[ \\u3000]\\p{IsHan}{1,3})){0,3})";

    /**
     * The desk a Japanese paper's reporter works on, before the name in the closing credit: a department's name, its
     * last character "部" (社会部, the city desk; 報道部, 経済部, 政治部, 運動部), then a middle dot or a blank, as the
     * bureau's is set ("（社会部　小林真司）", "（経済部・山田花子）"); or a publication's editorial desk, its name (kanji,
     * kana or Latin letters) and "編集部" ("（鉄道旅ジャーナル編集部　高橋 健一）"), as magazines and web media sign. The
     * desk is where the writer works, not a name.
     */
    static final String JAPANESE_DESK = "(?:\\p{IsHan}{1,4}部|[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー\\p{IsLatin}]{1,16}編集部)[・･ \\u3000]";

    /**
     * A Japanese paper's writer credit closing the text: the name in full-width brackets after the last
     * sentence's full stop, "……見込む。（佐々木亮）", or several joined by "、" or "・" ("（山田太郎、鈴木花子）"),
     * perhaps after the bureau it was filed from and a middle dot ("（長岡支局・高橋 彩）", a blank between
     * family and given name) or after the desk ({@link #JAPANESE_DESK}: "（社会部　小林真司）"), or in lenticular brackets as other national papers set it ("……方針だ。【山口智子】").
     * Group 1 or 2 holds the names. Han characters only: kana in brackets are a note ("（つづく）").
     */
    private static final Pattern JAPANESE_BRACKET_SIGNATURE = Pattern.compile(
            "。[\\s\\u3000]*(?:（(?:[\\p{IsHan}\\p{IsKatakana}ー]{1,8}(?:支局|総局|支社)[・･]|" + JAPANESE_DESK + ")?" + JAPANESE_SIGNED_NAMES + "）"
                    + "|【" + JAPANESE_SIGNED_NAMES + "】)$");

    /** Words of a bracketed closing note that credit no writer: photos, the source, a wire service, "end". */
    private static final Pattern NOT_A_WRITER_NOTE = Pattern.compile("写真|提供|撮影|資料|記者|通信|新聞|時事|共同|終わり|以上");

    /**
     * The writers a Japanese text's closing credit names ({@link #JAPANESE_BRACKET_SIGNATURE}); empty
     * otherwise. Only a paragraph with kana is read: Chinese texts close with an editor's credit in brackets.
     */
    private static List<String> japaneseBracketSignature(Element p) {
        if (p.childNodeSize() == 0 || !(p.childNode(p.childNodeSize() - 1) instanceof TextNode last)) {
            return List.of();
        }
        String text = last.getWholeText().strip(); // the paragraph's last text: the credit closes it
        if (text.isEmpty() || text.charAt(text.length() - 1) != '）' && text.charAt(text.length() - 1) != '】') {
            return List.of();
        }
        if ((text.charAt(0) == '（' || text.charAt(0) == '【') && p.childNodeSize() == 1) {
            text = previousParagraphEnd(p) + text; // "<p>……設けている。</p><p>（田村美咲）</p>": the credit set as a paragraph of its own
        }
        text = text.substring(Math.max(0, text.length() - MAX_DATELINE_CHARS));
        if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA)) {
            return List.of();
        }
        Matcher m = JAPANESE_BRACKET_SIGNATURE.matcher(text);
        String names = m.find() ? m.group(m.group(1) != null ? 1 : 2) : null;
        if (names == null || NOT_A_WRITER_NOTE.matcher(names).find()) {
            return List.of();
        }
        return AuthorNames.clean(List.of(names.replace('・', ',').replace('、', ',')));
    }

    /**
     * The last characters of the paragraph just before a Japanese closing credit set alone ({@link
     * #japaneseBracketSignature}), for the credit to be read after its full stop as when it closes that paragraph;
     * "" when the element before is no paragraph.
     */
    private static String previousParagraphEnd(Element p) {
        Element prev = p.previousElementSibling();
        if (prev == null || !prev.normalName().equals(p.normalName()) || prev.childNodeSize() == 0
                || !(prev.childNode(prev.childNodeSize() - 1) instanceof TextNode t)) {
            return "";
        }
        String text = t.getWholeText().strip();
        return text.substring(Math.max(0, text.length() - MAX_DATELINE_CHARS));
    }

    /**
     * Paragraphs before a bold name at the foot of a short text, each a sentence (its last character a full stop, a question
     * or exclamation mark, an ellipsis or a closing quotation mark), for the name to sign it: local papers and portals file
     * short reports in one-sentence paragraphs, none long enough for {@link #isLongText}, and sign them as the long ones.
     * Lines that are not sentences (a list of names, a programme, a table of results) do not count as such text.
     */
    private static final int MIN_SHORT_TEXT_SENTENCES = 3;

    /** The characters a paragraph of sentences ends with: a full stop, a question or exclamation mark, an ellipsis, a closing quotation mark. */
    private static boolean endsSentence(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '»' || c == '“' || c == '”' || c == '"' || c == '。';
    }

    /** True when the line is a person's name written in mixed case ("Pavel Horák", not a place or a heading in capitals). */
    private static boolean mixedCasePersonName(String line) {
        String t = line.strip();
        return hasLowerCase(t) && !isAllCaps(t) && AuthorNames.isPersonName(t);
    }

    /** Paragraphs of text before a closing signature, at least: the article's text, not a list of lines. */
    private static final int MIN_PARAGRAPHS_BEFORE_SIGNATURE = 2;

    /**
     * True when the paragraph is its block's last with text, after at least
     * {@value #MIN_PARAGRAPHS_BEFORE_SIGNATURE} paragraphs of text; a copyright note, a link line or a finance page's notice
     * that it gives no investment advice ({@link AdviceNotices}: "Thông tin … không phải là khuyến nghị đầu tư.") may follow.
     */
    private static boolean closesText(Element p) {
        int read = 0;
        for (Element next = p.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (++read > MAX_HEAD_PARAGRAPHS) {
                return false;
            }
            String leading = next.normalName().equals("p") ? BylineText.leadingText(next, MIN_TEXT_PARAGRAPH_CHARS) : "";
            if (isLongText(leading) && leading.strip().indexOf(FOOTNOTE_MARK) != 0 && !AdviceNotices.isNotice(BylineText.leadingText(next, AdviceNotices.MAX_CHARS + 1))) {
                return false; // text goes on after it; a note on the writer, called by the signature's mark, does not, nor a finance page's no-advice notice
            }
        }
        int before = 0;
        read = 0;
        for (Element prev = p.previousElementSibling(); prev != null && before < MIN_PARAGRAPHS_BEFORE_SIGNATURE; prev = prev.previousElementSibling()) {
            if (++read > MAX_SIBLINGS) {
                return false;
            }
            if (prev.normalName().equals("p") && !prev.text().isBlank()) {
                before++;
            }
        }
        return before >= MIN_PARAGRAPHS_BEFORE_SIGNATURE;
    }

    /** The signature's text without the {@link #FOOTNOTE_MARK}s closing it: "Marco Ferri*" gives "Marco Ferri". */
    private static String withoutFootnoteMarks(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == FOOTNOTE_MARK) {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end).strip();
    }

    /** True when the line is a person's name, then a comma and what the person does: a quotation's attribution. */
    private static boolean attributesAQuotation(String line) {
        int comma = line.indexOf(',');
        return comma > 0 && AuthorNames.isPersonName(line.substring(0, comma));
    }

    /**
     * Words of an academic's post or institution, in the languages The Conversation's editions and other republished research
     * pieces are written in: the writer's line opening such a piece states the name, the post and the institution ("Jane Roe,
     * Professor of History, University of X", "Ana Ruiz, Investigadora, Universidad de Y"). A quotation's attribution with a
     * role ("Jane Doe, president and CEO, Example") names no post of these and follows the quotation instead of opening the text.
     */
    private static final Pattern AFFILIATION_WORD = Pattern.compile("(?<![\\p{L}])(?:professor|professora|professeur|professeure"
            + "|profesor|profesora|professore|lecturer|reader in|researcher|research fellow|fellow|postdoctoral|phd|ph\\.d\\.|doctoral"
            + "|university|universidad|universidade|université|università|universität|universiteit|universitas|college|institute"
            + "|institut|instituto|istituto|school of|faculty|faculdade|facultad|chercheur|chercheuse|maître de conférences"
            + "|investigador|investigadora|pesquisador|pesquisadora|ricercatore|ricercatrice|dosen|peneliti|guru besar)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A writer's line with the post after the name: the name, a comma, the rest. */
    private static final Pattern NAME_THEN_POST = Pattern.compile("^([^,]{5,60}),\\s+(.{5,200})$");

    /**
     * The writer a line of name, post and institution names ("Helena Marsh, Associate Professor of Medieval History, University of
     * Eastbridge"), or null: the name is written as a person's and the rest names an academic post or institution
     * ({@link #AFFILIATION_WORD}).
     */
    static String writerOfAffiliationLine(String text) {
        Matcher m = NAME_THEN_POST.matcher(text.strip());
        if (!m.matches() || !AFFILIATION_WORD.matcher(m.group(2)).find()) {
            return null;
        }
        String name = m.group(1).strip();
        return AuthorNames.isPersonName(name) ? name : null;
    }

    /** True when each part of the line between {@link #NAME_JOINER}s is written as a person's name. */
    private static boolean namesOnly(String text) {
        for (String part : NAME_JOINER.split(text.strip())) {
            if (!writtenAsName(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words of a short bold line in a script without capitals that are no name's: the pointers and notes
     * that close a text ("اقرأ أيضا", "للمزيد", "المصدر", "نهاية الخبر"), a subheading's usual words, and the
     * credits of photos and translation that name someone other than the writer ("تصوير سامي الحلو",
     * Persian "عکس", Hebrew "צילום"). Named data: a script without capitals gives no other sign of a name.
     */
    private static final Set<String> CASELESS_NOT_NAME_WORDS = Set.of("اقرأ", "إقرأ", "اقرا", "أيضا", "أيضاً", "ايضا", "شاهد",
            "للمزيد", "المزيد", "المصدر", "مصدر", "تابع", "تابعونا", "تابعوا", "اشترك", "ذات", "صلة", "مواضيع", "مقالات", "روابط",
            "خاص", "عاجل", "تفاصيل", "التفاصيل", "صور", "فيديو", "بالفيديو", "بالصور", "انتهى", "يتبع", "ملاحظة", "تنويه",
            "وكالات", "متابعات", "المحرر", "التحرير", "نهاية", "الخبر", "المقال", "التقرير", "النص", "ختام",
            "تصوير", "عدسة", "صورة", "الصور", "ترجمة", "رسوم", "عکس", "ترجمه", "צילום", "תרגום");

    /** Words shorter than this are particles and prepositions, shared by any two lines of a language. */
    private static final int MIN_ECHOED_WORD_CHARS = 3;

    /**
     * True when a word of the line (of {@value #MIN_ECHOED_WORD_CHARS} characters or more) is a word of
     * the page's headline (its first {@code h1}, {@link PageScan#firstH1}): a kicker or a subheading set in bold repeats the story's
     * subject, and in a script without capitals nothing else tells it from a writer's name; the writer is
     * not named in the headline, and a person who is ("<strong>Name</strong>" over an interview) is the subject.
     */
    private static boolean echoesHeadline(Element h1, String text) {
        if (h1 == null) {
            return false;
        }
        Set<String> headline = new java.util.HashSet<>(List.of(BylineText.leadingText(h1, 300).split("\\s+")));
        for (String w : text.strip().split("\\s+")) {
            if (w.length() >= MIN_ECHOED_WORD_CHARS && headline.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text is written as a person's name: capitalised words, or, in a script without
     * capitals ({@link AuthorNames#isCaselessName}), two to four words none of which is a note's
     * ({@link #CASELESS_NOT_NAME_WORDS}) and not a place of two words ({@link ArabicDatelineCredit#isCompoundPlace}).
     */
    private static boolean writtenAsName(String text) {
        if (AuthorNames.isPersonName(text)) {
            return true;
        }
        if (!AuthorNames.isCaselessName(text) || ArabicDatelineCredit.isCompoundPlace(text)) {
            return false;
        }
        for (String w : text.strip().split("\\s+")) {
            if (CASELESS_NOT_NAME_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The emphasis a signature line is set in: bold, or italics, as French, Italian and Spanish papers
     * sign the foot of the text ("<p><em>Hélène Marchand</em></p>").
     */
    private static final Set<String> SIGNATURE_TAGS = Set.of("strong", "b", "em", "i");

    /**
     * The word "by" a desk types before the writer's name set in bold, as in a byline ("<p>Por <strong>Júlia Marques</strong></p>",
     * "<p>By <b>Jane Doe</b></p>"), lower case: the languages whose bylines lead so.
     */
    private static final Set<String> LEADS_BEFORE_BOLD_NAME = Set.of("por", "by", "von", "par", "door", "av", "af", "przez", "oleh", "di");

    /**
     * The bold element of a paragraph that is a byline's lead word ({@link #LEADS_BEFORE_BOLD_NAME}) and a bold name, nothing
     * else ("<p>Por <strong>Júlia Marques</strong></p>"); null otherwise.
     */
    private static Element ledBoldName(Element p) {
        if (p.childrenSize() != 1 || !SIGNATURE_TAGS.contains(p.child(0).normalName())) {
            return null;
        }
        Element only = p.child(0);
        StringBuilder before = new StringBuilder();
        boolean after = false;
        for (Node n : p.childNodes()) {
            if (n == only) {
                after = true;
            } else if (n instanceof TextNode t && !t.getWholeText().replace('\u00A0', ' ').isBlank()) {
                if (after) {
                    return null; // "Por <b>X</b>, enviada a ...": more than a name
                }
                before.append(t.getWholeText());
            }
        }
        String lead = before.toString().replace('\u00A0', ' ').strip().toLowerCase(java.util.Locale.ROOT);
        return LEADS_BEFORE_BOLD_NAME.contains(lead) ? only : null;
    }

    /**
     * The paragraph's one bold or italic child ({@code strong}, {@code b}, {@code em}, {@code i}) when
     * nothing else is written in it; null otherwise.
     */
    private static Element boldOnlyChild(Element p) {
        if (p.childrenSize() != 1) {
            return null;
        }
        Element only = p.child(0);
        if (!SIGNATURE_TAGS.contains(only.normalName())) {
            return null;
        }
        for (Node n : p.childNodes()) {
            if (n instanceof TextNode t && !t.getWholeText().replace('\u00A0', ' ').isBlank()) {
                return null;
            }
        }
        return only;
    }

    /** The opening characters of a Korean, Japanese or Taiwanese dateline: its bracket ("〔", the tortoise-shell bracket, in Taiwan's papers). */
    private static final String DATELINE_BRACKETS = "[(（【〔";

    /** The bracket closing each of {@link #DATELINE_BRACKETS}, at the same place. */
    private static final String DATELINE_CLOSING_BRACKETS = "])）】〕";

    /**
     * A Korean paper's credit in the bracket that opens the text, the paper's name then the reporter's
     * and title: "[한빛경제 박서연 기자]", "[헤럴드경제=박서연 기자]", "[뉴스핌|박서연·김하늘 기자]", perhaps after the
     * place it was filed from ("[대구=한빛일보 박민준 기자]"). Group 1 holds the names.
     */
    private static final Pattern KOREAN_PAPER_CREDIT = Pattern.compile(
            "^(?:\\p{IsHangul}{2,6}\\s*[=＝]\\s*)?[\\p{IsHangul}\\p{IsLatin}\\d]{2,12}(?:\\s*[=＝|]\\s*|\\s+)(\\p{IsHangul}{2,4}(?:\\s*[,·]\\s*\\p{IsHangul}{2,4}){0,3})\\s*(?:기자|특파원)$");

    /** Of a paragraph's first text, the characters read for a dateline: a place, a paper, two names, a title. */
    private static final int MAX_DATELINE_CHARS = 60;

    /** "[서울=한빛일보] 김민수 기자 =", "(부산=연합뉴스) 김민수·이지은 기자 =": group 1 holds the names. */
    private static final Pattern KOREAN_DATELINE = Pattern.compile(
            "^[\\[(（][^\\])）]{1,20}[\\])）]\\s*(\\p{IsHangul}{2,4}(?:\\s*[,·]\\s*\\p{IsHangul}{2,4}){0,3})\\s*(?:기자|특파원)\\s*=");

    /** "【ワシントン=中村健】": the place, an equals sign, the name (group 1). */
    private static final Pattern JAPANESE_DATELINE = Pattern.compile(
            "^【[^=＝】]{1,12}[=＝]([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4}(?:[ \\u3000]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})?)】");


    /**
     * The reporters a Korean or Japanese dateline opening the paragraph names; an empty list when the
     * dateline names a wire service; null when the paragraph opens with no such dateline.
     */
    private static List<String> cjkDatelineNames(Element p) {
        if (p.childNodeSize() == 0 || !(p.childNode(0) instanceof TextNode t)) {
            return null;
        }
        return cjkDatelineNames(t.getWholeText());
    }

    /** {@link #cjkDatelineNames(Element)} of a paragraph's opening text. */
    private static List<String> cjkDatelineNames(String text) {
        if (!text.isEmpty() && DATELINE_BRACKETS.indexOf(text.charAt(0)) < 0) {
            return chineseWireDatelineNames(text);
        }
        if (text.isEmpty()) {
            return null;
        }
        String head = text.substring(0, Math.min(text.length(), MAX_DATELINE_CHARS));
        Matcher m = KOREAN_DATELINE.matcher(head);
        if (!m.find()) {
            m = JAPANESE_DATELINE.matcher(head);
            if (!m.find()) {
                List<String> wire = taiwanWireDatelineNames(head);
                return wire != null ? wire : bracketedCreditNames(head);
            }
            if (NewsAgencies.JAPANESE_DATELINE_WIRES.contains(m.group(1))) {
                return List.of();
            }
        }
        return AuthorNames.clean(List.of(m.group(1).replace('·', ',')));
    }

    /**
     * The reporters named by the bracket that opens the text when all it holds is a reporter's credit:
     * Taiwan's papers' "〔記者林欣怡／屏東報導〕" (title, name, a slash, the place filed from, "reports"),
     * a credit read as a reporter line alone is ({@link BylineLeads#cjkReporterNames}), or a Korean
     * paper's "[한빛경제 박서연 기자]" ({@link #KOREAN_PAPER_CREDIT}); null when the bracket holds anything else.
     */
    private static List<String> bracketedCreditNames(String head) {
        int kind = DATELINE_BRACKETS.indexOf(head.charAt(0));
        int close = kind < 0 ? -1 : head.indexOf(DATELINE_CLOSING_BRACKETS.charAt(kind), 1);
        if (close < 0) {
            return null;
        }
        String inside = head.substring(1, close).strip();
        String names = BylineLeads.cjkReporterNames(inside);
        if (names == null) {
            Matcher m = KOREAN_PAPER_CREDIT.matcher(inside);
            if (!m.matches()) {
                return null;
            }
            names = m.group(1).replace('·', ',');
        }
        return AuthorNames.clean(List.of(names));
    }

    /**
     * A Chinese wire's dateline opening the text, naming its reporters in brackets after "电" (filed):
     * "新华社北京1月20日电（记者张伟、李娜）", "中新网上海3月2日电 (记者 王晓明)", traditional "電" and "記者"
     * alike; the agency, the place and the day first, group 1 the names. A paper's own story opens alike
     * with "本报讯" ("this paper's news") in the place of the wire's dateline: "本报讯（记者 孙丽）". A dateline
     * without the bracket ("新华社上海3月2日电 ...") names no one.
     */
    private static final Pattern CHINESE_WIRE_DATELINE = Pattern.compile(
            "^[\\s\\u3000]*(?:\\p{IsHan}{2,16}\\d{1,2}月\\d{1,2}日[电電]|(?:本报|本報)[讯訊])[\\s\\u3000]*[(（](?:本报|本報)?(?:记者|記者)[\\s\\u3000]*"
                    + "(\\p{IsHan}{2,4}(?:[\\s\\u3000、，,]+\\p{IsHan}{2,4}){0,3})[\\s\\u3000]*[)）]");

    /**
     * A Taiwanese wire's dateline in brackets opening the text, the reporters written straight before
     * the place and the day it was filed: "（中央社記者林志明台北20日電）", "（中央社記者林志明、王小美東京20日專電）"
     * (a special dispatch). Group 1 holds the names with the place still glued to the last one.
     */
    private static final Pattern TAIWAN_WIRE_DATELINE = Pattern.compile(
            "^[(（]\\p{IsHan}{1,6}?記者[\\s\\u3000]*(\\p{IsHan}{2,4}(?:[、，,]\\p{IsHan}{2,4}){0,3}?\\p{IsHan}{2,5})"
                    + "[\\s\\u3000]*\\d{1,2}日專?[電电][)）]");

    /**
     * The places Taiwanese datelines are filed from, longest first: the island's cities and counties
     * and the usual posts abroad. The place is written straight after the last reporter's name, so it
     * is told by its name; a place not listed is taken to follow a name of three characters, the
     * common length of a Chinese name.
     */
    private static final List<String> TAIWAN_DATELINE_PLACES = List.of("華盛頓", "舊金山", "洛杉磯", "布魯塞爾", "雪梨", "新加坡",
            "吉隆坡", "雅加達", "曼谷", "河內", "胡志明市", "馬尼拉", "東京", "大阪", "首爾", "北京", "上海", "廣州", "深圳", "香港",
            "澳門", "紐約", "倫敦", "巴黎", "柏林", "莫斯科", "日內瓦", "羅馬", "台北", "臺北", "新北", "桃園", "新竹", "苗栗", "台中",
            "臺中", "彰化", "南投", "雲林", "嘉義", "台南", "臺南", "高雄", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖", "金門",
            "馬祖", "基隆", "連江");

    /** The common length of a Chinese name, in characters: surname and a given name of two. */
    private static final int COMMON_CHINESE_NAME_CHARS = 3;

    /**
     * The reporters a Taiwanese wire dateline names ({@link #TAIWAN_WIRE_DATELINE}), the place cut
     * from the last; null when the text opens with no such dateline.
     */
    private static List<String> taiwanWireDatelineNames(String head) {
        Matcher m = TAIWAN_WIRE_DATELINE.matcher(head);
        if (!m.find()) {
            return null;
        }
        List<String> names = new ArrayList<>(List.of(m.group(1).split("[、，,]")));
        String last = names.remove(names.size() - 1);
        String name = null;
        for (String place : TAIWAN_DATELINE_PLACES) {
            if (last.endsWith(place) && last.length() - place.length() >= 2) {
                name = last.substring(0, last.length() - place.length());
                break;
            }
        }
        if (name == null) {
            if (last.length() < COMMON_CHINESE_NAME_CHARS + 2) {
                return null; // too short to hold a name and a place of two characters
            }
            name = last.substring(0, COMMON_CHINESE_NAME_CHARS);
        }
        names.add(name);
        return AuthorNames.clean(List.of(String.join(", ", names)));
    }

    /** What separates the reporters of a Chinese dateline: an enumeration comma, a comma, a blank. */
    private static final Pattern CHINESE_NAME_SEPARATOR = Pattern.compile("[\\s\\u3000、，,]+");

    /**
     * The reporters a Chinese wire dateline opening the text names ({@link #CHINESE_WIRE_DATELINE});
     * null when the text opens with no such dateline. Only a text whose first character after its
     * blanks is a Han character is matched.
     */
    private static List<String> chineseWireDatelineNames(String text) {
        int i = 0;
        while (i < text.length() && i < MAX_DATELINE_CHARS && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) {
            i++;
        }
        if (i >= text.length() || Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
            return null;
        }
        Matcher m = CHINESE_WIRE_DATELINE.matcher(text.substring(0, Math.min(text.length(), i + MAX_DATELINE_CHARS)));
        if (!m.find()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String name : CHINESE_NAME_SEPARATOR.split(m.group(1).strip())) {
            if (!BylineLeads.CHINESE_CO_REPORTER_ROLES.contains(name)) {
                names.add(name); // "（记者 王磊 通讯员 李华）": the correspondent's role between the names is no name
            }
        }
        return AuthorNames.clean(List.of(String.join(", ", names)));
    }

    /**
     * True when at most {@value #MAX_HEAD_PARAGRAPHS} paragraphs stand before the paragraph in its
     * container: a dateline opens the text. (Its pattern is the signal; the length of the paragraphs
     * after it is not asked, as Chinese, Japanese and Korean paragraphs say much in few characters.)
     */
    private static boolean amongFirstParagraphs(Element p) {
        int before = 0;
        int read = 0;
        for (Element prev = p.previousElementSibling(); prev != null; prev = prev.previousElementSibling()) {
            if (++read > MAX_SIBLINGS || (prev.normalName().equals("p") && ++before > MAX_HEAD_PARAGRAPHS)) {
                return false;
            }
        }
        return true;
    }

    /** Where a paragraph is a quotation, a list item or a link, whatever table holds it. */
    private static final Evaluator QUOTE_ITEM_OR_LINK = QueryParser.parse("blockquote, li, a");

    /** Paragraphs a table cell holds at least to be a column of a layout table rather than a data cell. */
    private static final int MIN_LAYOUT_CELL_PARAGRAPHS = 2;

    /**
     * True when the paragraph stands in a table cell beside other paragraphs of its own, and in no
     * quotation, list item or link: a column of a layout table, as old newspaper CMSs (a Chinese
     * paper's digital edition) and the table-layout years' pages set the text and its closing signature, not a data
     * table's cell.
     */
    private static boolean inLayoutCell(Element p) {
        if (p.closest(QUOTE_ITEM_OR_LINK) != null || p.parent() == null) {
            return false;
        }
        int paragraphs = 0;
        int read = 0;
        for (Element sibling : p.parent().children()) {
            if (++read > MAX_SIBLINGS) {
                break;
            }
            if (sibling.normalName().equals("p") && ++paragraphs >= MIN_LAYOUT_CELL_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    /** What sets a name opening a paragraph off from the text after it: a dash, a bar, a middle dot or a bullet. */
    private static final String OPENING_SEPARATORS = "—–|·•";

    /**
     * The bold or italic element that opens the paragraph, when a line break or a separator
     * ({@link #OPENING_SEPARATORS}, or a hyphen between spaces) follows it; null otherwise.
     */
    private static Element boldOpening(Element p) {
        Node first = p.childNodeSize() > 0 ? p.childNode(0) : null;
        if (first instanceof TextNode t && t.isBlank()) {
            first = t.nextSibling();
        }
        if (!(first instanceof Element bold) || !SIGNATURE_TAGS.contains(bold.normalName())) {
            return null;
        }
        Node next = bold.nextSibling();
        if (next instanceof Element e) {
            return e.normalName().equals("br") ? bold : null;
        }
        if (!(next instanceof TextNode t)) {
            return null;
        }
        String after = t.getWholeText().replace('\u00A0', ' ').stripLeading();
        if (after.isEmpty()) {
            return null;
        }
        boolean separated = OPENING_SEPARATORS.indexOf(after.charAt(0)) >= 0
                || (after.startsWith("- ") && t.getWholeText().length() > after.length());
        return separated && !closesAnAppositive(after) ? bold : null;
    }

    /**
     * True when a dash after the name opens an aside that a second dash closes in the same sentence:
     * "<strong>Jane Doe</strong> — the mayor's rival — said ...", the name being the sentence's subject.
     */
    private static boolean closesAnAppositive(String after) {
        if (after.charAt(0) != '—' && after.charAt(0) != '–' && after.charAt(0) != '-') {
            return false;
        }
        int stop = after.indexOf('.');
        String clause = stop < 0 ? after.substring(1) : after.substring(1, stop);
        return clause.indexOf('—') >= 0 || clause.indexOf('–') >= 0 || clause.contains(" - ");
    }

    /**
     * True when the paragraph stands over the text of its container: no long paragraph of text
     * ({@value #MIN_TEXT_PARAGRAPH_CHARS} characters or more) before it, one after it. In a script without
     * capitals a paragraph of its own in bold there reads the same whether it is the writer's name or a kicker
     * ("<strong>أسواق المال</strong>", "money markets", over a story on gold), and a kicker need share no word
     * with the headline; so a lone caseless name is read there only when something else marks it as a byline:
     * it opens the text's first paragraph ({@link #boldOpening}), joins two writers ("محمد العلي - سارة الأحمد"),
     * or stands at the text's foot, where kickers are not set. Reads at most {@value #MAX_SIBLINGS} siblings each way.
     */
    private static boolean opensText(Element p) {
        int read = 0;
        for (Element prev = p.previousElementSibling(); prev != null && ++read <= MAX_SIBLINGS; prev = prev.previousElementSibling()) {
            if (isLongParagraph(prev)) {
                return false;
            }
        }
        read = 0;
        for (Element next = p.nextElementSibling(); next != null && ++read <= MAX_SIBLINGS; next = next.nextElementSibling()) {
            if (isLongParagraph(next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the line, stripped of a leading dash, is in the Arabic or the Hebrew script and opens with a given
     * name ({@link CaselessGivenNames#opensWithGivenName}): where no capitals tell a name, the given name does, as
     * lower case after a capital tells a signature from a place in capitals in the alphabets.
     */
    private static boolean caselessGivenNameLine(String text) {
        String t = LEADING_DASH.matcher(text.strip()).replaceFirst("");
        return CaselessGivenNames.arabicOrHebrew(t) && AuthorNames.isCaselessName(t) && CaselessGivenNames.opensWithGivenName(t);
    }

    /**
     * A paragraph this long, in a script that writes no short vowels (Arabic, Persian, Urdu, Kurdish, Hebrew), is the
     * article's text: an abjad spells the same sentence in about a fifth fewer characters than an alphabet, so
     * {@value #MIN_TEXT_PARAGRAPH_CHARS} characters would pass over the one-sentence paragraphs such papers write.
     */
    private static final int MIN_ABJAD_TEXT_PARAGRAPH_CHARS = 120;

    /**
     * True when the paragraph's text (read up to {@value #MIN_TEXT_PARAGRAPH_CHARS} characters) is long enough to be the
     * article's: {@value #MIN_TEXT_PARAGRAPH_CHARS} characters, or {@value #MIN_ABJAD_TEXT_PARAGRAPH_CHARS} when it
     * opens in the Arabic or the Hebrew script ({@link #MIN_ABJAD_TEXT_PARAGRAPH_CHARS}), {@value #MIN_SYLLABIC_TEXT_PARAGRAPH_CHARS}
     * in the Ethiopic one.
     */
    private static boolean isLongText(String text) {
        return text.length() >= MIN_TEXT_PARAGRAPH_CHARS
                || text.length() >= MIN_ABJAD_TEXT_PARAGRAPH_CHARS && CaselessGivenNames.arabicOrHebrew(text)
                || text.length() >= MIN_SYLLABIC_TEXT_PARAGRAPH_CHARS && opensInEthiopic(text);
    }

    /**
     * A paragraph this long in the Ethiopic script (Amharic, Tigrinya), which writes a syllable in one character, is the
     * article's text: the same sentence takes about half the characters an alphabet spells it in.
     */
    private static final int MIN_SYLLABIC_TEXT_PARAGRAPH_CHARS = 75;

    /** True when the text's first letter is Ethiopic. */
    private static boolean opensInEthiopic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.UnicodeScript.of(c) == Character.UnicodeScript.ETHIOPIC;
            }
        }
        return false;
    }

    /** True for a paragraph of {@value #MIN_TEXT_PARAGRAPH_CHARS} characters or more (fewer in an abjad, {@link #isLongText}): the article's text. */
    private static boolean isLongParagraph(Element e) {
        return e.normalName().equals("p") && isLongText(BylineText.leadingText(e, MIN_TEXT_PARAGRAPH_CHARS).trim());
    }

    /** A paragraph's style setting its text flush right. */
    private static final Pattern ALIGNED_RIGHT = Pattern.compile("(?i)text-align\\s*:\\s*right");

    /**
     * True when the paragraph is set flush right (an inline style or the old align attribute), as papers
     * set the writer's signature under a text: a typographic mark of a signature, read for a short text
     * whose paragraphs are too short for {@link #atHeadOrFoot} to tell the text from a list of lines.
     */
    private static boolean rightAligned(Element p) {
        return p.attr("align").equalsIgnoreCase("right") || ALIGNED_RIGHT.matcher(p.attr("style")).find();
    }

    /**
     * True when the text is written in capitals: it holds an upper-case letter and no lower-case one.
     * A script without case ("أحمد الكواري") is not.
     */
    private static boolean isAllCaps(String text) {
        return !hasLowerCase(text) && text.codePoints().anyMatch(Character::isUpperCase);
    }

    /** True when the text holds a lower-case letter. */
    private static boolean hasLowerCase(String text) {
        return text.codePoints().anyMatch(Character::isLowerCase);
    }

    /** Nodes read inside one element after a name line for its text. */
    private static final int MAX_LINE_NODES = 60;

    /** Elements read after a name line for anything written: the end of an article, not a page. */
    private static final int MAX_AFTER_ELEMENTS = 20;

    /** True when a sibling after the paragraph shows some text: the line does not close its container. */
    private static boolean passedText(Element p) {
        int read = 0;
        for (Element next = p.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (++read > MAX_AFTER_ELEMENTS || !BylineText.leadingText(next, 20, MAX_LINE_NODES).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the element right before the paragraph is the block of the article's text, its last
     * paragraph long: the signature is set after the text's block, not inside it. The block holds
     * {@value #MIN_TEXT_PARAGRAPHS} long paragraphs at least.
     */
    private static boolean closesTextBlockBefore(Element p) {
        Element block = p.previousElementSibling();
        if (block == null || block.normalName().equals("p") || block.is(PageRegions.FIGURE)) {
            return false;
        }
        int longParagraphs = 0;
        int read = 0;
        Element last = null;
        for (Element child = block.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (++read > MAX_SIBLINGS) {
                return false;
            }
            if (child.normalName().equals("p")) {
                last = child;
                if (isLongText(BylineText.leadingText(child, MIN_TEXT_PARAGRAPH_CHARS).trim())) {
                    longParagraphs++;
                }
            }
        }
        return longParagraphs >= MIN_TEXT_PARAGRAPHS && last != null && last == block.lastElementChild()
                && isLongText(BylineText.leadingText(last, MIN_TEXT_PARAGRAPH_CHARS).trim());
    }

    /**
     * True for a closing line "Theo X" ({@link AccordingToCredit}) under Vietnamese text that credits a paper, not a
     * news agency: the story was taken from it ("Theo VnExpress", "Theo Thanh Niên"); an agency signs wire copy as
     * "By AFP" does, and is read as the author ("Theo TTXVN").
     */
    private static boolean creditsPaperBesideVietnamese(Element p, String text) {
        String source = AccordingToCredit.source(text);
        if (source == null || NewsAgencies.isAgency(source)) {
            return false;
        }
        Element prev = p.previousElementSibling();
        return prev != null && AccordingToCredit.isVietnamese(BylineText.leadingText(prev, MIN_TEXT_PARAGRAPH_CHARS));
    }

    /**
     * True for a short line after the signature {@code p} that only credits the story's source: "Theo Dân trí"
     * (under Vietnamese text), "Nguồn: TTXVN".
     */
    private static boolean creditsSourceAfter(Element p, String text) {
        if (AccordingToCredit.source(text) != null) {
            Element prev = p.previousElementSibling();
            return prev != null && AccordingToCredit.isVietnamese(BylineText.leadingText(prev, MIN_TEXT_PARAGRAPH_CHARS));
        }
        return (text.indexOf(':') > 0 || text.indexOf('：') > 0) && VisibleBylines.agencyAfterSourceLabel(text) != null;
    }

    /**
     * True when the paragraph opens the text of its container, after at most
     * {@value #MAX_HEAD_PARAGRAPHS} short paragraphs and before the first long one, or closes it,
     * after the last long one with nothing written after it; and the container holds at least
     * {@value #MIN_TEXT_PARAGRAPHS} long paragraphs and no bold line attributing a quotation
     * ("Name, role, Company"). Bold subheadings ("Reforms") may stand between its paragraphs.
     * A container found too wide to be an article's text is noted in {@code wideParents} and not
     * read again for the next name line in it: thousands of name lines in one block each read its
     * first {@value #MAX_SIBLINGS} children otherwise. A name opening a paragraph ({@code headOnly})
     * is read only at the head.
     */
    private static boolean atHeadOrFoot(Element p, Set<Element> wideParents, boolean headOnly) {
        Element parent = p.parent();
        if (parent == null || wideParents.contains(parent)) {
            return false;
        }
        int longParagraphs = 0;
        int before = 0;
        boolean passed = false;
        boolean longAfter = false;
        boolean shortAfter = false;
        int count = 0;
        int siblings = 0;
        int textBefore = 0;
        int sentencesBefore = 0;
        for (Element sibling = parent.firstElementChild(); sibling != null; sibling = sibling.nextElementSibling()) {
            if (++siblings > MAX_SIBLINGS) {
                wideParents.add(parent);
                return false; // a block this wide is no article's text
            }
            if (!sibling.normalName().equals("p")) {
                continue;
            }
            if (++count > MAX_PARAGRAPHS) {
                wideParents.add(parent);
                return false;
            }
            if (sibling == p) {
                passed = true;
                if (headOnly && isLongText(BylineText.leadingText(p, MIN_TEXT_PARAGRAPH_CHARS).trim())) {
                    longParagraphs++; // "<p><strong>Name</strong> — The council ...": the name opens the text's first paragraph, which counts
                }
                continue;
            }
            if (boldOnlyChild(sibling) != null && attributesAQuotation(BylineText.leadingText(sibling, BylineText.MAX_BYLINE_CHARS))) {
                return false; // "Name, role, Company" lines after the answers of a roundup: the bold lines are its speakers
            }
            String t = BylineText.leadingText(sibling, MIN_TEXT_PARAGRAPH_CHARS).trim();
            if (t.isEmpty() || passed && t.charAt(0) == FOOTNOTE_MARK) {
                continue; // "* sindaco di …" under the signature: the note its mark calls, on the writer
            }
            if (passed && AdviceNotices.isNotice(BylineText.leadingText(sibling, AdviceNotices.MAX_CHARS + 1))) {
                continue; // "Thông tin … không phải là khuyến nghị đầu tư." under the signature: the finance page's notice, no text
            }
            boolean isLong = isLongText(t);
            if (isLong) {
                longParagraphs++;
            }
            if (!passed) {
                textBefore++;
                if (isLong || endsSentence(t)) {
                    sentencesBefore++;
                }
                before += isLong ? MAX_HEAD_PARAGRAPHS + 1 : 1;
            } else if (isLong) {
                longAfter = true;
            } else if (!creditsSourceAfter(p, t) && !toolLinksLine(sibling)) { // nor a line of the page's tools: "Imprimir | Enviar"
                shortAfter = true; // a source's credit may follow the signature: "Hoàng Nam" then "Theo Dân trí"
            }
        }
        if (longParagraphs < MIN_TEXT_PARAGRAPHS) {
            if (!headOnly && !longAfter && !shortAfter && textBefore >= MIN_TEXT_PARAGRAPHS && rightAligned(p)
                    && hasLowerCase(BylineText.leadingText(p, BylineText.MAX_BYLINE_CHARS))) {
                return true; // a short text's last paragraph, the name set flush right (not a place in capitals, "HÀ NỘI"): its signature
            }
            if (!headOnly && !longAfter && !shortAfter && textBefore >= MIN_SHORT_TEXT_SENTENCES && sentencesBefore == textBefore
                    && mixedCasePersonName(BylineText.leadingText(p, BylineText.MAX_BYLINE_CHARS))) {
                return true; // "<p><strong>Pavel Horák</strong></p>" under four one-sentence paragraphs: a short report's signature
            }
            if (!headOnly && !longAfter && !shortAfter && textBefore > MIN_TEXT_PARAGRAPHS && longParagraphs > 0
                    && caselessGivenNameLine(BylineText.leadingText(p, BylineText.MAX_BYLINE_CHARS))) {
                return true; // "<p><strong>شيخة البلوشي</strong></p>" under three short paragraphs: the name, by its given name, signs
            }
            if (!headOnly && textBefore == 0 && longParagraphs > 0 && count > MIN_TEXT_PARAGRAPHS + 1
                    && caselessGivenNameLine(BylineText.leadingText(p, BylineText.MAX_BYLINE_CHARS))) {
                return true; // "<p><strong>مشاعل القرني</strong></p>" over three short paragraphs: the same at the text's head
            }
            return !headOnly && !passedText(p) && closesTextBlockBefore(p); // "<div class=body>...</div><p><em>Jane Doe</em></p>"
        }
        boolean head = before <= MAX_HEAD_PARAGRAPHS && longAfter;
        boolean foot = !longAfter && !shortAfter && before > MAX_HEAD_PARAGRAPHS;
        return head || (foot && !headOnly);
    }
}
