package dev.newsdrop.extract.meta;

import dev.newsdrop.extract.budget.Deadline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MetadataReaderDeadlineTest {

    private static final String PAGE = "<html lang=en><head><title>Harbour budget passes</title>"
            + "<meta name=author content='Jane Doe'><meta property='article:published_time' content='2024-03-27'>"
            + "</head><body><article><h1>Harbour budget passes</h1><p>The council approved it.</p></article></body></html>";

    @Test
    void readsEveryFieldWhenTheDeadlineIsNotReached() {
        PageMetadata meta = MetadataReader.read(Jsoup.parse(PAGE), "https://news.example/a", null, Deadline.none());
        assertEquals("Harbour budget passes", meta.title());
        assertEquals(List.of("Jane Doe"), meta.authors());
    }

    @Test
    void stopsAtTheStepThatSpendsTheBudget_namingIt() {
        List<String> stepsPassed = new ArrayList<>();
        for (int checksAllowed = 0; ; checksAllowed++) {
            Document doc = Jsoup.parse(PAGE);
            // a clock that moves one nanosecond on each look: the budget is spent after `checksAllowed` looks
            long[] looks = {0};
            Deadline deadline = Deadline.after(Duration.ofNanos(checksAllowed), () -> looks[0]++);
            try {
                MetadataReader.read(doc, "https://news.example/a", null, deadline);
                break;
            } catch (Deadline.Exceeded spent) {
                stepsPassed.add(spent.stage());
            }
        }
        assertEquals(List.of("scanning the page", "reading the JSON-LD", "finding the headline",
                "finding the authors", "finding the dates"), stepsPassed);
    }
}
