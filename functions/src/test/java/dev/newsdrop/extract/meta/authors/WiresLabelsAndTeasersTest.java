package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bylines found on unseen-site probe pages: author labels of Azerbaijani, Georgian and Armenian themes,
 * the Chinese wire dateline that names its reporters, a static blog's site title marked rel=author,
 * and a related story's teaser byline beside a columnist's box.
 */
class WiresLabelsAndTeasersTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> authors(String html) {
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    @Test
    void azerbaijaniGeorgianAndArmenianAuthorLabels_areLeads() {
        assertEquals(List.of("Əli Həsənov"), authors("<html lang='az'><body><h1>Bakıda yeni metro stansiyası</h1>"
                + "<div class='news-meta'><span class='author'>Müəllif: Əli Həsənov</span> <span class='date'>20 Yanvar 2026</span></div>"
                + TEXT + "</body></html>"));
        assertEquals(List.of("ნინო ბერიძე"), authors("<html lang='ka'><body><h1>ახალი სტადიონი</h1>"
                + "<div class='article-info'><span class='author'>ავტორი: ნინო ბერიძე</span> <span class='date'>12 თებერვალი 2026</span></div>"
                + TEXT + "</body></html>"));
        // Armenian sets its label off with the Armenian comma "՝" rather than a colon
        assertEquals(List.of("Արամ Պետրոսյան"), authors("<html lang='hy'><body><h1>Նոր չվերթներ</h1>"
                + "<div class='article-meta'><span class='author'>Հեղինակ՝ Արամ Պետրոսյան</span> <span class='date'>19.01.2026</span></div>"
                + TEXT + "</body></html>"));
    }

    @Test
    void uzbekMongolianAndKhmerLabels_areLeads() {
        assertEquals(List.of("Dilshod Karimov"), authors("<html lang='uz'><body><h1>Yangi aeroport terminali ochildi</h1>"
                + "<div class='meta'><span class='author'>Muallif: Dilshod Karimov</span> <span class='date'>28 yanvar 2026</span></div>"
                + TEXT + "</body></html>"));
        assertEquals(List.of("Б.Болормаа"), authors("<html lang='mn'><body><h1>Метроны төслийн ажил эхэллээ</h1>"
                + "<div class='news-info'><span class='reporter'>Сурвалжлагч: Б.Болормаа</span> <span class='date'>2026.01.16</span></div>"
                + TEXT + "</body></html>"));
        assertEquals(List.of("សុខ ចាន់ថា"), authors("<html lang='km'><body><h1>ភ្ញៀវទេសចរមកទស្សនាអង្គរកើនឡើង</h1>"
                + "<div class='byline'><span>ដោយ សុខ ចាន់ថា</span> <span>ថ្ងៃទី ១៩ ខែមករា ឆ្នាំ ២០២៦</span></div>"
                + TEXT + "</body></html>"));
    }

    @Test
    void chineseWireDateline_namesItsReporters() {
        assertEquals(List.of("张伟", "李娜"), authors("<html lang='zh-CN'><body><h1>长江流域启动生态补偿试点</h1><div id='detail'>"
                + "<p>　　新华社北京1月20日电（记者张伟、李娜）记者从生态环境部获悉，试点20日正式启动，首批覆盖沿江8个省份。</p>"
                + "<p>　　根据试点方案，上下游省份将以跨省断面水质为依据，签订补偿协议。</p></div></body></html>"));
        assertEquals(List.of("王晓明"), authors("<html lang='zh-CN'><body><h1>城市公园改造完成</h1><div>"
                + "<p>中新网上海3月2日电 (记者 王晓明)上海市绿化局2日介绍，全市公园改造已完成。</p>"
                + "<p>　　改造后的公园增加了儿童游乐设施。</p></div></body></html>"));
    }

    @Test
    void chineseWireDateline_withoutReporters_namesNoOne() {
        assertEquals(List.of(), authors("<html lang='zh-CN'><body><h1>城市公园改造完成</h1><div>"
                + "<p>　　新华社上海3月2日电 上海市绿化局2日介绍，全市公园改造已完成。</p>"
                + "<p>　　改造后的公园增加了儿童游乐设施。</p></div></body></html>"));
    }

    @Test
    void wireSignatureClosingTheText_namesTheReporterBesideTheAgency() {
        assertEquals(List.of("Κατερίνα Νικολάου"), authors("<html lang='el'><body><article><h1>Σε λειτουργία η επέκταση του μετρό</h1>"
                + "<div class='article-date'>02.02.2026 | 12:40</div><div class='article-body'>"
                + "<p>Σε λειτουργία τέθηκε σήμερα η επέκταση του μετρό της Θεσσαλονίκης προς την Καλαμαριά, με πέντε νέους σταθμούς.</p>"
                + "<p>Οι κάτοικοι της ανατολικής Θεσσαλονίκης περίμεναν την επέκταση για περισσότερα από δέκα χρόνια.</p>"
                + "<p>Κατερίνα Νικολάου (ΑΠΕ-ΜΠΕ)</p></div></article></body></html>"));
        assertEquals(List.of("Rūta Petraitienė"), authors("<html lang='lt'><body><article><h1>Infliacija sulėtėjo</h1><div class='news-text'>"
                + "<p>Vilnius, sausio 22 d. (ELTA). Metinė infliacija Lietuvoje sausį sulėtėjo iki 2,1 proc., skelbia agentūra.</p>"
                + "<p>Labiausiai per metus pabrango paslaugos, o prekių kainos padidėjo 0,9 proc.</p>"
                + "<p>Rūta Petraitienė (ELTA)</p><p>© ELTA. Šios informacijos negalima skelbti be sutikimo.</p></div></article></body></html>"));
    }

    @Test
    void bracketedLineThatNamesNoAgency_isNoSignature() {
        assertEquals(List.of(), authors("<html lang='en'><body><article><h1>Harbour budget</h1><div>" + TEXT + TEXT
                + "<p>Jane Doe (Harbour Council)</p></div></article></body></html>"));
    }

    @Test
    void staticBlogsSiteTitleMarkedAuthor_inTheMasthead_isNotTheByline() {
        // Jekyll's default theme links the site title home with rel=author; the post names its writer in microdata
        assertEquals(List.of("田中 花子"), authors("<html lang='ja'><head><title>記録 | はなこのノート</title></head><body>"
                + "<header class='site-header'><a class='site-title' rel='author' href='/'>はなこのノート</a></header>"
                + "<main><article class='post h-entry' itemscope itemtype='http://schema.org/BlogPosting'><header class='post-header'>"
                + "<h1 class='post-title p-name' itemprop='name headline'>自家製サワードウ、一か月の記録</h1>"
                + "<p class='post-meta'><time class='dt-published' datetime='2026-01-12T09:00:00+09:00' itemprop='datePublished'>2026年1月12日</time> • "
                + "<span itemprop='author' itemscope itemtype='http://schema.org/Person'><span class='p-author h-card' itemprop='name'>田中 花子</span></span></p>"
                + "</header><div class='post-content e-content' itemprop='articleBody'>" + TEXT + "</div></article></main></body></html>"));
    }

    @Test
    void relatedTeasersByline_isNotTheArticles_theColumnistBoxNamesTheWriter() {
        assertEquals(List.of("Anna Virtanen"), authors("<html lang='fi'><body><main><article class='article article--column'>"
                + "<div class='article__label'>Kolumni</div><h1 class='article__headline'>Kirjastot ovat kaupungin olohuone</h1>"
                + "<aside class='columnist-box'><img src='/a.jpg' alt='Anna Virtanen'><div class='columnist-box__name'>Anna Virtanen</div>"
                + "<div class='columnist-box__bio'>Kirjoittaja on vaasalainen toimittaja.</div></aside>"
                + "<div class='article__body'>" + TEXT + TEXT + "</div></article>"
                + "<section class='related'><h2>Lue myös</h2><article class='teaser'><a href='/kolumni/x/'><span class='teaser__label'>Kolumni</span> <h3>Miksi kukaan ei ui?</h3></a>"
                + "<span class='teaser__author'>Jukka Mäkinen</span></article></section></main></body></html>"));
    }

    @Test
    void columnistsBox_withoutAPicture_namesTheWriter() {
        assertEquals(List.of("Anna Virtanen"), authors("<html lang='fi'><head><meta property='og:site_name' content='Pohjanmaan Sanomat'>"
                + "<meta property='article:published_time' content='2026-02-08T06:00:00+02:00'></head><body>"
                + "<header class='masthead'><a href='/' class='brand'>Pohjanmaan Sanomat</a><nav><a href='/uutiset'>Uutiset</a></nav></header>"
                + "<main><article class='article article--column'><div class='article__label'>Kolumni</div>"
                + "<h1 class='article__headline'>Kirjastot ovat kaupungin olohuone</h1>"
                + "<div class='article__dates'>Julkaistu 8.2.2026 klo 6.00 | Päivitetty 8.2.2026 klo 9.12</div>"
                + "<aside class='columnist-box'><div class='columnist-box__name'>Anna Virtanen</div>"
                + "<div class='columnist-box__bio'>Kirjoittaja on vaasalainen toimittaja.</div></aside>"
                + "<div class='article__body'>" + TEXT + TEXT + "</div></article></main></body></html>"));
    }

    @Test
    void relatedTeasersByline_aloneOnThePage_namesNoOne() {
        assertEquals(List.of(), authors("<html lang='en'><body><main><article><h1>Library hours cut</h1>" + TEXT + TEXT + "</article>"
                + "<section class='related'><h2>Read also</h2><div class='teaser'><a href='/x/'><h3>Pool closes early</h3></a>"
                + "<span class='teaser__author'>John Roe</span></div></section></main></body></html>"));
    }
}
