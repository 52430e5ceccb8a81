package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublisherNamesTest {

    @Test
    void publicationKey_isThePatternsKey_onRandomNames() {
        Random random = new Random(36);
        String[] pieces = {"the ", "The ", "THE ", "le ", "La ", "les ", "EL ", "l'", "L’", "al-", "Al-", "AL-", "the", "le\t", "ł", "\u0130",
                "\u212A", "ſ", "Guardian", "Monde", "País", " ", "  ", "Jane Doe", "théâtre", "a", "t", "e", "l", "-", "’", "'"};
        for (int n = 0; n < 100_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int parts = 1 + random.nextInt(4); parts > 0; parts--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = name.toString();
            assertEquals(PublisherNames.publicationKeyByPattern(s), PublisherNames.publicationKey(s), s);
        }
        assertEquals(PublisherNames.publicationKey("Guardian"), PublisherNames.publicationKey(" the Guardian"));
    }
}
