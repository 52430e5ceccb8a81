package dev.newsdrop.extract.verdict;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageVerdictTest {

    private static PageVerdict.Evidence evidence(String title, int words, int links, int headingLinks, boolean article) {
        return new PageVerdict.Evidence(title, null, words, links, headingLinks, words, article, false, false, false, false, "text ".repeat(words));
    }

    @Test
    void shortRealArticle_withArticleSignals_isAnArticle() {
        assertNull(PageVerdict.whyNotArticle(evidence("Bridge reopens after repairs", 90, 120, 12, true)));
    }

    @Test
    void shortNewsFlash_withoutSignals_isAnArticle() {
        assertNull(PageVerdict.whyNotArticle(evidence("Bridge reopens after repairs", 60, 10, 0, false)));
    }

    @Test
    void teaserListing_isAListingWithItsCounts() {
        String why = PageVerdict.whyNotArticle(evidence("Home", 30, 42, 14, false));
        assertTrue(why.startsWith("listing page: 42 links, 30 words"), why);
    }

    @Test
    void errorTitleWithLittleText_isAnErrorPage() {
        assertTrue(PageVerdict.whyNotArticle(evidence("Page not found", 30, 20, 0, false)).startsWith("error page"));
    }

    @Test
    void errorTitlesInOtherLanguages_areErrorPages() {
        for (String title : new String[]{"Página no encontrada", "Lo sentimos, no se encontró", "Страница не найдена",
                "Sayfa bulunamadı", "ページが見つかりません", "Pagina niet gevonden"}) {
            String why = PageVerdict.whyNotArticle(evidence(title, 30, 20, 0, false));
            assertTrue(why != null && why.startsWith("error page"), title + ": " + why);
        }
    }

    @Test
    void articleAboutErrors_isNotAnErrorPage() {
        assertNull(PageVerdict.whyNotArticle(evidence("Error in tax software costs millions", 600, 40, 3, true)));
    }

    @Test
    void shortTextStoppingAtACutPaywallNotice_isALoginWall() {
        PageVerdict.Evidence teaser = new PageVerdict.Evidence("Gemeinderat verkauft alte Schule", null, 60, 30, 0, 60, true,
                false, false, true, false, "text ".repeat(60));
        String why = PageVerdict.whyNotArticle(teaser);
        assertTrue(why != null && why.startsWith("login wall"), why);
    }

    @Test
    void longTextStoppingAtACutPaywallNotice_isAnArticle() {
        assertNull(PageVerdict.whyNotArticle(new PageVerdict.Evidence("Gemeinderat verkauft alte Schule", null, 400, 30, 0, 400,
                true, false, false, true, false, "text ".repeat(400))));
    }

    @Test
    void shortTextWhosePaidPartIsNotOnThePage_isALoginWall() {
        PageVerdict.Evidence teaser = new PageVerdict.Evidence("Stadt legt Entwurf für Hallenbad vor", null, 50, 12, 0, 50, true,
                false, false, false, true, "text ".repeat(50));
        String why = PageVerdict.whyNotArticle(teaser);
        assertTrue(why != null && why.startsWith("login wall"), why);
    }

    @Test
    void longTextWhosePaidPartIsNotOnThePage_isAnArticle() {
        assertNull(PageVerdict.whyNotArticle(new PageVerdict.Evidence("Stadt legt Entwurf für Hallenbad vor", null, 450, 12, 0, 450,
                true, false, false, false, true, "text ".repeat(450))));
    }
}
