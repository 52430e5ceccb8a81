package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Chinese or Japanese name set alone in one field of the meta line under the headline (WeChat's "原创 刘晓燕
 * 账号 日期", a Japanese blog platform's creator linked beside the date).
 */
class HanNameFieldsTest {

    private static final String TEXT = "<div id='js_content'><p>二十年过去，县图书馆已经有了自己的新楼，藏书超过十五万册，每天来看书的人多的时候有六七百位，周末的少儿阅览室里常常坐满了写作业的孩子。</p>"
            + "<p>今年，图书馆又在乡镇开了六个分馆，书可以通借通还。对于住在山里的老人和孩子来说，读书这件事终于不用再走几十里山路了，馆长说这是她最骄傲的事情。</p></div>";

    private static List<String> authors(String lang, String metaLine) {
        String html = "<html" + (lang == null ? "" : " lang='" + lang + "'") + "><head></head><body><div class='rich_media'>"
                + "<h1 class='rich_media_title'>一个县城图书馆的二十年</h1>" + metaLine + TEXT + "</div></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/s/abc"), "https://example.org/s/abc").authors();
    }

    private static String line(String first, String second) {
        return "<div id='meta_content'><span class='tag'>原创</span> <span class='meta_text'>" + first + "</span> "
                + "<span class='nickname'>" + second + "</span> <em id='publish_time'>2026年12月01日 20:15</em></div>";
    }

    @Test
    void chineseNameAloneInAFieldOfTheDatedMetaLine_isTheWriter() {
        assertEquals(List.of("刘晓燕"), authors("zh-CN", line("刘晓燕", "山城书事")));
        assertEquals(List.of("歐陽明"), authors(null, line("歐陽明", "山城書事")));
    }

    @Test
    void placesWeekliesAndBodiesOpeningWithASurname_areNoWriters() {
        assertEquals(List.of(), authors("zh-CN", line("江苏", "山城书事")));
        assertEquals(List.of(), authors("zh-CN", line("周刊", "山城书事")));
        assertEquals(List.of(), authors("zh-CN", line("金羊网", "山城书事")));
    }

    @Test
    void aLineWithoutADate_orAJapanesePage_isNotRead() {
        assertEquals(List.of(), authors("zh-CN", "<div id='meta_content'><span>原创</span> <span>刘晓燕</span> <span>山城书事</span></div>"));
        assertEquals(List.of(), authors("ja", line("刘晓燕", "山城書事")));
        assertEquals(List.of(), authors("ko", line("高橋彩", "山城書事")));
    }

    @Test
    void japaneseCreatorLinkedAloneInAFieldOfTheDatedMetaLine_isTheWriter() {
        String line = "<div class='info'><a class='avatar' href='/hanako_y'><img alt='' src='/a.png'></a>"
                + "<div class='name'><a href='/hanako_y'>%s</a></div><div class='date'><time>2026年11月30日 21:04</time></div></div>";
        assertEquals(List.of("山田花子"), authors("ja", line.formatted("山田花子")));
        assertEquals(List.of("中村 さくら"), authors("ja", line.formatted("中村 さくら")));
        assertEquals(List.of(), authors("ja", line.formatted("山田酒店")));
        assertEquals(List.of(), authors("ja", line.formatted("ゆかり")));
    }

    @Test
    void japaneseName_isAListedFamilyNameAndAGivenNameOfOneToThree() {
        assertTrue(HanNameFields.isJapaneseName("佐々木亮"));
        assertTrue(HanNameFields.isJapaneseName("高橋 彩"));
        assertFalse(HanNameFields.isJapaneseName("山田花子の部屋"));
        assertFalse(HanNameFields.isJapaneseName("経済部"));
        assertFalse(HanNameFields.isJapaneseName("石川県"));
        assertFalse(HanNameFields.isJapaneseName("東京"));
    }

    @Test
    void chineseName_isASurnameAndAGivenNameOfOneOrTwo() {
        assertTrue(HanNameFields.isChineseName("王磊"));
        assertTrue(HanNameFields.isChineseName("司马光明"));
        assertFalse(HanNameFields.isChineseName("山城书事"));
        assertFalse(HanNameFields.isChineseName("王小明明"));
        assertFalse(HanNameFields.isChineseName("原创"));
    }

    @Test
    void anOfficesNameInHanCharacters_namesAnOffice_butAPersonEndingSoDoesNot() {
        assertTrue(HanNameFields.namesOffice("教育處"));
        assertTrue(HanNameFields.namesOffice("社會課"));
        assertTrue(HanNameFields.namesOffice("交通局"));
        assertTrue(HanNameFields.namesOffice("臺東縣政府教育處"));
        assertFalse(HanNameFields.namesOffice("張志科"), "a listed surname and a given name ending in 科: a person");
        assertFalse(HanNameFields.namesOffice("新华社"), "an agency signs, no office");
        assertFalse(HanNameFields.namesOffice("李娜"));
        assertFalse(HanNameFields.namesOffice("Office 處"));
    }

    @Test
    void dcCreatorNamingTheOfficeThatKeepsThePage_isNoAuthor() {
        String head = "<head><meta name='DC.Creator' content='%s'><meta name='DC.Publisher' content='花蓮市公所'></head>";
        String body = "<body><h1>市立圖書館寒假閱讀活動開始報名</h1>" + TEXT + "</body>";
        for (String office : List.of("社會課", "教育處")) {
            String html = "<html lang='zh-Hant-TW'>" + head.formatted(office) + body + "</html>";
            assertEquals(List.of(), MetadataReader.read(Jsoup.parse(html, "https://example.org/n"), "https://example.org/n").authors());
        }
        String html = "<html lang='zh-Hant-TW'>" + head.formatted("王志明") + body + "</html>";
        assertEquals(List.of("王志明"), MetadataReader.read(Jsoup.parse(html, "https://example.org/n"), "https://example.org/n").authors());
    }
}
