package dev.newsdrop.extract.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccordingToCreditTest {

    @Test
    void theoLine_namesTheSource() {
        assertEquals("Tuổi Trẻ", AccordingToCredit.source("Theo Tuổi Trẻ"));
        assertEquals("VnExpress", AccordingToCredit.source("(Theo VnExpress)"));
        assertEquals("TTXVN", AccordingToCredit.source(" Theo TTXVN. "));
    }

    @Test
    void sentenceOpeningWithTheo_isNoCredit() {
        assertNull(AccordingToCredit.source("Theo sở giao thông, thành phố sẽ mở thêm hai tuyến nữa trong năm tới."));
        assertNull(AccordingToCredit.source("Nguồn: VnExpress"));
    }

    @Test
    void bracketedCreditClosingAParagraph_isFound() {
        Matcher m = AccordingToCredit.trailing("Giá có thể còn biến động mạnh. (Theo Reuters)");
        assertNotNull(m);
        assertEquals("Reuters", m.group(1));
        assertNull(AccordingToCredit.trailing("Giá có thể còn biến động mạnh (theo giới phân tích) trong tháng tới."));
    }

    @Test
    void vietnameseProse_isToldFromOtherLatinScripts() {
        assertTrue(AccordingToCredit.isVietnamese("Nông dân ở các tỉnh ven sông đang chuyển dần sang trồng lúa chịu mặn."));
        assertFalse(AccordingToCredit.isVietnamese("Međutim, između dva grada također je otvorena nova linija."));
        assertFalse(AccordingToCredit.isVietnamese("Theo Walcott scored twice in the second half."));
    }
}
