package io.newsdigest.nlp.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A German sentence and its English translation (both written for this test) yield the same typed values. */
class SameReadingInBothLanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Gegen 21.30 Uhr stürzte eine 44jährige Radfahrerin. | Around 9.30pm a 44-year-old cyclist fell.
            Der 19-Jährige floh um 22:15 Uhr. | The 19 year old fled at 22:15.
            Nur ein einziges von zwölf Spielen endete 2:1. | Only one of twelve games ended 2-1.
            Ein Sprecher nannte 1.200 Betroffene. | One spokesman named 1,200 people affected.
            Es dauert ein bis zwei Wochen. | It takes one to two weeks.
            Die Messe läuft vom 7. bis 9. Mai 2026. | The fair runs from the 7th to the 9th of May 2026.
            Der Umsatz stieg 2025 um 4,5 Prozent auf 1,8 Milliarden Euro. | Sales rose 4.5 percent to 1.8 billion euros in 2025.
            Die Kosten sind doppelt so hoch wie 2019. | The costs are twice as high as in 2019.
            Sie wurde in der 84. Minute eingewechselt. | She came on in the 84th minute.
            Die Sprechstunde ist zwischen 18 und 20 Uhr. | Office hours are between 6 and 8 p.m.
            Millionen Menschen sahen, wie sie Platz 3 belegte. | Millions watched her take place 3.
            Ihre beiden Söhne sind Mitte zwanzig. | Her two sons are in their mid 20s.
            Der Sturm erreichte 70 Meilen pro Stunde. | The storm reached 70 mph.
            Die Zwillinge sind 2 1/2 Jahre alt. | The twins are 2 1/2 years old.
            Der Verein feiert sein hundertjähriges Bestehen. | The club celebrates its centenary.
            Die Stadt beging die Zweihundertjahrfeier mit 300 Gästen. | The town marked its bicentennial with 300 guests.
            Das Zweihundertjährige der Brücke fiel auf 2025. | The bridge's bicentenary fell in 2025.
            Es gab 80 neue Fälle an nur einem Tag. | There were 80 new cases in only one day.
            Gesucht werden Frauen im Alter zwischen 20 und 35 Jahren. | Women in the age between 20 and 35 years are wanted.
            Der Verband will die 3+1-Regel kippen. | The league wants to scrap the 3+1 rule.
            Die Siedlung entstand in den 1970er Jahren. | The estate was built in the 1970's.
            Das Heimspiel am 3. Mai (20 Uhr) ist ausverkauft. | The home game on the 3rd of May (20h) is sold out.
            Kurz nach 5 Uhr am Samstagmorgen brannte eine Scheune. | Shortly after 5 on Saturday morning a barn burned.
            Sie fordert ein halbes Jahr statt acht Wochen. | She demands a half-year instead of eight weeks.
            Mehr als die Hälfte der Pfleger sind Frauen. | More than half the nurses are women.
            Die Firma macht zwei Drittel ihrer Umsätze im Ausland. | The firm makes two thirds of its sales abroad.
            Der Verein landete auf Platz sieben. | The club finished in place seven.
            Die Stadt sperrte die Straße nach dem Spiel von TSV 1860 für 3 Stunden. | The town closed the road after the TSV 1860 match for 3 hours.
            Auf der Autobahn 7 staute sich der Verkehr auf 12 Kilometern. | On the Autobahn 7 traffic backed up for 12 kilometres.
            Die Veranstalter rechnen mit vielen Tausend Besuchern und 40 Bands. | The organisers expect thousands of visitors and 40 bands.
            """)
    void readsTheSameTypedValuesInBothLanguages(String german, String english) {
        List<String> de = Readings.of("de", german.strip()).stream().sorted().toList();
        List<String> en = Readings.of("en", english.strip()).stream().sorted().toList();
        assertFalse(de.isEmpty(), german);
        assertEquals(de, en, german + " / " + english);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Prices rose over the last 16 years. | duration 16 year
            de | Nur die letzten 16 Mannschaften bleiben im Rennen. | count 16
            en | The last 16 teams meet in Madrid. | count 16
            de | Es war nur ein Feigenblatt. |
            en | Only 16 of 20 teams made the round of 16. | count 16, count 20, code 16
            de | Für Klassen 5/6 gilt die Regel ab 2 Uhr. | code 5, code 6, time T02:00
            en | Rates rose by 5 percent on Tuesday evening. | percent 5 %
            en | He paid half the price for 3 tickets. | count 3
            en | The first half-year brought 2 new plants. | ordinal 1, count 2
            de | Mindestens 18+ Jahre müssen die Fahrer sein. | duration 18 year
            """)
    void keepsCountsWhereTheNewClassesDoNotApply(String language, String text, String expected) {
        List<String> readings = Readings.of(language.strip(), text.strip());
        assertEquals(expected == null ? List.of() : List.of(expected.strip().split(", ")), readings, text);
    }

    /** German names a knock-out stage by a word, English by a number: the number is typed, but no key figure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Im Achtelfinale trifft das Team auf 3 frühere Sieger. | In the round of 16 the team meets 3 former winners.
            Sie verloren im Achtelfinale mit 1:2. | They lost 1-2 in the last 16.
            Das Sechzehntelfinale bringt 12 Millionen Euro ein. | The last 32 stage brings in 12 million euros.
            """)
    void readsTheSameKeyFiguresWhereOnlyOneLanguageNamesAStageByNumber(String german, String english) {
        List<KeyFigure> de = Readings.numbers("de", german.strip());
        List<KeyFigure> en = Readings.numbers("en", english.strip());
        assertEquals(keyFigures(de), keyFigures(en), german + " / " + english);
        assertTrue(en.stream().anyMatch(figure -> figure.type() == FigureType.CODE), english);
    }

    private static List<String> keyFigures(List<KeyFigure> figures) {
        return figures.stream().filter(figure -> figure.type().keyFigure()).map(Readings::describe).sorted().toList();
    }
}
