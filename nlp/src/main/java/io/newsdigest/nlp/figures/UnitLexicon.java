package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words and signs that make a number money, a percentage or a quantity: currency names and signs mapped to
 * ISO 4217, "%" and percentage points, units of measure mapped to their symbols.
 *
 * <p>Symbols match case-sensitively ("MW" is not "mW"), words case-insensitively. Both languages share one lexicon
 * because news in either language quotes the other's units. "pound" alone is a weight; the currency is "£",
 * "GBP", "Pfund" or "pounds sterling". Thread-safe and immutable.
 */
final class UnitLexicon {

    /** What a unit word makes of a number. */
    record Unit(FigureKind kind, String code) {
    }

    /** A unit found after or before a number, with the index after its last token. */
    record Match(Unit unit, int next) {
    }

    private static final int LONGEST = 4;
    private static final Set<String> TIME_UNITS = Set.of("year", "month", "week", "day", "h", "min", "s");
    private static final List<String> TIME_HEADS = List.of("jahre", "jahren", "jahr", "monate", "monaten", "monat",
            "wochen", "woche", "stunden", "stunde", "minuten", "sekunden");
    private static final UnitLexicon INSTANCE = new UnitLexicon();

    private final Map<String, Unit> symbols = new HashMap<>();
    private final Map<String, Unit> words = new HashMap<>();
    private final Map<String, String> currencySigns = new HashMap<>();
    /** Every beginning of a currency sign, lower case: "u" and "us" of "us$", so a sign split into tokens is seen. */
    private final Set<String> currencySignStarts = new java.util.HashSet<>();

    private UnitLexicon() {
        currencies();
        percentages();
        energyAndData();
        lengthsAndAreas();
        massesAndVolumes();
        durations();
        for (String sign : currencySigns.keySet()) {
            for (int end = 1; end <= sign.length(); end++) {
                currencySignStarts.add(sign.substring(0, end));
            }
        }
    }

    static UnitLexicon instance() {
        return INSTANCE;
    }

    /** @return the longest unit that starts at {@code index} */
    Optional<Match> after(List<Token> tokens, int index) {
        StringBuilder key = new StringBuilder();
        Optional<Match> best = Optional.empty();
        for (int i = index; i < tokens.size() && i < index + LONGEST; i++) {
            Token token = tokens.get(i);
            if (i > index) {
                key.append(tokens.get(i - 1).touches(token) ? "" : " ");
            }
            key.append(token.text());
            Unit unit = symbols.get(key.toString());
            if (unit == null) {
                unit = word(key.toString()).orElse(null);
            }
            if (unit != null) {
                best = Optional.of(new Match(unit, i + 1));
            }
        }
        return best;
    }

    /**
     * @return the currency sign or code written right before {@code index} ("$", "US$", "€", "EUR", "CHF"); the
     *     match's {@code next} is the index of its first token
     */
    Optional<Match> before(List<Token> tokens, int index) {
        if (index >= 2 && (tokens.get(index - 2).touches(tokens.get(index - 1)) || spacedDollarPrefix(tokens, index))) {
            String code = currencySigns.get((tokens.get(index - 2).text() + tokens.get(index - 1).text())
                    .toLowerCase(Locale.ROOT));
            if (code != null) {
                return Optional.of(new Match(new Unit(FigureKind.MONEY, code), index - 2));
            }
        }
        if (index >= 1) {
            String code = currencySigns.get(tokens.get(index - 1).lower());
            if (code != null) {
                return Optional.of(new Match(new Unit(FigureKind.MONEY, code), index - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * @param lowerToken a token in lower case
     * @return whether a currency sign {@link #before} finds may start with this token ("$", "eur", "us" of "US$")
     */
    boolean startsCurrencySign(String lowerToken) {
        return currencySignStarts.contains(lowerToken);
    }

    /**
     * "C $ 300", as text split into tokens writes "C$ 300": a country prefix set apart from the dollar sign. "A $"
     * is left out: "A $5 million grant" starts with an article far more often than with Australian dollars.
     */
    private static boolean spacedDollarPrefix(List<Token> tokens, int index) {
        String prefix = tokens.get(index - 2).text();
        return tokens.get(index - 1).isSymbol("$") && Set.of("c", "C", "NZ", "HK", "US").contains(prefix);
    }

    /** A currency code with a scale prefix: "MUSD" is a million US dollars. */
    record ScaledCurrency(Unit unit, BigDecimal scale) {
    }

    /**
     * "30 MUSD", "48 MEUR", "500 TEUR", "20 kEUR": a scale letter glued to an ISO code, as company reports write
     * amounts. Only upper-case ISO codes count, so that words such as "Meur" stay words.
     */
    Optional<ScaledCurrency> scaledCurrency(Token token) {
        String text = token.text();
        if (!token.is(Token.Type.WORD) || text.length() != 4 || !text.substring(1).equals(text.substring(1)
                .toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        BigDecimal scale = switch (text.charAt(0)) {
            case 'M' -> BigDecimal.valueOf(1_000_000);
            case 'T', 'k', 'K' -> BigDecimal.valueOf(1_000);
            default -> null;
        };
        String code = currencySigns.get(text.substring(1).toLowerCase(Locale.ROOT));
        return scale == null || code == null || !code.equals(text.substring(1)) ? Optional.empty()
                : Optional.of(new ScaledCurrency(new Unit(FigureKind.MONEY, code), scale));
    }

    /** @return whether the unit symbol measures time ("year", "day", "h", ...): its amounts are durations */
    static boolean timeUnit(String code) {
        return TIME_UNITS.contains(code);
    }

    /**
     * "Urlaubswochen", "Arbeitsstunden", "Geschäftsjahre": a German compound whose head is a unit of time, so that
     * "zwei Urlaubswochen" is a duration like "two weeks". Days are left out: "Montage" and "Etagen" end alike.
     *
     * @param compound a German noun as written
     */
    Optional<Unit> timeHead(String compound) {
        String lower = compound.toLowerCase(Locale.ROOT);
        for (String head : TIME_HEADS) {
            if (lower.endsWith(head) && lower.length() > head.length() + 2) {
                return word(head);
            }
        }
        return Optional.empty();
    }

    /** @return the unit named by one whole word ("Euro", "Meter"), without looking at its neighbours */
    Optional<Unit> word(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Unit unit = words.get(lower);
        // The German dative plural adds an n to a unit's name: "130 Stundenkilometern", "in 3 Kubikmetern".
        if (unit == null && lower.length() > 5 && lower.endsWith("n")) {
            unit = words.get(lower.substring(0, lower.length() - 1));
        }
        return Optional.ofNullable(unit);
    }

    private void currencies() {
        sign("USD", "$", "US$", "USD", "US-$");
        sign("EUR", "€", "EUR");
        sign("GBP", "£", "GBP");
        sign("JPY", "¥", "JPY");
        sign("CNY", "CNY", "RMB", "元");
        sign("CHF", "CHF");
        sign("CAD", "CAD", "C$", "CAD$");
        sign("AUD", "AUD", "A$", "AUD$");
        sign("MXN", "MXN", "MXN$", "Mex$");
        sign("HKD", "HKD", "HK$");
        sign("INR", "INR", "₹", "Rs", "Rs.");
        money("EUR", "euro", "euros");
        money("USD", "dollar", "dollars", "us-dollar", "us-dollars", "us dollar", "us dollars", "u.s. dollars",
                "united states dollars", "us-$");
        money("CNY", "yuan", "renminbi", "chinese yuan", "yuan renminbi");
        money("GBP", "pfund", "pfund sterling", "pound sterling", "pounds sterling", "britische pfund",
                "british pounds");
        money("CHF", "franken", "schweizer franken", "swiss franc", "swiss francs", "franc", "francs", "fr.");
        money("JPY", "yen", "japanese yen", "japanische yen");
        money("CAD", "canadian dollar", "canadian dollars", "kanadische dollar", "kanadischen dollar");
        money("AUD", "australian dollar", "australian dollars", "australische dollar");
        money("HKD", "hongkong-dollar", "hong kong dollars", "hong kong dollar");
        money("RUB", "rubel", "rouble", "roubles", "ruble", "rubles");
        money("INR", "rupien", "indische rupien", "indian rupees", "rupee", "rupees");
        money("MXN", "mexican peso", "mexican pesos", "mexikanische peso");
        money("TRY", "lira", "türkische lira", "turkish lira");
        money("KRW", "won");
    }

    private void percentages() {
        symbols.put("%", new Unit(FigureKind.PERCENT, "%"));
        words("%", FigureKind.PERCENT, "prozent", "percent", "per cent", "pct", "v. h.");
        words("pp", FigureKind.PERCENT, "prozentpunkt", "prozentpunkte", "prozentpunkten", "percentage point",
                "percentage points", "pp", "pp.", "pkt.");
    }

    private void energyAndData() {
        for (String symbol : List.of("W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh", "V", "kV",
                "Hz", "MHz", "GHz", "kB", "KB", "MB", "GB", "TB", "PB", "EB", "Mbit/s", "Gbit/s", "Mbps", "Gbps")) {
            symbols.put(symbol, new Unit(FigureKind.QUANTITY, symbol));
        }
        units("kW", "kilowatt", "kilowatts");
        units("MW", "megawatt", "megawatts");
        units("GW", "gigawatt", "gigawatts");
        units("TW", "terawatt", "terawatts");
        units("kWh", "kilowattstunde", "kilowattstunden", "kilowatt-hour", "kilowatt-hours", "kilowatt hours");
        units("MWh", "megawattstunde", "megawattstunden", "megawatt-hours", "megawatt hours");
        units("GWh", "gigawattstunde", "gigawattstunden", "gigawatt-hours", "gigawatt hours");
        units("TWh", "terawattstunde", "terawattstunden", "terawatt-hours", "terawatt hours");
        units("MB", "megabyte", "megabytes");
        units("GB", "gigabyte", "gigabytes");
        units("TB", "terabyte", "terabytes");
        units("PB", "petabyte", "petabytes");
        units("EB", "exabyte", "exabytes");
        units("Mbit", "megabit", "megabits");
        units("°C", "grad celsius", "degrees celsius", "degree celsius", "celsius", "°celsius", "° celsius",
                "deg celsius", "degrees c", "degree c", "celcius", "centigrade", "degrees centigrade");
        units("°F", "grad fahrenheit", "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "degrees f",
                "degree f", "farenheit", "degrees farenheit", "°fahrenheit");
        units("°", "grad", "degree", "degrees", "deg", "deg.");
        symbols.put("°", new Unit(FigureKind.QUANTITY, "°"));
        symbols.put("°C", new Unit(FigureKind.QUANTITY, "°C"));
        symbols.put("°F", new Unit(FigureKind.QUANTITY, "°F"));
    }

    private void lengthsAndAreas() {
        for (String symbol : List.of("nm", "µm", "mm", "cm", "dm", "m", "km", "m²", "km²", "ha", "ft", "mi",
                "km/h", "m/s", "mph", "kph", "sq ft")) {
            symbols.put(symbol, new Unit(FigureKind.QUANTITY, symbol));
        }
        units("km", "kilometer", "kilometre", "kilometers", "kilometres", "kilometern");
        units("m", "meter", "metre", "meters", "metres", "metern");
        units("cm", "zentimeter", "centimeter", "centimetre", "centimeters", "centimetres");
        units("mm", "millimeter", "millimetre", "millimeters", "millimetres");
        units("dm", "decimeter", "decimetre", "decimeters", "decimetres");
        units("nm", "nanometer", "nanometre", "nanometers", "nanometres");
        units("pm", "picometer", "picometre", "picometers", "picometres");
        units("mi", "mile", "miles", "meile", "meilen");
        units("ft", "foot", "feet", "fuß");
        units("in", "inch", "inches", "zoll");
        units("yd", "yard", "yards");
        units("km²", "quadratkilometer", "quadratkilometern", "square kilometer", "square kilometers",
                "square kilometre", "square kilometres");
        units("m²", "quadratmeter", "quadratmetern", "square meter", "square meters", "square metre", "square metres");
        units("mi²", "square mile", "square miles", "quadratmeile", "quadratmeilen");
        units("ha", "hektar", "hectare", "hectares");
        units("acre", "acre", "acres");
        units("km/h", "kilometer pro stunde", "stundenkilometer", "kilometres per hour", "kilometers per hour",
                "kilometer per hour");
        // German translations of English reports keep the imperial unit in German words.
        units("mph", "miles per hour", "mile per hour", "meilen pro stunde", "meilen in der stunde",
                "meile pro stunde");
        units("m/s", "meter pro sekunde", "meters per second", "metres per second");
    }

    private void massesAndVolumes() {
        for (String symbol : List.of("mg", "g", "kg", "t", "lb", "lbs", "oz", "l", "ml", "hl", "bbl", "m³")) {
            symbols.put(symbol, new Unit(FigureKind.QUANTITY, symbol.equals("lbs") ? "lb" : symbol));
        }
        units("µg", "mikrogramm", "microgram", "micrograms");
        units("mg", "milligramm", "milligram", "milligrams");
        units("g", "gramm", "gram", "grams", "gramme", "grammes");
        units("kg", "kilogramm", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes");
        units("t", "tonne", "tonnen", "tonnes", "metric tons", "metric ton", "ton", "tons");
        units("lb", "pound", "pounds");
        units("oz", "ounce", "ounces", "unze", "unzen");
        units("l", "liter", "litre", "liters", "litres", "litern");
        units("ml", "milliliter", "millilitre", "milliliters", "millilitres");
        units("gal", "gallon", "gallons", "gallonen");
        units("bbl", "barrel", "barrels", "fass");
        units("m³", "kubikmeter", "cubic meter", "cubic meters", "cubic metre", "cubic metres");
        units("km³", "kubikkilometer", "cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers");
        units("cup", "cup", "cups", "tasse", "tassen");
        units("tbsp", "tablespoon", "tablespoons", "esslöffel");
        units("tsp", "teaspoon", "teaspoons", "teelöffel");
    }

    private void durations() {
        // "24h", "90 min": the symbols, case-sensitive like every symbol ("H100" is a code).
        symbols.put("h", new Unit(FigureKind.QUANTITY, "h"));
        symbols.put("min", new Unit(FigureKind.QUANTITY, "min"));
        units("year", "jahr", "jahre", "jahren", "year", "years");
        units("month", "monat", "monate", "monaten", "month", "months");
        units("week", "woche", "wochen", "week", "weeks");
        units("day", "tag", "tage", "tagen", "day", "days");
        units("h", "stunde", "stunden", "std.", "hour", "hours", "hr", "hrs");
        units("min", "minute", "minuten", "minutes", "min.");
        units("s", "sekunde", "sekunden", "second", "seconds", "sec", "secs", "sek.");
    }

    private void sign(String code, String... signs) {
        for (String sign : signs) {
            currencySigns.put(sign.toLowerCase(Locale.ROOT), code);
            words.put(sign.toLowerCase(Locale.ROOT), new Unit(FigureKind.MONEY, code));
            symbols.put(sign, new Unit(FigureKind.MONEY, code));
        }
    }

    private void money(String code, String... names) {
        words(code, FigureKind.MONEY, names);
    }

    private void units(String symbol, String... names) {
        words(symbol, FigureKind.QUANTITY, names);
    }

    private void words(String code, FigureKind kind, String... names) {
        for (String name : names) {
            words.put(name, new Unit(kind, code));
        }
    }
}
