package dev.newsdrop.extract.source;

import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageDecoderTest {

    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String ARABIC_PARAGRAPH =
            "<p>قال وزير الخارجية العراقي إن البلدين سيواصلان الشراكة في الحرب على الإرهاب، وأكد أن الزيارة المرتقبة لرئيس الوزراء إلى واشنطن ستعزز التعاون الاقتصادي.</p>";
    private static final String FRENCH_PARAGRAPH =
            "<p>Après un hiver presque sans pluie, les céréaliers s'inquiètent : « Nous avons déjà perdu une partie des semis », explique-t-elle. L'été sera décisif.</p>";

    private final PageDecoder decoder = new PageDecoder();

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body>" + body + "</body></html>";
    }

    private DecodedPage decode(byte[] bytes, String contentType) {
        return decoder.decode(new PageInput(bytes, null, contentType, null));
    }

    @Test
    void windows1256Page_decodesArabic_withDeclaration() {
        DecodedPage d = decode(page("<meta charset=\"windows-1256\">", ARABIC_PARAGRAPH).getBytes(CP1256), null);
        assertEquals("windows-1256", d.charset());
        assertTrue(d.html().contains("وزير الخارجية العراقي"));
    }

    @Test
    void windows1256Page_decodesArabic_withoutDeclaration() {
        DecodedPage d = decode(page("", ARABIC_PARAGRAPH).getBytes(CP1256), null);
        assertEquals("windows-1256", d.charset());
        assertTrue(d.html().contains("الزيارة المرتقبة"));
    }

    @Test
    void windows1252Page_decodesFrench_withoutDeclaration() {
        DecodedPage d = decode(page("", FRENCH_PARAGRAPH).getBytes(CP1252), null);
        assertEquals("windows-1252", d.charset());
        assertTrue(d.html().contains("céréaliers s'inquiètent : « Nous avons déjà"));
    }

    @Test
    void pageDeclaringUtf8ButWindows1252_isDetected() {
        DecodedPage d = decode(page("<meta charset=\"utf-8\">", FRENCH_PARAGRAPH).getBytes(CP1252), null);
        assertEquals("windows-1252", d.charset());
        assertTrue(d.html().contains("L'été sera décisif"));
    }

    @Test
    void transportCharset_winsOverThePage() {
        byte[] bytes = page("<meta charset=\"utf-8\">", ARABIC_PARAGRAPH).getBytes(CP1256);
        assertEquals("windows-1256", decode(bytes, "text/html; charset=windows-1256").charset());
    }

    @Test
    void latin1Declaration_onUtf8Bytes_isDecodedAsUtf8() {
        DecodedPage d = decode(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", FRENCH_PARAGRAPH)
                .getBytes(StandardCharsets.UTF_8), null);
        assertEquals("UTF-8", d.charset());
        assertTrue(d.html().contains("céréaliers"));
    }

    /** Spanish text for a Latin-9 page: accents and the euro sign, which only ISO-8859-15 has. */
    private static final String SPANISH_PARAGRAPH = "<p>La revancha de Verstappen tras su sanción: el equipo "
            + "pagó 50.000 € y el campeón habló de «una decisión injusta» después de la carrera.</p>";
    private static final String CHINESE_PARAGRAPH = "<p>促进航天技术更好惠及人民，习近平主席向首届中国拉美和加勒比国家航天合作论坛"
            + "致贺信，为中拉深化航天合作指明方向。</p>";
    private static final String RUSSIAN_PARAGRAPH = "<p>Министр иностранных дел заявил во вторник, что переговоры "
            + "продолжатся на следующей неделе в столице.</p>";

    @ParameterizedTest
    @ValueSource(strings = {"iso-8859-15", "windows-1250", "iso-8859-2", "koi8-r",
            "windows-1256", "GB2312", "Shift_JIS", "EUC-KR"})
    void legacyDeclaration_inThePageOrTheHeader_onPlainlyUtf8Bytes_isDecodedAsUtf8(String legacy) {
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + legacy + "\">",
                SPANISH_PARAGRAPH + CHINESE_PARAGRAPH).getBytes(StandardCharsets.UTF_8);

        for (DecodedPage d : new DecodedPage[]{decode(bytes, null), decode(bytes, "text/html; charset=" + legacy)}) {
            assertEquals("UTF-8", d.charset(), legacy);
            assertTrue(d.html().contains("su sanción: el equipo pagó 50.000 €"), legacy);
            assertTrue(d.html().contains("促进航天技术更好惠及人民"), legacy);
        }
    }

    @Test
    void legacyPages_inTheirDeclaredCharset_keepIt() {
        record Case(String charset, String paragraph, String expected) {
        }
        for (Case c : new Case[]{
                new Case("ISO-8859-15", SPANISH_PARAGRAPH, "pagó 50.000 €"),
                new Case("windows-1251", RUSSIAN_PARAGRAPH, "переговоры продолжатся"),
                new Case("KOI8-R", RUSSIAN_PARAGRAPH, "Министр иностранных дел"),
                new Case("GB2312", CHINESE_PARAGRAPH, "促进航天技术更好惠及人民"),
                new Case("Shift_JIS", "<p>東京都は火曜日、来年度の予算案を発表しました。港の再開発に重点を置いています。</p>",
                        "来年度の予算案を発表")}) {
            byte[] bytes = page("<meta charset=\"" + c.charset() + "\">", c.paragraph()).getBytes(Charset.forName(c.charset()));

            DecodedPage d = decode(bytes, null);

            assertEquals(Charset.forName(c.charset()).name(), d.charset());
            assertTrue(d.html().contains(c.expected()), c.charset() + ": " + d.html());
        }
    }

    @Test
    void utf16WithBom_isDecoded() {
        byte[] body = page("", FRENCH_PARAGRAPH).getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        DecodedPage d = decode(bytes, null);
        assertNull(d.rejected());
        assertTrue(d.html().contains("céréaliers"));
    }

    @Test
    void gzipPage_isExpanded() throws IOException {
        DecodedPage d = decode(gzip(page("<meta charset=\"utf-8\">", FRENCH_PARAGRAPH).getBytes(StandardCharsets.UTF_8)), null);
        assertTrue(d.html().contains("céréaliers"));
    }

    @Test
    void truncatedGzip_yieldsWhatCouldBeExpanded() throws IOException {
        byte[] whole = gzip(page("", FRENCH_PARAGRAPH.repeat(200)).getBytes(StandardCharsets.UTF_8));
        DecodedPage d = decode(Arrays.copyOf(whole, whole.length / 2), null);
        assertNull(d.rejected());
        assertTrue(d.html().contains("céréaliers"));
    }

    @Test
    void gzipBomb_isTooLarge() throws IOException {
        PageDecoder small = new PageDecoder(PageDecoder.MAX_RAW_BYTES, 1 << 20);
        byte[] bomb = gzip(new byte[8 << 20]);
        DecodedPage d = small.decode(new PageInput(bomb, null, null, "page.html.gz"));
        assertEquals(ArticleStatus.TOO_LARGE, d.rejected());
        assertTrue(d.reason().startsWith("gzip expands beyond"), d.reason());
    }

    @Test
    void gzFileNameWithGarbage_isNotHtml() {
        DecodedPage d = decoder.decode(new PageInput("not gzip at all".getBytes(StandardCharsets.UTF_8), null, null, "x.html.gz"));
        assertEquals(ArticleStatus.NOT_HTML, d.rejected());
    }

    @Test
    void emptyBinaryJsonXmlAndPlainText_areNotHtml() {
        assertEquals(ArticleStatus.NOT_HTML, decode(new byte[0], null).rejected());
        assertEquals(ArticleStatus.NOT_HTML, decode(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, null).rejected());
        assertTrue(decode("{\"html\": \"<p>x</p>\"}".getBytes(StandardCharsets.UTF_8), null).reason().contains("JSON"));
        assertTrue(decode("<?xml version=\"1.0\"?><rss><channel/></rss>".getBytes(StandardCharsets.UTF_8), null).reason().contains("XML"));
        assertTrue(decode("just words, no markup".getBytes(StandardCharsets.UTF_8), null).reason().contains("plain text"));
        assertEquals(ArticleStatus.NOT_HTML, decode("   \n\t ".getBytes(StandardCharsets.UTF_8), null).rejected());
    }

    @Test
    void oversizedObject_isTooLarge() {
        PageDecoder tiny = new PageDecoder(1024, 4096);
        assertEquals(ArticleStatus.TOO_LARGE, tiny.decode(PageInput.of(new byte[2048])).rejected());
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }

    @Test
    void utf8Page_isParsedFromItsBytes_toTheSameDocumentAsFromItsText() {
        String html = page("<meta charset=\"utf-8\">", ARABIC_PARAGRAPH + FRENCH_PARAGRAPH + "<p>日本語 😀</p>");
        DecodedPage d = decode(html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("UTF-8", d.charset());
        assertEquals(org.jsoup.Jsoup.parse(html, "https://x.example/").outerHtml(), d.parse("https://x.example/").outerHtml());
        assertEquals("https://x.example/", d.parse("https://x.example/").location());
    }

    @Test
    void utf8PageCutInItsLastCharacter_dropsThatCharacter() {
        byte[] whole = page("", "<p>prix 10 €</p>").getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, new String(whole, StandardCharsets.UTF_8).indexOf('€') + 4); // € and one byte more
        cut = Arrays.copyOf(cut, cut.length - 2); // end inside the €
        DecodedPage d = decode(cut, null);
        assertEquals("UTF-8", d.charset());
        assertTrue(d.html().endsWith("prix 10 "), d.html());
        assertTrue(d.parse("").text().endsWith("prix 10"));
    }

    @Test
    void longLeadingSpaceOrLateTags_areJudgedOnTheWholePage() {
        String space = " ".repeat(20_000);
        assertEquals("JSON, not HTML", decode((space + "{\"a\": 1, \"b\": \"" + "x".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8), null).reason());
        DecodedPage late = decode((space + "words ".repeat(2_000) + "<div><p>late markup</p></div>").getBytes(StandardCharsets.UTF_8), null);
        assertNull(late.reason(), "a tag after the first characters still makes a page");
    }

    @Test
    void pageJudgedFromItsBytes_getsTheVerdictOfItsDecodedText() {
        String filler = "x".repeat(5_000);
        String[] pages = {
            page("", "<p>" + filler + "</p>"),
            "\n\t " + page("", filler),
            "{\"html\": \"<p>quoted</p>\", \"pad\": \"" + filler + "\"}",
            "[{\"html\": \"<div>a</div>\"}, \"" + filler + "\"]",
            "<?XmL version=\"1.0\"?><html><body>" + filler + "</body></html>",
            "<?xml version=\"1.0\"?><doc><p>" + filler + "</p></doc>",
            "<RSS version=\"2.0\"><channel><title>" + filler + "</title></channel></RSS>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><div>" + filler + "</div></feed>",
            "\u3000{\"a\": \"<p>x</p>" + filler + "\"}", // a blank outside ASCII before JSON
            "日本語のページ".repeat(1_000) + "<p>本文</p>", // the tag past 4,096 bytes but within 4,096 characters
            "words ".repeat(1_000) + "<div>late</div>" + filler,
            "<!-- comment -->" + filler + "<p>x</p>",
        };
        for (String text : pages) {
            assertEquals(PageDecoder.whyNotHtml(text), PageDecoder.whyNotHtml(text.getBytes(StandardCharsets.UTF_8)),
                    text.substring(0, 40));
        }
    }

    @Test
    void giantTagName_isMeasuredInBytes_beforeDecoding() {
        String name = "x".repeat(10_001);
        DecodedPage d = decode(page("", "<p>text</p><" + name + ">").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(ArticleStatus.NOT_HTML, d.rejected());
        assertEquals("a tag name of 10001 bytes: not a web page", d.reason());
        assertNull(decode(page("", "<p>text</p><" + "x".repeat(10_000) + ">").getBytes(StandardCharsets.UTF_8), null).reason());
    }

    @Test
    void giantTagName_inUtf16_isCaughtToo() {
        byte[] utf16 = ("\uFEFF" + page("", "<p>text</p><" + "x".repeat(20_000) + ">")).getBytes(StandardCharsets.UTF_16LE);
        DecodedPage d = decode(utf16, null);
        assertEquals(ArticleStatus.NOT_HTML, d.rejected(), d.reason());
        assertEquals("a tag name of 20000 bytes: not a web page", d.reason());
    }

    @Test
    void theLongTagNameCheck_readingLongStretchesOnly_findsWhatReadingEveryTagNameFinds() {
        byte[] alphabet = "<</aaZ1 x/>\n".getBytes(StandardCharsets.US_ASCII);
        java.util.Random random = new java.util.Random(14);
        for (int n = 0; n < 200_000; n++) {
            byte[] page = new byte[random.nextInt(40)];
            for (int i = 0; i < page.length; i++) {
                page[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) "abx<".charAt(random.nextInt(4));
            }
            int max = 1 + random.nextInt(6);
            assertEquals(PageDecoder.scanTagNames(page, max), PageDecoder.longestTagNameAbove(page, max), new String(page, StandardCharsets.US_ASCII));
        }
        byte[] base64 = ("<p>text</p><img src=\"data:image/png;base64," + "QUJD".repeat(5_000) + "\"><p>more</p>").getBytes(StandardCharsets.US_ASCII);
        assertEquals(-1, PageDecoder.longestTagNameAbove(base64, 10_000), "a long run that opens no name");
    }
}
