package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.TreeWalk;
import dev.newsdrop.extract.meta.authors.PatternOpenings;
import dev.newsdrop.extract.text.AdviceNotices;
import dev.newsdrop.extract.text.Words;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a finance or business page sets around and into a story that is market data or the publisher's furniture for it,
 * told by shape and by the fixed wording such furniture uses in every market: rows of quotes (a security's name, its
 * level, its change), the note that the quotes are delayed, the legal notice that the page gives no investment advice,
 * and a box pitching an investing service or a broker under a question to the reader. The quote box with a currency and
 * a link set among the paragraphs is {@link PriceLines#isQuoteWidget}'s.
 *
 * <p>A quote row is a data line, not a sentence: names, then numbers, then a signed change, and no verb between them;
 * a story that gives a price says so in a sentence ("The shares rose 2.3% to $151.20"), whose words come between its
 * numbers. The delay note names both the data and the minutes of delay, as exchanges' licences make vendors print it;
 * a story about a delayed train names no quotes. The advice notice is the sentence regulators ask finance publishers to
 * print, in their own words.
 */
final class MarketData {

    private MarketData() {
    }

    /** A quote row is a line this long at most: a strip of a few indices, each a name, its level and its change. */
    static final int MAX_QUOTE_ROW_CHARS = 200;

    /** A row's security or index is named in this many words at most ("FTSE Italia All-Share", "Siemens Energy AG"). */
    private static final int MAX_NAME_WORDS = 5;

    /**
     * A change, as quote rows give it: signed by a sign or an arrow ("+0,42%", "-1.04", "▲2,300", "▼ 3.02"), or a
     * percentage with the sign before the number, as Turkish writes it ("%3,40", "%-0,08"); in brackets or not. A bare
     * percentage ("31,2%") is a share, as a list of results gives it ("CDU 1.204.331 31,2% +2,1"), and no quote's.
     */
    private static final Pattern CHANGE = Pattern.compile(
            "[(（]?(?:[+\\-−–▲▼△▽↑↓]\\d[\\d.,]*\\s?[%٪]?|[%٪][+\\-−]?\\d[\\d.,]*)[)）]?");

    /** A bare percentage: a share, which breaks a row of quotes. */
    private static final Pattern SHARE = Pattern.compile("[(（]?\\d[\\d.,]*\\s?[%٪][)）]?");

    /** A level or a code: a number, perhaps after a currency sign or before a unit of a few letters ("58,300", "$151.20", "1,512円", "(7203)"). */
    private static final Pattern LEVEL = Pattern.compile("[(（〈]?[€$£¥₹₽₺₩₪]?\\d[\\d.,'\u00a0\u202f]*[\\p{L}\\p{Sc}]{0,4}[)）〉]?");

    /** A clock time in a quote box ("10:02", "14:17"), which says when the quote was taken: no part of the row's grammar. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");

    /**
     * Units and currencies set as words of their own beside a level ("R$ 36,18", "128.450 pts", "27.85 ريال"): no name.
     * Lower case, as the row's words are compared.
     */
    static final Set<String> UNITS = Set.of("eur", "usd", "chf", "gbp", "jpy", "cny", "sek", "nok", "dkk", "pln", "try", "brl", "inr",
            "r$", "us$", "€", "$", "£", "¥", "₺", "₩", "₹", "₴", "zł", "kč", "kr", "ft", "lei", "лв", "грн", "rp", "rs", "rs.",
            "pts", "pts.", "pkt", "pkt.", "punkte", "points", "puan", "tl", "yen",
            "円", "원", "元", "ريال", "درهم", "جنيه", "دينار", "نقطة", "руб.", "руб", "₽");

    /** The grammar of a row, over its words' classes (N a name's word, L a level, C a change): instruments, each named, priced and changed. */
    private static final Pattern ROW_GRAMMAR = Pattern.compile("(?:N{1," + MAX_NAME_WORDS + "}L{0,3}C{1,3})+");

    /** Separators set between a strip's entries ("·", "|", "-"): no word of the row. */
    private static final String SEPARATORS = "·|•-–—/";

    /**
     * True when the line is a row of quotes: one or more instruments, each a name of a few words, its level and its
     * change ("比亚迪 268.50 +1.92%", "THYAO 312,50 %3,40", "日経平均 39,812.45 +312.20 (+0.79%)", "上证指数 3412.55 +0.45%
     * 深证成指 10988.31 +0.72%"), with at least one level in all: a name and a change alone ("CDU +2,1%") is as often a
     * result in a story. A sentence ends as sentences end, and sets words between its numbers.
     */
    static boolean isQuoteRow(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_QUOTE_ROW_CHARS || !Words.holdsDigit(text)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last != ')' && last != '）' && TextStats.endsSentence(last)) { // a change in brackets closes many a row: "(+0.79%)"
            return false;
        }
        StringBuilder classes = new StringBuilder();
        boolean level = false;
        String pendingSign = null; // a sign or an arrow set apart from its number ("▲ 12.45")
        for (String word : text.split("\\s+")) {
            if (pendingSign != null) {
                word = pendingSign + word;
                pendingSign = null;
            }
            if (word.length() == 1 && "+▲▼△▽↑↓".indexOf(word.charAt(0)) >= 0) {
                pendingSign = word;
                continue;
            }
            if (word.length() == 1 && SEPARATORS.indexOf(word.charAt(0)) >= 0 || CLOCK.matcher(word).matches()
                    || UNITS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (CHANGE.matcher(word).matches()) {
                classes.append('C');
            } else if (SHARE.matcher(word).matches()) {
                return false;
            } else if (LEVEL.matcher(word).matches()) {
                classes.append('L');
                level = true;
            } else if (TextStats.hasLetter(word)) {
                classes.append('N');
            } else {
                return false; // "2:1", "3/4": a score or a fraction, no quote's
            }
        }
        return level && pendingSign == null && ROW_GRAMMAR.matcher(classes).matches();
    }

    /** A note of delayed quotes is a line this long at most. */
    static final int MAX_DELAY_NOTE_CHARS = 120;

    /**
     * The note that quotes are shown late, naming the data and the minutes, in the languages of the markets read: "Quotes
     * delayed at least 15 minutes", "Kursdaten: Xetra, verzögert um 15 Min.", "Données différées de 15 minutes",
     * "Cotización con 15 minutos de retraso", "Cotações com atraso de 15 minutos", "Dati in tempo differito di 15 minuti",
     * "Koersen zijn minimaal 15 minuten vertraagd", "Data tertunda 15 menit", "Dữ liệu trễ 15 phút", "Veriler 15 dakika
     * gecikmelidir", "البيانات متأخرة 15 دقيقة", "株価は20分ディレイ", "行情数据延迟15分钟", "시세는 20분 지연".
     * A note of a few words ("Delayed 15 min") needs no noun.
     */
    private static final Pattern DELAY_NOTE = Pattern.compile(
            "(?:quotes?|data|prices?|market data)(?![\\p{L}]).{0,40}?(?<!was |were |been )delayed(?![\\p{L}]).{0,20}?\\d+\\s?min"
                    + "|^(?:delayed\\s(?:by\\s)?\\d+\\s?min\\p{L}*\\.?|\\d+\\s?min\\p{L}*\\.?\\sdelayed)$"
                    + "|(?:kurs|daten|notierung)\\p{L}*.{0,40}?(?:zeit)?verzögert.{0,20}?\\d+\\s?min|\\d+\\s?min\\p{L}*\\.?\\s(?:zeit)?verzögert"
                    + "|(?:cours|données|cotations?)(?![\\p{L}]).{0,40}?(?:différé|retardé)\\p{L}*.{0,30}?\\d+\\s?min"
                    + "|(?:cotizaci[oó]n\\p{L}*|datos|precios)(?![\\p{L}]).{0,60}?(?:\\d+\\s?minutos de retraso|retraso.{0,20}?\\d+\\s?minutos|diferid\\p{L}*.{0,20}?\\d+\\s?min)"
                    + "|(?:cota[cç]\\p{L}+|dados|preços)(?![\\p{L}]).{0,40}?(?:atraso|defasagem).{0,20}?\\d+\\s?min"
                    + "|(?:dati|quotazion\\p{L}+|prezzi)(?![\\p{L}]).{0,40}?(?:differit\\p{L}*|ritard\\p{L}*).{0,20}?\\d+\\s?min"
                    + "|(?:koersen|gegevens|data)(?![\\p{L}]).{0,40}?(?:vertraagd.{0,20}?\\d+\\s?min|\\d+\\s?minuten vertraagd)"
                    + "|(?:data|harga)(?![\\p{L}]).{0,40}?(?:tertunda|terlambat)\\s.{0,10}?\\d+\\s?menit"
                    + "|(?:dữ liệu|giá)\\s.{0,30}?(?:trễ|chậm)\\s.{0,10}?\\d+\\s?phút"
                    + "|(?:notowania|dane|kursy)(?![\\p{L}]).{0,40}?opóźni\\p{L}*.{0,20}?\\d+\\s?min"
                    + "|(?:котировки|данные|цены)(?![\\p{L}]).{0,40}?задержк\\p{L}*.{0,20}?\\d+\\s?мин"
                    + "|(?:veriler|fiyatlar|veri)(?![\\p{L}]).{0,40}?\\d+\\s?dakika\\s?gecikme"
                    + "|(?:البيانات|الأسعار|الاسعار|الأسهم)\\s.{0,30}?(?:متأخرة|متاخرة|بتأخير|مؤجلة)\\s.{0,10}?[\\d٠-٩]+\\s?(?:دقيقة|دقائق)"
                    + "|(?:株価|データ|時価)[^。]{0,20}?\\d+分(?:以上)?(?:ディレイ|遅れ|遅延)"
                    + "|(?:行情|数据|數據|股价|股價|报价|報價)[^。]{0,10}?(?:延迟|延時|延遲)\\s?\\d+\\s?(?:分钟|分鐘)"
                    + "|(?:시세|주가|데이터)\\S{0,2}\\s?.{0,10}?\\d+\\s?분\\s?(?:지연|늦게)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The words for minutes one of which every {@link #DELAY_NOTE} holds, looked for before the pattern is tried. */
    private static final String[] MINUTE_WORDS = {"min", "Min", "MIN", "menit", "phút", "dakika", "دقيق", "دقائق", "分", "분", "мин"};

    /**
     * Where the line's note of delayed quotes ({@link #DELAY_NOTE}) starts, or -1 when it has none; asked of a line of
     * {@link #MAX_DELAY_NOTE_CHARS} at most.
     */
    static int delayNoteStart(String line) {
        if (line.length() > MAX_DELAY_NOTE_CHARS || !statesMinutes(line)) {
            return -1;
        }
        Matcher m = DELAY_NOTE.matcher(line);
        return m.find() && NOTE_END.matcher(line).region(m.end(), line.length()).matches() ? m.start() : -1;
    }

    /**
     * What may follow a delay note on its line: nothing, the rest of its last word or one more ("gecikme|lidir.", "지연
     * 제공됩니다"), or a separator and the quote's time ("verzögert um 15 Min. | 05.12.2026 14:17"). A sentence telling of a
     * delay goes on after its minutes ("was delayed by 15 minutes for much of the morning").
     */
    private static final Pattern NOTE_END = Pattern.compile("\\p{L}*[.。]?(?:\\s\\p{L}+[.。]?)?\\s*|\\p{L}*[.。]?\\s*[|·•].*");

    /** Words before a delay note on its line that are a label or a time, no sentence: "11:30現在", "Kursdaten:". */
    private static final int MAX_NOTE_LEAD_CHARS = 24;

    /** True when the line is a note of delayed quotes, alone or closing a quote box's row ("삼성전자 58,300 ▲2,300 (+4.11%) 시세는 20분 지연"). */
    static boolean isDelayNote(String line) {
        String text = line.strip();
        int start = delayNoteStart(text);
        if (start < 0) {
            return false;
        }
        String before = text.substring(0, start).strip();
        return before.isEmpty() || before.length() <= MAX_NOTE_LEAD_CHARS || isQuoteRow(before);
    }

    /** True when the line is market data at the edge of a story: a row of quotes or a note of delayed ones. */
    static boolean isMarketLine(String line) {
        return isQuoteRow(line) || isDelayNote(line);
    }

    /** A notice that the page gives no investment advice is a paragraph this long at most ({@link AdviceNotices#MAX_CHARS}). */
    static final int MAX_ADVICE_NOTICE_CHARS = AdviceNotices.MAX_CHARS;

    /**
     * True when the paragraph is a notice that the page gives no investment advice, or a recommendation's notice on
     * conflicts of interest ({@link AdviceNotices#PATTERN}).
     */
    static boolean isAdviceNotice(String text) {
        return AdviceNotices.mayBeNotice(text) && ADVICE_NOTICE_SOUGHT.in(text);
    }

    /** {@link AdviceNotices#PATTERN} tried only where one of its openings stands: a paragraph's text is read once, not once per alternative. */
    private static final Notices.Sought ADVICE_NOTICE_SOUGHT = Notices.Sought.of(AdviceNotices.PATTERN);

    /** An investing pitch's box is this long at most: a question, a few lines of pitch, a button and its fine print. */
    static final int MAX_PITCH_BOX_CHARS = 600;

    /** Nodes of a box walked for its first words. */
    private static final int MAX_LEAD_NODES = 8;

    /**
     * The question an investing pitch opens with, asked of the reader: "Should you invest $1,000 in X right now?", "Want
     * to start investing?", "¿Quieres invertir en bolsa sin comisiones?", "Quer saber onde investir em 2027?", "Voulez-vous
     * investir …?", "Möchten Sie in Aktien investieren?", "Vuoi investire …?"; the question mark within a line's length.
     */
    private static final Pattern INVESTING_QUESTION = Pattern.compile(
            "(?:(?:should|would|do|are) you (?:(?:want|looking|ready|planning) to )?(?:invest|start investing)"
                    + "|(?:want|looking|ready) to (?:start )?invest"
                    + "|¿?\\s?(?:quieres|quiere|deseas|desea|buscas|busca) (?:empezar a |comenzar a )?invertir"
                    + "|quer (?:saber (?:onde|como) )?(?:começar a )?investir"
                    + "|(?:vous (?:voulez|souhaitez) |voulez-vous |souhaitez-vous |envie d['’])investir"
                    + "|(?:möchten|wollen) sie (?:\\p{L}+ ){0,3}(?:investieren|anlegen)|willst du (?:\\p{L}+ ){0,3}investieren"
                    + "|vuoi (?:iniziare a )?investire|vuole investire)"
                    + "[^?？.!]{0,100}[?？]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * True when the block is a box pitching an investing service or a broker: short, well under the story's text,
     * holding a link (its button), and opening with a question to the reader about investing ({@link
     * #INVESTING_QUESTION}). The box goes whole: the question, the pitch, the button and the returns' fine print. A
     * story's own subheading asking the question heads the story's paragraphs, in a container far longer than a box.
     */
    static boolean isInvestingPitch(Element e, TextStats.Stats s, int containerChars) {
        if (s.chars > MAX_PITCH_BOX_CHARS || s.linkChars == 0 || s.chars >= Notices.MAX_OFFER_BOX_SHARE * containerChars) {
            return false;
        }
        String lead = firstWords(e);
        return lead != null && asksAboutInvesting(lead);
    }

    /** True when the text opens with a question to the reader about investing ({@link #INVESTING_QUESTION}). */
    static boolean asksAboutInvesting(String lead) {
        return INVESTING_QUESTION_OPENINGS.mayOpenAt(lead, 0) && INVESTING_QUESTION.matcher(lead).lookingAt();
    }

    /** The first characters an {@link #INVESTING_QUESTION} may open with, asked before the pattern. */
    private static final PatternOpenings INVESTING_QUESTION_OPENINGS = PatternOpenings.of(INVESTING_QUESTION.pattern());

    /** The block's first text, stripped, or null when its first few nodes hold none (a pitch box's question or name). */
    static String firstWords(Element e) {
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_LEAD_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return t.text().strip();
            }
        }
        return null;
    }

    /**
     * True when the line gives a number of minutes: one of {@link #MINUTE_WORDS} straight after a digit or after a digit
     * and a blank ("15 min", "20分", "15 دقيقة"), as every {@link #DELAY_NOTE} does. "Minister" and "admin" hold no number
     * before them, and most short lines are refused here without the pattern being tried.
     */
    private static boolean statesMinutes(String line) {
        for (String word : MINUTE_WORDS) {
            for (int i = line.indexOf(word); i > 0; i = line.indexOf(word, i + 1)) {
                char before = line.charAt(i - 1);
                if (Character.isDigit(before) || Character.isWhitespace(before) && i > 1 && Character.isDigit(line.charAt(i - 2))) {
                    return true;
                }
            }
        }
        return false;
    }
}
