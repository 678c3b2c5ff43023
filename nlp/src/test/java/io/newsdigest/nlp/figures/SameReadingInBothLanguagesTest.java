package io.newsdigest.nlp.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
            """)
    void readsTheSameTypedValuesInBothLanguages(String german, String english) {
        List<String> de = Readings.of("de", german.strip()).stream().sorted().toList();
        List<String> en = Readings.of("en", english.strip()).stream().sorted().toList();
        assertFalse(de.isEmpty(), german);
        assertEquals(de, en, german + " / " + english);
    }
}
