package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceCreditTest {

    private static final String BODY = "The minister said the talks had been useful and would continue next month in the capital.";

    private static String credit(List<String> paragraphs, Element container) {
        return SourceCredit.extract(paragraphs, container);
    }

    private static Element containerOf(List<String> paragraphs) {
        Element div = Jsoup.parseBodyFragment("").body().appendElement("div");
        paragraphs.forEach(p -> div.appendElement("p").text(p));
        return div;
    }

    @Test
    void arabicSourceLine_isTheCreditAndLeavesTextAndHtml() {
        for (String line : List.of("المصدر:الحرة.", "المصدر: الحرة", "المصدر : الحرة")) {
            List<String> paragraphs = new ArrayList<>(List.of(BODY, line));
            Element container = containerOf(paragraphs);
            assertEquals("الحرة", credit(paragraphs, container), line);
            assertEquals(List.of(BODY), paragraphs);
            assertFalse(container.text().contains("المصدر"), line);
        }
    }

    @Test
    void materialFromLines_nameTheSourceTheTextWasWrittenFrom() {
        for (String[] c : List.of(new String[] {"Con información de EFE", "EFE"}, new String[] {"Con información de Notimex.", "Notimex"},
                new String[] {"Com informações da Agência Brasil", "Agência Brasil"}, new String[] {"Con informazioni di ANSA", "ANSA"},
                new String[] {"With files from The Canadian Press", "The Canadian Press"},
                new String[] {"Avec des informations de l'AFP", "AFP"}, new String[] {"Mit Material von dpa", "dpa"},
                // the Baltic "prepared from" lines, the noun after the source no part of its name
                new String[] {"Informāciju sagatavoja LETA.", "LETA"}, new String[] {"Sagatavots pēc LETA ziņām.", "LETA"},
                new String[] {"Parengta pagal ELTA informaciją.", "ELTA"}, new String[] {"Parengta pagal BNS", "BNS"})) {
            List<String> paragraphs = new ArrayList<>(List.of(BODY, c[0]));
            Element container = containerOf(paragraphs);
            assertEquals(c[1], credit(paragraphs, container), c[0]);
            assertEquals(List.of(BODY), paragraphs);
            assertFalse(container.text().contains(c[0].substring(0, 8)), c[0]);
        }
    }

    @Test
    void aSentenceOpeningWithInformation_isNoCredit() {
        String line = "Con información de la Fiscalía, la policía detuvo a tres personas en Puebla y Tlaxcala el martes.";
        List<String> paragraphs = new ArrayList<>(List.of(BODY, line));
        assertNull(credit(paragraphs, containerOf(paragraphs)));
        assertEquals(List.of(BODY, line), paragraphs);
    }

    @Test
    void centralEasternSourceLabels_andABracketedLine_areCredits() {
        for (String[] c : List.of(new String[] {"Sursa: Agerpres", "Agerpres"}, new String[] {"(Izvor: Fena)", "Fena"},
                new String[] {"Šaltinis: ELTA", "ELTA"}, new String[] {"Lähde: STT", "STT"}, new String[] {"Извор: МИА", "МИА"},
                new String[] {"Burimi: ATSH", "ATSH"}, new String[] {"(Quelle: APA/dpa)", "APA/dpa"})) {
            List<String> paragraphs = new ArrayList<>(List.of(BODY, c[0]));
            Element container = containerOf(paragraphs);
            assertEquals(c[1], credit(paragraphs, container), c[0]);
            assertEquals(List.of(BODY), paragraphs);
        }
    }

    @Test
    void caucasusAndCentralAsianSourceLabels_areCredits() {
        for (String[] c : List.of(new String[] {"Աղբյուրը՝ Արմենպրես", "Արմենպրես"}, new String[] {"წყარო: ინტერპრესნიუსი", "ინტერპრესნიუსი"},
                new String[] {"Mənbə: APA", "APA"}, new String[] {"Manba: Dunyo", "Dunyo"}, new String[] {"Дереккөз: Kazinform", "Kazinform"},
                new String[] {"Эх сурвалж: МОНЦАМЭ", "МОНЦАМЭ"})) {
            List<String> paragraphs = new ArrayList<>(List.of(BODY, c[0]));
            Element container = containerOf(paragraphs);
            assertEquals(c[1], credit(paragraphs, container), c[0]);
            assertEquals(List.of(BODY), paragraphs);
        }
        List<String> sentence = new ArrayList<>(List.of(BODY, "Աղբյուրը բխում է լեռներից և հոսում դեպի գյուղի կենտրոնական հրապարակը, որտեղ կառուցվել է նոր շատրվան։"));
        assertNull(credit(sentence, containerOf(sentence)), "a sentence about a spring is no credit");
    }

    @Test
    void aLabelIsAWholeWord_andALabelAloneNamesNoSource() {
        List<String> virus = new ArrayList<>(List.of(BODY, "Virus outbreak closes two schools."));
        assertNull(credit(virus, containerOf(virus)));
        assertEquals(2, virus.size());
        List<String> sources = new ArrayList<>(List.of(BODY, "Sources:"));
        assertNull(credit(sources, containerOf(sources)));
    }

    @Test
    void englishSourceLineAndBareAgencyLines_areCredits() {
        assertEquals("Reuters", credit(new ArrayList<>(List.of(BODY, "Source: Reuters")), containerOf(List.of(BODY, "Source: Reuters"))));
        assertEquals("AFP", credit(new ArrayList<>(List.of(BODY, "(AFP)")), containerOf(List.of(BODY, "(AFP)"))));
        assertEquals("Reuters", credit(new ArrayList<>(List.of(BODY, "— Reuters")), containerOf(List.of(BODY, "— Reuters"))));
    }

    @Test
    void frenchAndSpanishCreditLines_nameTheAgencyOnly() {
        assertEquals("AFP", credit(new ArrayList<>(List.of(BODY, "(Avec AFP)")), containerOf(List.of(BODY, "(Avec AFP)"))));
        assertEquals("EFE", credit(new ArrayList<>(List.of(BODY, "Fuente: EFE")), containerOf(List.of(BODY, "Fuente: EFE"))));
    }

    @Test
    void sourceLinesOfOtherLanguages_areCredits() {
        for (String[] lineAndCredit : new String[][]{
                {"Источник: ТАСС", "ТАСС"}, {"Bron: ANP", "ANP"}, {"Źródło: PAP", "PAP"}, {"Kaynak: Anadolu", "Anadolu"},
                {"Πηγή: ΑΠΕ-ΜΠΕ", "ΑΠΕ-ΜΠΕ"}, {"Sumber: Antara", "Antara"}, {"מקור: רויטרס", "רויטרס"},
                {"स्रोत: पीटीआई", "पीटीआई"}}) {
            List<String> paragraphs = new ArrayList<>(List.of(BODY, lineAndCredit[0]));
            assertEquals(lineAndCredit[1], credit(paragraphs, containerOf(paragraphs)), lineAndCredit[0]);
            assertEquals(List.of(BODY), paragraphs);
        }
        List<String> wire = new ArrayList<>(List.of("MOSKAU (ТАСС) — " + BODY));
        assertEquals("ТАСС", credit(wire, containerOf(wire)));
    }

    @Test
    void agencyClosingTheLastParagraph_isCutFromIt() {
        List<String> paragraphs = new ArrayList<>(List.of(BODY + " (AFP)"));
        assertEquals("AFP", credit(paragraphs, containerOf(paragraphs)));
        assertEquals(List.of(BODY), paragraphs);
    }

    @Test
    void aSourceLabelAfterTheLastSentence_isTheCreditAndIsCut() {
        for (String tail : List.of(" Fuente: SINC", " Fonte: Agência Bori", " Source: Reuters.", " Źródło: PAP")) {
            List<String> paragraphs = new ArrayList<>(List.of(BODY + tail));
            Element container = containerOf(paragraphs);
            assertEquals(tail.substring(tail.indexOf(':') + 1).replace(".", "").strip(), credit(paragraphs, container), tail);
            assertEquals(List.of(BODY), paragraphs, tail);
        }
    }

    @Test
    void aSourceLabelRunningOnAsASentence_orNamingTheNewsroomsOwnWork_isNoCredit() {
        for (String tail : List.of(" Source: the ministry's own figures, which it published in a report on Monday.",
                " Fuente: elaboración propia", " The source: a former adviser.")) {
            List<String> paragraphs = new ArrayList<>(List.of(BODY + tail));
            assertNull(credit(paragraphs, containerOf(paragraphs)), tail);
            assertEquals(List.of(BODY + tail), paragraphs, tail);
        }
    }

    @Test
    void aSourceLineBeforeAPointerToFurtherReading_isTheCredit_andThePointerStays() {
        List<String> paragraphs = new ArrayList<>(List.of(BODY, "Źródło: ESA", "Więcej informacji: Mars dust storm"));
        Element container = containerOf(paragraphs);
        assertEquals("ESA", credit(paragraphs, container));
        assertEquals(List.of(BODY, "Więcej informacji: Mars dust storm"), paragraphs);
        assertFalse(container.text().contains("Źródło"));
    }

    @Test
    void aWiresRightsNoticeClosingTheLastParagraph_isTheCreditAndIsCut() {
        for (String notice : List.of("RIPRODUZIONE RISERVATA © Copyright ANSA", "© ANSA", "Riproduzione riservata © Copyright ANSA.")) {
            List<String> paragraphs = new ArrayList<>(List.of(BODY + " " + notice));
            Element container = containerOf(paragraphs);
            assertEquals("ANSA", credit(paragraphs, container), notice);
            assertEquals(List.of(BODY), paragraphs);
            assertFalse(container.text().contains("©"), notice);
        }
        // a paper's own notice names no wire: cut, no credit; a © mid-sentence is no notice closing the copy
        List<String> own = new ArrayList<>(List.of(BODY + " RIPRODUZIONE RISERVATA © Il Corriere Tirrenico"));
        assertNull(credit(own, containerOf(own)));
        assertEquals(List.of(BODY), own);
        String logo = BODY + " The logo © ANSA was shown on the screen";
        List<String> paragraphs = new ArrayList<>(List.of(logo));
        assertNull(credit(paragraphs, containerOf(paragraphs)), logo);
        assertEquals(List.of(logo), paragraphs);
    }

    @Test
    void aPapersOwnRightsNoticeAfterTheLastSentence_isCut() {
        for (String notice : List.of("© RIPRODUZIONE RISERVATA", "Alle Rechte vorbehalten.", "© Copyright 2026 Ironbark Coffee Co.",
                "Copyright 2026 Harbour Times", "Tous droits réservés")) {
            List<String> paragraphs = new ArrayList<>(List.of(BODY + " " + notice));
            Element container = containerOf(paragraphs);
            assertNull(credit(paragraphs, container), notice);
            assertEquals(List.of(BODY), paragraphs, notice);
            assertFalse(container.text().contains(notice), notice);
        }
        // a notice quoted in a story, one within a sentence, and a sentence on copyright are the text's
        for (String last : List.of(BODY + " The court heard the page bore \"© RIPRODUZIONE RISERVATA\".",
                BODY + " He said the page carried © Copyright 2019 Foo, the judge noted.", BODY + " Copyright law says otherwise.",
                BODY + " \"All rights reserved,\" the label read.")) {
            List<String> paragraphs = new ArrayList<>(List.of(last));
            assertNull(credit(paragraphs, containerOf(paragraphs)), last);
            assertEquals(List.of(last), paragraphs, last);
        }
    }

    @Test
    void wireDatelineOpening_isTheCreditAndIsCut() {
        List<String> paragraphs = new ArrayList<>(List.of("WASHINGTON (Reuters) - " + BODY));
        assertEquals("Reuters", credit(paragraphs, containerOf(paragraphs)));
        assertEquals(List.of(BODY), paragraphs);
    }

    @Test
    void russianWireDatelines_slashedOrAfterADash_areTheCreditAndAreCut() {
        String text = "Годовая инфляция в ноябре замедлилась, сообщил Росстат в среду.";
        String[][] cases = {
            {"МОСКВА, 4 декабря. /ТАСС/. " + text, "ТАСС"},
            {"MOSCOW, December 4. /TASS/. The annual inflation rate slowed in November, Rosstat said.", "TASS"},
            {"КАЛИНИНГРАД, 3 дек — РИА Новости. " + text, "РИА Новости"},
            {"МИНСК, 3 дек — Sputnik. " + text, "Sputnik"},
            {"ГОМЕЛЬ, 5 декабря (БЕЛТА) – " + text, "БЕЛТА"}};
        for (String[] c : cases) {
            List<String> paragraphs = new ArrayList<>(List.of(c[0], BODY));
            assertEquals(c[1], credit(paragraphs, containerOf(paragraphs)), c[0]);
            assertFalse(paragraphs.get(0).contains(c[1]), c[0]);
        }
    }

    @Test
    void southEastEuropeanSlashedDatelines_withADashOrOnTheirOwnLine_areTheCreditAndAreCut() {
        String[][] cases = {
            {"Tiranë, 5 dhjetor /ATSH/ - Qeveria nisi sot punimet për portin e ri.", "ATSH", "Qeveria nisi sot punimet për portin e ri."},
            {"Cluj-Napoca, 5 dec /Agerpres/ - Primăria a semnat vineri contractul.", "Agerpres", "Primăria a semnat vineri contractul."},
            {"София, 5 декември /БТА/. Правителството одобри бюджета.", "БТА", "Правителството одобри бюджета."},
            {"Chişinău, 5 decembrie /MOLDPRES/. Guvernul a aprobat bugetul.", "MOLDPRES", "Guvernul a aprobat bugetul."}};
        for (String[] c : cases) {
            List<String> paragraphs = new ArrayList<>(List.of(c[0], BODY));
            assertEquals(c[1], credit(paragraphs, containerOf(paragraphs)), c[0]);
            assertEquals(c[2], paragraphs.get(0), c[0]);
        }
        // BTA's dateline naming its reporter, on a line of its own over the text: the line leaves, the wire is the credit
        List<String> paragraphs = new ArrayList<>(List.of("Варна, 5 декември /Иван Петров, БТА/", BODY));
        assertEquals("БТА", credit(paragraphs, containerOf(paragraphs)));
        assertEquals(List.of(BODY), paragraphs);
        // the dateline alone is no text to credit, and a slashed wire with no day before it is no dateline
        for (List<String> none : List.of(List.of("Варна, 5 декември /БТА/"), List.of("Според /БТА/ правителството одобри бюджета.", BODY))) {
            List<String> kept = new ArrayList<>(none);
            assertNull(credit(kept, containerOf(kept)), none.get(0));
            assertEquals(none, kept);
        }
    }

    @Test
    void aWiresStaffSignOff_isTheCreditAndLeavesWithItsDateline() {
        List<String> paragraphs = new ArrayList<>(List.of("Iași, 3 dec /Agerpres/ - Primăria a emis autorizația.", BODY,
                "AGERPRES/(AS - autor: Elena Dumitru, editor: Mihai Ionescu, editor online: Gabriela Badea)"));
        assertEquals("Agerpres", credit(paragraphs, containerOf(paragraphs)));
        assertEquals(List.of("Primăria a emis autorizația.", BODY), paragraphs);
        // a path or a name before the slash that is no wire's is no sign-off
        List<String> kept = new ArrayList<>(List.of(BODY, "Contact/(autor: Elena Dumitru, editor: Mihai Ionescu)"));
        credit(kept, containerOf(kept));
        assertEquals(2, kept.size());
    }

    @Test
    void russianWireNamedInASentence_isNoDateline() {
        // the wire named by the story, after a dash inside a sentence or between slashes opening no text
        for (String first : List.of("Об этом сообщило агентство — РИА Новости. Подробности позже.",
                "Как передаёт ТАСС, переговоры продолжатся.", "Ссылка /ТАСС/ в конце заметки обязательна для всех.")) {
            List<String> paragraphs = new ArrayList<>(List.of(first, BODY));
            assertNull(credit(paragraphs, containerOf(paragraphs)), first);
            assertEquals(first, paragraphs.get(0));
        }
    }

    @Test
    void ordinaryEndings_areNotCredits() {
        List<String> paragraphs = new ArrayList<>(List.of(BODY, "He added that more talks would follow (see below)."));
        assertNull(credit(paragraphs, containerOf(paragraphs)));
        assertEquals(2, paragraphs.size());
    }

    @Test
    void labelledSourceLineBesideTheContainer_isTheCredit() {
        for (String[] c : List.of(new String[] {"Source: Reuters", "Reuters"}, new String[] {"Izvor: Hina", "Hina"},
                new String[] {"Fuente: EFE.", "EFE"})) {
            Element page = Jsoup.parseBodyFragment("<article><div class=text><p>" + BODY + "</p></div><div></div><div class=src>" + c[0]
                    + "</div><div class=share>Share</div></article>").body();
            assertEquals(c[1], SourceCredit.besideContainer(page.selectFirst("div.text")), c[0]);
        }
    }

    /** The labels a line beside the text is read for: {@code SourceCredit.SOURCE_LABELS_BESIDE_TOO}. */
    private static final List<String> LABELS_BESIDE_TOO = List.of("المصدر", "مصدر", "source", "fuente", "fonte", "quelle", "bron",
            "kilde", "källa", "źródło", "zdroj", "источник", "джерело", "πηγή", "kaynak", "sumber", "nguồn", "מקור", "منبع", "स्रोत",
            "sursa", "sursă", "surse", "forrás", "izvor", "извор", "vir", "източник", "šaltinis", "šaltiniai", "avots", "avoti", "allikas",
            "lähde", "lähteet", "burimi", "աղբյուրը", "աղբյուր", "წყარო", "mənbə", "manba", "дереккөз", "эх сурвалж");

    /** The labels only the text's last lines are read for. */
    private static final List<String> LABELS_IN_THE_TEXT_ONLY = List.of("المصادر", "sources", "fuentes", "출처");

    @Test
    void sourceLabels_openALastLine_andBesideTheText_allButThePluralsAndKorean() {
        List<String> all = new ArrayList<>(LABELS_BESIDE_TOO);
        all.addAll(LABELS_IN_THE_TEXT_ONLY);
        for (String label : all) {
            for (String word : List.of(label, Character.toUpperCase(label.charAt(0)) + label.substring(1))) {
                assertTrue(SourceCredit.isCreditLine(word + ": Reuters"), word);
                assertTrue(SourceCredit.isCreditLine("(" + word + ": Reuters)"), word);
                assertFalse(SourceCredit.isCreditLine(word + "x: Reuters"), word); // a whole word only
                Element page = Jsoup.parseBodyFragment("<div class=text><p>" + BODY + "</p></div><p>" + word + ": Reuters</p>").body();
                assertEquals(LABELS_BESIDE_TOO.contains(label) ? "Reuters" : null, SourceCredit.besideContainer(page.selectFirst("div.text")),
                        word);
            }
        }
    }

    @Test
    void lineBesideTheContainer_withoutASourceLabelOrAfterAnother_isNoCredit() {
        for (String html : List.of("<div class=text><p>" + BODY + "</p></div><p>With thanks to our readers</p>",
                "<div class=text><p>" + BODY + "</p></div><p>Tags: economy</p><p>Source: Reuters</p>",
                "<div class=text><p>" + BODY + "</p></div><p>Source: 2024 census, table 3</p>",
                "<div class=text><p>" + BODY + "</p></div><p>Quelle: ntv.de</p>",
                "<div class=text><p>" + BODY + "</p></div><p>Source: Al Jazeera and news agencies</p>")) {
            Element page = Jsoup.parseBodyFragment(html).body();
            assertNull(SourceCredit.besideContainer(page.selectFirst("div.text")), html);
        }
    }

    @Test
    void releaseServiceDateline_isTheCredit_andTheIssuersSourceLineLeaves() {
        String[][] cases = {
            {"NEW YORK, Dec. 7, 2026 /PRNewswire/ -- Halvern Biotherapeutics, Inc. today announced results.", "PRNewswire"},
            {"ROTTERDAM, Netherlands--(BUSINESS WIRE)--Northwind Robotics today opened a center.", "Business Wire"},
            {"OSLO, Norway, Dec. 07, 2026 (GLOBE NEWSWIRE) -- Skarvik Energy ASA reports revenues.", "GlobeNewswire"},
            {"上海2026年12月7日 /美通社/ -- 澜海智能科技有限公司今日发布新一代平台。", "美通社"},
            {"서울--(뉴스와이어)--2026년 12월 07일 -- 한빛모빌리티가 7일 밝혔다.", "뉴스와이어"},
            {"Vancouver, British Columbia--(Newsfile Corp. - December 6, 2026) - Copperline Minerals Corp. is pleased to report.", "Newsfile"},
        };
        for (String[] c : cases) {
            List<String> paragraphs = new ArrayList<>(List.of(c[0], BODY, "SOURCE Halvern Biotherapeutics, Inc."));
            Element container = containerOf(paragraphs);
            assertEquals(c[1], credit(paragraphs, container), c[0]);
            assertFalse(container.text().contains("SOURCE Halvern"), c[0]);
        }
    }

    @Test
    void releaseServiceNamedInASentenceOrQuoted_isNoCredit() {
        for (String first : List.of(
                "The company said in a statement distributed by PR Newswire that it would close the plant.",
                "The release, which opened \"NEW YORK, Dec. 7, 2026 /PRNewswire/ --\", named no chief executive.",
                "Shares of the biotech company rose 40% on Monday after the company reported trial results in a release that opened NEW YORK /PRNewswire/ -- to investors.",
                "NEW YORK (Reuters) - Shares of Halvern Biotherapeutics rose 40% on Monday.")) {
            List<String> paragraphs = new ArrayList<>(List.of(first, BODY));
            String got = SourceCredit.releaseService(paragraphs);
            assertNull(got, first);
        }
    }

    @Test
    void agencyMaterialLine_isTheTextsCredit_aPhotoCreditOrAPapersOwnMaterialIsNot() {
        assertTrue(SourceCredit.isAgencyMaterialLine("Mit Material von dpa"));
        assertTrue(SourceCredit.isAgencyMaterialLine("Con información de EFE."));
        assertFalse(SourceCredit.isAgencyMaterialLine("Foto: dpa"));
        assertFalse(SourceCredit.isAgencyMaterialLine("dpa"));
        assertFalse(SourceCredit.isAgencyMaterialLine("Mit Material von unserem Archiv"));
        assertFalse(SourceCredit.isAgencyMaterialLine("Sie arbeitet mit Material von dpa und AFP an der Chronik des Jahres."));
    }
}
