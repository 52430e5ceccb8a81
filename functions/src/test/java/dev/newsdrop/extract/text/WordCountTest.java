package dev.newsdrop.extract.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void readingTime_isAtLeastOneMinuteAndAbout230WordsAMinute() {
        assertEquals(0, WordCount.of("").readingMinutes());
        assertEquals(1, WordCount.of("Short.").readingMinutes());
        assertEquals(4, WordCount.of("word ".repeat(920)).readingMinutes());
    }
}
