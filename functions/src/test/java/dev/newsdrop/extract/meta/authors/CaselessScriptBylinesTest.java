package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bylines in scripts with no letter case (Arabic, Persian, Hebrew, Hindi), where capitals cannot tell
 * a name from the words around it, and theme bylines whose lead or role sits apart from the name:
 * a postposition after it (Turkish "tarafından"), a language's lead in an element of its own (Czech "Od").
 */
class CaselessScriptBylinesTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> authors(String html) {
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    private static List<String> underHeadline(String lang, String line) {
        return authors("<html lang='" + lang + "'><body><article><h1>Headline of the story</h1>" + line + TEXT + TEXT + "</article></body></html>");
    }

    @Test
    void caselessNameThenDate_underTheHeadline_isTheWriter() {
        assertEquals(List.of("أحمد منصور"), underHeadline("ar", "<div class='news-meta'>أحمد منصور | الثلاثاء 12 مارس 2024 - 09:00</div>"));
        assertEquals(List.of("أحمد منصور"), underHeadline("ar", "<div>أحمد منصور · 12/03/2024</div>"));
        assertEquals(List.of("דנה לוי"), underHeadline("he", "<div>דנה לוי | 12.03.2024</div>"));
        assertEquals(List.of("राहुल शर्मा"), underHeadline("hi", "<div>राहुल शर्मा | 12 मार्च 2024</div>"));
    }

    @Test
    void twoCaselessWritersJoinedByADash_areTwoAuthors_butANamesPlaceOrRoleAfterTheDashIsNot() {
        assertEquals(List.of("محمد علي", "سارة أحمد"), underHeadline("ar", "<div class='author'>محمد علي - سارة أحمد</div>"));
        assertEquals(List.of("محمد علي", "سارة أحمد"), AuthorNames.clean(List.of("كتب: محمد علي - سارة أحمد")));
        assertEquals(List.of("נועה ברגר", "דנה לוי"), AuthorNames.clean(List.of("נועה ברגר – דנה לוי")));
        assertEquals(List.of("محمد علي"), AuthorNames.clean(List.of("محمد علي - القاهرة")), "where the copy was filed");
        assertEquals(List.of("محمد علي"), AuthorNames.clean(List.of("محمد علي - مراسل الجزيرة")), "his role: no given name after the dash");
    }

    @Test
    void boldKickerOverAnArabicText_isNoWriter_butALoneBoldGivenNameIs() {
        String kicker = "<html lang='ar'><body><article><h1>البلدية تعيد تأهيل الحدائق</h1><div class='c'><p><strong>%s</strong></p>"
                + TEXT + TEXT + "</div></article></body></html>";
        assertEquals(List.of(), authors(kicker.formatted("مساحات خضراء")));
        assertEquals(List.of(), authors(kicker.formatted("أسواق المال")));
        assertEquals(List.of("ليلى الخطيب"), authors(kicker.formatted("ليلى الخطيب")));
        assertEquals(List.of("عبد الرحمن الشامي"), authors(kicker.formatted("عبد الرحمن الشامي")));
        assertEquals(List.of("احمد الكواري"), authors(kicker.formatted("احمد الكواري")), "the hamza seat folded: \"احمد\" is \"أحمد\"");
    }

    @Test
    void boldArabicLineShapedAsAName_withAGivenNameNoListHolds_isTheWriter_butKickersAndLabelsAreNot() {
        String kicker = "<html lang='ar'><body><article><h1>البلدية تعيد تأهيل الحدائق</h1><div class='c'><p><strong>%s</strong></p>"
                + TEXT + TEXT + "</div></article></body></html>";
        assertEquals(List.of("ثائر العمري"), authors(kicker.formatted("ثائر العمري")), "a bare given name, then a family name \"ال…ي\"");
        assertEquals(List.of("جود سلطان الدوسري"), authors(kicker.formatted("جود سلطان الدوسري")));
        assertEquals(List.of("سيدي ولد محمد"), authors(kicker.formatted("سيدي ولد محمد")), "the Hassaniya \"son of\"");
        assertEquals(List.of("هيا بنت سعد"), authors(kicker.formatted("هيا بنت سعد")));
        assertEquals(List.of(), authors(kicker.formatted("أخبار الوادي")), "a defective noun, no family name");
        assertEquals(List.of(), authors(kicker.formatted("مجلس التعاون الخليجي")), "the article on a middle word: a noun and its adjective");
        assertEquals(List.of(), authors(kicker.formatted("الاقتصاد العالمي")));
        assertEquals(List.of(), authors(kicker.formatted("خطط الطوارئ")), "a final hamza on its seat is no nisba's \"ي\"");
        assertEquals(List.of(), authors(kicker.formatted("مستشفى ابن سينا")), "\"ابن\" also names institutions");
        assertEquals(List.of(), authors(kicker.formatted("جولة في الريف الشمالي")), "a preposition");
    }

    @Test
    void hassaniyaWuld_isAWordOfTheName_butArabicAndPrefixedToASecondNameSeparates() {
        assertEquals(List.of("محمد الأمين ولد سيدي"), AuthorNames.clean(List.of("محمد الأمين ولد سيدي")));
        assertEquals(List.of("أحمد علي", "محمد حسن"), AuthorNames.clean(List.of("أحمد علي ومحمد حسن")));
    }

    @Test
    void arabicWireDateline_opensTheText_andNoOneElseIsNamed_theAgencySigns() {
        String page = "<html lang='ar'><body><article><h1>توقيع عقد لتطوير حقل غاز</h1><div class='c'><p>%s قالت وزارة النفط يوم الخميس إنها وقعت عقدا مع تحالف شركات لتطوير حقل غاز في الجنوب ضمن خطة لتقليص حرق الغاز المصاحب.</p>"
                + TEXT + "</div></article></body></html>";
        assertEquals(List.of("رويترز"), authors(page.formatted("بغداد (رويترز) -")));
        assertEquals(List.of(), authors(page.formatted("بغداد (خاص) -")), "no agency in the brackets");
    }

    @Test
    void twoCaselessWritersThenDate_underTheHeadline_areBothWriters_butTwoPhrasesAreNot() {
        assertEquals(List.of("אורית גבאי", "איתי פרידמן"),
                underHeadline("he", "<div><a href='/w/1'>אורית גבאי</a> ו<a href='/w/2'>איתי פרידמן</a> | 18/11/2025 08:40</div>"));
        assertEquals(List.of("أحمد علي", "سارة حسن"), underHeadline("ar", "<div>أحمد علي، سارة حسن | 12/03/2024</div>"));
        assertEquals(List.of(), underHeadline("he", "<div>חדשות הדרום ועוד כתבות | 18/11/2025</div>"), "no given name opens either part");
    }

    @Test
    void boldArabicNameAfterADash_underThreeShortParagraphs_signsByItsGivenName_butALabelThereDoesNot() {
        String page = "<html lang='ar'><body><article><h1>مسقط تستعد لموسم الرحلات البحرية</h1><div class='c'>"
                + "<p>يستعد ميناء السلطان قابوس في مسقط لاستقبال أكثر من مئة رحلة بحرية سياحية خلال الموسم المقبل، وسط توقعات بوصول عشرات الآلاف من الزوار.</p>"
                + "<p>وقالت وزارة التراث والسياحة إن الاستعدادات تشمل تنظيم جولات في الأسواق القديمة والقلاع القريبة من الميناء.</p>"
                + "<p>ويأمل أصحاب المحلات في السوق القديمة أن ينعكس الموسم إيجابا على مبيعاتهم بعد صيف هادئ.</p>"
                + "<p><strong>%s</strong></p></div></article></body></html>";
        assertEquals(List.of("شيخة البلوشي"), authors(page.formatted("— شيخة البلوشي")));
        assertEquals(List.of("ليلى أحمد"), authors(page.formatted("ليلى أحمد")));
        assertEquals(List.of(), authors(page.formatted("أسواق المال")), "no given name: a label");
        assertEquals(List.of(), authors(page.formatted("مواسم سياحية")));
    }

    @Test
    void boldArabicNameOverThreeShortParagraphs_signsByItsGivenName_butAKickerThereDoesNot() {
        String page = "<html lang='ar'><body><article><h1>جامعة تطلق مسابقة للبرمجة بين طلاب المدارس</h1><div class='c'><p><strong>%s</strong></p>"
                + "<p>أطلقت الجامعة مسابقة سنوية للبرمجة موجهة إلى طلاب المدارس الثانوية في المنطقة، بهدف اكتشاف المواهب التقنية المبكرة وتشجيعها على دراسة علوم الحاسب.</p>"
                + "<p>وتتنافس الفرق على حل مسائل برمجية خلال خمس ساعات، ويحصل الفائزون على منح دراسية.</p>"
                + "<p>ويظل باب التسجيل مفتوحا حتى نهاية الشهر عبر موقع الجامعة.</p></div></article></body></html>";
        assertEquals(List.of("مشاعل القرني"), authors(page.formatted("مشاعل القرني")));
        assertEquals(List.of(), authors(page.formatted("التراث الفلسطيني")), "the article on its first word: a kicker");
        assertEquals(List.of(), authors(page.formatted("مواهب تقنية")));
    }

    @Test
    void caselessSectionOrLongPhraseBeforeTheDate_isNoWriter() {
        assertEquals(List.of(), underHeadline("ar", "<div>أخبار محلية | 12 مارس 2024</div>"));
        assertEquals(List.of(), underHeadline("ar", "<div>اجتمع المجلس البلدي مساء الثلاثاء لمناقشة المسارات | 12 مارس 2024</div>"));
        assertEquals(List.of(), underHeadline("ar", "<div>مارس | 12 مارس 2024</div>"));
    }

    @Test
    void persianPostedByLine_endsTheNameAtThePrepositionOfTheDate_andCommentsCountIsNoName() {
        assertEquals(List.of("مریم احمدی"), authors("<html lang='fa' dir='rtl'><body><div class='post'><h1>مسیرهای دوچرخه</h1>" + TEXT
                + "<div class='post-footer'>نوشته شده توسط مریم احمدی در سه‌شنبه ۲۲ اسفند ۱۴۰۲ ساعت ۹:۳۰ | <a href='/c/12'>نظرات (۳)</a></div>"
                + "</div></body></html>"));
        assertEquals(List.of("أحمد منصور"), AuthorNames.clean(List.of("أحمد منصور في 12 مارس 2024")));
        assertEquals(List.of(), AuthorNames.clean(List.of("نظرات (۳)")));
        assertEquals(List.of(), AuthorNames.clean(List.of("تعليقات")));
    }

    @Test
    void hindiReportLabel_andThePlaceAfterTheNamesComma() {
        assertEquals(List.of("राहुल शर्मा"), underHeadline("hi", "<div class='story-byline'><span class='reporter'>रिपोर्ट: राहुल शर्मा, जयपुर</span>"
                + " <span>अपडेटेड: 12 मार्च 2024, 09:00 IST</span></div>"));
        assertEquals(List.of("राहुल शर्मा"), AuthorNames.clean(List.of("राहुल शर्मा, जयपुर")));
        assertEquals(List.of("أحمد منصور", "محمد علي"), AuthorNames.clean(List.of("أحمد منصور، محمد علي")));
    }

    @Test
    void turkishPostposition_afterTheName_isTheLead() {
        assertEquals(List.of("Mehmet Yılmaz"), authors("<html lang='tr'><body><article><h1>Yeni bisiklet yolları</h1>"
                + "<div class='jeg_meta_author'><a href='/author/mehmet/'>Mehmet Yılmaz</a> tarafından</div>" + TEXT + "</article></body></html>"));
        assertEquals(List.of("राहुल शर्मा"), AuthorNames.clean(List.of("राहुल शर्मा द्वारा")));
    }

    @Test
    void authorBoxNameClassedWithAnUnderscore_isTheNameWithoutTheDescription() {
        assertEquals(List.of("Mehmet Yılmaz"), authors("<html lang='tr'><body><article><h1>Yeni bisiklet yolları</h1>" + TEXT
                + "<div class='jeg_authorbox'><div class='jeg_author_content'><h3 class='jeg_author_name'><a href='/x/'>Mehmet Yılmaz</a></h3>"
                + "<p class='jeg_author_desc'>Ege Haber muhabiri.</p></div></div></article></body></html>"));
    }

    @Test
    void czechOd_inTheThemesLeadElement_isTheLeadOnACzechPage() {
        assertEquals(List.of("Jan Novák"), authors("<html lang='cs-CZ'><body><article><h1>Nové cyklostezky</h1>"
                + "<div class='td-post-author-name'><div class='td-author-by'>Od</div> <a href='/author/jnovak/'>Jan Novák</a>"
                + "<div class='td-author-line'> - </div></div>" + TEXT + "</article></body></html>"));
        assertEquals(List.of("Od Jan Novák"), AuthorNames.clean(List.of("Od Jan Novák"))); // elsewhere a name is not cut
    }

    @Test
    void bengaliOwnCorrespondent_withTheDateInBengaliFigures_namesNoOne() {
        assertEquals(List.of(), underHeadline("bn", "<div class='author-area'><span class='author'>নিজস্ব প্রতিবেদক</span>"
                + "<span class='time'>১২ মার্চ ২০২৪, ০৯:০০</span></div>"));
        assertEquals(List.of(), AuthorNames.clean(List.of("রহিম ১২")));
    }

    @Test
    void taiwanReporterLine_titleNameSlashPlaceReports_givesTheName() {
        assertEquals(List.of("林志明"), authors("<html lang='zh-TW'><body><article><h1>沿河新建自行車道</h1>"
                + "<div class='content'><p>記者林志明／台北報導</p>" + TEXT + "</div></article></body></html>"));
        assertEquals("林志明, 王美玲", BylineLeads.cjkReporterNames("記者林志明、王美玲／台北報導"));
    }

    @Test
    void finnishKirjoittanut_isTheLead() {
        assertEquals(List.of("Matti Virtanen"), underHeadline("fi", "<div class='entry-meta'><span class='posted-on'>12.3.2024</span> "
                + "<span class='byline'>Kirjoittanut <a href='/author/matti/'>Matti Virtanen</a></span></div>"));
    }

    @Test
    void romanianDe_inTheBylineOfARomanianPage_isTheLead_butAParticleElsewhere() {
        assertEquals(List.of("Ion Popescu"), underHeadline("ro", "<div class='article-meta'><span class='autor'>de Ion Popescu</span></div>"));
        assertEquals(List.of("de Vries"), underHeadline("nl", "<div class='article-meta'><span class='author'>de Vries</span></div>"));
    }

    @Test
    void ourReporter_beforeTheName_isHisRoleAtThePaper_andAloneNamesNoOne() {
        assertEquals(List.of("Pieter Bakker"), underHeadline("nl", "<p class='byline'>Door onze redacteur Pieter Bakker</p>"));
        assertEquals(List.of("Max Muster"), AuthorNames.clean(List.of("Von unserem Korrespondenten Max Muster")));
        assertEquals(List.of(), AuthorNames.clean(List.of("Door onze correspondent")));
        assertEquals(List.of(), AuthorNames.clean(List.of("By our correspondent")));
    }

    @Test
    void latinAgencyNameInsideAHebrewOrArabicCredit_staysInTheName() {
        assertEquals(List.of("סוכנות הידיעות AP"), AuthorNames.clean(List.of("מאת: סוכנות הידיעות AP")));
        assertEquals(List.of("רויטרס", "AP"), AuthorNames.clean(List.of("רויטרס/AP")));
        assertEquals(List.of("وكالة رويترز"), AuthorNames.clean(List.of("وكالة رويترز")));
        assertEquals(List.of("דנה לוי"), AuthorNames.clean(List.of("דנה לוי ו-AP"))); // a person signs: the agency is the source
        assertEquals(List.of("Jane Doe"), AuthorNames.clean(List.of("JANE DOE")));
        assertEquals(List.of("דנה לוי", "Jane Doe"), AuthorNames.clean(List.of("דנה לוי ו-Jane Doe")));
    }

    @Test
    void agencyNounBeforeAnAgencysName_namesTheAgency_butNotAnyName() {
        org.junit.jupiter.api.Assertions.assertTrue(NewsAgencies.isAgency("סוכנות הידיעות AP"));
        org.junit.jupiter.api.Assertions.assertTrue(NewsAgencies.isAgency("وكالة الأنباء رويترز"));
        org.junit.jupiter.api.Assertions.assertFalse(NewsAgencies.isAgency("סוכנות הידיעות"));
        org.junit.jupiter.api.Assertions.assertFalse(NewsAgencies.isAgency("وكالة محمد علي"));
        org.junit.jupiter.api.Assertions.assertTrue(NewsAgencies.isAgency("العُمانية")); // a vowel mark is no other name
        org.junit.jupiter.api.Assertions.assertTrue(NewsAgencies.isAgency("وأج"));
    }

    @Test
    void soraniWrittenByLabel_leadsTheName() {
        assertEquals(List.of("هێمن کەریم"), underHeadline("ckb", "<div class='post-info'><span>نووسینی: هێمن کەریم</span></div>"));
    }
}
