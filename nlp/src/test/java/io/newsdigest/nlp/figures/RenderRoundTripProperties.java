package io.newsdigest.nlp.figures;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A figure rendered in a language and read back in that language keeps its value, currency and unit. */
class RenderRoundTripProperties {

    private final RuleBasedFigureExtractor extractor = new RuleBasedFigureExtractor();
    private final LocaleFigureRenderer renderer = new LocaleFigureRenderer();

    @Provide
    Arbitrary<Double> values() {
        // Up to four significant digits at any magnitude from 10^-2 to 10^13, like figures in the news.
        Arbitrary<Integer> digits = Arbitraries.integers().between(1, 9999);
        Arbitrary<Integer> exponents = Arbitraries.integers().between(-2, 10);
        return digits.flatMap(d -> exponents.map(e -> BigDecimal.valueOf(d).scaleByPowerOfTen(e).doubleValue()));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("de", "en");
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("EUR", "USD", "CNY", "GBP", "CHF", "JPY");
    }

    @Property(tries = 300)
    void moneyRoundTrips(@ForAll("values") double value, @ForAll("currencies") String currency,
                         @ForAll("languages") String language) {
        KeyFigure read = readBack(figure(FigureKind.MONEY, value, Optional.empty(), Optional.of(currency)), language);
        assertEquals(value, read.value(), Math.abs(value) * 1e-12);
        assertEquals(currency, read.currency().orElseThrow());
    }

    @Property(tries = 200)
    void percentagesRoundTrip(@ForAll @IntRange(min = 0, max = 100_000) int hundredths,
                              @ForAll("languages") String language) {
        double value = hundredths / 100.0;
        KeyFigure read = readBack(figure(FigureKind.PERCENT, value, Optional.of("%"), Optional.empty()), language);
        assertEquals(value, read.value(), 1e-9);
        assertEquals("%", read.unit().orElseThrow());
    }

    @Property(tries = 200)
    void quantitiesRoundTrip(@ForAll("values") double value, @ForAll("languages") String language) {
        KeyFigure read = readBack(figure(FigureKind.QUANTITY, value, Optional.of("MW"), Optional.empty()), language);
        assertEquals(value, read.value(), Math.abs(value) * 1e-12);
        assertEquals("MW", read.unit().orElseThrow());
    }

    private KeyFigure readBack(KeyFigure figure, String language) {
        String text = "Es ging um " + renderer.render(figure, language) + " im Ganzen.";
        if ("en".equals(language)) {
            text = "It was " + renderer.render(figure, language) + " in all.";
        }
        List<KeyFigure> read = extractor.extract(text, Sentences.of(text), language, Optional.empty());
        assertEquals(1, read.size(), text);
        return read.get(0);
    }

    private static KeyFigure figure(FigureKind kind, double value, Optional<String> unit, Optional<String> currency) {
        return new KeyFigure("x", 0, 1, 0, kind, value, OptionalDouble.empty(), unit, currency, Optional.empty(),
                Qualifier.EXACT, false, Optional.empty(), Optional.empty(), List.of(), 0);
    }
}
