package dev.newsdrop.extract.body;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingPitchTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Tisch reservieren",
        "Jetzt Tisch reservieren",
        "Réservez votre table",
        "Prenota un tavolo alla Trattoria del Molo",
        "Reserva tu mesa en Brasa Norte",
        "Reservar mesa",
        "Faça sua reserva no Mandacaru",
        "Reserveer direct een tafel bij Bries",
        "Boek je reis naar Lapland",
        "Zarezerwuj stolik",
        "Boka bord",
        "Đặt phòng khách sạn Phú Quốc giá tốt",
        "Book a table",
        "ネット予約",
        "今すぐ予約",
    })
    void callsToBook(String line) {
        assertTrue(BookingPitch.callsToBook(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a fact box's item labelled by the words, a quotation, a sentence reporting booking, a long line of advice
        "Tisch reservieren: telefonisch unter 0221 123456",
        "„Tisch reservieren? Bei uns nicht nötig“, sagt der Wirt.",
        "Gäste können seit März direkt auf der Website online reservieren.",
        "Tisch reservieren lassen Gäste im Hotelrestaurant inzwischen zu 40 Prozent online, meist über das eigene System des Hauses.",
        "Đặt bàn qua số điện thoại của quán hoặc nhắn tin qua trang Facebook của quán trước một ngày.",
        "Si può prenotare telefonando nel pomeriggio.",
    })
    void linesAboutBookingAreNoCalls(String line) {
        assertFalse(BookingPitch.callsToBook(line), line);
    }
}
