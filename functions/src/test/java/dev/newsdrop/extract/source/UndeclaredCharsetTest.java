package dev.newsdrop.extract.source;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.extract.PageInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages in a legacy single-byte charset that neither the transport nor the page declares decode
 * to their own script: Arabic, Persian and Urdu in windows-1256 on any topic, with or without the
 * article "ال", beside Russian and Ukrainian in their Cyrillic code pages and Greek, Hebrew and
 * French in theirs.
 */
class UndeclaredCharsetTest {

    /** Arabic prose by topic: sport, economy, weather, health, culture, politics, science, travel. */
    private static final List<String> ARABIC_TOPICS = List.of(
            "فاز فريق مدينتنا بثلاثة أهداف مقابل هدف واحد في مباراة مثيرة وسجل المهاجم هدفين قبل نهاية الشوط",
            "ارتفعت أسعار النفط بنسبة كبيرة هذا الأسبوع بسبب تراجع المخزون وقال خبراء إن السوق يتوقع مزيدا من الارتفاع",
            "تتوقع الأرصاد الجوية أمطارا غزيرة ورياحا قوية على المناطق الساحلية غدا مع انخفاض درجات الحرارة",
            "نصح الأطباء بشرب كميات كافية من الماء وممارسة الرياضة يوميا للوقاية من أمراض القلب والسكري",
            "افتتح معرض الكتاب أبوابه بمشاركة مئات من دور النشر وشهد حضورا كبيرا من الزوار والكتاب والشعراء",
            "صوت البرلمان على مشروع قانون جديد للانتخابات بعد نقاش طويل بين الكتل النيابية والحكومة",
            "أطلقت وكالة الفضاء قمرا صناعيا جديدا لرصد المناخ ويحمل أجهزة قياس متطورة صممها مهندسون شباب",
            "تستقبل مدينة ساحلية صغيرة آلاف السياح كل صيف حيث يقصدون شواطئها الرملية وأسواقها القديمة");

    /** Sports prose with no definite article at all: the case the article count missed. */
    private static final String ARABIC_WITHOUT_ARTICLE =
            "فاز فريق مدينتنا بثلاثة أهداف مقابل هدف وسجل مهاجمه هدفين رائعين وقدم لاعبو فريقنا مباراة كبيرة أمام جمهور غفير";

    /** Persian and Urdu as windows-1256 holds them: it has no Farsi yeh, so ی is written as the Arabic ي. */
    private static final String PERSIAN = ("تیم ما در مسابقه دیروز با سه گل پیروز شد و بازیکنان خوب بازی کردند قیمت نفت در این"
            + " هفته افزایش یافت و کارشناسان می گویند بازار منتظر تغییرات بیشتری است هوا فردا بارانی و سرد خواهد بود").replace('ی', 'ي');
    private static final String URDU = ("ہماری ٹیم نے کل کے میچ میں تین گول سے کامیابی حاصل کی اور کھلاڑیوں نے بہت اچھا کھیل پیش کیا"
            + " تیل کی قیمتوں میں اس ہفتے اضافہ ہوا اور ماہرین کا کہنا ہے کہ بازار میں مزید تبدیلی متوقع ہے").replace('ی', 'ي');
    private static final String RUSSIAN = "Наша команда выиграла вчерашний матч со счётом три один и болельщики были очень"
            + " довольны Цены на нефть выросли на этой неделе и эксперты ожидают дальнейшего роста Завтра ожидается сильный"
            + " дождь и ветер Врачи советуют пить больше воды и заниматься спортом каждый день";
    private static final String UKRAINIAN = "Наша команда виграла вчорашній матч з рахунком три один і вболівальники були"
            + " дуже задоволені Ціни на нафту зросли цього тижня і експерти очікують подальшого зростання";
    private static final String GREEK = "Η ομάδα μας κέρδισε τον χθεσινό αγώνα με τρία γκολ και οι οπαδοί ήταν πολύ"
            + " ευχαριστημένοι Οι τιμές του πετρελαίου αυξήθηκαν αυτή την εβδομάδα";
    private static final String HEBREW = "הקבוצה שלנו ניצחה במשחק אתמול שלושה שערים לאחד והאוהדים היו מרוצים מאוד מחירי הנפט עלו השבוע";

    /** Words drawn at random (fixed seed) from the prose: prose of varied vocabulary and word order. */
    private static String generated(String vocabulary, int words, long seed) {
        String[] pool = vocabulary.split(" ");
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(pool[random.nextInt(pool.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return sb.toString().trim();
    }

    private static String page(String title, String prose) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            body.append("<p>").append(prose, p * prose.length() / 4, (p + 1) * prose.length() / 4).append("</p>");
        }
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" + body
                + "</article></body></html>";
    }

    static Stream<Arguments> pages() {
        List<Arguments> out = new ArrayList<>();
        for (int t = 0; t < ARABIC_TOPICS.size(); t++) {
            String topic = ARABIC_TOPICS.get(t);
            out.add(Arguments.of("arabic topic " + t, generated(topic, 200, t), "windows-1256"));
            out.add(Arguments.of("arabic topic " + t + ", few words", generated(topic, 40, t), "windows-1256"));
        }
        String allTopics = String.join(" ", ARABIC_TOPICS);
        for (long seed = 0; seed < 6; seed++) {
            out.add(Arguments.of("arabic of every topic #" + seed, generated(allTopics, 300, seed), "windows-1256"));
        }
        out.add(Arguments.of("arabic without the article", ARABIC_WITHOUT_ARTICLE.repeat(6), "windows-1256"));
        out.add(Arguments.of("arabic without the article, generated", generated(ARABIC_WITHOUT_ARTICLE, 200, 7), "windows-1256"));
        out.add(Arguments.of("persian", generated(PERSIAN, 200, 1), "windows-1256"));
        out.add(Arguments.of("urdu", generated(URDU, 200, 2), "windows-1256"));
        for (String cyrillic : List.of("windows-1251", "KOI8-R", "x-MacCyrillic")) {
            out.add(Arguments.of("russian", generated(RUSSIAN, 200, 3), cyrillic));
        }
        out.add(Arguments.of("ukrainian", generated(UKRAINIAN, 200, 4), "windows-1251"));
        out.add(Arguments.of("greek", generated(GREEK, 200, 5), "windows-1253"));
        out.add(Arguments.of("hebrew", generated(HEBREW, 200, 6), "windows-1255"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("pages")
    void undeclaredLegacyPage_decodesToItsOwnText(String name, String prose, String charset) {
        String title = prose.substring(0, prose.indexOf(' ', 20));
        byte[] bytes = page(title, prose).getBytes(Charset.forName(charset));
        // what the code page can hold (KOI8-R has no Ukrainian і, for one)
        String held = new String(prose.getBytes(Charset.forName(charset)), Charset.forName(charset));

        DecodedPage decoded = new PageDecoder().decode(new PageInput(bytes, null, "text/html", "page.html"));

        assertTrue(decoded.html().contains(held.substring(0, held.length() / 4)),
                () -> "decoded with " + decoded.charset() + ": " + decoded.html().substring(0, 200));
        if (charset.equals("windows-1256")) {
            assertEquals("windows-1256", decoded.charset());
        }
    }

    /** The issue's page: sports prose repeated, saved as windows-1256 without a charset. */
    @Test
    void sportsProseInWindows1256_isExtractedAsArabic() {
        String prose = "فاز فريق مدينتنا بثلاثة أهداف مقابل هدف في مباراة مثيرة. ";
        byte[] bytes = page("فاز فريق مدينتنا بثلاثة أهداف", prose.repeat(20)).getBytes(Charset.forName("windows-1256"));

        ExtractedArticle article = new ArticleExtractor().extract(new PageInput(bytes, null, null, "page.html"));

        assertEquals("windows-1256", article.charset());
        assertEquals("فاز فريق مدينتنا بثلاثة أهداف", article.title());
        assertEquals("ar", article.language());
        assertEquals("rtl", article.direction());
    }
}
