package dev.newsdrop.extract.meta.dates;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.DateLabels.LABEL_COLONS;
import static dev.newsdrop.extract.meta.dates.DateLabels.dateBeforeUpdate;
import static dev.newsdrop.extract.meta.dates.DateLabels.holdsPublishedLabel;
import static dev.newsdrop.extract.meta.dates.DateLabels.holdsUpdateLabel;
import static dev.newsdrop.extract.meta.dates.DateLabels.isPublicationLabel;
import static dev.newsdrop.extract.meta.dates.DateLabels.labelledDate;
import static dev.newsdrop.extract.meta.dates.DateLabels.labelledPublication;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_DATELINE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_LABEL_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_PARAGRAPHS_BEFORE_SHOWN_DATE;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_TEXTS_FROM_LABEL;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_WRITTEN_DATE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MIN_DATE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.dayOf;
import static dev.newsdrop.extract.meta.dates.StateDates.datesAState;
import static dev.newsdrop.extract.meta.dates.StateDates.isStateLabel;
import static dev.newsdrop.extract.meta.dates.StoryBounds.isAncestorOf;
import static dev.newsdrop.extract.meta.dates.StoryBounds.isCommentsOrFooter;
import static dev.newsdrop.extract.meta.dates.StoryBounds.isHeadlinesArticleFooter;
import static dev.newsdrop.extract.meta.dates.StoryBounds.isOutsideTheStory;
import static dev.newsdrop.extract.meta.dates.StoryBounds.storyAround;
import static dev.newsdrop.extract.meta.dates.WireDatelines.wireDateline;
import static dev.newsdrop.extract.meta.dates.WireDatelines.yearlessWireDateline;

/**
 * The last resort: the first date a reader finds written on the page ({@link #firstWrittenDate}), and the lines
 * that walk passes over for another date: the facts an announcement labels ("Turniertag: 07.02.2027"), a court
 * decision's date, an expert review's, a chronology's entries.
 */
final class FirstWrittenDate {

    /** Text nodes scanned for a written date when nothing else dates the page. */
    private static final int MAX_TEXTS_FOR_WRITTEN_DATE = 3000;

    /**
     * Texts read on past an unlabelled date below the headline for a line labelled as the publication: the
     * header's lines (an event's date box, the byline) are a few; the prose ends the reading sooner.
     */
    private static final int MAX_TEXTS_AFTER_UNLABELLED = 12;

    /** The publication line sits beside the update line; a date further on belongs to something else. */
    private static final int MAX_TEXTS_AFTER_UPDATE = 12;

    /**
     * The date a reader finds first on the page: the last resort. Short texts that are dates are read
     * in document order, outside comments, footers (not the footer of the article holding the headline,
     * {@link StoryBounds#isHeadlinesArticleFooter}), navigation, figures and asides beside the article
     * (other stories' teasers, the masthead's today, a photograph's date; an aside within an article
     * element may hold its meta line). Below the headline (the first h1), the
     * first date before the prose has begun is the byline's, unless it is unlabelled and a line of the
     * header after it, before the prose, is labelled as the publication (a box giving an event's date
     * set above the byline "Publicado em 5 de março de 2025"); a date above it is taken only when none
     * is below, the nearest first (a date line set over the headline), and a date met below after
     * the prose has begun only when none is above (a theme that dates the post at its end). A long
     * paragraph just below the headline that opens with a wire dateline ("BERLIN, 3. Februar 2022
     * (dpa) –") gives its date. A line labelled as an update ("Aktualisiert: ...", "Stand: ...",
     * "Updated ...") is passed over for a publication line beside it, and used when none follows
     * before the prose begins, unless a short line further on labels the publication ("Creado:
     * 03/02/2022", written after the text) with a day not after the update's. A timeline's entries are passed over
     * ({@link #inChronology}). Below the headline, before the prose, a
     * date that a label of another fact names ("Turniertag: 07.02.2027", {@link #isFactLabel}) is passed over for the
     * page's other date when that one is earlier: what a story announces comes after it. A court decision's date set there
     * ({@link #DECISION_DATE_LINE}) is passed over for any other date. A date the headline's own words name ("… erscheint am
     * 14. März 2027", "《…》确认2027年3月14日发售") is the day the story announces or reports, not the page's: it is taken only
     * when nothing below, above or as an update dates the page. One walk over text nodes, so
     * deep or huge pages cost no more than their size.
     */
    static String firstWrittenDate(Document doc, boolean pageHasH1, String url, DateLanguage lang) {
        if (doc.body() == null) {
            return null;
        }
        String[] found = {null};
        String[] above = {null};
        String[] updated = {null};
        int[] updatedAt = {0};
        int[] seen = {0};
        int[] paragraphs = {0};
        boolean[] below = {!pageHasH1}; // with no h1, the page is read from the top as if below it
        int[] articles = {0}; // article elements open around the node: an aside in one may hold its meta line
        int[] banners = {0}; // banners asked whether they hold the headline, a few at most
        int[] labelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // the last update label on a line of its own
        int[] teaserChecks = {0}; // dates asked whether they are a teaser's, a bounded number
        int[] mains = {0}; // main elements open around the node: a header in one is the article's
        boolean[] createdOnly = {false}; // past the update's datelines: only a labelled publication is read on
        int[] createdLabelAt = {-1}; // the last publication label on a line of its own, in that reading
        String[] unlabelled = {null}; // an unlabelled date below the headline, held while the header is read on
        int[] unlabelledAt = {0};
        int[] publicationLabelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // a publication label on a line of its own, in that reading
        boolean[] toStoryEnd = {false}; // reading the rest of the story's box for a labelled publication only
        Element[] story = {null}; // the article or main element around the headline, when the header's reading gave no label
        int[] stateLabelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // the last label of a state or a term's bound on a line of its own
        int[] reviewLabelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // the last text holding an expert review's label ({@link #REVIEW_LABEL})
        int[] factLabelAt = {-2}; // the last colon-closed label of another fact on a line of its own ("Turniertag:")
        String[] fact = {null}; // the first date below the headline that such a label names: the event's when a date before it follows
        Element[] headline = {null}; // the first h1, once met
        boolean[] inHeadline = {false}; // reading the headline's own text
        String[] headlineDate = {null}; // a date the headline's words name: the page's only when nothing else dates it
        String[] decision = {null}; // a court decision's date set under the headline: the page's only when it has no other
        String[] made = {null}; // a record box's day the document was produced: the page's only when it has no other
        int[] madeLabelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // the last such label on a line of its own ("Data wytworzenia:")
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (isCommentsOrFooter(e) && !(articles[0] > 0 && isHeadlinesArticleFooter(e, headline[0]))
                            || isOutsideTheStory(e) || articles[0] == 0 && e.normalName().equals("aside")) {
                        return FilterResult.SKIP_ENTIRELY; // an aside beside the article holds other stories' teasers
                    }
                    if ((!below[0] || !pageHasH1) && articles[0] == 0 && mains[0] == 0 && (TeasersAndBanners.namesToday(e)
                            || TeasersAndBanners.isBanner(e) && banners[0]++ < MAX_BANNERS_ASKED && TeasersAndBanners.isMastheadBox(e, url))) {
                        // the site's banner above the headline: today's date; on a page with no h1 (Korean press CMSes head the
                        // story with an h3) the banner is read as if below it, and is still the banner
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if ((!below[0] || !pageHasH1) && articles[0] == 0 && mains[0] == 0 && e.normalName().equals("tr")
                            && banners[0]++ < MAX_BANNERS_ASKED && TeasersAndBanners.isLogoRow(e, url)) {
                        return FilterResult.SKIP_ENTIRELY; // a table layout's logo row and today's date, with or without an h1 under it
                    }
                    if (e.normalName().equals("main")) {
                        mains[0]++;
                    }
                    if (e.normalName().equals("article")) {
                        articles[0]++;
                    }
                    if (!below[0] && e.normalName().equals("h1")) {
                        below[0] = true;
                        headline[0] = e;
                        inHeadline[0] = true;
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof TextNode t)) {
                    return FilterResult.CONTINUE;
                }
                if (seen[0]++ >= MAX_TEXTS_FOR_WRITTEN_DATE) {
                    return FilterResult.STOP;
                }
                String text = t.getWholeText().trim();
                if (inHeadline[0]) {
                    if (headlineDate[0] == null && text.length() >= MIN_DATE_CHARS && text.length() <= MAX_DATELINE_CHARS) {
                        headlineDate[0] = DateParser.parseText(text, lang);
                    }
                    return FilterResult.CONTINUE; // "… erscheint am 14. März 2027": the day the story announces, asked last
                }
                if (text.length() <= MAX_WRITTEN_DATE_CHARS) {
                    boolean madeLabel = DOCUMENT_MADE_LABEL.matcher(text).lookingAt();
                    if (madeLabel || seen[0] - madeLabelAt[0] <= MAX_TEXTS_FROM_LABEL) {
                        String day = DateParser.parseText(text, lang);
                        if (madeLabel && day == null) {
                            madeLabelAt[0] = seen[0]; // "Data wytworzenia:" in its own cell: the date in the next is the document's
                            return FilterResult.CONTINUE;
                        }
                        if (day != null) {
                            made[0] = made[0] == null ? day : made[0];
                            return FilterResult.CONTINUE; // the day the document was produced, not the page's
                        }
                    }
                }
                if (unlabelled[0] != null) {
                    // an unlabelled date below the headline, then the header's other lines: one labelled as the
                    // publication ("Publicado em 5 de março") outranks it (an event's or a product's date set first)
                    if (!toStoryEnd[0] && (seen[0] > unlabelledAt[0] + MAX_TEXTS_AFTER_UNLABELLED || text.length() > MAX_DATELINE_CHARS)) {
                        story[0] = storyAround(doc);
                        if (story[0] == null || !(t.parent() instanceof Element holder && (holder == story[0] || isAncestorOf(story[0], holder)))) {
                            found[0] = unlabelled[0];
                            return FilterResult.STOP;
                        }
                        // past the header: the story's own box is read to its end for a line labelled as the publication
                        // ("Published 2 December 2026" closing a notice), which outranks the unlabelled date
                        toStoryEnd[0] = true;
                    }
                    if (toStoryEnd[0] && text.length() > MAX_WRITTEN_DATE_CHARS) {
                        return FilterResult.CONTINUE;
                    }
                    String labelled = seen[0] - publicationLabelAt[0] <= MAX_TEXTS_FROM_LABEL
                            && text.length() >= MIN_DATE_CHARS && text.length() <= MAX_WRITTEN_DATE_CHARS
                            ? DateParser.parseText(text, lang) : labelledPublication(text, lang);
                    if (labelled == null && isPublicationLabel(text, lang)) {
                        publicationLabelAt[0] = seen[0];
                    }
                    if (labelled != null && !(teaserChecks[0]++ < MAX_TEASER_CHECKS && t.parent() instanceof Element holder
                            && (TeasersAndBanners.inSmallTeaser(holder, url) || TeasersAndBanners.besideAnotherStorysLink(holder, url)))) {
                        found[0] = labelled; // not another story's, beside its link
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }
                if (updated[0] != null && !createdOnly[0] && below[0] && paragraphs[0] < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE
                        && seen[0] <= updatedAt[0] + MAX_TEXTS_AFTER_UPDATE) {
                    String filed = yearlessWireDateline(text, updated[0], lang);
                    if (filed != null) {
                        found[0] = filed; // the wire's filing day, the year the update's ("Stand: 4.12.2026", "BERLIN, 3. Dezember (dpa)")
                        return FilterResult.STOP;
                    }
                }
                if (updated[0] != null
                        && (createdOnly[0] || seen[0] > updatedAt[0] + MAX_TEXTS_AFTER_UPDATE || text.length() > MAX_DATELINE_CHARS)) {
                    // the datelines are behind and gave only the update: later dates are other stories', but a line
                    // labelled as the publication (a theme that writes "Created:" after the text) is the article's
                    createdOnly[0] = true;
                    String created = createdLabelAt[0] >= 0 && seen[0] - createdLabelAt[0] <= MAX_TEXTS_FROM_LABEL
                            && text.length() >= MIN_DATE_CHARS && text.length() <= MAX_WRITTEN_DATE_CHARS
                            ? DateParser.parseText(text, lang) : labelledPublication(text, lang);
                    if (created == null && isPublicationLabel(text, lang)) {
                        createdLabelAt[0] = seen[0];
                    }
                    if (created != null && !dayOf(created).isAfter(dayOf(updated[0]))
                            && !(teaserChecks[0]++ < MAX_TEASER_CHECKS && t.parent() instanceof Element holder
                            && TeasersAndBanners.inSmallTeaser(holder, url))) {
                        found[0] = created; // a publication after its update is another story's
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }
                if (text.length() > MAX_DATELINE_CHARS) {
                    if (below[0] && paragraphs[0]++ < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE) {
                        String wire = wireDateline(text, lang);
                        if (wire != null) {
                            found[0] = wire;
                            return FilterResult.STOP;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
                if (text.length() <= MAX_LABEL_CHARS && holdsUpdateLabel(text) && DateParser.parseText(text, lang) == null) {
                    labelAt[0] = seen[0]; // "Aktualisiert:", "Updated" on its own: the date just after is the update's
                    return FilterResult.CONTINUE;
                }
                if (isPublicationLabel(text, lang)) {
                    publicationLabelAt[0] = seen[0]; // "Publicado em" on its own: the date just after is labelled
                    return FilterResult.CONTINUE;
                }
                if (isStateLabel(text)) {
                    stateLabelAt[0] = seen[0]; // "Joined:", "Registriert:", "Verfügbar bis" on its own: the date just after is the state's
                    return FilterResult.CONTINUE;
                }
                if (below[0] && paragraphs[0] == 0 && isFactLabel(text)) {
                    factLabelAt[0] = seen[0]; // "Turniertag:", "Anmeldeschluss:" in a facts box: the date just after is that fact's
                    return FilterResult.CONTINUE;
                }
                if (below[0] && paragraphs[0] == 0 && text.length() <= MAX_WRITTEN_DATE_CHARS
                        && (seen[0] - factLabelAt[0] == 1 || labelsAnotherFact(text))) {
                    if (fact[0] == null) {
                        fact[0] = DateParser.parseText(text, lang);
                    }
                    return FilterResult.CONTINUE; // the date of what the story announces, set between the headline and its byline
                }
                if (text.length() <= MAX_DATELINE_CHARS && holdsReviewLabel(text)) {
                    if (DateParser.parseText(text, lang) == null) {
                        reviewLabelAt[0] = seen[0]; // "Medically reviewed by", the reviewer's name and the date in the texts after it
                    }
                    return FilterResult.CONTINUE; // "Medically reviewed by Luis Ortega, MD on November 18, 2026": the review's day
                }
                if (seen[0] - reviewLabelAt[0] <= MAX_TEXTS_FROM_LABEL && text.length() <= MAX_WRITTEN_DATE_CHARS
                        && !holdsUpdateLabel(text) && !holdsPublishedLabel(text) && DateParser.parseText(text, lang) != null) {
                    return FilterResult.CONTINUE; // "Medically reviewed by <a>…</a> on November 9, 2026": the date after the reviewer
                }
                if (paragraphs[0] == 0 && text.length() <= MAX_WRITTEN_DATE_CHARS && datesADecision(text)) {
                    if (decision[0] == null) {
                        decision[0] = DateParser.parseText(text, lang);
                    }
                    return FilterResult.CONTINUE; // "Urteil vom 3. Dezember 2026 – 5 StR 123/26": the decision's day, not the page's
                }
                if (text.length() < MIN_DATE_CHARS || text.length() <= MAX_WRITTEN_DATE_CHARS && datesAState(text)
                        || seen[0] - stateLabelAt[0] <= MAX_TEXTS_FROM_LABEL) {
                    return FilterResult.CONTINUE; // too short for a date, or the start of a state ("Mitglied seit 2019") or a term's bound
                }
                String date = text.length() <= MAX_WRITTEN_DATE_CHARS ? dateBeforeUpdate(text, lang)
                        : paragraphs[0] < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE ? labelledDate(text, lang) : null; // a sentence may cite a date
                if (date == null && below[0] && text.length() > MAX_WRITTEN_DATE_CHARS && paragraphs[0] < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE) {
                    date = wireDateline(text, lang); // a short first paragraph opening with the wire's place and date
                }
                if (date == null && text.length() > MAX_WRITTEN_DATE_CHARS) {
                    return FilterResult.CONTINUE;
                }
                if (date != null && teaserChecks[0]++ < MAX_TEASER_CHECKS && t.parent() instanceof Element holder
                        && TeasersAndBanners.inSmallTeaser(holder, url)) {
                    return FilterResult.CONTINUE; // another story's date, beside its link
                }
                if (date != null && below[0] && inChronology(t, lang)) {
                    return FilterResult.CONTINUE; // a timeline's entry: the date of what happened, not of the page
                }
                if (date != null && seen[0] - labelAt[0] <= MAX_TEXTS_FROM_LABEL && !holdsPublishedLabel(text)) {
                    if (updated[0] == null) {
                        updated[0] = date; // the update, if the page gives no other
                        updatedAt[0] = seen[0];
                    }
                    return FilterResult.CONTINUE;
                }
                if (date != null) {
                    if (!below[0]) {
                        above[0] = date; // the nearest above the headline so far
                        return FilterResult.CONTINUE;
                    }
                    if (paragraphs[0] < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE) {
                        if (paragraphs[0] == 0 && !holdsPublishedLabel(text)
                                && seen[0] - publicationLabelAt[0] > MAX_TEXTS_FROM_LABEL) {
                            unlabelled[0] = date; // read the rest of the header for a labelled publication
                            unlabelledAt[0] = seen[0];
                            return FilterResult.CONTINUE;
                        }
                        found[0] = date;
                        return FilterResult.STOP;
                    }
                    if (above[0] != null) {
                        return FilterResult.STOP; // the story's text is behind: the date above the headline is its own
                    }
                    found[0] = date;
                    return FilterResult.STOP;
                }
                if (updated[0] == null) {
                    updated[0] = DateParser.parseText(text, lang); // an update date, if the page gives no other
                    updatedAt[0] = seen[0];
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == headline[0]) {
                    inHeadline[0] = false;
                }
                if (toStoryEnd[0] && node == story[0]) {
                    found[0] = unlabelled[0]; // the story's box ends with no labelled publication
                    return FilterResult.STOP;
                }
                if (node instanceof Element e && e.normalName().equals("article")) {
                    articles[0]--;
                } else if (node instanceof Element e && e.normalName().equals("main")) {
                    mains[0]--;
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        String written = found[0] != null ? found[0] : unlabelled[0] != null ? unlabelled[0] : above[0] != null ? above[0]
                : updated[0] != null ? updated[0] : headlineDate[0] != null ? headlineDate[0] : decision[0] != null ? decision[0] : made[0];
        // what a story announces comes after the story: a labelled date not after the page's other one was the page's own
        return fact[0] == null || written != null && dayOf(fact[0]).isAfter(dayOf(written)) ? written : fact[0];
    }

    /** A list item is looked for this many elements up from a date's text node. */
    private static final int MAX_LEVELS_TO_LIST_ITEM = 3;

    /** A chronology's entries are told from the first few items of its list. */
    private static final int MAX_CHRONOLOGY_ITEMS_READ = 6;

    /** An entry of a chronology opens with its date within this many characters ("12. Mai 2003:", "March 19, 2019 –"). */
    private static final int CHRONOLOGY_DATE_CHARS = 22;

    /**
     * True when the text is in an item of a list two of whose items each open with a date and go on with what happened
     * on it ("12. Mai 2003: Der Gemeinderat beantragt …"): a chronology in the story, whose dates are its events'. A
     * list of meta fields ("Veröffentlicht: …") or of teasers (a link, then its date) opens its items otherwise.
     */
    private static boolean inChronology(TextNode t, DateLanguage lang) {
        Element item = t.parent();
        for (int up = 0; item != null && up < MAX_LEVELS_TO_LIST_ITEM && !item.normalName().equals("li"); up++) {
            item = item.parent();
        }
        if (item == null || !item.normalName().equals("li") || !(item.parent() instanceof Element list)) {
            return false;
        }
        int entries = 0;
        int read = 0;
        for (Element sibling : list.children()) {
            if (read++ >= MAX_CHRONOLOGY_ITEMS_READ) {
                break;
            }
            if (!sibling.normalName().equals("li")) {
                continue;
            }
            Opening opening = Opening.of(sibling, CHRONOLOGY_DATE_CHARS + MAX_LABEL_CHARS, false); // read no further
            if (!opening.whole() && DateParser.parseText(opening.text().substring(0, CHRONOLOGY_DATE_CHARS), lang) != null
                    && ++entries >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Generic nouns for a date ("Datum:", "Date:", "Fecha:", "Дата:", "日期："): a line so labelled may be the page's own
     * date, so such a label names no other fact ({@link #isFactLabel}).
     */
    static final String DATE_NOUNS = "date|datum|fecha|data|dato|dată|datë|dátum|datums|data publicării|дата|датум|tarih|tarikh|"
            + "tanggal|päivämäärä|päiväys|kuupäev|ημερομηνία|ngày|日期|日付|날짜|תאריך|التاريخ|تاریخ|time|zeit|uhrzeit|hora|heure|ora|время";

    private static final Pattern DATE_NOUN_LABEL = Pattern.compile("(?iu)^(?:" + DATE_NOUNS + ")\\s*[:：]$");

    /**
     * The label of the day a document was produced, as the record box Polish public-information bulletins (BIP) print under
     * each notice by law sets it before the day it was published ("Data wytworzenia: 27.11.2026", then "Data publikacji:
     * 30.11.2026"; "Data sporządzenia", the day it was drawn up): the document's day, often days before the page's. The
     * page's other date is read instead, and this one only when there is none.
     */
    private static final Pattern DOCUMENT_MADE_LABEL = Pattern.compile("(?iu)^data\\s+(?:wytworzenia|sporządzenia)"
            + "(?:\\s+(?:dokumentu|informacji|pisma))?\\s*[:：]?");

    /**
     * A court's decision named before its date, as court reporters, courts' press releases and law firms' notes set it as a
     * line of its own under the headline ("Urteil vom 3. Dezember 2026 - 5 StR 123/26", "BAG, Beschluss vom 18.11.2026",
     * "Judgment of 3 December 2026", "Arrêt du 26 novembre 2026", "Sentenza n. 1234 del 20 novembre 2026", "Sentencia de 4
     * de diciembre", "Uitspraak van 2 december", "Wyrok z dnia 3 grudnia", "Rozsudek ze dne 26. listopadu"): the decision
     * noun, a few words at most (the senate, the number), then the preposition of a date. The date is the decision's,
     * given a day or more before the page that reports it, so the page's other date is read instead.
     */
    private static final Pattern DECISION_DATE_LINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:urteil|beschluss|entscheidung|gerichtsbescheid"
            + "|judg(?:e)?ment|decision|ruling|arrêt|arret|jugement|décision|ordonnance|sentenza|ordinanza|sentencia|acórdão|acordao"
            + "|uitspraak|beschikking|vonnis|wyrok|postanowienie|rozsudek|usnesení|nález)(?![\\p{L}])[^!?:]{0,50}?"
            + "(?<![\\p{L}])(?:vom|of|dated|du|en date du|del|de|van|z dnia|ze dne)\\s+(?=\\p{N}|\\p{L}+\\.?\\s+\\p{N})");

    /**
     * The label of an expert's check of a published text, as health and finance sites set it in the byline ("Medically
     * reviewed by Luis Ortega, MD on November 18, 2026", "Fact checked by …", "Clinically reviewed by …"): the date after it
     * is the review's, a check of the text by someone other than its writer, neither its publication nor an update of its
     * words. The page's other date is read instead; where that is only "Updated on …", the engine dates the page by it, as
     * it does when a page shows nothing but its update.
     */
    private static final Pattern REVIEW_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:medical(?:ly)?|clinically|expert)"
            + "[- ]reviewed|fact[- ]checked)(?![\\p{L}])");

    /** True when the text holds a {@link #REVIEW_LABEL}: most texts are refused without the pattern, by the letters it needs. */
    static boolean holdsReviewLabel(String text) {
        return (text.indexOf("eviewed") >= 0 || text.indexOf("hecked") >= 0) && REVIEW_LABEL.matcher(text).find();
    }

    /** True when a short dated text names a court's decision before its date ({@link #DECISION_DATE_LINE}). */
    static boolean datesADecision(String text) {
        return DECISION_DATE_LINE.matcher(text).find();
    }

    /**
     * True when a short text alone is a colon-closed label of another fact ("Turniertag:", "Anmeldeschluss:", "Termin:",
     * "Ort:"): a facts box between an announcement's headline and its byline sets each fact so, in bold before its value,
     * and the date after such a label is the event's or the deadline's, not the page's. A publication or update label,
     * a state's, or a date's generic noun ({@link #DATE_NOUNS}) is none.
     */
    private static boolean isFactLabel(String text) {
        if (text.length() < 3 || text.length() > MAX_LABEL_CHARS || LABEL_COLONS.indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '.' && c != '\'' && c != '’') {
                return false; // a word or a few, nothing else
            }
        }
        return !DATE_NOUN_LABEL.matcher(text).matches() && !holdsPublishedLabel(text) && !holdsUpdateLabel(text) && !isStateLabel(text);
    }

    /**
     * True when a short dated text opens with a label of another fact ({@link #isFactLabel}) before its date
     * ("Turniertag: Sonntag, 07.02.2027").
     */
    private static boolean labelsAnotherFact(String text) {
        int colon = -1;
        for (int i = 0; i < text.length() && !Character.isDigit(text.charAt(i)); i++) {
            if (LABEL_COLONS.indexOf(text.charAt(i)) >= 0) {
                colon = i;
                break;
            }
        }
        return colon > 0 && isFactLabel(text.substring(0, colon + 1).trim());
    }

    /** Banners asked whether they hold the headline on one page: a page has one or two. */
    private static final int MAX_BANNERS_ASKED = 8;

    /** Dates asked whether they date a teaser in one walk: each asks about its box, which may be large. */
    private static final int MAX_TEASER_CHECKS = 40;

    private FirstWrittenDate() {
    }
}
