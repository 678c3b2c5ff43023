package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsdigest.nlp.figures.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Times of day, scores, ages, ordinals and codes: typed in both languages, and only some of them key figures. */
class NumberTypesTest {

    @Test
    void readsGermanClockTimesAsTimesOfDayNeverAsCounts() {
        assertEquals(List.of("time T22:30"), Readings.of("de", "Der letzte Zug fährt um 22.30 Uhr ab."));
        assertEquals(List.of("time T13:00"), Readings.of("de", "Gegen 13 Uhr begann die Sitzung."));
        assertEquals(List.of("time T08:15"), Readings.of("de", "Der Laden öffnet um 8 Uhr 15."));
        assertTrue(extract("de", "Der letzte Zug fährt um 22.30 Uhr ab.").isEmpty(), "a time is no key figure");
    }

    @Test
    void readsEnglishClockTimesWithTheirHalfOfTheDay() {
        assertEquals(List.of("time T21:30"), Readings.of("en", "Doors open at 9.30pm on Friday."));
        assertEquals(List.of("time T22:45"), Readings.of("en", "The train leaves at 10:45 p.m."));
        assertEquals(List.of("time T13:00"), Readings.of("en", "The hearing resumed at 13h."));
        assertEquals(List.of("time T06:00"), Readings.of("en", "The market opens at six o'clock."));
    }

    @Test
    void readsAColonPairAfterAPrepositionAsATimeAndWithoutOneAsAScore() {
        assertEquals(List.of("time T14:30"), Readings.of("en", "The vote is due at 14:30 on Monday."));
        assertEquals(List.of("score 24..21"), Readings.of("de", "Das Spiel endete 24:21."));
        assertEquals(List.of("score 3..1"), Readings.of("en", "The hosts won 3-1 in the rain."));
        assertEquals(List.of("score 1..2"), Readings.of("en", "The visitors lost 1-2 after extra time."));
    }

    @Test
    void readsASpanOfHoursAsOneTimeInBothLanguages() {
        assertEquals(List.of("time T18:00/T20:00"), Readings.of("de", "Die Sprechstunde ist zwischen 18 und 20 Uhr."));
        assertEquals(List.of("time T18:00/T20:00"), Readings.of("en", "Office hours are 6-8 p.m. on weekdays."));
    }

    @Test
    void keepsAGluedHourMarkWithoutPrepositionADuration() {
        assertEquals(List.of("duration 24 h"), Readings.of("en", "The shop is open 24h a day."));
    }

    @Test
    void readsGermanAgesWrittenAsAdjectivesOrNouns() {
        assertEquals(List.of("age 23 year"), Readings.of("de", "Der 23-Jährige wurde noch am Abend festgenommen."));
        assertEquals(List.of("age 44 year"), Readings.of("de", "Eine 44jährige Radfahrerin stürzte."));
        assertEquals(List.of("age 3 year"), Readings.of("de", "Das dreijährige Kind blieb unverletzt."));
        assertEquals(List.of("age 26 year"), Readings.of("de", "Die Frau ist 26 Jahre alt."));
        assertEquals(List.of("age 67 year"), Readings.of("de", "Er starb im Alter von 67 Jahren."));
    }

    @Test
    void readsEnglishAgesInEveryUsualSpelling() {
        assertEquals(List.of("age 23 year"), Readings.of("en", "The 23-year-old was arrested at the scene."));
        assertEquals(List.of("age 23 year"), Readings.of("en", "The 23 year old was arrested at the scene."));
        assertEquals(List.of("age 67 year"), Readings.of("en", "A man aged 67 was taken to hospital."));
        assertEquals(List.of("age 3 month"), Readings.of("en", "A three-month-old was unhurt."));
        assertEquals(List.of("age 18..60 year"), Readings.of("en", "Most drivers were aged 18 - 60."));
    }

    @Test
    void readsAnAgeRightAfterAName() {
        assertEquals(List.of("age 17 year"), Readings.of("de", "Ein Radfahrer (17) wurde leicht verletzt."));
        assertEquals(List.of("age 45 year"), Readings.of("en", "Anna Berg, 45, said the road was dark."));
    }

    @Test
    void readsATimeOfLifeAsTheSpanOfItsDecade() {
        assertEquals(List.of("age 30..39 year"), Readings.of("en", "Police found a man in his early 30s."));
        assertEquals(List.of("age 30..39 year"), Readings.of("de", "Die Polizei fand einen Mann Anfang dreißig."));
    }

    @Test
    void readsAGermanAdjectiveOfYearsBeforeAPeriodNounAsADuration() {
        assertEquals(List.of("duration 5 year"), Readings.of("de", "Er muss eine fünfjährige Haftstrafe antreten."));
        assertEquals(List.of("duration 5 year"), Readings.of("en", "He faces a five-year prison term."));
        assertEquals(List.of("duration 2 week"), Readings.of("de", "Es gilt eine zweiwöchige Quarantäne."));
    }

    @Test
    void readsOrdinalsInBothLanguagesAndNeverAsKeyFigures() {
        assertEquals(List.of("ordinal 84"), Readings.of("de", "Sie wurde in der 84. Minute eingewechselt."));
        assertEquals(List.of("ordinal 84"), Readings.of("en", "She came on in the 84th minute."));
        assertEquals(List.of("ordinal 67"), Readings.of("de", "Das Tor schoss Weber (67.) nach einer Ecke."));
        assertEquals(List.of("ordinal 4"), Readings.of("de", "Das Team belegte den vierten Platz."));
        assertEquals(List.of("ordinal 4"), Readings.of("en", "The team finished fourth."));
        assertTrue(extract("en", "She came on in the 84th minute.").isEmpty());
    }

    @Test
    void readsANumberAfterARankNounAsARank() {
        assertEquals(List.of("ordinal 3"), Readings.of("de", "Die Staffel landete auf Platz 3."));
    }

    @Test
    void readsANumberThatNamesAsACode() {
        assertEquals(List.of("code 14"), Readings.of("de", "Die Praxis liegt in der Lindenallee 14."));
        assertEquals(List.of("code 380"), Readings.of("en", "The plane was an Airbus 380 built in Toulouse."));
        assertEquals(List.of("code 4"), Readings.of("en", "Take line 4 to the stadium."));
        assertEquals(List.of("code 20"), Readings.of("en", "The G20 summit opened in the rain."));
        assertEquals(List.of("code 1230"), Readings.of("de", "Der Unfall geschah auf der Landesstraße 1230 bei Ulm."));
    }

    @Test
    void readsAModelNameFollowedByCapitalsOrAnAdjectiveAsACode() {
        assertEquals(List.of("code 320"), Readings.of("de", "Die neue Airbus 320 NEO landete pünktlich."));
        assertEquals(List.of("code 250"), Readings.of("en", "FTSE 250 firm famous for pies plans new shops."));
    }

    @Test
    void keepsACountAfterACapitalizedWordWhenItCountsSomething() {
        assertEquals(List.of("count 5"), Readings.of("en", "On Monday 5 people were evacuated."));
        assertEquals(List.of("count 16"), Readings.of("en", "Germany's 16 states agreed on the plan."));
        assertEquals(List.of("count 12"), Readings.of("en", "Police Arrest 12 After Riot In Port"),
                "a title-case headline capitalizes its verbs");
    }

    @Test
    void readsEveryGroupOfAPhoneNumberAsAPartOfACode() {
        assertEquals(List.of("code 1", "code 222", "code 2222", "code 2222"),
                Readings.of("en", "Call +1-222-2222/2222 today."));
        assertTrue(extract("en", "Call +1-222-2222/2222 today.").isEmpty());
    }

    @Test
    void givesEveryReadingATypeThatDecidesWhetherItIsAKeyFigure() {
        String text = "Um 9 Uhr zählte die Polizei 1.200 Demonstranten, darunter einen 17-Jährigen.";
        List<KeyFigure> all = Readings.numbers("de", text);
        assertEquals(List.of(FigureType.TIME, FigureType.COUNT, FigureType.AGE), all.stream().map(KeyFigure::type).toList());
        assertEquals(List.of(FigureType.COUNT, FigureType.AGE),
                extract("de", text).stream().map(KeyFigure::type).toList());
    }
}
