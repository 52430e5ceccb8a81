package dev.newsdrop.extract.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * Credits that name no agency a byline signs as: "وكالات" ("agencies") under Arabic copy, and the press-release services
     * ("Fulda (ots) -"), which distribute a release the issuing body signs.
     */
    private static final Set<String> CREDITS_NAMING_NO_AGENCY = Set.of("وكالات", "ots", "OTS");

    @Test
    void everyWireACreditSpells_isAnAgencyToTheAuthorFinder() {
        List<String> notAgencies = Stream.of(NewsAgencies.IN_CREDITS, NewsAgencies.SIGNING_ALONE,
                        NewsAgencies.FULL_STOP_DATELINES, NewsAgencies.NO_DASH_DATELINES, NewsAgencies.REPORTER_AGENCIES,
                        String.join("|", NewsAgencies.END_MARK_WIRES))
                .flatMap(list -> spellings(list).stream())
                .filter(name -> !NewsAgencies.isAgency(name) && !CREDITS_NAMING_NO_AGENCY.contains(name))
                .distinct()
                .toList();

        assertEquals(List.of(), notAgencies, "credited in the text, yet a byline naming them names no agency");
    }

    @Test
    void everyJapaneseDatelineWire_isAnAgencyToTheAuthorFinder() {
        assertEquals(List.of(), NewsAgencies.JAPANESE_DATELINE_WIRES.stream().filter(name -> !NewsAgencies.isAgency(name)).sorted().toList());
    }

    /** Wires signing alone whose acronym in brackets closes other sentences too ("Miami International Airport (MIA)."). */
    private static final Set<String> SIGNING_ALONE_ONLY = Set.of("MIA", "ATA");

    @Test
    void everyWireSigningAloneOrClosingItsDatelineWithAFullStop_isOneABracketedCreditNames() {
        Set<String> inCredits = Set.copyOf(spellings(NewsAgencies.IN_CREDITS));

        List<String> missing = Stream.of(NewsAgencies.SIGNING_ALONE, NewsAgencies.FULL_STOP_DATELINES, NewsAgencies.NO_DASH_DATELINES)
                .flatMap(list -> spellings(list).stream())
                .filter(name -> !inCredits.contains(name) && !SIGNING_ALONE_ONLY.contains(name))
                .toList();

        assertEquals(List.of(), missing, "a wire signing alone that no bracketed credit or dateline would name");
    }

    @Test
    void theListsSpellEachWireOnce() {
        for (String list : List.of(NewsAgencies.IN_CREDITS, NewsAgencies.SIGNING_ALONE, NewsAgencies.REPORTER_AGENCIES)) {
            List<String> all = Arrays.asList(list.split("\\|"));
            assertEquals(List.of(), all.stream().filter(a -> all.indexOf(a) != all.lastIndexOf(a)).distinct().toList(),
                    "spelt twice in one list");
        }
    }

    @Test
    void theReportersAgencies_areNoneOfTheBracketedCredits_whichTheirPatternReadsBesideThem() {
        Set<String> inCredits = Set.copyOf(spellings(NewsAgencies.IN_CREDITS));

        assertEquals(List.of(), spellings(NewsAgencies.REPORTER_AGENCIES).stream().filter(inCredits::contains).toList());
    }

    @Test
    void anAcronymThatIsAlsoAGivenName_isAnAgencyInCapitalsOnly() {
        assertTrue(NewsAgencies.isAgency("SANA"));
        assertTrue(NewsAgencies.isAgency("MIA"));
        assertTrue(NewsAgencies.isAgency(" ANI "));
        assertFalse(NewsAgencies.isAgency("Sana"));
        assertFalse(NewsAgencies.isAgency("Mia"));
        assertFalse(NewsAgencies.isAgency("Ani"));
        assertTrue(NewsAgencies.isAgency("AIM"));
        assertFalse(NewsAgencies.isAgency("Aim"));
        assertTrue(NewsAgencies.isAgency("MINA"));
        assertFalse(NewsAgencies.isAgency("Mina"));
        assertTrue(NewsAgencies.isAgency("МИА"), "North Macedonia's wire in Cyrillic");
        assertFalse(NewsAgencies.isAgency("Миа"));
        assertTrue(NewsAgencies.isAgency("ATSH"));
        assertTrue(NewsAgencies.isAgency("Bloomberg"), "not a given name: any case");
        assertTrue(NewsAgencies.isAgency("سانا"), "a script without capitals");
    }

    @Test
    void frenchSpeakingAfricasAndHaitisWires_andTogosInCapitalsOnly() {
        assertTrue(NewsAgencies.isAgency("AGP"));
        assertTrue(NewsAgencies.isAgency("Agence haïtienne de presse"));
        assertTrue(NewsAgencies.isAgency("ATOP"));
        assertFalse(NewsAgencies.isAgency("atop"), "an English word in lower case");
    }

    @Test
    void aWireInLowerCase_isSpeltAsItsCreditsSpellIt() {
        assertEquals("ATS", NewsAgencies.asCredited("ats"));
        assertEquals("AFP", NewsAgencies.asCredited("afp"));
        assertEquals("dpa", NewsAgencies.asCredited("dpa"), "the German wire spells itself in lower case");
        assertEquals("Jane Doe", NewsAgencies.asCredited("Jane Doe"));
    }

    @Test
    void deskSignOff_givesTheFirstWireAsCredited() {
        assertEquals("ATS", NewsAgencies.wireOfDeskSignOff("ats/jfe"));
        assertEquals("ATS", NewsAgencies.wireOfDeskSignOff("ats/afp/vkiss"), "the first wire of two");
        assertEquals("AHP", NewsAgencies.wireOfDeskSignOff("AHP/ jmd"));
        assertEquals("AIP", NewsAgencies.wireOfDeskSignOff("(AIP) sks/kp"));
        assertEquals(null, NewsAgencies.wireOfDeskSignOff("and/or"), "no wire before the slash");
        assertEquals(null, NewsAgencies.wireOfDeskSignOff("km/h"));
        assertEquals(null, NewsAgencies.wireOfDeskSignOff("ats/JFE"), "the desk's initials are in lower case");
        assertEquals(null, NewsAgencies.wireOfDeskSignOff("ats/jfe " + "x".repeat(40)), "a sign-off is a short line");
    }

    @Test
    void staffSignOff_givesTheWireAndTheWriter() {
        NewsAgencies.StaffSignOff signed = NewsAgencies.staffSignOff(
                "AGERPRES/(A - autor: Ana Popescu, editor: Mihai Ionescu, editor online: Gabriela Badea)");
        assertEquals(new NewsAgencies.StaffSignOff("AGERPRES", "Ana Popescu"), signed);
        assertEquals(new NewsAgencies.StaffSignOff("Agerpres", "Ion Vasile"), NewsAgencies.staffSignOff("Agerpres / (autor: Ion Vasile)"));
        assertEquals(new NewsAgencies.StaffSignOff("AGERPRES", null), NewsAgencies.staffSignOff("AGERPRES/(editor: Mihai Ionescu)"),
                "editors alone: the wire, no writer");
        assertEquals(null, NewsAgencies.staffSignOff("AGERPRES/(A - autor: Ana Popescu) a urmat o declarație"), "a line of its own");
        assertEquals(null, NewsAgencies.staffSignOff("Primăria/(autor: Ana Popescu)"), "no wire before the slash");
    }

    @Test
    void aDatedDatelineOnALineOfItsOwn_givesTheWireAsItsCreditsSpellIt() {
        assertEquals("Europa Press", NewsAgencies.datedDatelineLine("LUGO, 5 (EUROPA PRESS)"));
        assertEquals("Europa Press", NewsAgencies.datedDatelineLine("MADRID, 5 Dic. (EUROPA PRESS)"));
        assertEquals("EFE", NewsAgencies.datedDatelineLine("Santiago de Compostela, 5 dic (EFE)"));
        assertEquals("Lusa", NewsAgencies.datedDatelineLine("Ponta Delgada, 05 dez (Lusa)"));
    }

    @Test
    void aLineEndingOnAWireWithoutThePlaceAndTheDay_orRunningOn_isNoDatedDatelineLine() {
        assertEquals(null, NewsAgencies.datedDatelineLine("Fotografía cedida por la familia (EFE)")); // no day
        assertEquals(null, NewsAgencies.datedDatelineLine("LUGO (EUROPA PRESS)")); // no day: a place alone may caption
        assertEquals(null, NewsAgencies.datedDatelineLine("MADRID, 5 (EUROPA PRESS) - El Gobierno aprobó ayer")); // the text runs on
        assertEquals(null, NewsAgencies.datedDatelineLine("Resultados, 5 (ONCE)")); // no wire
        assertEquals(null, NewsAgencies.datedDatelineLine("los vecinos, 5 (EFE)")); // no capital
        assertEquals(null, NewsAgencies.datedDatelineLine("Madrid, 5 " + "x".repeat(5000) + " (EFE)")); // too long, refused unread
    }

    @Test
    void aWireLineNamingThePlaceAndTheReporterAfterSlashes_givesTheWireAndTheReporter() {
        assertEquals(new NewsAgencies.WireReporter("AA", "Amra Hodžić"), NewsAgencies.wirePlaceReporterLine("AA / Sarajevo / Amra Hodžić"));
        assertEquals(new NewsAgencies.WireReporter("AA", "Kouassi Yao"), NewsAgencies.wirePlaceReporterLine("AA/Abidjan/Kouassi Yao"));
    }

    @Test
    void slashedLinesThatAreNoWireLine_giveNone() {
        assertEquals(null, NewsAgencies.wirePlaceReporterLine("Ankara / AA")); // a place and the wire: one slash
        assertEquals(null, NewsAgencies.wirePlaceReporterLine("Foto: AA / Sarajevo / Arhiv")); // a picture's credit
        assertEquals(null, NewsAgencies.wirePlaceReporterLine("AA / Sarajevo / rekao je ministar")); // no name
        assertEquals(null, NewsAgencies.wirePlaceReporterLine("ONCE / Madrid / Ana Gil")); // no wire
    }

    @Test
    void aOneWordWireSetInCapitalsInItsCopy_isCreditedAsItSpellsItself() {
        assertEquals("Servimedia", NewsAgencies.capitalsAsCredited("SERVIMEDIA"));
        assertEquals("AGERPRES", NewsAgencies.capitalsAsCredited("AGERPRES")); // the wire spells itself in capitals
        assertEquals("EFE", NewsAgencies.capitalsAsCredited("EFE"));
    }

    /** The alternatives of a list that are plain spellings; one with a pattern's escapes ("أ\\.ف\\.ب") is its own pattern. */
    private static List<String> spellings(String alternation) {
        return Arrays.stream(alternation.split("\\|")).filter(a -> a.indexOf('\\') < 0).toList();
    }
}
