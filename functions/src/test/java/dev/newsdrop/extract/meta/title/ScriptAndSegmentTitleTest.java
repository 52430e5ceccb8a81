package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Titles of pages in scripts and with title segments the earlier rules read wrongly. */
class ScriptAndSegmentTitleTest {

    private static String title(String lang, String head, String body) {
        String page = "<html lang=" + lang + "><head><meta charset=utf-8>" + head + "</head><body>" + body + "</body></html>";
        return MetadataReader.read(Jsoup.parse(page), null).title();
    }

    @Test
    void aHindiSectionNameInTheOnlyH1_givesWayToTheArticlesHeading() {
        // the vowel signs of Devanagari are marks inside a word: read as word breaks they cut "ताज़ा खबरें" into stubs
        // too short to share, and a heading of no long word passed for one sharing the title's words
        String h = "दिल्ली में प्रदूषण पर सख्ती, निर्माण कार्यों पर फिर लगी रोक";
        assertEquals(h, title("hi", "<title>" + h + " | राष्ट्रीय खबर</title><meta property='og:title' content='" + h + " | राष्ट्रीय खबर'>",
                "<div class=container><h1 class=section-heading>ताज़ा खबरें</h1><article><h2 class=story-title>" + h
                        + "</h2><p>दिल्ली सरकार ने प्रदूषण बढ़ने पर निर्माण कार्यों पर रोक लगा दी है।</p></article></div>"));
    }

    @Test
    void aKickerThatNamesTheSiteAndMore_isNoSitePrefix() {
        String h = "The Courier turns 150: a look back at our first edition";
        assertEquals(h, TitleCleaner.clean(h, "The Courier", null).title());
        assertEquals(h, TitleCleaner.clean(h + " | The Courier", "The Courier", null).title());
        assertEquals(h, title("en", "<title>" + h + " | The Courier</title><meta property='og:title' content='" + h
                + "'><meta property='og:site_name' content='The Courier'>", "<main><article><h1>" + h
                + "</h1><p>The first edition was printed in 1876.</p></article></main>"));
        // the name alone before a colon is the site's, and so is a longer name before a bar
        assertEquals("Harbour plan approved by council", TitleCleaner.clean("The Courier: Harbour plan approved by council", "The Courier", null).title());
        assertEquals("Harbour plan approved by council", TitleCleaner.clean("Daily Mail Online | Harbour plan approved by council", "Mail Online", null).title());
    }

    @Test
    void aPlaceBeforeAColonThatOpensTheSitesName_isTheKicker_aBarStillSetsTheNameShort() {
        String h = "Bouaké : la gare routière rouvre après six mois de travaux";
        assertEquals(h, TitleCleaner.clean(h, "Bouaké Hebdo", null).title());
        assertEquals(h, TitleCleaner.clean(h + " | Bouaké Hebdo", "Bouaké Hebdo", null).title());
        // before a bar the name's first word still stands for the site, and the whole name before a colon is the site's
        assertEquals("la gare routière rouvre après six mois de travaux",
                TitleCleaner.clean("Bouaké | la gare routière rouvre après six mois de travaux", "Bouaké Hebdo", null).title());
        assertEquals("la gare routière rouvre après six mois de travaux",
                TitleCleaner.clean("Bouaké Hebdo : la gare routière rouvre après six mois de travaux", "Bouaké Hebdo", null).title());
    }

    @Test
    void theSitesNameInBracketsBeforeTheHeadline_isCut() {
        assertEquals("인천공항 제2활주로 확장 공사 내년 착공", TitleCleaner.clean("[인천항공일보] 인천공항 제2활주로 확장 공사 내년 착공", "인천항공일보", null).title());
        assertEquals("東京都、来年度から給食費を無償化", TitleCleaner.clean("【東都新報】東京都、来年度から給食費を無償化", "東都新報", null).title());
        // a bracketed label that is not the site's name stays
        assertEquals("[단독] 인천공항 제2활주로 확장 공사 내년 착공", TitleCleaner.clean("[단독] 인천공항 제2활주로 확장 공사 내년 착공", "인천항공일보", null).title());
    }

    @Test
    void aMediaLabelInCapitalsBeforeAColon_isCutFromAHeading() {
        assertEquals("Temporal alaga ruas do centro de Porto Alegre", TitleCleaner.withoutSectionLabel("VÍDEO: Temporal alaga ruas do centro de Porto Alegre"));
        assertEquals("Ploaia a inundat centrul orașului", TitleCleaner.withoutSectionLabel("FOTO: Ploaia a inundat centrul orașului"));
        // in sentence case the word may open the headline's own sentence
        assertEquals("Video: how the bridge was built", TitleCleaner.withoutSectionLabel("Video: how the bridge was built"));
    }

    @Test
    void aHeadlineWithASeparatorOfItsOwn_isTakenAsThePageShowsIt() {
        // no heading, no site name stated: the title's last part after " - " is no site's name, as the box showing the headline shows
        String h = "TP.HCM khởi công tuyến metro số 2 Bến Thành - Tham Lương";
        assertEquals(h, title("vi", "<title>Sài Gòn Mới | Giao thông | " + h + "</title>",
                "<header><a class=logo href=/>Sài Gòn Mới</a><nav><a href=/giao-thong>Giao thông</a></nav></header><div class=main><div class=detail-title>"
                        + h + "</div><p>Tuyến dài 11,3 km với 11 ga.</p><p>Tổng vốn đầu tư hơn 47.000 tỉ đồng.</p></div>"));
    }

    @Test
    void mediaLabelsInMoreLanguagesAndJoined_areCutFromAHeading() {
        assertEquals("Inauguran el nuevo malecón", TitleCleaner.withoutSectionLabel("Inauguran el nuevo malecón (+Video)"));
        assertEquals("Miles despiden al equipo campeón", TitleCleaner.withoutSectionLabel("Miles despiden al equipo campeón (FOTOS Y VIDEO)"));
        assertEquals("Na Sněžce napadl první sníh", TitleCleaner.withoutSectionLabel("Na Sněžce napadl první sníh (FOTO, VIDEO)"));
        assertEquals("В Казани открыли новую станцию метро", TitleCleaner.withoutSectionLabel("В Казани открыли новую станцию метро (фото, видео)"));
        assertEquals("Hochwasser in Passau", TitleCleaner.withoutSectionLabel("Hochwasser in Passau (mit Video)"));
        assertEquals("Adventsmarkt lockt Tausende", TitleCleaner.withoutSectionLabel("Adventsmarkt lockt Tausende – Bildergalerie"));
        assertEquals("Eisschwimmen im Baggersee", TitleCleaner.withoutSectionLabel("Eisschwimmen im Baggersee (Fotostrecke)"));
        assertEquals("Zagreb dobio novi tramvajski most", TitleCleaner.withoutSectionLabel("Zagreb dobio novi tramvajski most (FOTO/VIDEO)"));
        assertEquals("Leomlott egy ház Budapesten", TitleCleaner.withoutSectionLabel("Leomlott egy ház Budapesten (videó)"));
        assertEquals("Megnyílt az új Lánchíd", TitleCleaner.withoutSectionLabel("Megnyílt az új Lánchíd – fotók"));
        assertEquals("Χιόνια στην Αθήνα", TitleCleaner.withoutSectionLabel("Χιόνια στην Αθήνα (ΒΙΝΤΕΟ)"));
        assertEquals("Hà Nội rực rỡ sắc hoa", TitleCleaner.withoutSectionLabel("[Ảnh] Hà Nội rực rỡ sắc hoa"));
        assertEquals("بارش برف در تهران مدارس را تعطیل کرد", TitleCleaner.withoutSectionLabel("بارش برف در تهران مدارس را تعطیل کرد + فیلم"));
        // in a script without case a label's place and its mark set it apart
        assertEquals("افتتاح أطول جسر معلق في المنطقة", TitleCleaner.withoutSectionLabel("بالفيديو.. افتتاح أطول جسر معلق في المنطقة"));
        assertEquals("הגשם הראשון הציף רחובות בתל אביב", TitleCleaner.withoutSectionLabel("צפו: הגשם הראשון הציף רחובות בתל אביב"));
        assertEquals("मुंबई में भारी बारिश से लोकल ट्रेनें ठप", TitleCleaner.withoutSectionLabel("वीडियो: मुंबई में भारी बारिश से लोकल ट्रेनें ठप"));
        // in capitals after the headline's full stop or space, or before it with a spaced dash
        assertEquals("Trenul de mare viteză primește finanțare", TitleCleaner.withoutSectionLabel("Trenul de mare viteză primește finanțare. VIDEO"));
        assertEquals("Ninsoare abundentă în Cluj, drumuri blocate", TitleCleaner.withoutSectionLabel("Ninsoare abundentă în Cluj, drumuri blocate FOTO/VIDEO"));
        assertEquals("La tempête balaie la côte bretonne", TitleCleaner.withoutSectionLabel("VIDÉO - La tempête balaie la côte bretonne"));
        // media words that are the headline's own stay
        assertEquals("Fotos aus dem Archiv zeigen den alten Hafen", TitleCleaner.withoutSectionLabel("Fotos aus dem Archiv zeigen den alten Hafen"));
        assertEquals("Watch. The tide came in fast", TitleCleaner.withoutSectionLabel("Watch. The tide came in fast"));
        assertEquals("Festival of film - and video", TitleCleaner.withoutSectionLabel("Festival of film - and video"));
        assertEquals("Neue Studie zeigt Fotos", TitleCleaner.withoutSectionLabel("Neue Studie zeigt Fotos"));
        assertEquals("STADT STELLT NEUES VIDEO", TitleCleaner.withoutSectionLabel("STADT STELLT NEUES VIDEO"));
    }

    @Test
    void aShortH1LabelSharingAWordWithTheTitle_givesWayToTheHeadingTheTitleConfirms() {
        // a section and date line over the headline, which og:title states
        String h = "Landkreis beschließt neuen Nahverkehrsplan";
        assertEquals(h, title("de", "<title>" + h + " | Emsland Echo</title><meta property='og:title' content='" + h + "'>",
                "<main><div class=article><h1 class=meta-line>Landkreis · 03.12.2026</h1><h2 class=title>" + h
                        + "</h2><p>Der Plan sieht 20 neue Buslinien vor.</p></div></main>"));
        // a section's name the document title sets before the headline, which the title holds as a segment
        String n = "Neue Öffnungszeiten im Bürgerbüro ab Januar";
        assertEquals(n, title("de", "<title>Aktuelles: " + n + " - Stadt Lindenau</title>",
                "<div id=content><h1>Aktuelles</h1><div class=news-detail><h2>" + n + "</h2><p>Das Bürgerbüro öffnet künftig auch samstags.</p></div></div>"));
        // a short h1 the title confirms is the headline, whatever the headings below it
        assertEquals("Hafen bleibt zu", title("de", "<title>Hafen bleibt zu | Hafenblatt</title>",
                "<main><article><h1>Hafen bleibt zu</h1><h2>Was Pendler jetzt wissen müssen</h2><p>Die Fähren fahren nicht.</p></article></main>"));
    }
}
