package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.Edges;
import dev.newsdrop.extract.meta.HostLabels;
import dev.newsdrop.extract.meta.LinkResolver;
import dev.newsdrop.extract.meta.dates.DateParser;
import dev.newsdrop.extract.text.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the site's name from a page title: "Site: Headline", "Headline | Site",
 * "Headline - Section - Site". The site's name comes from metadata when known, else a short trailing
 * segment is taken to be it.
 */
public final class TitleCleaner {

    /** Patterns of the cleaning steps, compiled once: titles are cleaned and compared several times a page. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Spaces, punctuation and symbols, cut from a segment's edges ({@link Edges}: a pattern would be quadratic in a run of them). */
    private static final IntPredicate EDGE_PUNCTUATION = Edges.SPACE.or(Edges.PUNCTUATION).or(Edges.SYMBOL);
    private static final Pattern PUNCTUATION_AT_EDGE = Pattern.compile("^[\\p{P}\\p{S}].*|.*[\\p{P}\\p{S}]$");
    private static final Pattern URL_PREFIX = Pattern.compile("^(?:https?://)?(?:www\\.)?");

    /**
     * Separators sites put between headline and site name; the colon only ever separates a prefix. Spaced, the tilde,
     * the star and the small star as well: SEO plugins offer them as the title's separator (Yoast's "~", "*", "⋆"). The
     * angle brackets are read as a trail's arrows ({@link #trailHeadline}), where one alone may be a comparison.
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«:/~*\u22C6]{1,2}\\s+|\\s*[|｜]\\s*|:\\s+|\\s+::\\s+|\\s*[：_]\\s*(?=\\S)");

    /**
     * {@link #SEPARATOR} without the double guillemets, for a title that holds both: there they quote, and
     * French sets them spaced ("sur la « gravité de la situation »"), which read as separators cut the quote off.
     */
    private static final Pattern SEPARATOR_BESIDE_QUOTES = Pattern.compile("\\s+[|\\-–—·•:/~*\u22C6]{1,2}\\s+|\\s*[|｜]\\s*|:\\s+|\\s+::\\s+|\\s*[：_]\\s*(?=\\S)");

    /** The separators of {@code title}: {@link #SEPARATOR_BESIDE_QUOTES} when it holds both double guillemets, else {@link #SEPARATOR}. */
    static Pattern separators(String title) {
        return title.indexOf('\u00AB') >= 0 && title.indexOf('\u00BB') >= 0 ? SEPARATOR_BESIDE_QUOTES : SEPARATOR;
    }

    /**
     * The characters of which every {@link #SEPARATOR} holds one: those of {@link #ALONE_SEPARATOR_CHARS}
     * anywhere, the others only after whitespace ("a - b", not "anti-war").
     */
    private static final String SEPARATOR_CHARS = "-–—·•»«/~*\u22C6";

    /** Separator characters that separate with no space before them: a bar, a colon, a full-width colon, '_'. */
    private static final String ALONE_SEPARATOR_CHARS = "|｜:：_";

    /** A segment naming the site may add this many letters to the known name ("Daily Mail Online" for "Mail Online"). */
    private static final int MAX_SITE_NAME_EXTRA_CHARS = 12;

    /**
     * Words with which a site labels what a page holds, in the languages it writes them in: video (English,
     * Italian, German), vídeo (Spanish, Portuguese), vidéo (French), wideo (Polish), videó (Hungarian), видео (Russian),
     * відео (Ukrainian), βίντεο (Greek, in capitals without its accent), فيديو and بالفيديو ("in video", Arabic), ویدئو,
     * ویدیو and فیلم (Persian), וידאו (Hebrew), वीडियो (Hindi), ভিডিও (Bengali), வீடியோ (Tamil), ویڈیو (Urdu); photos, fotos,
     * foto's, fotó, fotók, bilder, фото, φωτογραφίες, ảnh (Vietnamese), بالصور (Arabic), फोटो and तस्वीरें (Hindi); gallery,
     * galería, galeria, galerie, galéria, galeri, галерея, and the German compounds Bildergalerie, Bilderstrecke, Fotostrecke,
     * Fotogalerie; diaporama (French), zdjęcia (Polish); watch, צפו (Hebrew), listen, audio, áudio, podcast; 영상, 동영상, 포토,
     * 사진 (Korean), 動画, 写真 (Japanese), 视频, 图集 (Chinese).
     */
    private static final String MEDIA_WORDS = "videos?|vídeos?|vidéos?|wideo|videó|видео|відео|βίντεο|βιντεο|فيديو|بالفيديو|ویدئو|ویدیو|فیلم"
            + "|וידאו|वीडियो|ভিডিও|வீடியோ|ویڈیو"
            + "|watch|צפו|photos?|fotos?|foto's|fotók|fotó|bilder|фото|φωτογραφίες|φωτογραφιες|ảnh|بالصور|फोटो|तस्वीरें|pictures"
            + "|gallery|fotogallery|bildergalerie|bilderstrecke|fotostrecke|fotogalerie|galería|galeria|galerie|galéria|galeri|галерея"
            + "|diaporama|zdjęcia|listen|audio|áudio|podcast"
            + "|영상|동영상|포토|사진|動画|写真|视频|图集";

    /**
     * Words that join media words in one label ("FOTO, VIDEO", "FOTO/VIDEO", "FOTOS Y VIDEO", "фото и видео", "fotók és
     * videó"): "and" in the languages of {@link #MEDIA_WORDS}, a comma, a slash, an ampersand or a plus.
     */
    private static final String MEDIA_JOINERS = "\\s*[,&+/]\\s*|\\s+(?:y|e|i|и|і|és|a|and|und|et|ve|và|og|en|και|و)\\s+";

    /**
     * A media label: a media word, or up to three joined ({@link #MEDIA_JOINERS}), led by a plus or by "with" in the
     * label's language ("(+Video)", "(mit Video)", "(con video)"). Bounded: at most three words, each from the list.
     */
    private static final String MEDIA_LABEL = "(?iu:(?:\\+\\s?)?(?:(?:mit|with|con|com|avec|z|s|met)\\s+)?(?:" + MEDIA_WORDS + ")"
            + "(?:(?:" + MEDIA_JOINERS + ")(?:" + MEDIA_WORDS + ")){0,2})";

    /**
     * A media label in brackets before the headline ("[VIDEO] Headline", "[영상] 제목", "【動画】見出し"): the same label
     * as a trailing one, set in front. Only media words here: a status badge in brackets ("【速報】", "[단독]")
     * goes by {@link #LEADING_BRACKETED_STATUS_BADGE}, and topic labels ("【OSS】") stay.
     */
    private static final Pattern LEADING_BRACKETED_MEDIA_LABEL = Pattern.compile("^[\\[【(]" + MEDIA_LABEL + "[\\]】)]\\s*(?=\\S)");

    /**
     * A media label in capitals closed by a full stop before the headline ("VIDÉO. Headline", "PHOTOS. Headline", "EN
     * IMAGES. Headline"), as French and Belgian sites set it, or by a colon ("VÍDEO: Headline", "FOTOS: Headline"), as
     * Portuguese, Spanish and Romanian ones do, or by two dots in Arabic ("بالفيديو.. "): the same label as a trailing
     * one, set in front; or by a spaced dash, bar, middle dot or bullet ("VIDÉO - Headline", "VIDEO | Headline", "ВІДЕО ·
     * Headline"), or by a full-width bar,
     * the vertical stroke 丨 or a full-width colon with no space after it, as Chinese sites set it ("视频丨标题",
     * "视频｜标题"). In a script without case the label's place and mark
     * set it apart ({@link #caseless}). Matched
     * without regard to case and taken only when written in capitals ({@link #inCapitals}): "Video. " in sentence case
     * would be a sentence.
     */
    private static final Pattern LEADING_MEDIA_LABEL_STOP = Pattern.compile("^(" + MEDIA_LABEL + "|(?iu:en images|in pictures))(?:(?:\\.{1,3}|\u2026|[:\uFF1A]|\\s[-\u2013\u2014|\uFF5C\u00B7\u2022])\\s+|\\s?[\uFF5C\u4E28\uFF1A]\\s?)(?=\\p{Lu}|\\p{Lo}|\\p{N}|\\p{Pi}|[\"«„'])");

    /**
     * A media label in capitals closing the headline after a space or a full stop ("Headline. VIDEO", "Headline
     * FOTO/VIDEO"), as Romanian sites set it: taken only when written in capitals after a headline that is not
     * ({@link #withoutMediaLabel}), and looked for in the title's last {@link #MEDIA_LABEL_REACH} characters.
     */
    private static final Pattern TRAILING_CAPITALS_MEDIA_LABEL = Pattern.compile("\\.?\\s+(" + MEDIA_LABEL + ")$");

    /** A trailing media label in capitals stands in the last this many characters of a title. */
    private static final int MEDIA_LABEL_REACH = 40;

    /**
     * The same media label after a bar, a spaced dash or a plus closing the headline ("Headline | FOTO", "Headline –
     * fotók", "Headline + فیلم").
     */
    private static final Pattern TRAILING_BAR_MEDIA_LABEL = Pattern.compile("\\s+(?:[|｜+]|[-\u2013\u2014](?=\\s))\\s*" + MEDIA_LABEL + "$");

    /**
     * Icons set before a headline as characters (a play triangle for a video, a bullet, an arrow): arrows
     * (U+2190-21FF), geometric shapes (U+25A0-25FF), the symbols and dingbats of U+2600-27BF ("⚡", "⚠", "❗"), the
     * arrows and shapes of U+2B00-2BFF and the emoji pictographs of U+1F300-1FAFF ("🔴" for a live page, "🚨", "📸"),
     * with the variation selector and joiner that compose them. They mark the kind of page or the link, and are no
     * words of the headline; one after the headline's first word stays ("Our 12 cookie recipes 🍪").
     */
    private static final Pattern LEADING_ICON = Pattern.compile(
            "^[\\u2190-\\u21FF\\u25A0-\\u25FF\\u2600-\\u27BF\\u2B00-\\u2BFF\\x{1F300}-\\x{1FAFF}][\\u2190-\\u21FF\\u25A0-\\u25FF\\u2600-\\u27BF\\u2B00-\\u2BFF\\x{1F300}-\\x{1FAFF}\\uFE0F\\u200D]*\\s*");

    /**
     * Words for a page of an article paged in several: page (English, French), pagina (Italian, Dutch, Romanian
     * without its mark), página, pagină, seite, strona, halaman (Indonesian, Malay), sayfa, страница, сторінка, sivu,
     * side, sida, oldal, stránka.
     */
    private static final String PAGE_WORDS = "page|pagina|página|pagină|seite|strona|halaman|sayfa|страница|сторінка|sivu|side|sida|oldal|stránka";

    /**
     * A page number closing the title ("Headline - Seite 2", "Headline (page 3)", "Headline Halaman all", as
     * Indonesian CMSs glue it): the page's place in a paged article, not words of its headline.
     */
    static final Pattern TRAILING_PAGE_NUMBER = Pattern.compile(
            "(?:\\s*[-–—|,(]\\s*|\\s+)(?iu:" + PAGE_WORDS + ")\\s+(?:\\d{1,3}|all)\\)?$");

    /**
     * Words with which a site labels the print version of a page, which its template titles with the article's title and
     * the label: print version, printer-friendly (version), printable version, print (English); Druckversion, Druckansicht
     * (German); version imprimable (French); versión para imprimir / impresión (Spanish), versão para impressão
     * (Portuguese), versione stampabile / per la stampa (Italian), wersja do druku (Polish), версия для печати (Russian),
     * yazdırılabilir sürüm and yazdır (Turkish), versi cetak and cetak (Indonesian), bản in (Vietnamese), 印刷用 and
     * 印刷用ページ (Japanese), 인쇄용 and 인쇄 (Korean), 打印版 (Chinese).
     */
    private static final String PRINT_WORDS = "(?iu:print(?:er[- ]friendly|able)?(?:\\s+version)?|printer[- ]friendly|druckversion|druckansicht"
            + "|version\\s+imprimable|versi[óo]n\\s+para\\s+(?:imprimir|impresi[óo]n)|vers[ãa]o\\s+para\\s+impress[ãa]o"
            + "|versione\\s+(?:stampabile|per\\s+la\\s+stampa)|wersja\\s+do\\s+druku|версия\\s+для\\s+печати"
            + "|yazd[ıi]r[ıi]labilir\\s+s[üu]r[üu]m|yazd[ıi]r|versi\\s+cetak|cetak|b[ảa]n\\s+in|印刷用ページ|印刷用|인쇄용|인쇄|打印版)";

    /**
     * A print-version label closing the title, in brackets ("Headline (Druckversion)", "見出し（印刷用）") or after a bar or
     * a spaced dash ("Headline - Printer Friendly Version"): it says which rendering of the page this is, not what
     * happened, as a media label says what the page holds.
     */
    private static final Pattern TRAILING_PRINT_LABEL = Pattern.compile(
            "(?:\\s*[\\[(\uFF08\u3010]" + PRINT_WORDS + "[\\])\uFF09\u3011]|\\s+(?:[|\uFF5C]|[-\u2013\u2014](?=\\s))\\s*" + PRINT_WORDS + ")$");

    /** Stems of {@link #PRINT_WORDS}, looked for in a title's last {@link #PRINT_LABEL_REACH} characters before the pattern is run. */
    private static final List<String> PRINT_STEMS = List.of("print", "druck", "imprim", "impress", "stamp", "druku", "печати", "yazd",
            "cetak", "bản in", "ban in", "印刷", "인쇄", "打印");

    /** A print-version label stands in the last this many characters of a title. */
    private static final int PRINT_LABEL_REACH = 48;

    /** True when the title's end holds a stem of a print-version label ({@link #PRINT_STEMS}); most titles' do not. */
    private static boolean closesWithPrintWord(String title) {
        String tail = title.substring(Math.max(0, title.length() - PRINT_LABEL_REACH)).toLowerCase(Locale.ROOT);
        for (String stem : PRINT_STEMS) {
            if (tail.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** A media label after the headline ("[Watch]", "(video)", "(VÍDEO)", "[FOTO]"): it says what the page holds, not what happened. */
    private static final Pattern TRAILING_MEDIA_LABEL = Pattern.compile("\\s*[\\[(]" + MEDIA_LABEL + "[\\])]$");

    /**
     * The word of a status label a site sets on a story it has changed since it first ran ("UPDATED:",
     * "(aktualisiert)", "(mis à jour)"), in the languages of the dev and unseen sets: it says that the text
     * changed, not what happened, as a media label says what the page holds.
     */
    private static final String UPDATE_WORDS = "updated?|update\\s?\\d{1,2}|aktualisiert|aktualisierung|mis\\s+à\\s+jour|mise\\s+à\\s+jour"
            + "|actualizado|actualizada|actualización|aggiornato|aggiornamento|atualizado|atualização|bijgewerkt|oppdatert|uppdaterad"
            + "|opdateret|päivitetty|zaktualizowano|aktualizováno";

    /**
     * The words of a label that says how a story is sold, not what happened: that it is breaking news (breaking,
     * breaking news, urgent; Eilmeldung, German; son dakika, Turkish; urgente, última hora, Spanish and Portuguese;
     * ultim'ora, Italian; dernière minute, French; pilne, Polish; срочно, Russian; терміново, Ukrainian; just nu, Swedish;
     * lige nu, Danish; siste nytt, Norwegian; net binnen, Dutch; έκτακτο, Greek; ultima oră, Romanian; rendkívüli,
     * Hungarian; عاجل, Arabic;
     * فوری, Persian; מבזק, Hebrew; 속보 and 긴급, Korean; 速報, Japanese), that no one else has it (exclusive, exclusif,
     * exclusiva, exclusivo, esclusiva, esclusivo, exklusiv; tylko u nas, Polish; özel haber, Turkish; בלעדי, Hebrew; حصري,
     * Arabic; اختصاصی, Persian; 단독, Korean; 独自 and 独占, Japanese, the latter as entertainment portals badge an exclusive
     * interview or photo; 独家, Chinese), that it is reported live (live, en direct,
     * en directo, directo, en vivo, ao vivo, em direto, in diretta, na żywo, trực tiếp, canlı, наживо, прямой эфир, مباشر; 直播,
     * Chinese; 생중계, Korean), or that it is a
     * press release (press release, Pressemitteilung, Presseinformation, communiqué de presse, comunicado de prensa,
     * comunicato stampa, persbericht, pressmeddelande, pressemelding, komunikat prasowy, tisková zpráva, comunicat de
     * presă).
     */
    public static final String STATUS_BADGE_WORDS = "breaking(?: news)?|urgent|eilmeldung|son dakika|urgente|última hora|ultima hora|ultim'ora|ultim’ora"
            + "|dernière minute|derniere minute|pilne|срочно|терміново|just nu|lige nu|siste nytt|net binnen|έκτακτο|εκτακτο"
            + "|ultima oră|ultima ora|rendkívüli|عاجل|فوری|מבזק|속보|긴급|速報"
            + "|exclusive|exclusif|exclusiva|exclusivo|esclusiva|esclusivo|exklusiv|tylko u nas|özel haber|בלעדי|حصري|اختصاصی|단독|独自|独占|独家"
            + "|live|en direct|en directo|directo|en vivo|ao vivo|em direto|in diretta|na żywo|trực tiếp|canlı|наживо|прямой эфир|مباشر|直播|생중계"
            + "|press release|pressemitteilung|presseinformation|communiqué de presse|comunicado de prensa|comunicato stampa"
            + "|persbericht|pressmeddelande|pressemelding|komunikat prasowy|tisková zpráva|comunicat de presă";

    /**
     * The words of a label that says a story was corrected since it first ran, as a site sets it before the headline in
     * capitals ("CORRECTION: …", "CORRECTED: …"): it says that the text changed, as an update label does, not what
     * happened. English corrected, correction; German korrigiert, Korrektur, Berichtigung; French rectificatif; Spanish
     * corrección, rectificación; Italian correzione, rettifica; Portuguese correção, corrigido; Polish sprostowanie,
     * korekta; Russian исправлено, поправка; Turkish düzeltme; Indonesian koreksi, ralat; Vietnamese đính chính; Korean 정정.
     * Kept apart from {@link #STATUS_BADGE_WORDS}, which the body reads as live pages' badges; in sentence case
     * ("Correction: an article on …") the words are a correction notice's own headline.
     */
    private static final String CORRECTION_WORDS = "corrected|correction|korrigiert|korrektur|berichtigung|rectificatif|corrección|correccion"
            + "|rectificación|rectificacion|correzione|rettifica|correção|correcao|corrigido|sprostowanie|korekta|исправлено|поправка"
            + "|düzeltme|duzeltme|koreksi|ralat|đính chính|정정";

    /**
     * A status badge ({@link #STATUS_BADGE_WORDS}) opening a headline, closed by a colon, a full stop, an exclamation
     * mark, or a spaced dash or bar ("EXCLUSIF - ", "PILNE! ", "ТЕРМІНОВО. ", "عاجل: "), or by a full-width bar, the
     * vertical stroke 丨 or a full-width colon with no blank after it, as Chinese sites set a label ("直播｜", "独家丨", as
     * {@link #LEADING_MEDIA_LABEL_STOP} reads "视频｜"): taken only when written in
     * capitals or in a script without case ({@link #caseless}), as a media label is: "Breaking: Houston hires..." in
     * sentence case is the reader's headline as the site wrote it.
     */
    private static final Pattern LEADING_STATUS_BADGE = Pattern.compile(
            "^(?iu:" + STATUS_BADGE_WORDS + "|" + CORRECTION_WORDS + ")(?:(?:\\s*[!:\uFF1A]|\\.|\\s[-\u2013\u2014|])\\s+|\\s?[\uFF5C\u4E28\uFF1A]\\s?)(?=\\S)");

    /**
     * A status badge ({@link #STATUS_BADGE_WORDS}) in square or lenticular brackets opening a headline ("[단독] 제목",
     * "[속보] 제목", "【独自】見出し", "【速報】見出し", "[EXCLUSIVE] Headline"), as Korean and Japanese news sets its breaking
     * and exclusive badges: the brackets set it apart in any case, as a colon and capitals do for {@link
     * #LEADING_STATUS_BADGE}. Only the badge words: a topic label in brackets ("【OSS】", "[News]", "【図解】") names what
     * the story is about and stays.
     */
    private static final Pattern LEADING_BRACKETED_STATUS_BADGE = Pattern.compile(
            "^[\\[\u3010\uFF3B]\\s*(?iu:" + STATUS_BADGE_WORDS + ")\\s*[\\]\u3011\uFF3D]\\s*(?=\\S)");

    /** A status badge is read only this near a title's start: the longest is shorter. */
    private static final int STATUS_BADGE_REACH = 32;

    /** The first letters of {@link #UPDATE_WORDS}: a title opening with another opens with no status label. */
    private static final String STATUS_WORD_INITIALS = "uambopz";

    /** A status label opening a headline, set off by a colon or a spaced dash ("UPDATED: Ferry service suspended"). */
    private static final Pattern LEADING_STATUS_LABEL = Pattern.compile(
            "^(?:" + UPDATE_WORDS + ")(?:\\s*[:\uFF1A]|\\s+[-\u2013\u2014])\\s+(?=\\S)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A news agency's status codes glued before a wire headline by a hyphen, in capitals ("UPDATE 2-",
     * "RPT-UPDATE 1-", "CORRECTED-", "REFILE-", "WRAPUP 1-"): the desk's version marks, copied whole by sites
     * that republish the wire. A headline's own capitals are followed by a space, not a glued hyphen.
     */
    private static final Pattern WIRE_STATUS_CODES = Pattern.compile(
            "^(?:(?:UPDATE ?\\d{1,2}|CORRECTED|REFILE|RPT|REPEAT|WRAPUP(?: ?\\d{1,2})?)-)+(?=\\S)");

    /** A status label closing a headline, in brackets ("(updated)", "[Update 2]", "(updated 14 March)") or after a spaced dash. */
    private static final Pattern TRAILING_STATUS_LABEL = Pattern.compile(
            "(?:\\s*[\\[(](?:" + UPDATE_WORDS + ")\\b[^\\[\\]()]{0,40}[\\])]|\\s+[-\u2013\u2014|]\\s+(?:" + UPDATE_WORDS + "))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A live page's name in the languages its label is written in: live updates, live blog, live ticker
     * (English, and German's "Liveticker"), en direct (French), en vivo and en directo (Spanish), ao vivo
     * and em direto (Portuguese), in diretta (Italian), na żywo (Polish), direkte (Norwegian, Danish).
     */
    private static final String LIVE_PAGE_NAMES = "live[ -]?updates?|live[ -]?blog|live[ -]?ticker|liveticker|en direct|en vivo|en directo"
            + "|ao vivo|em direto|in diretta|na żywo|direkte";

    /**
     * German's name for a running report, a ticker, alone or joined to its subject ("Newsticker",
     * "Nahost-Ticker"); the subject is a word of at most 24 letters.
     */
    private static final String TICKER = "\\p{L}{0,24}-?ticker";

    /**
     * The label of a live page, a running report whose heading follows its latest entry ("Storm Ciara
     * LIVE: ...", "Election live updates: ...", "... | Liveticker", "EN DIRECT -", "Nahost-Ticker: ..."):
     * "LIVE" in capitals as a word, or a live page's name ({@link #LIVE_PAGE_NAMES}, {@link #TICKER}) in any
     * case, set off by a colon or a separator; French news sites also set "DIRECT." in capitals before the
     * entry. "Long Live ...", "live-action" and a ticker named in a title ("... im Ticker vom 12. Mai") are
     * no labels. Case is folded beyond ASCII ("NA ŻYWO").
     */
    private static final Pattern LIVE_LABEL = Pattern.compile(
            "(?:^|\\s)(?:LIVE|(?iu:" + LIVE_PAGE_NAMES + "|" + TICKER + "))(?:\\s*[:|\u2013\u2014-]\\s|$)"
                    + "|(?:^|\\s)(?:EN )?DIRECT\\.\\s"
                    + "|[|\u2013\u2014-]\\s*(?iu:live|liveblog|liveticker|live[ -]?updates?|en direct|en vivo|en directo|ao vivo|em direto|in diretta)$");

    /**
     * Three plus signs set between the entries of a ticker, as German news sites join the latest ones into a
     * running report's heading ("Krieg in Nahost: ... +++ Israel schickt ..."); a word never holds them spaced.
     */
    private static final Pattern TICKER_ENTRY_MARK = Pattern.compile("(?:^|\\s)\\+{3}(?:\\s|$)");

    /**
     * Star characters a review's rating is set in: black and white stars, the outlined, circled and
     * shadowed stars of Dingbats, the emoji star and the half stars of Miscellaneous Symbols and Arrows.
     */
    private static final String RATING_STARS = "\u2605\u2606\u2729\u272A\u272B\u272C\u272D\u272E\u272F\u2B50\u2BE8\u2BE9\u2BEA\u2BEB";

    /**
     * Rating stars before a headline: the review's score, not its words; a half ("\u00BD") after the
     * stars is part of the score ("\u2605\u2605\u2605\u00BD"). Stars after it: {@link #withoutTrailingStars(String)}.
     */
    private static final Pattern LEADING_STARS = Pattern.compile("^[\\s" + RATING_STARS + "]*[" + RATING_STARS + "]\u00BD?\\s*");

    /** The characters of a score set after a headline: stars, halves and spaces. */
    private static final IntPredicate SCORE_CHARACTER = Edges.SPACE.or(Edges.anyOf(RATING_STARS + "\u00BD"));

    /**
     * A date or a "3 hours ago" glued to the headline's last letter: the text of a date element set
     * inside the heading with no space between them ("Bridge shut12.03.2024"). A date the writer
     * puts in a headline is set apart by a space or a mark, so only a glued one is cut.
     */
    static final Pattern GLUED_DATE = Pattern.compile(
            "(?<=[\\p{L}.!?\u2019\u201D\"'])(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,3}\\s?(?i:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+(?i:ago))"
                    + "(?:,?\\s*\\d{1,2}:\\d{2}(?:\\s?(?i:am|pm|uhr|h))?)?\\s*$");

    /** A "read on" guillemet set after a headline; one that closes a «quotation» stays. */
    private static final Pattern TRAILING_GUILLEMET = Pattern.compile("\\s+[\\u00BB\\u203A]+$");

    /**
     * A guillemet set as a bullet before a headline, spaced off it ("» Headline"); one that opens a
     * »quotation« (German, Danish) is glued to its first word and closed by « later, and stays.
     */
    private static final Pattern LEADING_GUILLEMET = Pattern.compile("^[\\u00BB\\u203A]+\\s+");

    /** A trailing segment of at most this many words may be a site name when none is known. */
    private static final int MAX_SITE_WORDS = 4;

    /** A segment of at most this many words between headline and site name is a section ("News"). */
    private static final int MAX_SECTION_WORDS = 2;

    /** An unspaced (CJK) headline is this many times longer than the site name it is cut from. */
    private static final int UNSPACED_HEADLINE_TO_SITE_RATIO = 2;

    /** A headline keeps at least this many words after a guessed site name is cut. */
    private static final int MIN_HEADLINE_WORDS = 3;

    /** The colon that ends a kicker written into the headline ("Kicker: Headline"). */
    private static final Pattern KICKER_COLON = Pattern.compile("\\s*:\\s+");

    /** A kicker before a headline has at most this many words. */
    private static final int MAX_KICKER_WORDS = 5;

    /** A stated headline this short (in key characters) is a label, not a headline to compare with. */
    private static final int MIN_STATED_KEY_CHARS = 12;

    /** The headline and the site name cut from it, if any. */
    public record Cleaned(String title, String siteName) {
    }

    private TitleCleaner() {
    }

    public static Cleaned clean(String rawTitle, String knownSite, String h1) {
        Cleaned c = cleanSegments(rawTitle, knownSite, h1);
        return c.title() == null ? c : new Cleaned(withoutDateTail(c.title()), c.siteName());
    }

    /** A trailing date segment has at most this many words ("12 Марта 2024", "March 12, 2024")... */
    private static final int MAX_DATE_SEGMENT_WORDS = 4;

    /** ...and is cut only from a headline of at least this many words before it. */
    private static final int MIN_WORDS_BEFORE_DATE_SEGMENT = 3;

    /**
     * The title without a last segment that is only a date: "Headline - 12 Марта 2024" (uCoz and other
     * CMSs put the entry's date between the headline and the site's name). The date is the page's
     * date, not words of its headline.
     */
    private static String withoutDateTail(String title) {
        if (!Words.holdsDigit(title) || !mayHoldSeparator(title)) {
            return title; // most titles hold no date, or no separator: refused without the separator pattern
        }
        EdgeSeparators edges = EdgeSeparators.of(title);
        int lastStart = edges.lastStart();
        int lastEnd = edges.lastEnd();
        if (lastStart <= 0 || lastEnd >= title.length()) {
            return title;
        }
        String tail = title.substring(lastEnd).trim();
        String head = title.substring(0, lastStart).trim();
        if (SPACES.split(tail).length > MAX_DATE_SEGMENT_WORDS || SPACES.split(head).length < MIN_WORDS_BEFORE_DATE_SEGMENT
                || tail.chars().noneMatch(Character::isDigit) || DateParser.parseText(tail) == null
                || tail.replaceAll("[\\p{L}]+", "").replaceAll("[\\d\\s.,/-]", "").length() > 0) {
            return title;
        }
        return head;
    }

    /**
     * The site's name in "Kicker: Headline | Site" around a shown headline: a part before the headline
     * that ends with a colon is its kicker ({@link #KICKER_COLON}), so the part after it is the site's
     * name. Null unless both parts are there and the first ends so.
     */
    private static String siteBesideKicker(String title, String headline) {
        int at = title.indexOf(headline);
        if (at <= 0) {
            return null;
        }
        String before = title.substring(0, at).trim();
        String after = Edges.strip(title.substring(at + headline.length()), EDGE_PUNCTUATION).trim();
        return before.endsWith(":") && !after.isEmpty() && !Edges.strip(before, EDGE_PUNCTUATION).trim().isEmpty() ? after : null;
    }

    private static Cleaned cleanSegments(String rawTitle, String knownSite, String h1) {
        if (rawTitle == null) {
            return new Cleaned(null, null);
        }
        String title = Blanks.collapsed(rawTitle).trim();
        if (title.isEmpty()) {
            return new Cleaned(null, null);
        }
        h1 = h1 == null ? null : Blanks.collapsed(h1).trim();
        String h1Key = h1 == null || h1.isBlank() ? null : ComparisonKey.of(h1); // each key worked out once
        String titleKey = h1Key == null || h1Key.length() < 8 ? null : ComparisonKey.of(title);
        if (titleKey != null && !titleKey.equals(h1Key) && titleKey.contains(h1Key) && h1Key.length() * 2 >= titleKey.length()
                && isBoundedSegment(title, h1)) {
            String site = siteBesideKicker(title, h1.trim());
            site = site != null ? site : Edges.strip(title.replace(h1.trim(), " "), EDGE_PUNCTUATION).trim();
            return new Cleaned(h1.trim(), site.isEmpty() || SPACES.split(site).length > 6 ? null : site);
        }
        Cleaned trail = trailHeadline(title, knownSite);
        if (trail != null) {
            return trail;
        }
        if (knownSite != null && !knownSite.isBlank()) {
            String cut = cutKnownSite(title, knownSite);
            if (cut != null) {
                String again = cutKnownSite(cut, knownSite);
                String headline = again != null ? again : cut;
                if (title.startsWith(cut)) {
                    // "Headline | Section | Site", "标题_栏目_网站": the short segment left before the site's name is the section
                    headline = cutShortTail(headline, MAX_SECTION_WORDS).title();
                    headline = cutSiteChannel(headline, knownSite).title();
                }
                return new Cleaned(SECTION_LABEL.matcher(headline).replaceFirst(""), knownSite.trim());
            }
            Cleaned otherForm = siteWrittenOtherwise(title, knownSite);
            return otherForm != null ? otherForm : new Cleaned(SECTION_LABEL.matcher(title).replaceFirst(""), null);
        }
        return guessSite(title);
    }

    /**
     * The title without a short last segment, when the site's name is known but no segment of the title writes it
     * so: sites state their name in one form (Latin letters, the host, the long name) and title their pages with
     * another ("Headline | יום חדשות" on a site that calls itself "Yom News"). The segment is what
     * {@link #cutShortTail} takes for a site's name when none is known, holds no digit ("Headline - Part 2" is the
     * headline's own) and no comma (a tagline's clause: "Your town, your paper"), and is set off by a bar, which no headline holds, or written in another script than the
     * known name, which then cannot be compared with it: a dash also parts a headline's clauses ("Abnehmspritze
     * kommt - So teuer wird sie"). Null when the title has no such segment.
     */
    private static Cleaned siteWrittenOtherwise(String title, String knownSite) {
        Cleaned once = cutShortTail(title, MAX_SITE_WORDS);
        String segment = once.siteName();
        if (segment == null || holdsAny(segment, "0123456789,\u060C\u3001")) {
            return null;
        }
        String before = title.substring(0, title.lastIndexOf(segment));
        boolean bar = before.stripTrailing().endsWith("|") || before.stripTrailing().endsWith("\uFF5C");
        if (!bar && scriptOfFirstLetter(segment) == scriptOfFirstLetter(knownSite)) {
            return null;
        }
        return new Cleaned(SECTION_LABEL.matcher(once.title()).replaceFirst(""), segment);
    }

    /** The script of the text's first letter (Latin, Hebrew, Han...), or COMMON when it has none. */
    private static Character.UnicodeScript scriptOfFirstLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.UnicodeScript.of(cp);
            }
            i += Character.charCount(cp);
        }
        return Character.UnicodeScript.COMMON;
    }

    /** An arrow between the segments of a title written as a trail: "Headline < Section < Site" points up from the page. */
    private static final Pattern TRAIL_UP = Pattern.compile("\\s+[<\u2039]\\s+");

    /** "Site > Section > Headline" points down to the page. */
    private static final Pattern TRAIL_DOWN = Pattern.compile("\\s+[>\u203A]\\s+");

    /**
     * The trail's arrows with the double guillemets: WordPress titles a post "Blog » Blog Archive » Post" by
     * default, and themes write "Post « Section « Blog". Read so only in a title that does not hold both
     * guillemets, which quote ("« victoire »", "»Zitat«").
     */
    private static final Pattern GUILLEMET_TRAIL_UP = Pattern.compile("\\s+[<\u2039\u00AB]\\s+");
    private static final Pattern GUILLEMET_TRAIL_DOWN = Pattern.compile("\\s+[>\u203A\u00BB]\\s+");

    /**
     * The headline of a title written as a breadcrumb trail with arrows ("Headline < Section < Site",
     * "Site > Section > Headline"; Korean news CMSs write "Headline < Section < 기사본문 - Site"): the
     * segment at the page's end of the trail, which the arrows point from or to. Two arrows of one
     * direction make a trail, whose headline is its longest part; one arrow may be a comparison ("5 > 3").
     * The site is the known one, or the trail's other end when it is a name's few words. Null when the
     * title is no such trail.
     */
    private static Cleaned trailHeadline(String title, String knownSite) {
        if (!holdsAny(title, "<>\u2039\u203A\u00AB\u00BB")) {
            return null;
        }
        boolean quoting = title.indexOf('\u00AB') >= 0 && title.indexOf('\u00BB') >= 0;
        for (Pattern arrow : quoting ? List.of(TRAIL_UP, TRAIL_DOWN) : List.of(GUILLEMET_TRAIL_UP, GUILLEMET_TRAIL_DOWN)) {
            String[] parts = arrow.split(title, -1);
            if (parts.length < 3 || parts[0].isBlank() || parts[parts.length - 1].isBlank()) {
                continue;
            }
            boolean up = arrow == TRAIL_UP || arrow == GUILLEMET_TRAIL_UP;
            String headline = (up ? parts[0] : parts[parts.length - 1]).trim();
            String farEnd = (up ? parts[parts.length - 1] : parts[0]).trim();
            if (!longestOf(headline, parts)) {
                continue; // a headline names its story in more words than a section or a site: "Why 5 > 3 ... > Site" is none
            }
            if (knownSite != null && !knownSite.isBlank()) {
                return new Cleaned(headline, knownSite.trim());
            }
            EdgeSeparators edges = EdgeSeparators.of(farEnd); // "Section < 기사본문 - Site": the name after the last separator
            String name = (up ? edges.lastStart() > 0 ? farEnd.substring(edges.lastEnd()) : farEnd
                    : edges.firstStart() > 0 ? farEnd.substring(0, edges.firstStart()) : farEnd).trim();
            return new Cleaned(headline, name.isEmpty() || SPACES.split(name).length > MAX_SITE_WORDS ? null : name);
        }
        return null;
    }

    /** True when no part has more letters and digits than the headline. */
    private static boolean longestOf(String headline, String[] parts) {
        int length = ComparisonKey.of(headline).length();
        for (String part : parts) {
            if (ComparisonKey.of(part).length() > length) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBoundedSegment(String title, String h1) {
        int at = title.indexOf(h1.trim());
        if (at < 0) {
            return false;
        }
        String rest = (title.substring(0, at) + " " + title.substring(at + h1.trim().length())).trim();
        return rest.isEmpty() || separators(rest).matcher(" " + rest + " ").find() || PUNCTUATION_AT_EDGE.matcher(rest).matches();
    }

    /**
     * The title without a leading or trailing segment that names the site, or without a later segment
     * that names it and the rest after it (the site's tagline); null when none does.
     */
    private static String cutKnownSite(String title, String site) {
        String siteKey = ComparisonKey.of(site);
        if (siteKey.isEmpty()) {
            return null;
        }
        Matcher bracketed = title.length() > 2 && BRACKET_CLOSERS.indexOf(title.charAt(title.length() - 1)) >= 0
                ? BRACKETED_TAIL.matcher(title) : null;
        if (bracketed != null && bracketed.find() && bracketed.start() > 0 && matchesSite(bracketed.group(1), siteKey, site)) {
            return title.substring(0, bracketed.start()).trim(); // "Headline [Site]", "見出し（新聞名）"
        }
        Matcher leading = title.length() > 2 && BRACKET_OPENERS.indexOf(title.charAt(0)) >= 0 ? BRACKETED_HEAD.matcher(title) : null;
        if (leading != null && leading.lookingAt() && leading.end() < title.length() && matchesSite(leading.group(1), siteKey, site)) {
            return title.substring(leading.end()).trim(); // "[Site] Headline", "【新聞名】見出し"
        }
        if (!mayHoldSeparator(title)) {
            return null;
        }
        Matcher m = separatorMatcher(title);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        int[] starts = new int[MAX_SITE_SEGMENT_SEPARATORS];
        int[] ends = new int[MAX_SITE_SEGMENT_SEPARATORS];
        int separators = 0;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
            if (separators < MAX_SITE_SEGMENT_SEPARATORS) {
                starts[separators] = m.start();
                ends[separators] = m.end();
            }
            separators++;
        }
        if (lastStart > 0 && (matchesSite(title.substring(lastEnd), siteKey, site) || isAcronymOf(title.substring(lastEnd), site))) {
            return title.substring(0, lastStart).trim();
        }
        if (firstStart > 0 && (matchesSite(title.substring(0, firstStart), siteKey, site) || isAcronymOf(title.substring(0, firstStart), site))
                && !(isColon(title.substring(firstStart, firstEnd))
                        && (extendsSite(title.substring(0, firstStart), siteKey) || headOfSite(title.substring(0, firstStart), siteKey)
                                || lastWordOfSite(title.substring(0, firstStart), site)))) {
            return title.substring(firstEnd).trim();
        }
        int colon = gluedColonBeforeLastSegment(title);
        if (colon > 0 && matchesSite(title.substring(colon + 1), siteKey, site)) {
            return title.substring(0, colon).trim(); // "Headline:Blog Name", typed with no space
        }
        // "Headline | Site | Tagline": SEO templates of CMSs set the site's description after its name
        int reach = firstStart > 0 ? Math.min(separators, MAX_SITE_SEGMENT_SEPARATORS) : 0;
        for (int i = 1; i < reach; i++) {
            if (matchesSite(title.substring(ends[i - 1], starts[i]), siteKey, site)) {
                return title.substring(0, starts[i - 1]).trim();
            }
        }
        return null;
    }

    /** True when the separator is a colon, ASCII or full-width ("Site: Headline", "Kicker: Headline"). */
    private static boolean isColon(String separator) {
        return separator.indexOf(':') >= 0 || separator.indexOf('\uFF1A') >= 0;
    }

    /**
     * True when the segment holds the site's name and more words ({@link #matchesSite} takes "Daily Mail Online" for
     * "Mail Online"). Before a colon such a segment is a kicker that names the site, as a paper's story about itself
     * does ("The Courier turns 150: a look back"), not the name: a site's name set before the headline is set alone.
     */
    private static boolean extendsSite(String segment, String siteKey) {
        String k = ComparisonKey.of(segment);
        return k.length() > siteKey.length() && k.contains(siteKey);
    }

    /**
     * True when the segment is only the first word or words of the site's name ("Abidjan" of "Abidjan Matin"): a place or
     * a subject that the name qualifies ("… Matin", "… Times", "… Today"). Before a colon it is the headline's kicker, the
     * place the story is set in ("Abidjan : le quatrième pont …"), not the site: a site's name set before the headline is
     * set whole, and the word left out is what makes it a name.
     */
    private static boolean headOfSite(String segment, String siteKey) {
        String k = ComparisonKey.of(segment);
        return k.length() < siteKey.length() && siteKey.startsWith(k);
    }

    /**
     * True when the segment is one word, the last of the site's name ("Bruxelles" of "Info Bruxelles", "Toulouse" of
     * "Actu Toulouse"): the city a regional site is named for, which before a colon is the headline's kicker, the place
     * the story is set in ("Bruxelles : le tunnel …"), as {@link #headOfSite} reads the first word. One word only: a
     * name's last words ("Mail Online" of "Daily Mail Online") may stand for the site.
     */
    private static boolean lastWordOfSite(String segment, String site) {
        String word = segment.strip();
        String name = site.strip();
        if (word.isEmpty() || word.indexOf(' ') >= 0 || name.length() <= word.length()) {
            return false;
        }
        int start = name.length() - word.length();
        return name.regionMatches(true, start, word, 0, word.length()) && Character.isWhitespace(name.charAt(start - 1));
    }

    /** A site's initials stand for it in a title's segment when they are this many letters at least, and at most {@link #MAX_ACRONYM_LETTERS}. */
    private static final int MIN_ACRONYM_LETTERS = 2;
    private static final int MAX_ACRONYM_LETTERS = 6;

    /**
     * True when the segment is the site's name in capital initials ("NZB" for "Neue Zürcher Blätter", "WAZ" for
     * "Westdeutsche Allgemeine Zeitung"): one capital per word of the name, in order. A name of one word has no
     * initials to stand for it.
     */
    private static boolean isAcronymOf(String segment, String site) {
        String s = segment.trim();
        if (s.length() < MIN_ACRONYM_LETTERS || s.length() > MAX_ACRONYM_LETTERS || !inCapitals(s)) {
            return false;
        }
        String[] words = NOT_LETTER_OR_DIGIT.split(site.trim());
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                initials.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
        }
        return initials.length() >= MIN_ACRONYM_LETTERS && initials.toString().equals(s.toUpperCase(Locale.ROOT));
    }

    /** Closing brackets and parentheses, ASCII and full-width, in which a site's name may close a title. */
    private static final String BRACKET_CLOSERS = ")]）】］";

    /**
     * A bracketed last segment ("Headline [Site]", "見出し（新聞名）", "제목 [사이트]"): the name of the site when it is
     * the known one. Bounded: the brackets enclose at most 60 characters and no other bracket.
     */
    private static final Pattern BRACKETED_TAIL = Pattern.compile("[\\[(（【［]([^\\[\\]()（）【】［］]{1,60})[\\])）】］]$");

    /** Opening brackets and parentheses, ASCII and full-width, in which a site's name may open a title. */
    private static final String BRACKET_OPENERS = "[(（【［";

    /**
     * A bracketed first segment ("[Site] Headline", "【新聞名】見出し"), as Korean and Chinese sites head a shared title with
     * their name: the name of the site when it is the known one, as {@link #BRACKETED_TAIL} at the other end. Bounded
     * as that one.
     */
    private static final Pattern BRACKETED_HEAD = Pattern.compile("[\\[(（【［]([^\\[\\]()（）【】［］]{1,60})[\\])）】］]\\s*(?=\\S)");

    /**
     * Separators of a title read for a site's name between its headline and the site's tagline: a
     * template sets the name right after the headline, or after a section's name or two.
     */
    private static final int MAX_SITE_SEGMENT_SEPARATORS = 4;

    /**
     * The index of the last ASCII colon set between two words with no space after it ("Headline」:Blog"),
     * which {@link #SEPARATOR} does not take as one (a colon between digits is a time, "10:30"); -1 when none.
     */
    private static int gluedColonBeforeLastSegment(String title) {
        int colon = title.lastIndexOf(':');
        if (colon <= 0 || colon >= title.length() - 1 || Character.isWhitespace(title.charAt(colon + 1))
                || Character.isDigit(title.charAt(colon - 1)) && Character.isDigit(title.charAt(colon + 1))) {
            return -1;
        }
        return colon;
    }

    /**
     * The leading or trailing segment of a title that names the site whose address the page has: its
     * letters begin with a label of the address's host ("Fenbury Gazette" on fenburygazette.com,
     * "codenook notes" on codenook.org). With no site name stated in metadata, the address is the one
     * witness of it that a headline cannot borrow. The segment is short ({@link #MAX_SITE_WORDS} words
     * at most) and the rest of the title is the longer part. The second segment is read too, where SEO
     * templates set the site's name between the headline and its tagline ("Headline | Site | Tagline").
     * Null when no segment is so named.
     */
    static String siteSegmentNamedByAddress(String title, String pageUrl) {
        if (title == null || pageUrl == null) {
            return null;
        }
        List<String> labels = HostLabels.naming(pageUrl);
        if (labels.isEmpty()) {
            return null;
        }
        String t = Blanks.collapsed(title).trim();
        EdgeSeparators edges = EdgeSeparators.of(t);
        int firstStart = edges.firstStart();
        int firstEnd = edges.firstEnd();
        int lastStart = edges.lastStart();
        int lastEnd = edges.lastEnd();
        int colon = gluedColonBeforeLastSegment(t);
        if (colon > lastStart) {
            lastStart = colon;
            lastEnd = colon + 1;
            firstStart = firstStart < 0 ? colon : firstStart;
            firstEnd = firstEnd < 0 ? colon + 1 : firstEnd;
        }
        if (lastStart > 0) {
            String tail = Edges.strip(t.substring(lastEnd), EDGE_PUNCTUATION);
            if (namedByHost(tail, t.substring(0, lastStart), labels)) {
                return tail;
            }
        }
        if (firstStart > 0) {
            String head = Edges.strip(t.substring(0, firstStart), EDGE_PUNCTUATION);
            if (namedByHost(head, t.substring(firstEnd), labels)) {
                return head;
            }
        }
        if (firstStart > 0 && lastStart > firstStart) {
            // "Headline | Site | Tagline": the second segment, when the address names it
            Matcher second = separators(t).matcher(t);
            if (second.find(firstEnd) && second.start() <= lastStart) {
                String middle = Edges.strip(t.substring(firstEnd, second.start()), EDGE_PUNCTUATION);
                if (namedByHost(middle, t.substring(0, firstStart), labels)) {
                    return middle;
                }
            }
        }
        return null;
    }

    /**
     * The first and the last {@link #SEPARATOR} of a title, as start and end offsets; -1 for both
     * when it has none. The segments at a title's edges are where sites set their names.
     */
    private record EdgeSeparators(int firstStart, int firstEnd, int lastStart, int lastEnd) {

        static EdgeSeparators of(String title) {
            Matcher m = separatorMatcher(title);
            if (!m.find()) {
                return new EdgeSeparators(-1, -1, -1, -1);
            }
            int firstStart = m.start();
            int firstEnd = m.end();
            int lastStart = firstStart;
            int lastEnd = firstEnd;
            while (m.find()) {
                lastStart = m.start();
                lastEnd = m.end();
            }
            return new EdgeSeparators(firstStart, firstEnd, lastStart, lastEnd);
        }
    }

    /**
     * True when the segment is short, begins with one of the host's labels, and the rest is the longer
     * part. A definite article opening the segment may be missing from the address ("The Millbrook
     * Mercury" on millbrookmercury.com), as names are written into domains without it.
     */
    private static boolean namedByHost(String segment, String rest, List<String> labels) {
        String[] words = SPACES.split(segment.trim());
        String k = ComparisonKey.of(segment);
        if (k.isEmpty() || words.length > MAX_SITE_WORDS || ComparisonKey.of(rest).length() <= k.length()) {
            return false;
        }
        String withoutArticle = words.length > 1 && DEFINITE_ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))
                ? k.substring(ComparisonKey.of(words[0]).length()) : k;
        for (String label : labels) {
            if (k.startsWith(label) || withoutArticle.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /** Definite articles that open a site's name and that its address leaves out (English, French, Spanish, Italian, German, Dutch, Portuguese). */
    private static final Set<String> DEFINITE_ARTICLES = Set.of("the", "le", "la", "les", "el", "los", "las", "il", "lo", "der", "die",
            "das", "de", "het", "o", "os", "a", "as");

    /** Keys of a news site's or a blog's generic section name, in the languages of the sets: a title segment naming only it is no headline. */
    private static final Set<String> NEWS_SECTION_KEYS = Set.of("news", "nachrichten", "aktuelles", "actualites", "noticias", "notizie",
            "nieuws", "nyheter", "nyheder", "uutiset", "wiadomosci", "zpravy", "haberler", "новости", "blog");

    /**
     * The title without a leading segment that names the page's section ("News - Headline", once the
     * site's name is cut from "News - Headline - Site"): a CMS template sets the section before the
     * headline as it sets the site after it. The segment is taken for the section's only when the page
     * says so elsewhere: it is the section that {@code article:section} or schema.org's
     * {@code articleSection} states, or a folder of the page's address ("/news/2024/..."), or the word
     * for news or blog itself ({@link #NEWS_SECTION_KEYS}), which names no story. It has at most
     * {@link #MAX_SECTION_WORDS} words, no digits, and is set off by a separator other than a colon
     * (a colon ends a kicker, which is the headline's own); the rest has {@link #MIN_HEADLINE_WORDS}
     * words or more. The title as it is otherwise.
     */
    static String withoutSectionSegment(String title, String section, String pageUrl) {
        if (title == null || !mayHoldSeparator(title)) {
            return title;
        }
        EdgeSeparators edges = EdgeSeparators.of(title);
        if (edges.firstStart() <= 0 || title.substring(edges.firstStart(), edges.firstEnd()).indexOf(':') >= 0
                || title.substring(edges.firstStart(), edges.firstEnd()).indexOf('\uFF1A') >= 0) {
            return title;
        }
        String lead = title.substring(0, edges.firstStart()).trim();
        String rest = title.substring(edges.firstEnd()).trim();
        String leadKey = ComparisonKey.of(lead);
        if (leadKey.isEmpty() || holdsAny(lead, "0123456789") || SPACES.split(lead).length > MAX_SECTION_WORDS
                || SPACES.split(rest).length < MIN_HEADLINE_WORDS) {
            return title;
        }
        if (NEWS_SECTION_KEYS.contains(leadKey) || section != null && ComparisonKey.of(section).equals(leadKey)
                || pageUrl != null && addressFolderKeys(pageUrl).contains(leadKey)) {
            return rest;
        }
        return title;
    }

    /** The keys of the folders of an address's path, its last segment (the page's own name) left out. */
    private static Set<String> addressFolderKeys(String pageUrl) {
        String rest = URL_PREFIX.matcher(pageUrl.trim()).replaceFirst("");
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Set.of();
        }
        String path = LinkResolver.withoutQueryOrFragment(rest.substring(slash + 1));
        String[] parts = path.split("/");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String k = ComparisonKey.of(parts[i]);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static boolean matchesSite(String segment, String siteKey, String site) {
        String k = ComparisonKey.of(segment);
        if (k.isEmpty()) {
            return false;
        }
        if (k.equals(siteKey) || k.length() < 3) {
            return k.equals(siteKey);
        }
        if (siteKey.contains(k)) {
            // "Mail Online" for "Daily Mail Online", not "Report" for "Bleacher Report"; and as whole words of the name, not
            // letters inside one: Arabic "الجزائر" (Algeria), a place opening a headline, is not "الخبر الجزائري" (the Algerian …)
            return k.length() * 2 >= siteKey.length() && (unspaced(k.codePointAt(0)) || holdsAsWords(site, k));
        }
        // "Daily Mail Online" for "Mail Online"; not "PolitiFact's 2023 Lie of the Year" for "PolitiFact"
        return k.contains(siteKey) && k.length() - siteKey.length() <= Math.min(siteKey.length() + 8, MAX_SITE_NAME_EXTRA_CHARS)
                && holdsAsWords(segment, siteKey);
    }

    /**
     * True when some run of the segment's words has the site's key: the name stands as words in it
     * ("Daily Mail Online" holds "Mail Online", "The Hill Times" holds "TheHill"), not as letters inside a
     * word ("Russland-Wahl" does not hold the "dw" of dw.com).
     */
    private static boolean holdsAsWords(String segment, String siteKey) {
        if (unspaced(siteKey.codePointAt(0))) {
            return true; // Chinese, Japanese, Thai: words are not spaced apart, so the letters are all there is to go by
        }
        String[] words = NOT_LETTER_OR_DIGIT.split(segment);
        for (int from = 0; from < words.length; from++) {
            StringBuilder run = new StringBuilder(siteKey.length());
            for (int i = from; i < words.length && run.length() < siteKey.length(); i++) {
                run.append(ComparisonKey.of(words[i]));
            }
            if (run.toString().equals(siteKey)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when most letters of {@code text} are of a script written without spaces between words ({@link #unspaced}):
     * a space there parts clauses or sets off a name, so counting spaced words says nothing of the text's length.
     */
    private static boolean writtenWithoutSpaces(String text) {
        int letters = 0;
        int unspacedLetters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (unspaced(cp)) {
                    unspacedLetters++;
                }
            }
            i += Character.charCount(cp);
        }
        return unspacedLetters * 2 > letters;
    }

    /** True for a letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar). */
    private static boolean unspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    /** What separates words for {@link #holdsAsWords}: anything but letters, digits and the marks on letters. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /**
     * "Opinion | Headline", "Politics | Headline": a one- or two-word section label before a bar;
     * "Opinion: ", "WATCH: ": a genre label before a colon.
     */
    private static final String BAR_LABEL = "\\p{L}+(?:\\s\\p{L}+)?\\s*[|｜]\\s*(?=(?:\\S+\\s+){3}\\S)";
    /** A piece's genre or medium named before a headline: a label wherever it stands, never a headline's own words. */
    private static final String GENRE_OR_MEDIUM_WORDS = "opinion|analysis|editorial|commentary|watch|video|live|exclusive|explainer|perspective";
    private static final Pattern SECTION_LABEL = Pattern.compile(
            "^(?:" + BAR_LABEL + "|(?i:" + GENRE_OR_MEDIUM_WORDS + ")\\s*:\\s+(?=\\S))");
    private static final Pattern BAR_SECTION_LABEL = Pattern.compile("^" + BAR_LABEL);
    private static final Pattern GENRE_OR_MEDIUM_WORD = Pattern.compile("(?i:" + GENRE_OR_MEDIUM_WORDS + ")");

    /** The same genre words after a bar closing the headline ("Headline | Editorial"). */
    private static final Pattern TRAILING_GENRE_LABEL = Pattern.compile(
            "\\s+[|｜]\\s*(?i:opinion|analysis|editorial|commentary|explainer|perspective)$");

    /**
     * A live page's label alone, as a live page sets it in a heading of its own over the headline ("EN DIRECT",
     * "LIVE", "Liveticker", "Na żywo"): "live" or "direct" in any case, or a live page's name ({@link #LIVE_PAGE_NAMES}),
     * with a mark or a dot of a pulsing status light around it.
     */
    private static final Pattern LIVE_STATUS_ALONE = Pattern.compile(
            "^[\\s\\p{P}\\p{S}]*(?iu:live|direct|" + LIVE_PAGE_NAMES + ")[\\s\\p{P}\\p{S}]*$");

    /** True when the heading is a live page's status alone ({@link #LIVE_STATUS_ALONE}), no headline. */
    static boolean isLiveStatusAlone(String heading) {
        return heading != null && heading.length() <= MAX_LIVE_STATUS_CHARS && LIVE_STATUS_ALONE.matcher(heading).matches();
    }

    /** A live page's status alone is short: "EN DIRECT", "● LIVE-TICKER". */
    private static final int MAX_LIVE_STATUS_CHARS = 24;

    /** True when the title carries a live page's label ({@link #LIVE_LABEL}) or joins a ticker's entries ({@link #TICKER_ENTRY_MARK}). */
    static boolean carriesLiveLabel(String title) {
        return title != null && (LIVE_LABEL.matcher(title).find() || title.contains("+++") && TICKER_ENTRY_MARK.matcher(title).find());
    }

    /** Removes a section or genre label in front of a headline, and a media label after it. */
    public static String withoutLabel(String headline) {
        return headline == null ? null : withoutMediaLabel(SECTION_LABEL.matcher(headline).replaceFirst(""));
    }

    /**
     * The words before a heading's bar that {@link #withoutSectionLabel} would cut as a section's label, with the bar and
     * the blanks after it ("Rock | " of "Rock | Pop-Preis 2026: …"); null when the heading opens with none, with a genre
     * or a medium ("Opinion | ", "Video | "), which is a label wherever it stands, or with words set in capitals
     * ("ÚLTIMA HORA | "), a label by their type as media labels are ({@link #LEADING_MEDIA_LABEL_STOP}).
     */
    static String barLabel(String heading) {
        if (heading == null || heading.indexOf('|') < 0 && heading.indexOf('｜') < 0) {
            return null;
        }
        Matcher m = BAR_SECTION_LABEL.matcher(heading);
        if (!m.lookingAt()) {
            return null;
        }
        String label = m.group();
        String words = labelWords(label);
        return GENRE_OR_MEDIUM_WORD.matcher(words).matches() || words.length() > 1 && inCapitals(words) ? null : label;
    }

    /** The label's words alone, without the bar and the blanks around it: "Rock" of "Rock | ". */
    static String labelWords(String barLabel) {
        int bar = Math.max(barLabel.indexOf('|'), barLabel.indexOf('｜'));
        return barLabel.substring(0, bar).strip();
    }

    /**
     * Removes a section label before a bar ("Politics | Headline") and a media label after the
     * headline from a visible heading; a genre word before a colon stays, as the reader sees it
     * ("Opinion: Headline").
     */
    static String withoutSectionLabel(String heading) {
        return heading == null ? null : withoutMediaLabel(BAR_SECTION_LABEL.matcher(heading).replaceFirst(""));
    }

    /**
     * The headline without a score after it: the run of stars, halves and spaces at its end, from the
     * run's first star and the spaces before it ("Headline \u2605\u2605\u2605\u00BD"). A scan, where the pattern
     * {@code \s*[stars][\s\u00BD stars]*$} read the rest of a long run of stars from each of its stars.
     */
    static String withoutTrailingStars(String headline) {
        int run = Edges.trailingStart(headline, SCORE_CHARACTER);
        int star = run;
        while (star < headline.length() && RATING_STARS.indexOf(headline.charAt(star)) < 0) {
            star++;
        }
        if (star == headline.length()) {
            return headline;
        }
        while (star > run && Edges.SPACE.test(headline.charAt(star - 1))) {
            star--;
        }
        return headline.substring(0, star);
    }

    private static String withoutMediaLabel(String headline) {
        // each pattern tried only when the text holds a character it needs: asked of every heading
        String cut = holdsAny(headline, RATING_STARS) ? withoutTrailingStars(LEADING_STARS.matcher(headline).replaceFirst("")) : headline;
        if (cut.indexOf('\u00AB') < 0 && cut.indexOf('\u2039') < 0 && holdsAny(cut, "\u00BB\u203A")) {
            cut = LEADING_GUILLEMET.matcher(TRAILING_GUILLEMET.matcher(cut).replaceFirst("")).replaceFirst("");
        }
        if (holdsAny(cut, "[(【")) {
            cut = LEADING_BRACKETED_MEDIA_LABEL.matcher(TRAILING_MEDIA_LABEL.matcher(cut).replaceFirst("")).replaceFirst("");
        }
        if (holdsAny(cut, ".:\uFF1A\u2026-\u2013\u2014|\uFF5C\u4E28\u00B7\u2022")) {
            Matcher leading = LEADING_MEDIA_LABEL_STOP.matcher(cut);
            if (leading.find() && (inCapitals(leading.group(1)) || caseless(leading.group(1)))) {
                cut = cut.substring(leading.end());
            }
        }
        if (holdsAny(cut, "|｜")) {
            cut = TRAILING_GENRE_LABEL.matcher(cut).replaceFirst("");
        }
        if (holdsAny(cut, "|｜+-\u2013\u2014")) {
            cut = TRAILING_BAR_MEDIA_LABEL.matcher(cut).replaceFirst("");
        }
        if (cut.indexOf(' ') > 0 && mayCloseWithCapital(cut)) {
            Matcher trailing = TRAILING_CAPITALS_MEDIA_LABEL.matcher(cut).useTransparentBounds(true)
                    .region(Math.max(0, cut.length() - MEDIA_LABEL_REACH), cut.length());
            if (trailing.find() && inCapitals(trailing.group(1)) && holdsLowerCase(cut.substring(0, trailing.start()))) {
                cut = cut.substring(0, trailing.start());
            }
        }
        if (!cut.isEmpty() && LEADING_ICON.matcher(cut.substring(0, Character.charCount(cut.codePointAt(0)))).lookingAt()) {
            cut = LEADING_ICON.matcher(cut).replaceFirst("");
        }
        if ((holdsAny(cut, "0123456789") || cut.endsWith("all")) && mayCloseWithPageNumber(cut)) {
            cut = TRAILING_PAGE_NUMBER.matcher(cut).replaceFirst("");
        }
        if (holdsAny(cut, "0123456789") && mayCloseWithGluedDate(cut)) {
            cut = GLUED_DATE.matcher(cut).replaceFirst("");
        }
        if (closesWithPrintWord(cut)) {
            cut = TRAILING_PRINT_LABEL.matcher(cut).replaceFirst("");
        }
        if (cut.endsWith("\uFF09")) {
            cut = withoutSourceCredit(cut);
        }
        return withoutStatusLabels(cut.isBlank() ? headline : cut);
    }

    /**
     * Words that end the name of a news organ in Japanese and Chinese: a newspaper (新聞, 新闻, 新報, 新报, 日報, 日报,
     * 時報, 时报, 晩報, 晚报, 報知), a news agency (通信, 通訊, 通讯, 通信社, 通訊社, 通讯社, 中央社), a broadcaster (放送, テレビ,
     * 電視, 电视, 電視台, 电视台), a news site (新聞網, 新闻网, ニュース, デジタル, オンライン) or a sports paper (スポーツ).
     */
    static final List<String> NEWS_ORGAN_ENDINGS = List.of("新聞", "新闻", "新報", "新报", "日報", "日报", "時報", "时报", "晩報", "晚报",
            "報知", "通信", "通訊", "通讯", "通信社", "通訊社", "通讯社", "中央社", "放送", "テレビ", "電視", "电视", "電視台", "电视台",
            "新聞網", "新闻网", "ニュース", "デジタル", "オンライン", "スポーツ");

    /**
     * A name in full-width parentheses closing a Japanese or Chinese title: "見出し（山陰中央日報）". Bounded: at most
     * 24 characters and no other parenthesis inside.
     */
    private static final Pattern FULL_WIDTH_PAREN_TAIL = Pattern.compile("\uFF08([^\uFF08\uFF09]{1,24})\uFF09$");

    /** A headline left before a source credit holds at least this many letters and digits. */
    private static final int MIN_HEADLINE_BEFORE_CREDIT_KEY_CHARS = 8;

    /**
     * The headline without the source credit that Japanese and Chinese news titles close with: the newspaper, the
     * agency or the broadcaster that wrote the story, named in full-width parentheses ("見出し（北國日日新聞）", as
     * portals and the papers' own sites title a story). The name ends with a {@link #NEWS_ORGAN_ENDINGS} word and
     * holds more than it (a name, not the word "ニュース" alone); a person's age ("（32）") or an organisation the
     * story is about ("（阪南大学）") is the headline's own and stays. The title as it is otherwise.
     */
    static String withoutSourceCredit(String title) {
        Matcher m = FULL_WIDTH_PAREN_TAIL.matcher(title);
        if (!m.find() || ComparisonKey.of(title.substring(0, m.start())).length() < MIN_HEADLINE_BEFORE_CREDIT_KEY_CHARS) {
            return title;
        }
        String name = m.group(1).trim();
        for (String ending : NEWS_ORGAN_ENDINGS) {
            if (name.endsWith(ending) && name.length() > ending.length()) {
                return title.substring(0, m.start()).trim();
            }
        }
        return title;
    }

    /**
     * True when the text has letters and none of them has a case (Arabic, Hebrew, Persian): a label there cannot be
     * set in capitals, and its place before the headline and the mark after it are what set it apart.
     */
    private static boolean caseless(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                    return false;
                }
                letter = true;
            }
            i += Character.charCount(cp);
        }
        return letter;
    }

    /** True when the text holds a lower-case letter: a headline not set in capitals. */
    private static boolean holdsLowerCase(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * False when the text's last character, before a line terminator that closes it, is no capital letter: a trailing
     * media label ends with a letter of its last word and is taken only in capitals ({@link #inCapitals}), so
     * {@link #TRAILING_CAPITALS_MEDIA_LABEL} need not be tried. Most headlines end in a small letter or a mark.
     */
    private static boolean mayCloseWithCapital(String text) {
        int end = text.length();
        if (end > 1 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
            end -= 2;
        } else if (end > 0 && LINE_TERMINATORS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && Character.isUpperCase(text.codePointBefore(end));
    }

    /** What closes a line where a pattern's {@code $} may match before it (java.util.regex, no UNIX_LINES). */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    /** True when every letter of {@code text} is a capital (and it has one). */
    private static boolean inCapitals(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp)) {
                    return false;
                }
                letter = true;
            }
            i += Character.charCount(cp);
        }
        return letter;
    }

    /** The spaced separator before a trailing status label stands at most this many characters from the title's end. */
    private static final int MAX_TRAILING_STATUS_CHARS = 24;

    /**
     * False when the title cannot end in a {@link #TRAILING_STATUS_LABEL}: it ends in no bracket and has
     * no spaced separator in its last {@link #MAX_TRAILING_STATUS_CHARS} characters. Asked of every title.
     */
    private static boolean mayEndInStatusLabel(String title) {
        int last = title.length() - 1;
        if (last < 0) {
            return false;
        }
        char end = title.charAt(last);
        if (end == ')' || end == ']') {
            return true;
        }
        for (int i = Math.max(1, title.length() - MAX_TRAILING_STATUS_CHARS); i < last; i++) {
            char c = title.charAt(i);
            if ((c == '-' || c == '\u2013' || c == '\u2014' || c == '|') && title.charAt(i - 1) == ' ' && title.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** A status label or the wire's codes are read only this near the title's ends: the longest is shorter. */
    private static final int STATUS_LABEL_REACH = 64;

    /**
     * The headline without the status labels at its ends ({@link #LEADING_STATUS_LABEL}, {@link #WIRE_STATUS_CODES},
     * {@link #TRAILING_STATUS_LABEL}); each pattern reads only {@link #STATUS_LABEL_REACH} characters at its end
     * of the title, so a long title costs no more than a short one.
     */
    private static String withoutStatusLabels(String headline) {
        return withoutUpdateLabels(withoutStatusBadge(headline));
    }

    /**
     * The headline without the labels at its ends that say it changed since it first ran ({@link #LEADING_STATUS_LABEL},
     * {@link #WIRE_STATUS_CODES}, {@link #TRAILING_STATUS_LABEL}), the badges of {@link #withoutStatusBadge} left as they are.
     */
    private static String withoutUpdateLabels(String headline) {
        String cut = headline;
        if (!cut.isEmpty() && STATUS_WORD_INITIALS.indexOf(Character.toLowerCase(cut.charAt(0))) >= 0) {
            Matcher lead = LEADING_STATUS_LABEL.matcher(cut).useTransparentBounds(true).region(0, Math.min(cut.length(), STATUS_LABEL_REACH));
            if (lead.lookingAt()) {
                cut = cut.substring(lead.end());
            }
        }
        if (!cut.isEmpty() && Character.isUpperCase(cut.charAt(0)) && cut.indexOf('-') > 0) {
            Matcher wire = WIRE_STATUS_CODES.matcher(cut).useTransparentBounds(true).region(0, Math.min(cut.length(), STATUS_LABEL_REACH));
            if (wire.lookingAt()) {
                cut = cut.substring(wire.end());
            }
        }
        if (mayEndInStatusLabel(cut)) {
            Matcher tail = TRAILING_STATUS_LABEL.matcher(cut).useTransparentBounds(true)
                    .region(Math.max(0, cut.length() - STATUS_LABEL_REACH), cut.length());
            if (tail.find()) {
                cut = cut.substring(0, tail.start());
            }
        }
        return cut.isBlank() ? headline : cut;
    }

    /**
     * The headline without a status badge before it in capitals or a caseless script ({@link #LEADING_STATUS_BADGE}),
     * read in the title's first {@link #STATUS_BADGE_REACH} characters, or in brackets in any case ({@link
     * #LEADING_BRACKETED_STATUS_BADGE}: "【速報】", "[단독]").
     */
    static String withoutStatusBadge(String headline) {
        if (!headline.isEmpty() && "[\u3010\uFF3B".indexOf(headline.charAt(0)) >= 0) {
            Matcher b = LEADING_BRACKETED_STATUS_BADGE.matcher(headline).useTransparentBounds(true)
                    .region(0, Math.min(headline.length(), STATUS_BADGE_REACH));
            return b.lookingAt() && b.end() < headline.length() ? headline.substring(b.end()) : headline;
        }
        if (!holdsAny(headline.substring(0, Math.min(headline.length(), STATUS_BADGE_REACH)), "!:\uFF1A.-\u2013\u2014|\uFF5C\u4E28")) {
            return headline; // asked of every title: most have no stop near their start
        }
        Matcher m = LEADING_STATUS_BADGE.matcher(headline).useTransparentBounds(true).region(0, Math.min(headline.length(), STATUS_BADGE_REACH));
        if (!m.lookingAt()) {
            return headline;
        }
        String label = headline.substring(0, m.end());
        String rest = headline.substring(m.end());
        return (inCapitals(label) || caseless(label)) && !rest.isBlank() ? rest : headline;
    }

    private static Cleaned guessSite(String title) {
        title = SECTION_LABEL.matcher(title).replaceFirst("");
        Cleaned host = withoutHostNamePrefix(title);
        if (host == null) {
            host = withoutDoubleColonPrefix(title);
        }
        if (host != null) {
            title = host.title();
            Cleaned tail = cutShortTail(title, MAX_SECTION_WORDS); // "site.example - Headline - Section"
            return new Cleaned(tail.siteName() != null && SPACES.split(tail.title()).length >= MIN_HEADLINE_WORDS ? tail.title() : title,
                    host.siteName());
        }
        Cleaned once = cutShortTail(title, MAX_SITE_WORDS);
        if (once.siteName() == null || asks(once.siteName())) {
            return new Cleaned(title, null); // no name asks: "... - normal?" is the headline's question
        }
        Cleaned twice = cutShortTail(once.title(), MAX_SECTION_WORDS); // "Headline - Section - Site"
        if (twice.siteName() == null) {
            twice = cutSiteChannel(once.title(), once.siteName()); // "标题 | ETtoday地方新聞 | ETtoday新聞雲"
        }
        return new Cleaned(twice.title(), once.siteName());
    }

    /** The separators a template sets a channel's segment off with: bars and the underscore, which no headline holds. */
    private static final Set<String> CHANNEL_SEPARATORS = Set.of("|", "\uFF5C", "_", "\uFF3F");

    /** A site's brand, the first word of its name up to a change of script, has at least this many letters: "The", "Die", "Les" are no brand. */
    private static final int MIN_BRAND_CHARS = 4;

    /**
     * The title without a last segment that is one of the site's channels: the site's brand followed by a
     * section's word ("ETtoday地方新聞" before "ETtoday新聞雲", "Yahoo Finance" before "Yahoo"). Portals name
     * their channels after themselves; a headline does not open with the site's name and end at once. The
     * brand is the first word of the site's name up to a change of script ({@link #brandOf}); the segment
     * is cut when a bar or an underscore sets it off ({@link #CHANNEL_SEPARATORS}), it opens with the brand,
     * says more than the brand, is not the site's name itself, has at most {@link #MAX_SECTION_WORDS} words and is
     * shorter than what stays before it. The title unchanged otherwise.
     */
    private static Cleaned cutSiteChannel(String title, String siteName) {
        String brand = brandOf(siteName);
        if (brand == null || !mayHoldSeparator(title)) {
            return new Cleaned(title, null);
        }
        EdgeSeparators edges = EdgeSeparators.of(title);
        int lastStart = edges.lastStart();
        int lastEnd = edges.lastEnd();
        if (lastStart <= 0 || !CHANNEL_SEPARATORS.contains(title.substring(lastStart, lastEnd).trim())) {
            return new Cleaned(title, null); // a dash or a colon also parts a headline's clauses: "Apple wins - Apple fans queue"
        }
        String tail = title.substring(lastEnd).trim();
        String head = title.substring(0, lastStart).trim();
        if (SPACES.split(tail).length <= MAX_SECTION_WORDS && tail.startsWith(brand) && tail.length() > brand.length() && !ComparisonKey.of(tail).equals(ComparisonKey.of(siteName))
                && head.length() > tail.length()) {
            return new Cleaned(head, tail);
        }
        return new Cleaned(title, null);
    }

    /** The first word of the site's name up to a change of script ("ETtoday" of "ETtoday新聞雲"), or null when shorter than {@link #MIN_BRAND_CHARS}. */
    private static String brandOf(String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return null;
        }
        String first = SPACES.split(siteName.strip())[0];
        Character.UnicodeScript script = scriptOfFirstLetter(first);
        int end = 0;
        while (end < first.length()) {
            int cp = first.codePointAt(end);
            if (!Character.isLetterOrDigit(cp) || Character.isLetter(cp) && Character.UnicodeScript.of(cp) != script) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end >= MIN_BRAND_CHARS ? first.substring(0, end) : null;
    }

    /**
     * A host name, as sites write their own in a title ("Vychod.sk", "www.stadtblatt.example"): labels of letters,
     * digits and hyphens joined by dots, the last a top-level domain of letters. Matched only against a segment
     * of at most {@link #MAX_HOST_NAME_CHARS} characters.
     */
    private static final Pattern HOST_NAME = Pattern.compile("(?:www\\.)?[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+){0,3}\\.(\\p{L}{2,12})");

    /** A host name in a title segment has at most this many characters. */
    private static final int MAX_HOST_NAME_CHARS = 64;

    /**
     * Top-level domains a site's host name ends with beside the two-letter country codes (ISO 3166, which
     * {@link Locale#getISOCountries()} lists, with "uk" and "eu"): the generic ones news sites and blogs use.
     * A name ending otherwise ("Node.js") is a product's, not a host's.
     */
    private static final Set<String> GENERIC_TOP_LEVEL_DOMAINS = Set.of("com", "net", "org", "info", "biz", "news", "online", "media",
            "press", "blog", "site", "today", "world", "live", "example", "uk", "eu");

    private static final Set<String> COUNTRY_CODES = countryCodes();

    private static Set<String> countryCodes() {
        Set<String> codes = new HashSet<>();
        for (String c : Locale.getISOCountries()) {
            codes.add(c.toLowerCase(Locale.ROOT));
        }
        return codes;
    }

    /**
     * "site.example - Headline": the title's first segment is a host name, the site naming itself by its address,
     * and the rest is a headline of {@link #MIN_HEADLINE_WORDS} words or more. Read only when no site name is
     * known. A colon does not set a host name off: "Booking.com: ..." is a kicker naming the company the story is
     * about. Null when the title opens with no host name.
     */
    private static Cleaned withoutHostNamePrefix(String title) {
        if (title.indexOf('.') <= 0) {
            return null;
        }
        EdgeSeparators edges = EdgeSeparators.of(title);
        if (edges.firstStart() <= 0 || edges.firstStart() > MAX_HOST_NAME_CHARS
                || title.substring(edges.firstStart(), edges.firstEnd()).trim().equals(":")) {
            return null;
        }
        String head = title.substring(0, edges.firstStart()).trim();
        String rest = title.substring(edges.firstEnd()).trim();
        Matcher host = HOST_NAME.matcher(head);
        if (!host.matches() || SPACES.split(rest).length < MIN_HEADLINE_WORDS) {
            return null;
        }
        String tld = host.group(1).toLowerCase(Locale.ROOT);
        return COUNTRY_CODES.contains(tld) || GENERIC_TOP_LEVEL_DOMAINS.contains(tld) ? new Cleaned(rest, head) : null;
    }

    /** The double colon a site's template sets between its name and the headline ("Site :: Headline"). */
    private static final String DOUBLE_COLON = " :: ";

    /**
     * "Site :: Headline": a short first segment ({@link #MAX_SITE_WORDS} words at most) set off by a spaced double
     * colon, which templates set between a site's name and the page's, while a kicker ends with a single colon;
     * the rest has {@link #MIN_HEADLINE_WORDS} words or more and is the longer part. Read only when no site name is
     * known. Null otherwise.
     */
    private static Cleaned withoutDoubleColonPrefix(String title) {
        int at = title.indexOf(DOUBLE_COLON);
        if (at <= 0) {
            return null;
        }
        String head = title.substring(0, at).trim();
        String rest = title.substring(at + DOUBLE_COLON.length()).trim();
        if (head.isEmpty() || SPACES.split(head).length > MAX_SITE_WORDS || SPACES.split(rest).length < MIN_HEADLINE_WORDS
                || rest.length() <= head.length()) {
            return null;
        }
        return new Cleaned(rest, head);
    }

    /** The title without a short trailing segment after its last separator, and that segment. */
    private static Cleaned cutShortTail(String title, int maxTailWords) {
        if (!mayHoldSeparator(title)) {
            return new Cleaned(title, null); // one segment: refused without the separator pattern
        }
        EdgeSeparators edges = EdgeSeparators.of(title);
        int lastStart = edges.lastStart();
        int lastEnd = edges.lastEnd();
        if (lastStart <= 0 || title.substring(lastStart, lastEnd).trim().equals(":")) {
            return new Cleaned(title, null);
        }
        String tail = title.substring(lastEnd).trim();
        String head = title.substring(0, lastStart).trim();
        // a Chinese or Japanese headline may space two clauses ("开通跨城线路 市民可刷同一张卡"): its words are not spaced
        boolean spaced = head.indexOf(' ') > 0 && !writtenWithoutSpaces(head);
        boolean headIsHeadline = spaced ? SPACES.split(head).length >= MIN_HEADLINE_WORDS
                : head.length() >= UNSPACED_HEADLINE_TO_SITE_RATIO * tail.length(); // Chinese and Japanese have no spaces
        if (!tail.isEmpty() && SPACES.split(tail).length <= maxTailWords && headIsHeadline && head.length() > tail.length()) {
            return new Cleaned(head, tail);
        }
        return new Cleaned(title, null);
    }

    /**
     * The visible headline without the furniture around it, judged against the headlines the page
     * states in markup (schema.org headline, og:title), which sites write without it:
     * <ul>
     *   <li>the site's name as a leading or trailing segment ("Site: Headline"), when a stated
     *       headline does not carry it;</li>
     *   <li>the same words as a stated headline with the spaces or punctuation lost or added
     *       between two elements of the heading ("Ausschuss zur Ahrtal-FlutZwei Rücktritte",
     *       "Site's motto : Headline"): the stated one, as typed;</li>
     *   <li>a heading that a stated headline repeats whole is confirmed as it is, kicker and all;</li>
     *   <li>a heading that is the end of the headline two stated ones agree on, after a kicker and
     *       a colon ("Kicker: Headline" over an h1 "Headline", the kicker shown above it): that;</li>
     *   <li>a kicker or section label before the headline, set apart or glued to it ("Premier
     *       League Liverpool lose at Everton"): when the stated headline is the heading's end and
     *       what goes before is a short label, the stated one.</li>
     * </ul>
     * Otherwise the heading as it is: the reader's headline outranks a search-engine title.
     */
    static String withoutFurniture(String heading, String siteName, List<String> stated) {
        if (heading == null) {
            return null;
        }
        String headingKey = ComparisonKey.of(heading);
        if (siteName != null && !siteName.isBlank()) {
            String cut = cutKnownSite(heading, siteName);
            String siteKey = ComparisonKey.of(siteName);
            if (cut != null && !ComparisonKey.of(cut).isEmpty() && stated.stream().anyMatch(t -> t != null && !ComparisonKey.of(t).contains(siteKey))) {
                heading = cut;
                headingKey = ComparisonKey.of(cut);
            }
        }
        heading = withoutSectionLabel(heading);
        headingKey = ComparisonKey.of(heading);
        List<String> usable = new ArrayList<>(stated.size()); // a loop, not a stream: a page asks this once, for two or three titles
        for (String t : stated) {
            if (t != null && ComparisonKey.of(t).length() >= MIN_STATED_KEY_CHARS) {
                usable.add(Blanks.collapsed(t).trim());
            }
        }
        String sameWords = null;
        for (String t : usable) {
            if (ComparisonKey.of(t).equals(headingKey)) {
                if (betterTyped(t, heading) && KICKER_COLON.matcher(t).find()) {
                    return t; // of stated writings of a heading that lost its marks, the one that sets the kicker off by a colon
                }
                sameWords = sameWords == null ? t : sameWords;
            }
        }
        if (sameWords != null) {
            // a heading set in capitals in the markup: the stated writing, in the headline's own case
            return betterTyped(sameWords, heading) || setInCapitals(heading) && !setInCapitals(sameWords) ? sameWords : heading;
        }
        String agreed = usable.size() >= 2 && ComparisonKey.of(usable.get(0)).equals(ComparisonKey.of(usable.get(1))) ? usable.get(0) : null;
        if (agreed != null && ComparisonKey.of(agreed).endsWith(headingKey) && headingKey.length() >= MIN_STATED_KEY_CHARS) {
            String kicker = kickerBeforeColon(usable, heading);
            if (kicker != null) {
                return kicker;
            }
        }
        for (String t : usable) {
            String statedKey = ComparisonKey.of(t);
            if (headingKey.endsWith(statedKey) && isKicker(heading, headingKey.length() - statedKey.length())) {
                return t;
            }
        }
        String shared = headlineAfterOtherKicker(heading, usable);
        if (shared != null) {
            return shared;
        }
        String beforeDate = headlineBeforeDate(heading, usable);
        return beforeDate != null ? beforeDate : heading;
    }

    /** A date set after a headline has at most this many words ("14 March 2024, 09:30 Uhr"). */
    private static final int MAX_TRAILING_DATE_WORDS = 6;

    /** A review's score set after its headline: "4/5", "8.5/10", "(3 / 5)", "4 out of 5". */
    private static final Pattern TRAILING_SCORE = Pattern.compile(
            "\\(?\\d{1,3}(?:[.,]\\d)?\\s*(?:/|(?i:out of|von|sur|de|su|van))\\s*(?:5|10|100)\\)?");

    /** Space, punctuation and symbols at the start of a text. */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s\\p{P}\\p{S}]+");

    /** What may stand in a date beside its words and digits: the marks between day, month, year and time. */
    private static final Pattern DATE_MARKS = Pattern.compile("[\\d\\s.,/:\\-]");

    /**
     * The heading without a date or a review's score that follows the headline a stated title gives
     * ("Library reopens after the flood 14 March 2024, 09:30": a {@code <time>} set inside the heading,
     * spaced off it; "The Long Summer review 4/5"). The stated title, which the site writes without
     * them, shows where the headline ends; what follows is only a date or a score. Null when no stated
     * title is the heading's start, or more follows.
     */
    private static String headlineBeforeDate(String heading, List<String> stated) {
        if (!holdsAny(heading, "0123456789")) {
            return null;
        }
        for (String t : stated) {
            int end = endOfKey(heading, ComparisonKey.of(t));
            if (end <= 0 || end >= heading.length()) {
                continue;
            }
            String tail = LEADING_MARKS.matcher(heading.substring(end)).replaceFirst(""); // a separator before the date
            if (!tail.isEmpty() && SPACES.split(tail).length <= MAX_TRAILING_DATE_WORDS && holdsAny(tail, "0123456789")
                    && (TRAILING_SCORE.matcher(tail).matches() || DATE_MARKS.matcher(tail.replaceAll("\\p{L}+", "")).replaceAll("").isEmpty()
                    && DateParser.parseText(tail) != null)) {
                return Edges.strip(heading.substring(0, end), EDGE_PUNCTUATION);
            }
        }
        return null;
    }

    /**
     * The index in {@code text} just after the characters whose {@link ComparisonKey#of} is {@code prefixKey}, or -1
     * when the text's key does not begin with it.
     */
    private static int endOfKey(String text, String prefixKey) {
        if (prefixKey.length() < MIN_STATED_KEY_CHARS) {
            return -1;
        }
        int matched = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String k = ComparisonKey.of(new String(Character.toChars(cp)));
            if (k.isEmpty()) {
                continue;
            }
            if (!prefixKey.startsWith(k, matched)) {
                return -1;
            }
            matched += k.length();
            if (matched == prefixKey.length()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The other part of a page title whose leading or trailing segment is {@code segment} ("Blog -
     * Post" for "Blog"), when that part is the longer; null when the segment opens or closes no such title.
     */
    static String otherSegment(String pageTitle, String segment) {
        if (pageTitle == null || segment == null || !mayHoldSeparator(pageTitle)) {
            return null;
        }
        String segmentKey = ComparisonKey.of(segment);
        if (segmentKey.isEmpty()) {
            return null;
        }
        String t = Blanks.collapsed(pageTitle).trim();
        EdgeSeparators edges = EdgeSeparators.of(t);
        String other = null;
        if (edges.firstStart() > 0 && ComparisonKey.of(t.substring(0, edges.firstStart())).equals(segmentKey)) {
            other = t.substring(edges.firstEnd()).trim();
        } else if (edges.lastStart() > 0 && ComparisonKey.of(t.substring(edges.lastEnd())).equals(segmentKey)) {
            other = t.substring(0, edges.lastStart()).trim();
        }
        return other != null && ComparisonKey.of(other).length() > segmentKey.length() ? other : null;
    }

    /**
     * The headline a heading and a stated title share after different kickers ("Kicker A - Headline"
     * shown, "Kicker B: Headline" stated, the two kickers with no word in common): the kickers are
     * labels the page and its metadata chose apart, the words after them the headline both give;
     * null when there is no such pair.
     */
    private static String headlineAfterOtherKicker(String heading, List<String> stated) {
        Matcher shown = separatorMatcher(heading);
        if (!shown.find() || shown.start() == 0) {
            return null;
        }
        String shownKicker = heading.substring(0, shown.start());
        String rest = heading.substring(shown.end()).trim();
        String restKey = ComparisonKey.of(rest);
        if (restKey.length() < MIN_STATED_KEY_CHARS || SPACES.split(shownKicker.trim()).length > MAX_KICKER_WORDS) {
            return null;
        }
        for (String t : stated) {
            Matcher m = KICKER_COLON.matcher(t);
            if (m.find() && m.start() > 0 && ComparisonKey.of(t.substring(m.end())).equals(restKey)
                    && SPACES.split(t.substring(0, m.start()).trim()).length <= MAX_KICKER_WORDS
                    && !sharesWord(t.substring(0, m.start()), shownKicker)) {
                return rest;
            }
        }
        return null;
    }

    /**
     * Of two writings of the same words, true when the stated one keeps what the heading lost
     * between its elements: a space, a separator, or only a different spacing of the same marks.
     */
    private static boolean betterTyped(String stated, String heading) {
        if (stated.equals(heading) || stated.charAt(0) != heading.charAt(0)
                || stated.charAt(stated.length() - 1) != heading.charAt(heading.length() - 1)) {
            return false; // a mark added or dropped at an end ("…発売。") is the writer's choice, not a lost join
        }
        int statedMarks = marks(stated);
        int headingMarks = marks(heading);
        return spaces(stated) > spaces(heading) || statedMarks > headingMarks
                || statedMarks == headingMarks && SPACES.matcher(stated).replaceAll("").equals(SPACES.matcher(heading).replaceAll(""));
    }

    /** A heading is set in capitals when it has at least this many cased letters, none lower-case. */
    private static final int MIN_CAPITALS_SET = 8;

    /**
     * True when the text's cased letters are all capitals and there are {@link #MIN_CAPITALS_SET} at least:
     * a headline typed in capitals for the page's design ("STORM BATTERS COASTAL TOWNS"), which the site
     * states in the headline's own case where it is read alone (og:title, schema.org's headline).
     */
    static boolean setInCapitals(String text) {
        int upper = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
            i += Character.charCount(c);
        }
        return upper >= MIN_CAPITALS_SET;
    }

    /**
     * The stated "Kicker: heading" whose kicker is a short label, or null. An update label before the colon ("UPDATED:",
     * {@link #withoutUpdateLabels}) is no kicker the heading lost: the heading's own was cut as one, and a title
     * cleaned from a stated field is cut of it too, so the label goes whichever field gives the title. A badge
     * ("AO VIVO:", "BREAKING:") stays as before: a live page's title keeps its label ({@link TitleFinder}).
     */
    private static String kickerBeforeColon(List<String> stated, String heading) {
        String headingKey = ComparisonKey.of(heading);
        for (String t : stated) {
            Matcher m = KICKER_COLON.matcher(t);
            if (m.find() && ComparisonKey.of(t.substring(m.end())).equals(headingKey) && withoutUpdateLabels(t).equals(t)
                    && SPACES.split(t.substring(0, m.start()).trim()).length <= MAX_KICKER_WORDS
                    && !latinBeforeOtherScript(t.substring(0, m.start()), heading)) {
                return t;
            }
        }
        return null;
    }

    /**
     * True when the kicker is in Latin letters and the heading in another script. Such a stated kicker ("Kolkata Weather:
     * কলকাতায় শীতের আমেজ …", "Delhi Pollution: दिल्ली में …") is a search engine's keyword the site sets before its
     * headline in og:title and the document title, in English for searches typed in Latin letters; the reader's
     * headline in the page's language carries no such label.
     */
    private static boolean latinBeforeOtherScript(String kicker, String heading) {
        Character.UnicodeScript headingScript = scriptOfFirstLetter(heading);
        return scriptOfFirstLetter(kicker) == Character.UnicodeScript.LATIN && headingScript != Character.UnicodeScript.COMMON
                && headingScript != Character.UnicodeScript.LATIN;
    }

    /**
     * The keys of the middle segments of page titles, between the headline and the site's name:
     * the blog's or the section's name in "Headline | Blog | Network". The longest segment is the
     * headline and never counts.
     */
    static Set<String> middleSegmentKeys(List<String> pageTitles) {
        Set<String> keys = new HashSet<>();
        for (String pageTitle : pageTitles) {
            if (pageTitle == null) {
                continue;
            }
            if (separatorCharCount(pageTitle, 2) < 2) {
                continue; // one separator at most, each holding one of these places: two segments at most, no middle one
            }
            String[] segments = separators(pageTitle).split(pageTitle);
            if (segments.length < 3) {
                continue;
            }
            String[] segmentKeys = new String[segments.length];
            int[] lengths = new int[segments.length];
            int longest = 0;
            for (int i = 0; i < segments.length; i++) {
                segmentKeys[i] = ComparisonKey.of(segments[i]);
                lengths[i] = writtenLength(segments[i]);
                longest = Math.max(longest, lengths[i]);
            }
            for (int i = 1; i < segments.length - 1; i++) {
                if (!segmentKeys[i].isEmpty() && lengths[i] < longest) {
                    keys.add(segmentKeys[i]);
                }
            }
        }
        return keys;
    }

    /**
     * A segment's length as written: its letters, digits and combining marks. The vowel signs of the Indic scripts are
     * marks, which a comparison key leaves out, so a Hindi headline's key is far shorter than an English segment of as
     * many characters beside it ("Supreme Court: आवारा कुत्तों पर … - Stray Dogs Case Hearing … - Site"); for a script
     * written without marks this is the key's length.
     */
    private static int writtenLength(String segment) {
        int n = 0;
        for (int i = 0; i < segment.length(); ) {
            int c = segment.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                n++;
            }
            i += Character.charCount(c);
        }
        return n;
    }

    /**
     * True when a stated title confirms a heading: the same words, or the heading's end after a short
     * label (a kicker set in the heading: "Opinion Why the budget failed" for "Why the budget failed").
     */
    static boolean confirms(String heading, String stated) {
        if (heading == null || stated == null) {
            return false;
        }
        String headingKey = ComparisonKey.of(heading);
        String statedKey = ComparisonKey.of(stated);
        if (statedKey.length() < MIN_STATED_KEY_CHARS) {
            return false;
        }
        return headingKey.equals(statedKey)
                || headingKey.endsWith(statedKey) && isKicker(heading, headingKey.length() - statedKey.length());
    }

    /** True when two labels have a word in common ("Dec. 20" and "The Slatest for Dec. 20"): the same kicker, reworded. */
    private static boolean sharesWord(String a, String b) {
        Set<String> words = new HashSet<>();
        for (String w : SPACES.split(a.trim())) {
            words.add(ComparisonKey.of(w));
        }
        for (String w : SPACES.split(b.trim())) {
            String k = ComparisonKey.of(w);
            if (!k.isEmpty() && words.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** A label before the stated headline is short: a few words, a fraction of the headline. */
    private static boolean isKicker(String heading, int labelKeyChars) {
        int words = 0;
        int keyChars = 0;
        for (String w : SPACES.split(heading.trim())) {
            if (keyChars >= labelKeyChars) {
                break;
            }
            keyChars += ComparisonKey.of(w).length();
            words++;
        }
        return labelKeyChars > 0 && words <= MAX_KICKER_WORDS && labelKeyChars * 2 <= ComparisonKey.of(heading).length();
    }

    /** Separating marks (not quotation marks, which sites set or drop in titles at will). */
    private static int marks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean quote = c == '"' || c == '\'' || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !quote) {
                n++;
            }
        }
        return n;
    }

    private static int spaces(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Question marks that close a question: Latin and Cyrillic '?', the full-width '？' of Chinese and Japanese, the
     * Arabic '؟'. Greek's question mark is the semicolon, which also ends a clause, so it is not read as one.
     */
    private static final String QUESTION_MARKS = "?\uFF1F\u061F";

    /**
     * True when a segment ends with a question mark ({@link #QUESTION_MARKS}), before closing quotes or brackets: a
     * site's or a section's name names, it does not ask, so a short last segment that asks ("My dog drinks after every
     * walk - normal?", "Heat pumps in old houses - worth it?") is the headline's own question, as a forum thread or a
     * reader's query is titled.
     */
    static boolean asks(String segment) {
        String s = segment.strip();
        int end = s.length();
        while (end > 0 && (Character.getType(s.charAt(end - 1)) == Character.FINAL_QUOTE_PUNCTUATION
                || Character.getType(s.charAt(end - 1)) == Character.END_PUNCTUATION || s.charAt(end - 1) == '"' || s.charAt(end - 1) == '\'')) {
            end--;
        }
        return end > 0 && QUESTION_MARKS.indexOf(s.charAt(end - 1)) >= 0;
    }

    /** True when the text holds a {@link #SEPARATOR} between two of its parts ("Headline - Site"). */
    static boolean holdsSeparator(String text) {
        if (text == null || !mayHoldSeparator(text)) {
            return false;
        }
        Matcher m = separatorMatcher(text);
        return m.find() && m.start() > 0 && m.end() < text.length();
    }

    /**
     * A matcher of the text's {@link #separators} whose search begins at the whitespace before the first place that
     * could hold a separator's character ({@link #separatorCharCount}): a separator's characters before that place are
     * whitespace, so none begins earlier, and its find() calls find what they would from the text's start, without
     * trying the pattern at each place of a long headline before its first separator.
     */
    static Matcher separatorMatcher(String text) {
        Matcher m = separators(text).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int place = firstSeparatorPlace(text);
        int from = place < 0 ? text.length() : place;
        while (from > 0 && isRegexSpace(text.charAt(from - 1))) {
            from--;
        }
        return from == 0 ? m : m.region(from, text.length());
    }

    /** The first place counted by {@link #separatorCharCount}, or -1. */
    private static int firstSeparatorPlace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALONE_SEPARATOR_CHARS.indexOf(c) >= 0
                    || (SEPARATOR_CHARS.indexOf(c) >= 0 && i > 0 && isRegexSpace(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** False when the text holds none of the characters every {@link #SEPARATOR} holds: then it has no separator. */
    private static boolean mayHoldSeparator(String text) {
        return separatorCharCount(text, 1) > 0;
    }

    /**
     * The places in the text where a {@link #SEPARATOR} could hold its character, counted up to {@code enough}: a
     * character of {@link #ALONE_SEPARATOR_CHARS}, or one of {@link #SEPARATOR_CHARS} after whitespace. Every
     * separator holds one such place of its own, so the text holds at most as many separators as places.
     */
    static int separatorCharCount(String text, int enough) {
        int count = 0;
        for (int i = 0; i < text.length() && count < enough; i++) {
            char c = text.charAt(i);
            if (ALONE_SEPARATOR_CHARS.indexOf(c) >= 0
                    || (SEPARATOR_CHARS.indexOf(c) >= 0 && i > 0 && isRegexSpace(text.charAt(i - 1)))) {
                count++;
            }
        }
        return count;
    }


    /**
     * False when the text cannot close with a {@link #TRAILING_PAGE_NUMBER}: that closes with a digit or "all", a
     * bracket after it allowed, before the line terminator that {@code $} may stand before. A test of the last
     * characters, where the pattern is tried from each place of the text.
     */
    static boolean mayCloseWithPageNumber(String text) {
        int end = text.length();
        if (text.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == ')') {
            end--;
        }
        return end > 0 && (isAsciiDigit(text.charAt(end - 1)) || text.startsWith("all", end - 3));
    }

    /**
     * False when the text cannot close with a {@link #GLUED_DATE}: that closes with a digit or the last letter of
     * "ago", "am", "pm", "uhr", "h" (in either case), then whitespace, before a line terminator {@code $} may stand
     * before. A test of the last characters, where the pattern is tried from each place of the text.
     */
    static boolean mayCloseWithGluedDate(String text) {
        int end = text.length();
        if (end > 0 && "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char c = text.charAt(end - 1);
        return isAsciiDigit(c) || "omrhOMRH".indexOf(c) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \\s} matches in a pattern without Unicode classes. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True when the text holds one of the characters. */
    private static boolean holdsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
