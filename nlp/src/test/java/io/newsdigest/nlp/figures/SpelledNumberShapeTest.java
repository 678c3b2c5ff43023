package io.newsdigest.nlp.figures;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape test that decides which words reach ICU accepts exactly the words of the regular expressions that
 * defined it before (kept here as the reference): every row of up to three morphemes with and without a half, and
 * random strings made of morphemes, their pieces and other letters.
 */
class SpelledNumberShapeTest {

    private static final List<String> MORPHEMES = List.of("ein", "eins", "eine", "zwei", "zwo", "drei", "vier", "fünf",
            "sechs", "sech", "sieben", "sieb", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "ßig", "ssig", "zig",
            "hundert", "tausend", "und");
    private static final Pattern GERMAN_REFERENCE = Pattern.compile("null|(?:" + String.join("|", MORPHEMES)
            + ")+(?:einhalb|undhalb)?|anderthalb");
    private static final String ENGLISH_UNIT = "one|two|three|four|five|six|seven|eight|nine";
    private static final Pattern ENGLISH_REFERENCE = Pattern.compile("zero|nought|naught|" + ENGLISH_UNIT
            + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" + ENGLISH_UNIT + "))?");

    private final SpelledNumbers german = new SpelledNumbers("de");
    private final SpelledNumbers english = new SpelledNumbers("en");

    @Test
    void acceptsEveryRowOfUpToThreeMorphemesAsTheReferenceDoes() {
        List<String> rows = new ArrayList<>(List.of("", "null", "anderthalb", "einhalb", "undhalb", "halb"));
        for (String a : MORPHEMES) {
            rows.add(a);
            for (String b : MORPHEMES) {
                rows.add(a + b);
                for (String c : MORPHEMES) {
                    rows.add(a + b + c);
                }
            }
        }
        int accepted = 0;
        for (String row : rows) {
            for (String word : List.of(row, row + "einhalb", row + "undhalb", row + "halb", row + "e", "x" + row)) {
                boolean expected = GERMAN_REFERENCE.matcher(word).matches();
                assertEquals(expected, SpelledNumbers.germanShape(word), word);
                accepted += expected ? 1 : 0;
            }
        }
        assertTrue(accepted > 3 * 13_824, "the rows are numbers' shapes");
    }

    @Property(tries = 3000)
    void acceptsRandomGermanWordsAsTheReferenceDoes(@ForAll("germanPieces") String word) {
        assertEquals(GERMAN_REFERENCE.matcher(word).matches(), SpelledNumbers.germanShape(word), word);
    }

    @Property(tries = 2000)
    void readsRandomEnglishWordsAsTheReferenceDoes(@ForAll("englishPieces") String word) {
        boolean shaped = ENGLISH_REFERENCE.matcher(word).matches();
        assertEquals(shaped, english.value(word).isPresent(), word);
    }

    @Test
    void readsEveryEnglishNumberWordOfTheReference() {
        for (String tens : List.of("", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")) {
            for (String unit : ENGLISH_UNIT.split("\\|")) {
                String word = tens.isEmpty() ? unit : tens + "-" + unit;
                assertTrue(ENGLISH_REFERENCE.matcher(word).matches() && english.value(word).isPresent(), word);
            }
        }
        assertEquals(0.0, english.value("nought").orElseThrow());
        assertEquals(19.0, english.value("nineteen").orElseThrow());
    }

    @Test
    void stillReadsGermanCompoundsAndLeavesOrdinaryWords() {
        assertEquals(2_351.0, german.value("zweitausenddreihunderteinundfünfzig").orElseThrow());
        assertEquals(2.5, german.value("zweieinhalb").orElseThrow());
        assertEquals(30.0, german.value("dreissig").orElseThrow());
        for (String word : List.of("einfach", "achtung", "elfmeter", "zehntel", "sechste", "und", "hundert")) {
            assertTrue(german.value(word).isEmpty(), word);
        }
    }

    @Provide
    Arbitrary<String> germanPieces() {
        List<String> pieces = new ArrayList<>(MORPHEMES);
        pieces.addAll(List.of("einhalb", "undhalb", "halb", "null", "anderthalb", "e", "n", "s", "t", "zw", "dr", "hun",
                "tau", "ig", "ß", "ü", "-", "x"));
        return Arbitraries.of(pieces).list().ofMaxSize(5).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> englishPieces() {
        List<String> pieces = new ArrayList<>(List.of(ENGLISH_UNIT.split("\\|")));
        pieces.addAll(List.of("twenty", "ninety", "forty", "fourty", "ten", "teen", "eleven", "zero", "nought", "-",
                "s", "th", "y", "ty", "naught"));
        return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(3).map(list -> String.join("", list));
    }
}
