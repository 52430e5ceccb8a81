package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Reporters' credits of East and South Asian papers found by the session 21 blind round: a bracket
 * opening the text that holds only a credit (Taiwan's "〔記者…／…報導〕", a Korean paper's "[paper name
 * 기자]"), a Taiwanese byline after the paper's name and a slash, a Korean reporter's address in
 * brackets, a Japanese bureau before the name in the closing credit, Hindi "द्वारा" leading a name, and a
 * photographer's credit after the writer's set off by blanks or a slash alone ("記者 林佳穎 / 攝影 陳志明").
 */
class AsianPaperCreditsTest {

    private static final String ZH = "<p>台中市政府今天宣布，明年起將在全市國中小學推動營養午餐免費政策，預計約二十五萬名學生受惠。</p>"
            + "<p>教育局表示，所需經費約每年四十億元，將由市府預算全額支應，並優先採用在地食材。</p>";
    private static final String KO = "<p>정부는 내년부터 공공기관의 전기차 구매 비율을 100%로 높이기로 했다고 밝혔다. 관련 예산도 함께 늘린다.</p>"
            + "<p>환경부 관계자는 충전 인프라 확충을 위해 관계 부처와 협의하고 있다고 말했다.</p>";

    private static List<String> authors(String lang, String body) {
        String html = "<html lang='" + lang + "'><head></head><body><main><article><h1>見出し 제목</h1><div class='content'>" + body
                + "</div></article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    @Test
    void taiwaneseReporterDatelineInTortoiseShellBrackets_namesTheReporter() {
        assertEquals(List.of("林欣怡"), authors("zh-TW", "<p>〔記者林欣怡／屏東報導〕高鐵延伸屏東計畫環境影響評估昨天在專案小組初審過關，將送環評大會確認。</p>" + ZH));
    }

    @Test
    void koreanPaperAndReporterInTheOpeningBracket_nameTheReporters() {
        assertEquals(List.of("박서연"), authors("ko", "<p>[한빛경제 박서연 기자] 반도체 수출이 석 달 연속 증가했다. 산업부는 3일 이같이 밝혔다.</p>" + KO));
        assertEquals(List.of("박서연", "김하늘"), authors("ko", "<p>[헤럴드경제=박서연·김하늘 기자] 반도체 수출이 석 달 연속 증가했다. 산업부는 3일 이같이 밝혔다.</p>" + KO));
    }

    @Test
    void koreanPlaceAndPaperBeforeTheReporterInTheOpeningBracket_areCut() {
        assertEquals(List.of("박민준"), authors("ko", "<p>[대구=한빛일보 박민준 기자] 대구 신천을 따라 이어지는 산책로가 전 구간 연결됐다고 시는 밝혔다.</p>" + KO));
    }

    @Test
    void thaiWrittenByWrittenAsOneWord_isALead() {
        assertEquals(List.of("กฤษดา วงศ์ไทย"), authors("th", "<p class='byline'>เขียนโดย <a href='/author/krit'>กฤษดา วงศ์ไทย</a></p>"
                + "<p>สุดสัปดาห์ที่ผ่านมาผมชวนเพื่อนไปปั่นจักรยานรอบเกาะเกร็ด เส้นทางรอบเกาะยาวประมาณหกกิโลเมตร ปั่นสบาย ๆ ใช้เวลาไม่ถึงชั่วโมง</p>"
                + "<p>ระหว่างทางมีร้านขนมหวานและร้านเครื่องปั้นดินเผาให้แวะชมเป็นระยะ แนะนำให้ไปช่วงเช้าเพราะอากาศไม่ร้อน</p>"));
    }

    @Test
    void chinesePostingLabelLeftAloneWhenItsDateIsCut_isNoName() {
        assertEquals(List.of(), AuthorNames.clean(List.of("发表于")));
        assertEquals(List.of(), AuthorNames.clean(List.of("發表於")));
    }

    @Test
    void openingBracketWithoutAReportersTitle_namesNoOne() {
        assertEquals(List.of(), authors("ko", "<p>[한빛경제 단독] 반도체 수출이 석 달 연속 증가했다. 산업부는 3일 이같이 밝혔다.</p>" + KO));
        assertEquals(List.of(), authors("zh-TW", "<p>〔編者按〕本報今起推出系列報導，介紹各縣市的交通建設進度與地方期待。</p>" + ZH));
    }

    @Test
    void taiwaneseBylineAfterThePapersNameAndASlash_givesTheReporter() {
        assertEquals("黃佳琪", BylineLeads.cjkReporterNames("聯合報／ 記者黃佳琪／台北即時報導"));
        assertEquals("黃佳琪", BylineLeads.cjkReporterNames("記者黃佳琪／台北報導"));
    }

    @Test
    void koreanReporterAddressInBrackets_isCutFromTheName() {
        assertEquals("이정민", BylineLeads.cjkReporterNames("이정민 기자 (jmlee@example.kr)"));
        assertNull(BylineLeads.cjkReporterNames("이정민 기자 (서울시청 출입)"));
    }

    @Test
    void japaneseBureauBeforeTheNameInTheClosingCredit_isCut() {
        String text = "<p>国土交通省は2日、信濃川の河川敷に整備しているサイクリングロードについて、来年4月に全線開通する見通しだと発表した。</p>"
                + "<p>新しい道は長岡市から小千谷市までを結び、途中の6か所に休憩所とトイレを設ける。</p>"
                + "<p>地元の団体は観光客にも魅力を伝えたいと期待する。（長岡支局・高橋 彩）</p>";
        assertEquals(List.of("高橋 彩"), authors("ja", text));
        assertEquals("佐々木亮", BylineLeads.cjkReporterNames("仙台総局・佐々木亮"));
    }

    @Test
    void photographersCreditAfterTheWritersWithoutAColon_isCut() {
        assertEquals(List.of("林佳穎"), AuthorNames.clean(List.of("記者 林佳穎 / 攝影 陳志明 報導")));
        assertEquals(List.of("박지훈"), AuthorNames.clean(List.of("글 박지훈 사진 이수민")));
        assertEquals(List.of("刘洋"), AuthorNames.clean(List.of("文/图 记者 刘洋")));
    }

    @Test
    void hindiDwaraOpeningTheByline_isALead() {
        assertEquals(List.of("नेहा वर्मा"), authors("hi", "<p class='byline'>द्वारा <a href='/author/neha'>नेहा वर्मा</a></p>"
                + "<p>जयपुर शहर में गुरुवार से पचास नई इलेक्ट्रिक बसों का संचालन शुरू हो गया। ये बसें शहर के छह प्रमुख मार्गों पर चलेंगी।</p>"
                + "<p>परिवहन विभाग के अनुसार इन बसों से हर दिन करीब चालीस हजार यात्रियों को सुविधा मिलेगी।</p>"));
    }
}
