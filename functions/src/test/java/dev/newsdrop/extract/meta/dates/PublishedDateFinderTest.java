package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishedDateFinderTest {

    private static String published(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        return MetadataReader.read(doc, url).publishedAt();
    }

    @Test
    void courtDecisionLines_nameTheDecisionsDate() {
        for (String line : new String[] {"Urteil vom 3. Dezember 2026 - 5 StR 123/26", "BAG, Beschluss vom 18.11.2026 – 9 AZR 211/25",
                "Judgment of 3 December 2026", "Arrêt du 26 novembre 2026", "Sentenza n. 31874 del 20 novembre 2026",
                "Sentencia de 4 de diciembre de 2026", "Uitspraak van 2 december 2026", "Wyrok z dnia 3 grudnia 2026 r.",
                "Rozsudek ze dne 26. listopadu 2026"}) {
            assertTrue(FirstWrittenDate.datesADecision(line), line);
        }
        for (String line : new String[] {"Veröffentlicht am 4. Dezember 2026", "Updated December 4, 2026", "Publié le 3 décembre 2026",
                "Verhandlungstermin: 15. Januar 2027", "Decision day: 4 December 2026"}) {
            assertFalse(FirstWrittenDate.datesADecision(line), line);
        }
    }

    @Test
    void commentaryArticle_isNotSkippedAsComments() {
        String html = "<html><body><div class='commentary__wrapper'><h1>Why budgets matter</h1>"
                + "<div class='info'>Dec 18, 2023 <span>3 min read</span></div><p>Text.</p></div>"
                + "<div class='comments'><p>Jan 2, 2024</p></div></body></html>";
        assertEquals("2023-12-18", published(html, "https://example.org/commentary/why-budgets-matter"));
    }

    @Test
    void readersComments_areSkipped() {
        String html = "<html><body><h1>Headline</h1><div id='comments'><p>Jan 2, 2024</p></div>"
                + "<p>Feb 3, 2024</p></body></html>";
        assertEquals("2024-02-03", published(html, "https://example.org/story"));
    }

    @Test
    void bylineTimeBelowHeadline_refinesTheUrlDay() {
        String html = "<html><body><h1>Film opens</h1><small>posted on "
                + "<time datetime='2024-03-27T23:30:00-05:00'>2024-03-27 23:30 EST</time></small><p>Text.</p></body></html>";
        assertEquals("2024-03-27T23:30:00-05:00", published(html, "https://example.org/news/2024-03-28/film-opens"));
    }

    @Test
    void timeInBylineBox_refinesTheUrlDay() {
        // No article element, no microdata, the headline an h2: the byline box's time still dates the story.
        String menu = "<ul>" + "<li><a href='/section'>Section</a></li>".repeat(30) + "</ul>"; // far below the logo's h1
        String html = "<html><body><h1><a href='/'>Daily Ledger</a></h1>" + menu + "<h2 class='headline'>Film opens</h2>"
                + "<div class='story-meta'><p class='story-meta__authors'>By Ann Lee</p>"
                + "<p class='story-meta__timestamp'><time datetime='2024-03-28 05:00:00'>03/28/2024 05:00 AM</time></p></div>"
                + "<p>Text.</p></body></html>";
        assertEquals("2024-03-28", published(html, "https://example.org/news/2024/03/27/film-opens"));
    }

    @Test
    void timeInBylineBox_outranksAnEarlierStrayTime() {
        String html = "<html><body><header><time datetime='2024-05-02'>Thursday 2 May 2024</time></header>"
                + "<h2>Le film sort</h2><div class='signature'><span class='auteur'>Par Claire Dubois</span> "
                + "<time datetime='2024-03-27T10:00:00+01:00'>27 mars 2024</time></div><p>Texte.</p></body></html>";
        assertEquals("2024-03-27T10:00:00+01:00", published(html, "https://example.org/culture/le-film-sort"));
    }

    @Test
    void pubdateTime_outranksATimeInAMetaBox() {
        String html = "<html><body><h2>Film opens</h2><p><time pubdate datetime='2024-03-27T10:00:00Z'>27 March</time></p>"
                + "<div class='card-meta'><time datetime='2024-03-20T08:00:00Z'>20 March</time></div></body></html>";
        assertEquals("2024-03-27T10:00:00Z", published(html, "https://example.org/news/film-opens"));
    }

    @Test
    void timeInUpdateBox_isNotTheBylineTime() {
        String html = "<html><body><h2>Film opens</h2><div class='meta'><span class='last-updated'>"
                + "<time datetime='2024-03-28T10:00:00Z'>28 March</time></span></div></body></html>";
        assertEquals("2024-03-27", published(html, "https://example.org/news/2024/03/27/film-opens"));
    }

    @Test
    void articleMarkedAsTakingComments_isSearchedForItsDate() {
        String html = "<html><body><div class='post has-comments'><h1>Film opens</h1><p>27 March 2024</p>"
                + "<div class='comments'><p>2 April 2024</p></div></div></body></html>";
        assertEquals("2024-03-27", published(html, "https://example.org/news/film-opens"));
    }

    @Test
    void timeShownWithZone_refinesADatetimeWithoutOne() {
        String html = "<html><body><article><h1>Film opens</h1><p class='timestamp'>"
                + "<time datetime='2024-03-27 05:00:00'>03/27/2024 05:00 AM EST</time></p></article></body></html>";
        assertEquals("2024-03-27T05:00:00-05:00", published(html, "https://example.org/news/film-opens"));
    }

    @Test
    void distantTime_leavesTheUrlDay() {
        String html = "<html><body><h1>Film opens</h1><time datetime='2024-03-01T10:00:00Z'>1 March</time></body></html>";
        assertEquals("2024-03-28", published(html, "https://example.org/news/2024/03/28/film-opens"));
    }

    @Test
    void updateTimeBelowHeadline_isPassedOver() {
        String html = "<html><body><h1>Film opens</h1><time class='updated' datetime='2024-04-02T10:00:00Z'>Updated</time>"
                + "<time datetime='2024-03-27T10:00:00Z'>27 March</time></body></html>";
        assertEquals("2024-03-27T10:00:00Z", published(html, "https://example.org/news/film-opens"));
    }

    @Test
    void jsonLdDateCreated_ranksBelowPublishedMeta() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"dateCreated\":\"2024-03-20T09:00:00Z\"}</script>"
                + "<meta property='article:published_time' content='2024-03-27T10:00:00Z'></head><body><h1>H</h1></body></html>";
        assertEquals("2024-03-27T10:00:00Z", published(html, "https://example.org/story"));
    }

    @Test
    void bareJsonLdDay_takesTheTimeOfAMetaTagOnTheSameDay() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-03-27\"}</script>"
                + "<meta property='article:published_time' content='2024-03-27T22:30:00-05:00'></head><body></body></html>";
        assertEquals("2024-03-27T22:30:00-05:00", published(html, "https://example.org/story"));
    }

    @Test
    void updateLabel_hidesTheDateAfterIt() {
        assertEquals("2024-05-02", DateLabels.dateBeforeUpdate("Published 2 May 2024, updated 9 May 2024"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Updated May 9, 2024"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Mis à jour le 9 mai 2024"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Actualisé le 9 mai 2024"));
        assertEquals("2024-05-02", DateLabels.dateBeforeUpdate("2 мая 2024, обновлено 9 мая 2024"));
    }

    @Test
    void updateLabelsOfMoreLanguages_hideTheDateAfterThem() {
        assertEquals(null, DateLabels.dateBeforeUpdate("Oppdatert 12. februar 2023 kl. 09.05"), "Norwegian");
        assertEquals(null, DateLabels.dateBeforeUpdate("Uppdaterad 12 februari 2023"), "Swedish");
        assertEquals(null, DateLabels.dateBeforeUpdate("Päivitetty 12.2.2023 klo 9.05"), "Finnish");
        assertEquals(null, DateLabels.dateBeforeUpdate("Actualizat: 12 februarie 2023"), "Romanian");
        assertEquals(null, DateLabels.dateBeforeUpdate("Ažurirano 12. veljače 2023."), "Croatian");
        assertEquals(null, DateLabels.dateBeforeUpdate("ΕΝΗΜΕΡΩΣΗ: 12 ΦΕΒΡΟΥΑΡΙΟΥ 2023"), "Greek capitals");
        assertEquals(null, DateLabels.dateBeforeUpdate("수정 2023. 02. 11. 09:05"), "Korean edit line");
        assertEquals("2023-02-10", DateLabels.dateBeforeUpdate("입력 2023. 02. 10. 14:20 수정 2023. 02. 11. 09:05"));
        assertEquals("2023-02-10", DateLabels.dateBeforeUpdate("Publisert 10.02.2023, oppdatert 12.02.2023"));
    }

    @Test
    void updateLabelsOfThaiBulgarianAndMalay_andPublicationLabelsOfDanishBulgarianAndPersian() {
        assertEquals(null, DateLabels.dateBeforeUpdate("อัปเดต 13 มิ.ย. 2568 09:05 น."), "Thai, no space after the word");
        assertEquals(null, DateLabels.dateBeforeUpdate("Обновена: 13.06.2025 09:05"), "Bulgarian");
        assertEquals(null, DateLabels.dateBeforeUpdate("Dikemas kini 13 Jun 2025"), "Malay");
        assertEquals("2025-06-12", DateLabels.dateBeforeUpdate("อัปเดต 13 มิ.ย. 2568 09:05 น. · เผยแพร่ 12 มิ.ย. 2568 14:30 น.")
                .substring(0, 10));
        assertEquals("2025-06-12", DateLabels.dateBeforeUpdate("Обновена: 13.06.2025 09:05 | Публикувана: 12.06.2025 14:30")
                .substring(0, 10));
        assertEquals("2025-06-12", DateLabels.dateBeforeUpdate(
                "Opdateret 13. juni 2025 kl. 09.05 – Offentliggjort 12. juni 2025 kl. 14.30").substring(0, 10));
        assertEquals("2025-06-12", DateLabels.dateBeforeUpdate("به‌روزرسانی: ۲۳ خرداد ۱۴۰۴ - انتشار: ۲۲ خرداد ۱۴۰۴"));
    }

    @Test
    void updateAndPublicationLabelsOfTurkishPolishHungarianRomanianHindiBengaliAndUrdu() {
        String[][] lines = {
                {"Güncellenme Tarihi: 07 Mart 2025 09:15 · Oluşturulma Tarihi: 05 Mart 2025 14:30", "Turkish"},
                {"Aktualizacja: 07.03.2025 09:15 · Publikacja: 05.03.2025 14:30", "Polish"},
                {"Frissítve: 2025.03.07. 09:15 · Létrehozva: 2025.03.05. 14:30", "Hungarian"},
                {"Actualizat: 07.03.2025 · Data publicării: 05.03.2025", "Romanian"},
                {"अपडेटेड: 7 मार्च 2025 | पब्लिश्ड: 5 मार्च 2025", "Hindi"},
                {"আপডেট: ০৭ মার্চ ২০২৫, ০৯:১৫ | প্রকাশ: ০৫ মার্চ ২০২৫, ১৪:৩০", "Bengali"},
                {"اپ ڈیٹ: 07 مارچ 2025 | شائع: 05 مارچ 2025", "Urdu"}};
        for (String[] line : lines) {
            assertEquals("2025-03-05", DateLabels.dateBeforeUpdate(line[0]).substring(0, 10), line[1]);
        }
    }

    @Test
    void updateLabelWrittenAfterItsDate_inChineseAndJapanese_leavesTheOtherDateAsThePublication() {
        assertEquals("2025-03-05", DateLabels.dateBeforeUpdate("2025年3月7日 9時15分 更新（2025年3月5日 14時30分 公開）"));
        assertEquals("2025-03-05", DateLabels.dateBeforeUpdate("2025-03-07 09:15 更新 · 2025-03-05 14:30 发布").substring(0, 10));
        assertEquals("2025-03-05", DateLabels.dateBeforeUpdate("2025年3月5日 公開 / 更新：2025年3月7日"), "the label before its date");
        assertEquals("2025-03-07", DateLabels.dateBeforeUpdate("2025年3月7日 9時15分 更新"), "the only date");
        assertEquals("2025-10-17", DateLabels.dateBeforeUpdate("發布時間：2025/10/17 14:30　更新時間：2025/10/18 08:10")
                .substring(0, 10), "更新時間 labels the date after it");
    }

    @Test
    void lunarHijriDatePrintedFirst_givesWayToTheGregorianOne() {
        String html = "<html lang='ar'><body><h1>خطة</h1><div class='date'>1446/09/05 هـ - 2025/03/05 م</div><p>نص.</p></body></html>";
        assertEquals("2025-03-05", published(html, "https://example.org/story"));
    }

    @Test
    void cjkDayWithoutItsYear_takesTheYearOfTheDatedPath() {
        String zh = "<html lang='zh'><body><h1>防洪规划</h1><div class='info'>3月5日 14:30 来源：本报</div><p>正文。</p></body></html>";
        assertEquals("2025-03-05", published(zh, "https://news.example.cn/2025/03/flood-plan.html"));
        String ja = "<html lang='ja'><body><h1>防災計画</h1><p class='date'>3/5(水) 14:30配信</p><p>本文。</p></body></html>";
        assertEquals("2025-03-05", published(ja, "https://news.example.jp/articles/2025/03/flood-plan"));
    }

    @Test
    void updateDateline_isSkippedForThePublishedDateline() {
        String html = "<html><body><h1>H</h1><div class='date'>Updated May 9, 2024</div>"
                + "<div class='date'>May 2, 2024</div></body></html>";
        assertEquals("2024-05-02", published(html, "https://example.org/story"));
    }

    @Test
    void updateDate_isTheLastResortWhenThePageGivesNoOther() {
        String html = "<html><body><h1>H</h1><div class='date'>Updated on May 9, 2024 09:22 AM</div></body></html>";
        assertEquals("2024-05-09", published(html, "https://example.org/story"));
    }

    @Test
    void statedModification_isTheLastResortWhenThePageStatesAndWritesNoOtherDate() {
        String html = "<html><head><meta property='article:modified_time' content='2025-03-07T09:00:00Z'></head>"
                + "<body><h1>H</h1><p class='byline'>By Kate Lee</p><p>Text.</p></body></html>";
        assertEquals("2025-03-07T09:00:00Z", published(html, "https://example.org/story"));
        String ld = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"dateModified\":\"2025-03-07\"}"
                + "</script></head><body><h1>H</h1><p>Text.</p></body></html>";
        assertEquals("2025-03-07", published(ld, "https://example.org/story"));
        String shown = "<html><head><meta property='article:modified_time' content='2025-03-07T09:00:00Z'></head>"
                + "<body><h1>H</h1><p class='meta'>05.03.2025</p><p>Text.</p></body></html>";
        assertEquals("2025-03-05", published(shown, "https://example.org/story"), "a date the page writes comes first");
    }

    @Test
    void parselyPageJsonAndAWrittenOutOriginalDate_areStatedPublications() {
        String parsely = "<html><head><meta name='parsely-page' content='{\"title\":\"x\",\"pub_date\":\"2025-03-05T14:30:00Z\"}'>"
                + "</head><body><h1>H</h1><p>Text.</p></body></html>";
        assertEquals("2025-03-05T14:30:00Z", published(parsely, "https://example.org/story"));
        String original = "<html><head><meta name='article_date_original' content='Wednesday, March 5, 2025 2:30 PM'>"
                + "</head><body><h1>H</h1><p>Text.</p></body></html>";
        assertEquals("2025-03-05", published(original, "https://example.org/story").substring(0, 10));
    }

    @Test
    void labelledPublicationInTheHeader_outranksAnUnlabelledDateBeforeIt() {
        String html = "<html><body><h1>Festival anunciado</h1><div class='evento'>Data do evento: 20 de março de 2025</div>"
                + "<p class='data'>Publicado em 5 de março de 2025</p><p>" + "Texto do artigo. ".repeat(20) + "</p></body></html>";
        assertEquals("2025-03-05", published(html, "https://example.org/story"));
        String ownLabel = "<html><body><h1>Fest</h1><div class='box'>Termin: 20. März 2025</div>"
                + "<p><span>Veröffentlicht am</span> <span>5. März 2025</span></p><p>" + "Text des Artikels. ".repeat(20) + "</p></body></html>";
        assertEquals("2025-03-05", published(ownLabel, "https://example.org/story"));
        String unlabelledOnly = "<html><body><h1>Fest</h1><div class='box'>5. März 2025</div><p>Ort: Halle 3</p>"
                + "<p>" + "Text des Artikels. ".repeat(20) + "</p><p>Veröffentlicht am 9. März 2025</p></body></html>";
        assertEquals("2025-03-05", published(unlabelledOnly, "https://example.org/story"), "a label after the prose is not the header's");
    }

    @Test
    void dayWithoutItsYear_takesTheYearOfAPathDatedByYearAndMonth() {
        String de = "<html><body><article><h1>Plan vorgestellt</h1><p class='datum'>Mittwoch, 5. März, 14:30 Uhr</p>"
                + "<p>Text.</p></article></body></html>";
        assertEquals("2025-03-05", published(de, "https://example.org/lokales/2025/03/plan-vorgestellt.html"));
        String wire = "<html><body><h1>Plan unveiled</h1><p>LONDON, March 5 (Newswire) - The council unveiled a plan.</p>"
                + "</body></html>";
        assertEquals("2025-03-05", published(wire, "https://example.org/world/2025/03/plan-unveiled"));
        assertEquals(null, published(wire, "https://example.org/world/2025/04/plan-unveiled"), "another month's day is another date");
        assertEquals(null, published(wire, "https://example.org/world/plan-unveiled"), "no year anywhere");
        assertEquals("2025-03-05", published(wire, "https://example.org/world/2025/plan-unveiled"), "a year folder alone");
    }

    @Test
    void wireDatelineWithoutItsYear_belowADatedUpdate_givesThePublicationInTheUpdatesYear() {
        String de = "<html><body><h1>Reform beschlossen</h1><div class='info'>Stand: 05.03.2025, 09:10 Uhr</div>"
                + "<p>MÜNCHEN, 4. März (dpa) - Der Landtag hat die Reform beschlossen. " + "Mehr Text. ".repeat(20) + "</p></body></html>";
        assertEquals("2025-03-04", published(de, "https://example.org/politik/reform-id1.html"));
        String rollover = "<html><body><h1>Budget approved</h1><p class='meta'>Updated January 2, 2025 08:00</p>"
                + "<p><b>OTTAWA, Dec. 30 (Newswire) -</b> Parliament approved the budget.</p></body></html>";
        assertEquals("2024-12-30", published(rollover, "https://example.org/world/budget"), "a day after the update is the year before's");
        String withYear = "<html><body><h1>Budget approved</h1><p class='meta'>Updated January 2, 2025 08:00</p>"
                + "<p><b>OTTAWA, Dec. 30, 2024 (Newswire) -</b> Parliament approved the budget.</p></body></html>";
        assertEquals("2024-12-30", published(withYear, "https://example.org/world/budget"));
        String notPlace = "<html><body><h1>Reform beschlossen</h1><div class='info'>Stand: 05.03.2025, 09:10 Uhr</div>"
                + "<p>Am 4. März hat der Landtag die Reform beschlossen.</p></body></html>";
        assertEquals("2025-03-05", published(notPlace, "https://example.org/politik/reform-id1.html"), "a day in a sentence is no dateline");
    }

    @Test
    void publicationWithoutItsYear_besideADatedUpdate_takesTheUpdatesYear() {
        String html = "<html><body><h1>H</h1><p class='byline'>Published 5 March, 14:30 · Updated 7 March 2025, 09:15</p>"
                + "<p>Text.</p></body></html>";
        assertEquals("2025-03-05", published(html, "https://example.org/story"));
        String turnOfYear = "<html><body><h1>H</h1><p class='byline'>Published 30 December · Updated 2 January 2025</p>"
                + "<p>Text.</p></body></html>";
        assertEquals("2024-12-30", published(turnOfYear, "https://example.org/story"));
    }

    private static final String REFRESHED_GUIDE_HEAD = "<html><head><script type='application/ld+json'>{\"@type\":\"Article\","
            + "\"datePublished\":\"2021-03-30T08:00:00-04:00\",\"dateModified\":\"2023-12-19T09:00:00-05:00\"}</script></head>";

    @Test
    void refreshedGuide_showingOnlyItsNewDate_isDatedByIt() {
        // The publisher re-dated the guide: the reader sees 19 December 2023 and nothing of 2021.
        String html = REFRESHED_GUIDE_HEAD + "<body><nav><span>Tuesday 2 January 2024</span></nav>"
                + "<p class='lede'>" + "A long promotional banner that runs past any dateline's length. ".repeat(3) + "</p>"
                + "<h1>The best rain jackets</h1><p>" + "A standfirst long enough to be a paragraph of its own, and more. ".repeat(3)
                + "</p><div class='meta'><span>By Ann Lee</span> <span>Dec 19, 2023 9:00 AM</span></div>"
                + "<figure><figcaption>Photo taken March 30, 2021</figcaption></figure><p>Text.</p></body></html>";
        assertEquals("2023-12-19T09:00:00-05:00", published(html, "https://example.org/story/best-rain-jackets"));
    }

    private static String restampedPage(String lang, String ldPublished, String header, String after) {
        return "<html lang='" + lang + "'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\""
                + ldPublished + "\",\"dateModified\":\"" + ldPublished + "\"}</script></head><body><h1>Headline</h1>" + header
                + PROSE + after + "</body></html>";
    }

    @Test
    void labelledPublicationShownBelowTheHeadline_outranksARestampedLaterStatedOne() {
        assertEquals("2025-03-05", published(restampedPage("de", "2025-03-07T10:00:00+01:00",
                "<p class='meta'>Veröffentlicht am 05.03.2025, 14:30 Uhr</p>", ""), "https://example.org/a"));
        assertEquals("2025-03-05", published(restampedPage("pl", "2025-03-07T10:00:00+01:00",
                "<p class='meta'>Opublikowano: 5 marca 2025</p>", ""), "https://example.org/a").substring(0, 10));
        assertEquals("2025-03-05", published(restampedPage("es", "2025-03-09T12:00:00+01:00",
                "<p class='fecha'>Publicado el 5 de marzo de 2025</p>", ""), "https://example.org/a"));
    }

    @Test
    void labelledPublicationInElementsOfItsOwn_outranksARestampedLaterStatedOne() {
        assertEquals("2025-03-05", published(restampedPage("de", "2025-03-08T10:00:00+01:00",
                "<div class='meta'><span class='label'>Veröffentlicht:</span> <span class='date'>05.03.2025</span></div>", ""),
                "https://example.org/a"));
        assertEquals("2025-03-05", published(restampedPage("it", "2025-03-08T10:00:00+01:00",
                "<p class='meta'><strong>Pubblicato:</strong> 5 marzo 2025</p>", ""), "https://example.org/a"));
        assertEquals("2025-03-05", published(restampedPage("en", "2025-03-08T10:00:00Z",
                "<dl><dt>Published</dt><dd>5 March 2025</dd><dt>Updated</dt><dd>8 March 2025</dd></dl>", ""), "https://example.org/a"));
        assertEquals("2025-03-05", published(restampedPage("pt", "2025-03-08T10:00:00-03:00",
                "<p><b>Atualizado em</b> 08/03/2025 <b>Publicado em</b> 05/03/2025</p>", ""), "https://example.org/a"));
    }

    @Test
    void statedPublication_standsBesideAShownOneWithinADay_anUnlabelledOne_orAFirstEditionAfterTheProse() {
        assertEquals("2025-03-06T10:00:00+01:00", published(restampedPage("de", "2025-03-06T10:00:00+01:00",
                "<p class='meta'>Veröffentlicht am 05.03.2025, 23:30 Uhr</p>", ""), "https://example.org/a"), "within a day");
        assertEquals("2025-03-07T10:00:00+01:00", published(restampedPage("de", "2025-03-07T10:00:00+01:00",
                "<p class='meta'>Von Anna Schmidt</p>", "<p><small>Erstveröffentlichung: 4.4.18</small></p>"), "https://example.org/a"),
                "a first edition named after the prose: the page is its re-publication");
    }

    @Test
    void refreshedGuide_labellingItsNewDateAnUpdate_keepsThePublication() {
        String label = REFRESHED_GUIDE_HEAD + "<body><h1>The best rain jackets</h1><div class='byline'>By Ann Lee "
                + "last updated <span><time datetime='2023-12-19T09:00:00-05:00'>19 December 2023</time></span></div></body></html>";
        assertEquals("2021-03-30T08:00:00-04:00", published(label, "https://example.org/story/best-rain-jackets"));
        String after = REFRESHED_GUIDE_HEAD + "<body><h1>The best rain jackets</h1><p>2023.12.19 last update</p></body></html>";
        assertEquals("2021-03-30T08:00:00-04:00", published(after, "https://example.org/story/best-rain-jackets"));
        String marked = REFRESHED_GUIDE_HEAD + "<body><h1>The best rain jackets</h1><p><time class='entry-date updated' "
                + "datetime='2023-12-19T09:00:00-05:00'>Dec 19, 2023</time></p></body></html>";
        assertEquals("2021-03-30T08:00:00-04:00", published(marked, "https://example.org/story/best-rain-jackets"));
    }

    @Test
    void refreshedGuide_showingItsFirstPublication_keepsIt() {
        String html = REFRESHED_GUIDE_HEAD + "<body><h1>The best rain jackets</h1><p>Dec 19, 2023</p>"
                + "<p>Originally published March 30, 2021</p></body></html>";
        assertEquals("2021-03-30T08:00:00-04:00", published(html, "https://example.org/story/best-rain-jackets"));
    }

    @Test
    void mastheadDateInNavigation_isNotTheShownDate() {
        // Today's date in the site's bar happens to be the modification day; the byline shows the publication.
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2025-04-15T09:56:00+02:00\",\"dateModified\":\"2025-04-16T06:17:08+02:00\"}</script></head>"
                + "<body><nav><span class='today'>Mittwoch, 16. April 2025 - 14:55</span></nav><h1>Ein Nachruf</h1>"
                + "<p>Text.</p></body></html>";
        assertEquals("2025-04-15T09:56:00+02:00", published(html, "https://example.org/nachrichten/ein-nachruf"));
    }

    @Test
    void germanDatelineWithTwoDigitYear_outranksALaterBroadcastDate() {
        String html = "<html lang='de'><body><h1>Das Hotel öffnet noch einmal</h1><p>Do 25.04.24 | 14:07 Uhr | Von Eva Berg</p>"
                + "<p>Audio: Radio | 24.04.2024 | Eva Berg</p><p>Text.</p></body></html>";
        assertEquals("2024-04-25", published(html, "https://example.org/kultur/beitrag/hotel.html"));
    }

    @Test
    void closingSignOff_isNotTheDateline() {
        // A letter signed at its end ("— Jane Doe, 3 March 2022") in a box named like a byline: the date
        // the reader meets under the headline is the publication.
        String html = "<html><body><h1>Letter from the valley</h1><p>2 March 2022</p><p>"
                + "The river rose again this winter, and the ferry ran only twice a week until the thaw came. ".repeat(3)
                + "</p><p class='byline'>— Jane Doe, 3 March 2022</p></body></html>";
        assertEquals("2022-03-02", published(html, "https://example.org/letters/valley"));
    }

    @Test
    void closingSignOff_datesAPageThatGivesNoOtherDate() {
        String html = "<html><body><h1>Letter from the valley</h1><p>The river rose again.</p>"
                + "<p class='byline'>– Jane Doe, 3 March 2022</p></body></html>";
        assertEquals("2022-03-03", published(html, "https://example.org/letters/valley"));
    }

    @Test
    void longDateline_givesTheDateInItsOpening() {
        String html = "<html><body><h2>Frogs</h2><p>The frogs are back.</p><p class='postmetadata'><small>"
                + "This entry was posted on Monday, March 3rd, 2008 at 10:15 am and is filed under <a href='/c'>Wildlife</a>. "
                + "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response.</small></p>"
                + "</body></html>";
        assertEquals("2008-03-03", published(html, "https://example.org/?p=214"));
    }

    @Test
    void longContainerNamedMeta_holdingParagraphs_isNotADateline() {
        // a wrapper named for its meta data around the post: its opening is prose, whose dates are not the post's
        String html = "<html><body><h1>History of the mill</h1><div class='post-meta-wrapper'><p>On 3 March 1998 the old mill "
                + "burned down, and for twenty years the site stood empty while the town argued over what to build.</p>"
                + "<p>" + "The new owners kept the wheel and the millrace. ".repeat(4) + "</p></div></body></html>";
        assertEquals(null, published(html, "https://example.org/mill"));
    }

    @Test
    void fortyNestedDatelinesAroundALargePage_areReadByTheirOpenings() {
        // each candidate's whole text would be read forty times over; the openings are short walks
        String prose = "<p>" + "Words of the story go on and on without any date in them at all. ".repeat(20_000) + "</p>";
        String html = "<html><body><h1>H</h1>" + "<div class='meta'>".repeat(40) + prose + "</div>".repeat(40)
                + "<p class='date'>Posted on 3 March 2022</p></body></html>";
        long start = System.nanoTime();
        assertEquals("2022-03-03", published(html, "https://example.org/story"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(ms < 5_000, "a generous safety net, not a speed goal: " + ms + " ms");
    }

    @Test
    void liveBlogEmbeddingEveryPost_isReadFromItsJsonLdOpening() {
        // JSON-LD over the parse limit: the opening still gives the LiveBlogPosting's type and dates
        StringBuilder posts = new StringBuilder();
        for (int i = 0; posts.length() < 600_000; i++) {
            posts.append(i == 0 ? "" : ",").append("{\"@type\":\"BlogPosting\",\"datePublished\":\"2024-05-02T08:40:00+01:00\",")
                    .append("\"articleBody\":\"").append("Post text. ".repeat(50)).append("\"}");
        }
        String html = "<html><head><meta property='article:published_time' content='2024-05-02T08:40:00+01:00'>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":[\"LiveBlogPosting\"],"
                + "\"datePublished\":\"2024-05-01T22:00:00+01:00\",\"dateModified\":\"2024-05-02T08:40:00+01:00\","
                + "\"liveBlogUpdate\":[" + posts + "]}</script></head>"
                + "<body><h1>Storm live</h1><p>2 May 2024</p><p>Text.</p></body></html>";
        assertEquals("2024-05-01T22:00:00+01:00", published(html, "https://example.org/storm-live"));
    }

    @Test
    void oversizedJsonLdCutInsideItsFirstValue_givesNothingFromIt() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + "x".repeat(600_000) + "\",\"datePublished\":\"2024-05-01\"}</script></head>"
                + "<body><h1>Story</h1><p class='date'>3 May 2024</p><p>Text.</p></body></html>";
        assertEquals("2024-05-03", published(html, "https://example.org/story"));
    }

    @Test
    void lineGivingTheUpdateFirst_givesTheDateAfterThePublicationLabel() {
        String page = "<html lang='%s'><body><h1>Headline</h1><div class='meta'>%s</div>"
                + "<p>" + "Words of the story that go on for a while. ".repeat(8) + "</p></body></html>";
        assertEquals("2022-02-03", published(page.formatted("de",
                "Aktualisiert am 04.02.2022 - 12:00 Uhr | Erstellt am 03.02.2022 - 10:15 Uhr"), "https://example.org/a"));
        assertEquals("2022-02-03", published(page.formatted("tr",
                "Güncelleme: 04.02.2022 12:00 Yayınlanma: 03.02.2022 10:15"), "https://example.org/a"));
        assertEquals("2022-02-03", published(page.formatted("en",
                "Updated Feb. 4, 2022, Published Feb. 3, 2022"), "https://example.org/a"));
        assertEquals("2022-02-03", published(page.formatted("fr",
                "Mis à jour le 04/02/2022 à 12h00 Publié le 03/02/2022 à 10h15"), "https://example.org/a"));
    }

    @Test
    void pageWithoutAnAddress_isDatedByItsCanonicalPath() {
        String html = "<html><head><link rel='canonical' href='https://example.org/2022/02/03/story/'></head>"
                + "<body><h1>Headline</h1><p>" + "Words of the story. ".repeat(20) + "</p></body></html>";
        assertEquals("2022-02-03", published(html, null));
        String og = "<html><head><meta property='og:url' content='https://example.org/news/20220203-story'></head>"
                + "<body><h1>Headline</h1><p>" + "Words of the story. ".repeat(20) + "</p></body></html>";
        assertEquals("2022-02-03", published(og, null));
    }

    private static final String PROSE = ("<p>" + "The council voted on the new timetable after a long debate in the chamber. ".repeat(4) + "</p>").repeat(4);

    @Test
    void dateBelowTheHeadline_outranksDatesAboveIt() {
        // no metadata, no time element: the last resort reads the dates the page writes
        String teasersAbove = "<html><body><div class='rail'><ul><li><a href='/ferry'>Ferry back</a> <span>15.01.2021</span></li></ul></div>"
                + "<h1>Council sets the timetable</h1><p>Von Anna Schmidt</p><p>3. Februar 2022</p>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(teasersAbove, "https://example.org/timetable"));
        String todayInMasthead = "<html><body><div class='topbar'>Saturday, February 5, 2022</div>"
                + "<h1>Council sets the timetable</h1><p>By Ann Lee</p><p>Feb 3, 2022</p>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(todayInMasthead, "https://example.org/timetable"));
    }

    @Test
    void dateAboveTheHeadline_outranksOneMetAfterTheProse() {
        String html = "<html><body><p>03.02.2022 | Politik</p><h1>Council sets the timetable</h1>" + PROSE
                + "<div class='more'><p><a href='/ferry'>Ferry back</a></p><p>15.01.2021</p></div></body></html>";
        assertEquals("2022-02-03", published(html, "https://example.org/timetable"));
    }

    @Test
    void asideBesideTheArticle_givesNoDate() {
        String html = "<html><body><main><article><h1>Council sets the timetable</h1><p>vor 3 Stunden</p>" + PROSE + "</article>"
                + "<aside><h3>Most read</h3><ul><li><a href='/ferry'>Ferry back</a> <span>15.01.2021</span></li></ul></aside></main></body></html>";
        assertEquals(null, published(html, "https://example.org/timetable"), "a relative date has no reference point on the page");
        String ownAside = "<html><body><article><h1>Council sets the timetable</h1><aside class='entry-meta'>Posted 3 February 2022</aside>"
                + PROSE + "</article></body></html>";
        assertEquals("2022-02-03", published(ownAside, "https://example.org/timetable"), "an article's own aside holds its meta line");
    }

    @Test
    void wireDatelineOpeningTheFirstParagraph_givesTheDate() {
        String page = "<html><body><h1>Council sets the timetable</h1><p>%s " + "The council voted on the new timetable. ".repeat(5)
                + "</p>" + PROSE + "<div class='more'><p>15.01.2021</p></div></body></html>";
        assertEquals("2022-02-03", published(page.formatted("BERLIN, 3. Februar 2022 (dpa) -"), "https://example.org/timetable"));
        assertEquals("2022-02-03", published(page.formatted("NEW YORK, Feb. 3, 2022 /PRNewswire/ --"), "https://example.org/timetable"));
        assertEquals("2021-01-15", published(page.formatted("On Monday, 3 February 2022, the council met."), "https://example.org/timetable"),
                "a sentence that mentions a date is no dateline");
    }

    @Test
    void arabicScriptDatelineOpeningTheFirstParagraph_givesTheDate() {
        String page = "<html lang='ar'><body><h1>افتتاح مركز جديد للتكوين</h1><p>%s " + "افتتح مركز جديد لتكوين الحرفيين الشباب في مهن الخشب والجلد. ".repeat(4)
                + "</p>" + PROSE + "<div class='more'><p>15.01.2021</p></div></body></html>";
        assertEquals("2025-10-23", published(page.formatted("الرباط في ٢٣ أكتوبر ٢٠٢٥ (ومع) -"), "https://example.org/markaz"));
        assertEquals("2025-12-01", published(page.formatted("الرياض، الاثنين 10 جمادى الآخرة 1447هـ الموافق 1 ديسمبر 2025م -"),
                "https://example.org/markaz"), "the weekday, the Hijri day and its Gregorian match");
        assertEquals("2021-01-15", published(page.formatted("أعلنت الوزارة في 23 أكتوبر 2025 أن المركز"), "https://example.org/markaz"),
                "a sentence that cites a date after a place runs on with no dash: no dateline");
    }

    @Test
    void datelineJustBelowTheHeadline_outranksOneAboveIt() {
        String rail = "<html lang='de'><body><div class='rail'><ul><li><a href='/ferry'>Fähre fährt wieder</a>"
                + "<span class='date'>15.01.2021</span></li></ul></div><h1>Rat beschließt Fahrplan</h1>"
                + "<div class='meta'><span class='date'>03.02.2022</span></div>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(rail, "https://example.org/fahrplan"));
        String masthead = "<html lang='fr'><body><header class='site-header'><div class='date-du-jour'>samedi 5 février 2022</div></header>"
                + "<h1>Le conseil fixe l'horaire</h1><p class='date'>3 février 2022</p>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(masthead, "https://example.org/horaire"));
        String aboveOnly = "<html lang='de'><body><p class='date'>03.02.2022</p><h1>Rat beschließt Fahrplan</h1>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(aboveOnly, "https://example.org/fahrplan"), "a date line over the headline, none below");
    }

    @Test
    void timeWithoutDatetimeBelowTheHeadline_outranksATeasersTime() {
        String html = "<html><body><div class='rail'><article><h2><a href='/ferry'>Ferry back</a></h2><time>Jan 15, 2021</time></article></div>"
                + "<h1>Council sets the timetable</h1><p>By Ann Lee <time>Feb 3, 2022</time></p>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(html, "https://example.org/timetable"));
    }

    @Test
    void thousandsOfNestedAsidesInAnArticle_costOneWalk() {
        // whether an aside is beside the article is known from the walk, not by climbing its ancestors
        String html = "<html><body><article><h1>H</h1>" + "<aside>".repeat(20_000) + "Posted 3 March 2022"
                + "</aside>".repeat(20_000) + "</article></body></html>";
        long start = System.nanoTime();
        published(html, "https://example.org/story");
        long ms = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(ms < 5_000, "a generous safety net, not a speed goal: " + ms + " ms");
    }

    @Test
    void mastheadDateOfToday_isNotThePublication() {
        String header = "<header class='site-header'><a href='/'>Daily Ledger</a><div class='today-date'>Thursday, 3 December 2026</div></header>";
        String own = "<html><body>" + header + "<main><h1>Council passes budget</h1><p>By Jane Doe</p><p>3 February 2022</p>"
                + PROSE + "</main></body></html>";
        assertEquals("2022-02-03", published(own, "https://example.org/news/council-passes-budget"), "the article's own date");
        String only = "<html><body>" + header + "<main><h1>Council passes budget</h1><p>By Jane Doe</p>" + PROSE + "</main></body></html>";
        assertEquals(null, published(only, "https://example.org/news/council-passes-budget"), "the fetch day is no publication day");
        String topBar = "<html><body><div class='top-bar'><span class='today'>Donnerstag, 3. Dezember 2026</span></div>"
                + "<h1>Rat beschließt Haushalt</h1><p>Von Max Muster</p>" + PROSE + "</body></html>";
        assertEquals(null, published(topBar, "https://example.org/news/rat-beschliesst-haushalt"), "a top bar's today widget");
    }

    @Test
    void articleHeaderJustAboveTheHeadline_withABreadcrumbHome_keepsItsDate() {
        String html = "<html><body><header class='article-header'><nav class='breadcrumb'><a href='/'>Home</a> › "
                + "<a href='/news'>News</a></nav><span class='date'>3 February 2022</span></header>"
                + "<h1>Council passes budget</h1>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(html, "https://example.org/news/council-passes-budget"));
    }

    @Test
    void articleHeaderAboveTheHeadline_keepsItsDate() {
        String html = "<html><body><header class='entry-header'><p class='date'>3 February 2022</p><h1>Council passes budget</h1></header>"
                + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(html, "https://example.org/news/council-passes-budget"));
    }

    @Test
    void datesOfLinkedListEntries_areOtherStories() {
        String list = "<div class='most-read'><h2>Most read</h2><ul><li><a href='/news/other-story'>Other story</a> "
                + "<span class='date'>January 5, 2022</span></li></ul></div>";
        String own = "<html><body>" + list + "<main><h1>Council passes budget</h1><p>By Jane Doe</p><p>February 3, 2022</p>"
                + PROSE + "</main></body></html>";
        assertEquals("2022-02-03", published(own, "https://example.org/news/council-passes-budget"), "the article's own date");
        String none = "<html><body>" + list + "<main><h1>Council passes budget</h1><p>By Jane Doe</p>" + PROSE + "</main></body></html>";
        assertEquals(null, published(none, "https://example.org/news/council-passes-budget"), "no date of its own");
        String slug = "<html><body><main><h1>Council passes budget</h1>" + PROSE + "</main><aside class='related'><ul><li>"
                + "<a href='/news/other-story'>Other story</a> <span class='date'>April 1, 2024</span></li></ul></aside></body></html>";
        assertEquals("2024-05-03", published(slug, "https://example.org/news/council-passes-budget-2024-05-03-123"), "the slug's date");
        String byline = "<html><body><h1>Council passes budget</h1><ul class='meta'><li><a href='/author/jane-doe'>Jane Doe</a> "
                + "<span class='date'>February 3, 2022</span></li></ul>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(byline, "https://example.org/news/council-passes-budget"), "a byline's author link");
    }

    @Test
    void timeOfARelatedStory_givesWayToTheArticlesShownTime() {
        String related = "<section class='related-posts'><h2>Related</h2><ul><li><a href='/news/other-story'>Other story</a> "
                + "<time datetime='2022-01-05'>January 5, 2022</time></li></ul></section>";
        String own = "<html><body><main><h1>Council passes budget</h1><p>By Jane Doe <time>February 3, 2022</time></p>" + PROSE
                + related + "</main></body></html>";
        assertEquals("2022-02-03", published(own, "https://example.org/news/council-passes-budget"));
        String none = "<html><body><main><h1>Council passes budget</h1><p>By Jane Doe</p>" + PROSE + related + "</main></body></html>";
        assertEquals(null, published(none, "https://example.org/news/council-passes-budget"));
    }

    @Test
    void datelineNamedForTheUpdate_givesWayToThePublishedOne() {
        String html = "<html><body><h1>Rat beschließt Haushalt</h1><div class='meta'><span class='updated'>4. Februar 2022</span> "
                + "<span class='published'>3. Februar 2022</span></div>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(html, "https://example.org/news/rat"));
        String only = "<html><body><h1>Rat beschließt Haushalt</h1><div class='meta'><span class='updated'>4. Februar 2022</span></div>"
                + PROSE + "</body></html>";
        assertEquals("2022-02-04", published(only, "https://example.org/news/rat"), "the update, when the page gives no other");
    }
    @Test
    void timeLabelledAsUpdate_givesWayToThePublication() {
        String both = "<html><body><main><h1>Rat beschließt Haushalt</h1><p><span>Aktualisiert:</span> "
                + "<time datetime='2022-02-04T12:00:00+01:00'>4. Februar 2022</time> <span>Veröffentlicht:</span> "
                + "<time datetime='2022-02-03T10:00:00+01:00'>3. Februar 2022</time></p>" + PROSE + "</main></body></html>";
        assertEquals("2022-02-03T10:00:00+01:00", published(both, "https://example.org/news/rat"));
        String textOnly = "<html><body><main><h1>Rat beschließt Haushalt</h1><p>Aktualisiert: "
                + "<time datetime='2022-02-04T12:00:00+01:00'>4. Februar 2022</time></p><p>Erstellt: 3. Februar 2022</p>"
                + PROSE + "</main></body></html>";
        assertEquals("2022-02-03", published(textOnly, "https://example.org/news/rat"), "the publication written without a time");
        String updateOnly = "<html><body><main><h1>Rat beschließt Haushalt</h1><p>Aktualisiert: "
                + "<time datetime='2022-02-04T12:00:00+01:00'>4. Februar 2022</time></p>" + PROSE + "</main></body></html>";
        assertEquals("2022-02-04", published(updateOnly, "https://example.org/news/rat").substring(0, 10), "the update, when the page gives no other");
    }

    @Test
    void publicationLabelInALongBylineLine_givesItsDate() {
        String html = "<html><body><main><h1>Rat beschließt Haushalt</h1><p>Von Max Muster, dpa | Veröffentlicht am "
                + "3. Februar 2022, 10:15 Uhr | Lesezeit 3 Min.</p>" + PROSE + "</main></body></html>";
        assertEquals("2022-02-03", published(html, "https://example.org/news/rat"));
    }

    @Test
    void commentSectionsNamedInOtherWays_areSkipped() {
        String list = "<html><body><main><h1>Council passes budget</h1><p>By Jane Doe</p>" + PROSE
                + "<ol class='commentlist'><li><cite>Bob</cite> <a href='#c1'>February 9, 2022 at 10:15 am</a><p>Nice</p></li></ol>"
                + "</main></body></html>";
        assertEquals(null, published(list, "https://example.org/news/council-passes-budget"), "WordPress's commentlist");
        String german = "<html lang='de'><body><main><h1>Rat beschließt Haushalt</h1><p>Von Max Muster</p>" + PROSE
                + "<section class='leserkommentare'><div><b>Bob</b> <span>09.02.2022</span><p>Gut</p></div></section></main></body></html>";
        assertEquals(null, published(german, "https://example.org/news/rat"), "readers' comments in German");
    }

    @Test
    void teaserCardWhoseLinkWrapsItsHeading_isAnotherStory() {
        String html = "<html><body><main><h1>Council passes budget</h1><p>By Jane Doe</p>" + PROSE
                + "<section class='more-stories'><div class='card'><a href='/news/other'><h4>Other</h4></a>"
                + "<span class='date'>January 5, 2022</span></div></section></main></body></html>";
        assertEquals(null, published(html, "https://example.org/news/council-passes-budget"));
    }

    @Test
    void disqusThread_isACommentSection() {
        String english = "<html><body><main><h1>Council passes budget</h1><p>By Jane Doe</p>" + PROSE + "</main>"
                + "<div id='disqus_thread'><div class='post-meta'><span class='date'>March 4, 2021</span> Bob: nice</div></div>"
                + "</body></html>";
        assertEquals(null, published(english, "https://example.org/news/council-passes-budget"), "Disqus's id");
        String german = "<html lang='de'><body><main><h1>Rat beschließt Haushalt</h1><p>Von Max Muster</p>" + PROSE + "</main>"
                + "<section class='Disqus-Wrapper'><div class='date'>4. März 2021</div><p>Bob: gut</p></section></body></html>";
        assertEquals(null, published(german, "https://example.org/news/rat"), "a class naming Disqus, in any case");
    }

    @Test
    void dateOfThePreviousOrNextPost_isAnotherStorys() {
        String wordpress = "<html><body><main><article><h1>Council passes budget</h1><p>By Jane Doe</p>" + PROSE + "</article>"
                + "<nav class='navigation post-navigation'><h2>Post navigation</h2><div class='nav-links'><div class='nav-previous'>"
                + "<a href='/news/bridge-closed/' rel='prev'>« Older post <span class='date'>March 1, 2021</span></a></div></div></nav>"
                + "</main></body></html>";
        assertEquals(null, published(wordpress, "https://example.org/news/council-passes-budget"), "a date in the link");
        String french = "<html lang='fr'><body><article><h1>Le conseil adopte le budget</h1><p>Par Claire Dubois</p>" + PROSE
                + "<div class='pager'><a href='/pont-ferme/' rel='prev'><time datetime='2021-03-01'>1 mars 2021</time> Article précédent</a>"
                + " <a href='/ecoles/' rel='next'>Article suivant</a></div></article></body></html>";
        assertEquals(null, published(french, "https://example.org/conseil-budget/"), "a time in the link, in the article");
        String spanish = "<html lang='es'><body><div class='entry'><h1>El consejo aprueba el presupuesto</h1><p>Por Ana García</p>" + PROSE
                + "<div class='siguiente'><a href='/puente/' rel='next'>Entrada siguiente »</a> <span class='posted-on'>5 de marzo de 2021</span>"
                + "</div></div></body></html>";
        assertEquals(null, published(spanish, "https://example.org/presupuesto/"), "a date beside the link");
    }

    @Test
    void nextPageOfTheSameArticle_leavesItsDate() {
        String html = "<html><body><div class='entry'><h1>Council passes budget</h1>"
                + "<div class='meta'><span class='date'>March 4, 2021</span> <a href='?page=2' rel='next'>Next page</a></div>" + PROSE
                + "</div></body></html>";
        assertEquals("2021-03-04", published(html, "https://example.org/news/council-passes-budget"));
    }

    @Test
    void commentTimesInTheArticle_areTheReaders() {
        String french = "<html lang='fr'><body><article><h1>Le conseil adopte le budget</h1>"
                + "<span class='date-article'>3 février 2022</span>" + PROSE
                + "<section id='commentaires' class='commentaires'><ol><li><div class='auteur'>Paul</div>"
                + "<time datetime='2022-02-04T11:00:00+01:00'>4 février 2022</time><p>Bravo</p></li></ol></section>"
                + "</article></body></html>";
        assertEquals("2022-02-03", published(french, "https://example.org/conseil-budget/"), "just below a short story's headline");
        String italian = "<html lang='it'><body><main><h1>Il consiglio approva il bilancio</h1><p class='data'>3 febbraio 2022</p>"
                + PROSE + PROSE + PROSE + "</main><aside><div id='commenti'><div class='commento'>"
                + "<time datetime='2022-02-04T09:00:00+01:00'>4 febbraio 2022</time><p>Bravo!</p></div></div></aside></body></html>";
        assertEquals("2022-02-03", published(italian, "https://example.org/bilancio/"), "the page's only time, a reader's");
    }

    @Test
    void commentSectionsNamedInThePlural_inPolishAndTurkish() {
        String polish = "<html lang='pl'><body><article><h1>Rada miasta przyjęła budżet</h1><span class='data'>3 lutego 2022</span>"
                + PROSE + "<div id='komentarze'><div class='autor'>Gość</div><time datetime='2022-02-04T11:00:00+01:00'>4.02.2022</time>"
                + "</div></article></body></html>";
        assertEquals("2022-02-03", published(polish, "https://example.org/budzet/"));
        String turkish = "<html lang='tr'><body><article><h1>Meclis bütçeyi kabul etti</h1><span class='tarih'>3 Şubat 2022</span>"
                + PROSE + "<div class='yorumlar'><time datetime='2022-02-04T11:00:00+03:00'>4 Şubat 2022</time><p>Güzel</p></div>"
                + "</article></body></html>";
        assertEquals("2022-02-03", published(turkish, "https://example.org/butce/"));
        String opinion = "<html lang='pl'><body><article class='komentarz'><h1>Budżet bez ambicji</h1>"
                + "<time datetime='2022-02-03T10:00:00+01:00'>3 lutego 2022</time>" + PROSE + "</article></body></html>";
        assertEquals("2022-02-03T10:00:00+01:00", published(opinion, "https://example.org/opinie/budzet/"), "the singular names an opinion piece");
    }

    @Test
    void postNavigationWithoutRel_isKnownByItsNamesOrWords() {
        String byClass = "<html lang='de'><body><article><h1>Stadtrat beschließt Haushalt</h1><div class='post-meta'>3. Februar 2022</div>"
                + PROSE + "<div class='post-navigation'><div class='nav-previous'><a href='/kita/'>"
                + "<time datetime='2022-01-28T09:00:00+01:00'>28. Januar 2022</time> Kita-Gebühren steigen</a></div></div>"
                + "</article></body></html>";
        assertEquals("2022-02-03", published(byClass, "https://example.org/haushalt/"), "the box named for the previous post");
        String byWords = "<html lang='es'><body><article><h1>El pleno aprueba el presupuesto</h1>"
                + "<div class='enlaces'><a href='/a1/'>« Entrada anterior <time datetime='2022-01-28'>28 enero, 2022</time></a></div>"
                + "<p class='fecha'>3 de febrero de 2022</p>" + PROSE + "</article></body></html>";
        assertEquals("2022-02-03", published(byWords, "https://example.org/presupuesto/"), "the link's words");
        String beside = "<html lang='fr'><body><article><h1>Le conseil adopte le budget</h1><p>Par Claire Dubois</p>" + PROSE
                + "<p class='posted'>Publié le 3 février 2022</p><div class='liens'><div><a href='/b1/'>Article précédent</a> "
                + "<time datetime='2022-01-30'>30 janvier 2022</time></div></div></article></body></html>";
        assertEquals("2022-02-03", published(beside, "https://example.org/budget/"), "a time beside the link");
    }

    @Test
    void dateBesideAnAuthorLink_isNoNeighboursDate() {
        String html = "<html lang='de'><body><article><h1>Stadtrat beschließt Haushalt</h1><div class='meta'>"
                + "<a href='/autoren/anna-schmidt/'>Anna Schmidt</a> <time datetime='2022-02-03T10:15:00+01:00'>3. Februar 2022</time>"
                + "</div>" + PROSE + "</article></body></html>";
        assertEquals("2022-02-03T10:15:00+01:00", published(html, "https://example.org/haushalt/"));
    }

    @Test
    void relatedStoryTimesInTheArticle_areTheirStories() {
        String german = "<html lang='de'><body><article><h1>Stadtrat beschließt Haushalt</h1>"
                + "<p class='meta'>Von Anna Schmidt · 3. Februar 2022</p>" + PROSE + "<div class='mehr-zum-thema'><h2>Mehr zum Thema</h2>"
                + "<div class='teaser'><h3><a href='/kita/'>Kita-Gebühren steigen</a></h3><time datetime='2022-01-28T10:00:00+01:00'>28.01.2022</time></div>"
                + "<div class='teaser'><h3><a href='/bad/'>Freibad öffnet</a></h3><time datetime='2022-01-20T10:00:00+01:00'>20.01.2022</time></div>"
                + "</div></article></body></html>";
        assertEquals("2022-02-03", published(german, "https://example.org/haushalt/"));
        String spanish = "<html lang='es'><body><article><h1>El pleno aprueba el presupuesto</h1><p class='fecha'>03/02/2022 - 10:15</p>"
                + PROSE + "<div class='relacionadas'><h3>Noticias relacionadas</h3><article class='card'><h4><a href='/r1/'>Otra noticia</a></h4>"
                + "<time datetime='2022-01-30'>30/01/2022</time></article></div></article></body></html>";
        assertEquals("2022-02-03", published(spanish, "https://example.org/presupuesto/").substring(0, 10));
    }

    @Test
    void todayInABarJustAboveTheHeadline_yieldsToTheDateBelowIt() {
        String german = "<html lang='de'><body><div class='topbar'><div class='date'>Donnerstag, 3. Dezember 2026</div></div>"
                + "<h1>Stadtrat beschließt Haushalt</h1><p class='autor'>Von Anna Schmidt, 3. Februar 2022</p>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(german, "https://example.org/haushalt/"), "a dateline over the headline");
        String italian = "<html lang='it'><body><div class='header'><time datetime='2026-12-03'>giovedì 3 dicembre 2026</time></div>"
                + "<h1>Il consiglio approva il bilancio</h1><div class='autore'>di Marco Rossi</div><div class='data'>3 febbraio 2022</div>"
                + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(italian, "https://example.org/bilancio/"), "a time over the headline");
    }

    @Test
    void dateLineOverTheHeadline_isTheStorysWhenNoneIsBelow() {
        String japanese = "<html lang='ja'><body><div id='cmsDate'><span id='update'>2022年02月03日 10時15分 公開</span></div>"
                + "<div id='cmsTitle'><h1>市議会、予算案を可決</h1></div><div class='body'>" + PROSE + "</div>"
                + "<div class='ranking'><div class='subhead'>2026年12月03日 更新</div><ol><li><a href='/other/'>他の記事</a>"
                + "<span>（2026年12月02日）</span></li></ol></div></body></html>";
        assertEquals("2022-02-03", published(japanese, "https://example.org/articles/news089.html"));
    }

    @Test
    void timeWithoutDatetimeOverTheHeadline_yieldsToTheDateBelowIt() {
        String german = "<html lang='de'><body><header><time>Donnerstag, 3. Dezember 2026</time></header>"
                + "<h1>Stadtrat beschließt Haushalt</h1><p>Von Anna Schmidt</p><p>3. Februar 2022</p>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(german, "https://example.org/haushalt/"));
        String french = "<html lang='fr'><body><div class='bandeau'><time>jeudi 3 décembre 2026</time><a href='/'>Accueil</a></div>"
                + "<main><h1>Le conseil adopte le budget</h1><div class='signature'>Claire Dubois - 3 février 2022</div>" + PROSE
                + "</main></body></html>";
        assertEquals("2022-02-03", published(french, "https://example.org/budget/"));
    }

    @Test
    void relativeTimeBelowTheHeadline_givesTheDateInItsTitle() {
        String dutch = "<html lang='nl'><body><article><h1>Gemeenteraad neemt begroting aan</h1><div class='byline'>Door Jan de Vries "
                + "<span class='time' title='3 februari 2022 10:15'>3 uur geleden</span></div>" + PROSE + "</article></body></html>";
        assertEquals("2022-02-03", published(dutch, "https://example.org/begroting/").substring(0, 10));
        String spanish = "<html lang='es'><body><h1>El pleno aprueba el presupuesto</h1><div class='firma'>Lucía Pérez "
                + "<span class='hace' title='03/02/2022 10:15'>hace 2 horas</span></div>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(spanish, "https://example.org/presupuesto/").substring(0, 10));
    }

    @Test
    void linkTitleBelowTheHeadline_isNoDate() {
        String german = "<html lang='de'><body><h1>Stadtrat beschließt Haushalt</h1><p>Von <a href='/autoren/anna/' "
                + "title='Mitglied seit 1. Januar 2019'>Anna Schmidt</a> · vor 3 Stunden</p>" + PROSE + "</body></html>";
        assertEquals(null, published(german, "https://example.org/haushalt/"));
    }

    @Test
    void dateInABoxNamedForATeaser_isThatStorys() {
        String german = "<html lang='de'><body><article><h1>Stadtrat beschließt Haushalt</h1><div class='info'><span class='label'>Stand:</span> "
                + "<span>Donnerstag, 03.02.2022, 10:15 Uhr</span></div>" + PROSE + "<div class='teaser-list'><h2>Mehr zum Thema</h2>"
                + "<div class='teaser'><a href='/kita/'>Kita-Gebühren steigen</a><span class='teaser-date'>28.01.2022</span></div></div>"
                + "</article></body></html>";
        assertEquals("2022-02-03", published(german, "https://example.org/haushalt/"), "the page's only own date, its Stand line");
    }

    @Test
    void dateBesideAProfileLinkInAnAuthorCard_isTheBylines() {
        String html = "<html lang='de'><body><article><h1>Stadtrat beschließt Haushalt</h1><div class='author-card'>"
                + "<a href='/profil/anna-schmidt/'>Anna Schmidt</a><span class='date'>03.02.2022</span></div>" + PROSE
                + "</article></body></html>";
        assertEquals("2022-02-03", published(html, "https://example.org/haushalt/"));
    }

    @Test
    void postNavigationOnAPageOfUnknownAddress_isAnotherStorys() {
        String html = "<html lang='pl'><body><h1>Rada gminy przyjęła budżet</h1><p>3 lutego 2022</p>" + PROSE
                + "<div class='wpisy'><a href='/dozynki/'>« Poprzedni wpis <time datetime='2022-01-28T09:00:00+01:00'>28.01.2022</time></a></div>"
                + "</body></html>";
        assertEquals("2022-02-03", published(html, null));
    }

    @Test
    void lineGivingTheUpdateFirst_yieldsTheCreatedDateInRomanceLanguages() {
        String spanish = "<html lang='es'><body><h1>El pleno aprueba el presupuesto</h1>"
                + "<p class='meta'>Actualizado 04/02/2022 08:00 · Creado 03/02/2022 10:15</p>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(spanish, "https://example.org/presupuesto/").substring(0, 10));
        String french = "<html lang='fr'><body><h1>Le conseil adopte le budget</h1>"
                + "<p class='meta'>Modifié le 4 février 2022 à 8h00, créé le 3 février 2022 à 10h15</p>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(french, "https://example.org/budget/").substring(0, 10));
    }

    @Test
    void creationLabelledAfterTheText_winsOverTheUpdateAboveIt() {
        String spanish = "<html lang='es'><body><article><h1>El pleno aprueba el presupuesto</h1>"
                + "<p class='meta'>Actualizado 04/02/2022 - 08:00</p>" + PROSE + "<p class='creado'>Creado: 03/02/2022 10:15</p>"
                + "</article></body></html>";
        assertEquals("2022-02-03", published(spanish, "https://example.org/presupuesto/").substring(0, 10));
        String polish = "<html lang='pl'><body><article><h1>Rada miasta przyjęła budżet</h1><div class='meta'><span>Anna Nowak</span>"
                + "<span class='data'>Aktualizacja: 04.02.2022 08:00</span></div>" + PROSE
                + "<div class='info-bottom'>Data utworzenia: 3 lutego 2022, 10:15</div></article></body></html>";
        assertEquals("2022-02-03", published(polish, "https://example.org/budzet/").substring(0, 10));
        String labelApart = "<html lang='de'><body><h1>Stadtrat beschließt Haushalt</h1><p>Aktualisiert: 04.02.2022</p>" + PROSE
                + "<p><span>Veröffentlicht:</span> <span>03.02.2022</span></p></body></html>";
        assertEquals("2022-02-03", published(labelApart, "https://example.org/haushalt/").substring(0, 10));
    }

    @Test
    void publicationLabelledAfterTheTextLaterThanTheUpdate_isAnotherStorys() {
        String spanish = "<html lang='es'><body><article><h1>El pleno aprueba el presupuesto</h1>"
                + "<p class='meta'>Actualizado 04/02/2022 - 08:00</p>" + PROSE + "<p>Publicado: 09/02/2022</p>"
                + "</article></body></html>";
        assertEquals("2022-02-04", published(spanish, "https://example.org/presupuesto/").substring(0, 10));
    }

    @Test
    void koreanCompoundLabels_markTheEditAndTheInputLines() {
        String korean = "<html lang='ko'><body><h1>시의회, 예산안 통과</h1><ul class='art-info'><li>최종수정 2022년 2월 4일 오전 8:00</li>"
                + "<li>기사입력 2022년 2월 3일 오후 3:12</li></ul>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(korean, "https://example.org/news/123").substring(0, 10));
    }

    @Test
    void barOfTodayJustOverTheSitesBanner_isNoPublication() {
        String banner = "<header><a href='/' class='brand'>Regional</a><ul class='nav'><li><a href='/n/'>Nieuws</a></li></ul></header>";
        String dutch = "<html lang='nl'><body><div class='topbar'><span>woensdag 3 december 2026</span></div>" + banner
                + "<div class='main-col'><article><h1>Provincie presenteert plan</h1><div class='text'>" + PROSE + "</div></article></div>"
                + "</body></html>";
        assertEquals(null, published(dutch, "https://example.org/nieuws/plan"));
        String under = "<html lang='nl'><body>" + banner + "<div class='top-bar'><span>woensdag 3 december 2026</span></div>"
                + "<div class='main-col'><h1>Provincie presenteert plan</h1><p>Door Jan de Vries</p><p>3 februari 2022</p>" + PROSE
                + "</div></body></html>";
        assertEquals("2022-02-03", published(under, "https://example.org/nieuws/plan"));
    }

    @Test
    void microdataDateOfAnotherStorysItem_givesWayToTheHeadlinesItem() {
        String ticker = "<div class='breaking' itemscope itemtype='https://schema.org/NewsArticle'><a itemprop='url' href='/altro/'>"
                + "<span itemprop='headline'>Altra notizia</span></a><meta itemprop='datePublished' content='2022-03-01T08:00:00+01:00'></div>";
        String bare = "<html lang='it'><body>" + ticker + "<h1>Il consiglio approva il bilancio</h1><div class='data'>"
                + "<time itemprop='datePublished' datetime='2022-02-03T10:15:00+01:00'>3 febbraio 2022</time></div>" + PROSE + "</body></html>";
        assertEquals("2022-02-03", published(bare, "https://example.org/bilancio/").substring(0, 10), "the article's property in no item");
        String item = "<html lang='it'><body>" + ticker + "<article itemscope itemtype='https://schema.org/NewsArticle'>"
                + "<h1 itemprop='headline'>Il consiglio approva il bilancio</h1><meta itemprop='datePublished' content='2022-02-03'>"
                + PROSE + "</article></body></html>";
        assertEquals("2022-02-03", published(item, "https://example.org/bilancio/").substring(0, 10), "the item holding the headline");
    }

    @Test
    void dateInTheDocumentTitle_datesAPageThatShowsNoOther() {
        String german = "<html lang='de'><head><title>Hochwasserschutzplan vorgestellt - 17.10.2025 - Landkreis</title></head><body>"
                + "<h1>Landkreis stellt Hochwasserschutzplan vor</h1>" + PROSE + "</body></html>";
        assertEquals("2025-10-17", published(german, "https://example.org/hochwasser/"));
        String shown = "<html lang='de'><head><title>Rückblick auf den 17.10.2025</title></head><body>"
                + "<h1>Rückblick</h1><p>Von Anna Schmidt, 3. Februar 2026</p>" + PROSE + "</body></html>";
        assertEquals("2026-02-03", published(shown, "https://example.org/rueckblick/"), "the page's own dateline first");
    }

    @Test
    void captionNamedByItsClass_datesThePicture() {
        String german = "<html lang='de'><body><h1>Landkreis stellt Hochwasserschutzplan vor</h1><div class='bild'><img src='/a.jpg' alt=''>"
                + "<div class='bildunterschrift'>Archivbild vom 12.03.2024: Hochwasser an der Elbe</div></div>"
                + "<p class='autor'>Von Anna Schmidt</p><p>17.10.2025</p>" + PROSE + "</body></html>";
        assertEquals("2025-10-17", published(german, "https://example.org/hochwasser/"));
        String wordpress = "<html lang='en'><body><h1>County unveils flood plan</h1><div class='wp-caption'><img src='/a.jpg' alt=''>"
                + "<p class='wp-caption-text'>The river on March 12, 2024</p></div><p>October 17, 2025</p>" + PROSE + "</body></html>";
        assertEquals("2025-10-17", published(wordpress, "https://example.org/flood-plan/"));
    }

    @Test
    void aBoxWhoseClassNamesACaption_butHoldsTheStorysHeading_isTheStory() {
        String page = "<html lang='en'><body><div class='area-essay page-caption-p'><h3>County unveils flood plan</h3>"
                + "<p>Published: October 17, 2025</p>" + PROSE + "</div><div class='footer'><p>Updated: December 2, 2025</p></div></body></html>";
        assertEquals("2025-10-17", published(page, "https://example.org/flood-plan/").substring(0, 10));
    }

    @Test
    void dateAfterSince_isTheStartOfAStateNotThePublication() {
        String german = "<html lang='de'><body><h1>Landkreis stellt Hochwasserschutzplan vor</h1><div class='autorbox'><span>Anna Schmidt</span>"
                + "<span>Redakteurin seit 01.03.2019</span></div><p>17.10.2025, 14:30 Uhr</p>" + PROSE + "</body></html>";
        assertEquals("2025-10-17", published(german, "https://example.org/hochwasser/").substring(0, 10));
        String english = "<html lang='en'><body><h1>County unveils flood plan</h1><div class='byline'><a href='/u/sarah/'>Sarah Jones</a> "
                + "<small>Member since March 1, 2019</small></div><div class='post-date'>October 17, 2025</div>" + PROSE + "</body></html>";
        assertEquals("2025-10-17", published(english, "https://example.org/flood-plan/"));
    }

    @Test
    void dateAfterASlavicSince_isTheStartOfAState_butADateInTheLinesNextItemIsNot() {
        assertEquals(null, DateLabels.dateBeforeUpdate("Anna Nowak – dziennikarka, w redakcji od 3 września 2019 r."));
        assertEquals(null, DateLabels.dateBeforeUpdate("Работает в редакции с 1 сентября 2019 года"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Олена Коваль, авторка з 12 травня 2019 року"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Jan Novák, redaktorem od 1. září 2019"));
        assertEquals("2025-06-12", DateLabels.dateBeforeUpdate("Anna Nowak · w zespole od 2019 roku · 12 czerwca 2025"));
        assertEquals("2025-10-17", DateLabels.dateBeforeUpdate("Redakteurin seit 01.03.2019 | 17.10.2025"));
        String polish = "<html lang='pl'><body><h1>Województwo przedstawia nowy plan</h1><div class='autor'>Anna Nowak – dziennikarka, "
                + "w redakcji od 3 września 2019 r.</div>" + PROSE + "<p class='data'>5.03.2025, 14:30</p></body></html>";
        assertEquals("2025-03-05", published(polish, "https://example.org/plan/").substring(0, 10));
    }

    @Test
    void dateThatBoundsATerm_isNoPublication_butALabelledOneBesideItIs() {
        assertEquals(null, DateLabels.dateBeforeUpdate("bis 31.12.2026"));
        assertEquals(null, DateLabels.dateBeforeUpdate("ab 01.01.2027"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Verfügbar bis 03.12.2028"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Available until 3 December 2028"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Closing date: 16 January 2027"));
        assertEquals(null, DateLabels.dateBeforeUpdate("12 January 2027 to 16 January 2027"));
        assertEquals(null, DateLabels.dateBeforeUpdate("vom 3. bis 5. März 2027"));
        assertEquals(null, DateLabels.dateBeforeUpdate("May 3, 2027 to May 5, 2027"));
        // two days joined by a dash before the month's name: a period too; a numeric date's dashes are no period
        assertEquals(null, DateLabels.dateBeforeUpdate("12–14 March 2027, Plymouth"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Symposium dates: 12-14 March 2027"));
        assertEquals(null, DateLabels.dateBeforeUpdate("3.–5. März 2027, Messe Essen"));
        assertEquals("2026-12-03", DateLabels.dateBeforeUpdate("03-12-2026 Berlin"));
        assertEquals("2026-12-03", DateLabels.dateBeforeUpdate("2026-12-03 Wednesday"));
        assertEquals("2026-12-02", DateLabels.dateBeforeUpdate("Published 2 December 2026"));
        assertEquals("2026-12-02", DateLabels.dateBeforeUpdate("Lindenau, 02.12.2026"));
        assertEquals("2026-12-02", DateLabels.dateBeforeUpdate("02.12.2026 | Lesezeit 3 bis 5 Minuten"));
        assertEquals("2026-12-02", DateLabels.dateBeforeUpdate("Veröffentlicht am 02.12.2026, verfügbar bis 02.12.2027"));
    }

    @Test
    void labelOfAStateOrTermAlone_isAStateLabel_aPublicationLabelIsNot() {
        assertEquals(true, StateDates.isStateLabel("Joined:"));
        assertEquals(true, StateDates.isStateLabel("Registriert:"));
        assertEquals(true, StateDates.isStateLabel("Verfügbar bis"));
        assertEquals(false, StateDates.isStateLabel("Published:"));
        assertEquals(false, StateDates.isStateLabel("Online seit"));
        assertEquals(false, StateDates.isStateLabel("Joined: 10.11.2026"));
        String forum = "<html><body><dl><dt>crumbshot</dt><dd><strong>Joined:</strong> Tue Nov 10, 2026</dd></dl>"
                + "<p><span>by <strong>crumbshot</strong> » Sun Nov 29, 2026 8:14 pm</span></p>" + PROSE + "</body></html>";
        assertEquals("2026-11-29", published(forum, "https://example.org/viewtopic.php?t=1").substring(0, 10));
    }

    @Test
    void forumJoinedLabelInTheSiteLanguage_isAStateLabel_withAShortWordBeforeItsColon() {
        assertEquals(true, StateDates.isStateLabel("Iscritto il:"));
        assertEquals(true, StateDates.isStateLabel("Inscrit le :"));
        assertEquals(true, StateDates.isStateLabel("Registrado:"));
        assertEquals(true, StateDates.isStateLabel("Dołączył(a):"));
        assertEquals(true, StateDates.isStateLabel("Kayıt tarihi:"));
        assertEquals(true, StateDates.isStateLabel("Регистрация:"));
        assertEquals(false, StateDates.isStateLabel("Pubblicato il:"));
        assertEquals(false, StateDates.isStateLabel("Publié le :"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Iscritto il: mar 12 gen 2021, 18:03"));
        String forum = "<html lang='it'><body><dl><dt>lucia_b</dt><dd><strong>Iscritto il:</strong> gio 4 mar 2021, 09:12</dd></dl>"
                + "<p><span>da <strong>lucia_b</strong> » sab 14 nov 2026, 10:05</span></p>" + PROSE + "</body></html>";
        assertEquals("2026-11-14", published(forum, "https://example.org/viewtopic.php?t=1").substring(0, 10));
    }

    @Test
    void anUpdateLabelInTheSiteLanguage_beforeThePublicationLine_isPassedOver() {
        String romanian = "<html lang='ro'><body><h1>Teatrul își redeschide sala mare</h1><p class='meta'>Ultima actualizare: 2 decembrie 2026, 09:05 · "
                + "Data publicării: 1 decembrie 2026, 18:30</p>" + PROSE + "</body></html>";
        assertEquals("2026-12-01", published(romanian, "https://example.org/a").substring(0, 10));
        String polish = "<html lang='pl'><body><h1>Nowy most otwarty</h1><p class='meta'>Data aktualizacji: 4 grudnia 2026 · "
                + "Data publikacji: 3 grudnia 2026</p>" + PROSE + "</body></html>";
        assertEquals("2026-12-03", published(polish, "https://example.org/a").substring(0, 10));
    }

    @Test
    void aWireDatelineWithoutACommaInAShortFirstParagraph_datesTheStory_capitalsBeforeOtherDigitsDoNot() {
        String czech = "<html lang='cs'><body><h1>Vláda schválila zvýšení příspěvku</h1><p>PRAHA 3. prosince 2026 – Vláda na svém "
                + "středečním zasedání schválila zvýšení rodičovského příspěvku na 380 tisíc korun.</p></body></html>";
        assertEquals("2026-12-03", published(czech, "https://example.org/a").substring(0, 10));
        String english = "<html lang='en'><body><h1>Ministers agree on new fishing quotas</h1><p>EU 27 ministers met in Brussels and agreed "
                + "on new fishing quotas for the North Sea, which take effect on 1 March 2027.</p></body></html>";
        assertEquals(null, published(english, "https://example.org/a"));
    }

    @Test
    void onlineSince_isThePublicationsOwnLabel() {
        assertEquals("2025-03-05", DateLabels.dateBeforeUpdate("Online seit 05.03.2025, 14:30 Uhr").substring(0, 10));
        assertEquals("2025-03-05", DateLabels.dateBeforeUpdate("En ligne depuis le 5 mars 2025"));
        assertEquals(null, DateLabels.dateBeforeUpdate("Mitglied seit 05.03.2019"));
    }

    @Test
    void relativeTimeBelowTheHeadline_givesTheDateInItsDataAttribute() {
        String turkish = "<html lang='tr'><body><h1>Valilik yeni taşkın planını açıkladı</h1><p class='meta'>"
                + "<span class='tarih' data-date='2025-10-17T14:30:00+03:00'>3 saat önce</span></p>" + PROSE + "</body></html>";
        assertEquals("2025-10-17", published(turkish, "https://example.org/haber/").substring(0, 10));
        String epoch = "<html lang='de'><body><h1>Landkreis stellt Plan vor</h1><p><span data-timestamp='1760704200'>vor 3 Stunden</span></p>"
                + PROSE + "</body></html>";
        assertEquals("2025-10-17", published(epoch, "https://example.org/plan/").substring(0, 10));
    }

    @Test
    void commentsMicrodataDatePublished_isTheCommentsNotThePages() {
        String html = "<html><body><article><h1>Hochwasserplan</h1><p class='meta'>Von Anna Berg, 03.02.2022</p><p>Text.</p>"
                + "<section class='talk'><div itemscope itemtype='https://schema.org/Comment'>"
                + "<meta itemprop='datePublished' content='2022-02-04T08:12:00+01:00'><span>04.02.2022</span>"
                + "<p itemprop='text'>Gut so.</p></div></section></article></body></html>";
        assertEquals("2022-02-03", published(html, "https://example.org/region/hochwasserplan"));
    }

    @Test
    void publicationStatedInUtc_givesTheDayThePageShows() {
        String west = "<html><head><meta property='article:published_time' content='2022-02-04T04:30:00Z'></head><body>"
                + "<h1>County unveils flood plan</h1><p class='byline'>By Kate Lee · Feb. 3, 2022 11:30 PM EST</p><p>Text.</p></body></html>";
        assertEquals("2022-02-03T23:30:00-05:00", published(west, "https://example.org/news/flood-plan"));
        assertEquals("2022-02-03T23:30:41-05:00", published(west.replace("04:30:00Z", "04:30:41Z"), "https://example.org/news/flood-plan"),
                "the shown clock has no seconds");
        String east = "<html><head><meta property='article:published_time' content='2022-02-03T22:30:00Z'></head><body>"
                + "<h1>県が防災計画を発表</h1><p class='date'>2022年2月4日 7時30分</p><p>本文。</p></body></html>";
        assertEquals("2022-02-04T07:30:00+09:00", published(east, "https://example.org/news/plan"), "the shown clock gives the offset");
        String noZone = east.replace("2022-02-03T22:30:00Z", "2022-02-03T22:30:00+09:00");
        assertEquals("2022-02-03T22:30:00+09:00", published(noZone, "https://example.org/news/plan"), "an offset states the local day");
        String tooEarly = east.replace("22:30:00Z", "05:30:00Z");
        assertEquals("2022-02-03T05:30:00Z", published(tooEarly, "https://example.org/news/plan"), "no zone reaches the next day");
        String otherClock = "<html><head><meta property='article:published_time' content='2024-08-27T10:32:24Z'></head><body>"
                + "<h1>Ticker</h1><p>Im Radio am 26.08.2024 um 06:00 Uhr.</p><p>Text.</p></body></html>";
        assertEquals("2024-08-27T10:32:24Z", published(otherClock, "https://example.org/ticker"), "no zone shows 10:32 UTC as 06:00 the day before");
        String dateOnly = "<html><head><meta property='article:published_time' content='2016-11-28T00:00:00Z'></head><body>"
                + "<h1>Profile</h1><p><time>November 27, 2016</time></p><p>Text.</p></body></html>";
        assertEquals("2016-11-27", published(dateOnly, "https://example.org/magazine/profile"));
    }

    @Test
    void abbreviatedAndNewLabels_tellUpdateFromPublication() {
        String es = "<html><body><h1>Plan contra inundaciones</h1><p class='fecha'>Act. 05/02/2022 09:15 · Pub. 03/02/2022 14:30</p>"
                + "<p>Texto.</p></body></html>";
        assertEquals("2022-02-03", published(es, "https://example.org/a").substring(0, 10));
        String is = "<html lang='is'><body><h1>Ný áætlun</h1><p>Uppfært 5.2.2022 kl. 09:15 · Birt 3.2.2022 kl. 14:30</p>"
                + "<p>Texti.</p></body></html>";
        assertEquals("2022-02-03", published(is, "https://example.org/a").substring(0, 10));
        String lv = "<html lang='lv'><body><h1>Jauns plāns</h1><p>Atjaunots: 05.02.2022 09:15 · Publicēts: 03.02.2022 14:30</p>"
                + "<p>Teksts.</p></body></html>";
        assertEquals("2022-02-03", published(lv, "https://example.org/a").substring(0, 10));
    }

    @Test
    void commentsMicrodataTime_isNotThePagesTime() {
        String html = "<html><body><article><h1>Plan contre les crues</h1><p class='meta'>Publié le 3 février 2022</p><p>Texte.</p>"
                + "<ol class='avis'><li itemscope itemtype='https://schema.org/Comment'>"
                + "<time itemprop='datePublished' datetime='2022-02-06T09:00:00+01:00'>6 février 2022</time>"
                + "<p itemprop='text'>Bravo</p></li></ol></article></body></html>";
        assertEquals("2022-02-03", published(html, "https://example.org/region/plan"));
    }

    @Test
    void utcStatedPublication_keepsItsDayBesideAnotherLabelledDate() {
        String html = "<html><head><meta property='article:published_time' content='2022-02-03T20:00:00Z'></head><body>"
                + "<h1>Band announces concert</h1><div class='event'>Concert: February 4, 2022</div><p>By Kate Lee</p>"
                + "<p>Text.</p></body></html>";
        assertEquals("2022-02-03T20:00:00Z", published(html, "https://example.org/music/concert"));
    }

    @Test
    void dateBeforeAnUpdateWithItsOwnRelativeTime_isThePublication() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-02-04T01:40:00Z\"}"
                + "</script></head><body><h1>Governo apresenta plano</h1><p class='data'>03/02/2022 22h40 - Atualizado há 2 horas</p>"
                + "<p>Texto.</p></body></html>";
        assertEquals("2022-02-03T22:40:00-03:00", published(html, "https://example.org/politica/plano"));
    }

    @Test
    void customTimeElements_giveTheirMachineTime() {
        String amp = "<html><body><article><h1>County unveils flood plan</h1><p>By Kate Lee · <amp-timeago layout='fixed' width='160' "
                + "height='20' datetime='2022-02-03T14:30:00Z'>Feb 3</amp-timeago></p><p>Text.</p></article></body></html>";
        assertEquals("2022-02-03T14:30:00Z", published(amp, "https://example.org/amp/flood-plan"));
        String rel = amp.replace("amp-timeago layout='fixed' width='160' height='20'", "relative-time").replace("</amp-timeago>", "</relative-time>");
        assertEquals("2022-02-03T14:30:00Z", published(rel, "https://example.org/flood-plan"));
    }

    @Test
    void yearlessDateBadge_takesTheYearFromTheDatedPath() {
        String html = "<html><body><article><h1>Le plan contre les crues</h1><div class='date'><span class='jour'>03</span>"
                + "<span class='mois'>févr.</span></div><p>Texte.</p></article></body></html>";
        assertEquals("2022-02-03", published(html, "https://www.example.fr/2022/02/plan-crues/"));
        assertEquals(null, published(html, "https://www.example.fr/2022/03/plan-crues/"), "another month than the path's");
    }

    @Test
    void utcStatedPublication_readsThePublicationAfterAnUpdateOnOneLine() {
        String html = "<html><head><meta property='article:published_time' content='2022-02-04T03:30:00Z'></head><body>"
                + "<h1>County unveils flood plan</h1><p class='byline'>Updated Feb. 4, 2022 8:00 a.m. · Published Feb. 3, 2022 "
                + "10:30 p.m.</p><p>Text.</p></body></html>";
        assertEquals("2022-02-03T22:30:00-05:00", published(html, "https://example.org/news/flood-plan"));
    }

    @Test
    void publicationMetaNamesOfOtherCmss_areRead() {
        for (String name : new String[]{"published_date", "dcterms.date", "DC.date.published", "rnews:datePublished", "bt:pubDate",
                "og:regDate", "ptime", "pubtime", "publishtime", "pub_date", "article:published_date"}) {
            String html = "<html><head><meta name='" + name + "' content='2022-02-03 14:30:00'></head><body><h1>Plan</h1>"
                    + "<p>By Kate Lee</p><p>Text.</p></body></html>";
            assertEquals("2022-02-03", published(html, "https://example.org/news/plan").substring(0, 10), name);
        }
    }

    @Test
    void factLabelledDateBeforeTheByline_givesWayToAnEarlierDate_butNotToALaterOne() {
        String facts = "<h1>Spring relay entries open</h1><p><strong>Race day:</strong> Saturday, 14 March 2026<br>"
                + "<strong>Venue:</strong> Millbrook Common</p>";
        String prose = "<p>" + "Entries are now open for the spring relay on the common, with teams of four runners. ".repeat(3) + "</p>";
        // what the story announces comes after it: the byline's earlier day is the page's
        assertEquals("2026-01-12", published("<html><body>" + facts + "<p>12 January 2026 by Helen Marsh</p>" + prose
                + "</body></html>", "https://example.org/news/relay"));
        // a labelled day with a later one after it is kept: no announced event comes before the story
        assertEquals("2026-03-14", published("<html><body>" + facts + "<p>20 March 2026 by Helen Marsh</p>" + prose
                + "</body></html>", "https://example.org/news/relay"));
        // a generic date noun labels the page's own date
        assertEquals("2026-01-05", published("<html><body><h1>Spring relay entries open</h1><p><strong>Datum:</strong> "
                + "5. Januar 2026</p><p>12. Januar 2026</p>" + prose + "</body></html>", "https://example.org/news/relay"));
    }

    @Test
    void articlesOwnFooter_datesThePostAfterItsText() {
        String html = "<html lang='it'><body><article><h1>Sagra</h1><p>" + "Domenica 14 aprile 2024 torna la sagra in piazza. ".repeat(5)
                + "</p><footer>Pubblicato il 29 marzo 2024 da <a rel='author' href='/a/'>Marta</a></footer></article>"
                + "<footer>Aggiornato il 2 aprile 2024</footer></body></html>";
        assertEquals("2024-03-29", published(html, "https://example.it/sagra/"));
    }

    @Test
    void pagesFooter_outsideTheArticle_isStillSkipped() {
        String html = "<html lang='it'><body><article><h1>Sagra</h1><p>" + "Torna la sagra in piazza con musica e stand. ".repeat(5)
                + "</p></article><footer>Pubblicato il 29 marzo 2024</footer></body></html>";
        assertEquals(null, published(html, "https://example.it/sagra/"));
    }

    @Test
    void yearlessShownDay_beforeTheUtcDay_isThePublishersDay() {
        String html = "<html lang='en-US'><head><meta property='article:published_time' content='2025-01-01T03:10:00Z'></head>"
                + "<body><h1>Fireworks</h1><p><span>Ann Lee</span> <span>Dec. 31</span></p><p>Text.</p></body></html>";
        assertEquals("2024-12-31", published(html, "https://example.com/fireworks"));
    }

    @Test
    void yearlessShownDay_twoDaysOff_leavesTheStatedTime() {
        String html = "<html lang='en-US'><head><meta property='article:published_time' content='2025-03-06T03:10:00Z'></head>"
                + "<body><h1>Fireworks</h1><p><span>Ann Lee</span> <span>Mar. 4</span></p><p>Text.</p></body></html>";
        assertEquals("2025-03-06T03:10:00Z", published(html, "https://example.com/fireworks"));
    }

    @Test
    void chronologyEntries_giveWayToTheLabelledPublication() {
        String html = "<html lang='de'><body><h1>Chronik</h1><p>" + "Ein Überblick über die wichtigsten Stationen des Projekts. ".repeat(4)
                + "</p><ul><li>12. Mai 2003: Der Gemeinderat beantragt erstmals eine Umfahrung.</li>"
                + "<li>7. Oktober 2011: Das Land nimmt das Projekt in den Bedarfsplan auf.</li></ul>"
                + "<p>Veröffentlicht am 08.03.2024 von Hauptamt</p></body></html>";
        assertEquals("2024-03-08", published(html, "https://example.de/chronik"));
    }

    @Test
    void listOfTeasersWithDatesFirst_isNoChronology() {
        String html = "<html lang='de'><body><h1>Termine</h1><p>" + "Ein Überblick über die wichtigsten Stationen des Projekts. ".repeat(4)
                + "</p><ul><li>12.05.2023</li><li>07.10.2023</li></ul></body></html>";
        assertEquals("2023-05-12", published(html, "https://example.de/termine"));
    }
}
