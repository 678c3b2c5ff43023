package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Days without a year, spans and choices of days, decades and years before a noun. */
class DatesAndSpansTest {

    @Test
    void readsADayAndMonthWithoutAYearAsADate() {
        assertEquals(List.of("date --05-03"), Readings.of("de", "Die Messe beginnt am 3. Mai im Stadtzentrum."));
        assertEquals(List.of("date --05-03"), Readings.of("en", "The fair opens on May 3 in the city hall."));
        assertEquals(List.of("date --05-03"), Readings.of("en", "The fair opens on the 3rd of May."));
        assertEquals(List.of("date --05-03"), Readings.of("en", "The fair opens on May 3rd."));
    }

    @Test
    void readsASpanOfDaysOfOneMonthAsOneDateInBothLanguages() {
        assertEquals(List.of("date 2021-05-07/2021-05-09"), Readings.of("de", "Das Fest läuft vom 7. bis 9. Mai 2021."));
        assertEquals(List.of("date 2021-05-07/2021-05-09"),
                Readings.of("en", "The festival runs from the 7th to the 9th of May 2021."));
    }

    @Test
    void readsAChoiceOfTwoDaysAsTwoDates() {
        assertEquals(List.of("date --09-04", "date --09-05"), Readings.of("de", "Das Finale ist am 4. oder 5. September."));
        assertEquals(List.of("date --09-04", "date --09-05"),
                Readings.of("en", "The final is on the 4th or 5th of September."));
    }

    @Test
    void readsYearSpansWithTwoDigitEndsAndDecades() {
        assertEquals(List.of("date 1981/1987"), Readings.of("en", "She led the office from 1981-87."));
        assertEquals(List.of("date 1990/1999"), Readings.of("en", "Prices fell in the 1990s."));
        assertEquals(List.of("date 1990/1999"), Readings.of("de", "Die Preise fielen in den 1990er Jahren."));
    }

    @Test
    void readsAYearShapedNumberBeforeANounAsAYearUnlessItIsRound() {
        assertEquals(List.of("date 2012"), Readings.of("de", "Die Bank musste 2012 Fehler einräumen."));
        assertEquals(List.of("date 2019"), Readings.of("en", "Ticket sales for the 2019 season were poor."));
        assertEquals(List.of("count 2000"), Readings.of("de", "Es kamen 2000 Menschen."));
        assertEquals(List.of("count 1950"), Readings.of("de", "Es kamen rund 1950 Menschen."));
    }
}
