package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The furniture and repeats set between the parts of structured articles (interviews, explainers, galleries, fact checks,
 * newsletters): pull quotes ({@link PullQuotes}), a player's label and placeholder and a slide caption's counter
 * ({@link ContentPruner}), and the reader appeals {@link Notices} reads.
 */
class StructuredTextTest {

    private static final String PROSE = "The council approved the harbour budget on Tuesday after a long debate about dredging,"
            + " ferries and the fish market, and the mayor said the vote showed the city could still agree on big things.";

    private static Element pruned(String html) {
        Element container = Jsoup.parseBodyFragment("<div>" + html + "</div>").body().child(0);
        ContentPruner.prune(container, TextStats.measure(container), null, dev.newsdrop.extract.budget.Deadline.none());
        return container;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<blockquote class=wp-block-pullquote><p>the vote showed the city could still agree on big things</p><cite>Mayor Ann Lee</cite></blockquote>",
        "<aside class=pullquote><p>“The vote showed the city could still agree on big things.”</p></aside>",
        "<figure class=wp-block-pullquote><blockquote><p>The vote showed the city could still agree on big things</p><cite>Ann Lee</cite></blockquote></figure>"})
    void pullQuote_repeatingASentenceOfTheText_goesWithItsAttribution(String quote) {
        Element c = pruned("<p>" + PROSE + "</p>" + quote + "<p>" + PROSE.replace("harbour", "airport") + "</p>");
        String text = c.text();
        assertEquals(2, count(text.toLowerCase(java.util.Locale.ROOT), "the vote showed the city could still agree on big things"), text);
        assertFalse(text.contains("Ann Lee"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a quotation the text does not hold: a letter quoted at length, a post, a short repeated word
        "<blockquote><p>We regret to inform residents that the ferry timetable will change from Monday.</p><cite>Ferry company</cite></blockquote>",
        "<aside><h3>Zur Person</h3><p>Ann Lee, 52, has led the council since 2019 and was a harbour pilot before.</p></aside>",
        "<blockquote><p>Big things.</p></blockquote>"})
    void quotationNotRepeatingTheText_stays(String quote) {
        String alone = Jsoup.parseBodyFragment(quote).body().text();
        Element c = pruned("<p>" + PROSE + "</p>" + quote + "<p>" + PROSE + "</p>");
        assertTrue(c.text().contains(alone), c.text());
    }

    @Test
    void quotationRepeatedOnlyByACaption_stays() {
        String other = "Ferries will run every twenty minutes from March, the port authority said on Tuesday evening.";
        Element c = pruned("<p>" + other + "</p><figure><img src=/a.jpg><figcaption>Ann Lee: “We can still agree on big things"
                + " in this city.”</figcaption></figure><blockquote><p>We can still agree on big things in this city.</p></blockquote>"
                + "<p>" + other + "</p>");
        assertEquals(1, c.getElementsByTag("blockquote").size(), c.html());
    }

    @Test
    void twoPullQuotesRepeatingEachOther_leaveOne() {
        String quote = "<blockquote><p>Nobody expected a harbour budget to pass so quickly this year.</p></blockquote>";
        Element c = pruned("<p>" + PROSE + "</p>" + quote + "<p>" + PROSE + "</p>" + quote);
        assertEquals(1, count(c.text(), "Nobody expected a harbour budget"), c.text());
    }

    @Test
    void pullQuotesPastTheFirstTwenty_areLeft_soThatThousandsOfQuotationBlocksCostNoQuadraticTime() {
        StringBuilder html = new StringBuilder();
        int blocks = PullQuotes.MAX_CANDIDATES + 30;
        for (int i = 0; i < blocks; i++) {
            String sentence = "Sentence number " + i + " of the long article says something quotable about the harbour today.";
            html.append("<p>").append(sentence).append(" More words follow here.</p><blockquote>").append(sentence).append("</blockquote>");
        }
        Element c = pruned(html.toString());
        assertEquals(blocks - PullQuotes.MAX_CANDIDATES, c.getElementsByTag("blockquote").size(), c.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Audio: Bahnstreik – was Pendler wissen müssen (3 Min)", "Podcast: Die Woche in Brüssel (28 Min.)",
        "Listen: The harbour budget explained (4 minutes)", "Player wird geladen …", "Loading player…", "Chargement du lecteur..."})
    void playerLabelsAndPlaceholders_areCut(String line) {
        assertEquals(PROSE + " " + PROSE, pruned("<p>" + PROSE + "</p><p>" + line + "</p><p>" + PROSE + "</p>").text(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Audio recordings were played in court for three hours (3 min each).",
        "Die Aufzeichnung lief nur kurz (3 Min).", "Listen to the people who live here, the mayor said."})
    void linesThatOnlyLookLikePlayerLabels_stay(String line) {
        assertEquals(PROSE + " " + line + " " + PROSE, pruned("<p>" + PROSE + "</p><p>" + line + "</p><p>" + PROSE + "</p>").text(), line);
    }

    @Test
    void slideCaptionOpenedByItsCounter_losesTheCounter() {
        Element c = pruned("<p>" + PROSE + "</p><div class=slide><img src=/a.jpg><div class=legend><span class=n>2/3</span>"
                + "<p>Seuls quelques rangs de gewurztraminer avaient été laissés sur pied.</p></div></div><p>" + PROSE + "</p>");
        assertFalse(c.text().contains("2/3"), c.text());
        assertTrue(c.text().contains("Seuls quelques rangs"), c.text());
    }

    @Test
    void captionOpenedByAFractionWithNoPictureBefore_staysWhole() {
        Element c = pruned("<p>" + PROSE + "</p><div><span>1/3</span> of the ferries were cancelled on Monday.</div><p>" + PROSE + "</p>");
        assertTrue(c.text().contains("1/3 of the ferries"), c.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Reading Room is reader-funded. If you value our interviews, please consider a monthly donation.",
        "Unsere Faktenchecks sind für alle frei zugänglich. Unterstützen Sie uns mit einer Spende.",
        "Thanks for reading Slow Cities! Subscribe for free to receive new posts and support my work.",
        "Chcesz czytać więcej? Wykup dostęp do Gazety Premium za 9,90 zł miesięcznie.",
        "Ladda ner Radio Syd-appen och lyssna var du vill.",
        "Lakeshore Public Radio depends on listener support. Please consider a gift of any amount today.",
        "Verifica Italia è indipendente. Se apprezzi il nostro lavoro, per favore considera una donazione.",
        "Vind je dit stuk waardevol? Overweeg dan een donatie."})
    void readerAppeals_areNotices(String text) {
        assertTrue(Notices.isNotice(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"تابعوا آخر الأخبار عبر قناتنا على واتساب",
        "للانضمام إلى قناة بوابة النيل على تيليجرام اضغط هنا",
        "انضم لقناة مصراوي اليوم على واتساب",
        "تابعونا على الواتساب لمعرفة آخر المستجدات",
        "ہمارے واٹس ایپ چینل کو فالو کریں",
        "به کانال تلگرام ما بپیوندید"})
    void channelPitchesInArabicScript_areNotices(String text) {
        assertTrue(Notices.isNotice(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"قالت الشركة إن أكثر من مليون مستخدم انضموا إلى قناتها على واتساب خلال أسبوع.",
        "أعلنت الوزارة إطلاق قناة رسمية على تيليجرام لنشر نتائج الامتحانات.",
        "انضم أكثر من مليون مستخدم إلى قناة الوزارة على تيليجرام.",
        "تابعوا الشرطة عبر واتساب رسائل المتهمين قبل القبض عليهم."})
    void reportsNamingAppsInArabicScript_areNoNotices(String text) {
        assertFalse(Notices.isNotice(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The charity urged people to consider a donation before Christmas.",
        "The museum said visitors could subscribe to receive new posts about the excavation.",
        "Ladda ner BankID-appen innan du ringer banken, råder polisen.",
        "The family asked mourners to consider a gift to the hospice instead of flowers.",
        "Considera una donazione di sangue ogni anno, consiglia il medico.",
        "Overweeg een donatie aan een goed doel met een ANBI-status, adviseert de Belastingdienst."})
    void reportsOfAppeals_areNoNotices(String text) {
        assertFalse(Notices.isNotice(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vous avez un doute sur une information ? Écrivez-nous à verif@leverificateur.example.",
        "Haben Sie eine zweifelhafte Behauptung gesehen? Schicken Sie sie uns per WhatsApp an 0151 23456789.",
        "Want us to fact-check something? Email factcheck@paper.example"})
    void factCheckDesksRequests_areTipBoxes(String text) {
        assertTrue(Notices.isTipBox(text), text);
    }
}
