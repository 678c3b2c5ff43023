package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.util.List;

/** Every typed number of a test text as short strings ("time T22:30", "age 23 year", "count 16"). */
final class Readings {

    private static final RuleBasedFigureExtractor EXTRACTOR = new RuleBasedFigureExtractor();

    private Readings() {
    }

    static List<KeyFigure> numbers(String language, String text) {
        return EXTRACTOR.numbers(text, Sentences.of(text), language);
    }

    /** @return "type value[..to] [unit]" per reading, or "type date" when the reading has a date */
    static List<String> of(String language, String text) {
        return numbers(language, text).stream().map(Readings::describe).toList();
    }

    static String describe(KeyFigure figure) {
        String value = figure.date().orElseGet(() -> number(figure.value())
                + (figure.valueTo().isPresent() ? ".." + number(figure.valueTo().getAsDouble()) : ""));
        return figure.type().wireName() + " " + value + figure.currency().or(figure::unit).map(u -> " " + u).orElse("");
    }

    private static String number(double value) {
        return new BigDecimal(value).round(new java.math.MathContext(9)).stripTrailingZeros().toPlainString();
    }
}
