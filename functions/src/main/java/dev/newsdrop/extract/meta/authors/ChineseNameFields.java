package dev.newsdrop.extract.meta.authors;

import org.jsoup.nodes.Element;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Chinese writer's name set alone as one field of the meta line under the headline, with no label:
 * WeChat's public-account articles and the portals that copy them print "原创 刘晓燕 山城书事 2026年12月01日
 * 20:15", each field in its own element. Han script has no capitals, so nothing but the name itself tells
 * it from the fields beside it (the account, a place, "original"): a Chinese name is a surname of one
 * character and a given name of one or two (two surnames' characters and one or two), and the common
 * surnames are few, a closed list (named data, {@link #SURNAMES}): the hundred commonest cover most of the
 * population, in simplified and traditional forms. Read only on a page declared Chinese, or declaring no
 * language and writing no kana, in a line of three fields or more that holds a date.
 */
final class ChineseNameFields {

    /** The commonest single-character Chinese surnames, simplified and traditional (mainland, Taiwan, Hong Kong). */
    private static final Set<String> SURNAMES = Set.of(
            "王", "李", "张", "張", "刘", "劉", "陈", "陳", "杨", "楊", "黄", "黃", "赵", "趙", "吴", "吳", "周", "徐", "孙", "孫",
            "马", "馬", "朱", "胡", "郭", "何", "高", "林", "罗", "羅", "郑", "鄭", "梁", "谢", "謝", "宋", "唐", "许", "許",
            "韩", "韓", "冯", "馮", "邓", "鄧", "曹", "彭", "曾", "肖", "蕭", "田", "董", "袁", "潘", "于", "蒋", "蔣", "蔡",
            "余", "杜", "叶", "葉", "程", "苏", "蘇", "魏", "吕", "呂", "丁", "任", "沈", "姚", "卢", "盧", "姜", "崔", "钟",
            "鍾", "谭", "譚", "陆", "陸", "汪", "范", "金", "石", "廖", "贾", "賈", "夏", "韦", "韋", "付", "傅", "方", "白",
            "邹", "鄒", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "閻", "段", "雷", "侯", "龙", "龍", "史", "陶", "黎",
            "贺", "賀", "顾", "顧", "毛", "郝", "龚", "龔", "邵", "万", "萬", "钱", "錢", "严", "嚴", "覃", "武", "戴", "莫",
            "孔", "向", "汤", "湯", "赖", "賴", "洪", "游", "詹", "施", "颜", "顏", "柯", "翁", "庄", "莊", "简", "簡", "温", "溫");

    /** Surnames of two characters. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方",
            "皇甫", "令狐", "慕容", "夏侯", "公孙", "公孫", "司徒", "尉迟", "尉遲");

    /**
     * Short fields of a meta line that open with a surname's character and name no one: the provinces
     * and cities a post is sent from ("江苏", "苏州"), "weekend", "weekly".
     */
    private static final Set<String> NOT_NAMES = Set.of("江苏", "江蘇", "江西", "苏州", "蘇州", "徐州", "武汉", "武漢", "石家庄",
            "石家莊", "金华", "金華", "高雄", "江门", "江門", "龙岩", "龍岩", "周末", "周刊", "周报", "周報", "高清", "万象", "萬象");

    /** The last characters of a field that names a body, not a person: a site, a paper, an agency, a channel, an office. */
    private static final String BODY_ENDINGS = "网網报報社刊台院局部会會区區市县縣省站号號版栏欄团團组組队隊所处處科厅廳委办辦店馆館";

    /** A date written in figures, year first: "2026年12月01日", "2026-12-01", "2026/12/1", "2026.12.01". */
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*[年./-]\\s*\\d{1,2}\\s*[月./-]\\s*\\d{1,2}");

    /** A meta line has this many fields at least: the name, the account or source, the date. */
    private static final int MIN_FIELDS = 3;

    /** The line's text read for its date: a few short fields. */
    private static final int MAX_LINE_CHARS = 120;

    private ChineseNameFields() {
    }

    /** True when the element is a field of a meta line holding a Chinese name alone (see the class comment). */
    static boolean isNameField(Element field, String text, boolean chinesePage) {
        if (!chinesePage || field.childrenSize() > 0 || !isChineseName(text)) {
            return false;
        }
        Element line = field.parent();
        if (line == null || line.childrenSize() < MIN_FIELDS) {
            return false;
        }
        String lineText = BylineText.leadingText(line, MAX_LINE_CHARS, 60);
        return DATE.matcher(lineText).find() && lineText.codePoints().noneMatch(ChineseNameFields::isKana);
    }

    /** True when the page declares Chinese ("zh", "zh-CN", "zh-Hant-TW"), or declares no language. */
    static boolean mayBeChinese(String declared) {
        String lang = declared == null ? "" : declared.strip().toLowerCase(java.util.Locale.ROOT);
        return lang.isEmpty() || lang.equals("zh") || lang.startsWith("zh-") || lang.startsWith("zh_");
    }

    /** True when the text is a Chinese name: a listed surname and a given name of one or two Han characters. */
    static boolean isChineseName(String text) {
        int n = text.length();
        if (n < 2 || n > 4 || NOT_NAMES.contains(text) || BODY_ENDINGS.indexOf(text.charAt(n - 1)) >= 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        if (n >= 3 && COMPOUND_SURNAMES.contains(text.substring(0, 2))) {
            return true;
        }
        return n <= 3 && SURNAMES.contains(text.substring(0, 1));
    }

    private static boolean isKana(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }
}
