package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The given-name test of the caseless scripts, behind a title set before the name. */
class CaselessGivenNamesTest {

    @Test
    void hebrewDoctorTitle_withTheAsciiQuoteOrGershayim_isSkippedBeforeTheGivenName() {
        assertTrue(CaselessGivenNames.opensWithGivenName("ד\"ר נעמה ברק"), "the ASCII quote a keyboard gives");
        assertTrue(CaselessGivenNames.opensWithGivenName("ד״ר נעמה ברק"), "gershayim");
        assertTrue(CaselessGivenNames.opensWithGivenName("פרופ' אבי כהן"));
        assertFalse(CaselessGivenNames.opensWithGivenName("ד\"ר חדשות הדרום"), "a title before no given name");
        assertFalse(CaselessGivenNames.opensWithGivenName("ד\"ר"), "the title alone");
    }

    @Test
    void arabicTitles_areSkippedBeforeTheGivenName() {
        assertTrue(CaselessGivenNames.opensWithGivenName("د. أحمد منصور"));
        assertTrue(CaselessGivenNames.opensWithGivenName("الدكتورة ليلى الخطيب"));
        assertFalse(CaselessGivenNames.opensWithGivenName("د. أسواق المال"));
    }
}
