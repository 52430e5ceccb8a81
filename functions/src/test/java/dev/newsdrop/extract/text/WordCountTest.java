package dev.newsdrop.extract.text;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordCountTest {

    @Test
    void lettersAndDigitRuns_countAsWords() {
        assertEquals(6, WordCount.of("The port's 640-million plan.").total());
        assertEquals(4, WordCount.of("قال وزير الخارجية اليوم").total());
    }

    @Test
    void cjkCharacters_countOneEach() {
        assertEquals(6, WordCount.of("市立図書館、夜").total());
        assertEquals(3, WordCount.of("東京 in Japan").total() - 1);
    }

    @Test
    void thaiWords_areEstimatedFromLetters_closeToADictionaryBreak_notCountedByTheSpacesBetweenPhrases() {
        String thai = "ห้องสมุดเทศบาลจะเปิดให้บริการในวันเสาร์ตั้งแต่เดือนหน้า "
                + "เพื่อให้นักเรียนและผู้ปกครองมีเวลาอ่านหนังสือมากขึ้น "
                + "เจ้าหน้าที่กล่าวว่าจะมีการจัดกิจกรรมเล่านิทานสำหรับเด็กทุกสัปดาห์";
        int dictionaryWords = 0;
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(thai);
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (!thai.substring(start, end).isBlank()) {
                dictionaryWords++;
            }
        }
        int counted = WordCount.of(thai).total();
        assertTrue(dictionaryWords > 15, "the JDK splits Thai by its dictionary: " + dictionaryWords);
        assertTrue(Math.abs(counted - dictionaryWords) <= dictionaryWords / 4,
                "counted " + counted + " against " + dictionaryWords + " by the dictionary; 3 phrases are not 3 words");
        assertEquals(WordCount.of(thai).total() + 2, WordCount.of(thai + " in Bangkok").total());
    }

    @Test
    void readingTime_isAtLeastOneMinuteAndAbout230WordsAMinute() {
        assertEquals(0, WordCount.of("").readingMinutes());
        assertEquals(1, WordCount.of("Short.").readingMinutes());
        assertEquals(4, WordCount.of("word ".repeat(920)).readingMinutes());
    }
}
