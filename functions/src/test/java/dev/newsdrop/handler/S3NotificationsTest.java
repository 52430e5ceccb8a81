package dev.newsdrop.handler;

import dev.newsdrop.process.ObjectEvent;
import dev.newsdrop.testing.Events;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class S3NotificationsTest {

    @Test
    void encodedArabicKeyWithPlus_decodesToArabicWithSpace() {
        List<ObjectEvent> events = S3Notifications.from(Events.s3Event("s3-put-seed.json"));

        assertEquals(1, events.size());
        assertEquals("raw/lepoint24/بغداد وواشنطن.html", events.get(0).key());
        assertEquals("newsdrop-raw", events.get(0).bucket());
    }

    @Test
    void sqsBodyAndDirectEvent_giveTheSameObjectEvent() {
        String body = Events.sqsEvent("sqs-s3-put-seed.json").getRecords().get(0).getBody();

        assertEquals(S3Notifications.from(Events.s3Event("s3-put-seed.json")), S3Notifications.parse(body));
    }

    @Test
    void s3TestEvent_holdsNoObjectEvents() {
        String body = Events.sqsEvent("sqs-s3-put-seed.json").getRecords().get(1).getBody();

        assertTrue(S3Notifications.parse(body).isEmpty());
    }

    @Test
    void removalEvent_isIgnored() {
        String body = Events.s3NotificationBody("s3-put-seed.json", o -> { })
                .replace("ObjectCreated:Put", "ObjectRemoved:Delete");

        assertTrue(S3Notifications.parse(body).isEmpty());
    }

    @Test
    void bodyThatIsNotANotification_isRejectedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> S3Notifications.parse("{\"a\":1}"));
        assertTrue(e.getMessage().contains("no Records"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> S3Notifications.parse("<html>"));
    }

    @Test
    void keyEncodedAsS3Does_plusIsASpace_andALiteralPlusArrivesAsPercent2B() {
        assertEquals("raw/a b+c.html", S3Notifications.decodeKey("raw/a+b%2Bc.html"));
        assertEquals("raw/بغداد 1+1.html", S3Notifications.decodeKey("raw/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF+1%2B1.html"));
    }

    @Test
    void keyWithStrayPercent_isKeptAsGiven() {
        assertEquals("raw/100%.html", S3Notifications.decodeKey("raw/100%.html"));
    }
}
