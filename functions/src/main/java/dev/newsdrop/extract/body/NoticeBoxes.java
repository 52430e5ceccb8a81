package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.TreeWalk;
import dev.newsdrop.extract.meta.authors.PatternOpenings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The boxes about the page that {@link ContentPruner}'s walk cuts out of the text, read by {@link Notices} and its
 * neighbours: a paywall's notice or offer, a disclosure, an investing, tool, dealer, membership or booking pitch, a
 * support-us box, a tip box, a fact-checker's or a health site's standing note, a gambling advertisement; and the box
 * each notice takes with it ({@link #noticeBox}).
 */
final class NoticeBoxes {

    /**
     * True when the cut notice is a paywall's: its offer box ({@link Notices#isOfferBox}) or its prompt
     * ({@link Notices#isPaywallPrompt}: "Dieser Artikel ist nur für Abonnenten", "Schon Abonnent? Anmelden").
     */
    static boolean isWallNotice(Element e, TextStats.Stats s, TextStats stats, int containerChars) {
        return Notices.isOfferBox(e, s, stats, containerChars) || Notices.isPaywallPrompt(e.text().strip());
    }

    /** The scheme of a link to an e-mail address. */
    private static final String MAILTO = "mailto:";

    /** A block's own text (not its inner blocks') makes up at least this share of it when it is a notice's paragraph. */
    private static final double MIN_NOTICE_OWN_SHARE = 0.8;

    /**
     * A notice about the page set into the text ({@link Notices}): an affiliate disclosure or a
     * mailing list's footer as a paragraph of its own, a paywall's prompt line, or the paywall's
     * offer box around such a line; an investing pitch's, a tool's, a car dealer's, a union's membership box or a booking
     * partner's box, a table's, a room's or a trip's, or a booking site's search
     * ({@link MarketData#isInvestingPitch}, {@link ToolPitch}, {@link DealerPitch}, {@link MembershipPitch}, {@link BookingPitch}); or a label a law requires over each material or a release's embargo line ({@link Notices#isLabelOverMaterial}).
     * The block's text is read only when it is short.
     */
    static boolean isNoticeOrOffer(Element e, TextStats.Stats s, TextStats stats, int containerChars, BlockTexts texts) {
        if (s.chars > Notices.MAX_OFFER_BOX_CHARS) {
            return false;
        }
        if (Notices.isOfferBox(e, s, stats, containerChars) || MarketData.isInvestingPitch(e, s, containerChars)
                || ToolPitch.is(e, s, containerChars) || DealerPitch.is(e, s, containerChars)
                || MembershipPitch.is(e, s, containerChars) || BookingPitch.is(e, s, containerChars)) {
            return true;
        }
        if (s.chars > Notices.MAX_NOTICE_CHARS || s.ownChars < MIN_NOTICE_OWN_SHARE * s.chars) {
            return false;
        }
        // a prompt line alone holds its login link ("Schon Abonnent? <a>Anmelden</a>"); one without is cut with its box
        if (s.linkChars > 0 && s.chars <= Notices.MAX_PROMPT_LINE_CHARS && Notices.isPaywallPrompt(texts.builtOr(e).strip())) {
            return true;
        }
        // the stems of a notice searched in the block's text nodes, before its text is built
        int found = 0;
        int steps = 0;
        boolean mailLink = false; // an e-mail address linked, which a note inviting letters may give in its link alone
        boolean statutory = false; // the first text may open a label a law requires ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) …") or an embargo line
        boolean firstText = true;
        for (Node n = e; n != null && steps++ < MAX_NOTICE_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t) {
                if (firstText && !t.isBlank()) {
                    firstText = false;
                    statutory = Notices.mayOpenLabelOverMaterial(t.getWholeText().stripLeading());
                }
                found = Notices.stemsIn(t.getWholeText(), found);
            } else if (n instanceof Element a && a.nameIs("a") && a.attr("href").strip().regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
                mailLink = true;
                found |= Notices.LETTERS;
            }
        }
        boolean social = (found & Notices.SOCIAL_NETWORK) != 0; // a network named: perhaps a prompt to follow the site there
        boolean app = (found & Notices.APP) != 0; // a verb of installing: perhaps a prompt to install the site's app by its name
        boolean notice = Notices.mayBeNotice(found);
        if (!notice && !social) {
            return statutory && Notices.isLabelOverMaterial(texts.builtOr(e).strip());
        }
        String text = texts.builtOr(e).strip();
        if (!notice) { // only the network's name: a share bar's "Facebook" is asked for the prompt alone
            return Notices.isSiteFollowPrompt(text, texts.siteNames(e)) || statutory && Notices.isLabelOverMaterial(text);
        }
        if (!Notices.isNotice(text, mailLink)) {
            return social && Notices.isSiteFollowPrompt(text, texts.siteNames(e))
                    || app && Notices.isSiteAppPrompt(text, texts.siteNames(e))
                    || statutory && Notices.isLabelOverMaterial(text);
        }
        if (stats.firstPublication == null && Notices.mayBeFirstPublishedNote(found)) {
            stats.firstPublication = Notices.firstPublisher(text); // "This story was originally published by Kentucky Lantern, …"
        }
        return true;
    }

    /**
     * The box a heading saying that the site needs the reader opens ({@link Notices#NEEDS_YOU_HEADING}: "Nós Diario precisa
     * de ti" over "Somos o único diario en galego …" and a button), or a heading asking the reader to support the site by
     * its name over a box asking for money ({@link Notices#SUPPORT_US_HEADING}: "Sostieni VareseOggi" on VareseOggi's
     * page), or a club's supporter box closing the text ({@link SupporterBoxes}: "Våra sponsorer", "Przekaż 1,5% podatku"
     * over a KRS, "Støt klubben" over MobilePay): the box's lines are the pitch's, sentences or not, and it goes whole, short
     * and well under the container's text. Null when the block is no such heading, or heads no box (a heading of the text stands among its paragraphs, in
     * the container). Only a short heading's text is read.
     */
    static Element needsYouBox(Element e, TextStats.Stats s, Element container, TextStats stats, int containerChars, BlockTexts texts) {
        if (s.chars > Notices.MAX_NEEDS_YOU_CHARS || !Blocks.isHeading(e)) {
            return null;
        }
        Element box = e.parent();
        if (box == null || box == container || !Blocks.isBlock(box) || box.firstElementChild() != e) {
            return null;
        }
        TextStats.Stats bs = stats.of(box);
        if (bs == null || bs.chars > Notices.MAX_OFFER_BOX_CHARS || bs.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars) {
            return null;
        }
        String heading = texts.builtOr(e).strip();
        if (Notices.NEEDS_YOU_HEADING.matcher(heading).matches()) {
            return box;
        }
        if (SupporterBoxes.heads(heading, textAfter(box.text(), heading)) && SupporterBoxes.closesText(box, container, stats)) {
            return box; // "<div><h3>Támogatóink</h3><p>…</p></div>" after a club's news: its sponsors, tax-share appeal or ask for a gift
        }
        Matcher support = Notices.SUPPORT_US_HEADING.matcher(heading);
        if (!support.matches()) {
            return null;
        }
        List<String> sites = texts.siteNames(e);
        if (!Notices.namesTheSite(support.group("name"), sites) && !Notices.namesTheSite(support.group("named"), sites)) {
            return null; // "Sostieni Il Piccolo di Romagna": the article may open the site's name
        }
        String asked = textAfter(box.text(), heading);
        // "<div><h3>Sostieni VareseOggi</h3><p>… Con un piccolo contributo ci aiuti …</p></div>" on VareseOggi's page
        return Notices.asksForMoney(asked) ? box : null;
    }

    /** The box's text after its heading, or the whole text when it does not open with the heading. */
    static String textAfter(String boxText, String heading) {
        return boxText.startsWith(heading) ? boxText.substring(heading.length()) : boxText;
    }

    /** Text nodes of a block asked for its first words. */
    private static final int MAX_TIP_LEAD_NODES = 8;

    /** The line under a tip box's heading that says where to send the tip is this short. */
    private static final int MAX_TIP_LINE_CHARS = 300;

    /**
     * A box inviting the reader to send the newsroom a tip ({@link Notices#isTipBox}: "Tipsa oss! Har du sett något som
     * du tycker att vi ska skriva om? Mejla …", "Heb jij een tip? Mail naar … of app ons."): the block itself, short and well
     * under the container's text; or, when the block is a heading asking for the tip alone, the short line after it that
     * says where to send it. Null when there is none. The block's first words are asked before its text is built.
     */
    static Element tipBox(Element e, TextStats.Stats s, TextStats stats, int containerChars) {
        if (s.chars > Notices.MAX_TIP_BOX_CHARS || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars || !opensLikeTip(e)) {
            return null;
        }
        String text = e.text().strip();
        if (Notices.isTipBox(text)) {
            return e;
        }
        if (!Blocks.isHeading(e) || Notices.tipPromptEnd(text) < 0) {
            return null;
        }
        Element next = e.nextElementSibling();
        TextStats.Stats ns = next != null && Blocks.isBlock(next) ? stats.of(next) : null;
        return ns != null && ns.chars > 0 && ns.chars <= MAX_TIP_LINE_CHARS && s.chars + ns.chars < Notices.MAX_OFFER_BOX_SHARE * containerChars
                && Notices.namesTipChannel(next.text()) && !Notices.namesAppealAuthority(next.text()) ? next : null;
    }

    /**
     * A fact-checker's note on itself ({@link FactCheckNotes}) in a short block: a line stating its affiliation, holding no
     * block (so no wrapper goes with the text beside the line), or a block opened by the label of the box explaining how it
     * rates claims (with a box of its own: a heading or a paragraph in the text's flow, "<h2>Como verificamos</h2>", opens
     * the check's own account of its method), by a rating's definition or by a prompt to report an error, cut with its box ({@link #noticeBox}). Null when the block is neither. Only a block whose first words
     * may open the label, or whose text nodes hold one of the notes' key words, has its text built.
     */
    static Element factCheckNote(Element e, TextStats.Stats s, Element container, TextStats stats, int containerChars,
            BlockTexts texts) {
        if (s.chars > FactCheckNotes.MAX_NOTE_CHARS || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars) {
            return null;
        }
        boolean label = opensWith(e, FactCheckNotes.BOX_LABEL_OPENINGS);
        boolean affiliation = !Blocks.holdsBlock(e) && namesAffiliation(e);
        if (!label && !affiliation) {
            return null;
        }
        String text = texts.builtOr(e).strip();
        if (label && FactCheckNotes.opensWithScaleOrCorrectionNote(text)) {
            return noticeBox(e, container, stats, containerChars, texts);
        }
        if (label && FactCheckNotes.opensWithMethodLabel(text)) {
            Element box = noticeBox(e, container, stats, containerChars, texts);
            return box != e || Blocks.holdsBlock(e) && !Blocks.isHeading(e) ? box : null;
        }
        return affiliation && FactCheckNotes.isAffiliationNote(text, texts.siteNames(e)) ? e : null;
    }

    /**
     * A health site's standing medical disclaimer or crisis helpline box ({@link HealthNotes}), with the box it heads, or
     * null. Only a short block whose first text may open one is read.
     */
    static Element healthNote(Element e, TextStats.Stats s, Element container, TextStats stats, int containerChars,
            BlockTexts texts) {
        if (s.chars > HealthNotes.MAX_NOTE_CHARS || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars
                || !opensWith(e, HealthNotes.OPENINGS)) {
            return null;
        }
        return HealthNotes.isNote(texts.builtOr(e).strip()) ? noticeBox(e, container, stats, containerChars, texts) : null;
    }

    /** True when one of the block's text nodes holds a key word of a fact-checker's affiliation ({@link FactCheckNotes#mayNameAffiliation}). */
    private static boolean namesAffiliation(Element e) {
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_NOTICE_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t && FactCheckNotes.mayNameAffiliation(t.getWholeText())) {
                return true;
            }
        }
        return false;
    }

    /** True when the block's first text node may open with a tip's prompt ({@link Notices#TIP_PROMPT_OPENINGS}). */
    private static boolean opensLikeTip(Element e) {
        return opensWith(e, Notices.TIP_PROMPT_OPENINGS);
    }

    /** True when the block's first text node may open with one of the openings, after a few leading marks ({@link Notices#tipPromptStart}). */
    private static boolean opensWith(Element e, PatternOpenings openings) {
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_TIP_LEAD_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t && !t.isBlank()) {
                String words = t.getWholeText();
                int from = 0;
                while (from < words.length() && Character.isWhitespace(words.charAt(from))) {
                    from++; // the blanks before the first word, skipped without a copy
                }
                int at = Notices.tipPromptStart(words, from);
                return at >= 0 && openings.mayOpenAt(words, at);
            }
        }
        return false;
    }

    /** A box's line left beside its notice is its label or button: this short ("Trailer", "Enjoy the show?", "Become a member"). */
    private static final int MAX_NOTICE_REMNANT_CHARS = 40;

    /** A notice's box holds at most this many such lines beside it: a heading, a label, a button or two. */
    private static final int MAX_NOTICE_REMNANTS = 3;

    /**
     * The box a notice stands in when the notice leaves nothing in it but a few short lines that end no
     * sentence: the box's heading ("Enjoy the show?"), a consent placeholder's label ("Trailer",
     * "Karte") or its button ("Become a member", "Load video"). Those lines are the notice's own, and
     * the box goes whole; a box with a sentence or loose words beside the notice keeps them, and the
     * notice goes alone. A notice that is the box's heading ("<h3>Listen to our podcast</h3><p>Every Friday, the
     * week's news.</p>") names what the box is, and the box goes whole within its size. The article's container is never
     * the box.
     */
    static Element noticeBox(Element notice, Element container, TextStats stats, int containerChars, BlockTexts texts) {
        if (Notices.isGamblingWarning(texts.builtOr(notice).strip())) {
            return gamblingAdBox(notice, container, stats, containerChars);
        }
        Element box = notice.parent();
        if (box == null || box == container || !Blocks.isBlock(box)) {
            return notice;
        }
        TextStats.Stats bs = stats.of(box);
        if (bs == null || bs.chars > Notices.MAX_OFFER_BOX_CHARS) {
            return notice;
        }
        // a notice heading its box names what the box is: the lines under it are the pitch's own, sentences or not
        boolean heads = Blocks.isHeading(notice) && box.firstElementChild() == notice;
        int remnants = 0;
        for (Node n = box.firstChild(); n != null; n = n.nextSibling()) {
            if (n == notice) {
                continue;
            }
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return notice; // loose words beside the notice: the box is a paragraph around it
                }
                continue;
            }
            if (!(n instanceof Element c) || heads) {
                continue;
            }
            String line = c.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            char last = line.charAt(line.length() - 1);
            if (line.length() > MAX_NOTICE_REMNANT_CHARS || (TextStats.endsSentence(last) && !(last == '?' && Blocks.isHeading(c)))
                    || ++remnants > MAX_NOTICE_REMNANTS) {
                return notice;
            }
        }
        return remnants > 0 || heads ? box : notice;
    }

    /** A line of a gambling advertisement beside its warning is its heading, an odds line or a button: this short. */
    private static final int MAX_AD_LINE_CHARS = 90;

    /** Levels above its warning a gambling advertisement's box is sought: the box of odds, and the ad label's wrapper around it. */
    private static final int MAX_AD_BOX_LEVELS = 2;

    /**
     * The advertisement a gambling warning ({@link Notices#isGamblingWarning}) stands in: the law asks the warning of the ad
     * itself, so the box around it is the ad (a bookmaker's odds, its button, the ad label) and goes whole, up to two levels
     * while each is short, well under the text, and holds nothing beside the part below it but short lines. A box with a
     * paragraph of the story in it keeps it, and the warning goes alone.
     */
    private static Element gamblingAdBox(Element warning, Element container, TextStats stats, int containerChars) {
        Element ad = warning;
        for (int level = 0; level < MAX_AD_BOX_LEVELS; level++) {
            Element box = ad.parent();
            if (box == null || box == container || !Blocks.isBlock(box)) {
                break;
            }
            TextStats.Stats bs = stats.of(box);
            if (bs == null || bs.chars > Notices.MAX_OFFER_BOX_CHARS || bs.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars
                    || !onlyShortLinesBeside(box, ad)) {
                break;
            }
            ad = box;
        }
        return ad;
    }

    /** True when every line of the box but {@code part} is at most {@link #MAX_AD_LINE_CHARS} long. */
    private static boolean onlyShortLinesBeside(Element box, Element part) {
        for (Node n = box.firstChild(); n != null; n = n.nextSibling()) {
            if (n == part) {
                continue;
            }
            String line = n instanceof TextNode t ? t.text().strip() : n instanceof Element c ? c.text().strip() : "";
            if (line.length() > MAX_AD_LINE_CHARS) {
                return false;
            }
        }
        return true;
    }

    /** Nodes of a block searched for a notice's stems: a notice is a paragraph of a few dozen nodes. */
    private static final int MAX_NOTICE_NODES = 200;}
