package io.newsdigest.nlp.eval;

import java.util.Map;
import java.util.Optional;

/**
 * Converts a quantity to the base unit of its dimension (metres, square metres, kilograms, litres, km/h, °C), so
 * that a translation that states a length in feet and its source in metres can be compared: "25 Meter" and "80
 * feet" are the same depth, rounded. Stateless.
 */
final class UnitSystems {

    /** A quantity in the base unit of its dimension. */
    record Measure(String dimension, double value) {

        /** Whether the two state the same quantity up to a translator's rounding. */
        boolean near(Measure other) {
            return dimension.equals(other.dimension)
                    && Math.abs(value - other.value) <= TOLERANCE * Math.max(Math.abs(value), Math.abs(other.value));
        }
    }

    /** How far a converted and rounded figure may lie from the exact conversion: 80 ft for 25 m is 2.4 % off. */
    static final double TOLERANCE = 0.05;

    private record Factor(String dimension, double factor) {
    }

    private static final Map<String, Factor> FACTORS = Map.ofEntries(
            Map.entry("mm", new Factor("length", 0.001)), Map.entry("cm", new Factor("length", 0.01)),
            Map.entry("dm", new Factor("length", 0.1)), Map.entry("m", new Factor("length", 1)),
            Map.entry("km", new Factor("length", 1000)), Map.entry("in", new Factor("length", 0.0254)),
            Map.entry("ft", new Factor("length", 0.3048)), Map.entry("yd", new Factor("length", 0.9144)),
            Map.entry("mi", new Factor("length", 1609.344)),
            Map.entry("m²", new Factor("area", 1)), Map.entry("ha", new Factor("area", 10_000)),
            Map.entry("km²", new Factor("area", 1_000_000)), Map.entry("acre", new Factor("area", 4046.8564224)),
            Map.entry("mi²", new Factor("area", 2_589_988.110336)),
            Map.entry("g", new Factor("mass", 0.001)), Map.entry("kg", new Factor("mass", 1)),
            Map.entry("t", new Factor("mass", 1000)), Map.entry("lb", new Factor("mass", 0.45359237)),
            Map.entry("lbs", new Factor("mass", 0.45359237)), Map.entry("oz", new Factor("mass", 0.028349523125)),
            Map.entry("ml", new Factor("volume", 0.001)), Map.entry("l", new Factor("volume", 1)),
            Map.entry("hl", new Factor("volume", 100)), Map.entry("gal", new Factor("volume", 3.785411784)),
            Map.entry("m³", new Factor("volume", 1000)),
            Map.entry("km/h", new Factor("speed", 1)), Map.entry("mph", new Factor("speed", 1.609344)),
            Map.entry("m/s", new Factor("speed", 3.6)));

    private UnitSystems() {
    }

    /** @return the quantity in its dimension's base unit; empty for a unit this table does not convert */
    static Optional<Measure> measure(double value, String unit) {
        if ("°C".equals(unit)) {
            return Optional.of(new Measure("temperature", value));
        }
        if ("°F".equals(unit)) {
            return Optional.of(new Measure("temperature", (value - 32) * 5 / 9));
        }
        Factor factor = FACTORS.get(unit);
        return factor == null ? Optional.empty() : Optional.of(new Measure(factor.dimension(), value * factor.factor()));
    }
}
