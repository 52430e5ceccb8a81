package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BylineLeadsTest {

    @Test
    void leadsInSeveralLanguages_openABylineAndAreStrippedFromNames() {
        for (String byline : List.of("By Jane Doe", "Par Claire Dubois", "Von Max Muster", "Verfasser: Max Muster",
                "Door Jan Jansen", "Av Ola Nordmann", "di Mario Rossi", "Автор: Иван Петров", "بقلم محمد علي", "oprac. Anna Nowak")) {
            assertTrue(BylineLeads.opensByline(byline), byline);
            assertEquals(1, AuthorNames.clean(List.of(byline)).size(), byline);
            assertFalse(AuthorNames.clean(List.of(byline)).get(0).contains(byline.split("[ :]")[0]), byline);
        }
    }

    @Test
    void leadsOfMoreLanguages_openABylineBeforeACapital_butNotASentence() {
        for (String byline : List.of("Af Søren Kjeldgaard", "Írta: Kovács Eszter", "Piše: Ivana Horvat", "Аутор: Милан Петровић",
                "Autorius: Jonas Petraitis", "Yazan: Ayşe Yılmaz", "Bởi Nguyễn Văn An", "Авторка: Олена Коваль")) {
            assertTrue(BylineLeads.opensByline(byline), byline);
        }
        assertFalse(BylineLeads.opensByline("Af hensyn til naboerne"), "Danish \"af\" before a lower-case word opens a sentence");
        assertTrue(BylineLeads.opensCreditedByline("Text: Anna Schneider"));
        assertFalse(BylineLeads.opensCreditedByline("Text messages from the council"), "\"Text\" is a label only with its colon");
        assertTrue(BylineLeads.opensCreditedByline("Γράφει ο Γιώργος Παπαδόπουλος"));
        assertEquals("Karin Lindqvist", BylineLeads.namesAfterDate("Publicerad den 4 mars 2024 av Karin Lindqvist"));
        assertEquals("Mette Hansen", BylineLeads.namesAfterDate("Udgivet 3. maj 2024 af Mette Hansen"));
    }

    @Test
    void greekGenitiveArticle_opensABylineBeforeAName() {
        assertTrue(BylineLeads.opensCreditedByline("Του Νίκου Αλεξίου"));
        assertTrue(BylineLeads.opensCreditedByline("Της Μαρίας Κωνσταντίνου"));
        assertEquals(List.of("Μαρίας Κωνσταντίνου"), AuthorNames.clean(List.of("Της Μαρίας Κωνσταντίνου")));
        assertFalse(BylineLeads.opensCreditedByline("της πόλης και του λιμανιού"), "the article before a lower-case word is a phrase");
    }

    @Test
    void cjkReporterLines_giveTheNamesWithoutTitleDatelineOrAddress() {
        assertEquals("김민준", BylineLeads.cjkReporterNames("김민준 기자"));
        assertEquals("박지훈", BylineLeads.cjkReporterNames("박지훈 기자 jihoon@example.kr"));
        assertEquals("이서연", BylineLeads.cjkReporterNames("워싱턴=이서연 특파원"));
        assertEquals("김민준", BylineLeads.cjkReporterNames("(서울=연합뉴스) 김민준 기자 ="));
        assertEquals("山本健太", BylineLeads.cjkReporterNames("山本健太記者"));
        assertEquals("王晓明", BylineLeads.cjkReporterNames("记者 王晓明"));
        assertEquals("刘建国, 陈晓", BylineLeads.cjkReporterNames("本报记者 刘建国 陈晓 报道"));
        assertNull(BylineLeads.cjkReporterNames("대통령 기자회견"), "a press conference, not a reporter");
        assertNull(BylineLeads.cjkReporterNames("记者从市政府获悉，新桥将于明年春天开工。"), "a sentence the reporter opens");
        assertNull(BylineLeads.cjkReporterNames("Jane Doe"));
    }

    @Test
    void metaLineOfANameAndADate_givesTheName() {
        assertEquals("Margaret Ellison", BylineLeads.nameBeforeDate("Margaret Ellison · 3 March 2024"));
        assertEquals("Thomas Brenner", BylineLeads.nameBeforeDate("Thomas Brenner | 12.03.2024"));
        assertEquals("Ana de la Cruz", BylineLeads.nameBeforeDate("Ana de la Cruz — 14 de marzo de 2024"));
        assertEquals("Jane Doe", BylineLeads.nameBeforeDate("Jane Doe · March 3, 2024 · 5 min read"));
        assertNull(BylineLeads.nameBeforeDate("Margaret Ellison · Harbour reporter"), "no date after the separator");
        assertNull(BylineLeads.nameBeforeDate("Town · 3 March 2024"), "one word is a section's label, not a name");
        assertEquals("Ieva Petrauskienė", BylineLeads.nameBeforeDate("Ieva Petrauskienė · 2026 m. gruodžio 1 d."), "Lithuanian year first");
        assertEquals("Anna Bērziņa", BylineLeads.nameBeforeDate("Anna Bērziņa | 2026. gada 2. decembris"), "Latvian year first");
        assertEquals("Ieva Petrauskienė ir Rokas Jankauskas", BylineLeads.nameBeforeDate("Ieva Petrauskienė ir Rokas Jankauskas · 2026 m. gruodžio 1 d."),
                "two writers joined by the language's and");
        assertEquals(List.of("Ieva Petrauskienė", "Rokas Jankauskas"), AuthorNames.clean(List.of("Ieva Petrauskienė ir Rokas Jankauskas")));
        assertEquals(List.of("Jānis Ozols", "Līga Kalniņa"), AuthorNames.clean(List.of("Jānis Ozols un Līga Kalniņa")));
        assertNull(BylineLeads.nameBeforeDate("Town and Country · 3 March 2024"), "one-word parts are a section's label");
        assertNull(BylineLeads.nameBeforeDate("the council met on 3 March 2024 | minutes"));
        assertTrue(AuthorNames.namesDesk("Local News"), "a section's label that the meta-line fallback refuses");
        assertFalse(AuthorNames.namesDesk("Margaret Ellison"));
    }

    @Test
    void themeTranslationsOfPostedBy_areLeadsStrippedFromNames() {
        for (String byline : List.of("Publié par Agnès Roux", "Geschrieben von Lena Wolf", "Publicado por Carmen Vidal",
                "Pubblicato da Marco Bianchi", "Geplaatst door Pieter Jansen", "Auteur : Jean Dupont", "Autorin: Anna Weber",
                "View all posts by Jane Doe")) {
            assertEquals(1, AuthorNames.clean(List.of(byline)).size(), byline);
            assertFalse(AuthorNames.clean(List.of(byline)).get(0).toLowerCase().contains(byline.split("[ :]")[0].toLowerCase()), byline);
        }
    }

    @Test
    void shortTextClosingWithALead_precedesTheNameElement() {
        for (String text : List.of("Posted on June 3, 2024 by ", "Veröffentlicht am 3. Mai 2024 von ", "Publié le 5 octobre 2023 par",
                "Postado por", "Pubblicato il 3 maggio da ")) {
            assertTrue(BylineLeads.closesWithLead(text), text);
        }
        for (String text : List.of("Posted on June 3, 2024", "Standby", "The study was led by researchers who had long worked in the field and published by",
                "Posted BY")) {
            assertFalse(BylineLeads.closesWithLead(text), text);
        }
    }

    @Test
    void leadAloneOpensABylineWhoseNameIsInTheNextElement() {
        assertTrue(BylineLeads.opensByline("By"));
        assertTrue(BylineLeads.opensByline("  Par :"));
    }

    @Test
    void sentencesAndWordsThatMerelyBeginLikeALead_doNotOpenAByline() {
        for (String text : List.of("By signing up, you agree", "Byron wrote", "Paris est belle", "Par ailleurs, il",
                "Di Maio ha detto", "De Wet Potgieter")) {
            assertFalse(BylineLeads.opensByline(text), text);
        }
    }

    @Test
    void capitalisedSurnamePrefix_isKeptInTheName() {
        assertEquals(List.of("De Wet Potgieter"), AuthorNames.clean(List.of("De Wet Potgieter")));
        assertEquals(List.of("Di Maio Luigi"), AuthorNames.clean(List.of("Di Maio Luigi")));
    }

    @Test
    void datedLineWrittenAsOneText_givesTheNamesAfterTheDate() {
        assertEquals("Mike Holloway", BylineLeads.namesAfterDate("Posted on October 2, 2023 by Mike Holloway"));
        assertEquals("Étienne Garnier", BylineLeads.namesAfterDate("Publié le 14 mars 2024 par Étienne Garnier dans Ruchers"));
        assertEquals("Michael Holz", BylineLeads.namesAfterDate("Veröffentlicht am 2. Oktober 2023 von Michael Holz"));
        assertEquals("Иван Петров", BylineLeads.namesAfterDate("Опубликовано 02.10.2023 автором Иван Петров"));
        assertEquals("Miguel Olmo", BylineLeads.namesAfterDate("Publicado el 2 de octubre de 2023 por Miguel Olmo en Huerto"));
        assertEquals("Mike en Sara Lind", BylineLeads.namesAfterDate("Geplaatst op 2 oktober 2023 door Mike en Sara Lind"));
        assertEquals("PIB Delhi", BylineLeads.namesAfterDate("प्रविष्टि तिथि: 02 DEC 2026 4:40PM by PIB Delhi"));
    }

    @Test
    void textsThatAreNoDatedLine_giveNoNames() {
        assertNull(BylineLeads.namesAfterDate("Posted by Mike Holloway")); // no date: the ordinary lead reads it
        assertNull(BylineLeads.namesAfterDate("Posted on October 2, 2023 by")); // the name is in the next element
        assertNull(BylineLeads.namesAfterDate("Published on the day the river rose by Large Margins")); // no date before the lead
        assertNull(BylineLeads.namesAfterDate("Posted on October 2, 2023 by the editors"));
    }

    @Test
    void datedLeadAlone_isATemplateLabelNotAName() {
        for (String label : List.of("Опубликовано", "Posted on", "Publié le", "Veröffentlicht am", "Opublikowano")) {
            assertTrue(BylineLeads.isDatedLeadOnly(label), label);
            assertEquals(List.of(), AuthorNames.clean(List.of(label)), label);
        }
        assertFalse(BylineLeads.isDatedLeadOnly("Posted on October 2"));
        assertEquals(List.of("Przemysław Nowak"), AuthorNames.clean(List.of("Przemysław Nowak")));
    }

    @Test
    void leadWordInAnElementOfItsOwn_isALeadInAnyCase() {
        for (String text : List.of("Di", "By", " Por: ", "VON")) {
            assertTrue(BylineLeads.isLeadWord(text), text);
        }
        for (String text : List.of("Di Maio", "Byron", "Posted", "")) {
            assertFalse(BylineLeads.isLeadWord(text), text);
        }
    }

    @Test
    void themeTranslationsInMoreLanguages_areLeadsStrippedFromNames() {
        for (String byline : List.of("Skrevet af Mette Kjærgaard", "Skrivet av Maja Holm", "Kirjoittaja: Mikko Holmberg",
                "Szerző: Holló Mihály", "Scris de Mihai Holban", "Publicat per Miquel Olm", "Ditulis oleh Budi Santoso",
                "Tác giả: Nguyễn Văn Minh")) {
            assertTrue(BylineLeads.opensCreditedByline(byline), byline);
            assertEquals(1, AuthorNames.clean(List.of(byline)).size(), byline);
        }
        assertFalse(BylineLeads.opensCreditedByline("Af og til regner det")); // Danish "af" alone is no lead
        assertEquals(List.of("Mihai Holban"), AuthorNames.clean(List.of("Scris de Mihai Holban pe 2 octombrie 2023")));
        assertEquals(List.of("Budi Santoso"), AuthorNames.clean(List.of("Ditulis oleh Budi Santoso pada 2 Oktober 2023")));
    }

    @Test
    void themeCreditsInTheLanguagesOfThemes_areNoBylines() {
        for (String credit : List.of("Theme: Kale by ", "Thème : ColorMag par ", "Thema: Kale door ", "Motyw: Sydney autorstwa ",
                "Тема: Hemingway от ", "Designed by ", "Website by Pixel & Pine", "Blogger Templates by ")) {
            assertTrue(AuthorNames.isThemeCredit(credit), credit);
        }
        assertTrue(AuthorNames.opensWithThemeCredit(" Website by Pixel & Pine"));
        assertFalse(AuthorNames.opensWithThemeCredit("Alle Beiträge von Anna Weber anzeigen")); // an author box names the author
        assertFalse(AuthorNames.isThemeCredit("Tema: Política | Por Juan Pérez")); // a topic label, no theme
        assertEquals(List.of(), AuthorNames.clean(List.of("Theme by Studio Nordlicht")));
    }

    @Test
    void postedByLabelsOfAsianAndOtherThemes_areLeadsStrippedFromNames() {
        assertEquals(List.of("山田太郎"), AuthorNames.clean(List.of("投稿者: 山田太郎 | 2023年10月2日")));
        assertEquals(List.of("王小明"), AuthorNames.clean(List.of("发布者：王小明 2023年10月2日")));
        assertEquals(List.of("김민수"), AuthorNames.clean(List.of("작성자: 김민수")));
        assertEquals(List.of("Nguyễn Văn Minh"), AuthorNames.clean(List.of("Đăng bởi Nguyễn Văn Minh vào 02/10/2023")));
        assertEquals(List.of("Олена Коваль"), AuthorNames.clean(List.of("Автор публікації: Олена Коваль")));
        assertEquals(List.of("علی رضایی"), AuthorNames.clean(List.of("نوشته شده توسط علی رضایی")));
        assertTrue(BylineLeads.opensCreditedByline("작성자: 김민수"));
        assertTrue(BylineLeads.opensCreditedByline("โดย สมชาย ใจดี"));
    }

    @Test
    void categoryAfterTheNameInAThemesByline_isNotPartOfTheName() {
        assertEquals(List.of("Mike Holloway"), AuthorNames.clean(List.of("Posted by Mike Holloway in Gardening")));
        assertEquals(List.of("Michel Hollande"), AuthorNames.clean(List.of("Publié par Michel Hollande dans Jardin")));
        assertEquals(List.of("Jan Bakker", "Piet de Vries"), AuthorNames.clean(List.of("Door Jan Bakker en Piet de Vries")));
    }

    @Test
    void creditedBylines_openInAnyCaseAfterSpaces_whateverTheirFirstLetter() {
        // the words a text may open with are looked up by its first letter before the pattern runs:
        // upper case, accented and non-Latin first letters, phrases and labels all still get to it
        for (String text : List.of("BY JANE DOE", "\t Posted by Jane Doe", "POSTED BY Jane Doe", "Écrit par Agnès Roux",
                "écrit par Agnès Roux", "Veröffentlicht von Lena Wolf", "АВТОР: Иван Петров", "View All Posts By Jane Doe",
                "Pubblicato da Marco Bianchi", "記者：山田太郎", "文：王小明", "Written by")) {
            assertTrue(BylineLeads.opensCreditedByline(text), text);
        }
        for (String text : List.of("Photo by Jane Doe", "Posted on Monday", "Bylines matter", "Écrits de jeunesse", "View all posts",
                "記者会見", "", "   ", "Zebra by Jane")) {
            assertFalse(BylineLeads.opensCreditedByline(text), text);
        }
    }

    @Test
    void writersFieldAfterDateFields_opensWithALeadOrALowerCasePreposition() {
        assertEquals("Ioana Mureșan", BylineLeads.nameAfterDateFields(
                "Ultima actualizare: 4 decembrie 2026, 11:20 · Data publicării: 3 decembrie 2026, 16:45 · de Ioana Mureșan"));
        assertEquals("Andrei Popescu", BylineLeads.nameAfterDateFields("Publicat: 27 noiembrie 2026, 14:22 | Autor: Andrei Popescu"));
        assertEquals("Jana Horáková", BylineLeads.nameAfterDateFields("čtvrtek 3. prosince 2026 · Autor: Jana Horáková"));
        assertEquals("Marco Bianchi", BylineLeads.nameAfterDateFields("3 dicembre 2026 · di Marco Bianchi"));
        assertNull(BylineLeads.nameAfterDateFields("Politica · de Ioana Mureșan"), "a field before the writer's holds no date");
        assertEquals("שרה לוי", BylineLeads.nameAfterDateFields("ט\"ז בכסלו תשפ\"ז · מאת שרה לוי"), "a Hebrew-calendar date in letters alone");
        assertNull(BylineLeads.nameAfterDateFields("חדשות הקהילה · מאת שרה לוי"), "a section in Hebrew letters is no date");
        assertNull(BylineLeads.nameAfterDateFields("Ultima actualizare: 4 decembrie 2026, 11:20 · Data publicării: 3 decembrie 2026, 16:45 · Ioana Mureșan"),
                "past a short meta line's length, the writer's field needs its lead");
        assertTrue(BylineLeads.isWriterField("Autor: Jelena Marković"));
        assertFalse(BylineLeads.isWriterField("Jelena Marković"), "a name alone is no writer's field here");
        assertFalse(BylineLeads.isWriterField("de acordo com a prefeitura"), "a preposition before a lower-case word");
    }

    @Test
    void lowerCasePrepositionLead_isReadOffAnAuthorStringBeforeAGivenAndAFamilyNameOnly() {
        assertEquals("Luca Benedetti", BylineLeads.withoutLeadIn("da Luca Benedetti"));
        assertEquals("Ioana Mureșan", BylineLeads.withoutLeadIn("de Ioana Mureșan"));
        assertEquals("Da Silva", BylineLeads.withoutLeadIn("Da Silva"), "capitalised, the particle opens a surname");
        assertEquals("de acordo", BylineLeads.withoutLeadIn("de acordo"));
        assertEquals("de Vries", BylineLeads.withoutLeadIn("de Vries"), "before one capitalised word, a family name's particle");
        assertEquals("da Silva", BylineLeads.withoutLeadIn("da Silva"), "before one capitalised word, a family name's particle");
        assertFalse(BylineLeads.opensByline("de Ioana Mureșan"), "not a lead that opens a line of text");
    }

    @Test
    void aWriterLabelAfterTheDateAndTime_inOneText_isAField() {
        assertEquals("Георги Петров", BylineLeads.labelledFieldName("03.12.2026 | 11:47 Автор: Георги Петров"));
        assertEquals("Piotr Lisowski", BylineLeads.labelledFieldName("Dodano: 02.11.2026 · Autor: Piotr Lisowski"));
        assertEquals(null, BylineLeads.labelledFieldName("Autor: Piotr Lisowski 02.11.2026"));
    }

    @Test
    void discuzInfoLine_thePostersAccountGivesWayToTheOriginalAuthorsField() {
        assertEquals("张伟", BylineLeads.labelledFieldName("2026-12-1 09:30|发布者: admin|查看: 1862|评论: 3|原作者: 张伟|来自: 岳阳日报"));
        assertEquals("王芳", BylineLeads.labelledFieldName("2026-12-1 09:30|发布者: 王芳|查看: 1862"), "a poster who is named is the writer");
        assertEquals("admin", BylineLeads.labelledFieldName("2026-12-1 09:30|查看: 1862|发布者: admin"), "no later field: the value as read");
    }

    @Test
    void aBlankBetweenAChineseWordAndAChineseLabel_partsTheFields() {
        assertEquals("李娜", BylineLeads.labelledFieldName("发布时间：2026-11-27 16:20:05 来源：市教育局 作者：李娜 点击："));
        assertNull(BylineLeads.labelledFieldName("市教育局 作者说明 今年新增学位"), "no label's colon: no field");
    }

    @Test
    void numericDateThenTheWriter_afterALeadOrAComma() {
        assertEquals("Markus Oberhuber", BylineLeads.nameAfterNumericDate("24.11.2026 10:05 von Markus Oberhuber"));
        assertEquals("Markus Oberhuber", BylineLeads.nameAfterNumericDate("24.11.2026 von Markus Oberhuber"));
        assertEquals("Tomasz Kaczmarek", BylineLeads.nameAfterNumericDate("03.12.2026, Tomasz Kaczmarek"));
        assertEquals("Jane Doe", BylineLeads.nameAfterNumericDate("2026-12-03 by Jane Doe"));
        assertNull(BylineLeads.nameAfterNumericDate("24.11.2026 Markus Oberhuber"), "blanks alone part no writer from the date");
        assertNull(BylineLeads.nameAfterNumericDate("03.12.2026, Gmina ogłasza przetarg na drogi"), "a sentence, no name");
        assertNull(BylineLeads.nameAfterNumericDate("Markus Oberhuber, 24.11.2026"), "the date first only");
        assertNull(BylineLeads.nameAfterNumericDate("3 min read, Jane Doe"));
    }

    @Test
    void greekGenitiveByline_isTheArticleAndANameAlone() {
        assertTrue(BylineLeads.isGreekGenitiveByline("Της Μαρίας Κ."));
        assertTrue(BylineLeads.isGreekGenitiveByline("Του Νίκου Αλεξίου"));
        assertTrue(BylineLeads.isGreekGenitiveByline("Των Νίκου Αλεξίου και Μαρίας Κ."));
        assertFalse(BylineLeads.isGreekGenitiveByline("Της έδωσαν το βραβείο."), "a sentence goes on in lower case");
        assertFalse(BylineLeads.isGreekGenitiveByline("Της Μαρίας"), "one word is no name here");
        assertFalse(BylineLeads.isGreekGenitiveByline("Τηλέφωνο Μαρίας Κ."));
    }

    @Test
    void writersCreditFollowedByOtherCredits_isACreditLine() {
        assertTrue(BylineLeads.isWriterAndCreditsLine("Text: Anna Berg / Fotos: Max Muster"));
        assertTrue(BylineLeads.isWriterAndCreditsLine("Текст: Ирина Белова / Фото: Олег Гуров"));
        assertTrue(BylineLeads.isWriterAndCreditsLine("Texte : Claire Dubois. Photos : Luc Martin"));
        assertFalse(BylineLeads.isWriterAndCreditsLine("Text: Anna Berg"), "one credit is the byline rule's");
        assertFalse(BylineLeads.isWriterAndCreditsLine("Text: Anna Berg / Die Stadt plant neue Radwege"), "a sentence after the slash");
        assertFalse(BylineLeads.isWriterAndCreditsLine("Fotos: Max Muster / Text: Anna Berg"), "the writer's credit comes first");
    }

    @Test
    void languageLead_isReadWithABlankOrAColon() {
        String lead = BylineLeads.languageLead("sq");
        assertEquals(4, BylineLeads.languageLeadLength("Nga Arben Krasniqi", lead));
        assertEquals(4, BylineLeads.languageLeadLength("Nga: Arben Krasniqi", lead));
        assertEquals(0, BylineLeads.languageLeadLength("Ngarkesa e rrjetit", lead));
        assertEquals(0, BylineLeads.languageLeadLength("Nga", lead));
        assertEquals("Arben Krasniqi", BylineLeads.withoutLanguageLead("Nga: Arben Krasniqi", lead));
    }

    @Test
    void celticRomanshAndCorsicanLeads_areReadOnTheirLanguagesPagesOnly() {
        assertEquals("Elin Jones", BylineLeads.withoutLanguageLead("Gan Elin Jones", BylineLeads.languageLead("cy")));
        assertEquals("Iain MacLeòid", BylineLeads.withoutLanguageLead("Le Iain MacLeòid", BylineLeads.languageLead("gd")));
        assertEquals("Sinéad Ní Fhlatharta", BylineLeads.withoutLanguageLead("le Sinéad Ní Fhlatharta", BylineLeads.languageLead("ga")));
        assertEquals("Gwenola Le Gall", BylineLeads.withoutLanguageLead("Gant Gwenola Le Gall", BylineLeads.languageLead("br")));
        assertEquals("Men Steiner", BylineLeads.withoutLanguageLead("da Men Steiner", BylineLeads.languageLead("rm")));
        assertEquals("Ghjuvan Petru Santini", BylineLeads.withoutLanguageLead("Da Ghjuvan Petru Santini", BylineLeads.languageLead("co")));
        assertNull(BylineLeads.languageLead("en"), "\"Gan Lu\" and \"Le Monde\" keep their first word elsewhere");
        assertNull(BylineLeads.languageLead("fr"));
        assertEquals("Ghjuvan Petru Santini", BylineLeads.nameBeforeDate("Ghjuvan Petru Santini | 30 di nuvembre 2026"), "Italian's and Corsican's \"di\"");
    }
}
