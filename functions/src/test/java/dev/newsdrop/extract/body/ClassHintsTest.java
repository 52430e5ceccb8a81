package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassHintsTest {

    private static ClassHints.Hint hintOf(String cls, String id) {
        Element e = Jsoup.parseBodyFragment("<div></div>").body().child(0);
        e.attr("class", cls);
        if (!id.isEmpty()) {
            e.attr("id", id);
        }
        return ClassHints.of(e);
    }

    @Test
    void articleContainers_arePositive() {
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("article-body", ""));
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("entry-content clearfix", ""));
    }

    @Test
    void shareCommentsAndRelated_areStrongNegativeEvenBesideContentWords() {
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("post-comments", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("article-related", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("", "relatedArticles"));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("assinatura-box", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("box-suscripcion", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("article-abbonamento", ""));
    }

    @Test
    void paywalledParts_areTheirOwnHint_unlessAnotherWordSaysHidden() {
        assertEquals(ClassHints.Hint.PAYWALLED, hintOf("paywall", ""));
        assertEquals(ClassHints.Hint.PAYWALLED, hintOf("article-body__content paywall-article", ""));
        assertEquals(ClassHints.Hint.NEGATIVE, hintOf("paywall--title hidden", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("paywall-promo", ""));
    }

    @Test
    void cookieNotices_areNeverContent() {
        assertEquals(ClassHints.Hint.NEVER_CONTENT, hintOf("cookie-banner", ""));
        assertEquals(ClassHints.Hint.NEVER_CONTENT, hintOf("", "cookieNotice"));
    }

    @Test
    void embeddedPosts_areNeutral() {
        assertEquals(ClassHints.Hint.NONE, hintOf("social-media-embed", ""));
    }

    @Test
    void infobox_isWikiApparatusOnATable_butABoxOfTextElsewhere() {
        Element table = Jsoup.parseBodyFragment("<table class='infobox float-right'><tr><td>x</td></tr></table>").body().child(0);
        assertEquals(ClassHints.Hint.NEGATIVE, ClassHints.of(table)); // MediaWiki's fact sheet
        assertEquals(ClassHints.Hint.NEGATIVE, new ClassHints.Cache().of(table));
        assertEquals(ClassHints.Hint.NONE, hintOf("infobox copytext__clearBox", "")); // a news CMS's box in the text
        assertEquals(ClassHints.Hint.NONE, new ClassHints.Cache().of(Jsoup.parseBodyFragment("<div class='infobox'></div>").body().child(0)));
    }

    private static ClassHints.Hint hintOfTag(String tag, String cls) {
        Element e = Jsoup.parseBodyFragment("<" + tag + " class='" + cls + "'></" + tag + ">").body().child(0);
        ClassHints.Hint cached = new ClassHints.Cache().of(e);
        assertEquals(ClassHints.of(e), cached);
        return cached;
    }

    @Test
    void aClassNamingTheElementsOwnKind_isItsVariant_notThePagesFurniture() {
        // "table-header" on a table: a table with a header row (Bootstrap's "table-striped" naming), a recipe's ingredients
        assertEquals(ClassHints.Hint.NONE, hintOfTag("table", "ingredients table-header"));
        assertEquals(ClassHints.Hint.NONE, hintOfTag("ul", "list-footer"));
        // the same words elsewhere, or in a token of their own, still count
        assertEquals(ClassHints.Hint.NEGATIVE, hintOfTag("div", "ingredients table-header"));
        assertEquals(ClassHints.Hint.NEGATIVE, hintOfTag("table", "header"));
        assertEquals(ClassHints.Hint.NEGATIVE, hintOfTag("table", "table-striped footer-links"));
        // strong words stay strong in a variant: a table of related stories is one
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOfTag("table", "table-related"));
    }

    @Test
    void aBoxGluedToItsSubject_isReadByTheSubject_onlyWhenTheSubjectIsStrongBoilerplate() {
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("rg-spendenbox", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("sharebox", ""));
        assertEquals(ClassHints.Hint.NEVER_CONTENT, hintOf("newsletterbox", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("article-body commentbox", ""));
        assertEquals(ClassHints.Hint.NONE, hintOf("textbox", "")); // a content word glued is not read: hints as before
        assertEquals(ClassHints.Hint.NONE, hintOf("footerbox", "")); // a weak word glued says too little
        assertEquals(ClassHints.Hint.NONE, hintOf("lightbox checkbox inbox", ""));
    }

    @Test
    void wordsInsideOtherWords_doNotCount() {
        assertEquals(ClassHints.Hint.NONE, hintOf("shadow leading", "")); // neither "ad" nor "head"
        assertEquals(ClassHints.Hint.WIDGET, hintOf("elementor-widget-container", ""));
    }

    /** The hint of an element of the given class inside a block element of the given class. */
    private static ClassHints.Hint hintInside(String blockCls, String tag, String cls) {
        Element e = Jsoup.parseBodyFragment("<div class='" + blockCls + "'><section><" + tag + " class='" + cls + "'></" + tag + ">"
                + "</section></div>").body().selectFirst("section").child(0);
        return ClassHints.of(e);
    }

    @Test
    void bemElements_insideABlockKeptDespiteItsName_areReadByTheirRole() {
        String block = "layout-sidebar layout-sidebar--wide";
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf(block, "")); // the block is judged by its name
        assertEquals(ClassHints.Hint.POSITIVE, hintInside(block, "div", "layout-sidebar__main story__text"));
        assertEquals(ClassHints.Hint.NONE, hintInside(block, "div", "layout-sidebar__row"));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintInside(block, "div", "layout-sidebar__sidebar"));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintInside("story", "div", "story__related-links"));
        // a block not named as boilerplate overruled nothing: its parts are read whole, as before
        assertEquals(ClassHints.Hint.POSITIVE, hintInside("article-main", "div", "article-main__more"));
        // an ad block kept for the content word beside its name: its label is still the ad's
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("c-ad c-ad--big l-story__ad", ""));
        assertEquals(ClassHints.Hint.NEGATIVE, hintInside("c-ad c-ad--big l-story__ad", "div", "c-ad__label"));
    }

    @Test
    void bemElements_whoseBlockWasNeverJudged_areReadWhole() {
        // the block's name is on a link (judged by its links, not its name) or on no element at all
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("layout-sidebar__main", ""));
        assertEquals(ClassHints.Hint.NEGATIVE, hintInside("x", "div", "read-more-box__container"));
        Element inLink = Jsoup.parseBodyFragment("<a class=read-more-box href=/x><span><span class=read-more-box__container>Also on"
                + " the site</span></span></a>").body().selectFirst("span span");
        assertEquals(ClassHints.Hint.NEGATIVE, ClassHints.of(inLink));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("sidebar-main", ""));
    }

    @Test
    void bemElements_ofAContentBlock_namingTheWritersCard_areReadByTheirRole() {
        // the article's block says whose part it is; the part's name says it is the writer's card
        assertEquals(ClassHints.Hint.NEGATIVE, hintInside("story", "div", "story__author-bio"));
        assertEquals(ClassHints.Hint.NEGATIVE, hintInside("article article--plus", "div", "article__author"));
        assertEquals(ClassHints.Hint.NEGATIVE, hintInside("post", "aside", "post__byline"));
        // other parts of a content block keep its content word: its sources box, its text
        assertEquals(ClassHints.Hint.POSITIVE, hintInside("article-main", "div", "article-main__more"));
        assertEquals(ClassHints.Hint.POSITIVE, hintInside("article", "div", "article__body"));
        // a class that is no BEM part is read whole
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("article-main-more", ""));
    }

    @Test
    void compoundNames_puttingTheWritersCardAfterAContentWord_areTheCard() {
        // the head comes last: an "article author box" is a box on the author, placed in the article
        assertEquals(ClassHints.Hint.NEGATIVE, hintOf("article-author-box", ""));
        assertEquals(ClassHints.Hint.NEGATIVE, hintOf("post-author-bio clearfix", ""));
        assertEquals(ClassHints.Hint.NEGATIVE, hintOf("entryAuthorBio", ""));
        assertEquals(ClassHints.Hint.NEGATIVE, hintOf("story-byline", ""));
        assertEquals(ClassHints.Hint.NEGATIVE, cached("article-author-box"));
        assertEquals(ClassHints.Hint.NEGATIVE, hintInside("x", "div", "post-author-bio x__y"));
        // a content word after the card word, or in a token of its own, still says content
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("author-content", ""));
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("post-author-text", ""));
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("entry-content author-bio", ""));
        assertEquals(ClassHints.Hint.POSITIVE, cached("entry-content author-bio"));
        // other weak words beside a content word are outweighed, as before
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("article-header", ""));
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("post-meta-text", ""));
    }

    private static ClassHints.Hint cached(String cls) {
        Element e = Jsoup.parseBodyFragment("<div></div>").body().child(0);
        e.attr("class", cls);
        return new ClassHints.Cache().of(e);
    }

    /** The word lists of a name as they were read before the table lookup: each word cut out and looked up. */
    private static int listsCutOut(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        String raw = name.length() > 300 ? name.substring(0, 300) : name;
        String words = raw.toLowerCase(java.util.Locale.ROOT);
        int found = 0;
        int start = -1;
        for (int i = 0; i <= words.length(); i++) {
            boolean letter = i < words.length() && Character.isLetterOrDigit(words.charAt(i));
            boolean camelBreak = letter && start >= 0 && i < raw.length() && Character.isUpperCase(raw.charAt(i))
                    && Character.isLowerCase(raw.charAt(i - 1)) && words.length() == raw.length();
            if (camelBreak || (!letter && start >= 0)) {
                found |= ClassHints.listsOfWord(words.substring(start, i));
                start = camelBreak ? i : -1;
            } else if (letter && start < 0) {
                start = i;
            }
        }
        return found;
    }

    @Test
    void aNamesListsAreThoseOfItsWordsEachLookedUp() {
        String[] parts = {"related", "Related", "RELATED", "relatedArticles", "cookieNotice", "post", "content", "entry-content",
            "article__body", "sidebar", "nav", "navbar", "ad", "ads", "widget", "paywall", "teaser", "x", "col-md-8", "wp-block-group",
            "Ärger", "İnfo", "straße", "commentaires", "kommentar", "é", "ad2", "12", "__", "-", "_", " ", "\t", "ſhare", "ＡＤ",
            "Kelvin\u212A", "headerNav", "footerLinks", "newsletterSignup", "toc", "ez-toc-container", "metryczka"};
        java.util.Random random = new java.util.Random(15);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder name = new StringBuilder();
            int n = random.nextInt(8);
            for (int k = 0; k < n; k++) {
                name.append(parts[random.nextInt(parts.length)]);
                if (random.nextInt(3) > 0) {
                    name.append(random.nextBoolean() ? ' ' : '-');
                }
            }
            String cls = name.toString();
            assertEquals(listsCutOut(cls), ClassHints.listsOf(cls), cls);
        }
        String longName = "a ".repeat(149) + "related";
        assertEquals(listsCutOut(longName), ClassHints.listsOf(longName));
    }

    /** Parts of class names: listed words, BEM separators, a variant prefix, the body's names, unlisted words. */
    private static final String[] CLASS_PIECES = {"related", "comment", "article-body", "entry-content", "share", "widget",
        "elementor-widget", "table-", "footer", "header", "__", "content", "post", "box", "sidebar", "text", "-", " ", "Teaser",
        "image", "x", "7", "paywall"};

    @Test
    void aPagesCache_answersAsTheUncachedHints_overRandomClassNames() {
        java.util.Random random = new java.util.Random(20);
        String[] tags = {"div", "table", "ul", "section"};
        for (int page = 0; page < 300; page++) {
            ClassHints.Cache cache = new ClassHints.Cache(); // one per page, as the body stage makes them
            for (int i = 0; i < 40; i++) { // classes repeat within a page: each distinct one worked out once
                StringBuilder cls = new StringBuilder();
                for (int pieces = random.nextInt(5); pieces > 0; pieces--) {
                    cls.append(CLASS_PIECES[random.nextInt(CLASS_PIECES.length)]);
                }
                Element e = Jsoup.parseBodyFragment("<div></div>").body().child(0);
                e.tagName(tags[random.nextInt(tags.length)]);
                e.attr("class", cls.toString());
                assertEquals(ClassHints.of(e), cache.of(e), cls.toString());
                assertEquals(NoiseRemover.namesArticleBody(cls.toString()), cache.namesArticleBody(cls.toString()), cls.toString());
            }
        }
    }

    /** Any word of the token, split as the writer-card reading splits it, lower-cased, is a writer card's word: what the gate stands for. */
    private static boolean holdsWriterCardWord(String token) {
        for (String word : java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})").split(token)) {
            if (ClassHints.WRITER_CARD_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void writerCardGate_passesEveryTokenHoldingAWriterCardWord() {
        String[] pieces = {"author", "Author", "AUTHORS", "auth", "Aut", "autor", "Autoren", "box", "Box", "bio", "Bio", "BIO", "byline",
            "ByLine", "by", "Bi", "b", "i", "o", "y", "l", "a", "u", "t", "article", "entry", "post", "content", "-", "_", "__", " ",
            "İ", "ı", "\u212A", "ſ", "info", "Info", "ü", "é", "7", "card"};
        java.util.Random random = new java.util.Random(27);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder token = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                token.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = token.toString();
            if (holdsWriterCardWord(t)) {
                assertEquals(true, ClassHints.mayHoldWriterCardWord(t), t);
            }
        }
        for (String word : ClassHints.WRITER_CARD_WORDS) {
            assertEquals(true, ClassHints.mayHoldWriterCardWord("article-" + word.toUpperCase(java.util.Locale.ROOT)), word);
        }
        assertEquals(false, ClassHints.mayHoldWriterCardWord("article-content"));
        assertEquals(false, ClassHints.mayHoldWriterCardWord("au"));
        assertEquals(false, ClassHints.mayHoldWriterCardWord(""));
    }

    @Test
    void writerCardGate_noOtherCharacterLowerCasesToOneLetterOfTheWords() {
        // a word equals a writer card's word only when each of its characters lower-cases to one letter of it: ASCII ones alone do
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            String lower = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
            if (lower.length() == 1) {
                assertEquals(-1, "abefhilnorstuxy".indexOf(lower.charAt(0)), () -> Integer.toHexString(lower.charAt(0)));
            }
        }
    }

    @Test
    void compoundWriterCard_readAsBefore() {
        assertEquals(true, ClassHints.namesCompoundWriterCard("article-author-box"));
        assertEquals(true, ClassHints.namesCompoundWriterCard("entryAuthorBio"));
        assertEquals(false, ClassHints.namesCompoundWriterCard("author-content"));
        assertEquals(false, ClassHints.namesCompoundWriterCard("article-content"));
    }
}
