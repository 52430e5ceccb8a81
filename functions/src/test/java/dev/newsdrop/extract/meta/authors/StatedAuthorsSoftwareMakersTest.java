package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatedAuthorsSoftwareMakersTest {

    @Test
    void anAuthorTagNamingTheGeneratorsMakers_isNoWriter() {
        assertTrue(StatedAuthors.namesSoftwareMakers("Discuz! Team and Comsenz UI Team", "discuz"));
        assertTrue(StatedAuthors.namesSoftwareMakers("PHPCMS Team", "phpcms"));
    }

    @Test
    void aPersonSharingTheProductsName_orAnotherSoftwaresTeam_staysAWriter() {
        assertFalse(StatedAuthors.namesSoftwareMakers("Hugo Martin", "hugo"), "no maker's word: a person");
        assertFalse(StatedAuthors.namesSoftwareMakers("Discuz! Team", "wordpress"), "not the generator's product");
        assertFalse(StatedAuthors.namesSoftwareMakers("Hugoline Team", "hugo"), "the product's name as a whole word only");
    }
}
