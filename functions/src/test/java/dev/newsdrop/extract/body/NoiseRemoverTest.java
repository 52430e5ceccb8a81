package dev.newsdrop.extract.body;

import dev.newsdrop.extract.budget.Deadline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoiseRemoverTest {

    private static final String PROSE = "<p>The council approved the harbour budget on Tuesday after a long debate about dredging,"
            + " ferries and the fish market, and the mayor said the vote showed the city could still agree on big things.</p>"
            + "<p>Work on the north quay starts in spring and should be finished before the ferry season of next year,"
            + " when two new boats are due to arrive from the yard in the south.</p>";

    private static String cleaned(String html) {
        Element body = Jsoup.parse("<div>" + PROSE + PROSE + "</div>" + html).body();
        NoiseRemover.clean(body, TextStats.measure(body), Deadline.none());
        return body.text();
    }

    private static String comment(String name, String nameMarkup, String text) {
        return "<div" + nameMarkup + "><p><b>" + name + "</b> <time>3 March 2024</time></p><p>" + text + "</p><a href=#r>Reply</a></div>";
    }

    @Test
    void commentsTypedBySchemaOrg_areRemoved_whateverTheirClass() {
        String t = cleaned("<div class=box>" + comment("Ann", " itemscope itemtype=https://schema.org/Comment", "I fully agree with the mayor.")
                + comment("Bob", " itemscope itemtype=https://schema.org/Comment", "The quay has needed this for years.") + "</div>");
        assertFalse(t.contains("I fully agree"), t);
        assertFalse(t.contains("needed this for years"), t);
        assertTrue(t.contains("harbour budget"), t);
    }

    @Test
    void listOfTheArticlesRecordInMicrodata_goes_butABooksFactsStay() {
        String record = "<div itemscope itemtype=https://schema.org/NewsArticle><dl class=article-info><dt>Details</dt>"
                + "<dd itemprop=author itemscope itemtype=https://schema.org/Person>Geschrieben von: <span itemprop=name>Ann Roth</span></dd>"
                + "<dd>Kategorie: <a href=/lokal itemprop=genre>Lokales</a></dd>"
                + "<dd><time itemprop=datePublished datetime=2026-03-02>Veröffentlicht: 2. März 2026</time></dd></dl>" + PROSE + "</div>";
        String t = cleaned(record);
        assertFalse(t.contains("Geschrieben von"), t);
        assertFalse(t.contains("Kategorie: Lokales"), t);
        assertTrue(t.contains("north quay"), t);
        // the same properties of a reviewed book: its facts, content
        String book = "<div itemscope itemtype=https://schema.org/Book><ul>"
                + "<li>Autorin: <span itemprop=author>Mara Senn</span></li>"
                + "<li>Erschienen: <span itemprop=datePublished>2026</span></li>"
                + "<li>Genre: <span itemprop=genre>Roman</span></li></ul></div>";
        String b = cleaned(book);
        assertTrue(b.contains("Autorin: Mara Senn"), b);
        assertTrue(b.contains("Erschienen: 2026"), b);
        // one property in a list is a byline among facts, not a record
        String one = "<ul><li>Text: <span itemprop=author>Ann Roth</span></li><li>Ort: Stadthalle</li></ul>";
        assertTrue(cleaned(one).contains("Ort: Stadthalle"), cleaned(one));
    }

    @Test
    void backLinksStandingAsALine_go_butTheSameWordsInASentenceStay() {
        String t = cleaned("<div><a href=/liste>« Zurück zur Übersicht</a><h2>Termine</h2><p>Die Führung beginnt um zehn Uhr.</p>"
                + "<a href=/liste>zurück</a> | <a href=#top>nach oben</a></div>");
        assertFalse(t.contains("Zurück zur Übersicht"), t);
        assertFalse(t.contains("nach oben"), t);
        assertTrue(t.contains("Die Führung beginnt"), t);
        String sentence = cleaned("<p>Nach der Führung geht es mit dem Bus <a href=/bus>zurück</a> zum Bahnhof.</p>");
        assertTrue(sentence.contains("mit dem Bus zurück zum Bahnhof"), sentence);
        String item = cleaned("<ul><li><a href=/a>Back to the Future</a></li></ul>");
        assertTrue(item.contains("Back to the Future"), item);
    }

    @Test
    void japaneseChineseAndKoreanBackLinks_go_butTheSameWordsInASentenceStay() {
        String ja = cleaned("<div><p>市は来年度から新しい路線バスを走らせる。</p><a href=/chiiki/>地域ニュース一覧へ戻る</a> | "
                + "<a href=#top>ページの先頭へ</a></div>");
        assertFalse(ja.contains("一覧へ戻る") || ja.contains("ページの先頭へ"), ja);
        assertTrue(ja.contains("新しい路線バス"), ja);
        String zh = cleaned("<div><p>市政府宣布明年开通新的公交线路。</p><a href=/list>返回列表</a> · <a href=#top>回到顶部</a></div>");
        assertFalse(zh.contains("返回列表") || zh.contains("回到顶部"), zh);
        String ko = cleaned("<div><p>시는 내년부터 새 버스 노선을 운행한다.</p><a href=/list>목록으로</a> <a href=#top>맨 위로</a></div>");
        assertFalse(ko.contains("목록으로") || ko.contains("맨 위로"), ko);
        String sentence = cleaned("<p>選手たちは<a href=/team>チーム一覧へ戻る</a>前に記念撮影をした。</p>");
        assertTrue(sentence.contains("チーム一覧へ戻る"), sentence);
    }

    @Test
    void emptyLinkHoldsNoBackLinkWords_soItNeitherGoesNorLetsItsNeighbourGo() {
        // an anchor target is an empty link: "nach oben" beside it does not stand among back links alone
        String t = cleaned("<div><p>Die Führung beginnt um zehn Uhr.</p><a id=top></a><a href=#top>nach oben</a></div>");
        assertTrue(t.contains("nach oben"), t);
        String after = cleaned("<div><p>Die Führung beginnt um zehn Uhr.</p><a href=#top>nach oben</a><a id=end></a></div>");
        assertTrue(after.contains("nach oben"), after);
        // with the empty link on a line of its own, the back link stands alone again and goes
        String apart = cleaned("<div><p>Die Führung beginnt um zehn Uhr.</p><a id=top></a><br><a href=#top>nach oben</a></div>");
        assertFalse(apart.contains("nach oben"), apart);
    }

    @Test
    void smallBoxUnderAnAdLabel_goes_butASectionNamedAfterAdvertisingStays() {
        String t = cleaned("<div class=post><p>Anzeige</p><p>Winterreifen zum Aktionspreis – jetzt Termin sichern.</p></div>");
        assertFalse(t.contains("Winterreifen zum Aktionspreis"), t);
        String topic = cleaned("<div class=post><p>Werbung im Wandel</p><p>Plakate verschwinden aus den Innenstädten, sagt die Agentur.</p></div>");
        assertTrue(topic.contains("Plakate verschwinden"), topic);
        String label = cleaned("<div class=post><p>Sie sagte:</p><p>Anzeige</p><p>Das Amt prüft die Anzeige gegen den Wirt.</p></div>");
        assertTrue(label.contains("Das Amt prüft die Anzeige"), label);
    }

    @Test
    void commentsWithUgcLinks_areRemoved() {
        String ugc = "<div><p><a rel='external nofollow ugc' href='https://example.org/x'>%s</a></p><p>%s</p></div>";
        String t = cleaned("<section>" + ugc.formatted("Ann", "I fully agree with the mayor.")
                + ugc.formatted("Bob", "The quay has needed this for years.") + "</section>");
        assertFalse(t.contains("I fully agree"), t);
    }

    @Test
    void ugcLinks_areToldInAnyCaseAndSpacing_butNotInsideAnotherWord() {
        String ugc = "<div><p><a rel='%s' href='https://example.org/x'>%s</a></p><p>%s</p></div>";
        String t = cleaned("<section>" + ugc.formatted(" nofollow\tUGC ", "Ann", "I fully agree with the mayor.")
                + ugc.formatted("Ugc", "Bob", "The quay has needed this for years.") + "</section>");
        assertFalse(t.contains("I fully agree"), t);
        String notUgc = cleaned("<section>" + ugc.formatted("ugcx nofollow", "Ann", "I fully agree with the mayor.")
                + ugc.formatted("nougc", "Bob", "The quay has needed this for years.") + "</section>");
        assertTrue(notUgc.contains("I fully agree"), notUgc);
    }

    @Test
    void forumThread_declaredAsDiscussion_keepsItsReplies() {
        String t = cleaned("<div><div itemscope itemtype=https://schema.org/DiscussionForumPosting><p>Has anyone tried the new ferry?</p></div>"
                + comment("Ann", " itemscope itemtype=https://schema.org/Comment", "Yes, it is quick and quiet.")
                + comment("Bob", " itemscope itemtype=https://schema.org/Comment", "Too expensive for me.") + "</div>");
        assertTrue(t.contains("quick and quiet"), t);
    }

    @Test
    void oneUgcLinkInTheArticle_isNoThread() {
        String t = cleaned("<div><p>A reader, <a rel=ugc href=/u/ann>Ann</a>, sent us this photo of the quay at dawn.</p>"
                + "<p>The quay will be closed to cars during the works.</p></div>");
        assertTrue(t.contains("sent us this photo"), t);
    }

    @Test
    void smallBlockAroundEmailInput_isASignupBox() {
        String t = cleaned("<div><h3>Weekly briefing</h3><p>The harbour news every Friday in your inbox.</p>"
                + "<form><input type=email name=m></form></div>");
        assertFalse(t.contains("Weekly briefing"), t);
        assertFalse(t.contains("every Friday"), t);
    }

    @Test
    void collapsedFaqAnswers_declaredBySchemaOrg_stay_withTheQuestionInItsToggle() {
        String t = cleaned("<div itemscope itemtype=https://schema.org/FAQPage><div itemprop=mainEntity itemscope itemtype=https://schema.org/Question>"
                + "<h3><button aria-expanded=false aria-controls=a1><span itemprop=name>When do the works start?</span></button></h3>"
                + "<div id=a1 hidden itemprop=acceptedAnswer itemscope itemtype=https://schema.org/Answer><p itemprop=text>In spring.</p></div>"
                + "</div></div><div hidden><p>A hidden promotion.</p></div>");
        assertTrue(t.contains("When do the works start?"), t);
        assertTrue(t.contains("In spring."), t);
        assertFalse(t.contains("hidden promotion"), t);
    }

    @Test
    void commentsWithTimeAndReplyControl_areRemoved_butTimedTeasersStay() {
        String t = cleaned("<ul><li><b>Ann</b> <time>3 March</time><p>I fully agree with the mayor.</p><button>Antworten</button></li>"
                + "<li><b>Bob</b> <time>4 March</time><p>The quay has needed this for years.</p><button>Antworten</button></li></ul>"
                + "<ul><li><time>5 March</time><p>The ferry timetable changes on Monday for the whole summer.</p></li>"
                + "<li><time>6 March</time><p>Night buses run again from the harbour to the old town.</p></li></ul>");
        assertFalse(t.contains("I fully agree"), t);
        assertTrue(t.contains("Night buses run again"), t);
    }

    @Test
    void headerInsideTheArticle_isKept_theSiteBannerIsNot() {
        Element body = Jsoup.parse("<header><p>City Paper, your daily news from the harbour and the old town since 1899.</p></header>"
                + "<article><header><h1>Quay works</h1><p>The lead: the north quay will be rebuilt from spring on.</p></header>"
                + PROSE + "</article>").body();
        NoiseRemover.clean(body, TextStats.measure(body), Deadline.none());
        assertTrue(body.text().contains("The lead: the north quay"), body.text());
        assertFalse(body.text().contains("your daily news"), body.text());
    }

    @Test
    void paragraphsNamedPaywall_areTheArticle_evenHidden_theirPromptIsNot() {
        String t = cleaned("<p class=paywall>The ferry will run every half hour from May to September, and every hour in the winter months.</p>"
                + "<div class=paywall style='display:none'><p>The county paid 1.8 million euros for the boat, which was built in Denmark twenty years ago.</p></div>"
                + "<div class=paywall-prompt><p>Read on with Plus</p><ul><li>4 weeks for 1 euro</li><li>Cancel any time</li></ul><a href=/abo>Try it</a></div>");
        assertTrue(t.contains("every half hour"), t);
        assertTrue(t.contains("1.8 million euros"), t);
        assertFalse(t.contains("4 weeks for 1 euro"), t);
        assertFalse(t.contains("Read on with Plus"), t);
    }

    @Test
    void aDialogWithMoreProseThanTheArticle_goes_andTheArticleInAPageFormStays() {
        String policy = "<p>We store and read information on your device to run this website, to measure visits and to show content"
                + " from other providers; you can withdraw your consent at any time.</p>";
        Element body = Jsoup.parse("<form id=page method=post>" + PROSE + "</form><div class=layer role=dialog aria-hidden=true>"
                + policy.repeat(6) + "</div>").body();
        NoiseRemover.clean(body, TextStats.measure(body), Deadline.none());
        assertTrue(body.text().contains("harbour budget"), body.text());
        assertFalse(body.text().contains("withdraw your consent"), body.text());
    }

    @Test
    void unlinkedProseNamedTeaser_isTheLead_butALinkedTeaserCardGoes() {
        String t = cleaned("<p class=teaser>The old ferry returns after three years. The county bought a used boat and had it rebuilt.</p>"
                + "<div class=teaser><a href=/x>Harbour festival draws record crowds</a><p>More than 20,000 came on Saturday.</p></div>");
        assertTrue(t.contains("The old ferry returns after three years."), t);
        assertFalse(t.contains("Harbour festival"), t);
        String subtitle = cleaned("<div class=\"teaser lead\">Parliament votes for a national day of remembrance for veterans in June</div>");
        assertFalse(subtitle.contains("national day"), subtitle); // one sentence: a subtitle, as under a headline
        String card = cleaned("<ul><li class=a><article><header><h3><a href=/x>Search for the leak</a></h3><div class=teaser>The minister wants"
                + " an inquiry into the leak. The opposition calls it a distraction.</div></header></article></li></ul>");
        assertFalse(card.contains("The minister wants"), card); // a card's summary beside its linked headline
    }

    @Test
    void screenReaderTextNamedOffscreen_goes() {
        String t = cleaned("<div><h2>Has support changed?</h2><span class=h-offscreen>Open box</span></div>");
        assertTrue(t.contains("Has support changed?"), t);
        assertFalse(t.contains("Open box"), t);
    }

    @Test
    void contentBlockHeaderHoldingItsHeading_stays_butABannerWithLinksGoes() {
        String t = cleaned("<div class=recipe-ingredients><div class=recipe-ingredients-header><h3>Ingredients</h3>"
                + "<button>1x</button><button>2x</button></div><ul><li>1 cup butter</li><li>1 egg</li></ul></div>"
                + "<div class=site-header><h2>The Crumb Tin</h2><a href=/>Home</a> <a href=/about>About</a></div>");
        assertTrue(t.contains("Ingredients 1 cup butter"), t);
        assertFalse(t.contains("Crumb Tin"), t);
    }

    @Test
    void dataTableRowsWithLinkedNames_areRecords_notTeaserCards() {
        String t = cleaned("<table><tbody><tr><th>Character</th><th>Relation</th></tr>"
                + "<tr><td><a href=/w/a>Jonas Holt</a></td><td>Uncle</td></tr><tr><td><a href=/w/b>Ilja Varga</a></td><td>First officer</td></tr>"
                + "<tr><td><a href=/w/c>Anouk Sey</a></td><td>Doctor</td></tr></tbody></table>");
        assertTrue(t.contains("Jonas Holt Uncle"), t);
        assertTrue(t.contains("Anouk Sey Doctor"), t);
    }

    @Test
    void bemLayoutWithSidebar_keepsTheStoryChunksBetweenItsSidebars() {
        // a story split into rows of a layout block named for its sidebar, each row a text column and a
        // sidebar, the rows together the bulk of the page: the columns are content, the sidebars are not
        String row = "<div class=layout-sidebar__row><div class=layout-sidebar__main>%s</div>"
                + "<aside class=layout-sidebar__sidebar><p>Most read: the ferry timetable, the quay</p></aside></div>";
        Element body = Jsoup.parse("<article><div class='layout-sidebar layout-sidebar--narrow'>"
                + row.formatted("<p>The council approved the harbour budget on Tuesday after a long debate about dredging,"
                + " ferries and the fish market, and the mayor said the vote showed the city could agree.</p>")
                + row.formatted("<p>Work on the north quay starts in spring and should be finished before the ferry season of"
                + " next year, when two new boats are due to arrive from the yard in the south.</p>")
                + row.formatted("<p>The fish market moves to a hall by the station while the quay is closed, and traders said"
                + " they had been promised lower rents for the two years of the works there.</p>")
                + "</div></article><div class=teasers><p>Another story about the weather on the coast this weekend, with rain"
                + " expected in the north and sun in the south for most of the days ahead.</p></div>").body();
        NoiseRemover.clean(body, TextStats.measure(body), Deadline.none());
        String t = body.text();
        assertTrue(t.contains("harbour budget") && t.contains("north quay") && t.contains("fish market moves"), t);
        assertFalse(t.contains("Most read"), t);
    }

    @Test
    void customElement_namedPaywalled_isMeasuredAndKeptForItsProse() {
        // a web component (a hyphenated tag) wraps the paywalled part of the story: its prose is measured
        // like any container's, so it is told from a subscription prompt as a div would be
        Element body = Jsoup.parse("<main><p>Tuesday, 3 March</p><story-body class='locked paywall'><div>" + PROSE + PROSE
                + "</div></story-body><story-body class=paywall><div><p>Subscribe now</p><p>From 1 euro a month</p></div>"
                + "</story-body></main>").body();
        NoiseRemover.clean(body, TextStats.measure(body), Deadline.none());
        String t = body.text();
        assertTrue(t.contains("harbour budget") && t.contains("north quay"), t);
        assertFalse(t.contains("Subscribe now"), t);
    }

    private static String cleanedPage(String html) {
        Element body = Jsoup.parse(html).body();
        NoiseRemover.clean(body, TextStats.measure(body), Deadline.none());
        return body.text();
    }

    @Test
    void boxesBesideTheHeadlinesArticle_areNotKeptForTheirProse_butAWrapperAroundItIs() {
        String article = "<article><h1>Harbour budget approved</h1><p>The council approved the harbour budget on Tuesday after a long debate.</p>"
                + "<p>Work on the north quay starts in spring and should end before the ferry season.</p></article>";
        String sidebar = "<div class=sidebar><p>The Harbour Gazette has reported on the city since 1887, independent of any party,"
                + " and it is read in every house along the coast.</p><p>Write to us with your news: we read every letter and answer"
                + " most of them within a week, by post or by e-mail.</p></div>";
        String t = cleanedPage(article + sidebar);
        assertFalse(t.contains("since 1887"), t); // a sidebar holding more prose than the short article beside it
        assertTrue(t.contains("harbour budget"), t);
        // the same boilerplate word on a wrapper around the article: kept for the prose it holds
        t = cleanedPage("<div class=sidebar-layout>" + article + "</div>");
        assertTrue(t.contains("harbour budget"), t);
        // a headline outside any article: nothing is the article, the sidebar is kept for its prose as before
        t = cleanedPage(article.replace("<article>", "<div>").replace("</article>", "</div>") + sidebar);
        assertTrue(t.contains("since 1887"), t);
    }

    @Test
    void headlineArticleOfAHeadlineAndLeadAlone_confinesNothing_theTextBesideItIsKept() {
        // a theme that closes its <article> after the headline and lead and sets the text beside it,
        // in a block whose name reads as boilerplate
        String head = "<article><h1>Harbour budget approved</h1><p>The council approved the harbour budget on Tuesday"
                + " after a long debate about dredging and the ferry season's timetable.</p></article>";
        StringBuilder text = new StringBuilder("<div class=sidebar-content>");
        for (int i = 0; i < 8; i++) {
            text.append("<p>Paragraph ").append(i).append(" of the report: the north quay will be rebuilt in stages,"
                    + " and the ferries keep sailing while the work goes on, the harbour master said.</p>");
        }
        String t = cleanedPage(head + text + "</div>");
        assertTrue(t.contains("Paragraph 7 of the report"), t);
    }

    @Test
    void aHeadedListOfTeasersSetAfterTheHeadlinesBlock_isFurniture_evenWhenItHoldsMostOfThePagesProse() {
        String item = "<div class=item>"
                + "<h1>Fähre fährt wieder im Takt</h1><div class=txt>Nach der Reparatur eines Antriebs fährt die Autofähre"
                + " wieder im 15-Minuten-Takt. Am Wochenende mussten Autofahrer lange warten.</div></div>";
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            cards.append("<div class=entry><a href=/m").append(i).append("><b>Meldung ").append(i).append(" aus der Region</b></a>")
                    .append("<p>Die Bauarbeiten an der Kaimauer dauern drei Wochen, eine Umleitung über den Kurpark ist")
                    .append(" ausgeschildert, teilte die Stadtverwaltung am Montag mit.</p></div>");
        }
        String t = cleanedPage("<div class=col>" + item + "<div class=list><h2>Weitere Meldungen</h2>" + cards + "</div></div>");
        assertTrue(t.contains("Am Wochenende mussten Autofahrer lange warten."), t);
        assertFalse(t.contains("Weitere Meldungen") || t.contains("Kaimauer"), t);
        // a hub page's own picks under its headline and lead open with the first pick, not with a label: kept
        t = cleanedPage("<div class=col>" + item + "<div class=list>" + cards + "</div></div>");
        assertTrue(t.contains("Kaimauer"), t);
        // not after the headline's block (the headline is elsewhere): kept while it holds the bulk of the prose
        t = cleanedPage("<div class=col><div class=list><h2>Weitere Meldungen</h2>" + cards + "</div>" + item + "</div>");
        assertTrue(t.contains("Kaimauer"), t);
    }

    /** The text of an article whose body holds the given blocks, after noise removal. */
    private static String cleanedArticle(String bodyBlocks) {
        Element body = Jsoup.parse("<main><article><h1>Neue Intendantin am Stadttheater</h1><div class=article-body>" + bodyBlocks
                + "</div></article></main><div class=most-read><a href=/1>Museumsnacht lockt 8000 Besucher</a></div>").body();
        NoiseRemover.clean(body, TextStats.measure(body), Deadline.none());
        return body.text();
    }

    @Test
    void anAsideBetweenTheArticlesParagraphs_isTheTextsOwnBox_butNotAtTheEdgeOrWhenLinksOrNamedFurniture() {
        String before = "<p>Der Stadtrat hat die 41-Jährige am Donnerstag einstimmig gewählt. Sie tritt ihr Amt zur Spielzeit 2026/27 an.</p>";
        String after = "<p>Ihr Vorgänger geht nach zwölf Jahren in den Ruhestand. Er hinterlässt ein Haus mit stabilen Besucherzahlen.</p>";
        String box = "<aside class=infobox><h3>Zur Person</h3><p>Anna Vogt wurde 1984 in Kassel geboren. Sie studierte Regie in Hamburg.</p></aside>";
        String t = cleanedArticle(before + box + "<div class=ad-slot></div>" + after);
        assertTrue(t.contains("Zur Person") && t.contains("Anna Vogt wurde 1984"), t);
        assertTrue(t.contains("Ihr Vorgänger") && t.contains("Der Stadtrat"), t);
        // at the article's edge: furniture (a box of further reading, an author's card)
        t = cleanedArticle(before + after + box.replace("Zur Person", "Die Autorin"));
        assertFalse(t.contains("Anna Vogt wurde 1984"), t);
        // ...unless it opens with a label of a profile of the text's subject ({@link NoiseRemover#isSubjectProfile})
        t = cleanedArticle(before + after + box);
        assertTrue(t.contains("Anna Vogt wurde 1984"), t);
        // in the flow but links, or named furniture, or outside the article's container
        String links = "<aside><h3>Mehr aus Kultur</h3><ul><li><a href=/k1>Museumsnacht lockt 8000 Besucher in die Stadt</a></li>"
                + "<li><a href=/k2>Das Kinoprogramm der Woche im Überblick</a></li></ul></aside>";
        t = cleanedArticle(before + links + after);
        assertFalse(t.contains("Kinoprogramm"), t);
        t = cleanedArticle(before + box.replace("infobox", "newsletter-box") + after);
        assertFalse(t.contains("Anna Vogt wurde 1984"), t);
        // outside a declared container: between two paragraphs it is still the text's box; beside two columns of text it is a sidebar
        Element body = Jsoup.parse("<div>" + before + box + after + "</div>").body();
        NoiseRemover.clean(body, TextStats.measure(body), Deadline.none());
        assertTrue(body.text().contains("Anna Vogt wurde 1984"), body.text());
        body = Jsoup.parse("<div><div class=col>" + before + "</div>" + box + "<div class=col>" + after + "</div></div>").body();
        NoiseRemover.clean(body, TextStats.measure(body), Deadline.none());
        assertFalse(body.text().contains("Anna Vogt wurde 1984"), body.text());
        assertTrue(body.text().contains("Ihr Vorgänger"), body.text());
    }

    @Test
    void aSectionHeadedAsReadersCommentsOrANewsletter_isFurniture_whateverItsClass() {
        String t = cleaned("<div class=reviews><h3>Reacties (2)</h3><p><b>Henk</b>: Handige uitleg, gelukt in één middag!</p>"
                + "<p><b>Els</b>: Mooi resultaat.</p></div>");
        assertFalse(t.contains("Handige uitleg"), t);
        t = cleaned("<div class=nl-box><h4>La newsletter del mattino</h4><p>Iscriviti per ricevere ogni giorno le notizie della tua città.</p></div>");
        assertFalse(t.contains("Iscriviti"), t);
        t = cleaned("<div class=box><h4>Reise-Newsletter</h4><p>Jeden Donnerstag die besten Reiseideen direkt in Ihr Postfach.</p></div>");
        assertFalse(t.contains("Reiseideen"), t);
        // an opinion piece's genre label over its own text, and a section about newsletters longer than a sign-up box
        t = cleaned("<div class=box><h3>Kommentar</h3><p>Der Rat hat richtig entschieden, auch wenn es teuer wird.</p></div>");
        assertTrue(t.contains("Der Rat hat richtig entschieden"), t);
        t = cleaned("<section><h2>Warum wir einen Newsletter machen</h2>" + PROSE + "</section>");
        assertTrue(t.contains("Warum wir einen Newsletter machen"), t);
        assertTrue(t.contains("harbour budget"), t);
    }

    @Test
    void anAccordionsDisclosureButton_right_before_itsPanel_isThePanelsHeading() {
        String card = "<div class=card><div class=card-header><button class='btn btn-link' data-toggle=collapse data-target='#c%d'"
                + " aria-expanded=false>%s</button></div><div id=c%d class=collapse><div class=card-body>%s</div></div></div>";
        String t = cleaned("<div class=accordion>" + card.formatted(1, "Voraussetzungen", 1, "Sie müssen in der Stadt gemeldet sein.")
                + card.formatted(2, "Gebühren", 2, "37 Euro, für Personen unter 24 Jahren 22,80 Euro.") + "</div>");
        assertTrue(t.contains("Voraussetzungen") && t.contains("Gebühren"), t);
        assertTrue(t.contains("37 Euro"), t);
        // WAI-ARIA's own attribute, the panel right after the button
        t = cleaned("<div><button aria-expanded=false aria-controls=p1>Unterlagen</button><div id=p1>Den alten Ausweis mitbringen.</div></div>");
        assertTrue(t.contains("Unterlagen"), t);
        // a menu's button, whose menu is elsewhere, and a button that expands nothing named, stay out
        t = cleaned("<div class=bar><button aria-expanded=false aria-controls=site-menu>Menü öffnen</button></div><div id=x>Heute im Blatt.</div>"
                + "<div><button aria-expanded=false>Mehr anzeigen</button><div id=more>Weitere Zeilen.</div></div>");
        assertFalse(t.contains("Menü öffnen"), t);
        assertFalse(t.contains("Mehr anzeigen"), t);
    }

    @Test
    void everyArticleBodyNameHoldsAStem() {
        for (String name : NoiseRemover.ARTICLE_BODY_NAMES) {
            boolean held = false;
            for (String stem : NoiseRemover.ARTICLE_BODY_NAME_STEMS) {
                held |= name.contains(stem);
            }
            assertTrue(held, name);
        }
    }

    @Test
    void aDealsBox_aTitleOverAListOfPaidOffers_goesWhole_aProductHeadingOrAnUnpaidLinkKeepsIt() {
        String before = "<p>Der Wasserkocher ist leise und kocht einen Liter in gut zwei Minuten. Das Gehäuse wird außen kaum warm.</p>";
        String after = "<p>Die Kalkanzeige ist klein geraten, sonst gibt es wenig zu bemängeln. Der Preis ist fair.</p>";
        String offers = "<ul><li><span>44,99 €</span> <a href='https://a.example/k' rel='sponsored nofollow'>Zum Shop A</a></li>"
                + "<li><span>49,00 €</span> <a href='https://b.example/k' rel='sponsored'>Zum Shop B</a></li></ul>";
        String t = cleanedArticle(before + "<div class=x><p>Die besten Angebote für den Kocher</p>" + offers + "</div>" + after);
        assertFalse(t.contains("Die besten Angebote"), t);
        assertTrue(t.contains("Der Wasserkocher ist leise") && t.contains("Der Preis ist fair."), t);
        // the title set inline, a span beside the list
        t = cleanedArticle(before + "<div class=x><span>Die besten Angebote für den Kocher</span>" + offers + "</div>" + after);
        assertFalse(t.contains("Die besten Angebote"), t);
        // a product named by a heading over its shops: the article's own item
        t = cleanedArticle(before + "<div class=x><h3>Kocher in Schwarz</h3>" + offers + "</div>" + after);
        assertTrue(t.contains("Kocher in Schwarz"), t);
        // an offer linked without the paid mark: not a shop widget by its markup
        t = cleanedArticle(before + "<div class=x><p>Die besten Angebote für den Kocher</p>"
                + offers.replace(" rel='sponsored'", "") + "</div>" + after);
        assertTrue(t.contains("Die besten Angebote"), t);
    }
    @Test
    void aProfileOfTheTextsSubject_isKept_theWritersCardIsNot() {
        String body = PROSE + PROSE;
        String t = cleanedArticle(body + "<p class=story-bio><i>Zur Person: Lena Brandt, 41, leitet das Theater seit Januar.</i></p>");
        assertTrue(t.contains("Lena Brandt, 41"), t);
        t = cleanedArticle(body + "<aside class=infobox><h4>Steckbrief</h4><p>Lena Brandt wurde 1985 in Kassel geboren und spielte zwölf Jahre in Wien.</p></aside>");
        assertTrue(t.contains("1985 in Kassel"), t);
        // the writer's card, or a profile box that links away, stays furniture
        t = cleanedArticle(body + "<p class=story-bio><i>Über die Autorin: Jana Roth schreibt seit 2010 über Theater und Oper.</i></p>");
        assertFalse(t.contains("Jana Roth"), t);
        t = cleanedArticle(body + "<aside class=infobox><h4>Zur Person</h4><p>Lena Brandt leitet das Theater. <a href=/brandt>Alle Artikel über sie</a></p></aside>");
        assertFalse(t.contains("Alle Artikel"), t);
    }

    @Test
    void ratingWidgets_gatedAndOfOneWalk_answerAsTheirText_onRandomNests() {
        java.util.Random random = new java.util.Random(31);
        String[] texts = {"★★★★☆", " ☆ ☆ ", "4,7/5 (128 avis)", "4.3/5 · 57 votes", "Menu", "Notez", "/5", "", " ", "\n", "3 / 10 x9", "★ ok",
            "4", "/", "5 (12)", "&#9733;", "4&#47;5 (3 votes)", "⭐", "✯\u00a0", "<!-- 4/5 (9) -->", "<script>x='4/5 (2)'</script>", "<br>", "<![CDATA[★]]>"};
        String[] tags = {"div", "span", "p", "b", "pre", "li", "section", "textarea", "template", "svg"};
        for (int round = 0; round < 400; round++) {
            String html = RandomNests.html(random, tags, texts, 40, 1);
            Element body = Jsoup.parse(html).body();
            NoiseRemover.RatingWidgets walk = new NoiseRemover.RatingWidgets();
            for (Element e : body.getAllElements()) {
                if (random.nextInt(5) == 0) {
                    continue; // the walk asks only the blocks of a widget's shape
                }
                boolean expected = NoiseRemover.isRatingWidgetText(e.text()); // the definition: the element's text
                org.junit.jupiter.api.Assertions.assertEquals(expected, NoiseRemover.isRatingWidget(e), () -> e.outerHtml());
                org.junit.jupiter.api.Assertions.assertEquals(expected, walk.isRatingWidget(e), () -> e.outerHtml());
            }
        }
    }

    @Test
    void aNestOfWrappersAroundOneStarLine_isOneWidget_andAroundAPlainLineNone() {
        String stars = "<div>".repeat(300) + "★★★★☆" + "</div>".repeat(300);
        Element body = Jsoup.parse(stars).body();
        NoiseRemover.RatingWidgets walk = new NoiseRemover.RatingWidgets();
        assertTrue(walk.isRatingWidget(body.child(0)));
        body = Jsoup.parse("<div>".repeat(300) + "Menu items" + "</div>".repeat(300)).body();
        walk = new NoiseRemover.RatingWidgets();
        for (Element e : body.getAllElements()) {
            assertFalse(walk.isRatingWidget(e));
        }
    }

    @Test
    void aCriticsVerdictLine_isTheReviewsOwnScore_aReadersMeanWithItsCountIsNot() {
        for (String line : List.of("Rating: 8/10", "Note : 4/5", "Wertung: 8 von 10", "Unsere Wertung: 8,5/10", "Voto: 7/10", "Betyg: 4/5",
                "Ocena: 8/10", "Score: 3.5 out of 5", "Note: 1,7", "Note: 1,7 gut", "Testnote: 2,3 (befriedigend)", "Testurteil: gut (1,9)",
                "Gesamtnote: 2,0", "Оценка: 7/10", "Наша оценка: 8 из 10", "Оцінка: 9/10", "Puan: 8/10")) {
            assertTrue(NoiseRemover.CRITICS_VERDICT.matcher(line).matches(), line);
        }
        for (String line : List.of("Rating: 4.3/5 (57 votes)", "Rate this article", "8/10", "Note : 4/5 ★★★★☆", "Note: 7,5", "Note: 1,7 Millionen",
                "Testurteil: gut")) {
            assertFalse(NoiseRemover.CRITICS_VERDICT.matcher(line).matches(), line);
        }
    }

    @Test
    void aProsOrConsLabelOpeningALine_marksTheReviewsVerdict_otherOpeningsDoNot() {
        for (String html : List.of("<p><strong>장점</strong> 뛰어난 노이즈 캔슬링, 편안한 착용감</p>", "<p><b>Contra:</b> nur 12 GB Speicher</p>",
                "<p>Les moins : prix en hausse</p>", "<p>Minusy: zagmatwany interfejs</p>", "<div><h4>The Good</h4>Excellent camera</div>")) {
            assertTrue(NoiseRemover.isProsConsLine(Jsoup.parseBodyFragment(html).body().child(0)), html);
        }
        for (String html : List.of("<p><strong>Plus:</strong> sign up for our newsletter</p>", "<p>Pro tip: restart the router first.</p>",
                "<p><strong>Der Profi</strong> rät zum Neustart</p>", "<p>Lo mejor de la semana</p>")) {
            assertFalse(NoiseRemover.isProsConsLine(Jsoup.parseBodyFragment(html).body().child(0)), html);
        }
    }
}
