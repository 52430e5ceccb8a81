package dev.newsdrop.extract.meta.title;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the one-climb {@link TitleFinder#inOverlay} and the stopping link walk of {@link TitleFinder#linksHomeOnly}
 * to their earlier definitions by CSS selectors, on edge cases and on random trees of boxes, names and links.
 */
class HeadingClimbTest {

    private static final Evaluator OVERLAY = QueryParser.parse(
            "[class*=modal], [class*=popup], [role=dialog], [class*=newsletter], [class*=donat], [class*=subscribe], [class*=paywall]");
    private static final Evaluator CONSENT_BOX = QueryParser.parse(
            "[id*=consent], [class*=consent], [id*=cookie], [class*=cookie], [id*=gdpr], [class*=gdpr]");
    private static final Evaluator ARTICLE_REGION = QueryParser.parse("article, main, [role=main], .hentry, .h-entry");
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    private static boolean wholePage(Element e) {
        return e.normalName().equals("body") || e.normalName().equals("html");
    }

    /** The selector definition inOverlay had before the climb. */
    private static boolean oldInOverlay(Element h) {
        Element overlay = h.closest(OVERLAY);
        if (overlay != null && !wholePage(overlay)) {
            return true;
        }
        Element box = h.closest(CONSENT_BOX);
        if (box == null || wholePage(box)) {
            return false;
        }
        for (Element e = h.closest(ARTICLE_REGION); e != null; e = e.parent()) {
            if (e == box) {
                return false;
            }
        }
        return true;
    }

    /** The selector definition linksHomeOnly had before the link walk. */
    private static boolean oldLinksHomeOnly(Element h) {
        Elements links = h.select(LINK);
        if (links.isEmpty()) {
            Element around = h.parent() == null ? null : h.parent().closest(LINK);
            if (around == null || !TitleFinder.HOME_ADDRESS.matcher(around.attr("href").trim()).matches()) {
                return false;
            }
            return TitleFinder.linksHomeOnly(h); // the holdsOnly part is unchanged: shared
        }
        if (links.size() != 1 || !links.get(0).text().trim().equals(h.text().trim())) {
            return false;
        }
        return TitleFinder.HOME_ADDRESS.matcher(links.get(0).attr("href").trim()).matches();
    }

    private static void assertSameEverywhere(Document doc) {
        for (Element e : doc.getAllElements()) {
            assertEquals(oldInOverlay(e), TitleFinder.inOverlay(e), () -> "inOverlay of " + e.cssSelector() + " in " + doc.html());
            assertEquals(oldLinksHomeOnly(e), TitleFinder.linksHomeOnly(e), () -> "linksHomeOnly of " + e.cssSelector() + " in " + doc.html());
            Elements links = e.select(LINK);
            Element sole = TitleFinder.soleLink(e);
            if (links.isEmpty()) {
                assertEquals(null, sole);
            } else if (links.size() == 1) {
                assertTrue(sole == links.get(0));
            } else {
                assertEquals("a", sole.normalName());
                assertFalse(links.contains(sole), "two links or more are told apart from each one");
            }
        }
    }

    @Test
    void edgeCases_matchTheSelectorDefinitions() {
        String[] pages = {
                "<html class='Modal-open'><body class='cookie-recipes'><h1>Title</h1></body></html>",
                "<div class='cookie-recipes'><article><h1>Title</h1></article></div>",
                "<article class='cookie-notice'><h1>Accept</h1></article>",
                "<div id='CookieConsent'><h2>We use cookies</h2></div>",
                "<div role=' Dialog '><h2>Sign up</h2></div><div role='main'><div id='gdpr'><h1>x</h1></div></div>",
                "<main><div class='gdpr'><h1>x</h1></div></main><div class='x H-Entry y'><div class='consent'><h1>y</h1></div></div>",
                "<div class='hentryx'><div class='consent'><h1>y</h1></div></div>",
                "<div class='PayWall'><article><h2>Subscribe</h2></article></div>",
                "<h1><a href='/'>Blog</a></h1><h1><a href=' https://example.org/ '> Blog </a></h1>",
                "<a href='/'><h1>Blog</h1></a><a href='./'><div><h1>Blog</h1></div><!-- c --> </a>",
                "<h1><a href='/'>Blog</a><a href='/'>Blog</a></h1><h1><a>Blog</a></h1><a href='/post'><h1>Post</h1></a>",
                "<h1><span><a href='/'>Blog</a></span> <b>more</b></h1><h1><a href='/'>Blog <a href='/x'>x</a></a></h1>",
                "<h1>",
                "",
        };
        for (String page : pages) {
            assertSameEverywhere(Jsoup.parse(page));
        }
    }

    @Test
    void theClimbStillFindsBoxesAndTheirExceptions() {
        Document doc = Jsoup.parse("<div class='newsletter-modal'><h2 id=a>Sign up</h2></div>"
                + "<div class='cookie-recipes'><article><h1 id=b>Cake</h1></article></div>"
                + "<div id='cookie-banner'><h2 id=c>Cookies</h2></div><header><h1 id=d><a href='/'>Blog</a></h1></header>");
        assertTrue(TitleFinder.inOverlay(doc.getElementById("a")));
        assertFalse(TitleFinder.inOverlay(doc.getElementById("b")));
        assertTrue(TitleFinder.inOverlay(doc.getElementById("c")));
        assertFalse(TitleFinder.inOverlay(doc.getElementById("d")));
        assertTrue(TitleFinder.linksHomeOnly(doc.getElementById("d")));
        assertFalse(TitleFinder.linksHomeOnly(doc.getElementById("b")));
    }

    private static final String[] TAGS = {"div", "section", "article", "main", "header", "aside", "h1", "h2", "span", "a", "p"};
    private static final String[] NAMES = {"Modal", "popup-box", "NEWSLETTER", "donate", "donation", "subscribe", "paywall",
            "cookie-bar", "CookieConsent", "consent", "GDPR", "gdpr-box", "hentry", "H-Entry", "x hentry y", "hentryx", "h-entry-x",
            "content", "post", "mod al", "cook ie", "main", "dialog", ""};
    private static final String[] ROLES = {"dialog", " Dialog ", "DIALOG", "main", "Main ", "dialogx", "", "banner"};
    private static final String[] HREFS = {"/", "./", " / ", "https://example.org/", "//example.org", "/post/1", "", "#top", "HTTP://EXAMPLE.ORG"};
    private static final String[] TEXTS = {"Blog", " Blog ", "News", "", "Blog Blog"};

    private static void box(Random random, StringBuilder out, int depth) {
        String tag = TAGS[random.nextInt(TAGS.length)];
        out.append('<').append(tag);
        if (random.nextInt(3) == 0) {
            out.append(" class='").append(NAMES[random.nextInt(NAMES.length)]).append('\'');
        }
        if (random.nextInt(4) == 0) {
            out.append(" id='").append(NAMES[random.nextInt(NAMES.length)].replace(' ', '-')).append('\'');
        }
        if (random.nextInt(6) == 0) {
            out.append(" role='").append(ROLES[random.nextInt(ROLES.length)]).append('\'');
        }
        if (tag.equals("a") && random.nextInt(4) != 0) {
            out.append(" href='").append(HREFS[random.nextInt(HREFS.length)]).append('\'');
        }
        out.append('>');
        int children = depth > 5 ? 0 : random.nextInt(4);
        for (int i = 0; i < children; i++) {
            if (random.nextInt(3) == 0) {
                out.append(TEXTS[random.nextInt(TEXTS.length)]);
            }
            if (random.nextInt(8) == 0) {
                out.append("<!-- note -->");
            }
            box(random, out, depth + 1);
        }
        if (random.nextBoolean()) {
            out.append(TEXTS[random.nextInt(TEXTS.length)]);
        }
        if (random.nextInt(10) != 0) {
            out.append("</").append(tag).append('>'); // now and then left open, as broken pages do
        }
    }

    @Test
    void randomTrees_matchTheSelectorDefinitions() {
        Random random = new Random(30);
        for (int page = 0; page < 3000; page++) {
            StringBuilder html = new StringBuilder("<html class='" + NAMES[random.nextInt(NAMES.length)] + "'><body class='"
                    + NAMES[random.nextInt(NAMES.length)] + "' id='" + NAMES[random.nextInt(NAMES.length)].replace(' ', '-') + "'>");
            int boxes = 1 + random.nextInt(3);
            for (int i = 0; i < boxes; i++) {
                box(random, html, 0);
            }
            assertSameEverywhere(Jsoup.parse(html.toString()));
        }
    }
}
