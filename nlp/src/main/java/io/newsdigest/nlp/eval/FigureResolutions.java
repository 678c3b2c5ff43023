package io.newsdigest.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.nlp.figures.FigureKind;
import io.newsdigest.nlp.figures.FigureType;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.Qualifier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns expected resolutions (Recognizers-Text, quantulum3) and our figures into comparable keys
 * "value|unit-or-currency", with the mapping of their unit names to our ISO codes and symbols that
 * {@code docs/figures.md} documents. Stateless.
 */
final class FigureResolutions {

    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("Dollar", "USD"),
            Map.entry("United States dollar", "USD"), Map.entry("Euro", "EUR"), Map.entry("Chinese yuan", "CNY"),
            Map.entry("Pound", "GBP"), Map.entry("British pound", "GBP"), Map.entry("Japanese yen", "JPY"),
            Map.entry("Canadian dollar", "CAD"), Map.entry("Australian dollar", "AUD"), Map.entry("Franc", "CHF"),
            Map.entry("Mexican peso", "MXN"), Map.entry("Indian rupee", "INR"), Map.entry("Rupee", "INR"),
            Map.entry("Turkish lira", "TRY"), Map.entry("dollar", "USD"), Map.entry("euro", "EUR"),
            Map.entry("pound sterling", "GBP"));
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("Meter", "m"), Map.entry("Kilometer", "km"),
            Map.entry("Millimeter", "mm"), Map.entry("Decimeter", "dm"), Map.entry("Picometer", "pm"),
            Map.entry("Foot", "ft"), Map.entry("Inch", "in"), Map.entry("Mile", "mi"), Map.entry("Pound", "lb"),
            Map.entry("Kilogram", "kg"), Map.entry("Gram", "g"), Map.entry("Microgram", "µg"), Map.entry("Metric ton", "t"),
            Map.entry("Ton", "t"), Map.entry("Gallon", "gal"), Map.entry("Milliliter", "ml"), Map.entry("Square meter", "m²"),
            Map.entry("Acre", "acre"), Map.entry("Kilometer per hour", "km/h"), Map.entry("Mile per hour", "mph"),
            Map.entry("Meter per second", "m/s"), Map.entry("Megabit", "Mbit"), Map.entry("Megabyte", "MB"),
            Map.entry("Tablespoon", "tbsp"), Map.entry("Teaspoon", "tsp"), Map.entry("Cup", "cup"),
            Map.entry("Degree", "°"), Map.entry("C", "°C"), Map.entry("F", "°F"), Map.entry("Year", "year"),
            Map.entry("Month", "month"), Map.entry("Week", "week"), Map.entry("Day", "day"),
            Map.entry("metre", "m"), Map.entry("kilometre", "km"), Map.entry("inch", "in"), Map.entry("mile", "mi"),
            Map.entry("nanometre", "nm"), Map.entry("picometre", "pm"), Map.entry("milligram", "mg"),
            Map.entry("tonne", "t"), Map.entry("year", "year"), Map.entry("month", "month"), Map.entry("day", "day"),
            Map.entry("hour", "h"), Map.entry("degree Celsius", "°C"), Map.entry("cubic kilometre", "km³"),
            Map.entry("exabyte", "EB"), Map.entry("kilometre per hour", "km/h"), Map.entry("cup", "cup"),
            Map.entry("tablespoon", "tbsp"), Map.entry("percentage", "%"), Map.entry("dimensionless", ""),
            Map.entry("minute", "min"), Map.entry("degree fahrenheit", "°F"), Map.entry("pound-mass", "lb"),
            Map.entry("watt hour", "Wh"), Map.entry("cubic centimetre", "ml"), Map.entry("week", "week"));
    private static final Set<String> TEMPERATURES = Set.of("°C", "°F", "°");
    private static final Set<String> DURATIONS = Set.of("year", "month", "week", "day", "h", "min");

    private FigureResolutions() {
    }

    /** @return the key of one quantulum3 result; a unit without a mapping gets a key that never matches */
    static String quantulumExpected(JsonNode result) {
        String unit = result.path("unit").asText();
        return key(result.path("value").asText(), CURRENCIES.getOrDefault(unit, UNITS.getOrDefault(unit, "?" + unit)));
    }

    static Optional<String> expected(String type, JsonNode result) {
        String typeName = result.path("TypeName").asText("");
        JsonNode resolution = result.path("Resolution");
        String value = resolution.path("value").asText("").replace("%", "");
        String unit = resolution.path("unit").asText("");
        return switch (type) {
            case "number", "percentage" -> typeName.equals(type) ? Optional.of(key(value, "percentage".equals(type)
                    ? "%" : "")) : Optional.empty();
            case "numberrange" -> typeName.equals(type) ? Optional.of(rangeKey(value)) : Optional.empty();
            case "currency" -> typeName.equals(type)
                    ? Optional.of(key(value, CURRENCIES.getOrDefault(unit, "?" + unit))) : Optional.empty();
            case "dimension", "temperature", "age" -> typeName.equals(type)
                    ? Optional.of(key(value, UNITS.getOrDefault(unit, "?" + unit))) : Optional.empty();
            case "date" -> absoluteDate(typeName, resolution);
            default -> Optional.empty();
        };
    }

    /** Only absolute dates are scored ("2016-01-12", "2016-09", "2016"); relative ones are out of scope. */
    private static Optional<String> absoluteDate(String typeName, JsonNode resolution) {
        if (!typeName.equals("datetimeV2.date") && !typeName.equals("datetimeV2.daterange")) {
            return Optional.empty();
        }
        String timex = resolution.path("values").path(0).path("timex").asText("");
        return timex.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? Optional.of(timex) : Optional.empty();
    }

    /** Every mention counts: a figure mentioned twice was extracted twice. */
    static List<String> predicted(String type, List<KeyFigure> figures) {
        List<String> keys = new ArrayList<>();
        for (KeyFigure figure : figures) {
            List<String> once = keysOf(type, figure);
            for (int i = 0; i <= figure.mentions().size(); i++) {
                keys.addAll(once);
            }
        }
        return keys;
    }

    private static List<String> keysOf(String type, KeyFigure figure) {
        List<String> keys = new ArrayList<>();
        Optional<String> unit = figure.unit();
        boolean date = figure.date().isPresent();
        switch (type) {
            case "number" -> {
                if (!date && figure.type() != FigureType.ORDINAL) {
                    keys.add(key(figure.value(), ""));
                    figure.valueTo().ifPresent(to -> keys.add(key(to, "")));
                }
            }
            case "percentage" -> unit.filter(u -> u.equals("%") || u.equals("pp"))
                    .ifPresent(u -> keys.add(key(figure.value(), "%")));
            case "numberrange" -> range(figure).ifPresent(keys::add);
            case "currency" -> addMoney(figure, keys);
            case "dimension" -> addUnit(figure, keys, u -> !u.equals("°C") && !u.equals("°F") && !DURATIONS.contains(u));
            case "temperature" -> addUnit(figure, keys, TEMPERATURES::contains);
            case "age" -> addUnit(figure, keys, DURATIONS::contains);
            case "date" -> figure.date().filter(d -> figure.kind() == FigureKind.DATE).ifPresent(keys::add);
            default -> { }
        }
        return keys;
    }

    private static void addMoney(KeyFigure figure, List<String> keys) {
        figure.currency().ifPresent(c -> keys.add(key(figure.value(), c)));
        figure.equivalent().ifPresent(e -> e.currency().ifPresent(c -> keys.add(key(e.value(), c))));
    }

    private static void addUnit(KeyFigure figure, List<String> keys, Predicate<String> wanted) {
        boolean measured = figure.kind() == FigureKind.QUANTITY || figure.kind() == FigureKind.RANGE;
        figure.unit().filter(u -> measured).filter(wanted).ifPresent(u -> {
            keys.add(key(figure.value(), u));
            figure.valueTo().ifPresent(to -> keys.add(key(to, u)));
        });
        figure.equivalent().flatMap(e -> e.unit().filter(wanted).map(u -> key(e.value(), u))).ifPresent(keys::add);
    }

    /** A range, or the open range a qualifier implies ("more than 20" = (20,)). */
    private static Optional<String> range(KeyFigure figure) {
        if (figure.date().isPresent()) {
            return Optional.empty();
        }
        if (figure.valueTo().isPresent()) {
            return Optional.of(number(figure.value()) + "," + number(figure.valueTo().getAsDouble()));
        }
        Qualifier q = figure.qualifier();
        if (q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST) {
            return Optional.of(number(figure.value()) + ",");
        }
        if (q == Qualifier.LESS_THAN || q == Qualifier.UP_TO) {
            return Optional.of("," + number(figure.value()));
        }
        return Optional.empty();
    }

    /** "[20,30)" → "20,30"; "(20,)" → "20,": bounds compared, open or closed ends not. */
    private static String rangeKey(String value) {
        String inner = value.replaceAll("[\\[\\]()]", "");
        String[] parts = inner.split(",", -1);
        return parts.length != 2 ? "?" + value
                : (parts[0].isBlank() ? "" : number(parts[0])) + "," + (parts[1].isBlank() ? "" : number(parts[1]));
    }

    static String key(double value, String unit) {
        return number(value) + "|" + unit;
    }

    private static String key(String value, String unit) {
        return number(value) + "|" + unit;
    }

    private static String number(double value) {
        return new BigDecimal(value).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }

    /** Upstream German values sometimes keep the decimal comma ("195,63"). */
    private static String number(String value) {
        String plain = value.strip().contains(".") ? value.strip() : value.strip().replace(',', '.');
        try {
            return number(Double.parseDouble(plain));
        } catch (NumberFormatException e) {
            return "?" + value;
        }
    }
}
