package io.newsdigest.nlp.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caller-thread computation gives exactly what Lingua's own {@code computeLanguageConfidenceValues} gives.
 * Texts: the 3,651 generated texts of the fastText parity reference (word salads from Debian word lists, random
 * strings; see models/fasttext-lid/README.md) plus sentences written for this test, short and long (the trigram-only
 * branch starts at 120 characters).
 */
class LinguaConfidencesTest {

    private static com.github.pemistahl.lingua.api.LanguageDetector lingua;

    @BeforeAll
    static void build() {
        lingua = LanguageDetectorBuilder.fromLanguages(Language.GERMAN, Language.ENGLISH, Language.DUTCH,
                Language.DANISH, Language.SWEDISH, Language.BOKMAL, Language.NYNORSK, Language.AFRIKAANS,
                Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.POLISH).build();
    }

    @AfterAll
    static void close() {
        lingua.unloadLanguageModels();
    }

    @Test
    void equalsLinguasOwnConfidencesOnThousandsOfTexts() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "   ", "1234 5678", "Haus", "The", "ß", "Ærø",
                "Der Ausschuss tagt am Montag.",
                "The committee meets on Monday, the spokeswoman said after a long night of talks in Brussels, where"
                        + " ministers argued about the budget.",
                "Die Abgeordneten stimmten nach einer langen Debatte über den Haushalt am späten Abend mit knapper"
                        + " Mehrheit für den Entwurf der Regierung."));
        FastTextParityTest.references().forEach(reference -> texts.add(reference.text()));
        int compared = 0;
        for (String text : texts) {
            Map<Language, Double> expected = new HashMap<>(lingua.computeLanguageConfidenceValues(text));
            assertEquals(expected, LinguaConfidences.of(lingua, text), text);
            compared++;
        }
        assertTrue(compared > 3000);
    }

    @Test
    void leavesTheCommonPoolIdleWhereLinguasOwnMethodUsesIt() {
        long start = ForkJoinPool.commonPool().getStealCount();
        for (int i = 0; i < 200; i++) {
            lingua.computeLanguageConfidenceValues("Die Regierung hat am Dienstag neue Zahlen vorgelegt " + i);
        }
        long afterLingua = ForkJoinPool.commonPool().getStealCount();
        assertTrue(afterLingua > start, "the probe sees Lingua's own method run tasks in the common pool");
        for (int i = 0; i < 200; i++) {
            LinguaConfidences.of(lingua, "Die Regierung hat am Dienstag neue Zahlen vorgelegt " + i);
        }
        assertEquals(afterLingua, ForkJoinPool.commonPool().getStealCount(), "tasks run by the common pool");
    }
}
