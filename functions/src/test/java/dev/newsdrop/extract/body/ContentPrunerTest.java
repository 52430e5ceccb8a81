package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentPrunerTest {

    private static final String PROSE = "The council approved the harbour budget on Tuesday after a long debate about dredging,"
            + " ferries and the fish market, and the mayor said the vote showed the city could still agree on big things.";

    private static String pruned(String line) {
        Element container = Jsoup.parseBodyFragment("<div><p>" + PROSE + "</p><p>" + line + "</p><p>" + PROSE + "</p></div>")
                .body().child(0);
        ContentPruner.prune(container, TextStats.measure(container), null, dev.newsdrop.extract.budget.Deadline.none());
        return container.text();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "اقرأ أيضا: الحكومة تعلن خطة جديدة", "شارك هذا المقال", "تابعنا على تويتر", "نشر في 3 مارس 2024",
        "Читайте также: Новый бюджет города", "Lees ook: Nieuwe plannen", "Baca juga: Rencana baru kota", "Iklan",
        "More: Another story from the harbour", "Publié le 3 mars 2024 à 10h", "Реклама", "Czytaj także: Nowy plan",
        "Lee también: El tráfico de contenedores bate récords", "Veja também: Porto amplia terminal",
        "यह भी पढ़ें: शहर में तीन नए पार्क बनेंगे", "קראו עוד: העירייה תשפץ גנים",
        "Das könnte Sie auch interessieren", "Newsletter abonnieren", "Ti potrebbe interessare", "4 Antworten",
        "3 comentários", "12 Kommentare", "Iscriviti alla newsletter", "Vous aimerez aussi", "You may also like"})
    void boilerplateLines_inManyLanguages_areCut(String line) {
        assertEquals(PROSE + " " + PROSE, pruned(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sharepoint outages hit the council", "Delays are expected at the ferry terminal.",
        "Newsletter-Versand verzögert sich wegen des Streiks", "4 Antworten auf die wichtigsten Fragen zur Grundsteuer"})
    void linesThatOnlyStartLikeBoilerplate_stay(String line) {
        assertEquals(PROSE + " " + line + " " + PROSE, pruned(line), line);
    }

    private static String prunedBlock(String html) {
        Element container = Jsoup.parseBodyFragment("<div><p>" + PROSE + "</p>" + html + "</div>").body().child(0);
        ContentPruner.prune(container, TextStats.measure(container), null, dev.newsdrop.extract.budget.Deadline.none());
        return container.text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div class=s><img src=/k1.jpg alt=''><span>1 / 8</span></div>",
        "<div><picture><img src=/a.jpg></picture><p>Bild 3 von 12</p></div>", "<div><img src=/a.jpg><div>4/9</div></div>"})
    void slideCounter_besideItsPicture_isCut(String slide) {
        assertEquals(PROSE + " " + PROSE, prunedBlock(slide + "<p>" + PROSE + "</p>"), slide);
    }

    @org.junit.jupiter.api.Test
    void slideCounter_goes_andItsPictureStays() {
        Element container = Jsoup.parseBodyFragment("<div><p>" + PROSE + "</p><div class=s><img src=/k1.jpg alt=''>"
                + "<span>1</span><span> / </span><span>8</span></div><p>" + PROSE + "</p></div>").body().child(0);
        ContentPruner.prune(container, TextStats.measure(container), null, dev.newsdrop.extract.budget.Deadline.none());
        assertEquals(PROSE + " " + PROSE, container.text());
        assertEquals(1, container.getElementsByTag("img").size(), container.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a number line with no picture, a picture beside a line that counts nothing, a table's cell
        "<p>1 / 8</p>", "<div><img src=/a.jpg><span>24/7</span></div>",
        "<table><tr><td>Heim</td><td>2 / 3</td></tr><tr><td>Gast</td><td>1 / 3</td></tr></table>"})
    void numbersThatAreNoSlideCounter_stay(String block) {
        String kept = org.jsoup.Jsoup.parseBodyFragment(block).body().text();
        assertEquals(PROSE + " " + kept + " " + PROSE, prunedBlock(block + "<p>" + PROSE + "</p>"), block);
    }

    @org.junit.jupiter.api.Test
    void linkedItem_inListOfUnlinkedItems_stays() {
        String text = prunedBlock("<ul><li>200 g kalte Butter</li><li>1 Prise Zimt</li><li>1 kg <a href=/rhabarber>Rhabarber</a></li></ul>");
        assertEquals(PROSE + " 200 g kalte Butter 1 Prise Zimt 1 kg Rhabarber", text);
    }

    @org.junit.jupiter.api.Test
    void partlyLinkedItems_ofRelatedStoriesList_areCut() {
        String text = prunedBlock("<ul><li>Unlinked lead of an item <a href=/a>and the linked rest of a story headline</a></li>"
                + "<li>How the city <a href=/b>gets its budget backward again</a></li><li>A plain line of the list that is longer than the others</li></ul>");
        assertEquals(PROSE + " A plain line of the list that is longer than the others", text);
    }

    @org.junit.jupiter.api.Test
    void linkedList_introducedBySentenceEndingInColon_stays() {
        String text = prunedBlock("<p>The captain appears in every episode of the first season, among them:</p>"
                + "<ul><li><a href=/w/a>Casting Off</a> (1x01)</li><li><a href=/w/b>The Long Night</a> (1x04)</li></ul>");
        assertEquals(PROSE + " The captain appears in every episode of the first season, among them: Casting Off (1x01) The Long Night (1x04)", text);
    }

    @org.junit.jupiter.api.Test
    void linkedList_underShortLabel_isCut() {
        String text = prunedBlock("<p>Lesen Sie auch:</p><ul><li><a href=/a>Neue Buslinie zum Klinikum</a> (12.03.)</li>"
                + "<li><a href=/b>Freibad schließt früher</a> (11.03.)</li></ul>");
        assertEquals(PROSE, text);
    }

    @org.junit.jupiter.api.Test
    void signatureInLines_withPlaceAndDate_stays_whileOneLineDatelineIsCut() {
        assertEquals(PROSE + " Lindenfeld, 08.03.2024 Petra Ohlig Bürgermeisterin",
                prunedBlock("<p>Lindenfeld, 08.03.2024<br>Petra Ohlig<br>Bürgermeisterin</p>"));
        assertEquals(PROSE, prunedBlock("<p>Lindenfeld, 08.03.2024</p>"));
        assertEquals(PROSE, prunedBlock("<p>Veröffentlicht: 08.03.2024<br>Aktualisiert: 09.03.2024</p>"));
        assertEquals(PROSE, prunedBlock("<p>Anna Schmidt<br>08.03.2024, 10:15 Uhr</p>"));
    }

    @org.junit.jupiter.api.Test
    void tableOfRecords_withLinkedNames_stays_butALinkTableGoes() {
        String records = prunedBlock("<table><tr><td>250 g</td><td><a href=/z/1>Tellerlinsen</a></td></tr>"
                + "<tr><td>1 Bund</td><td><a href=/z/2>Suppengrün</a></td></tr><tr><td>1 Liter</td><td><a href=/z/3>Gemüsebrühe</a></td></tr>"
                + "<tr><td></td><td><a href=/z/4>Salz</a> und <a href=/z/5>Pfeffer</a></td></tr></table>");
        assertEquals(PROSE + " 250 g Tellerlinsen 1 Bund Suppengrün 1 Liter Gemüsebrühe Salz und Pfeffer", records);
        String links = prunedBlock("<table><tr><td><a href=/a>Neue Buslinie zum Klinikum</a> | <a href=/b>Freibad schließt früher</a></td></tr>"
                + "<tr><td><a href=/c>Herbstmarkt lockt Besucher</a> | <a href=/d>Stadtrat tagt</a></td></tr></table>");
        assertEquals(PROSE, links);
    }

    @org.junit.jupiter.api.Test
    void roundUpItems_linkedHeadlineThenSentence_stay() {
        String item = "<li><strong><a href=/a>A new game is finally coming out after twelve years of waiting</a>.</strong>"
                + " The developer called it a flagship game.</li>";
        String text = prunedBlock("<ul>" + item.repeat(4) + "</ul>"); // a long list: the list passes at 0.7, each item is 0.6 links
        assertEquals(PROSE + " A new game is finally coming out after twelve years of waiting. The developer called it a flagship game.".repeat(4), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The inquiry had been shelved in 2017 but was <a href=/a>re-opened this spring after the ferry operator sold its fleet</a>.",
        "Die Stadt hatte den Bau <a href=/b>bereits im vergangenen Herbst genehmigt, nach einem langen Streit im Rat</a>, sagte sie.",
        "Le port accueille désormais <a href=/c>deux nouveaux navires construits au chantier du sud</a> depuis mars."})
    void sentenceRunningThroughItsLink_stays(String line) {
        String text = Jsoup.parseBodyFragment(line).text();
        assertEquals(PROSE + " " + text + " " + PROSE, pruned(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mehr aus der Region: <a href=/a>Neue Fähre für die Insel</a> und <a href=/b>Hafenfest abgesagt</a>.",
        "<a href=/a>Harbour budget approved after a long debate</a> | <a href=/b>Ferry season starts early this year</a>",
        "Topics <a href=/a>Harbour</a>, <a href=/b>Ferries and boats</a>, <a href=/c>Fish market and trade</a>."})
    void linkLinesWithALabel_areStillCut(String line) {
        assertEquals(PROSE + " " + PROSE, pruned(line), line);
    }

    @org.junit.jupiter.api.Test
    void quotedPost_keepsItsLinkedWordsAndDatedAttribution_butNotItsChrome() {
        String tweet = "<blockquote class=twitter-tweet><div><p><a href=/h/a>#Hochwasser</a> <a href=/h/b>#Elbe</a> <a href=/t/1>t.example/a1</a></p>"
                + "<p>— Landratsamt (@lra) <a href=/s/1>3. Juni 2024</a></p>"
                + "<a href=/p/1><div>Diesen Beitrag ansehen</div></a></div></blockquote>";
        assertEquals(PROSE + " #Hochwasser #Elbe t.example/a1 — Landratsamt (@lra) 3. Juni 2024", prunedBlock(tweet));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zugriffe: 1834", "Hits: 412", "Aufrufe: 12.004", "1.204 Aufrufe", "Visualizzazioni: 98",
        "Liczba wyświetleń: 412", "3,218 views"})
    void viewCounterLines_areCut(String line) {
        assertEquals(PROSE + " " + PROSE, pruned(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Samstag, 4. Oktober bis Sonntag, 5. Oktober 2025", "3 to 5 May 2025", "del 2 al 9 de mayo de 2025"})
    void periodLines_stay(String line) {
        assertEquals(PROSE + " " + line + " " + PROSE, pruned(line), line);
    }

    @org.junit.jupiter.api.Test
    void periods_needANumberOnBothSidesOfTheirJoiner() {
        assertEquals(true, ContentDates.isPeriod("Freitag, 27. Juni bis Sonntag, 29. Juni 2025"));
        assertEquals(true, ContentDates.isPeriod("du 4 au 6 juillet 2025"));
        assertEquals(false, ContentDates.isPeriod("14.03.2025 – 06:00 Uhr")); // a dateline's date and time
        assertEquals(false, ContentDates.isPeriod("Published 3 May 2025 to the web"));
    }

    @org.junit.jupiter.api.Test
    void newsletterPromotion_closingOnItsLink_isCut() {
        String text = prunedBlock("<div class=box><p><strong>Morgens informiert:</strong> Unser Newsletter bringt Ihnen jeden Werktag"
                + " die wichtigsten Nachrichten. <a href=/nl>Jetzt anmelden</a></p></div><p>" + PROSE + "</p>");
        assertEquals(PROSE + " " + PROSE, text);
    }

    @org.junit.jupiter.api.Test
    void sentenceNamingANewsletter_endingInItsOwnWords_stays() {
        String line = "Der Verein informiert seine Mitglieder über einen <a href=/nl>Newsletter</a>, der monatlich erscheint.";
        assertEquals(PROSE + " Der Verein informiert seine Mitglieder über einen Newsletter, der monatlich erscheint.",
                prunedBlock("<p>" + line + "</p>"));
    }
    @org.junit.jupiter.api.Test
    void sentenceNamingItsLinksAsSeries_stays_whileShortLabelOverSeriesIsCut() {
        String sentence = "<p>Die Unterlagen stehen auch online bereit: <a href=/d1.pdf>Haushaltsplan 2026 (PDF)</a>, "
                + "<a href=/d2.pdf>Investitionsprogramm (PDF)</a> und <a href=/d3.pdf>Stellenplan (PDF)</a>.</p>";
        assertEquals(PROSE + " Die Unterlagen stehen auch online bereit: Haushaltsplan 2026 (PDF), Investitionsprogramm (PDF) und Stellenplan (PDF).",
                prunedBlock(sentence));
        assertEquals(PROSE + " Les documents sont disponibles en ligne : budget primitif 2026 et plan pluriannuel d'investissement.",
                prunedBlock("<p>Les documents sont disponibles en ligne : <a href=/a>budget primitif 2026</a> et <a href=/b>plan pluriannuel d'investissement</a>.</p>"));
        assertEquals(PROSE, prunedBlock("<p>Mehr zum Thema: <a href=/a>Neue Buslinie zum Klinikum ab März</a>, "
                + "<a href=/b>Freibad schließt früher als geplant</a> und <a href=/c>Stadtfest wird verschoben</a>.</p>"));
        assertEquals(PROSE, prunedBlock("<p>Die Unterlagen stehen auch online bereit: <a href=/d1.pdf>Haushaltsplan 2026 (PDF)</a> | "
                + "<a href=/d2.pdf>Investitionsprogramm (PDF)</a> | <a href=/d3.pdf>Stellenplan (PDF)</a> |</p>"));
    }

    @org.junit.jupiter.api.Test
    void lineWithEventDateAsMicrodata_stays_whileDatelineIsCut() {
        assertEquals(PROSE + " Datum: So, 14.12.2025, 17:00 Uhr", prunedBlock(
                "<p><span>Datum:</span> <time itemprop=\"startDate\" datetime=\"2025-12-14T17:00\">So, 14.12.2025, 17:00 Uhr</time></p>"));
        assertEquals(PROSE, prunedBlock("<p><span>Datum:</span> <time itemprop=\"datePublished\">So, 14.12.2025, 17:00 Uhr</time></p>"));
    }

    @org.junit.jupiter.api.Test
    void datedParagraph_amongParagraphsOfFacts_stays() {
        assertEquals(PROSE + " Datum: Sonntag, 14. Dezember 2025 Ort: Stadtkirche St. Marien Eintritt: 15 Euro, ermäßigt 10 Euro",
                prunedBlock("<p><b>Datum:</b> Sonntag, 14. Dezember 2025</p><p><b>Ort:</b> Stadtkirche St. Marien</p>"
                        + "<p><b>Eintritt:</b> 15 Euro, ermäßigt 10 Euro</p>"));
        assertEquals(PROSE, prunedBlock("<p><b>Datum:</b> Sonntag, 14. Dezember 2025</p><p><b>Autor:</b> Redaktion</p>"));
    }

    @org.junit.jupiter.api.Test
    void linkedIngredient_ofShortListUnderIngredientsHeading_stays() {
        assertEquals(PROSE + " Ingredienser 2 kg pinnekjøtt 1 kg kålrabi",
                prunedBlock("<h3>Ingredienser</h3><ul><li>2 kg pinnekjøtt</li><li>1 kg <a href=/kalrabi>kålrabi</a></li></ul>"));
    }
    @ParameterizedTest
    @ValueSource(strings = {"Ansøgningsfrist: 10. januar 2026", "Bewerbungsfrist: 15. Januar 2026", "Anmeldeschluss: 12.12.2025",
        "Date limite : 15 janvier 2026", "Scadenza: 31 gennaio 2026", "Termin składania ofert: 20.01.2026"})
    void labelledDeadlineDate_stays(String line) {
        assertEquals(PROSE + " " + line, prunedBlock("<p><b>" + line.substring(0, line.indexOf(':') + 1) + "</b>" + line.substring(line.indexOf(':') + 1) + "</p>"));
    }

    @org.junit.jupiter.api.Test
    void labelledPublicationDate_isCut() {
        assertEquals(PROSE, prunedBlock("<p><b>Veröffentlicht:</b> 10. Januar 2026</p>"));
        assertEquals(PROSE, prunedBlock("<p><b>Datum:</b> 10.01.2026</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kessler & Roth38,12 €-11,3 %Zur Aktie", "Northwind Foods $42.18 -6.2% View quote",
            "Banco Sabadell 2,41 EUR +0,8 % Cotización", "Helvetia Holding CHF 128.40 ▲ 1.2 % Kurs", "Orlen 61,20 zł −2,05% Notowania",
            "TUPRS 186,40 TL %3,27 Hacim: 4,1 milyar TL Son işlem: 10:55"})
    void quoteBoxes_areToldByTheirShapeInAnyLanguage(String text) {
        assertTrue(PriceLines.isQuoteWidget(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Die Aktie fiel um -11,3 % auf 38,12 €.", "Shares rose +4% to $18 after the results were published on Monday morning in New York",
            "Kessler & Roth 38,12 € Zur Aktie", "Inflation -0,4 % Mehr dazu", "Rabatt -20 % auf alle Schuhe",
            "Yıllık enflasyon %47,1 oldu", "Kira artışı %25 ile sınırlı Detaylar"})
    void sentencesAndOtherLines_areNoQuoteBox(String text) {
        assertFalse(PriceLines.isQuoteWidget(text), text);
    }

    private static boolean sourceList(String head, String items) {
        org.jsoup.nodes.Document doc = Jsoup.parse("<html><head>" + head + "</head><body><div><p>Text.</p><h3>Links</h3><ul>" + items
                + "</ul></div></body></html>");
        return ListsOfTheText.isSourceList(doc.selectFirst("ul"));
    }

    @org.junit.jupiter.api.Test
    void aListUnderAHeadingLinkingByTitlesToOtherSites_isTheTextsSources() {
        String canonical = "<link rel=canonical href='https://www.paper.example/a/b'>";
        String external = "<li><a href='https://www.agency.example/x'>Report of the agency on river levels</a></li>"
                + "<li><a href='https://uni.example/study'>Study on floods in the valley</a></li>";
        assertTrue(sourceList(canonical, external));
        assertTrue(sourceList("<meta property=og:url content='https://paper.example/a'>", external));
        // the site's own pages (its host or a subdomain of it), a network named in a word, an unknown site: not sources
        assertFalse(sourceList(canonical, "<li><a href='https://www.paper.example/c'>Another story of the paper</a></li>"
                + "<li><a href='https://uni.example/study'>Study on floods in the valley</a></li>"));
        assertFalse(sourceList(canonical, "<li><a href='https://blog.paper.example/c'>Another story of the paper</a></li>"
                + "<li><a href='https://uni.example/study'>Study on floods in the valley</a></li>"));
        assertFalse(sourceList(canonical, "<li><a href='https://facebook.example/p'>Facebook</a></li><li><a href='https://x.example/p'>X</a></li>"));
        assertFalse(sourceList(canonical, "<li><a href='/c'>Another story of the paper</a></li><li><a href='/d'>One more story of it</a></li>"));
        // read without the page's address: links spread over several sites are sources, links to one site (another's stories) are not
        assertTrue(sourceList("", external));
        assertFalse(sourceList("", "<li><a href='https://www.paper.example/c'>Another story of the paper</a></li>"
                + "<li><a href='https://sport.paper.example/d'>One more story of the paper</a></li>"));
        assertFalse(sourceList("", "<li><a href='https://www.paper.example/c'>Another story of the paper</a></li>"
                + "<li><a href='https://paper.example/d'>One more story of the paper</a></li>"
                + "<li><a href='https://uni.example/study'>Study on floods in the valley</a></li>"));
    }

    @org.junit.jupiter.api.Test
    void aListUnderASummaryHeading_isTheTextsSummary() {
        String items = "<li><a href='/a'>Weather service warns of ice until noon</a></li><li><a href='/b'>Buses run from seven</a></li>";
        for (String heading : List.of("Die wichtigsten Fakten", "Das Wichtigste in Kürze:", "Key points", "L’essentiel", "In het kort")) {
            org.jsoup.nodes.Document doc = Jsoup.parse("<div><p>Text.</p><h3>" + heading + "</h3><ul>" + items + "</ul></div>");
            assertTrue(ListsOfTheText.isSummaryList(doc.selectFirst("ul")), heading);
        }
        for (String heading : List.of("Mehr zum Thema", "Mehr Fakten zum Thema", "Lesen Sie auch", "In brief")) {
            org.jsoup.nodes.Document doc = Jsoup.parse("<div><p>Text.</p><h3>" + heading + "</h3><ul>" + items + "</ul></div>");
            assertFalse(ListsOfTheText.isSummaryList(doc.selectFirst("ul")), heading);
        }
    }

    @Test
    void writerAndDateFieldsLine_isAMetaLine_evenClosedByTheDatesPeriod() {
        assertTrue(MetaLines.isWriterAndDateFields("Autor: Jelena Marković · 2. decembar 2026."));
        assertTrue(MetaLines.isWriterAndDateFields("Actualizat: 2 decembrie 2026, 10:15 · Publicat: 1 decembrie 2026, 18:30 · de Mihaela Constantinescu"));
        assertFalse(MetaLines.isWriterAndDateFields("Autor: Jelena Marković · Novi Sad"), "no field holds a date");
        assertFalse(MetaLines.isWriterAndDateFields("2. decembar 2026. · 3. decembar 2026."), "no field is the writer's");
        assertFalse(MetaLines.isWriterAndDateFields("Autor: Jelena Marković, 2. decembar 2026."), "one field, not a meta line of fields");
    }

    @Test
    void phraseLedWriterAndYearlessDay_isAMetaLine() {
        assertTrue(MetaLines.isWriterAndDateFields("Written by Tom Haverly · May 3"));
        assertTrue(MetaLines.isWriterAndDateFields("Geschrieben von Lena Hartung | 3. Mai"));
        assertFalse(MetaLines.isWriterAndDateFields("May 3 · Written by Tom Haverly"), "a day without a year only after the writer");
        assertFalse(MetaLines.isWriterAndDateFields("Written by Tom Haverly · Sydney"), "no field holds a day");
    }

    @Test
    void dateFieldsThenName_isAStaticSiteThemesMetaLine() {
        assertTrue(MetaLines.isDateFieldsThenName("27 novembre 2026\u00A0·\u00A03 min\u00A0·\u00A0Léa Fontaine"));
        assertTrue(MetaLines.isDateFieldsThenName("March 12, 2024 · 5 min · Jane Doe"));
        assertFalse(MetaLines.isDateFieldsThenName("1998 · 2 goals · Jane Doe"), "the first field is no page's date");
        assertFalse(MetaLines.isDateFieldsThenName("Politics · Jane Doe"), "no figure before the name");
        assertFalse(MetaLines.isDateFieldsThenName("March 12, 2024 · 5 min · Culture"), "the last field is no name");
    }

    @Test
    void relativeUpdateTime_isADateField_ofAMetaLine() {
        assertTrue(MetaLines.isDateFieldsLine("27/11/2026 08h12 · Atualizado há 2 horas"));
        assertTrue(MetaLines.isWriterAndDateFields("Aggiornato 3 ore fa · di Federico Bassi · 3 dicembre 2026"));
        assertTrue(MetaLines.isDateFieldsLine("3 December 2026 · Updated 2 hours ago"));
        assertTrue(MetaLines.isRelativeTimeField("Mis à jour il y a 5 minutes"));
        assertTrue(MetaLines.isRelativeTimeField("vor 3 Stunden"));
        assertFalse(MetaLines.isRelativeTimeField("Atualizado há 2 horas pela manhã"), "more words than the time");
        assertFalse(MetaLines.isRelativeTimeField("2 hours"), "no word of the past");
        assertFalse(MetaLines.isDateFieldsLine("Atualizado há 2 horas"), "one field alone");
        assertFalse(MetaLines.isDateFieldsLine("Há 2 horas · há 3 dias"), "no date field's label");
    }

    @Test
    void metaBoxOfBylineThenLooseDateFields_goesWhole() {
        assertEquals(PROSE, prunedBlock("<div><p>Por Rafael Siqueira, Portal Interior — Campinas</p><time>27/11/2026 08h12</time>"
                + " · Atualizado há 2 horas</div>"));
        String kept = "<div><p>Por Rafael Siqueira, Portal Interior — Campinas</p>A prefeitura confirmou o corte há 2 horas.</div>";
        assertTrue(prunedBlock(kept).endsWith(" A prefeitura confirmou o corte há 2 horas."), "a sentence after the byline stays");
    }

    /** What the boilerplate gate stands for: the line's initial's pattern, tried at its start. */
    private static boolean boilerplateByPattern(String line) {
        java.util.regex.Pattern p = BoilerplatePhrases.boilerplatePattern(line.charAt(0));
        return p != null && p.matcher(line).lookingAt();
    }

    @Test
    void boilerplateOpeningsGate_agreesWithThePatterns_onRandomLines() {
        String[] pieces = {"Photo", "photo", "PHOTO", "Foto", "Fotos", "Fot.", "Bild", "Bildquelle", "Bilder", "zdjęcie", "ZDJĘCIE", "Image",
            "Credit", "Crédit", "Getty Images", "Tags", "tag", "TAG", "Mots-clés", "Lesezeit", "Reading time", "read time", "3", "12", "1.834",
            " min read", " Min. Lesezeit", " minuti di lettura", "min", " views", "Zugriffe", "Aufrufe", "hits", "Published", "Updated",
            "Last updated", "Posted", "Publié", "mis à jour", "Click here", "Cliquez ici", "Sign up", "Subscribe", "Newsletter abonnieren",
            "jetzt ", "Jetzt abonnieren", "zum Newsletter", "Iscriviti alla nostra newsletter", "Suscríbete", "Read more", "Related",
            "الصورة", "صورة", "اشترك", "نشر في", "زيارات", "قراءة", "קרא עוד", "צפיות", "यह भी पढ़ें", "بازدید", "President", "Pho", "Phot",
            "Publ", "Tagung", "Hitze", "İ", "ı", "ſ", "\u212A", " ", "  ", ":", "：", ".", ",", "?", "—", "a", "s", "e", "x", "\t", "\u00A0", "Dana",
            "Credits", "Upd", "Clic", "Sign"};
        java.util.Random random = new java.util.Random(27);
        int boilerplate = 0;
        for (int round = 0; round < 200_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = line.toString();
            boolean expected = boilerplateByPattern(t);
            assertEquals(expected, BoilerplatePhrases.opensBoilerplate(t), t);
            boilerplate += expected ? 1 : 0;
        }
        assertTrue(boilerplate > 1_000, "the random lines hold boilerplate lines too: " + boilerplate);
        for (String line : List.of("Photo: Jane Doe", "FOTO: dpa", "Tags: politics, economy", "3 min read", "Lesezeit: 2 Minuten",
                "Zugriffe: 1834", "Updated 3 hours ago", "Click here to read more")) {
            assertTrue(BoilerplatePhrases.opensBoilerplate(line), line);
            assertTrue(boilerplateByPattern(line), line);
        }
        assertFalse(BoilerplatePhrases.opensBoilerplate("President Jane Doe said on Monday that the plan would go ahead."));
    }

    @Test
    void creditAndLabelledDate_isTheBylinesLine() {
        assertTrue(MetaLines.isCreditAndLabelledDate("Staff Reporter | Updated: 3 Dec 2026, 10:12 IST"));
        assertTrue(MetaLines.isCreditAndLabelledDate("Redaktion · Aktualisiert am 2. Dezember 2026, 14:05 Uhr"));
        assertTrue(MetaLines.isCreditAndLabelledDate("নিজস্ব সংবাদদাতা কলকাতা শেষ আপডেট: ০২ ডিসেম্বর ২০২৬ ০৮:১০"));
        assertTrue(MetaLines.isCreditAndLabelledDate("By Jane Doe, Kochi | Updated on 3 December 2026"));
        assertFalse(MetaLines.isCreditAndLabelledDate("The council said the plan was updated on 3 December 2026"),
                "a sentence before the label, no credit");
        assertFalse(MetaLines.isCreditAndLabelledDate("Staff Reporter | Updated: every Monday"), "no date after the label");
        assertFalse(MetaLines.isCreditAndLabelledDate("Updated: 3 Dec 2026, 10:12 IST"), "the label opens the line: no credit");
    }

    @Test
    void isDateFieldsLine_readsTheLineOfThePagesDatesAlone() {
        assertTrue(MetaLines.isDateFieldsLine("22 novembre 2026 Ultimo aggiornamento: 22 novembre 2026, 21:40"));
        assertTrue(MetaLines.isDateFieldsLine("Publicado em 20/11/2026 às 07:30 | Atualizado em 20/11/2026 às 11:02"));
        assertTrue(MetaLines.isDateFieldsLine("Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC"));
        assertFalse(MetaLines.isDateFieldsLine("29 November 2018 | 20 January 2019"), "two dates and no label: an event's period");
        assertFalse(MetaLines.isDateFieldsLine("Aggiornato il 3 dicembre 2026"), "one date: the line of one date is read elsewhere");
        assertFalse(MetaLines.isDateFieldsLine("Publicado em 20/11/2026 | Fonte: Secretaria de Saúde"), "a field that is no date");
        assertFalse(MetaLines.isDateFieldsLine("The rules were published on 3 March 2025 and updated on 9 June 2026."),
                "a sentence naming two dates");
    }

    @Test
    void scriptsLoadingPlaceholder_isABoilerplateLine() {
        for (String line : List.of("LOADING...", "Loading…", "Loading next article…", "Loading more stories...", "Chargement…",
                "Cargando...", "Wird geladen …")) {
            assertTrue(BoilerplatePhrases.opensBoilerplate(line), line);
        }
        assertFalse(BoilerplatePhrases.opensBoilerplate("Loading"), "the word alone, no ellipsis: a heading");
        assertFalse(BoilerplatePhrases.opensBoilerplate("Loading docks reopened..."), "a sentence opening with the word");
        assertFalse(BoilerplatePhrases.opensBoilerplate("Loading resumed shortly after 6 p.m., the port said."));
    }

    @Test
    void broadcastersPromptToWatchOnAChannel_isABoilerplateLine() {
        for (String line : List.of("Watch the latest from KARE 11 News in our YouTube playlist:",
                "WATCH MORE: Stream WTRN 10+ free on Roku, Fire TV and Apple TV.", "Watch live on the free streaming app.",
                "Watch our full newscasts on YouTube", "Stream WTNH News 8 for free on your smart TV.")) {
            assertTrue(BoilerplatePhrases.opensBoilerplate(line), line);
        }
        assertFalse(BoilerplatePhrases.opensBoilerplate("Watch parties on YouTube drew millions of viewers this year."),
                "no imperative of the station's offer");
        assertFalse(BoilerplatePhrases.opensBoilerplate("Watch for black ice on bridges, the patrol said."), "no channel named");
        assertFalse(BoilerplatePhrases.opensBoilerplate("Watch the latest forecast before you travel, officials said."),
                "no channel named");
    }

    @Test
    void wiresLinkToItsTopicHub_isABoilerplateLine() {
        for (String line : List.of("AP NBA: https://apnews.com/hub/nba",
                "AP college football: https://apnews.com/hub/college-football and https://apnews.com/hub/ap-top-25-college-football-poll",
                "More AP coverage of the election: https://apnews.com/hub/election-2026")) {
            assertTrue(BoilerplatePhrases.opensBoilerplate(line), line);
        }
        assertFalse(BoilerplatePhrases.opensBoilerplate("AP reported the figures on Monday: https://example.org was down for hours."),
                "a sentence going on after the address");
        assertFalse(BoilerplatePhrases.opensBoilerplate("Apply online: https://example.org/jobs"), "no wire's name");
    }

    @Test
    void syndicatedRightsNoticeWithItsTerms_isABoilerplateLine() {
        assertTrue(BoilerplatePhrases.opensBoilerplate("Copyright 2026 Nexline Media Inc. All rights reserved. This material may not be"
                + " published, broadcast, rewritten, or redistributed."));
        assertTrue(BoilerplatePhrases.opensBoilerplate("© 2026 Example Wire Service. All rights reserved. This material may not be"
                + " published, broadcast, rewritten or redistributed without permission."));
        assertFalse(BoilerplatePhrases.opensBoilerplate("Copyright holders in 2026 asked the court to rule. All rights reserved by the"
                + " treaty were at stake, the lawyers said, and the judges agreed to hear the case before the end of the year."),
                "a sentence about copyright");
    }

    @Test
    void adLabelBetweenDashes_isABoilerplateLine() {
        assertTrue(BoilerplatePhrases.opensBoilerplate("- Pubblicità -"));
        assertTrue(BoilerplatePhrases.opensBoilerplate("– Advertisement –"));
        assertTrue(BoilerplatePhrases.opensBoilerplate("-Anzeige-"));
        assertFalse(BoilerplatePhrases.opensBoilerplate("- Advertisement revenue fell by a third -"), "words after the label");
    }

    @Test
    void adLabelsOfSouthSlavicAndBelarusianPapers_areBoilerplateLines() {
        for (String label : List.of("Oglasno sporočilo", "Plaćeni oglas", "Оглас", "Рэклама")) {
            assertTrue(BoilerplatePhrases.opensBoilerplate(label), label);
        }
        assertFalse(BoilerplatePhrases.opensBoilerplate("Oglasno sporočilo župana je razburilo svetnike."), "a sentence after the words");
    }

    @Test
    void afterPictographs_dropsTheSymbolsOpeningALine() {
        assertEquals("LEIA TAMBÉM", ContentPruner.afterPictographs("📌 LEIA TAMBÉM"));
        assertEquals("Assista: o vídeo", ContentPruner.afterPictographs("▶ Assista: o vídeo"));
        String plain = "Read more";
        assertSame(plain, ContentPruner.afterPictographs(plain), "a line opening with a letter is itself");
    }

    @Test
    void dateFieldLabelSought_findsWhereThePatternFinds_onRandomLines() {
        Notices.Sought sought = MetaLines.DATE_FIELD_LABEL_SOUGHT;
        assertFalse(sought.openings().admitsAll(), "the labels' openings are read");
        List<String> pieces = new java.util.ArrayList<>(List.of(" ", " ", "| ", "· ", ": ", "-", "3", "2026", "Dec", "x", "é", "İ", "ſ",
                "\u212A", "\u0301", "Staff Reporter", "Redaktion", "By Jane Doe", "Kochi"));
        for (String label : MetaLines.DATE_FIELD_LABELS) {
            pieces.add(label);
            pieces.add(label.toUpperCase(java.util.Locale.ROOT));
            pieces.add(Character.toUpperCase(label.charAt(0)) + label.substring(1));
        }
        java.util.Random random = new java.util.Random(23);
        int found = 0;
        for (int round = 0; round < 100_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                line.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = line.toString();
            java.util.regex.Matcher expected = sought.pattern().matcher(t);
            java.util.regex.Matcher actual = sought.found(t);
            if (expected.find()) {
                found++;
                assertTrue(actual != null, t);
                assertEquals(expected.start(), actual.start(), t);
                assertEquals(expected.end(), actual.end(), t);
            } else {
                assertEquals(null, actual, t);
            }
        }
        assertTrue(found > 10_000, "the random lines hold labels too: " + found);
    }

    /**
     * {@link ContentPruner#onlyBlanksAfter}'s claim, on which the byline-then-date-fields check stops early: when an
     * element's first element child has nothing but blanks and comments before and after it, the two texts agree once
     * stripped (random nests of blocks, inline elements, blanks, comments, entities, scripts, line breaks, CDATA).
     */
    @Test
    void aBlockHoldingOneChildAmongBlanks_hasTheChildsText_onRandomNests() {
        java.util.Random random = new java.util.Random(33);
        String[] texts = {"Por Rafael Siqueira", " ", "\n ", "\t", "&nbsp;", "\u00a0", "27/11/2026 08h12", "<!-- x -->", "<br>", "<hr>",
            "<script>var a = 1;</script>", "<![CDATA[ ]]>", "<![CDATA[y]]>", "<img alt=z>", "x", "&#32;", "\u2003", "<wbr>", "<span></span>"};
        String[] tags = {"div", "p", "span", "b", "section", "li", "pre", "h2", "textarea", "template", "td"};
        int agreeing = 0;
        for (int round = 0; round < 1500; round++) {
            String html = RandomNests.html(random, tags, texts, 30, 1);
            Element body = Jsoup.parse(html).body();
            for (Element e : body.getAllElements()) {
                Element first = e.firstElementChild();
                if (first == null || !BlockTexts.onlyBlanksAfter(first)) {
                    continue;
                }
                boolean blanksBefore = true;
                for (org.jsoup.nodes.Node n = e.firstChild(); n != first; n = n.nextSibling()) {
                    blanksBefore &= n instanceof org.jsoup.nodes.TextNode t && t.isBlank() || n instanceof org.jsoup.nodes.Comment;
                }
                if (blanksBefore) {
                    agreeing++;
                    assertEquals(first.text().strip(), e.text().strip(), e::outerHtml);
                }
            }
        }
        assertTrue(agreeing > 1000, "the nests hold such blocks: " + agreeing);
        assertFalse(BlockTexts.onlyBlanksAfter(Jsoup.parse("<div><p>Por Ana</p>27/11/2026</div>").body().child(0).child(0)));
        assertTrue(BlockTexts.onlyBlanksAfter(Jsoup.parse("<div><p>Por Ana</p> <!-- x --> </div>").body().child(0).child(0)));
    }
    /**
     * {@link BlockTexts} gives every block the text {@code e.text()} builds, on random nests (blocks, inline
     * elements, blanks, comments, entities, scripts, line breaks, CDATA, pre, textarea, template, svg) whose elements are
     * asked in the walk's order with some passed over, as the walk passes over blocks it skips or does not judge; and
     * {@link BlockTexts#builtOr} gives the same text, the one built for the block when it was built last.
     */
    @Test
    void blockTexts_areTheBlocksTexts_onRandomNests() {
        java.util.Random random = new java.util.Random(34);
        String[] texts = {"Menu", " ", "\n ", "\t", "&nbsp;", "\u00a0", "Por Rafael Siqueira", "<!-- x -->", "<br>", "<hr>",
            "<script>var a = 1;</script>", "<![CDATA[ ]]>", "<![CDATA[y]]>", "<img alt=z>", "x", "&#32;", "\u2003", "<wbr>",
            "<span></span>", "\u200b", " \u00a0 ", "<div></div>"};
        String[] tags = {"div", "div", "div", "p", "span", "b", "section", "li", "pre", "h2", "textarea", "template", "td", "svg", "a"};
        int reused = 0;
        int asked = 0;
        for (int round = 0; round < 3000; round++) {
            String html = RandomNests.html(random, tags, texts, 40, 2);
            BlockTexts blockTexts = new BlockTexts();
            String last = null;
            for (Element e : Jsoup.parse(html).body().getAllElements()) {
                assertEquals(e.text(), blockTexts.builtOr(e), e::outerHtml); // asked before its text is built: built here
                if (random.nextInt(8) == 0) {
                    continue;
                }
                String text = blockTexts.textOf(e);
                asked++;
                if (text == last) {
                    reused++;
                }
                assertEquals(e.text(), text, e::outerHtml);
                assertSame(text, blockTexts.builtOr(e), e::outerHtml); // asked again after: the text built, not built again
                last = text;
            }
        }
        assertTrue(reused > 5000 && reused < asked / 2, "the nests hold wrappers of one node and others: " + reused + " of " + asked);
        assertTrue(BlockTexts.isOnlyNode(Jsoup.parse("<div> <!-- a --> <p>Menu</p> </div>").body().child(0).child(0)));
        assertFalse(BlockTexts.isOnlyNode(Jsoup.parse("<div>Home <p>Menu</p></div>").body().child(0).child(0)));
        assertFalse(BlockTexts.isOnlyNode(Jsoup.parse("<div><p>Menu</p><p>Home</p></div>").body().child(0).child(0)));
    }
    /**
     * The site's names a run's blocks ask ({@link BlockTexts#siteNames}) are the page's meta tags', read from
     * the document once: a page of fifty thousand fact-checkers' notes, each asking them, had walked the whole document
     * for each note (28 s where 1.45.0 took 5).
     */
    @Test
    void siteNames_areReadOnceARun() {
        org.jsoup.nodes.Document doc = Jsoup.parse("<html><head><meta property=og:site_name content='Verifica Ya'>"
                + "<meta name=application-name content='VerificaYa'></head><body><p>Uno</p><p>Dos</p></body></html>");
        BlockTexts texts = new BlockTexts();
        List<String> first = texts.siteNames(doc.body().child(0));
        assertEquals(List.of("Verifica Ya", "VerificaYa"), first);
        doc.head().empty(); // the walk changes no node before it ends: were it to, a run would keep what it read first
        assertSame(first, texts.siteNames(doc.body().child(1)));
        assertEquals(List.of(), new BlockTexts().siteNames(doc.body().child(1)), "a new run reads the page again");
    }
}
