package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Écouter - 02:31", "Audiobeitrag · 3:12 Min.", "Video | 01:12", "Vídeo | 02:34", "Duration: 4:05", "Duration: 1:12",
        "Duration: 1 minute 45 seconds", "WatchDuration: 1 minute 45 seconds1m", "Audio · 18:52 Min.", "Ouvir · 2:58",
        "Luister · 12:05", "Posłuchaj 12:10 min", "Dauer: 3 Min.", "Audio herunterladen", "Download audio (MP3, 5.6 MB)",
        "[WATCH] Eskom briefing on the summer outlook:", "Bekijk hier de drukte op het station:", "Watch here:",
    })
    void playerAndSlotLinesAreBoilerplate(String line) {
        assertTrue(BoilerplatePhrases.opensBoilerplate(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Video shows the moment the bridge collapsed at 02:31.", "Duration of the strike: two weeks", "Listen, I told him at 9:30.",
        "Broadcast: twelve countries signed the treaty on 4 December.", "Watch: the last twenty minutes are worth the ticket.",
        "Audio recordings from 1:12 were played in court", "[Watch] parties were organised by fans across the city.",
        "Watch here the way the minister answers.",
    })
    void sentencesAreNot(String line) {
        assertFalse(BoilerplatePhrases.opensBoilerplate(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sendetermin: Sa, 05.12.2026, 18:40 Uhr", "Sänds: lördag 5 december kl 07.32 i Morgon i P4 Dalarna"})
    void aSlotBesideAPlayerIsItsLine(String line) {
        Element slot = Jsoup.parse("<div><button>Abspielen</button><p>" + line + "</p><p>Der Beitrag zum Nachhören.</p></div>")
                .selectFirst("p");
        assertTrue(MediaLines.isPlayerSlot(slot, slot.text()), line);
    }

    @Test
    void severalSlotsAreATvPagesListings() {
        Element text = Jsoup.parse("<div><h2>Tatort</h2><p>Ein ruhiger Fall.</p><p>Sendetermin: Sonntag, 6. Dezember, 20:15 Uhr, Das Erste</p>"
                + "<h2>Die Elbe</h2><p>Eine Dokumentation.</p><p>Sendetermin: Samstag, 5. Dezember, 20:15 Uhr, NDR</p></div>").selectFirst("div");
        text.select("p").forEach(p -> assertFalse(MediaLines.isPlayerSlot(p, p.text()), p.text()));
    }

    @Test
    void aSentenceAfterTheLabelIsNoSlot() {
        Element line = Jsoup.parse("<p>Broadcast: twelve countries signed the treaty on 4 December.</p>").selectFirst("p");
        assertFalse(MediaLines.isPlayerSlot(line, line.text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Listen on Apple Podcasts | Spotify | Amazon Music | NPR One", "Subskrybuj nasz podcast: Spotify · Apple Podcasts · Google Podcasts",
        "Volg Met het Oog op Morgen op Spotify | Apple Podcasts | NPO Luister", "S'abonner : Apple Podcasts · Spotify · Deezer · Flux RSS",
    })
    void platformRows(String line) {
        assertTrue(MediaLines.isPlatformRow(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Spotify and Apple Podcasts both lost subscribers in the third quarter.", "Spotify", "Our producers moved from Spotify to the BBC "
            + "after a long career at Deezer and a spell at the local paper writing about music and culture",
    })
    void sentencesNamingPlatformsAreNoRows(String line) {
        assertFalse(MediaLines.isPlatformRow(line), line);
    }

    @Test
    void chaptersOpenAtNoughtOffTheGrid() {
        Element chapters = Jsoup.parse("<ul><li>00:00 Introduction</li><li>04:12 Un récit</li><li>21:40 Les fouilles</li>"
                + "<li>43:05 Gergovie</li></ul>").selectFirst("ul");
        chapters.children().forEach(li -> assertTrue(MediaLines.isChapterItem(li, li.text()), li.text()));
        Element schedule = Jsoup.parse("<ul><li>00:00 Nieuws</li><li>00:05 Nachtzuster</li><li>01:00 Nieuws</li>"
                + "<li>06:57 Weer</li></ul>").selectFirst("ul");
        schedule.children().forEach(li -> assertFalse(MediaLines.isChapterItem(li, li.text()), li.text()));
        Element evening = Jsoup.parse("<ul><li>20:15 Tatort</li><li>21:47 Tagesthemen</li><li>22:15 Film</li></ul>").selectFirst("ul");
        evening.children().forEach(li -> assertFalse(MediaLines.isChapterItem(li, li.text()), li.text()));
        assertEquals(2, MediaLines.playerLabels(Jsoup.parse("<div>Watch<span>Duration: 1 minute 45 seconds</span>1m<p>Cracks.</p></div>")
                .selectFirst("div")).size() - 1);
    }
}
