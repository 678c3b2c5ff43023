package io.newsdigest.nlp.figures;

import io.newsdigest.nlp.text.Sentence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On any text the extractor answers without throwing, and every figure points at its own span. */
class ExtractorRobustnessProperties {

    private final RuleBasedFigureExtractor extractor = new RuleBasedFigureExtractor();

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> pieces = Arbitraries.of("115.000", "1,5", "2.804", "100'000", "Mrd.", "Millionen", "bis",
                "zwischen", "und", "mehr als", "etwa", "$", "€", "(", ")", "%", "Prozent", "-", "–", "/", "Juni",
                "2025", "sieben", "fünfundzwanzig", "eine", "halbe", "Million", "two", "dozen", "billion", "km",
                "MW", "Chips", "chips", "H100", "Covid-19", ".", ",", "3.", "Mai", "1/1/2015", "cent", "and", "a",
                "half", "point", "five", "www.example.org/1/2", "x@y.de");
        return pieces.list().ofMaxSize(30).map(list -> String.join(" ", list));
    }

    @Property(tries = 300)
    void everyFigurePointsAtItsSpan(@ForAll("newsLikeText") String text, @ForAll boolean german) {
        List<KeyFigure> figures = extractor.extract(text, Sentences.of(text), german ? "de" : "en",
                Optional.of(text));
        for (KeyFigure figure : figures) {
            assertEquals(figure.text(), text.substring(figure.start(), figure.end()));
            assertTrue(figure.salience() >= 0 && figure.salience() <= 1);
        }
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryText(@ForAll String text) {
        List<Sentence> sentences = text.isEmpty() ? List.of() : List.of(new Sentence(0, 0, text.length(), text));
        assertTrue(extractor.extract(text, sentences, "de", Optional.empty()).size() <= text.length());
    }

    @Property(tries = 50)
    void skipsSentencesOutsideTheText(@ForAll("newsLikeText") String text) {
        List<Sentence> beyond = List.of(new Sentence(0, 0, text.length() + 5, text + "12345"));
        assertTrue(extractor.extract(text, beyond, "en", Optional.empty()).isEmpty());
    }
}
