package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.HostLabels;
import dev.newsdrop.extract.meta.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.body.ContentPruner.ANY_LINK;
import static dev.newsdrop.extract.body.ContentPruner.words;

/**
 * Lists the text wrote for itself, links and all: its sources (under a heading, each a title linking to another site,
 * or under a label that names them) and its summary (under "Key points", "Das Wichtigste in Kürze", …). Their links are
 * no navigation, and none of their items is a dateline.
 */
final class ListsOfTheText {

    private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url][content]");

    /** A source list holds at least this many links, each of at least {@link #MIN_SOURCE_LINK_WORDS} words. */
    private static final int MIN_SOURCE_LINKS = 2;

    /** A list of sources read without the page's address links to at least this many sites. */
    private static final int MIN_SOURCE_SITES = 2;

    /** A source is named by a title ("Studie von Ulrike Haas zu Verspätungsketten"), not a word ("Facebook"). */
    private static final int MIN_SOURCE_LINK_WORDS = 3;

    /** A source list holds at most this many links: a longer list is a directory, not a text's sources. */
    private static final int MAX_SOURCE_LIST_LINKS = 30;

    /** Nodes of a list read for its links: a list of sources is a few dozen. */
    private static final int MAX_SOURCE_LIST_NODES = 400;

    /** A heading over a source list is a label, this short. */
    private static final int MAX_SOURCE_HEADING_CHARS = 80;

    /**
     * Headings that announce the text's own summary ("Die wichtigsten Fakten", "Key points",
     * "L'essentiel"): the list under one states the story's facts, each item a statement, even when
     * every item links to the site's story on it. Whole headings, so "Mehr Fakten zum Thema" is none;
     * the short-news columns some sites title "En bref" or "In brief" are left out.
     */
    private static final Pattern SUMMARY_HEADING = Pattern.compile("(?iU)\\s*(?:"
            + "die wichtigsten (?:fakten|punkte|infos|informationen|fragen und antworten)|das wichtigste(?: in kürze| im überblick| zusammengefasst)?|auf einen blick|kurz und knapp"
            + "|key (?:facts|points|takeaways)|at a glance|the main points|what we know(?: so far)?"
            + "|l['’]essentiel|ce qu['’]il faut retenir|les points clés"
            + "|in het kort|de belangrijkste (?:feiten|punten)"
            + "|najważniejsze (?:informacje|fakty)|nejdůležitější (?:informace|fakta)|ve zkratce"
            + "|det viktigaste|i korthet|kort fortalt|det vigtigste|kort sagt|tärkeimmät asiat"
            + ")\\s*[:.]?\\s*");

    /** A list or an item of one that the text wrote: its sources ({@link #isSourceList}) or its summary ({@link #isSummaryList}). */
    static boolean isSourceListOrItem(Element e) {
        String tag = e.normalName();
        if (tag.equals("li")) {
            Element list = e.parent();
            return list != null && isListOfTheText(list);
        }
        return isListOfTheText(e);
    }

    /** A list the text wrote for itself, links and all: its sources or its summary. */
    static boolean isListOfTheText(Element list) {
        return isSummaryList(list) || isSourceList(list) || isNamedSourceList(list);
    }

    /**
     * A box that opens with its summary's heading and list ({@link #isSummaryList}), or with the label and list of
     * the text's sources ({@link #isNamedSourceList}): a fact box or a fact-check's sources box, whose heading and
     * list are then judged alone.
     */
    static boolean boxesSummaryList(Element e) {
        Element first = e.firstElementChild();
        Element next = first == null ? null : first.nextElementSibling();
        return next != null && (Blocks.isHeading(first) && isSummaryList(next) || isNamedSourceList(next));
    }

    /**
     * Headings and labels that name the text's sources, whole ("Sources", "Our Sources", "Fuentes consultadas",
     * "Quellen", "Le fonti", "Kaynaklar", "المصادر", "Referensi:", "Źródła"): fact-checkers close a check with the
     * documents, data and interviews it rests on, a few of them linked, the rest named in plain words.
     */
    private static final Pattern SOURCES_HEADING = Pattern.compile("(?iU)\\s*(?:"
            + "(?:our |the |main )?(?:sources?|references)(?: used| consulted)?|(?:nos |les |mes )?sources(?: utilisées)?"
            + "|(?:las |nuestras )?fuentes(?: consultadas| utilizadas)?|(?:as )?fontes(?: consultadas| utilizadas)?|referências"
            + "|(?:unsere |die )?quellen|(?:le )?fonti(?: consultate)?|bronnen|kaynaklar|kaynakça|المصادر|مصادر|المراجع"
            + "|referensi|sumber(?: referensi)?|źródła|джерела|источники|출처|참고 ?자료|出典|参考(?:資料|文献)|स्रोत|संदर्भ"
            + ")\\s*[:.：]?\\s*");

    /**
     * The label over a source list: a heading (not the page's {@code h1}) or a paragraph set wholly in bold
     * ("<p><strong>Referensi:</strong></p>"), short, unlinked, whose words name the sources ({@link #SOURCES_HEADING}).
     */
    private static boolean isSourcesLabel(Element e) {
        if (!Blocks.isHeading(e) || e.nameIs("h1")) {
            Element only = e.nameIs("p") && e.childrenSize() == 1 ? e.firstElementChild() : null;
            if (only == null || !only.nameIs("strong") && !only.nameIs("b") || !e.ownText().isBlank()) {
                return false;
            }
        }
        String text = e.text();
        return text.length() <= MAX_SOURCE_HEADING_CHARS && e.selectFirst(ANY_LINK) == null && SOURCES_HEADING.matcher(text).matches();
    }

    /**
     * A list (or a paragraph of lines broken by {@code <br>}) right under a label that names the text's sources
     * ({@link #isSourcesLabel}), whose every link goes to another site than the page's: a fact-check's sources,
     * one of them linked, say, beside an interview named in plain words. Unlike {@link #isSourceList}, the label
     * says what the list is, so one link of a word or two is enough; a link to the site's own pages makes it a
     * list of the site's stories.
     */
    static boolean isNamedSourceList(Element list) {
        if (!list.nameIs("ul") && !list.nameIs("ol") && !list.nameIs("p")) {
            return false;
        }
        Element before = list.previousElementSibling();
        if (before == null || !isSourcesLabel(before)) {
            return false;
        }
        String site = siteHost(list);
        int links = 0;
        int steps = 0;
        for (Node n = list; n != null; n = TreeWalk.next(n, list)) {
            if (steps++ >= MAX_SOURCE_LIST_NODES) {
                return false;
            }
            if (n instanceof Element a && a.nameIs("a")) {
                String host = hostOf(a.attr("href"));
                if (host == null || site != null && sameSite(host, site) || ++links > MAX_SOURCE_LIST_LINKS) {
                    return false;
                }
            }
        }
        return links > 0;
    }

    /**
     * A line that announces the text's summary ({@link #SUMMARY_HEADING}) set right over a list, however it is set: a
     * heading, or a bold paragraph as editors without heading levels write it ("<p><strong>Das Wichtigste in
     * Kürze</strong></p><ul>…"). The list's label, no kicker to trim off the text's top.
     */
    static boolean isSummaryLabel(Element e) {
        Element next = e.nextElementSibling();
        if (next == null || !next.nameIs("ul") && !next.nameIs("ol")) {
            return false;
        }
        String text = e.text();
        return text.length() <= MAX_SOURCE_HEADING_CHARS && SUMMARY_HEADING.matcher(text).matches();
    }

    /**
     * A list under a heading that announces the text's summary ({@link #SUMMARY_HEADING}): the
     * story's key facts, each perhaps linked to the site's story on it, are the text's statements,
     * not a list of related stories.
     */
    static boolean isSummaryList(Element list) {
        String tag = list.normalName();
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        Element before = list.previousElementSibling();
        return before != null && Blocks.isHeading(before) && !before.normalName().equals("h1")
                && before.text().length() <= MAX_SOURCE_HEADING_CHARS && SUMMARY_HEADING.matcher(before.text()).matches();
    }

    /**
     * A list under a heading of the text whose every item links, by a title of several words, to
     * another site: the article's sources and further reading ("Links zur Folge", "Hier finden Sie
     * aktuelle Informationen"), written for the text. A list of teasers links to the site's own
     * pages; a list of profiles names a network in a word. The page's own site is its address's
     * host ({@link #siteHost}); when it is unknown, a list is taken for sources when it links to
     * several sites, none of them holding more than half its links ({@link #isSpreadOverSites}): the
     * page's own site, if one of them, is then a minority the list's other sources outnumber.
     */
    static boolean isSourceList(Element list) {
        String tag = list.normalName();
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        Element before = list.previousElementSibling();
        if (before == null || !Blocks.isHeading(before) || before.normalName().equals("h1") || before.selectFirst(ANY_LINK) != null
                || before.text().length() > MAX_SOURCE_HEADING_CHARS) {
            return false;
        }
        List<String> hosts = new ArrayList<>();
        int steps = 0;
        for (Node n = list; n != null; n = TreeWalk.next(n, list)) {
            if (steps++ >= MAX_SOURCE_LIST_NODES) {
                return false; // a list this big is no list of a text's sources; the bound keeps each item's asking short
            }
            if (n instanceof Element a && a.normalName().equals("a")) {
                String host = hostOf(a.attr("href"));
                if (host == null || words(a.text().strip()) < MIN_SOURCE_LINK_WORDS || hosts.size() >= MAX_SOURCE_LIST_LINKS) {
                    return false;
                }
                hosts.add(host);
            }
        }
        if (hosts.size() < MIN_SOURCE_LINKS) {
            return false;
        }
        String site = siteHost(list);
        return site == null ? isSpreadOverSites(hosts) : hosts.stream().noneMatch(h -> sameSite(h, site));
    }

    /**
     * Links that go to at least {@link #MIN_SOURCE_SITES} sites, none of which holds more than half of
     * them: a list of another site's stories links to that one site, a text's sources to many.
     */
    private static boolean isSpreadOverSites(List<String> hosts) {
        Map<String, Integer> bySite = new HashMap<>();
        for (String h : hosts) {
            bySite.merge(siteOf(h), 1, Integer::sum);
        }
        int most = bySite.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return bySite.size() >= MIN_SOURCE_SITES && most * 2 <= hosts.size();
    }

    /**
     * The host of an absolute http(s) address ({@link HostLabels#host}: lower case, without user
     * information or port), without "www."; null for a relative address or none.
     */
    private static String hostOf(String href) {
        String h = href.strip();
        if (!h.startsWith("https://") && !h.startsWith("http://") && !h.startsWith("//")) {
            return null;
        }
        String host = HostLabels.host(h);
        return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * The site a host belongs to: its last two labels ("sport.example.de" is "example.de"), or three
     * under a country's second level ("news.example.co.uk" is "example.co.uk": a label of at most
     * three letters before a two-letter country code).
     */
    private static String siteOf(String host) {
        int last = host.lastIndexOf('.');
        int second = last <= 0 ? -1 : host.lastIndexOf('.', last - 1);
        if (second < 0) {
            return host;
        }
        int third = host.lastIndexOf('.', second - 1);
        boolean countrySecondLevel = host.length() - last - 1 == 2 && last - second - 1 <= 3;
        return countrySecondLevel && third >= 0 ? host.substring(third + 1) : host.substring(second + 1);
    }

    private static boolean sameSite(String host, String site) {
        return host.equals(site) || host.endsWith("." + site) || site.endsWith("." + host);
    }

    /**
     * The page's own host ({@link #isSourceList}): its address's, else its canonical address's or its
     * Open Graph address's (the head, which cleaning leaves alone); null when none is known. (Its
     * links cannot tell: by now the navigation that held them is cut.)
     */
    private static String siteHost(Element list) {
        org.jsoup.nodes.Document doc = list.ownerDocument();
        if (doc == null) {
            return null;
        }
        String own = hostOf(doc.location());
        if (own != null) {
            return own;
        }
        Element head = doc.head();
        Element canonical = head.selectFirst(CANONICAL_LINK);
        own = canonical == null ? null : hostOf(canonical.attr("href"));
        if (own != null) {
            return own;
        }
        Element og = head.selectFirst(OG_URL);
        return og == null ? null : hostOf(og.attr("content"));
    }

    /**
     * An item of a list of the text's sources under a label naming them ({@link #isNamedSourceList}): "Siaran pers Kementerian
     * Kesehatan, 2 Desember 2026" names a document and its day, no dateline.
     */
    static boolean isNamedSourceItem(Element e) {
        Element list = e.parent();
        return e.nameIs("li") && list != null && isNamedSourceList(list);
    }}
