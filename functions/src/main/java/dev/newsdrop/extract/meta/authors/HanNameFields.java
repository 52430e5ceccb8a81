package dev.newsdrop.extract.meta.authors;

import org.jsoup.nodes.Element;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Chinese or Japanese writer's name set alone as one field of the meta line under the headline, with no
 * label: WeChat's public-account articles and the portals that copy them print "原创 刘晓燕 山城书事
 * 2026年12月01日 20:15", a Japanese blog platform the creator's name beside the date ("山田花子
 * 2026年11月30日 21:04"), each field in its own element. Han script has no capitals, so nothing but the
 * name itself tells it from the fields beside it (the account, a place, "original"): a Chinese name is a
 * surname of one character (two for the compound ones) and a given name of one or two, a Japanese one a
 * family name, mostly of two characters, and a given name of one to three in kanji or kana, and the
 * common family names are few enough to list (named data: {@link #SURNAMES}, {@link #JAPANESE_SURNAMES}).
 * Chinese names are read on a page declared Chinese or declaring no language, in a line with no kana;
 * Japanese ones on a page declared Japanese; always in a line of three fields or more that holds a date.
 */
final class HanNameFields {

    /** The commonest single-character Chinese surnames, simplified and traditional (mainland, Taiwan, Hong Kong). */
    private static final Set<String> SURNAMES = Set.of(
            "王", "李", "张", "張", "刘", "劉", "陈", "陳", "杨", "楊", "黄", "黃", "赵", "趙", "吴", "吳", "周", "徐", "孙", "孫",
            "马", "馬", "朱", "胡", "郭", "何", "高", "罗", "羅", "郑", "鄭", "梁", "谢", "謝", "宋", "唐", "许", "許",
            "韩", "韓", "冯", "馮", "邓", "鄧", "曹", "彭", "曾", "肖", "蕭", "田", "董", "袁", "潘", "于", "蒋", "蔣", "蔡",
            "余", "杜", "叶", "葉", "程", "苏", "蘇", "魏", "吕", "呂", "丁", "任", "沈", "姚", "卢", "盧", "姜", "崔", "钟",
            "鍾", "谭", "譚", "陆", "陸", "汪", "范", "金", "石", "廖", "贾", "賈", "夏", "韦", "韋", "付", "傅", "方", "白",
            "邹", "鄒", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "閻", "段", "雷", "侯", "龙", "龍", "史", "陶", "黎",
            "贺", "賀", "顾", "顧", "毛", "郝", "龚", "龔", "邵", "万", "萬", "钱", "錢", "严", "嚴", "覃", "武", "戴", "莫",
            "孔", "向", "汤", "湯", "赖", "賴", "洪", "游", "詹", "施", "颜", "顏", "柯", "翁", "庄", "莊", "简", "簡", "温", "溫");

    /**
     * The commonest Japanese family names (the hundred and fifty most borne, by the usual tallies), of two
     * characters or three: those of one ("林", "森", "東") open words as often ("森林", "原発", "東京").
     */
    private static final Set<String> JAPANESE_SURNAMES = Set.of(
            "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "渡邊", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "斎藤",
            "斉藤", "清水", "山崎", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤",
            "青木", "坂本", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村", "中山", "和田",
            "石田", "森田", "上田", "内田", "柴田", "酒井", "宮崎", "横山", "高木", "安藤", "宮本", "大野", "小島", "谷口", "今井", "工藤", "高田", "増田", "丸山",
            "杉山", "村田", "大塚", "新井", "小山", "平野", "藤本", "河野", "上野", "野口", "武田", "松井", "千葉", "岩崎", "菅原", "木下", "久保", "佐野", "野村",
            "松尾", "菊地", "杉本", "市川", "古川", "大西", "島田", "水野", "桜井", "高野", "渡部", "吉川", "山内", "西田", "飯田", "菊池", "西川", "小松", "北村",
            "安田", "五十嵐", "川口", "平田", "中田", "久保田", "服部", "岩田", "土屋", "川崎", "福島", "本田", "樋口", "秋山", "田口", "永井", "山中", "中西", "吉村",
            "川上", "石原", "大橋", "松岡", "馬場", "浜田", "森本", "星野", "矢野", "浅野", "大久保", "松下", "吉井", "小池", "野田", "荒木", "大谷", "内藤", "松浦",
            "熊谷");

    /** A Japanese given name: one to three characters of kanji or kana. */
    private static final Pattern JAPANESE_GIVEN_NAME = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,3}");

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
    private static final String BODY_ENDINGS = "网網报報社刊台院局部会會区區市县縣省站号號版栏欄团團组組队隊所处處科厅廳委办辦店馆館県駅屋町村線";

    /**
     * The last characters of an administrative office's name: a division (處, 处, 科, 課, 课, 室), a bureau (局, 署), a
     * department of a city government (廳, 厅). Taiwan's and China's government sites fill DC.Creator with the office
     * that owns the page ("教育處", "交通局"): the page's keeper in the government's metadata, no writer.
     */
    private static final String OFFICE_ENDINGS = "處处科課课室局署廳厅";

    /** A date written in figures, year first: "2026年12月01日", "2026-12-01", "2026/12/1", "2026.12.01". */
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*[年./-]\\s*\\d{1,2}\\s*[月./-]\\s*\\d{1,2}");

    /** A meta line has this many fields at least: the name, the account or source, the date. */
    private static final int MIN_FIELDS = 3;

    /** The line's text read for its date: a few short fields. */
    private static final int MAX_LINE_CHARS = 120;

    private HanNameFields() {
    }

    /** The script of names a page's declared language lets this class read. */
    enum Names { CHINESE, JAPANESE, NONE }

    /** Chinese names on a page declared Chinese ("zh", "zh-CN", "zh-Hant-TW") or declaring no language, Japanese on one declared Japanese. */
    static Names namesRead(String declared) {
        String lang = declared == null ? "" : declared.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (lang.isEmpty() || lang.equals("zh") || lang.startsWith("zh-")) {
            return Names.CHINESE;
        }
        return lang.equals("ja") || lang.startsWith("ja-") ? Names.JAPANESE : Names.NONE;
    }

    /**
     * True when the element is a field of a meta line holding a Chinese or Japanese name alone (see the
     * class comment): its text, or its one link's (a creator's name linked to the profile).
     */
    static boolean isNameField(Element field, String text, Names names) {
        if (names == Names.NONE || field.childrenSize() > 1 || field.childrenSize() == 1 && !field.child(0).normalName().equals("a")) {
            return false;
        }
        String name = text.strip();
        if (!(names == Names.CHINESE ? isChineseName(name) : isJapaneseName(name))) {
            return false;
        }
        Element line = field.parent();
        if (line == null || line.childrenSize() < MIN_FIELDS) {
            return false;
        }
        String lineText = BylineText.leadingText(line, MAX_LINE_CHARS, 60);
        return DATE.matcher(lineText).find() && (names == Names.JAPANESE || lineText.codePoints().noneMatch(HanNameFields::isKana));
    }

    /**
     * True when the text is a Japanese name: a listed family name, perhaps a blank, and a given name of
     * one to three characters; the whole not a body's name ({@link #BODY_ENDINGS}).
     */
    static boolean isJapaneseName(String text) {
        int n = text.length();
        if (n < 2 || n > 7 || BODY_ENDINGS.indexOf(text.charAt(n - 1)) >= 0) {
            return false;
        }
        for (int k = Math.min(3, n - 1); k >= 2; k--) {
            if (JAPANESE_SURNAMES.contains(text.substring(0, k))) {
                String given = text.substring(k).replaceFirst("^[ \\u3000]", "");
                if (JAPANESE_GIVEN_NAME.matcher(given).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the text is an administrative office's name in Han characters alone ({@link #OFFICE_ENDINGS}): three
     * characters at least, and not a listed surname with a two-character given name ("張志科" is a person).
     */
    static boolean namesOffice(String text) {
        String t = text.strip();
        int n = t.length();
        if (n < 3 || n > 12 || OFFICE_ENDINGS.indexOf(t.charAt(n - 1)) < 0 || n == 3 && SURNAMES.contains(t.substring(0, 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Character.UnicodeScript.of(t.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
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

    /** The blanks, ASCII and ideographic, that a Chinese byline sets between two writers' names. */
    private static final Pattern BLANKS = Pattern.compile("[ \\u3000]+");

    /**
     * The writers of a Chinese byline that sets their names apart with blanks alone ("作者：李明 王芳", "记者 张伟　刘洋"): a
     * Chinese name is written solid, surname and given name with no blank between, so a blank between two runs that are each
     * a whole name ({@link #isChineseName}) parts two people. Read on a page declared Chinese only: Japanese writes the
     * blank inside one name ("田中 一郎"). The name itself, alone, when any run is not a name.
     */
    static java.util.List<String> blankSeparatedChineseNames(String name, String declared) {
        String s = name.strip();
        if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 || declared == null || declared.isBlank() || namesRead(declared) != Names.CHINESE) {
            return java.util.List.of(name);
        }
        String[] runs = BLANKS.split(s);
        if (runs.length < 2) {
            return java.util.List.of(name);
        }
        for (String run : runs) {
            if (!isChineseName(run)) {
                return java.util.List.of(name);
            }
        }
        return java.util.List.of(runs);
    }

    /** A family or given name written in Han characters, perhaps with kana ("田中", "健一", "さくら"), read by {@link #joinedJapaneseName}. */
    private static final java.util.regex.Pattern JAPANESE_NAME_PART = java.util.regex.Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4}");

    /**
     * The two names as one when the page is declared Japanese and its text writes them side by side with one blank between
     * them ("記者　田中 健一"): Japanese papers set a blank between family and given name, where Chinese ones list two
     * reporters ("记者 王伟 李娜"), so a reporter line read in Chinese fashion gives the family and the given name as two
     * writers. The names as they are otherwise: two names on a Japanese page are joined by "、" or "・" when two wrote.
     */
    static java.util.List<String> joinedJapaneseName(java.util.List<String> names, String declared, Element body) {
        if (names.size() != 2 || body == null || namesRead(declared) != Names.JAPANESE
                || !JAPANESE_NAME_PART.matcher(names.get(0)).matches() || !JAPANESE_NAME_PART.matcher(names.get(1)).matches()) {
            return names;
        }
        String text = body.text();
        String first = names.get(0);
        String second = names.get(1);
        if (text.contains(first + " " + second) || text.contains(first + "\u3000" + second)) {
            return java.util.List.of(first + " " + second);
        }
        return names;
    }

    private static boolean isKana(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }
}
