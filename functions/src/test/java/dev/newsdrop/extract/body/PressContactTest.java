package dev.newsdrop.extract.body;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PressContactTest {

    /** {@link PressContact#opensWithLabel(String)} by its definition: the whole text collapsed as jsoup collapses it, then sought. */
    private static boolean opensWithLabelByDefinition(String raw) {
        return PressContact.LABEL_OPENING.matcher(new TextNode(raw).text().stripLeading()).lookingAt();
    }

    /** Pieces of raw texts: labels and their parts in both cases, every kind of blank jsoup collapses or keeps, letters and marks. */
    private static final String[] PIECES = {"Pressekontakt", "PRESSE-KONTAKT", "Kontakt für die Medien", "kontakt für", " die ",
        "Medienschaffende", "Media contact", "media", "contacts", "press inquiries", "Contact presse", "relations médias",
        "Rückfragen bitte an", "rückfragen", "Für Rückfragen der Medien", "contatto stampa", "Perscontact", "kontakt dla mediów",
        " ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2003", "\u3000", "\u200b", "\u00ad", "\f", ":", "：", "Miriam Solbach",
        "Tel. 089 1234567", "x", "p", "K", "é", "中", "\uD83D\uDE00", "\uD83D", "Über uns", "für"};

    @Test
    void labelOpening_answersAsTheWholeCollapsedText_onRandomTexts() {
        Random random = new Random(29);
        int opening = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder raw = new StringBuilder();
            int blanksFirst = random.nextInt(4) == 0 ? random.nextInt(90) : random.nextInt(3);
            for (int b = 0; b < blanksFirst; b++) {
                raw.append(PIECES[18 + random.nextInt(10)]); // the kinds of blank, collapsed or not
            }
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                raw.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                raw.append("x".repeat(random.nextInt(80)));
            }
            String text = raw.toString();
            boolean expected = opensWithLabelByDefinition(text);
            opening += expected ? 1 : 0;
            assertEquals(expected, PressContact.opensWithLabel(text), () -> "\"" + text + "\"");
        }
        assertTrue(opening > 1_000, "labels opened " + opening + " texts"); // the inputs reach both answers
    }

    @Test
    void labelOpening_readsPastTheCollapsedOpening_whenTheLabelStartsLate() {
        String late = "\n".repeat(10) + "\u2003".repeat(50) + "Kontakt für die Medienschaffende: Miriam Solbach";
        assertTrue(opensWithLabelByDefinition(late));
        assertTrue(PressContact.opensWithLabel(late));
        String lateAndCut = "\u2003".repeat(40) + "Kontakt für die Medienschaffende";
        assertTrue(PressContact.opensWithLabel(lateAndCut), "the label runs past the opening's end");
        // "Kontakt" alone opens a bare label (whose block must then hold a number or an address); a longer word does not
        assertTrue(PressContact.opensWithLabel("\u2003".repeat(60) + "Kontakt zur Redaktion"));
        assertFalse(PressContact.opensWithLabel("\u2003".repeat(60) + "Kontaktlinsen im Test"));
        assertFalse(PressContact.opensWithLabel("\u2003".repeat(60) + "Zur Redaktion"));
        assertFalse(PressContact.opensWithLabel(""));
        assertEquals(StringUtil.normaliseWhitespace(late), new TextNode(late).text(), "jsoup collapses a text node's blanks so");
    }

    /** The blocks {@link PressContact#blockFrom} cuts from the first paragraph of a container's HTML, as the pruning walk asks. */
    private static int cutFromFirst(String html) {
        org.jsoup.nodes.Element root = org.jsoup.Jsoup.parseBodyFragment(html).body();
        TextStats stats = TextStats.measure(root);
        org.jsoup.nodes.Element first = root.child(0);
        return PressContact.blockFrom(first, stats.of(first)).size();
    }

    @Test
    void wireReleaseContactLabels_cutTheirBlock() {
        assertEquals(1, cutFromFirst("<p><strong>For further information, please contact:</strong><br>Lars Nyberg, Head of Investor "
                + "Relations<br>Phone: +47 22 55 01 90<br>E-mail: ir@skarvik.example</p>"));
        assertEquals(1, cutFromFirst("<p>媒体联系人：<br>陈佳怡<br>电话：+86 21 5555 0168<br>邮箱：media@lanhai.example</p>"));
        assertEquals(1, cutFromFirst("<p class=contact>연락처<br>한빛모빌리티 홍보팀<br>이지은 매니저<br>02-555-0199<br>pr@hanbit.example</p>"));
        assertEquals(1, cutFromFirst("<p><strong>Noot voor de redactie, niet voor publicatie:</strong><br>Voor meer informatie kunt u "
                + "contact opnemen met Bram Hoekstra, woordvoerder, via 06 5555 0133 of pers@dijkstra.example</p>"));
        assertEquals(2, cutFromFirst("<h3>Kontakter</h3><p>Anna Bergström<br>Presschef<br>anna@norrvatten.example<br>+46 70 555 01 23</p>"));
        // a sentence opening with the words is no label, and "Kontakter" over prose with no number or address is a section
        assertEquals(0, cutFromFirst("<p>For further information, please contact your local dealer, who can arrange a test ride.</p>"));
        assertEquals(0, cutFromFirst("<h3>Kontakter</h3><p>Vi har goda kontakter med kommunen och regionen.</p>"));
    }
}
