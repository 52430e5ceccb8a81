package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnameseWritersTest {

    @Test
    void twoPersonalNamesJoinedByASpacedDash_onAVietnamesePage_areTwoWriters() {
        assertEquals(List.of("Hoài Thu", "Minh Quang"), VietnameseWriters.joinedByDash("Hoài Thu - Minh Quang", "vi"));
        assertEquals(List.of("Nguyễn Văn An", "Lan Anh"), VietnameseWriters.joinedByDash("Nguyễn Văn An – Lan Anh", "vi"));
    }

    @Test
    void otherLanguage_placeOrRoleAfterTheDash_leaveTheTextAlone() {
        assertEquals(List.of("Hoài Thu - Minh Quang"), VietnameseWriters.joinedByDash("Hoài Thu - Minh Quang", "en"));
        assertEquals(List.of("Hoài Thu - Hà Nội"), VietnameseWriters.joinedByDash("Hoài Thu - Hà Nội", "vi"));
        assertEquals(List.of("Hoài Thu - phóng viên"), VietnameseWriters.joinedByDash("Hoài Thu - phóng viên", "vi"));
        assertEquals(List.of("Hoài Thu - TTXVN"), VietnameseWriters.joinedByDash("Hoài Thu - TTXVN", "vi"));
        assertEquals(List.of("Jane Doe - Staff Writer"), VietnameseWriters.joinedByDash("Jane Doe - Staff Writer", "vi"));
    }
}
