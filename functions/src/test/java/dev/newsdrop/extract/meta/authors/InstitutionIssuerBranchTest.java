package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InstitutionIssuerBranchTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ver.di Bayern|ver.di",
        "CCOO de Madrid|CCOO",
        "CGIL Emilia-Romagna|CGIL",
        "FNV Noord|FNV",
    })
    void branchNamesGiveTheOrganisationsShortName(String name, String head) {
        assertEquals(head, InstitutionIssuer.branchHead(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "IG Metall Küste",          // two capitals: too short to stand for the union alone
        "Bundesagentur für Arbeit", // no short name first
        "SAP News Center",          // a newsroom's name, a publication's word in it
        "CGIL",                     // the organisation itself, no branch
        "UGT Unión General de Trabajadores de Galicia", // longer than a branch's name
    })
    void otherNamesGiveNoShortName(String name) {
        assertNull(InstitutionIssuer.branchHead(name));
    }
}
