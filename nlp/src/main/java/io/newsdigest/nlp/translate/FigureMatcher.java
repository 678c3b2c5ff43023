package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.figures.FigureKind;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.Qualifier;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Decides whether an output figure states a source figure: same kind, value (after unit scale: 480 MW = 480,000
 * kW), range, currency, date, and a qualifier the source implies. An output figure may also state the conversion a
 * source gives in parentheses ("5 Milliarden Yuan (700 Millionen US-Dollar)" backs "$700 million"), or, as a year,
 * one bound of a source range of years ("2025–2026" backs "2025"). Stateless and thread-safe.
 */
final class FigureMatcher {

    private static final double RELATIVE_TOLERANCE = 1e-9;

    /** Units with an SI or byte prefix, as base unit and factor; others compare as written. */
    private static final Map<String, Scaled> SCALES = Map.ofEntries(
            scale("mW", "W", 1e-3), scale("W", "W", 1), scale("kW", "W", 1e3), scale("MW", "W", 1e6),
            scale("GW", "W", 1e9), scale("TW", "W", 1e12),
            scale("Wh", "Wh", 1), scale("kWh", "Wh", 1e3), scale("MWh", "Wh", 1e6), scale("GWh", "Wh", 1e9),
            scale("TWh", "Wh", 1e12),
            scale("pm", "m", 1e-12), scale("nm", "m", 1e-9), scale("µm", "m", 1e-6), scale("mm", "m", 1e-3),
            scale("cm", "m", 1e-2), scale("dm", "m", 1e-1), scale("m", "m", 1), scale("km", "m", 1e3),
            scale("µg", "g", 1e-6), scale("mg", "g", 1e-3), scale("g", "g", 1), scale("kg", "g", 1e3),
            scale("t", "g", 1e6),
            scale("ml", "l", 1e-3), scale("l", "l", 1), scale("hl", "l", 1e2),
            scale("kB", "B", 1e3), scale("KB", "B", 1e3), scale("MB", "B", 1e6), scale("GB", "B", 1e9),
            scale("TB", "B", 1e12), scale("PB", "B", 1e15), scale("EB", "B", 1e18),
            scale("Hz", "Hz", 1), scale("MHz", "Hz", 1e6), scale("GHz", "Hz", 1e9),
            scale("V", "V", 1), scale("kV", "V", 1e3));

    private record Scaled(String base, double factor) {
    }

    private FigureMatcher() {
    }

    private static Map.Entry<String, Scaled> scale(String unit, String base, double factor) {
        return Map.entry(unit, new Scaled(base, factor));
    }

    /** Whether {@code output} states {@code source} itself (no conversions, no range bounds). */
    static boolean same(KeyFigure source, KeyFigure output) {
        return source.kind() == output.kind()
                && sameAmount(source.value(), source.valueTo(), source.unit(), output.value(), output.valueTo(),
                output.unit())
                && sameText(source.currency(), output.currency())
                && implied(source.qualifier(), output.qualifier())
                && source.date().equals(output.date());
    }

    /** Whether {@code output} states {@code source}, its conversion in parentheses, or a year it spans. */
    static boolean backs(KeyFigure source, KeyFigure output) {
        return same(source, output) || statesEquivalent(source, output) || yearWithin(source, output);
    }

    /**
     * Whether a qualifier in the output is true whenever the source's is: the same one, or a weaker one ("about"
     * for an exact figure, "at least" for "more than", "up to" for "less than"). "25,000" for "etwa 25.000" is not.
     */
    static boolean implied(Qualifier source, Qualifier output) {
        return source == output
                || source == Qualifier.EXACT && output == Qualifier.ABOUT
                || source == Qualifier.MORE_THAN && output == Qualifier.AT_LEAST
                || source == Qualifier.LESS_THAN && output == Qualifier.UP_TO;
    }

    private static boolean statesEquivalent(KeyFigure source, KeyFigure output) {
        return source.equivalent().isPresent() && source.kind() == output.kind() && output.valueTo().isEmpty()
                && (source.kind() == FigureKind.MONEY || source.kind() == FigureKind.QUANTITY)
                && source.equivalent().map(eq -> sameAmount(eq.value(), OptionalDouble.empty(), eq.unit(),
                        output.value(), OptionalDouble.empty(), output.unit())
                        && sameText(eq.currency(), output.currency())).orElse(false)
                // A conversion in parentheses is approximate by nature: "about $700 million" states it as well.
                && (output.qualifier() == Qualifier.EXACT || output.qualifier() == Qualifier.ABOUT
                || implied(source.qualifier(), output.qualifier()));
    }

    /**
     * Whether an output figure asserts no exact amount, so that no source can contradict it: "one" (also the
     * article or pronoun "one investor", which German writes "ein" and nobody reads as a figure) and plural
     * numeral nouns ("dozens", "hundreds", "Tausende"), written without digits.
     */
    static boolean indefinite(KeyFigure output) {
        if (output.text().chars().anyMatch(Character::isDigit) || output.valueTo().isPresent()) {
            return false;
        }
        if (output.value() == 1 && output.kind() == FigureKind.COUNT) {
            return true;
        }
        String word = output.text().strip().toLowerCase(Locale.ROOT);
        boolean numeralNoun = output.value() == 12 || output.value() >= 100
                && Math.log10(output.value()) == Math.rint(Math.log10(output.value()));
        return numeralNoun && !word.contains(" ") && (word.endsWith("s") || word.endsWith("e") || word.endsWith("en"));
    }

    private static boolean yearWithin(KeyFigure source, KeyFigure output) {
        return source.kind() == FigureKind.RANGE && output.kind() == FigureKind.DATE && source.valueTo().isPresent()
                && isYear(source.value()) && isYear(source.valueTo().getAsDouble())
                && output.date().map(date -> date.length() == 4).orElse(false)
                && (close(output.value(), source.value()) || close(output.value(), source.valueTo().getAsDouble()));
    }

    private static boolean isYear(double value) {
        return value == Math.rint(value) && value >= 1000 && value <= 2999;
    }

    private static boolean sameAmount(double a, OptionalDouble aTo, Optional<String> aUnit, double b, OptionalDouble bTo,
                                      Optional<String> bUnit) {
        if (aTo.isPresent() != bTo.isPresent()) {
            return false;
        }
        Optional<Scaled> aScale = aUnit.map(SCALES::get);
        Optional<Scaled> bScale = bUnit.map(SCALES::get);
        if (aScale.isPresent() && bScale.isPresent() && aScale.get().base().equals(bScale.get().base())) {
            double af = aScale.get().factor();
            double bf = bScale.get().factor();
            return close(a * af, b * bf) && (aTo.isEmpty() || close(aTo.getAsDouble() * af, bTo.getAsDouble() * bf));
        }
        return sameText(aUnit, bUnit) && close(a, b) && (aTo.isEmpty() || close(aTo.getAsDouble(), bTo.getAsDouble()));
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static boolean sameText(Optional<String> a, Optional<String> b) {
        return a.map(s -> s.toLowerCase(Locale.ROOT)).equals(b.map(s -> s.toLowerCase(Locale.ROOT)));
    }
}
