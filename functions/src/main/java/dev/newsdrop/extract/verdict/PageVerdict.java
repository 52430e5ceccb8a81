package dev.newsdrop.extract.verdict;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether an HTML page is an article, and if not, says why: error pages, login walls,
 * listings of teaser links, pages with next to no text. Real short articles pass: a page that
 * calls itself an article needs far less text than one that does not.
 */
public final class PageVerdict {

    /**
     * Titles and headings of error pages. Phrases are bounded by any non-letter, not by {@code \\b},
     * which knows only ASCII letters ("no se encontró" ends in one it does not know). A status code is
     * a number of its own: "1,500 metres" and "2.404" hold digits of a longer number, not a 500 or 404.
     */
    private static final Pattern ERROR_TITLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])(?:(?:404|410|500)(?![.,]\\p{N})|not found|page not found|error|oops|doesn'?t exist|no longer available|introuvable|"
                    + "n'existe pas|erreur|couldn'?t find|can'?t find|cannot be found|página no encontrada|no se encontró|"
                    + "página não encontrada|seite nicht gefunden|pagina non trovata|pagina niet gevonden|страница не найдена|"
                    + "sayfa bulunamadı|nie znaleziono strony|halaman tidak ditemukan|η σελίδα δεν βρέθηκε|הדף לא נמצא)(?![\\p{L}\\p{N}])"
                    + "|غير موجودة|غير موجود|الصفحة المطلوبة|خطأ|لم يتم العثور|ページが見つかりません|找不到页面|页面不存在|페이지를 찾을 수 없습니다",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Prompts of a login or subscription wall. */
    private static final Pattern LOGIN_WALL = Pattern.compile(
            "\\b(?:sign in|log in|login|subscribe) to (?:continue|read|keep reading|access|view)|create an account to|"
                    + "you must be logged in|members only|connectez-vous pour|abonnez-vous pour lire|réservé aux abonnés|"
                    + "سجل الدخول|تسجيل الدخول للمتابعة",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Fewer words than this and the page has no article to speak of. */
    static final int MIN_WORDS = 25;

    /** An error or login page has at most this many words of body text. */
    static final int MAX_WORDS_OF_ERROR_PAGE = 150;

    /** A page with at least this many links... */
    static final int LISTING_MIN_LINKS = 25;

    /** ...and fewer words of prose per link than this is a listing of teasers. */
    static final double LISTING_MAX_WORDS_PER_LINK = 4.0;

    /** Teaser headlines (links in headings) from which a page that does not claim to be an article is a listing. */
    static final int LISTING_MIN_HEADING_LINKS = 6;

    /**
     * With listing evidence (many links, teaser headlines), a body under this many words is a
     * listing; above it the body is an article's, however busy the page around it.
     */
    static final int LISTING_MAX_WORDS = 50;

    /** A page that declares itself a collection (JSON-LD CollectionPage) is a listing below this many words. */
    static final int LISTING_DECLARED_MAX_WORDS = 150;

    /** A password field on the page is a login wall only when the text is this short (a header login box is not). */
    static final int MAX_WORDS_BEHIND_PASSWORD = 50;

    /**
     * What the verdict is decided from. {@code stopsAtWall}: the body stage cut a paywall's notice after which the text
     * has no line of its own, read before the notice left the text. {@code paidPartAbsent}: the JSON-LD names the article's paid part
     * by a selector and the page holds no text there, only the free lead.
     */
    public record Evidence(String title, String documentTitle, int words, int pageLinks, int headingLinks, int proseWords,
                           boolean articleSignals, boolean listingSignals, boolean hasPasswordField, boolean stopsAtWall, boolean paidPartAbsent,
                           String text) {
    }

    private PageVerdict() {
    }

    /** Why the page is not an article, or null when it is one. */
    public static String whyNotArticle(Evidence e) {
        String title = ((e.title() == null ? "" : e.title()) + " | " + (e.documentTitle() == null ? "" : e.documentTitle()))
                .toLowerCase(Locale.ROOT);
        if (e.words() <= MAX_WORDS_OF_ERROR_PAGE && ERROR_TITLE.matcher(title).find()
                && (!e.articleSignals() || e.words() < MIN_WORDS)) {
            return "error page: \"" + shorten(e.title()) + "\" with " + e.words() + " words";
        }
        String head = e.text() == null ? "" : e.text().substring(0, Math.min(e.text().length(), 2000));
        boolean prompt = e.words() <= MAX_WORDS_OF_ERROR_PAGE && (e.stopsAtWall() || e.paidPartAbsent() || LOGIN_WALL.matcher(head).find());
        if (prompt || (e.hasPasswordField() && e.words() < MAX_WORDS_BEHIND_PASSWORD)) {
            return "login wall: " + e.words() + " words of text behind a sign-in prompt";
        }
        boolean manyLinks = e.pageLinks() >= LISTING_MIN_LINKS && e.proseWords() < LISTING_MAX_WORDS_PER_LINK * e.pageLinks();
        boolean teasers = e.headingLinks() >= LISTING_MIN_HEADING_LINKS;
        if ((e.listingSignals() || manyLinks || teasers) && e.words() < LISTING_MAX_WORDS) {
            return "listing page: " + e.pageLinks() + " links, " + e.proseWords() + " words of prose";
        }
        if (e.listingSignals() && !e.articleSignals() && e.words() < LISTING_DECLARED_MAX_WORDS) {
            return "listing page: declared a collection, " + e.pageLinks() + " links, " + e.proseWords() + " words of prose";
        }
        if (e.words() < MIN_WORDS) {
            return "no article text: " + e.words() + " words";
        }
        return null;
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
