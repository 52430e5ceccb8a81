package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaidPartTest {

    private static final String TEXT = "Der Stadtrat hat den Entwurf am Montag beraten und will im Frühjahr entscheiden. ".repeat(4);

    @Test
    void paidPartEmptyOrMissing_isAbsent() {
        Document empty = Jsoup.parse("<article><p>Lead.</p><div class=paid-content></div></article>");
        assertTrue(MetadataReader.paidPartAbsent(empty, List.of(".paid-content")));
        assertTrue(MetadataReader.paidPartAbsent(empty, List.of(".paywall")));
    }

    @Test
    void paidPartHoldingText_isOnThePage() {
        Document whole = Jsoup.parse("<article><div class='body paywall' style='display:none'><p>" + TEXT + "</p></div></article>");
        assertFalse(MetadataReader.paidPartAbsent(whole, List.of(".paywall")));
        assertFalse(MetadataReader.paidPartAbsent(whole, List.of(".missing", ".paywall")));
    }

    @Test
    void noSelectorOrUnreadableSelector_saysNothing() {
        Document page = Jsoup.parse("<article><p>Lead.</p></article>");
        assertFalse(MetadataReader.paidPartAbsent(page, List.of()));
        assertFalse(MetadataReader.paidPartAbsent(page, List.of("div[[[")));
    }

    @Test
    void selectorMatchingADeepNest_isReadForAFewElementsOnly() {
        String nest = "<div class=paid>".repeat(20_000) + "x" + "</div>".repeat(20_000);
        Document page = Jsoup.parse("<article><p>Lead.</p>" + nest + "</article>");
        assertFalse(MetadataReader.paidPartAbsent(page, List.of(".paid")), "more elements than a part has: nothing is known of the part");
    }

    @Test
    void onlyPlainSelectorsOfPaidParts_areKept() {
        String page = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"isAccessibleForFree\":false,\"hasPart\":[{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,"
                + "\"cssSelector\":%s}]}</script></head><body><article><p>Lead.</p></article></body></html>";
        for (String plain : List.of("\".paywall\"", "\"div.meteredContent\"", "\".a, #b\"", "[\".paid\", \"section.premium\"]")) {
            JsonLdFacts facts = JsonLdFacts.of(Jsoup.parse(page.formatted(plain)).select("script[type=application/ld+json]"));
            assertFalse(facts.paidParts.isEmpty(), plain);
        }
        for (String hostile : List.of("\"p:matchesOwn((a|a)*b)\"", "\"div:has(div:has(div:has(p)))\"", "\"*\"", "\"[class~=(x+x+)+y]\"")) {
            JsonLdFacts facts = JsonLdFacts.of(Jsoup.parse(page.formatted(hostile)).select("script[type=application/ld+json]"));
            assertTrue(facts.paidParts.isEmpty(), hostile);
        }
    }

    /** {@link MetadataReader#paidPartAbsent} by its definition: every match of each selector collected first, then read in order. */
    private static boolean paidPartAbsentByDefinition(Document doc, List<String> selectors) {
        if (selectors.isEmpty()) {
            return false;
        }
        for (String css : selectors) {
            try {
                int read = 0;
                for (org.jsoup.nodes.Element e : doc.select(css)) {
                    if (++read > MetadataReader.MAX_PAID_ELEMENTS_READ) {
                        return false;
                    }
                    if (e.text().length() >= MetadataReader.MIN_PAID_PART_CHARS) {
                        return false;
                    }
                }
            } catch (RuntimeException unreadable) {
                return false;
            }
        }
        return true;
    }

    @Test
    void paidPartsFoundAsTheyAreRead_answerAsAllCollected_onRandomPages() {
        java.util.Random random = new java.util.Random(29);
        List<String> classes = List.of("a", "b", "c", "paid a", "b c");
        List<List<String>> selectorLists = List.of(List.of(".a"), List.of(".b", ".c"), List.of(".a, .c"), List.of("#x", ".b"),
                List.of("div.a"), List.of(".c, #x, p.b"), List.of(".missing"), List.of("div[["));
        int absent = 0;
        for (int round = 0; round < 2_000; round++) {
            StringBuilder html = new StringBuilder("<article>");
            int open = 0;
            for (int n = random.nextInt(40); n > 0; n--) {
                int pick = random.nextInt(4);
                if (pick == 0 && open > 0) {
                    html.append("</div>");
                    open--;
                } else if (pick == 1) {
                    html.append("<div class='").append(classes.get(random.nextInt(classes.size()))).append("'")
                            .append(random.nextInt(10) == 0 ? " id=x" : "").append(">");
                    open++;
                } else {
                    html.append("<p class='").append(classes.get(random.nextInt(classes.size()))).append("'>")
                            .append("Wort ".repeat(random.nextInt(random.nextBoolean() ? 10 : 60))).append("</p>");
                }
            }
            Document page = Jsoup.parse(html.append("</div>".repeat(open)).append("</article>").toString());
            for (List<String> selectors : selectorLists) {
                boolean expected = paidPartAbsentByDefinition(page, selectors);
                absent += expected ? 1 : 0;
                assertEquals(expected, MetadataReader.paidPartAbsent(page, selectors), () -> selectors + " on " + page.body().html());
            }
        }
        assertTrue(absent > 1_000 && absent < 15_000, "both answers are reached: " + absent);
    }

    /**
     * {@link MetadataReader#textReaches} answers as {@code e.text().length() >= min} does, on random nests of blocks,
     * inline elements, line breaks, scripts, CDATA, pre and textarea, holding blanks of every kind, the no-break space,
     * the soft hyphen, the zero-width space, control characters, surrogate pairs and letters, for every element and
     * bounds around each text's length.
     */
    @Test
    void textReaches_isTheTextsLengthReachingTheBound_onRandomNests() {
        java.util.Random random = new java.util.Random(29);
        String[] texts = {"a", "Wort ", " ", "\n", "\t", "\r\n", "\f", "\u00A0", "&nbsp;", "\u00AD", "&shy;", "\u200B", "\u2003", "\u3000",
            "\u0001", "\u001F", "\uD83D\uDE00", "<br>", "<!-- c -->", "<script>var x = 1;</script>", "<style>p{}</style>", "<![CDATA[ y ]]>",
            "<img alt=z>", "\u00e9t\u00e9", "&amp;", "  a  b  ", "<wbr>", "\u200C", "\u2028"};
        String[] tags = {"div", "p", "span", "b", "pre", "textarea", "li", "h2", "td", "template", "a", "noscript", "title"};
        int reached = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder html = new StringBuilder();
            java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
            for (int step = 0; step < 60; step++) {
                int pick = random.nextInt(5);
                if (pick < 2) {
                    String tag = tags[random.nextInt(tags.length)];
                    html.append('<').append(tag).append('>');
                    open.push(tag);
                } else if (pick == 2 && !open.isEmpty()) {
                    html.append("</").append(open.pop()).append('>');
                } else {
                    html.append(texts[random.nextInt(texts.length)].repeat(1 + random.nextInt(3)));
                }
            }
            for (org.jsoup.nodes.Element e : Jsoup.parse(html.toString()).getAllElements()) {
                int length = e.text().length();
                for (int min : new int[] {0, 1, Math.max(0, length - 1), length, length + 1, random.nextInt(80)}) {
                    boolean reaches = MetadataReader.textReaches(e, min);
                    assertEquals(length >= min, reaches, () -> min + " " + e.outerHtml());
                    reached += reaches ? 1 : 0;
                }
            }
        }
        assertTrue(reached > 10_000, "the bounds are reached and missed: " + reached);
    }
}
