package dev.newsdrop.extract.meta.dates;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdrop.extract.meta.JsonLdFacts;
import dev.newsdrop.extract.meta.MetaTags;
import dev.newsdrop.extract.meta.MetadataReader;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.meta.TreeWalk;
import dev.newsdrop.extract.text.Words;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when the article was published and last modified, in trust order: JSON-LD and meta tags,
 * a dated URL, microdata and {@code <time>}, visible datelines, dates in script state, a date in the
 * URL's slug, and last the first date written anywhere on the page.
 */
public final class PublishedDateFinder {

    /**
     * Meta names that carry the publication time, most specific first ("parsely-page" holds Parse.ly's
     * JSON, whose one date is its {@code pub_date}; "article_date_original" is the date a syndicating CMS
     * writes out in words).
     */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "datepublished", "article.published",
            "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date", "parsely-page",
            "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date",
            "citation_publication_date", "citation_date", "cxenseparse:recs:publishtime", "article:published",
            "og:published_time", "originalpublicationdate", "displaydate", "dc.date.created", "release_date", "article_date_original",
            // names other CMSs and publishers give it: Dublin Core's refinements and prefixes, rNews, plugin and
            // portal names ("og:regDate" of Korean portals, "ptime"/"pubtime"/"publishtime" of Chinese ones)
            "article:published_date", "published_date", "date_published", "pub_date", "dc.date.published", "dcterms.date",
            "dc:date", "dc:created", "rnews:datepublished", "shareaholic:article_published_time", "bt:pubdate", "vr:published_time",
            "og:regdate", "ptime", "pubtime", "publishtime", "doc_date");

    /** Meta names that carry the last-update time. */
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "article.updated", "dcterms.modified",
            "last-modified", "lastmod", "article:modified");

    /** Keys under which app state in scripts stores the publication time (a headless CMS's "firstPublishedAt" beside its "lastPublishedAt"). */
    private static final String SCRIPT_DATE_KEYS = "(?:datePublished|publishDate|published_at|publishedAt|date_published|pubDate|"
            + "firstPublishDate|publish_date|displayDate|createdAt|dateCreated|pub_date|firstPublishedAt|first_published_at|"
            + "first_publish_date|firstPublishedDate|publicationDate|publication_date|publishedDate)";

    /**
     * A key of the first publication is read at most this many characters after a script's first date: the same object's
     * keys ({@link #scriptDate}), not a related story's further on.
     */
    private static final int MAX_CHARS_TO_FIRST_PUBLICATION_KEY = 1000;

    /**
     * A publication time in app state, written as the frameworks write it: JSON ({@code "publishedAt":"…"}, Next.js's
     * {@code __NEXT_DATA__}); JSON inside a JavaScript string, its quotes escaped ({@code \"publishedAt\":\"…\"}, the
     * React Server Components payload that Next.js's App Router pushes to {@code self.__next_f}); or a JavaScript object
     * literal with bare keys ({@code publishedAt:"…"}, Nuxt's {@code window.__NUXT__}). The key is group 2 or 3, the time group 4.
     * The lookahead of the characters a match may start with (a backslash, a quote, a key's first letter) lets the scan of
     * a script's hundred thousand characters pass most places with one test, not one per key.
     */
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "(?=[\\\\\"dpfc])(?:(\\\\?)\"(" + SCRIPT_DATE_KEYS + ")\\1\"|(?<![\\w$.\"])(" + SCRIPT_DATE_KEYS + "))\\s*:\\s*\\\\?\"([^\"\\\\]{8,40})\\\\?\"");

    /** Script text searched for dates: app state puts article data early; megabyte bundles are skipped past. */
    private static final int MAX_SCRIPT_CHARS_SEARCHED = 200_000;

    /** A marked-up time this many days from the path's date still describes the same publication. */
    private static final int MAX_DAYS_FROM_URL_DATE = 1;

    /** Headlines (h1) looked below for a byline time; the first few are the logo and the story. */
    private static final int MAX_HEADLINES_TRIED = 3;

    /** A byline sits within a few dozen elements of its headline; further on are body and sidebars. */
    private static final int MAX_ELEMENTS_AFTER_HEADLINE = 40;

    /** Length of a bare ISO day, yyyy-mm-dd; parsed dates with a time are longer. */
    private static final int DAY_CHARS = 10;

    /**
     * Where a label's word may begin: after no letter or digit, or as a capital after a small letter,
     * where inline elements set side by side glue it to the word before ("Anna NowakAktualizacja:"
     * from {@code <span>Anna Nowak</span><span>Aktualizacja: …</span>}).
     */
    private static final String LABEL_START = "(?:(?<![\\p{L}\\p{N}])|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))";

    /** The words of {@link #UPDATE_LABEL} that stand between word bounds. */
    static final String UPDATE_WORDS = "updated|last ?update|last modified|modified|mis à jour|mise à jour|actualisé|aktualisiert|actualizado|"
            + "modifié|modifiée|modificato|modificado|modificada|geändert|"
            + "aggiornato|atualizado|bijgewerkt|обновлено|güncellendi|zaktualizowano|diperbarui|"
            + "aktualisierung|actualización|actualizacion|aggiornamento|atualização|atualizacao|gewijzigd|aktualizacja|"
            + "aktualizace|güncelleme|guncelleme|pembaruan|обновление|"
            + "oppdatert|opdateret|uppdaterad|uppdaterat|uppfært|päivitetty|frissítve|frissítés|actualizat|actualitzat|"
            + "actualizare|actualizarea|aktualizacji|aangepast|ändrad|upraveno|módosítva|изменено|"
            + "modifica|bearbeitet|last edited|laatst bewerkt|redigerades|editována|editováno|edytowana|edytowano|modificata|se editó|"
            + "отредактирована|düzenlendi|editada|ultima modificare|"
            + "actualitzada|ažurirano|azurirano|aktualizováno|aktualizované|posodobljeno|atnaujinta|atjaunināts|atjaunots|atjaunota|uuendatud|"
            + "ενημερώθηκε|ενημερωθηκε|ενημέρωση|ενημερωση|оновлено|обновено|обновена|актуализирано|актуализирана|ажурирано|cập nhật|dikemaskini|dikemas kini|güncellenme|আপডেট|اپ ڈیٹ|수정|업데이트|최종수정|최종 수정|수정일|עודכן|עדכון|अपडेटेड|अद्यतन|به‌روزرسانی|بروزرسانی";

    /** The words of {@link #UPDATE_LABEL} that stand without bounds: Chinese, Japanese, Arabic and Thai. */
    static final String UPDATE_UNBOUNDED_WORDS = "更新|آخر تحديث|تم التحديث|تحديث"
            + "|อัปเดต|อัพเดต|อัพเดท|แก้ไขล่าสุด|ปรับปรุงล่าสุด";

    /**
     * Labels of an update time in the languages the parser reads (the participle "updated" as news
     * and blog templates translate it, or the noun, "Aktualisierung", "Güncelleme"; a wiki's "last
     * edited" footer as MediaWiki translates it, "zuletzt am … bearbeitet", "voor het laatst bewerkt op"; Korean's "수정"
     * edit line beside its "입력" input line, also as a compound, "최종수정"); the date after one is not the publication.
     */
    static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?iu)" + LABEL_START + "(?:" + UPDATE_WORDS + ")(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}\\p{N}])act\\.(?=\\s*\\d)" // Spanish "Act. 05/02/2022" (actualizado), the abbreviation before its date
                    + "|(?<![\\p{L}\\p{N}])stand\\s*:" // German "Stand: 7. Februar 2022": the time the text was last revised
                    + "|" + UPDATE_UNBOUNDED_WORDS); // Thai writes no spaces: its words stand without bounds

    /** What a text holding an {@link #UPDATE_LABEL} holds: the opening of one of its words ({@link LabelOpenings}). */
    static final LabelOpenings UPDATE_OPENINGS = LabelOpenings.of(UPDATE_WORDS + "|act|stand", UPDATE_UNBOUNDED_WORDS);

    /** The words of {@link #PUBLISHED_LABEL} that stand between word bounds. */
    static final String PUBLISHED_WORDS = "published|posted|first published|created|veröffentlicht|publiziert|erstellt|erschienen|"
            + "creado|creada|criado|criada|creato|creata|créé|créée|aangemaakt|utworzono|oluşturuldu|"
            + "publié|publie|paru|publicado|publicada|pubblicato|pubblicata|gepubliceerd|geplaatst|opublikowano|"
            + "publikováno|publikované|publicerad|publicerat|publisert|publiceret|udgivet|julkaistu|yayınlanma|yayınlandı|"
            + "yayın tarihi|oluşturulma|diterbitkan|dipublikasikan|terbit|đăng|xuất bản|опубликовано|опубліковано|"
            + "публикувано|публикувана|публикуван|објављено|objavljeno|objavljen|δημοσίευση|δημοσιεύθηκε|δημοσιευση|publicat|publicată|megjelent|"
            + "közzétéve|létrehozva|publikacja|publicării|publicarii|पब्लिश्ड|প্রকাশ|প্রকাশিত|شائع|paskelbta|publicēts|avaldatud|birtist|birt|입력|등록|פורסם|प्रकाशित|เผยแพร่|"
            + "mis en ligne|erstveröffentlichung|erstveröffentlicht|publicación|publicacion|publicação|publicacao|pubblicazione|"
            + "utworzenia|publikacji|dodano|opublikowany|opublikowana|vytvořeno|zveřejněno|publikálva|создано|публикации|"
            + "створено|публікації|skapad|oprettet|opprettet|offentliggjort|vyvěšeno|vyvesené|기사입력|최초입력|입력일|등록일|게재일|발행일";

    /** The words of {@link #PUBLISHED_LABEL} that stand without bounds: Chinese, Japanese, Arabic and Persian. */
    static final String PUBLISHED_UNBOUNDED_WORDS = "发布|發布|公開|نشر|منتشر شده|تاریخ انتشار|انتشار";

    /**
     * Labels of the publication time ("published", "posted", "created" as news and blog templates
     * translate them, and the nouns of a "date of publication" or "of creation" line: "Data utworzenia",
     * "Fecha de publicación"; Korean's "입력" input line, also as a compound, "기사입력") in the languages of {@link #UPDATE_LABEL}: on a line
     * that gives the update first ("Aktualisiert am 4.2.2022 | Erstellt am 3.2.2022"), the date after
     * one of these is the publication.
     */
    static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?iu)" + LABEL_START + "(?:" + PUBLISHED_WORDS + ")(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}\\p{N}])pub\\.(?=\\s*\\d)" // "Pub. 03/02/2022" (publicado), the abbreviation before its date
                    + "|" + PUBLISHED_UNBOUNDED_WORDS);

    /** What a text holding a {@link #PUBLISHED_LABEL} holds: the opening of one of its words ({@link LabelOpenings}). */
    static final LabelOpenings PUBLISHED_OPENINGS = LabelOpenings.of(PUBLISHED_WORDS + "|pub", PUBLISHED_UNBOUNDED_WORDS);

    /** Text nodes scanned for a written date when nothing else dates the page. */
    private static final int MAX_TEXTS_FOR_WRITTEN_DATE = 3000;

    /**
     * Texts read on past an unlabelled date below the headline for a line labelled as the publication: the
     * header's lines (an event's date box, the byline) are a few; the prose ends the reading sooner.
     */
    private static final int MAX_TEXTS_AFTER_UNLABELLED = 12;

    /** The publication line sits beside the update line; a date further on belongs to something else. */
    private static final int MAX_TEXTS_AFTER_UPDATE = 12;

    /** Dates read before the prose when comparing what the page shows with its stated dates. */
    private static final int MAX_SHOWN_DATES = 4;

    /** Short texts read for those dates: menus come first, the header's dates soon after. */
    private static final int MAX_TEXTS_FOR_SHOWN_DATES = 1500;

    /** Paragraphs after the headline before the shown dates are given up: a standfirst may precede the byline. */
    private static final int MAX_PARAGRAPHS_BEFORE_SHOWN_DATE = 3;

    /** An update label ("last updated") applies to a date this many texts after it: the date is its own element. */
    private static final int MAX_TEXTS_FROM_LABEL = 2;

    /** Dashes that open a closing sign-off ("— Jane Doe, 3 March 2022"). */
    private static final String SIGN_OFF_DASHES = "\u2014\u2013\u2015";

    /** An update label on a line of its own ("last updated", "Stand:") is short. */
    private static final int MAX_LABEL_CHARS = 30;

    /** A written date has at least this many characters ("5/3/24" is too ambiguous to trust). */
    private static final int MIN_DATE_CHARS = 8;

    /** A dateline is short; longer text is a paragraph that may mention other dates. */
    private static final int MAX_DATELINE_CHARS = 160;

    /** From the CJK radicals through the Hangul syllables: ideographs, kana, Hangul, CJK punctuation. */
    private static final char FIRST_CJK = '\u2E80';
    private static final char LAST_CJK = '\uD7AF';

    /**
     * How many Latin characters one Chinese, Japanese or Korean character counts as when a line is measured against
     * {@link #MAX_DATELINE_CHARS}: one says about as much as two or three Latin letters (the body stage weighs them so too),
     * and a Japanese paragraph of a hundred characters is prose, not a dateline.
     */
    private static final int CJK_WEIGHT = 2;

    /**
     * The marks that close a Chinese or Japanese sentence: the ideographic full stop and the full-width exclamation and question
     * marks. No dateline ends with one.
     */
    private static final String CJK_SENTENCE_ENDS = "。！？";

    /**
     * True when the text is prose, not a dateline: longer than one ({@link #MAX_DATELINE_CHARS}), each CJK character counted
     * as {@link #CJK_WEIGHT} Latin ones, or a Chinese or Japanese sentence closed by its full stop ({@link #CJK_SENTENCE_ENDS}).
     * Counted in characters alone, a Japanese story's short paragraphs ("…と発表した。") read as datelines, and the reading
     * for the header's dates runs on into the lists after the text.
     */
    private static boolean isProse(String text) {
        if (text.length() > MAX_DATELINE_CHARS) {
            return true;
        }
        int n = text.length();
        while (n > 0 && Character.isWhitespace(text.charAt(n - 1))) {
            n--;
        }
        if (n > 0 && CJK_SENTENCE_ENDS.indexOf(text.charAt(n - 1)) >= 0) {
            return true;
        }
        if (n * CJK_WEIGHT <= MAX_DATELINE_CHARS) {
            return false;
        }
        int width = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            width += c >= FIRST_CJK && c <= LAST_CJK ? CJK_WEIGHT : 1;
        }
        return width > MAX_DATELINE_CHARS;
    }

    /**
     * A text below the headline longer than this is a sentence (the prose's, a standfirst's, a comment's): a day written
     * without a year is read only before the first ({@link #yearlessNearUtcDay}), where the meta line stands.
     */
    private static final int MAX_YEARLESS_CONTEXT_CHARS = 80;

    /** A written date is a short line of its own. */
    private static final int MAX_WRITTEN_DATE_CHARS = 80;

    /**
     * A comment section's class or id: "comment" as a word, so "commentary" (an article type) is not
     * mistaken for the readers' comments whose dates must be skipped; French "commentaires", Italian
     * "commenti", and the plurals of {@link PageScan}'s Slavic and Turkish names.
     */
    private static final Pattern COMMENTS_NAME = Pattern.compile(
            "(?<![a-z])comments?(?![a-z])|commentlist|commentaires|commenti(?![a-z])|kommentar|comentari|reacties|responses|reactions|reaktionen|disqus"
                    + "|komentarze|komentare|komentari|yorumlar");

    /** Quick refusal for {@link #namesComments}: each of its words holds one of these, whatever the case of its first letter. */
    private static final List<String> COMMENTS_HINTS = List.of("omment", "oment", "eacti", "espons", "eakti", "isqus", "orumlar");

    private PublishedDateFinder() {
    }

    public static String published(MetaTags meta, JsonLdFacts ld, PageScan scan, Document doc, String url, DateLanguage lang) {
        Set<String> otherItems = otherStoriesItemDates(scan);
        List<String> statedPublished = new ArrayList<>(PUBLISHED_META.size()); // each tag's first date, null when none
        for (String name : PUBLISHED_META) {
            statedPublished.add(firstUnless(meta, name, otherItems));
        }
        String published = mostPrecise(lang, ld.published, statedPublished);
        if (published != null && ld.isLiveBlog()) {
            // a live blog's later dates are its posts': it is not re-dated, and a restamped publication gives way to its start
            published = liveBlogStart(published, DateParser.parse(ld.modified, lang), ld, lang);
        } else if (published != null) {
            List<String> later = new ArrayList<>();
            addIfLater(later, DateParser.parse(modified(meta, ld, scan, lang), lang), published, 0);
            for (String stated : statedPublished) { // a CMS that states two publication dates: the first and the re-dated one
                addIfLater(later, DateParser.parse(stated, lang), published, MAX_DAYS_FROM_URL_DATE);
            }
            ShownDates shown = new ShownDates(doc, scan.firstH1(), lang, url); // read once, by whichever of the two asks first
            published = republished(published, later, shown, lang);
            published = shownPublication(published, scan, lang);
            published = shownLocalDay(published, shown, lang);
        }
        if (published == null) {
            published = DateParser.parse(ld.created, lang);
        }
        if (published == null && ld.statesNoArticle()) {
            published = DateParser.parse(ld.videoPublished, lang); // a video page: its video's publication or upload
        }
        if (published == null && ld.statesNoArticle()) {
            published = DateParser.parse(ld.jobPosted, lang); // a job ad: the day it was posted, not the day applications close
        }
        String eventPathDay = null;
        WrittenBelow writtenBelow = new WrittenBelow(scan, url, lang);
        if (published == null) {
            published = urlDate(url, scan, lang); // a dated path outranks a stray time element or dateline
            if (published != null && published.length() > DAY_CHARS) {
                // the article's marked-up time, in UTC, beside the date the newsroom shows: the shown day, as below
                published = shownLocalDay(published, new ShownDates(doc, scan.firstH1(), lang, url), lang);
            }
            if (published != null && published.equals(DateParser.fromUrl(url)) && DateParser.datedOnlyByYearAndFourDigits(url)) {
                // "/ausgabe/2025/1107/48213.html" and "Donnerstag, 20. Februar 2025" under the headline: the folder is an issue's
                // number, and the day the page shows, in the path's year, is the story's
                String shownBelow = writtenBelow.date();
                if (shownBelow != null && shownBelow.startsWith(published.substring(0, 4)) && !shownBelow.startsWith(published)) {
                    published = shownBelow;
                }
            }
            if (published != null && published.equals(DateParser.fromUrl(url)) && headlineNamesDay(scan, doc, published, lang)) {
                eventPathDay = published; // the day the story announces, which its slug was named for: asked last
                published = null;
            }
        }
        if (published == null) {
            Element pubdate = scan.timeElement() != null && scan.timeElement().hasAttr("pubdate") ? scan.timeElement() : null;
            Element anyTime = scan.timeElement();
            if (anyTime != null && (TeasersAndBanners.datesTeaser(anyTime, url) || TeasersAndBanners.inMasthead(anyTime, url))) {
                anyTime = null; // a related story's time, or the banner's today, is not the page's
            }
            published = firstParsed(lang, microdataDate(ownDatePublishedProp(scan), lang), microdataDate(scan.publishedMark(), lang),
                    microdataDate(scan.dateCreatedProp(), lang), // marked as created: not the update time shown before it
                    headlineTimeDate(scan, url, lang),
                    datetimeOf(unlessUpdate(unlessOtherStory(scan.articleTimeElement(), url)), lang), datetimeOf(pubdate, lang),
                    datetimeOf(unlessUpdate(unlessOtherStory(scan.bylineTimeElement(), url)), lang),
                    anyTime != null && (aboveHeadline(anyTime, scan) || outsideTheArticle(anyTime, scan)) && writtenBelow.date() != null
                            ? writtenBelow.date() // a time set over the headline, or beside the article: the date below it is the story's
                            : datetimeOf(unlessUpdate(anyTime), lang));
            if (published != null) {
                // a time element's machine time in UTC beside the newsroom's own date: the day the page shows is the article's
                published = shownLocalDay(published, new ShownDates(doc, scan.firstH1(), lang, url), lang);
            }
        }
        if (published == null) {
            Set<Element> nearHeadline = belowHeadline(scan, lang);
            published = firstParsed(lang, visibleDate(scan.visible().datelines(), nearHeadline, url, lang),
                    headlineTextTime(scan, url, lang), headlineTitledDate(scan, url, lang),
                    visibleDate(scan.visible().datelines(), null, url, lang, writtenBelow));
        }
        if (published == null && scan.textTimeElement() != null) {
            Element textTime = scan.textTimeElement(); // a time element whose date is only its text
            published = aboveHeadline(textTime, scan) && writtenBelow.date() != null ? writtenBelow.date()
                    : dateBeforeUpdate(textTime.text(), lang);
        }
        if (published == null) {
            published = scriptDate(scan.scripts(), lang);
        }
        if (published == null) {
            published = eventPathDay;
        }
        if (published == null) {
            published = DateParser.fromUrlSlug(url); // the slug's date, over the first date anywhere on the page
        }
        if (published == null) {
            published = firstWrittenDate(doc, hasH1(scan), url, lang);
        }
        if (published == null) {
            published = titleDate(scan, lang); // the document's title names the page's own day, when nothing else dates it
        }
        if (published == null) {
            published = yearlessInUrlMonth(scan, url, lang);
        }
        if (published == null) {
            // a page that states only its last modification, and writes no date anywhere: the one date its text has
            published = DateParser.parse(modified(meta, ld, scan, lang), lang);
        }
        return published;
    }

    /**
     * A later stated date instead of the stated publication when the page shows its reader only the
     * former, unlabelled, by the headline: the publisher re-dated the article (a guide or review
     * refreshed and put out again) and the date it presents is the article's date. The later dates are
     * the stated modification time, then any other stated publication time (a CMS that keeps the first
     * date in JSON-LD and the re-dated one in a {@code date} meta). A page that shows the first
     * publication anywhere in its header, or labels the later date as an update ("Updated", "Stand:",
     * a class naming an update), keeps the publication.
     */
    private static String republished(String published, List<String> later, ShownDates shownDates, DateLanguage lang) {
        if (later.isEmpty() || shownDates.doc.body() == null) {
            return published;
        }
        LocalDate pubDay = dayOf(published);
        List<ShownDate> shown = shownDates.get();
        for (ShownDate d : shown) {
            if (d.day.equals(pubDay) || d.day.equals(utcDay(published))) {
                return published;
            }
        }
        for (String mod : later) {
            LocalDate modDay = dayOf(mod);
            for (ShownDate d : shown) {
                if (!d.update && (d.day.equals(modDay) || d.day.equals(utcDay(mod)))) {
                    return mod;
                }
            }
        }
        return published;
    }

    /** Child nodes of a line whose label and date sit in elements of their own: a label, a date, the spaces between. */
    private static final int MAX_LABELLED_LINE_NODES = 8;

    /** A stated publication this many days or fewer from the one the page labels and shows is the same one. */
    private static final int MAX_DAYS_FROM_SHOWN_PUBLICATION = 1;

    /**
     * The publication date the page shows its reader below the headline, labelled as the publication
     * ("Veröffentlicht am 05.03.2025", "Publié le 5 mars 2025", "Opublikowano: 5 marca 2025"), instead
     * of a stated one more than a day later: a CMS that writes the last save into its JSON-LD or meta
     * {@code datePublished} restamps the article, while its template prints the first publication with
     * the label. Only a short line before the prose counts, its own text or, when the label and the date
     * sit in elements of their own, its whole text; the date read is the one after the publication label,
     * up to any update label ("Atualizado em 08/03/2025 Publicado em 05/03/2025" gives 5 March).
     */
    private static String shownPublication(String published, PageScan scan, DateLanguage lang) {
        String shown = firstBelowHeadline(scan, e -> {
            if (e.childNodeSize() == 0) {
                return null;
            }
            String own = ownText(e);
            if (isProse(own)) {
                return Optional.empty(); // the prose has begun: a label after it ("Erstveröffentlichung: 4.4.18") dates an earlier edition
            }
            String line = own;
            if (e.childNodeSize() > 1 && e.childNodeSize() <= MAX_LABELLED_LINE_NODES) {
                // the label in an element of its own: "<span>Veröffentlicht:</span> <span>05.03.2025</span>", "<dt>Published</dt><dd>…"
                if (e.normalName().equals("dl")) {
                    line = Opening.of(e, MAX_WRITTEN_DATE_CHARS).text();
                } else {
                    String inline = Opening.lineOf(e, MAX_WRITTEN_DATE_CHARS);
                    line = inline != null ? inline : "";
                }
            }
            if (line.length() < MIN_DATE_CHARS || line.length() > MAX_WRITTEN_DATE_CHARS || !Words.holdsDigit(line)) {
                return null;
            }
            String d = labelledDate(line, lang); // the date after the label, up to an update label after it
            return d == null || labelInLinkedTitle(e) ? null : Optional.of(d);
        }).orElse(null);
        if (shown == null) {
            return published;
        }
        LocalDate shownDay = dayOf(shown);
        boolean restamped = dayOf(published).isAfter(shownDay.plusDays(MAX_DAYS_FROM_SHOWN_PUBLICATION))
                && utcDay(published).isAfter(shownDay.plusDays(MAX_DAYS_FROM_SHOWN_PUBLICATION));
        return restamped ? shown : published;
    }

    /**
     * True when a link among the line's parts holds a publication label in a text without figures: another story's
     * headline, linked, with its day after it ({@code <li><a>トヨタ、新型車を世界初公開</a>（2026年10月22日）</li>}: a
     * Japanese related list whose headline ends "世界初公開", "world premiere"), where the word is the headline's, no label
     * of the page's. A template's label stands outside any link, or links its date with it.
     */
    private static boolean labelInLinkedTitle(Element line) {
        for (Element part = line.firstElementChild(); part != null; part = part.nextElementSibling()) {
            if (part.nameIs("a")) {
                String linked = part.text();
                if (!Words.holdsDigit(linked) && PUBLISHED_OPENINGS.mayHold(linked) && PUBLISHED_LABEL.matcher(linked).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * When a live blog began, if its stated publication is restamped with each post: a CMS that gives
     * the same instant as publication and modification dates the latest post, not the blog. The start is
     * then the LiveBlogPosting's coverageStartTime, else its earliest liveBlogUpdate, when earlier than
     * the stated publication; otherwise the stated publication stands.
     */
    private static String liveBlogStart(String published, String modified, JsonLdFacts ld, DateLanguage lang) {
        if (modified == null || !sameInstant(published, modified)) {
            return published;
        }
        String start = DateParser.parse(ld.coverageStart, lang);
        if (start == null || !isEarlier(start, published)) {
            start = null;
            for (String raw : ld.liveBlogUpdatesPublished) {
                String d = DateParser.parse(raw, lang);
                if (d != null && isEarlier(d, start == null ? published : start)) {
                    start = d;
                }
            }
        }
        return start != null ? start : published;
    }

    /** True when two parsed dates name the same instant (with offsets) or the same day (without). */
    private static boolean sameInstant(String a, String b) {
        if (a.length() > DAY_CHARS && b.length() > DAY_CHARS) {
            return IsoTimes.offsetDateTime(a).isEqual(IsoTimes.offsetDateTime(b));
        }
        return a.equals(b);
    }

    /** True when parsed date {@code a} is before {@code b}: by instant with offsets, else by day. */
    private static boolean isEarlier(String a, String b) {
        if (a.length() > DAY_CHARS && b.length() > DAY_CHARS) {
            return IsoTimes.offsetDateTime(a).isBefore(IsoTimes.offsetDateTime(b));
        }
        return dayOf(a).isBefore(dayOf(b));
    }

    /**
     * Adds a parsed date when it is more than {@code days} days after the publication, on its own day
     * and in UTC: one day in the newsroom's zone or in UTC leaves nothing to choose between, and a
     * second stated publication within a day is the same one (released online the evening before the
     * edition it is dated by).
     */
    private static void addIfLater(List<String> later, String date, String published, int days) {
        if (date == null) {
            return;
        }
        LocalDate day = dayOf(date);
        LocalDate pubDay = dayOf(published);
        if (day.isAfter(pubDay.plusDays(days)) && utcDay(date).isAfter(utcDay(published).plusDays(days))) {
            later.add(date);
        }
    }

    private static boolean hasH1(PageScan scan) {
        return scan.firstH1() != null;
    }

    /** The day of a parsed date in UTC when it has an offset, else its own day. */
    private static LocalDate utcDay(String parsed) {
        return parsed.length() > DAY_CHARS
                ? IsoTimes.offsetDateTime(parsed).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(parsed);
    }

    /**
     * The day a parsed date ({@link DateParser}'s "yyyy-mm-dd", perhaps with a time after it) opens
     * with, {@code LocalDate.parse(parsed.substring(0, 10))}: read from its digits, without a
     * formatter's parse (asked several times a page); any other text takes that parse, and fails as
     * it fails.
     */
    static LocalDate dayOf(String parsed) {
        if (parsed.length() >= DAY_CHARS && parsed.charAt(4) == '-' && parsed.charAt(7) == '-'
                && allDigits(parsed, 0, 4) && allDigits(parsed, 5, 7) && allDigits(parsed, 8, DAY_CHARS)) {
            try {
                return LocalDate.of(Integer.parseInt(parsed, 0, 4, 10), Integer.parseInt(parsed, 5, 7, 10),
                        Integer.parseInt(parsed, 8, DAY_CHARS, 10));
            } catch (java.time.DateTimeException noSuchDay) {
                // "2024-02-30": the parse below fails as it always did
            }
        }
        return LocalDate.parse(parsed.substring(0, DAY_CHARS));
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A date written on the page as parsed, its day, whether a label or class says it is an update, and
     * whether it comes after the headline (the page's first h1; on a page without one, any).
     */
    private record ShownDate(String text, String parsed, LocalDate day, boolean update, boolean belowHeadline) {
    }

    /**
     * A clock time written beside a date: "14:30", "2:30 PM", "14h30", "7時30分"; a dot between hour and
     * minutes is left out, being a numeric date's separator as often ("03.02").
     */
    private static final Pattern SHOWN_CLOCK = Pattern.compile(
            "(?<![\\d:.])([01]?\\d|2[0-3])\\s*[:hH時时]\\s*([0-5]\\d)(?![\\d:])(?:\\s*([aApP])\\.?[mM]\\.?(?![\\p{L}]))?");

    private static final int MINUTES_PER_HOUR = 60;

    /** Offsets from UTC are whole quarter hours (UTC+5:45, UTC−9:30): a shown clock more minutes off is another time. */
    private static final int OFFSET_MINUTES_STEP = 15;

    /** Hours west of UTC the furthest zone lies (UTC−12). */
    private static final int MAX_HOURS_WEST_OF_UTC = 12;

    /** Hours east of UTC the furthest zone lies (UTC+14). */
    private static final int MAX_HOURS_EAST_OF_UTC = 14;

    /**
     * The publication as the page shows it below the headline when the stated one is in UTC and falls on
     * another day: a CMS keeps its machine times in UTC ("2022-02-04T04:30:00Z") while its template prints
     * the newsroom's own date ("Feb. 3, 2022 11:30 PM EST"), and the article's day is the one its
     * publisher states. Only the first date shown below the headline that is not an update counts, and
     * only the day before or after the UTC day that a zone's offset can reach from the stated hour (the
     * day before from a UTC hour under 12, the day after from one of 10 or later). The shown date is
     * given with its time when it names the same instant, else as its day.
     */
    private static String shownLocalDay(String published, ShownDates shownDates, DateLanguage lang) {
        if (published == null || published.length() <= DAY_CHARS || shownDates.doc.body() == null) {
            return published;
        }
        OffsetDateTime stated = IsoTimes.offsetDateTimeOrNull(published);
        if (stated == null) {
            return published; // a local time without its offset: the publisher's own day already
        }
        if (stated.getOffset().getTotalSeconds() != 0) {
            return published;
        }
        ShownDate first = firstShownBelowHeadline(shownDates, stated, lang);
        if (first == null || labelsAnotherDate(first.text)) {
            return published;
        }
        LocalDate utc = stated.toLocalDate();
        boolean reached = first.day.equals(utc.minusDays(1)) && stated.getHour() < MAX_HOURS_WEST_OF_UTC
                || first.day.equals(utc.plusDays(1)) && stated.getHour() >= ChronoUnit.DAYS.getDuration().toHours() - MAX_HOURS_EAST_OF_UTC;
        if (!reached) {
            return published;
        }
        if (first.parsed.length() > DAY_CHARS) {
            // a zoned clock shows minutes: the stated instant to the minute, in the shown zone; another instant is another time's
            OffsetDateTime shown = IsoTimes.offsetDateTime(first.parsed);
            return Math.abs(ChronoUnit.SECONDS.between(shown, stated)) < ChronoUnit.MINUTES.getDuration().getSeconds()
                    ? stated.withOffsetSameInstant(shown.getOffset()).format(WITH_OFFSET) : published;
        }
        Matcher clock = SHOWN_CLOCK.matcher(first.text);
        if (!clock.find()) {
            return first.day.toString();
        }
        int hour = Integer.parseInt(clock.group(1));
        if (clock.group(3) != null && hour <= 12) {
            hour = hour % 12 + (Character.toLowerCase(clock.group(3).charAt(0)) == 'p' ? 12 : 0);
        }
        // the shown clock has no seconds: the stated time is read to its minute ("18:55:41Z" is shown "00:25 IST")
        long offsetMinutes = ChronoUnit.MINUTES.between(stated.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES),
                first.day.atTime(hour, Integer.parseInt(clock.group(2))));
        if (offsetMinutes % OFFSET_MINUTES_STEP != 0 || offsetMinutes < -MAX_HOURS_WEST_OF_UTC * MINUTES_PER_HOUR
                || offsetMinutes > MAX_HOURS_EAST_OF_UTC * MINUTES_PER_HOUR) {
            return published; // the clock shown is no zone's reading of the stated instant: that date is another time's
        }
        return stated.withOffsetSameInstant(ZoneOffset.ofTotalSeconds((int) offsetMinutes * MINUTES_PER_HOUR)).format(WITH_OFFSET);
    }

    /**
     * The first date shown below the headline that is not an update, or the publication a line labels
     * after its update; null when none. On a page with an h1 the walk starts there, as the dates of its
     * menus and header, which {@link #shownDates} reads from the top, have no say: this is asked of every
     * page that states its publication in UTC, most of them. Read as {@link #shownDates} reads them.
     */
    private static ShownDate firstShownBelowHeadline(ShownDates shownDates, OffsetDateTime stated, DateLanguage lang) {
        Element h1 = shownDates.h1;
        if (h1 == null) {
            for (ShownDate d : shownDates.get()) {
                ShownDate first = !d.belowHeadline ? null : d.update ? publicationAfterUpdate(d.text, lang) : d;
                if (first != null) {
                    return first;
                }
            }
            return null;
        }
        int seen = 0;
        int found = 0;
        int labelAt = -MAX_TEXTS_FROM_LABEL - 1;
        int paragraphs = 0;
        boolean sentences = false; // a text longer than a meta line's met below the headline: no yearless date is read after it
        for (Node n = h1; n != null; ) {
            if (n instanceof Element e) {
                n = isCommentsOrFooter(e) || isOutsideTheStory(e) ? PageScan.nextOutside(e) : PageScan.next(e);
                continue;
            }
            Node at = n;
            n = PageScan.next(n);
            if (!(at instanceof TextNode t)) {
                continue;
            }
            String text = t.getWholeText().trim();
            if (text.isEmpty()) {
                continue;
            }
            if (seen++ >= MAX_TEXTS_FOR_SHOWN_DATES) {
                return null;
            }
            if (isProse(text)) {
                if (++paragraphs >= MAX_PARAGRAPHS_BEFORE_SHOWN_DATE) {
                    return null; // the prose has begun
                }
                continue;
            }
            String day = text.length() >= MIN_DATE_CHARS ? DateParser.parseText(text, lang) : null;
            if (text.length() > MAX_YEARLESS_CONTEXT_CHARS) {
                sentences = true;
            }
            if (day == null && !sentences && text.length() <= MAX_LABEL_CHARS && !isUpdateLabel(text)) {
                // before any sentence only: a comment's "Nov 22" under the text is a reply's day, however near
                day = yearlessNearUtcDay(text, stated.toLocalDate(), lang);
            }
            if (day == null) {
                if (isUpdateLabel(text)) {
                    labelAt = seen;
                }
                continue;
            }
            boolean update = isShownUpdate(t, text, seen - labelAt, lang) && !timesInstant(t, stated) && !zonedClockNamesInstant(text, day, stated);
            ShownDate first = update ? publicationAfterUpdate(text, lang) : new ShownDate(text, day, dayOf(day), false, true);
            if (first != null) {
                return first;
            }
            if (++found >= MAX_SHOWN_DATES) {
                return null;
            }
        }
        return null;
    }

    /**
     * A short line's day and month written without a year ("Mar. 5", "5 mars", the current year's style of US and
     * French newsrooms) as the day of the year that puts it within a day of the stated UTC day ("Dec. 31" beside
     * "2025-01-01T03:00:00Z" is in 2024); null when it has none or lies further off. Only asked of the first dates
     * below the headline, before any sentence ({@link #MAX_YEARLESS_CONTEXT_CHARS}), of a page that states its publication
     * in UTC.
     */
    private static String yearlessNearUtcDay(String text, LocalDate utc, DateLanguage lang) {
        MonthDay md = DateParser.yearless(text, lang);
        if (md == null) {
            return null;
        }
        for (int years = -1; years <= 1; years++) {
            int year = utc.getYear() + years;
            if (md.isValidYear(year) && Math.abs(ChronoUnit.DAYS.between(utc, md.atYear(year))) <= 1) {
                return md.atYear(year).toString();
            }
        }
        return null;
    }

    /**
     * True when the text is a time element's whose machine time is the instant given: the stated
     * publication, shown in the newsroom's zone, is no update whatever the element's class says
     * (WordPress themes add hAtom's "updated" to the one date they print: "entry-date updated").
     */
    private static boolean timesInstant(TextNode t, OffsetDateTime instant) {
        if (!(t.parent() instanceof Element p) || !p.normalName().equals("time")) {
            return false;
        }
        OffsetDateTime machine = IsoTimes.offsetDateTimeOrNull(p.attr("datetime"));
        return machine != null && machine.isEqual(instant);
    }

    /**
     * Zone abbreviations newsrooms print after a shown clock ("Updated: Dec 4, 2026, 00:12 IST", "0:20 [IST]") that the date
     * parser leaves unread, each with the offsets, in minutes east of UTC, it may stand for: "IST" is India's, Ireland's
     * summer time and Israel's, "BST" Bangladesh's and Britain's summer time. Read only to tell whether a shown time is the
     * stated instant ({@link #zonedClockNamesInstant}), where an ambiguous name's readings are all tried.
     */
    private static final Map<String, List<Integer>> SHOWN_ZONE_MINUTES = Map.ofEntries(
            Map.entry("ist", List.of(330, 60, 120)), Map.entry("pkt", List.of(300)), Map.entry("npt", List.of(345)),
            Map.entry("bst", List.of(360, 60)), Map.entry("slst", List.of(330)), Map.entry("sgt", List.of(480)),
            Map.entry("hkt", List.of(480)), Map.entry("pht", List.of(480)), Map.entry("wib", List.of(420)),
            Map.entry("jst", List.of(540)), Map.entry("kst", List.of(540)), Map.entry("aest", List.of(600)),
            Map.entry("aedt", List.of(660)), Map.entry("cet", List.of(60)), Map.entry("cest", List.of(120)),
            Map.entry("eat", List.of(180)), Map.entry("wat", List.of(60)), Map.entry("cat", List.of(120)),
            Map.entry("sast", List.of(120)), Map.entry("gst", List.of(240)));

    /** A clock and a zone's abbreviation after it, bracketed or not: "00:12 IST", "0:20 [IST]", "11:45 PM (IST)". */
    private static final Pattern CLOCK_AND_ZONE = Pattern.compile(
            "(?<![\\d:.])([01]?\\d|2[0-3])\\s*[:.]\\s*([0-5]\\d)(?![\\d:])(?:\\s*([aApP])\\.?[mM]\\.?)?\\s*[(\\[]?\\s*(\\p{L}{2,4})\\s*[)\\]]?(?![\\p{L}])");

    /**
     * True when a shown line's clock, read in the zone the line names after it ({@link #SHOWN_ZONE_MINUTES}), is the
     * stated publication instant to the minute: the time the page prints under its headline is the publication
     * itself whatever label the template sets before it (Indian portals print their one time as "Updated: Dec 4,
     * 2026, 00:12 IST" while the JSON-LD states "2026-12-03T18:42:00Z"), as {@link #timesInstant} reads a time element's.
     */
    private static boolean zonedClockNamesInstant(String text, String day, OffsetDateTime stated) {
        if (day == null || day.length() < DAY_CHARS) {
            return false;
        }
        Matcher m = CLOCK_AND_ZONE.matcher(text);
        while (m.find()) {
            List<Integer> offsets = SHOWN_ZONE_MINUTES.get(m.group(4).toLowerCase(Locale.ROOT));
            if (offsets == null) {
                continue;
            }
            int hour = Integer.parseInt(m.group(1));
            if (m.group(3) != null && hour >= 1 && hour <= 12) {
                hour = hour % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
            }
            java.time.LocalDateTime local = dayOf(day).atTime(hour, Integer.parseInt(m.group(2)));
            for (int minutes : offsets) {
                OffsetDateTime shown = local.atOffset(ZoneOffset.ofTotalSeconds(minutes * MINUTES_PER_HOUR));
                if (Math.abs(ChronoUnit.SECONDS.between(shown, stated)) < ChronoUnit.MINUTES.getDuration().getSeconds()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The publication a line labels after its update ("Updated Feb. 4, 2022 8:00 a.m. · Published Feb. 3,
     * 2022 10:30 p.m."), as a shown date read from the publication label on; null when the line labels none.
     */
    private static ShownDate publicationAfterUpdate(String text, DateLanguage lang) {
        Matcher update = UPDATE_LABEL.matcher(text);
        if (!UPDATE_OPENINGS.mayHold(text) || !update.find()) {
            return null;
        }
        Matcher publication = PUBLISHED_LABEL.matcher(text);
        if (!publication.find(update.end())) {
            return null;
        }
        String after = text.substring(publication.end());
        String parsed = DateParser.parseText(after, lang);
        return parsed == null ? null : new ShownDate(after, parsed, dayOf(parsed), false, true);
    }

    /** Colons that close a label before its value ("Termin:", "発表："). */
    private static final String LABEL_COLONS = ":：";

    /**
     * True when a dated line opens with a colon-closed label that is not a publication label: the date of
     * what it names ("Concert: February 4, 2022", "Einsendeschluss: 10.02.2022"), not the article's.
     */
    private static boolean labelsAnotherDate(String text) {
        int digit = 0;
        while (digit < text.length() && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        for (int i = 0; i < digit; i++) {
            if (LABEL_COLONS.indexOf(text.charAt(i)) >= 0) {
                String label = text.substring(0, i);
                return !holdsPublishedLabel(label) && !holdsUpdateLabel(label); // "Updated:" labels the page's own date
            }
        }
        return false;
    }

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** The page's {@link #shownDates}, read on the first asking and kept for the next. */
    private static final class ShownDates {
        private final Document doc;
        private final Element h1;
        private final DateLanguage lang;
        private final String url;
        private List<ShownDate> dates;

        ShownDates(Document doc, Element h1, DateLanguage lang, String url) {
            this.doc = doc;
            this.h1 = h1;
            this.lang = lang;
            this.url = url;
        }

        List<ShownDate> get() {
            if (dates == null) {
                dates = shownDates(doc, h1 != null, lang, url);
            }
            return dates;
        }
    }

    /**
     * The first few dates a reader sees before the prose begins: short texts that parse as a date,
     * outside comments, footers and figures (a caption dates the photograph). A date whose own text,
     * or a short text just before it ("last updated"), carries an update label, or that sits in a time
     * element whose class names an update, is marked as an update. A date over the headline in the site's banner
     * ({@link TeasersAndBanners#inMasthead}: "Dissabte, 5 de desembre de 2026" by the logo) is today's, the day the page
     * was fetched, and is not shown as the article's: read as one, it matched a later stated modification made that day
     * and re-dated the article to it.
     */
    private static List<ShownDate> shownDates(Document doc, boolean pageHasH1, DateLanguage lang, String url) {
        List<ShownDate> found = new ArrayList<>();
        int[] seen = {0};
        int[] labelAt = {-MAX_TEXTS_FROM_LABEL - 1};
        int[] paragraphs = {0};
        boolean[] headline = {!pageHasH1}; // with no h1, long texts count from the top
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    headline[0] |= e.normalName().equals("h1");
                    return isCommentsOrFooter(e) || isOutsideTheStory(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (!(node instanceof TextNode t)) {
                    return FilterResult.CONTINUE;
                }
                String text = t.getWholeText().trim();
                if (text.isEmpty()) {
                    return FilterResult.CONTINUE;
                }
                if (seen[0]++ >= MAX_TEXTS_FOR_SHOWN_DATES) {
                    return FilterResult.STOP;
                }
                if (isProse(text)) {
                    // a standfirst may come before the byline; a few paragraphs in, the prose has begun
                    return headline[0] && ++paragraphs[0] >= MAX_PARAGRAPHS_BEFORE_SHOWN_DATE ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                String day = text.length() >= MIN_DATE_CHARS ? DateParser.parseText(text, lang) : null;
                if (day == null) {
                    if (isUpdateLabel(text)) {
                        labelAt[0] = seen[0];
                    }
                    return FilterResult.CONTINUE;
                }
                if (!headline[0] && t.parent() instanceof Element holder && TeasersAndBanners.inMasthead(holder, url)) {
                    return FilterResult.CONTINUE; // the banner's today
                }
                boolean update = isShownUpdate(t, text, seen[0] - labelAt[0], lang);
                found.add(new ShownDate(text, day, dayOf(day), update, headline[0]));
                return found.size() >= MAX_SHOWN_DATES ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found;
    }

    /**
     * {@code e.ownText()}, which is "" without a text among the element's children (a {@code <br>} adds only a space,
     * trimmed off): the elements below a headline are mostly boxes of other elements, asked without a copy.
     */
    private static String ownText(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode) {
                return e.ownText();
            }
        }
        return "";
    }

    /** True when the text holds an {@link #UPDATE_LABEL}: most texts are refused by {@link #UPDATE_OPENINGS}, without the pattern. */
    private static boolean holdsUpdateLabel(String text) {
        return UPDATE_OPENINGS.mayHold(text) && UPDATE_LABEL.matcher(text).find();
    }

    /** True when the text holds a {@link #PUBLISHED_LABEL}: most texts are refused by {@link #PUBLISHED_OPENINGS}, without the pattern. */
    private static boolean holdsPublishedLabel(String text) {
        return PUBLISHED_OPENINGS.mayHold(text) && PUBLISHED_LABEL.matcher(text).find();
    }

    /** True when a short text that holds no date is an update's label ("Aktualisiert:", "last updated"). */
    private static boolean isUpdateLabel(String text) {
        return text.length() <= MAX_LABEL_CHARS && holdsUpdateLabel(text);
    }

    /**
     * True when a shown date is an update's: its line says so ({@link #isUpdateLine}), an update's label
     * came at most {@value #MAX_TEXTS_FROM_LABEL} texts before it, or it sits in a time element marked as one.
     */
    private static boolean isShownUpdate(TextNode date, String text, int textsFromLabel, DateLanguage lang) {
        return isUpdateLine(text, lang) || textsFromLabel <= MAX_TEXTS_FROM_LABEL
                || (date.parent() instanceof Element p && p.normalName().equals("time") && isUpdateMark(p));
    }

    /**
     * True when a dated line says it is an update: the label comes before its first date ("Updated
     * 9 May 2024"), or after it with no other date following ("2019.03.26 last update"), unless the label
     * is followed by its own relative time ("03/02/2022 22h40 - Atualizado há 2 horas", "vor 3 Stunden
     * aktualisiert" aside): a number after it that is neither a date nor a clock.
     */
    private static boolean isUpdateLine(String text, DateLanguage lang) {
        Matcher label = UPDATE_LABEL.matcher(text);
        if (!UPDATE_OPENINGS.mayHold(text) || !label.find()) {
            return false;
        }
        String after = text.substring(label.end());
        return DateParser.parseText(text.substring(0, label.start()), lang) == null
                || DateParser.parseText(after, lang) == null && !(Words.holdsDigit(after) && !SHOWN_CLOCK.matcher(after).find());
    }

    /**
     * Class words of a photograph's caption where a theme writes it without {@code figcaption}
     * ("wp-caption-text", "image-caption", German "bildunterschrift", French "légende", Italian
     * "didascalia", Spanish "pie-de-foto", Dutch "bijschrift"): the date in it is the picture's.
     */
    private static final List<String> CAPTION_NAMES = List.of("caption", "bildunterschrift", "bildtext", "legende", "légende",
            "didascalia", "pie-de-foto", "bijschrift", "onderschrift");

    /**
     * Figures and captions (a caption dates the photograph) and navigation (a masthead shows today's
     * date).
     */
    private static boolean isOutsideTheStory(Element e) {
        String tag = e.normalName();
        return tag.equals("figure") || tag.equals("figcaption") || tag.equals("nav") || namesCaption(e);
    }

    /** True when an element's class names a caption ({@link #CAPTION_NAMES}). */
    private static boolean namesCaption(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.attributes().get("class");
        if (cls.isEmpty() || cls.length() > MAX_CLASS_CHARS) {
            return false;
        }
        String lower = cls.toLowerCase(Locale.ROOT);
        for (String name : CAPTION_NAMES) {
            if (lower.contains(name)) {
                // a photograph's caption is a line or two under it and holds no heading; a box that heads its text holds a
                // story or a page's part, whatever its class says ("area-essay page-caption-p" around the story's h3)
                return e.selectFirst(HEADINGS) == null;
            }
        }
        return false;
    }

    /** The first-level heading, the article element and the page's main region, as the story's bounds are sought: parsed once. */
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");

    /** Headings that a caption never holds. */
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3");

    /** A class read for caption words at most this long: megabyte attributes are no theme's names. */
    private static final int MAX_CLASS_CHARS = 200;

    /**
     * Words that bound a period before its date, its end or its start: "bis 31.12.2026", "Verfügbar bis
     * 03.12.2028", "ab 01.01.2027", "valid until", "available until", "expires", "closing date", "Frist",
     * "jusqu'au", "hasta", "fino al": a price's, an offer's, a video's or a consultation's term, not when
     * the page was published; Czech "Sejmuto" and Slovak "Zvesené", the day an official notice board takes a
     * notice down (its "Vyvěšeno", "Vyvesené", the day it was put up, is a publication label).
     */
    static final String BOUND_WORDS = "bis|ab|until|till|expires|expiry|closes|closing date|deadline|frist|ablauf|läuft ab|"
            + "jusqu'au|jusqu’au|hasta|fino al|tot en met|valid through|sejmuto|sejmutí|zvesené|zvesenie";

    /**
     * A forum member's or a profile's "joined" label in the languages of the blind rounds, the date after it being
     * when the member signed up (phpBB's "Iscritto il:", "Inscrit le :", "Registrado:", "Dołączył(a):",
     * "Registrován:", "Rejestracja:", "Registado em", "Cadastrado em", "Registrace:", "Регистрация:", "Kayıt tarihi:", "Csatlakozott:", "Înregistrat:", "Εγγραφή:"), read with at
     * most one short word (a preposition, "tarihi") between the label and its colon.
     */
    static final String JOINED_WORDS = "iscritt[oa]|inscrit|inscrite|inscrit[oa]|registrad[oa]|registrerad|registreret|registrert"
            + "|rejestracja|registad[oa]|cadastrad[oa]|registrace"
            + "|zarejestrowan[ya]|dołączył|dołączyła|dołączył\\(a\\)|registrován|registrována|registrovaný|регистрация"
            + "|зарегистрирован|kayıt|katılım|csatlakozott|regisztrált|regisztráció|înregistrat|εγγραφή|μέλος\\s+από";

    /**
     * Words before a date that make it the start of a state, not a publication: "Redakteurin seit
     * 01.03.2019", "Member since March 1, 2019", "membre depuis", "miembro desde", "dal 22 al 24 novembre";
     * the Slavic prepositions (Polish and Czech "od", Russian "с", Ukrainian "з": "w redakcji od 3 września
     * 2019", "на сайте с 12 мая 2019 года") only just before the date's digits, as they also mean "from"
     * or "by" before a name. "Online seit" / "online since" / "en ligne depuis" is a publication's own
     * label and dates the article.
     */
    private static final Pattern SINCE_BEFORE_DATE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?<!online )(?<!en ligne )(?:since|seit|depuis|desde|sinds|sedan|siden|dal|joined|beigetreten|registriert|"
                    + BOUND_WORDS + ")"
                    + "\\s*:?\\s*(?:\\p{L}+\\.?\\s*)?$"
                    + "|(?<!\\p{L})(?:" + JOINED_WORDS + ")(?:\\s+\\p{L}{1,7})?\\s*:?\\s*(?:\\p{L}+\\.?\\s*)?$"
                    + "|(?<!\\p{L})(?:od|с|з|od dnia)\\s+$");

    /**
     * A period's two ends, the line's first date opening it (no date written before it): "12 January 2027 to 16 January 2027", "vom 3. bis
     * 5. März", "du 3 au 5 mars", "del 3 al 5 de marzo": the first date opens a term, not the publication.
     * The first date is its digit groups with at most a word (a month's name) between two of them, then the word,
     * then a digit: "02.12.2026, verfügbar bis 02.12.2027" opens with a date of its own. Two days joined by a dash
     * before the month's name ("12–14 March 2027", "3.-5. März") are a period too; a numeric date's dashes ("03-12-2026")
     * are not, as no digit, dot, slash or dash stands before the first day and a letter follows the second.
     */
    private static final Pattern PERIOD_FROM_FIRST_DATE = Pattern.compile(
            "(?iu)(?<!\\p{N})\\p{N}[\\p{N}./]*(?:(?:,?\\s+|\\.\\s*)(?:\\p{L}+\\.?\\s+)?\\p{N}[\\p{N}./]*)*"
                    + "\\.?\\s+(?:to|until|till|through|thru|bis|au|al|hasta|tot|до|do)\\s+(?:\\p{L}+\\.?\\s+)?\\p{N}"
                    + "|(?<![\\p{N}./-])\\p{N}{1,2}\\.?\\s*[\u2013\u2014-]\\s*\\p{N}{1,2}\\.?\\s+\\p{L}");

    /** Characters before a line's first digit read for {@link #SINCE_BEFORE_DATE}. */
    private static final int MAX_SINCE_CHARS = 40;

    /** Marks that part a byline's items ("Anna Nowak · w zespole od 2019 roku · 12 czerwca 2025"). */
    private static final String ITEM_SEPARATORS = "·|•";

    /**
     * True when a line's date, its first digit on, follows a word of {@link #SINCE_BEFORE_DATE} and
     * nothing dated follows it in another of the line's items ({@link #afterState}).
     */
    static boolean datesAState(String text) {
        String rest = afterState(text);
        return rest != null && !Words.holdsDigit(rest);
    }

    /**
     * The rest of a line whose first date follows a word of {@link #SINCE_BEFORE_DATE}, from the next
     * item separator ({@link #ITEM_SEPARATORS}) on: "" when the state fills the line; null when no
     * since-word dates it.
     */
    static String afterState(String text) {
        int firstDigit = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                firstDigit = i;
                break;
            }
        }
        if (firstDigit < 0) {
            return null;
        }
        Matcher range = PERIOD_FROM_FIRST_DATE.matcher(text);
        boolean period = range.find(firstDigit) && DateParser.parseText(text.substring(0, range.start()), DateLanguage.UNKNOWN) == null;
        if (!period && (firstDigit == 0 || !SINCE_BEFORE_DATE.matcher(text.substring(Math.max(0, firstDigit - MAX_SINCE_CHARS), firstDigit)).find())) {
            return null;
        }
        for (int i = firstDigit; i < text.length(); i++) {
            if (ITEM_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return text.substring(i + 1);
            }
        }
        return "";
    }

    /**
     * True for a short text that is a state's or a term's label alone, with no date in it ("Joined:",
     * "Registriert:", "Mitglied seit", "Verfügbar bis"): the date just after it is the state's start or the
     * term's bound, not the publication.
     */
    static boolean isStateLabel(String text) {
        return !text.isEmpty() && text.length() <= MAX_LABEL_CHARS && !Words.holdsDigit(text) && SINCE_BEFORE_DATE.matcher(text).find();
    }


    /**
     * The day in a dated path, or the article's own marked-up time when it is within a day of it: the
     * path is often fixed when the story is drafted, or written in the newsroom's zone, while the
     * marked-up time is when it went out, often with its offset.
     */
    private static String urlDate(String url, PageScan scan, DateLanguage lang) {
        String fromUrl = DateParser.fromUrl(url);
        if (fromUrl == null) {
            return null;
        }
        String marked = firstParsed(lang, microdataDate(ownDatePublishedProp(scan), lang), microdataDate(scan.publishedMark(), lang),
                datetimeOf(scan.articleTimeElement(), lang), headlineTimeDate(scan, url, lang),
                datetimeOf(scan.bylineTimeElement(), lang));
        if (marked == null) {
            String shown = firstParsed(lang, datetimeOf(scan.timeElement(), lang));
            // the page's time element, wherever its template puts it (a generator's sidebar), gives the
            // path's day its clock time; on another day it may be any story's, and the path decides
            return shown != null && shown.length() > DAY_CHARS && shown.startsWith(fromUrl) ? shown : fromUrl;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(fromUrl), dayOf(marked)));
        return days <= MAX_DAYS_FROM_URL_DATE ? marked : fromUrl;
    }

    /**
     * True when the page's headline (its first h1, or its document title) names the day of {@code pathDay}
     * by its day and month ("В Рязани 9 мая перекроют центр", "Road closures for the 4 July parade"): a
     * path written from such a headline carries the day of the event the story announces, which is not
     * when it was published, and the dates the page shows are read before it.
     */
    private static boolean headlineNamesDay(PageScan scan, Document doc, String pathDay, DateLanguage lang) {
        MonthDay day = MonthDay.from(dayOf(pathDay));
        Element h1 = scan.firstH1();
        return h1 != null && day.equals(DateParser.yearless(h1.text(), lang)) || day.equals(DateParser.yearless(doc.title(), lang));
    }

    public static String modified(MetaTags meta, JsonLdFacts ld, PageScan scan, DateLanguage lang) {
        return firstParsed(lang, ld.modified, meta.first(MODIFIED_META), microdataDate(scan.dateModifiedProp(), lang),
                microdataDate(scan.updatedMark(), lang));
    }

    /**
     * The time element, unless it dates another story ({@link TeasersAndBanners#datesTeaser}): the
     * previous or next post, in or beside the link to it, or a related story's card: a post's
     * navigation and its related links may sit in its article; or a reader's comment, marked up as a
     * schema.org Comment ({@link #isCommentsProp}).
     */
    private static Element unlessOtherStory(Element time, String url) {
        return time != null && (TeasersAndBanners.datesTeaser(time, url) || isCommentsProp(time)) ? null : time;
    }

    /** Ancestors of a microdata property looked at for the item it belongs to. */
    private static final int MAX_ITEM_LEVELS = 60;

    /**
     * The element marked itemprop=datePublished that dates the page's own item: in microdata a property
     * belongs to its nearest {@code itemscope}, and an item that does not hold the page's headline
     * (its first h1) is another story's (a ticker above it, a related card) when a later property's
     * item holds it, or it stands in no item. Without such a later one, the first stands, as before.
     */
    private static Element ownDatePublishedProp(PageScan scan) {
        List<Element> props = scan.datePublishedProps().stream().filter(prop -> !isCommentsProp(prop)).toList();
        Element h1 = scan.firstH1();
        if (props.size() < 2 || h1 == null) {
            return props.isEmpty() ? null : props.getFirst();
        }
        for (Element prop : props) {
            Element item = itemOf(prop);
            if (item == null || isAncestorOf(item, h1)) {
                return prop;
            }
        }
        return props.getFirst();
    }

    /**
     * schema.org types of items that respond to the page (its readers' comments, a thread of them): the
     * datePublished of one is when the comment was written.
     */
    private static final Set<String> COMMENT_ITEM_TYPES = Set.of("comment", "usercomments");

    /** True when a datePublished property belongs to a comment's item ({@link #COMMENT_ITEM_TYPES}). */
    private static boolean isCommentsProp(Element prop) {
        Element item = itemOf(prop);
        if (item == null) {
            return false;
        }
        String type = item.attr("itemtype").trim();
        String name = type.substring(type.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return COMMENT_ITEM_TYPES.contains(name);
    }

    /**
     * The dates of {@code <meta itemprop="datePublished">} elements that {@link #ownDatePublishedProp} passed
     * over as other stories' items: the meta tags read them with the page's own.
     */
    private static Set<String> otherStoriesItemDates(PageScan scan) {
        Element own = ownDatePublishedProp(scan);
        Set<String> others = new HashSet<>();
        boolean pastOwn = false;
        for (Element prop : scan.datePublishedProps()) {
            pastOwn |= prop == own;
            if ((!pastOwn || isCommentsProp(prop)) && prop.normalName().equals("meta")) {
                others.add(prop.attr("content").trim()); // before the page's own item, or a comment's anywhere
            }
        }
        return others;
    }

    /** The first non-blank value of a meta name that is not one of {@code unless}; null when none. */
    private static String firstUnless(MetaTags meta, String name, Set<String> unless) {
        if (unless.isEmpty()) {
            return meta.first(name);
        }
        for (String v : meta.all(name)) {
            if (!v.isBlank() && !unless.contains(v.trim())) {
                return v.trim();
            }
        }
        return null;
    }

    /** The nearest element with {@code itemscope} around a property (itself excluded), or null. */
    private static Element itemOf(Element prop) {
        Element up = prop.parent();
        for (int level = 0; up != null && level < MAX_ITEM_LEVELS; level++, up = up.parent()) {
            if (up.hasAttr("itemscope")) {
                return up;
            }
        }
        return null;
    }

    /** True when {@code e} holds {@code inner}, looked for among its ancestors up to {@link #MAX_ANCESTORS_COMPARED}. */
    private static boolean isAncestorOf(Element e, Element inner) {
        int depth = 0;
        for (Element up = inner.parent(); up != null && depth++ < MAX_ANCESTORS_COMPARED; up = up.parent()) {
            if (up == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * The machine-readable date of a marked element: {@code datetime}, {@code content}, or the {@code title} of an
     * {@code <abbr>} (the microformats' abbr pattern: Blogger's {@code abbr.published} shows "09:41", its title
     * the full date and time); its text otherwise.
     */
    private static String microdataDate(Element e, DateLanguage lang) {
        if (e == null) {
            return null;
        }
        if (e.normalName().equals("time") && e.hasAttr("datetime")) {
            String shown = shownOverDatetime(e, DateParser.parse(e.attr("datetime"), lang), lang);
            if (shown != null) {
                return shown; // the element's value is its datetime, the machine form of the date it shows, unless the two disagree
            }
        }
        return MetadataReader.firstNonBlank(e.attr("datetime"), e.attr("content"),
                e.normalName().equals("abbr") ? e.attr("title") : null, e.text());
    }

    /**
     * The time marked up just below a headline: the byline's date, where sites without an article
     * element put it. A time that says it is an update is passed over, and so is one outside the
     * article element of a page that has one (a sidebar's listing reached from a short story).
     */
    private static String headlineTimeDate(PageScan scan, String url, DateLanguage lang) {
        return firstBelowHeadline(scan, e -> PageScan.isTimeElement(e) && e.hasAttr("datetime") && !isUpdateMark(e)
                && unlessOtherStory(e, url) != null && !labelledAsUpdate(e) && !showsUpdate(e, lang) && !outsideTheArticle(e, scan)
                ? Optional.ofNullable(datetimeOf(e, lang)) : null).orElse(null);
    }

    /**
     * True when a time element is the update's by what wraps or fills it: its parent is named for the
     * update alone ({@link #isUpdateOnlyMark}; WordPress's date block set to the modification date,
     * "wp-block-post-date__modified-date"), or its own text opens with an update's label ("<time
     * datetime=…>Mis à jour le 2 décembre 2026</time>", {@link #isUpdateLine}).
     */
    private static boolean showsUpdate(Element time, DateLanguage lang) {
        Element parent = time.parent();
        if (parent != null && isUpdateOnlyMark(parent)) {
            return true;
        }
        String text = time.text();
        return text.length() <= MAX_DATELINE_CHARS && isUpdateLine(text, lang);
    }

    /**
     * The elements just below the page's headline (the first few h1s, {@link #MAX_ELEMENTS_AFTER_HEADLINE}
     * elements each), where its byline and date sit: a dated line there is the story's, while one
     * above may be the masthead's today or a teaser rail's. They end at the first time element that
     * shows a date without a datetime ({@link #headlineTextTime}): in reading order that is the
     * story's date, and a dated line after it (a short story's "latest news" rail) comes second.
     */
    private static Set<Element> belowHeadline(PageScan scan, DateLanguage lang) {
        Set<Element> below = Collections.newSetFromMap(new IdentityHashMap<>());
        firstBelowHeadline(scan, e -> {
            if (textTimeDate(e, lang) != null) {
                return Optional.empty(); // the story's own time element, read next: a date written after it is further from the headline
            }
            below.add(e);
            return null;
        });
        return below;
    }

    /**
     * Asks {@code read} of each element just below the page's headline (the first few h1s,
     * {@link #MAX_ELEMENTS_AFTER_HEADLINE} elements each), in document order, until it gives an answer:
     * null reads on, an answer (perhaps empty) ends the search. A comment section met there is stepped over, and so is a
     * quotation ({@code <blockquote>}: an embedded post whose time dates the post).
     */
    private static Optional<String> firstBelowHeadline(PageScan scan, Function<Element, Optional<String>> read) {
        int headlines = 0;
        for (Element h : scan.headlines()) {
            if (!h.normalName().equals("h1") || headlines++ >= MAX_HEADLINES_TRIED) {
                continue;
            }
            Node n = h;
            for (int seen = 0; n != null && seen < MAX_ELEMENTS_AFTER_HEADLINE; n = TreeWalk.next(n, null)) {
                if (n instanceof Element e) {
                    seen++;
                    if (e.attributesSize() > 0 && (namesComments(e.attr("class")) || namesComments(e.id()))) {
                        n = lastInSubtree(e); // a short story's comments follow within reach: their times are the readers'
                        continue;
                    }
                    if (e.nameIs("blockquote")) {
                        n = lastInSubtree(e); // a quotation, as an embedded post: its times date the words quoted
                        continue;
                    }
                    Optional<String> answer = read.apply(e);
                    if (answer != null) {
                        return answer;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The date a time element without a datetime shows just below a headline ("<time>3. Februar 2022</time>").
     * A time dating a teaser of another story ({@link #unlessOtherStory}: a related list's linked entry, a
     * card) is that story's day, as for a time with a datetime ({@link #headlineTimeDate}): read on.
     */
    private static String headlineTextTime(PageScan scan, String url, DateLanguage lang) {
        return firstBelowHeadline(scan, e -> {
            String d = textTimeDate(e, lang);
            return d == null || unlessOtherStory(e, url) == null ? null : Optional.of(d); // a time that shows no date, or another story's: read on
        }).orElse(null);
    }

    /** The date a time element without a datetime, not marked as the update, shows; null for any other element. */
    private static String textTimeDate(Element e, DateLanguage lang) {
        if (!e.normalName().equals("time") || e.hasAttr("datetime") || isUpdateMark(e)) {
            return null;
        }
        return dateBeforeUpdate(e.text(), lang);
    }

    /** The opening of a text read for a day written without its year: a dateline or a wire's place and date lead. */
    private static final int MAX_YEARLESS_OPENING_CHARS = 48;

    /**
     * A day written without its year just below the headline ("Mittwoch, 5. März, 14:30 Uhr", "LONDON,
     * March 5 (Reuters) –"), on a path dated by its year, or year and month, only (/2025/03/slug,
     * /2025/slug): the path gives the year. Read in a text's opening, or a badge's few elements, not
     * labelled as an update; a day of another month than the path's is another date's, and is not read.
     */
    private static String yearlessInUrlMonth(PageScan scan, String url, DateLanguage lang) {
        DateParser.UrlYear path = DateParser.urlYear(url);
        if (path == null) {
            return null;
        }
        return firstBelowHeadline(scan, e -> {
            String own = ownText(e);
            if (own.length() < MIN_YEARLESS_CHARS && e.childNodeSize() > 1 && e.childNodeSize() <= MAX_LABELLED_LINE_NODES) {
                // a date badge, its day and month in elements of their own ("<span>03</span><span>févr.</span>")
                String line = Opening.lineOf(e, MAX_YEARLESS_OPENING_CHARS);
                own = line != null ? line : own;
            }
            String opening = own.length() > MAX_YEARLESS_OPENING_CHARS ? own.substring(0, MAX_YEARLESS_OPENING_CHARS) : own;
            if (opening.length() < MIN_YEARLESS_CHARS || holdsUpdateLabel(opening)) {
                return null;
            }
            MonthDay day = DateParser.yearless(opening, lang);
            if (day == null || path.month() != 0 && day.getMonthValue() != path.month() || !day.isValidYear(path.year())) {
                return null;
            }
            return Optional.of(day.atYear(path.year()).toString());
        }).orElse(null);
    }

    /** A day and a month's name take this many characters at least ("5 May"). */
    private static final int MIN_YEARLESS_CHARS = 5;

    /** The last node of an element's subtree, so that the next in document order is the one after it. */
    private static Node lastInSubtree(Node n) {
        Node last = n;
        while (last.childNodeSize() > 0) {
            last = last.childNode(last.childNodeSize() - 1);
        }
        return last;
    }

    /** A relative time's own text is short ("vor 3 Stunden", "il y a 2 jours", "3h"). */
    private static final int MAX_RELATIVE_TIME_CHARS = 40;

    /**
     * The date in the {@code title} of an element just below a headline that shows the time only
     * relative to now ("<span title='3 februari 2022 10:15'>3 uur geleden</span>", as relative-time
     * widgets and forum software write it): its text gives no date, its tooltip the full one, or a data
     * attribute named for a date or time ("<span data-date='2022-02-03T10:15:00+01:00'>3 saat önce</span>",
     * where the widget's script reads it), or a Date among an Astro island's props, from which its component renders the
     * relative time ({@link #islandDate}). A link's title, which describes where it leads, and an element
     * beside another story's link are passed over.
     */
    private static String headlineTitledDate(PageScan scan, String url, DateLanguage lang) {
        return firstBelowHeadline(scan, e -> {
            if (e.attributesSize() == 0) {
                return null;
            }
            String title = e.normalName().equals("a") ? "" : e.attr("title"); // a link's title describes where it leads
            boolean titled = title.length() >= MIN_DATE_CHARS && title.length() <= MAX_WRITTEN_DATE_CHARS;
            String data = titled ? null : dataDate(e);
            if (!titled && data == null) {
                data = islandDate(e);
            }
            if (!titled && data == null) {
                return null;
            }
            String shown = e.text();
            if (shown.isBlank() || shown.length() > MAX_RELATIVE_TIME_CHARS || DateParser.parseText(shown, lang) != null) {
                return null;
            }
            String d = titled ? DateParser.parseText(title, lang) : DateParser.parse(data, lang);
            return d == null || TeasersAndBanners.datesTeaser(e, url) ? null : Optional.of(d);
        }).orElse(null);
    }

    /** The element in which Astro renders a component on the server and hydrates it with its serialized props. */
    private static final String ASTRO_ISLAND = "astro-island";

    /**
     * A Date among an Astro island's props: Astro serializes each prop as a type tag and a value, and a Date as
     * {@code [3,"2026-11-18T00:00:00.000Z"]}. Group 1 is the time.
     */
    private static final Pattern ASTRO_DATE_PROP = Pattern.compile("\\[3,\"([^\"]{8,40})\"\\]");

    /** An island's props read for a Date at most this far: a component's props are short. */
    private static final int MAX_ISLAND_PROPS_CHARS = 2000;

    /**
     * The first Date among the props of an Astro island ({@link #ASTRO_DATE_PROP}): the time a relative-time component
     * renders ("2 weeks ago") from; null for any other element, or an island with no Date prop.
     */
    private static String islandDate(Element e) {
        if (!e.normalName().equals(ASTRO_ISLAND)) {
            return null;
        }
        String props = e.attr("props");
        Matcher m = ASTRO_DATE_PROP.matcher(props.length() > MAX_ISLAND_PROPS_CHARS ? props.substring(0, MAX_ISLAND_PROPS_CHARS) : props);
        return m.find() ? m.group(1) : null;
    }

    /** Attributes of an element read for a data attribute that holds its date: an element has a few. */
    private static final int MAX_ATTRIBUTES_READ = 16;

    /**
     * The value of an element's data attribute named for a date or time ("data-date", "data-time",
     * "data-timestamp", "data-published"), when it is as long as a date: null when none.
     */
    private static String dataDate(Element e) {
        int read = 0;
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            if (read++ >= MAX_ATTRIBUTES_READ) {
                break;
            }
            String key = a.getKey();
            if (key.startsWith("data-") && (key.contains("date") || key.contains("time") || key.contains("publish"))) {
                String v = a.getValue().trim();
                if (v.length() >= MIN_DATE_CHARS && v.length() <= MAX_WRITTEN_DATE_CHARS) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Characters before a time element read for its label ("Aktualisiert:", "Published"). */
    private static final int MAX_TIME_LABEL_CHARS = 40;

    /** Nodes before a time element read for its label: a text, or a label element and the space after it. */
    private static final int MAX_TIME_LABEL_NODES = 3;

    /**
     * True when the text just before a time element labels it as an update ("Aktualisiert: <time>",
     * "<span>Mis à jour le</span> <time>"), the update label coming after any publication label there:
     * its siblings before it are read, or its parent's when it opens its parent.
     */
    private static boolean labelledAsUpdate(Element time) {
        String before = textBefore(time);
        if (before.isBlank() && time.parent() != null && time.parent().childNodeSize() <= MAX_TIME_LABEL_NODES) {
            before = textBefore(time.parent());
        }
        Matcher update = UPDATE_LABEL.matcher(before);
        int updateEnd = -1;
        while (update.find()) {
            updateEnd = update.end();
        }
        if (updateEnd < 0) {
            return false;
        }
        Matcher publication = PUBLISHED_LABEL.matcher(before);
        return !publication.find(updateEnd);
    }

    /**
     * The text of the few nodes before one, in order, its last {@link #MAX_TIME_LABEL_CHARS} characters,
     * back to another time element, or an element holding one, at most.
     */
    private static String textBefore(Node n) {
        StringBuilder out = new StringBuilder();
        Node prev = n.previousSibling();
        for (int i = 0; i < MAX_TIME_LABEL_NODES && prev != null && out.length() < MAX_TIME_LABEL_CHARS; i++, prev = prev.previousSibling()) {
            if (prev instanceof Element e && (e.normalName().equals("time") || !e.getElementsByTag("time").isEmpty())) {
                break; // another time, or a box holding one: the text before it, or in it, labels that one
            }
            String text = prev instanceof TextNode t ? t.getWholeText() : prev instanceof Element e ? e.text() : "";
            if (text.length() > MAX_TIME_LABEL_CHARS) {
                text = text.substring(text.length() - MAX_TIME_LABEL_CHARS);
            }
            out.insert(0, text + " ");
        }
        return out.length() > MAX_TIME_LABEL_CHARS ? out.substring(out.length() - MAX_TIME_LABEL_CHARS) : out.toString();
    }

    /** The time element, unless its label says it is an update. */
    private static Element unlessUpdate(Element time) {
        return time == null || labelledAsUpdate(time) ? null : time;
    }

    private static boolean isUpdateMark(Element e) {
        return marks(e.className(), e.attr("itemprop"), e.id(), UPDATE_MARKS);
    }

    /**
     * A time element's datetime; or the time it shows, when the attribute gives only the day and the
     * text gives the same day with a clock time and zone ("12/22/2023 05:00 AM EST").
     */
    private static String datetimeOf(Element time, DateLanguage lang) {
        if (time == null) {
            return null;
        }
        String attr = time.attr("datetime");
        String day = DateParser.parse(attr, lang);
        if (day != null && day.length() == DAY_CHARS) {
            String shown = DateParser.parseText(time.text(), lang);
            if (shown != null && shown.length() > DAY_CHARS && shown.startsWith(day)) {
                return shown;
            }
        }
        String shown = shownOverDatetime(time, day, lang);
        return shown != null ? shown : attr;
    }

    /**
     * The date a time element shows with its year when its datetime attribute gives another day, or none
     * that parses: HTML makes the attribute the machine-readable form of the element's content, so where
     * the two disagree a template has filled one of them from another field (a theme that prints the
     * publication and writes the last modification into the attribute) or not at all (an unrendered
     * "{{ published_at }}", "0000-00-00"), and the day the reader is shown is the article's. A UTC
     * attribute a day off the text is the same instant seen from the newsroom's zone, left to
     * {@link #shownLocalDay}, which keeps its clock time; a numeric date whose day and month the attribute
     * gives the other way round is that date read in the other order. Null when the text shows no dated
     * year or agrees.
     */
    private static String shownOverDatetime(Element time, String attrParsed, DateLanguage lang) {
        String text = time.text();
        if (text.length() < MIN_DATE_CHARS || text.length() > MAX_DATELINE_CHARS) {
            return null;
        }
        String shown = DateParser.parseText(text, lang);
        if (shown == null || !text.contains(shown.substring(0, 4))) {
            return null; // no date, or one whose year the text does not write out: the attribute knows better
        }
        if (attrParsed == null) {
            return shown;
        }
        LocalDate attrDay = dayOf(attrParsed);
        LocalDate shownDay = dayOf(shown);
        long days = Math.abs(ChronoUnit.DAYS.between(attrDay, shownDay));
        if (days == 0 || shownDay.getYear() == attrDay.getYear() && shownDay.getMonthValue() == attrDay.getDayOfMonth()
                && shownDay.getDayOfMonth() == attrDay.getMonthValue()) {
            return null; // agreeing, or a numeric date read in the other order ("10/04/2016" beside 2016-10-04)
        }
        OffsetDateTime zoned = IsoTimes.offsetDateTimeOrNull(attrParsed);
        boolean utc = zoned != null && zoned.getOffset().getTotalSeconds() == 0;
        return days == 1 && utc ? null : shown;
    }

    /**
     * The first dated dateline. A closing sign-off ("— Jane Doe, 3 March 2022", opened by a dash) is
     * the letter's or column's signature at its end, not the line under the headline: it is passed
     * over, for a later stage to find the header's date, and reached only by the last resort.
     * A longer dateline is read by its opening when that is one run of text, no paragraph or other
     * block in it: a theme's dated sentence, as WordPress's classic theme ends each post ("This entry
     * was posted on Monday, March 3rd, 2008 at 10:15 am and is filed under …"); a container
     * named for its meta data that holds the post's paragraphs is not a dateline. With {@code only}
     * (not null), only the datelines in it are read: those just below the headline, tried first.
     */
    private static String visibleDate(List<Element> datelines, Set<Element> only, String url, DateLanguage lang) {
        return visibleDate(datelines, only, url, lang, null);
    }

    /**
     * {@link #visibleDate(List, Set, String, DateLanguage)}, where a dateline set over the headline
     * outside the article ({@link #aboveHeadline}) yields to the date written just below the headline
     * ({@code below}, when not null and it finds one): a bar above the headline that shows today's
     * date is the site's, whether or not it is named or built as its banner.
     */
    private static String visibleDate(List<Element> datelines, Set<Element> only, String url, DateLanguage lang, WrittenBelow below) {
        String updateMarked = null;
        for (Element e : datelines) {
            if (only != null && !only.contains(e)) {
                continue;
            }
            if (only == null && TeasersAndBanners.inMasthead(e, url)) {
                continue; // the site's banner shows today's date, not the article's
            }
            if (isEventOnlyMark(e)) {
                continue; // an event's date box: the day of what the story announces
            }
            Opening opening = Opening.of(e, MAX_DATELINE_CHARS);
            String t = opening.whole() ? e.text() : opening.blocks() ? "" : opening.text();
            if (!t.isEmpty() && !isSignOff(t) && !holdsReviewLabel(t) && !TeasersAndBanners.datesTeaser(e, url)) {
                String d = dateBeforeUpdate(t, lang);
                if (d != null && below != null && aboveHeadline(e, below.scan) && below.date() != null) {
                    return below.date();
                }
                if (d != null && opening.updates()) { // a part named for the update: the date outside it, if any
                    String published = dateBeforeUpdate(Opening.of(e, MAX_DATELINE_CHARS, true).text(), lang);
                    d = published != null ? published : d;
                }
                if (d != null && isUpdateOnlyMark(e)) {
                    updateMarked = updateMarked == null ? d : updateMarked; // a dateline named for the update: if no other
                } else if (d != null) {
                    return d;
                }
            }
        }
        return updateMarked;
    }

    /** True when a class or id names an update ({@link #isUpdateMark}) and not the publication as well. */
    private static boolean isUpdateOnlyMark(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        String itemprop = e.attr("itemprop");
        String id = e.id();
        return marks(cls, itemprop, id, UPDATE_MARKS) && !marks(cls, itemprop, id, PUBLICATION_MARKS);
    }

    /**
     * True when a class or id names an event and not the publication: the date box of what the story announces, as
     * event plug-ins and themes name it ("event-date", "event-dates", The Events Calendar's "tribe-event-date-start",
     * German "veranstaltung-datum", Italian and Spanish "evento"), which is no dateline of the story.
     */
    private static boolean isEventOnlyMark(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        String id = e.id();
        return marks(cls, "", id, EVENT_MARKS) && !marks(cls, "", id, PUBLICATION_MARKS);
    }

    /** Words of a class or id that name an event ({@link #isEventOnlyMark}). */
    private static final List<String> EVENT_MARKS = List.of("event", "veranstaltung", "evento");

    /** Words of a class, itemprop or id that name an update ({@link #isUpdateMark}). */
    private static final List<String> UPDATE_MARKS = List.of("updat", "modif");

    /** Words of a class, itemprop or id that name the publication as well ({@link #isUpdateOnlyMark}). */
    private static final List<String> PUBLICATION_MARKS = List.of("publish", "posted", "created");

    /**
     * True when the class, itemprop or id holds one of the (lower-case, letters only) words, in any case of their
     * ASCII letters: what the three joined by spaces and lower-cased hold, without the copies, as every element of
     * a dateline's opening is asked. (No other letter lower-cases to an ASCII letter of the words alone: "İ" gives "i̇".)
     */
    private static boolean marks(String cls, String itemprop, String id, List<String> words) {
        for (String w : words) {
            if (holdsIgnoringAsciiCase(cls, w) || holdsIgnoringAsciiCase(itemprop, w) || holdsIgnoringAsciiCase(id, w)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} holds the lower-case ASCII word with its letters in either case. */
    private static boolean holdsIgnoringAsciiCase(String s, String word) {
        int n = word.length();
        char first = word.charAt(0);
        char firstUpper = (char) (first - ('a' - 'A'));
        for (int i = 0; i + n <= s.length(); i++) {
            char c = s.charAt(i);
            if (c != first && c != firstUpper) {
                continue;
            }
            int j = 1;
            while (j < n && (s.charAt(i + j) | 0x20) == word.charAt(j) && isAsciiLetter(s.charAt(i + j))) {
                j++;
            }
            if (j == n) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The opening of an element's text, read no further than a limit whatever the element's size (so
     * forty nested datelines around a huge page cost forty short walks), whitespace collapsed.
     *
     * @param text   the first {@code limit} characters or fewer
     * @param whole  true when the element's whole text is within the limit
     * @param blocks true when a block element (a paragraph, a division…) opens within the text read
     */
    record Opening(String text, boolean whole, boolean blocks, boolean updates) {

        static Opening of(Element e, int limit) {
            return of(e, limit, false);
        }

        /**
         * @param skipUpdates leave out the parts named for an update ({@link #isUpdateOnlyMark}); without it,
         *                    {@code updates} says whether the text read has such a part
         */
        static Opening of(Element e, int limit, boolean skipUpdates) {
            return of(e, limit, skipUpdates, false);
        }

        /**
         * The opening's text when it is the element's whole text and no block is inside ({@code whole() &&
         * !blocks()}), else null: a line whose parts sit in inline elements of their own. The walk stops at the
         * first block inside, where the answer is null whatever follows, instead of reading on to the limit
         * through the rest of a container (its figure, its icons' paths, its paragraphs).
         */
        static String lineOf(Element e, int limit) {
            Opening opening = of(e, limit, false, true);
            return opening.whole() && !opening.blocks() ? opening.text() : null;
        }

        /** @param lineOnly only {@link #lineOf} is asked: the walk stops at the first block, and update marks are not noted */
        private static Opening of(Element e, int limit, boolean skipUpdates, boolean lineOnly) {
            StringBuilder out = new StringBuilder(limit + 1);
            boolean[] blocks = {false};
            boolean[] updates = {false};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (out.length() > limit) {
                        return FilterResult.STOP;
                    }
                    if (!lineOnly && node != e && node instanceof Element part && isUpdateOnlyMark(part)) {
                        updates[0] = true;
                        if (skipUpdates) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                    if (node instanceof TextNode t) {
                        appendCollapsed(out, t.getWholeText(), limit + 1);
                    } else if (node != e && node instanceof Element child && (child.isBlock() || child.normalName().equals("br"))) {
                        blocks[0] |= child.isBlock();
                        if (blocks[0] && lineOnly) {
                            return FilterResult.STOP;
                        }
                        appendCollapsed(out, " ", limit + 1);
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, e);
            String text = out.toString().strip();
            boolean whole = out.length() <= limit;
            return new Opening(whole ? text : text.substring(0, Math.min(text.length(), limit)), whole, blocks[0], updates[0]);
        }

        private static void appendCollapsed(StringBuilder out, String s, int max) {
            for (int i = 0; i < s.length() && out.length() < max; i++) {
                char c = s.charAt(i);
                boolean space = Character.isWhitespace(c) || c == '\u00A0';
                if (!space) {
                    out.append(c);
                } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
        }
    }

    /** True when a line opens with an em dash, en dash or horizontal bar, as sign-offs do. */
    private static boolean isSignOff(String line) {
        return !line.isEmpty() && SIGN_OFF_DASHES.indexOf(line.charAt(0)) >= 0;
    }

    /**
     * A publication date in a script's app state (Next.js, Nuxt and similar apps keep it there, not in markup): the first
     * one a script gives, unless a key of the first publication ("first_publish_date", "firstPublishedAt") follows it
     * closely, in the same object: the plain key of some CMSs is rewritten at each republication (Arc XP's "publish_date").
     */
    private static String scriptDate(List<Element> scripts, DateLanguage lang) {
        for (Element script : scripts) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS_SEARCHED) {
                data = data.substring(0, MAX_SCRIPT_CHARS_SEARCHED);
            }
            data = FrameworkState.readable(data);
            String date = writtenScriptDate(data, lang);
            if (date == null) {
                date = nuxtFunctionDate(data, lang);
            }
            if (date == null && FrameworkState.NUXT_DATA_ID.equals(script.id())) {
                date = nuxtDataDate(data, lang);
            }
            if (date == null) {
                date = namedInLanguageOrConstructedDate(data, lang);
            }
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * Stems of keys that name the publication in the languages of sites whose app state is keyed in their own words
     * ("fechaPublicacion", "publicada", "dataPubblicazione", "pubblicatoIl", "datePublication", "publieLe",
     * "veroeffentlichtAm", "erscheinungsdatum", "publicatiedatum", "dataPublikacji", "yayinTarihi"), matched in any case.
     */
    private static final String PUBLICATION_KEY_STEMS = "publicac|publicad|pubblica|publication|publie|veroeffentlich|veröffentlich|"
            + "erschein|publicatie|gepubliceerd|publikac|opublikow|yayin";

    /**
     * A time as app state writes a value, after its key's colon: an ISO time in quotes (group 1) or a Date built from
     * epoch milliseconds (group 2, {@code new Date(1795507200000)}, as SvelteKit's devalue writes a date into the page).
     * Values are found first, their keys read back from the colon: a script has far fewer times than keys.
     */
    private static final Pattern SCRIPT_TIME_VALUE = Pattern.compile(
            ":\\s*(?:\\\\?\"(\\d{4}-\\d\\d-\\d\\d[^\"\\\\]{0,30})\\\\?\"|new Date\\((\\d{13})\\))");

    /** Publication keys of {@link #PUBLICATION_KEY_STEMS}, matched in a key read back from its value. */
    private static final Pattern PUBLICATION_KEY_STEM = Pattern.compile("(?iu)" + PUBLICATION_KEY_STEMS);

    /** Keys of {@link #SCRIPT_DATE_KEYS}, matched whole in a key read back from its value. */
    private static final Pattern SCRIPT_DATE_KEY = Pattern.compile(SCRIPT_DATE_KEYS);

    /** A key read back from its colon is at most this long. */
    private static final int MAX_KEY_CHARS = 40;

    /**
     * The first publication time in a script whose key names the publication in the site's language
     * ({@link #PUBLICATION_KEY_STEMS}), or in English ({@link #SCRIPT_DATE_KEYS}) with the time built as a Date:
     * {@code pubblicatoIl:"2026-12-02T09:15:00+01:00"}, {@code "fecha_publicacion":"…"}, {@code publishedAt:new Date(…)}.
     * Read only when the script gives no time in the forms before it, and the page no date elsewhere; null when none.
     */
    private static String namedInLanguageOrConstructedDate(String data, DateLanguage lang) {
        Matcher m = SCRIPT_TIME_VALUE.matcher(data);
        while (m.find()) {
            String key = keyBefore(data, m.start());
            if (key == null || !(PUBLICATION_KEY_STEM.matcher(key).find() || m.group(2) != null && SCRIPT_DATE_KEY.matcher(key).matches())) {
                continue;
            }
            String date = DateParser.parse(m.group(1) != null ? m.group(1) : m.group(2), lang);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The key written just before the colon at {@code colon}, quoted (also with escaped quotes) or bare; null when none. */
    private static String keyBefore(String data, int colon) {
        int end = colon;
        while (end > 0 && Character.isWhitespace(data.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && (data.charAt(end - 1) == '"' || data.charAt(end - 1) == '\'' || data.charAt(end - 1) == '\\')) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_KEY_CHARS && (Character.isLetterOrDigit(data.charAt(start - 1))
                || data.charAt(start - 1) == '_' || data.charAt(start - 1) == '$')) {
            start--;
        }
        return start < end ? data.substring(start, end) : null;
    }

    /**
     * A key of {@link #SCRIPT_DATE_KEYS} whose value is a bare name, in Nuxt 2's state function ({@code publishedAt:c}):
     * the name is one of the function's parameters. Group 1 is the key, group 2 the name.
     */
    private static final Pattern SCRIPT_DATE_NAMED = Pattern.compile(
            "(?<![\\w$.\"])(" + SCRIPT_DATE_KEYS + ")\\s*:\\s*([A-Za-z_$][\\w$]{0,3})(?=\\s*[,}])");

    /**
     * A key of {@link #SCRIPT_DATE_KEYS} whose value is the index of an element of Nuxt 3's payload array
     * ({@code "publishedAt":8}). Group 1 is the key, group 2 the index.
     */
    private static final Pattern SCRIPT_DATE_INDEXED = Pattern.compile("\"(" + SCRIPT_DATE_KEYS + ")\":(\\d{1,7})(?=[,}])");

    /** The first publication time in Nuxt 2's state function, its value the argument its key names; null when none. */
    private static String nuxtFunctionDate(String data, DateLanguage lang) {
        Map<String, String> args = FrameworkState.nuxtArguments(data);
        if (args.isEmpty()) {
            return null;
        }
        Matcher m = SCRIPT_DATE_NAMED.matcher(data);
        while (m.find()) {
            String date = DateParser.parse(args.get(m.group(2)), lang);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The first publication time in Nuxt 3's payload, its value the element its key's index gives; null when none. */
    private static String nuxtDataDate(String data, DateLanguage lang) {
        Matcher m = SCRIPT_DATE_INDEXED.matcher(data);
        if (!m.find()) {
            return null;
        }
        JsonNode payload = FrameworkState.nuxtData(data);
        if (payload == null) {
            return null;
        }
        do {
            String date = DateParser.parse(FrameworkState.nuxtDataValue(payload, Integer.parseInt(m.group(2))), lang);
            if (date != null) {
                return date;
            }
        } while (m.find());
        return null;
    }

    /**
     * The publication time a script writes beside its key ({@link #SCRIPT_DATE}): the first, or a key of the first
     * publication among the same object's keys after it; null when the script's first such key gives no date.
     */
    private static String writtenScriptDate(String data, DateLanguage lang) {
        Matcher m = SCRIPT_DATE.matcher(data);
        if (!m.find()) {
            return null;
        }
        String first = DateParser.parse(m.group(4), lang);
        if (first == null) {
            return null;
        }
        int reach = m.end() + MAX_CHARS_TO_FIRST_PUBLICATION_KEY;
        do {
            String key = m.group(2) != null ? m.group(2) : m.group(3);
            if (key.regionMatches(true, 0, "first", 0, "first".length())) {
                String d = DateParser.parse(m.group(4), lang);
                return d != null ? d : first;
            }
        } while (m.find() && m.start() <= reach);
        return first;
    }

    /**
     * The date a reader finds first on the page: the last resort. Short texts that are dates are read
     * in document order, outside comments, footers (not the footer of the article holding the headline,
     * {@link #isHeadlinesArticleFooter}), navigation, figures and asides beside the article
     * (other stories' teasers, the masthead's today, a photograph's date; an aside within an article
     * element may hold its meta line). Below the headline (the first h1), the
     * first date before the prose has begun is the byline's, unless it is unlabelled and a line of the
     * header after it, before the prose, is labelled as the publication (a box giving an event's date
     * set above the byline "Publicado em 5 de março de 2025"); a date above it is taken only when none
     * is below, the nearest first (a date line set over the headline), and a date met below after
     * the prose has begun only when none is above (a theme that dates the post at its end). A long
     * paragraph just below the headline that opens with a wire dateline ("BERLIN, 3. Februar 2022
     * (dpa) –") gives its date. A line labelled as an update ("Aktualisiert: ...", "Stand: ...",
     * "Updated ...") is passed over for a publication line beside it, and used when none follows
     * before the prose begins, unless a short line further on labels the publication ("Creado:
     * 03/02/2022", written after the text) with a day not after the update's. A timeline's entries are passed over
     * ({@link #inChronology}). Below the headline, before the prose, a
     * date that a label of another fact names ("Turniertag: 07.02.2027", {@link #isFactLabel}) is passed over for the
     * page's other date when that one is earlier: what a story announces comes after it. A court decision's date set there
     * ({@link #DECISION_DATE_LINE}) is passed over for any other date. A date the headline's own words name ("… erscheint am
     * 14. März 2027", "《…》确认2027年3月14日发售") is the day the story announces or reports, not the page's: it is taken only
     * when nothing below, above or as an update dates the page. One walk over text nodes, so
     * deep or huge pages cost no more than their size.
     */
    private static String firstWrittenDate(Document doc, boolean pageHasH1, String url, DateLanguage lang) {
        if (doc.body() == null) {
            return null;
        }
        String[] found = {null};
        String[] above = {null};
        String[] updated = {null};
        int[] updatedAt = {0};
        int[] seen = {0};
        int[] paragraphs = {0};
        boolean[] below = {!pageHasH1}; // with no h1, the page is read from the top as if below it
        int[] articles = {0}; // article elements open around the node: an aside in one may hold its meta line
        int[] banners = {0}; // banners asked whether they hold the headline, a few at most
        int[] labelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // the last update label on a line of its own
        int[] teaserChecks = {0}; // dates asked whether they are a teaser's, a bounded number
        int[] mains = {0}; // main elements open around the node: a header in one is the article's
        boolean[] createdOnly = {false}; // past the update's datelines: only a labelled publication is read on
        int[] createdLabelAt = {-1}; // the last publication label on a line of its own, in that reading
        String[] unlabelled = {null}; // an unlabelled date below the headline, held while the header is read on
        int[] unlabelledAt = {0};
        int[] publicationLabelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // a publication label on a line of its own, in that reading
        boolean[] toStoryEnd = {false}; // reading the rest of the story's box for a labelled publication only
        Element[] story = {null}; // the article or main element around the headline, when the header's reading gave no label
        int[] stateLabelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // the last label of a state or a term's bound on a line of its own
        int[] reviewLabelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // the last text holding an expert review's label ({@link #REVIEW_LABEL})
        int[] factLabelAt = {-2}; // the last colon-closed label of another fact on a line of its own ("Turniertag:")
        String[] fact = {null}; // the first date below the headline that such a label names: the event's when a date before it follows
        Element[] headline = {null}; // the first h1, once met
        boolean[] inHeadline = {false}; // reading the headline's own text
        String[] headlineDate = {null}; // a date the headline's words name: the page's only when nothing else dates it
        String[] decision = {null}; // a court decision's date set under the headline: the page's only when it has no other
        String[] made = {null}; // a record box's day the document was produced: the page's only when it has no other
        int[] madeLabelAt = {-MAX_TEXTS_FROM_LABEL - 1}; // the last such label on a line of its own ("Data wytworzenia:")
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (isCommentsOrFooter(e) && !(articles[0] > 0 && isHeadlinesArticleFooter(e, headline[0]))
                            || isOutsideTheStory(e) || articles[0] == 0 && e.normalName().equals("aside")) {
                        return FilterResult.SKIP_ENTIRELY; // an aside beside the article holds other stories' teasers
                    }
                    if ((!below[0] || !pageHasH1) && articles[0] == 0 && mains[0] == 0 && (TeasersAndBanners.namesToday(e)
                            || TeasersAndBanners.isBanner(e) && banners[0]++ < MAX_BANNERS_ASKED && TeasersAndBanners.isMastheadBox(e, url))) {
                        // the site's banner above the headline: today's date; on a page with no h1 (Korean press CMSes head the
                        // story with an h3) the banner is read as if below it, and is still the banner
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if ((!below[0] || !pageHasH1) && articles[0] == 0 && mains[0] == 0 && e.normalName().equals("tr")
                            && banners[0]++ < MAX_BANNERS_ASKED && TeasersAndBanners.isLogoRow(e, url)) {
                        return FilterResult.SKIP_ENTIRELY; // a table layout's logo row and today's date, with or without an h1 under it
                    }
                    if (e.normalName().equals("main")) {
                        mains[0]++;
                    }
                    if (e.normalName().equals("article")) {
                        articles[0]++;
                    }
                    if (!below[0] && e.normalName().equals("h1")) {
                        below[0] = true;
                        headline[0] = e;
                        inHeadline[0] = true;
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof TextNode t)) {
                    return FilterResult.CONTINUE;
                }
                if (seen[0]++ >= MAX_TEXTS_FOR_WRITTEN_DATE) {
                    return FilterResult.STOP;
                }
                String text = t.getWholeText().trim();
                if (inHeadline[0]) {
                    if (headlineDate[0] == null && text.length() >= MIN_DATE_CHARS && text.length() <= MAX_DATELINE_CHARS) {
                        headlineDate[0] = DateParser.parseText(text, lang);
                    }
                    return FilterResult.CONTINUE; // "… erscheint am 14. März 2027": the day the story announces, asked last
                }
                if (text.length() <= MAX_WRITTEN_DATE_CHARS) {
                    boolean madeLabel = DOCUMENT_MADE_LABEL.matcher(text).lookingAt();
                    if (madeLabel || seen[0] - madeLabelAt[0] <= MAX_TEXTS_FROM_LABEL) {
                        String day = DateParser.parseText(text, lang);
                        if (madeLabel && day == null) {
                            madeLabelAt[0] = seen[0]; // "Data wytworzenia:" in its own cell: the date in the next is the document's
                            return FilterResult.CONTINUE;
                        }
                        if (day != null) {
                            made[0] = made[0] == null ? day : made[0];
                            return FilterResult.CONTINUE; // the day the document was produced, not the page's
                        }
                    }
                }
                if (unlabelled[0] != null) {
                    // an unlabelled date below the headline, then the header's other lines: one labelled as the
                    // publication ("Publicado em 5 de março") outranks it (an event's or a product's date set first)
                    if (!toStoryEnd[0] && (seen[0] > unlabelledAt[0] + MAX_TEXTS_AFTER_UNLABELLED || text.length() > MAX_DATELINE_CHARS)) {
                        story[0] = storyAround(doc);
                        if (story[0] == null || !(t.parent() instanceof Element holder && (holder == story[0] || isAncestorOf(story[0], holder)))) {
                            found[0] = unlabelled[0];
                            return FilterResult.STOP;
                        }
                        // past the header: the story's own box is read to its end for a line labelled as the publication
                        // ("Published 2 December 2026" closing a notice), which outranks the unlabelled date
                        toStoryEnd[0] = true;
                    }
                    if (toStoryEnd[0] && text.length() > MAX_WRITTEN_DATE_CHARS) {
                        return FilterResult.CONTINUE;
                    }
                    String labelled = seen[0] - publicationLabelAt[0] <= MAX_TEXTS_FROM_LABEL
                            && text.length() >= MIN_DATE_CHARS && text.length() <= MAX_WRITTEN_DATE_CHARS
                            ? DateParser.parseText(text, lang) : labelledPublication(text, lang);
                    if (labelled == null && isPublicationLabel(text, lang)) {
                        publicationLabelAt[0] = seen[0];
                    }
                    if (labelled != null && !(teaserChecks[0]++ < MAX_TEASER_CHECKS && t.parent() instanceof Element holder
                            && (TeasersAndBanners.inSmallTeaser(holder, url) || TeasersAndBanners.besideAnotherStorysLink(holder, url)))) {
                        found[0] = labelled; // not another story's, beside its link
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }
                if (updated[0] != null && !createdOnly[0] && below[0] && paragraphs[0] < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE
                        && seen[0] <= updatedAt[0] + MAX_TEXTS_AFTER_UPDATE) {
                    String filed = yearlessWireDateline(text, updated[0], lang);
                    if (filed != null) {
                        found[0] = filed; // the wire's filing day, the year the update's ("Stand: 4.12.2026", "BERLIN, 3. Dezember (dpa)")
                        return FilterResult.STOP;
                    }
                }
                if (updated[0] != null
                        && (createdOnly[0] || seen[0] > updatedAt[0] + MAX_TEXTS_AFTER_UPDATE || text.length() > MAX_DATELINE_CHARS)) {
                    // the datelines are behind and gave only the update: later dates are other stories', but a line
                    // labelled as the publication (a theme that writes "Created:" after the text) is the article's
                    createdOnly[0] = true;
                    String created = createdLabelAt[0] >= 0 && seen[0] - createdLabelAt[0] <= MAX_TEXTS_FROM_LABEL
                            && text.length() >= MIN_DATE_CHARS && text.length() <= MAX_WRITTEN_DATE_CHARS
                            ? DateParser.parseText(text, lang) : labelledPublication(text, lang);
                    if (created == null && isPublicationLabel(text, lang)) {
                        createdLabelAt[0] = seen[0];
                    }
                    if (created != null && !dayOf(created).isAfter(dayOf(updated[0]))
                            && !(teaserChecks[0]++ < MAX_TEASER_CHECKS && t.parent() instanceof Element holder
                            && TeasersAndBanners.inSmallTeaser(holder, url))) {
                        found[0] = created; // a publication after its update is another story's
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }
                if (text.length() > MAX_DATELINE_CHARS) {
                    if (below[0] && paragraphs[0]++ < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE) {
                        String wire = wireDateline(text, lang);
                        if (wire != null) {
                            found[0] = wire;
                            return FilterResult.STOP;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
                if (text.length() <= MAX_LABEL_CHARS && holdsUpdateLabel(text) && DateParser.parseText(text, lang) == null) {
                    labelAt[0] = seen[0]; // "Aktualisiert:", "Updated" on its own: the date just after is the update's
                    return FilterResult.CONTINUE;
                }
                if (isPublicationLabel(text, lang)) {
                    publicationLabelAt[0] = seen[0]; // "Publicado em" on its own: the date just after is labelled
                    return FilterResult.CONTINUE;
                }
                if (isStateLabel(text)) {
                    stateLabelAt[0] = seen[0]; // "Joined:", "Registriert:", "Verfügbar bis" on its own: the date just after is the state's
                    return FilterResult.CONTINUE;
                }
                if (below[0] && paragraphs[0] == 0 && isFactLabel(text)) {
                    factLabelAt[0] = seen[0]; // "Turniertag:", "Anmeldeschluss:" in a facts box: the date just after is that fact's
                    return FilterResult.CONTINUE;
                }
                if (below[0] && paragraphs[0] == 0 && text.length() <= MAX_WRITTEN_DATE_CHARS
                        && (seen[0] - factLabelAt[0] == 1 || labelsAnotherFact(text))) {
                    if (fact[0] == null) {
                        fact[0] = DateParser.parseText(text, lang);
                    }
                    return FilterResult.CONTINUE; // the date of what the story announces, set between the headline and its byline
                }
                if (text.length() <= MAX_DATELINE_CHARS && holdsReviewLabel(text)) {
                    if (DateParser.parseText(text, lang) == null) {
                        reviewLabelAt[0] = seen[0]; // "Medically reviewed by", the reviewer's name and the date in the texts after it
                    }
                    return FilterResult.CONTINUE; // "Medically reviewed by Luis Ortega, MD on November 18, 2026": the review's day
                }
                if (seen[0] - reviewLabelAt[0] <= MAX_TEXTS_FROM_LABEL && text.length() <= MAX_WRITTEN_DATE_CHARS
                        && !holdsUpdateLabel(text) && !holdsPublishedLabel(text) && DateParser.parseText(text, lang) != null) {
                    return FilterResult.CONTINUE; // "Medically reviewed by <a>…</a> on November 9, 2026": the date after the reviewer
                }
                if (paragraphs[0] == 0 && text.length() <= MAX_WRITTEN_DATE_CHARS && datesADecision(text)) {
                    if (decision[0] == null) {
                        decision[0] = DateParser.parseText(text, lang);
                    }
                    return FilterResult.CONTINUE; // "Urteil vom 3. Dezember 2026 – 5 StR 123/26": the decision's day, not the page's
                }
                if (text.length() < MIN_DATE_CHARS || text.length() <= MAX_WRITTEN_DATE_CHARS && datesAState(text)
                        || seen[0] - stateLabelAt[0] <= MAX_TEXTS_FROM_LABEL) {
                    return FilterResult.CONTINUE; // too short for a date, or the start of a state ("Mitglied seit 2019") or a term's bound
                }
                String date = text.length() <= MAX_WRITTEN_DATE_CHARS ? dateBeforeUpdate(text, lang)
                        : paragraphs[0] < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE ? labelledDate(text, lang) : null; // a sentence may cite a date
                if (date == null && below[0] && text.length() > MAX_WRITTEN_DATE_CHARS && paragraphs[0] < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE) {
                    date = wireDateline(text, lang); // a short first paragraph opening with the wire's place and date
                }
                if (date == null && text.length() > MAX_WRITTEN_DATE_CHARS) {
                    return FilterResult.CONTINUE;
                }
                if (date != null && teaserChecks[0]++ < MAX_TEASER_CHECKS && t.parent() instanceof Element holder
                        && TeasersAndBanners.inSmallTeaser(holder, url)) {
                    return FilterResult.CONTINUE; // another story's date, beside its link
                }
                if (date != null && below[0] && inChronology(t, lang)) {
                    return FilterResult.CONTINUE; // a timeline's entry: the date of what happened, not of the page
                }
                if (date != null && seen[0] - labelAt[0] <= MAX_TEXTS_FROM_LABEL && !holdsPublishedLabel(text)) {
                    if (updated[0] == null) {
                        updated[0] = date; // the update, if the page gives no other
                        updatedAt[0] = seen[0];
                    }
                    return FilterResult.CONTINUE;
                }
                if (date != null) {
                    if (!below[0]) {
                        above[0] = date; // the nearest above the headline so far
                        return FilterResult.CONTINUE;
                    }
                    if (paragraphs[0] < MAX_PARAGRAPHS_BEFORE_SHOWN_DATE) {
                        if (paragraphs[0] == 0 && !holdsPublishedLabel(text)
                                && seen[0] - publicationLabelAt[0] > MAX_TEXTS_FROM_LABEL) {
                            unlabelled[0] = date; // read the rest of the header for a labelled publication
                            unlabelledAt[0] = seen[0];
                            return FilterResult.CONTINUE;
                        }
                        found[0] = date;
                        return FilterResult.STOP;
                    }
                    if (above[0] != null) {
                        return FilterResult.STOP; // the story's text is behind: the date above the headline is its own
                    }
                    found[0] = date;
                    return FilterResult.STOP;
                }
                if (updated[0] == null) {
                    updated[0] = DateParser.parseText(text, lang); // an update date, if the page gives no other
                    updatedAt[0] = seen[0];
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == headline[0]) {
                    inHeadline[0] = false;
                }
                if (toStoryEnd[0] && node == story[0]) {
                    found[0] = unlabelled[0]; // the story's box ends with no labelled publication
                    return FilterResult.STOP;
                }
                if (node instanceof Element e && e.normalName().equals("article")) {
                    articles[0]--;
                } else if (node instanceof Element e && e.normalName().equals("main")) {
                    mains[0]--;
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        String written = found[0] != null ? found[0] : unlabelled[0] != null ? unlabelled[0] : above[0] != null ? above[0]
                : updated[0] != null ? updated[0] : headlineDate[0] != null ? headlineDate[0] : decision[0] != null ? decision[0] : made[0];
        // what a story announces comes after the story: a labelled date not after the page's other one was the page's own
        return fact[0] == null || written != null && dayOf(fact[0]).isAfter(dayOf(written)) ? written : fact[0];
    }

    /** A list item is looked for this many elements up from a date's text node. */
    private static final int MAX_LEVELS_TO_LIST_ITEM = 3;

    /** A chronology's entries are told from the first few items of its list. */
    private static final int MAX_CHRONOLOGY_ITEMS_READ = 6;

    /** An entry of a chronology opens with its date within this many characters ("12. Mai 2003:", "March 19, 2019 –"). */
    private static final int CHRONOLOGY_DATE_CHARS = 22;

    /**
     * True when the text is in an item of a list two of whose items each open with a date and go on with what happened
     * on it ("12. Mai 2003: Der Gemeinderat beantragt …"): a chronology in the story, whose dates are its events'. A
     * list of meta fields ("Veröffentlicht: …") or of teasers (a link, then its date) opens its items otherwise.
     */
    private static boolean inChronology(TextNode t, DateLanguage lang) {
        Element item = t.parent();
        for (int up = 0; item != null && up < MAX_LEVELS_TO_LIST_ITEM && !item.normalName().equals("li"); up++) {
            item = item.parent();
        }
        if (item == null || !item.normalName().equals("li") || !(item.parent() instanceof Element list)) {
            return false;
        }
        int entries = 0;
        int read = 0;
        for (Element sibling : list.children()) {
            if (read++ >= MAX_CHRONOLOGY_ITEMS_READ) {
                break;
            }
            if (!sibling.normalName().equals("li")) {
                continue;
            }
            Opening opening = Opening.of(sibling, CHRONOLOGY_DATE_CHARS + MAX_LABEL_CHARS, false); // read no further
            if (!opening.whole() && DateParser.parseText(opening.text().substring(0, CHRONOLOGY_DATE_CHARS), lang) != null
                    && ++entries >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Generic nouns for a date ("Datum:", "Date:", "Fecha:", "Дата:", "日期："): a line so labelled may be the page's own
     * date, so such a label names no other fact ({@link #isFactLabel}).
     */
    static final String DATE_NOUNS = "date|datum|fecha|data|dato|dată|datë|dátum|datums|data publicării|дата|датум|tarih|tarikh|"
            + "tanggal|päivämäärä|päiväys|kuupäev|ημερομηνία|ngày|日期|日付|날짜|תאריך|التاريخ|تاریخ|time|zeit|uhrzeit|hora|heure|ora|время";

    private static final Pattern DATE_NOUN_LABEL = Pattern.compile("(?iu)^(?:" + DATE_NOUNS + ")\\s*[:：]$");

    /**
     * The label of the day a document was produced, as the record box Polish public-information bulletins (BIP) print under
     * each notice by law sets it before the day it was published ("Data wytworzenia: 27.11.2026", then "Data publikacji:
     * 30.11.2026"; "Data sporządzenia", the day it was drawn up): the document's day, often days before the page's. The
     * page's other date is read instead, and this one only when there is none.
     */
    private static final Pattern DOCUMENT_MADE_LABEL = Pattern.compile("(?iu)^data\\s+(?:wytworzenia|sporządzenia)"
            + "(?:\\s+(?:dokumentu|informacji|pisma))?\\s*[:：]?");

    /**
     * A court's decision named before its date, as court reporters, courts' press releases and law firms' notes set it as a
     * line of its own under the headline ("Urteil vom 3. Dezember 2026 - 5 StR 123/26", "BAG, Beschluss vom 18.11.2026",
     * "Judgment of 3 December 2026", "Arrêt du 26 novembre 2026", "Sentenza n. 1234 del 20 novembre 2026", "Sentencia de 4
     * de diciembre", "Uitspraak van 2 december", "Wyrok z dnia 3 grudnia", "Rozsudek ze dne 26. listopadu"): the decision
     * noun, a few words at most (the senate, the number), then the preposition of a date. The date is the decision's,
     * given a day or more before the page that reports it, so the page's other date is read instead.
     */
    private static final Pattern DECISION_DATE_LINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:urteil|beschluss|entscheidung|gerichtsbescheid"
            + "|judg(?:e)?ment|decision|ruling|arrêt|arret|jugement|décision|ordonnance|sentenza|ordinanza|sentencia|acórdão|acordao"
            + "|uitspraak|beschikking|vonnis|wyrok|postanowienie|rozsudek|usnesení|nález)(?![\\p{L}])[^!?:]{0,50}?"
            + "(?<![\\p{L}])(?:vom|of|dated|du|en date du|del|de|van|z dnia|ze dne)\\s+(?=\\p{N}|\\p{L}+\\.?\\s+\\p{N})");

    /**
     * The label of an expert's check of a published text, as health and finance sites set it in the byline ("Medically
     * reviewed by Luis Ortega, MD on November 18, 2026", "Fact checked by …", "Clinically reviewed by …"): the date after it
     * is the review's, a check of the text by someone other than its writer, neither its publication nor an update of its
     * words. The page's other date is read instead; where that is only "Updated on …", the engine dates the page by it, as
     * it does when a page shows nothing but its update.
     */
    private static final Pattern REVIEW_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:medical(?:ly)?|clinically|expert)"
            + "[- ]reviewed|fact[- ]checked)(?![\\p{L}])");

    /** True when the text holds a {@link #REVIEW_LABEL}: most texts are refused without the pattern, by the letters it needs. */
    private static boolean holdsReviewLabel(String text) {
        return (text.indexOf("eviewed") >= 0 || text.indexOf("hecked") >= 0) && REVIEW_LABEL.matcher(text).find();
    }

    /** True when a short dated text names a court's decision before its date ({@link #DECISION_DATE_LINE}). */
    static boolean datesADecision(String text) {
        return DECISION_DATE_LINE.matcher(text).find();
    }

    /**
     * True when a short text alone is a colon-closed label of another fact ("Turniertag:", "Anmeldeschluss:", "Termin:",
     * "Ort:"): a facts box between an announcement's headline and its byline sets each fact so, in bold before its value,
     * and the date after such a label is the event's or the deadline's, not the page's. A publication or update label,
     * a state's, or a date's generic noun ({@link #DATE_NOUNS}) is none.
     */
    private static boolean isFactLabel(String text) {
        if (text.length() < 3 || text.length() > MAX_LABEL_CHARS || LABEL_COLONS.indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '.' && c != '\'' && c != '’') {
                return false; // a word or a few, nothing else
            }
        }
        return !DATE_NOUN_LABEL.matcher(text).matches() && !holdsPublishedLabel(text) && !holdsUpdateLabel(text) && !isStateLabel(text);
    }

    /**
     * True when a short dated text opens with a label of another fact ({@link #isFactLabel}) before its date
     * ("Turniertag: Sonntag, 07.02.2027").
     */
    private static boolean labelsAnotherFact(String text) {
        int colon = -1;
        for (int i = 0; i < text.length() && !Character.isDigit(text.charAt(i)); i++) {
            if (LABEL_COLONS.indexOf(text.charAt(i)) >= 0) {
                colon = i;
                break;
            }
        }
        return colon > 0 && isFactLabel(text.substring(0, colon + 1).trim());
    }

    /** The article element around the page's first h1, else its main element; null when it has neither. */
    private static Element storyAround(Document doc) {
        Element h1 = doc.body() == null ? null : doc.body().selectFirst(H1);
        if (h1 == null) {
            return null;
        }
        Element article = h1.closest(ARTICLE);
        return article != null ? article : h1.closest(MAIN);
    }

    /**
     * The date written just below the headline (the first few h1s, {@link #MAX_ELEMENTS_AFTER_HEADLINE}
     * elements each): the first short text of an element's own that gives a date, not labelled as an
     * update and not beside another story's link. Read once, when first asked.
     */
    private static final class WrittenBelow {
        private final PageScan scan;
        private final String url;
        private final DateLanguage lang;
        private boolean read;
        private String date;

        WrittenBelow(PageScan scan, String url, DateLanguage lang) {
            this.scan = scan;
            this.url = url;
            this.lang = lang;
        }

        /** The date, or null when the page writes none there. */
        String date() {
            if (!read) {
                read = true;
                date = firstBelowHeadline(scan, e -> {
                    String own = ownText(e);
                    if (own.length() < MIN_DATE_CHARS || own.length() > MAX_WRITTEN_DATE_CHARS || holdsUpdateLabel(own)
                            || datesAState(own) || labelledAsState(e)) {
                        return null;
                    }
                    String rest = afterState(own);
                    String d = DateParser.parseText(rest != null ? rest : own, lang);
                    return d == null || TeasersAndBanners.inSmallTeaser(e, url) ? null : Optional.of(d);
                }).orElse(null);
            }
            return date;
        }
    }

    /**
     * True when the label of a state or a term's bound ({@link #isStateLabel}) stands just before an
     * element's own text: its first child ("<dd><strong>Joined:</strong> Tue Nov 10, 2026</dd>") or the
     * element just before it ("<dt>Verfügbar bis</dt><dd>03.12.2028</dd>").
     */
    private static boolean labelledAsState(Element e) {
        Element first = e.firstElementChild();
        if (first != null && first.childrenSize() == 0 && isStateLabel(first.text())) {
            return true;
        }
        Element prev = e.previousElementSibling();
        return prev != null && prev.childrenSize() <= 1 && isStateLabel(prev.text());
    }

    /**
     * True when the page marks its story with an article element and the time is in none: a sidebar's
     * or listing's time ("Weitere Meldungen" as a CMS's view block lists them, beside the node's article).
     */
    private static boolean outsideTheArticle(Element time, PageScan scan) {
        return scan.hasArticleElement() && time.closest(ARTICLE) == null; // the scan's note: no search of the page per time
    }

    /** Ancestors of an element looked at on the way to the headline's: pages nest a few dozen deep. */
    private static final int MAX_ANCESTORS_COMPARED = 200;

    /**
     * True when an element comes before the page's headline (its first h1) in document order, outside
     * any article element and not around the headline: a bar or header set over the headline by the
     * site, not the article's own kicker line.
     */
    private static boolean aboveHeadline(Element e, PageScan scan) {
        Element h1 = scan.firstH1();
        if (h1 == null || e.closest(ARTICLE) != null) {
            return false;
        }
        Set<Element> headlinePath = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth = 0;
        for (Element up = h1; up != null && depth++ < MAX_ANCESTORS_COMPARED; up = up.parent()) {
            headlinePath.add(up);
        }
        Element child = null;
        depth = 0;
        for (Element up = e; up != null && depth++ < MAX_ANCESTORS_COMPARED; child = up, up = up.parent()) {
            if (headlinePath.contains(up)) {
                if (child == null || up == h1) {
                    return false; // the element holds the headline, or sits in it
                }
                Element headlineSide = h1;
                while (headlineSide.parent() != up) {
                    headlineSide = headlineSide.parent();
                }
                // the nearest box around the line and the headline that holds no menu or banner is the article's own:
                // a dated line heading it ("Lindenau, 02.12.2026" over a press release's h1) is the story's
                return child.elementSiblingIndex() < headlineSide.elementSiblingIndex() && !isStoryBox(up);
            }
        }
        return false;
    }

    /** The page's frame: a menu, a banner, the body's or main region's root. */
    private static final org.jsoup.select.Evaluator FRAME = org.jsoup.select.QueryParser.parse(
            "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], main, form");

    /**
     * True when a box is the story's own: neither the body nor a box that holds the page's frame
     * ({@link #FRAME}: a menu, a banner, a footer, a sidebar, the main region).
     */
    private static boolean isStoryBox(Element box) {
        return !box.normalName().equals("body") && !box.normalName().equals("html") && !box.normalName().equals("main")
                && box.selectFirst(FRAME) == null;
    }

    /** Banners asked whether they hold the headline on one page: a page has one or two. */
    private static final int MAX_BANNERS_ASKED = 8;

    /** Dates asked whether they date a teaser in one walk: each asks about its box, which may be large. */
    private static final int MAX_TEASER_CHECKS = 40;

    /** Characters after a publication label read for its date: "am Donnerstag, 3. Februar 2022, 10:15 Uhr". */
    private static final int LABELLED_DATE_CHARS = 48;

    /**
     * The date just after a publication label in a line too long to be a date alone ("Von Max Muster, dpa |
     * Veröffentlicht am 3. Februar 2022, 10:15 Uhr | Lesezeit 3 Min."); null when the line has none.
     */
    private static String labelledDate(String line, DateLanguage lang) {
        Matcher label = PUBLISHED_LABEL.matcher(line);
        if (!PUBLISHED_OPENINGS.mayHold(line) || !label.find()) {
            return null;
        }
        String after = line.substring(label.end(), Math.min(line.length(), label.end() + LABELLED_DATE_CHARS));
        Matcher update = UPDATE_LABEL.matcher(after);
        return DateParser.parseText(UPDATE_OPENINGS.mayHold(after) && update.find() ? after.substring(0, update.start()) : after, lang);
    }

    /**
     * The date of a short line that labels it as the publication ("Creado: 03/02/2022 10:15", "Data
     * utworzenia: 3 lutego 2022"); null for any other text, or a line that labels an update as well.
     */
    private static String labelledPublication(String line, DateLanguage lang) {
        if (line.length() < MIN_DATE_CHARS || line.length() > MAX_WRITTEN_DATE_CHARS) {
            return null;
        }
        String date = labelledDate(line, lang);
        return date == null || holdsUpdateLabel(line) ? null : date;
    }

    /**
     * True for a short text that is a publication label alone ("Veröffentlicht:", "Creado"), with no date in it. The date
     * is read in the page's language: a calendar read on that language's pages only ("發布日期：115-11-26", Taiwan's
     * Minguo years) makes the line a dated one, not a label.
     */
    private static boolean isPublicationLabel(String text, DateLanguage lang) {
        return !text.isEmpty() && text.length() <= MAX_LABEL_CHARS && holdsPublishedLabel(text)
                && !holdsUpdateLabel(text) && DateParser.parseText(text, lang) == null;
    }

    /** A document title read for a date: a title is a line, a longer one is no title. */
    private static final int MAX_TITLE_CHARS = 300;

    /**
     * The full date the document's {@code <title>} gives ("Pressemitteilung - 17.10.2025 - Landkreis"): a
     * title names the page itself, so a date in it is the page's. Null when it gives none.
     */
    private static String titleDate(PageScan scan, DateLanguage lang) {
        Element title = scan.title();
        if (title == null) {
            return null;
        }
        String text = title.text();
        return text.length() < MIN_DATE_CHARS || text.length() > MAX_TITLE_CHARS ? null : DateParser.parseText(text, lang);
    }

    /** A wire dateline's place, set in capitals as agencies set it, then a comma ("BERLIN,", "NEW YORK,"). */
    private static final Pattern WIRE_PLACE = Pattern.compile("^\\p{Lu}[\\p{Lu}.'’ -]{1,40}?,\\s*");

    /**
     * A wire dateline's place in capitals set before the day's digits with no comma, as Czech, Slovak and Polish
     * agencies and newsrooms write it ("PRAHA 3. prosince 2026 –", "WARSZAWA 3.12.2026 -"): words of two capitals or
     * more, then the digits at once.
     */
    private static final Pattern WIRE_PLACE_WITHOUT_COMMA = Pattern.compile("^\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,3}\\s+(?=\\p{Nd})");

    /**
     * A wire dateline whose place is written in sentence case, closed by the agency's name in capitals in brackets, as
     * Spanish, Portuguese and Italian agencies set it ("Madrid, 2 dic 2026 (EFE).-", "Lisboa, 2 dez 2026 (Lusa) -",
     * "Roma, 2 dicembre 2026 (ANSA) -"): the place of up to three words, a comma, the date (group 1), the bracketed
     * agency and a stop or dash.
     */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:[ -]\\p{L}+){0,2},\\s*([^()]{6,30}?)\\s*\\(\\p{Lu}[\\p{L}/ -]{1,20}\\)\\s*(?:\\.-|[.\u2013\u2014-])");

    /**
     * A dateline whose place is written in sentence case with no agency after the date, as city halls', ministries' and
     * companies' press offices set it: the place, a comma, the date (group 1), then the stop and dash of Spanish press
     * style or a spaced dash ("Zaragoza, 2 de diciembre de 2026.- El tranvía…", "Roma, 2 dicembre 2026 – Il…"). A sentence
     * that names a place and a date goes on in words, with no dash at once.
     */
    private static final Pattern PRESS_OFFICE_DATELINE = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:[ -]\\p{L}+){0,2},\\s*([^()]{6,30}?)(?:\\.-|\\.?\\s[\u2013\u2014-]\\s)");

    /** Characters after the place read for the dateline's date: "3. Februar 2022", "Feb. 3, 2022". */
    private static final int WIRE_DATE_CHARS = 24;

    /**
     * The date of a wire dateline that opens a paragraph, as agencies and press releases set it: the
     * place, a comma, and the date at once ("BERLIN, 3. Februar 2022 (dpa) -", "WASHINGTON, Feb. 3,
     * 2022 /PRNewswire/ --"); null when the paragraph does not open so.
     */
    private static String wireDateline(String paragraph, DateLanguage lang) {
        Matcher place = WIRE_PLACE.matcher(paragraph);
        if (!place.lookingAt()) {
            place = WIRE_PLACE_WITHOUT_COMMA.matcher(paragraph);
            if (!place.lookingAt()) {
                Matcher agency = AGENCY_DATELINE.matcher(paragraph);
                if (agency.lookingAt()) {
                    return DateParser.parseText(agency.group(1), lang);
                }
                Matcher office = PRESS_OFFICE_DATELINE.matcher(paragraph);
                return office.lookingAt() ? DateParser.parseText(office.group(1), lang) : arabicScriptDateline(paragraph, lang);
            }
        }
        String opening = paragraph.substring(place.end(), Math.min(paragraph.length(), place.end() + WIRE_DATE_CHARS));
        if (opening.isEmpty() || !Character.isDigit(opening.charAt(0)) && !Character.isLetter(opening.charAt(0))) {
            return null;
        }
        return DateParser.parseText(opening, lang);
    }

    /**
     * An Arabic-script dateline's place: one to three words, then the Arabic comma (or a comma) or "في"
     * ("in", as the Maghreb's agencies write "الرباط في 23 أكتوبر 2025"): "الرياض، الاثنين 10 جمادى الآخرة
     * 1447هـ الموافق 1 ديسمبر 2025م -". The script has no capitals to mark the place as Latin wires do.
     */
    private static final Pattern ARABIC_SCRIPT_WIRE_PLACE = Pattern.compile(
            "^[\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2}?(?:\\s*[،,]|\\sفي)\\s*");

    /**
     * An Arabic-script dateline whose bracket holds the agency and, after the Arabic comma, the day (group 1), closed by a
     * colon or a dash, as Afghanistan's agencies and the papers running their copy set it: "هرات (پژواک، ۱۳ قوس ۱۴۰۵):".
     */
    private static final Pattern ARABIC_SCRIPT_DAY_IN_BRACKET = Pattern.compile(
            "^[\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2}\\s?[(]\\s?[\\p{IsArabic}\\p{M}]+(?:\\s[\\p{IsArabic}\\p{M}]+){0,2}\\s?،\\s*(\\p{Nd}[^()]{4,30}?)\\s*[)]\\s?[:\u2013\u2014-]");

    /** After the place, the date at once: its day's digits, or a weekday's one word and then the digits. */
    private static final Pattern ARABIC_SCRIPT_DATE_OPENING = Pattern.compile("^(?:[\\p{IsArabic}\\p{M}]+\\s+)?\\p{Nd}");

    /**
     * Characters after an Arabic-script dateline's place read for its date: a weekday, the Hijri date and
     * the Gregorian one it matches ("الاثنين 10 جمادى الآخرة 1447هـ الموافق 1 ديسمبر 2025م").
     */
    private static final int ARABIC_SCRIPT_WIRE_DATE_CHARS = 70;

    /**
     * What closes an Arabic-script dateline before the text: a dash, a colon, or the agency's bracket
     * ("الرباط في 23 أكتوبر 2025 (ومع) -"). A sentence that cites a date after a place ("أعلنت الوزارة في 23
     * أكتوبر 2025 أن ...") has none there.
     */
    private static final Pattern ARABIC_SCRIPT_DATELINE_END = Pattern.compile("\\s[-–—:(（]|[-–—:]\\s");

    /**
     * The date of an Arabic-script dateline that opens a paragraph ({@link #ARABIC_SCRIPT_WIRE_PLACE}, then
     * the date at once, {@link #ARABIC_SCRIPT_DATE_OPENING}, closed by {@link #ARABIC_SCRIPT_DATELINE_END}), or with the
     * day inside the agency's bracket ({@link #ARABIC_SCRIPT_DAY_IN_BRACKET}), as press agencies and the papers that run
     * their copy date it; null when the paragraph does not open so.
     */
    private static String arabicScriptDateline(String paragraph, DateLanguage lang) {
        if (paragraph.isEmpty() || Character.UnicodeScript.of(paragraph.codePointAt(0)) != Character.UnicodeScript.ARABIC) {
            return null;
        }
        Matcher place = ARABIC_SCRIPT_WIRE_PLACE.matcher(paragraph);
        if (!place.lookingAt()) {
            Matcher bracket = ARABIC_SCRIPT_DAY_IN_BRACKET.matcher(paragraph);
            return bracket.lookingAt() ? DateParser.parseText(bracket.group(1), lang) : null;
        }
        String opening = paragraph.substring(place.end(), Math.min(paragraph.length(), place.end() + ARABIC_SCRIPT_WIRE_DATE_CHARS));
        Matcher end = ARABIC_SCRIPT_DATELINE_END.matcher(opening);
        if (!ARABIC_SCRIPT_DATE_OPENING.matcher(opening).lookingAt() || !end.find()) {
            return null; // "أعلنت الوزارة في 23 أكتوبر ..." runs on as a sentence: no dateline
        }
        return DateParser.parseText(opening.substring(0, end.start()), lang);
    }

    /**
     * The day of a wire dateline written without its year ("BERLIN, 3. Dezember (dpa) -", "PARIS, 3 décembre
     * (AFP) -"), as agencies date a report they file the same day, below an update written with one: the
     * year is the update's, or the one before when the day would fall after the update. Null when the text
     * does not open with such a dateline, or its date has a year (read as any dateline is).
     */
    private static String yearlessWireDateline(String text, String update, DateLanguage lang) {
        Matcher place = WIRE_PLACE.matcher(text);
        if (!place.lookingAt()) {
            return null;
        }
        String opening = text.substring(place.end(), Math.min(text.length(), place.end() + WIRE_DATE_CHARS));
        if (opening.isEmpty() || !Character.isDigit(opening.charAt(0)) && !Character.isLetter(opening.charAt(0))
                || DateParser.parseText(opening, lang) != null) {
            return null;
        }
        MonthDay day = DateParser.yearless(opening, lang);
        if (day == null) {
            return null;
        }
        LocalDate updated = dayOf(update);
        LocalDate filed = day.isValidYear(updated.getYear()) ? day.atYear(updated.getYear()) : null;
        return filed == null ? null : (filed.isAfter(updated) ? day.atYear(updated.getYear() - 1) : filed).toString();
    }

    /**
     * Chinese and Japanese labels written after the date they label ("2025年3月7日 更新", "2025-03-07 09:15 更新"):
     * the update's label, of those in {@link #UPDATE_LABEL}.
     */
    private static final String LABELS_AFTER_THEIR_DATE = "更新";

    /** What a date written just before a label ends with: a digit, or the CJK day, minute or second character. */
    private static final String DATE_ENDINGS = "日分秒";

    /**
     * What follows the same word when it opens a label of the date after it ("更新時間：", "更新日：", "更新："):
     * a noun of time or a colon.
     */
    private static final String LABEL_BEFORE_DATE_MARKS = "時时日：:";

    /**
     * True when an update label is one written after its date ({@link #LABELS_AFTER_THEIR_DATE}): a date ends
     * just before it, and no noun of time or colon follows it ({@link #LABEL_BEFORE_DATE_MARKS}).
     */
    private static boolean labelsTheDateBefore(String text, Matcher update) {
        if (!update.group().startsWith(LABELS_AFTER_THEIR_DATE)) {
            return false;
        }
        String after = text.substring(update.end()).stripLeading();
        if (!after.isEmpty() && LABEL_BEFORE_DATE_MARKS.indexOf(after.charAt(0)) >= 0) {
            return false;
        }
        String before = text.substring(0, update.start()).stripTrailing();
        char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
        return Character.isDigit(last) || DATE_ENDINGS.indexOf(last) >= 0;
    }

    /**
     * The publication written without its year before an update written with one, on one line ("Published
     * 5 March, 14:30 · Updated 7 March 2025"): the year is the update's, or the one before when the day
     * would fall after the update (published in December, updated in January). Null when either is missing.
     */
    private static String yearBesideUpdate(String beforeUpdate, String afterUpdate, DateLanguage lang) {
        MonthDay day = DateParser.yearless(beforeUpdate, lang);
        String update = day == null ? null : DateParser.parseText(afterUpdate, lang);
        if (update == null) {
            return null;
        }
        LocalDate updated = dayOf(update);
        LocalDate published = day.atYear(updated.getYear());
        return (published.isAfter(updated) ? day.atYear(updated.getYear() - 1) : published).toString();
    }

    /**
     * The date a line gives before any "updated" label: "Published 2 May, updated 9 May" gives 2 May,
     * "Updated 9 May" gives nothing, since an update date is not when the article was published.
     */
    static String dateBeforeUpdate(String text) {
        return dateBeforeUpdate(text, DateLanguage.UNKNOWN);
    }

    /**
     * {@link #dateBeforeUpdate(String)} on a page in the given language. A line that opens with its
     * update and then labels the publication ("Updated 4 Feb 2022, published 3 Feb 2022") gives the
     * date after that label.
     */
    static String dateBeforeUpdate(String text, DateLanguage lang) {
        String rest = afterState(text);
        if (rest != null) { // "Redakteurin seit 01.03.2019": not when anything was published; a date in an item after it may be
            return Words.holdsDigit(rest) ? dateBeforeUpdate(rest, lang) : null;
        }
        Matcher update = UPDATE_LABEL.matcher(text);
        if (!UPDATE_OPENINGS.mayHold(text) || !update.find()) {
            return DateParser.parseText(text, lang);
        }
        String before = DateParser.parseText(text.substring(0, update.start()), lang);
        String afterLabel = before != null && labelsTheDateBefore(text, update) ? DateParser.parseText(text.substring(update.end()), lang) : null;
        if (afterLabel != null) {
            // "2025年3月7日 9時15分 更新（2025年3月5日 公開）": the date before the label is the update's, the other the
            // publication (a line with the update's date alone still gives it, as before: the page's only date)
            return afterLabel;
        }
        if (before != null) {
            return before;
        }
        String yearless = yearBesideUpdate(text.substring(0, update.start()), text.substring(update.end()), lang);
        if (yearless != null) {
            return yearless;
        }
        Matcher publication = PUBLISHED_LABEL.matcher(text);
        if (!publication.find(update.end())) {
            return null;
        }
        String after = text.substring(publication.end());
        Matcher nextUpdate = UPDATE_LABEL.matcher(after);
        return DateParser.parseText(UPDATE_OPENINGS.mayHold(after) && nextUpdate.find() ? after.substring(0, nextUpdate.start()) : after, lang);
    }

    /**
     * True when a class or id names a comment section ({@link #COMMENTS_NAME}): most names lack the
     * word and are refused without the pattern.
     */
    private static boolean namesComments(String name) {
        if (name.length() < COMMENTS_HINTS.getFirst().length() || !holdsAny(name, COMMENTS_HINTS)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return COMMENTS_NAME.matcher(lower).find() && COMMENTS_NAME.matcher(PageScan.withoutCommentState(lower)).find();
    }

    /** True when the text holds one of the words: a loop, not a stream, as every element below a headline is asked. */
    private static boolean holdsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a footer element is the footer of the article that holds the headline, not the page's: HTML's footer of
     * its nearest sectioning ancestor, where themes date the post after its text ("Pubblicato il 2 marzo 2024 da …" in
     * WordPress's {@code footer.entry-footer}). A footer named for comments, or one in another article element (a
     * teaser card's), is none.
     */
    private static boolean isHeadlinesArticleFooter(Element footer, Element headline) {
        if (headline == null || !footer.normalName().equals("footer") || footer.attributesSize() > 0
                && (namesComments(footer.attributes().get("class")) || namesComments(footer.attributes().get("id")))) {
            return false;
        }
        int depth = 0;
        for (Element p = footer.parent(); p != null && depth++ < MAX_ANCESTORS_COMPARED; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return isAncestorOf(p, headline);
            }
        }
        return false;
    }

    private static boolean isCommentsOrFooter(Element e) {
        if (e.normalName().equals("footer")) {
            return true;
        }
        return e.attributesSize() > 0
                && (namesComments(e.attributes().get("class")) || namesComments(e.attributes().get("id")));
    }

    /**
     * The first date that parses, or a later one that gives the same day with its time and offset:
     * a bare day is ambiguous by up to a day against UTC, a timestamp with offset is not.
     */
    private static String mostPrecise(DateLanguage lang, String jsonLd, List<String> metas) {
        String first = DateParser.parse(jsonLd, lang);
        for (String r : metas) {
            String d = DateParser.parse(r, lang);
            if (d == null) {
                continue;
            }
            if (first == null) {
                first = d;
            } else if (first.length() == DAY_CHARS && d.length() > DAY_CHARS && d.startsWith(first)) {
                return d;
            }
        }
        return first;
    }

    private static String firstParsed(DateLanguage lang, String... raws) {
        for (String r : raws) {
            String d = DateParser.parse(r, lang);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
