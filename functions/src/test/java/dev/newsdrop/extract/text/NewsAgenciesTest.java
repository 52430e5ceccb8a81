package dev.newsdrop.extract.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsAgenciesTest {

    @Test
    void turkishWiresInCapitalsWithTheDottedCapitalI() {
        // a locale-free lower-casing writes "İ" as "i" and a combining dot: "İHA" was no agency
        assertTrue(NewsAgencies.isAgency("İHA"));
        assertTrue(NewsAgencies.isAgency("İhlas Haber Ajansı"));
        assertTrue(NewsAgencies.isAgency("DHA"));
        assertTrue(NewsAgencies.isAgency("ANKA"));
    }

    @Test
    void afghanAndPakistaniWiresInTheirScripts() {
        assertTrue(NewsAgencies.isAgency("پژواک"));
        assertTrue(NewsAgencies.isAgency("اے پی پی"));
        assertTrue(NewsAgencies.isAgency("العُمانية"));
        assertFalse(NewsAgencies.isAgency("İstanbul"));
    }
}
