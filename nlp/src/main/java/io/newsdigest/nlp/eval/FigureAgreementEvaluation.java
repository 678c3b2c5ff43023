package io.newsdigest.nlp.eval;

import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.SentenceSplitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores whether the extractor reads one sentence the same way in German and in English: over professionally
 * translated news sentence pairs (WMT21: German source with English reference A, English source with German
 * reference A), the F1 of the multisets of values read on the two sides, and the number of pairs whose values are
 * identical, beside a digit-only regular expression on the same pairs. A value is a figure's number (and range
 * end); a dated figure's value is its year, or its ISO date when it has no year. A stricter reading compares the
 * typed values (type, number, unit or currency, full date) as well.
 *
 * <p>Usage: {@code FigureAgreementEvaluation [wmt21-folder] [--misses] [--fold a|b]}; the folder defaults to
 * {@code ../shared/eval/translation/wmt21}. Pairs fall into two fixed folds by a hash of the source sentence
 * ({@link Folds}); {@code --misses} prints the disagreeing pairs of the chosen fold (both without {@code --fold})
 * to standard error. Not thread-safe; a command, not a library component.
 */
public final class FigureAgreementEvaluation {

    /** One translated sentence pair. */
    record Pair(String direction, int line, String german, String english) {
        String fold() {
            return Folds.of(direction.startsWith("de") ? german : english);
        }
    }

    /** Counts of one system on a set of pairs. */
    record Counts(int pairs, int withValues, int identical, int german, int english, int matched) {
        double f1() {
            return german + english == 0 ? 1.0 : 2.0 * matched / (german + english);
        }

        Counts plus(Counts other) {
            return new Counts(pairs + other.pairs, withValues + other.withValues, identical + other.identical,
                    german + other.german, english + other.english, matched + other.matched);
        }
    }

    /** A way of turning one side of a pair into a multiset of comparable values. */
    record Method(String name, Function<Side, List<Value>> values) {
    }

    /**
     * One value of a side: its key, compared exactly, and for a quantity its measure in base units, compared with
     * a translator's rounding when the keys differ ("25 Meter" and "80 feet").
     */
    record Value(String key, Optional<UnitSystems.Measure> measure) {
        static Value of(String key) {
            return new Value(key, Optional.empty());
        }

        @Override
        public String toString() {
            return key;
        }
    }

    /** One side of a pair: its text and language. */
    record Side(String text, String language) {
    }

    private static final String GERMAN_SOURCE = "newstest2021.de-en.src.de";
    private static final String ENGLISH_REFERENCE = "newstest2021.de-en.ref.A.en";
    private static final String ENGLISH_SOURCE = "newstest2021.en-de.src.en";
    private static final String GERMAN_REFERENCE = "newstest2021.en-de.ref.A.de";
    /** Digit runs with separators between digits, the separators dropped: "115.000" and "115,000" are "115000". */
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,:'’]\\d+)*");
    /** The year at the start of an ISO date or of each half of an ISO span: "2021-09-10/2021-09-12". */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<=^|/)\\d{4}(?=-|/|$)");

    private final KeyFigureExtractor extractor;
    private final SentenceSplitter splitter = new RuleSentenceSplitter();

    public FigureAgreementEvaluation(KeyFigureExtractor extractor) {
        this.extractor = extractor;
    }

    public static void main(String[] args) throws IOException {
        FigureEvalArguments arguments = FigureEvalArguments.parse(args, "../shared/eval/translation/wmt21");
        boolean misses = arguments.misses();
        Optional<String> missFold = arguments.fold();
        Path folder = arguments.folder();
        if (!Files.isRegularFile(folder.resolve(GERMAN_SOURCE))) {
            System.err.println("No WMT21 pairs at " + folder.toAbsolutePath() + "; pass the wmt21 folder.");
            System.exit(2);
        }
        FigureAgreementEvaluation evaluation = new FigureAgreementEvaluation(new RuleBasedFigureExtractor());
        List<Pair> pairs = pairs(folder);
        List<Method> systems = evaluation.systems();
        System.out.print(markdown(systems, pairs));
        if (misses) {
            Method keyFigures = systems.get(0);
            Method all = systems.get(3);
            for (Pair pair : pairs) {
                if (missFold.isPresent() && !missFold.get().equals(pair.fold())) {
                    continue;
                }
                evaluation.printMiss(pair, keyFigures, all);
            }
        }
    }

    /**
     * @param folder the WMT21 folder
     * @return the F1 of the key figures' typed values on each fold ({@code "a"}, {@code "b"})
     */
    public Map<String, Double> keyFigureF1(Path folder) throws IOException {
        Method keyFigures = systems().get(0);
        Map<String, Counts> byFold = new java.util.TreeMap<>();
        for (Pair pair : pairs(folder)) {
            byFold.merge(pair.fold(), score(keyFigures, pair), Counts::plus);
        }
        Map<String, Double> f1 = new java.util.TreeMap<>();
        byFold.forEach((fold, counts) -> f1.put(fold, counts.f1()));
        return f1;
    }

    /**
     * Ours on the values of key figures (the headline), of every number read, the same two as typed values, and the
     * digit baseline.
     */
    List<Method> systems() {
        return List.of(new Method("ours: key figures, values", side -> values(side, true)),
                new Method("ours: every number, values", side -> values(side, false)),
                new Method("ours: key figures, typed", side -> keys(side, true)),
                new Method("ours: every number, typed", side -> keys(side, false)),
                new Method("baseline: digit runs", side -> digitRuns(side.text()).stream().map(Value::of).toList()));
    }

    /** @return the pairs of both directions, in file order */
    static List<Pair> pairs(Path folder) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        add(pairs, "de→en", Files.readAllLines(folder.resolve(GERMAN_SOURCE), StandardCharsets.UTF_8),
                Files.readAllLines(folder.resolve(ENGLISH_REFERENCE), StandardCharsets.UTF_8), true);
        add(pairs, "en→de", Files.readAllLines(folder.resolve(ENGLISH_SOURCE), StandardCharsets.UTF_8),
                Files.readAllLines(folder.resolve(GERMAN_REFERENCE), StandardCharsets.UTF_8), false);
        return pairs;
    }

    private static void add(List<Pair> pairs, String direction, List<String> sources, List<String> references,
                            boolean germanSource) {
        if (sources.size() != references.size()) {
            throw new IllegalStateException(direction + ": " + sources.size() + " sources but " + references.size()
                    + " references");
        }
        for (int i = 0; i < sources.size(); i++) {
            pairs.add(germanSource ? new Pair(direction, i + 1, sources.get(i), references.get(i))
                    : new Pair(direction, i + 1, references.get(i), sources.get(i)));
        }
    }

    /** @return the typed values of one side: type, value (and range end), unit or currency, date */
    private List<Value> keys(Side side, boolean keyFiguresOnly) {
        List<Value> keys = new ArrayList<>();
        for (KeyFigure figure : figures(side, keyFiguresOnly)) {
            keys.add(new Value(key(figure), measure(figure)));
            // A conversion in parentheses is a number of the text too: "8,2 Meter (27 Fuß)".
            figure.equivalent().ifPresent(equivalent -> keys.add(new Value((equivalent.currency().isPresent()
                    ? "money " : "quantity ") + number(equivalent.value()) + " " + equivalent.currency()
                    .or(equivalent::unit).orElse(""), equivalent.unit()
                    .flatMap(unit -> UnitSystems.measure(equivalent.value(), unit)))));
        }
        return keys;
    }

    /** @return the values of one side: each figure's number (and range end), a date's year, a conversion's number */
    private List<Value> values(Side side, boolean keyFiguresOnly) {
        List<Value> values = new ArrayList<>();
        for (KeyFigure figure : figures(side, keyFiguresOnly)) {
            values.add(new Value(value(figure), measure(figure)));
            figure.equivalent().ifPresent(equivalent -> values.add(new Value(number(equivalent.value()),
                    equivalent.unit().flatMap(unit -> UnitSystems.measure(equivalent.value(), unit)))));
        }
        return values;
    }

    /** A single quantity's measure in base units; ranges and figures without a convertible unit have none. */
    private static Optional<UnitSystems.Measure> measure(KeyFigure figure) {
        return figure.valueTo().isPresent() ? Optional.empty()
                : figure.unit().flatMap(unit -> UnitSystems.measure(figure.value(), unit));
    }

    private List<KeyFigure> figures(Side side, boolean keyFiguresOnly) {
        return extractor.numbers(side.text(), splitter.split(side.text(), side.language()), side.language())
                .stream().filter(figure -> !keyFiguresOnly || figure.type().keyFigure()).toList();
    }

    /** A figure's value for agreement: "im April 2019" and "in 2019" both say 2019; "am 7. August" is "--08-07". */
    static String value(KeyFigure figure) {
        Optional<String> date = figure.date();
        if (date.isPresent() && !YEAR_FIRST.matcher(date.get()).lookingAt()) {
            return date.get();
        }
        if (date.isPresent()) {
            Matcher years = YEAR_FIRST.matcher(date.get());
            List<String> found = new ArrayList<>();
            while (years.find()) {
                found.add(years.group());
            }
            return found.stream().distinct().reduce((a, b) -> a + ".." + b).orElseThrow();
        }
        return number(figure.value()) + (figure.valueTo().isPresent()
                ? ".." + number(figure.valueTo().getAsDouble()) : "");
    }

    static String key(KeyFigure figure) {
        String value = figure.date().orElseGet(() -> number(figure.value())
                + (figure.valueTo().isPresent() ? ".." + number(figure.valueTo().getAsDouble()) : ""));
        return figure.type().wireName() + " " + value + figure.currency().or(figure::unit).map(u -> " " + u).orElse("");
    }

    /** The baseline: every run of digits, its separators dropped, compared as written. */
    static List<String> digitRuns(String text) {
        List<String> runs = new ArrayList<>();
        Matcher matcher = DIGITS.matcher(text);
        while (matcher.find()) {
            runs.add(matcher.group().replaceAll("[^0-9]", ""));
        }
        return runs;
    }

    private static String number(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(9)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * @return the counts of one pair: values with equal keys match first, then quantities that state the same
     *     measure in another unit ("25 Meter", "80 feet")
     */
    static Counts score(List<Value> german, List<Value> english) {
        Map<String, Integer> pool = new HashMap<>();
        german.forEach(value -> pool.merge(value.key(), 1, Integer::sum));
        int matched = 0;
        List<Value> unmatched = new ArrayList<>();
        for (Value value : english) {
            if (pool.getOrDefault(value.key(), 0) > 0) {
                pool.merge(value.key(), -1, Integer::sum);
                matched++;
            } else {
                unmatched.add(value);
            }
        }
        List<Value> left = new ArrayList<>();
        for (Value value : german) {
            if (pool.getOrDefault(value.key(), 0) > 0) {
                pool.merge(value.key(), -1, Integer::sum);
                left.add(value);
            }
        }
        for (Value value : unmatched) {
            Optional<Value> converted = value.measure().flatMap(measure -> left.stream()
                    .filter(other -> other.measure().filter(measure::near).isPresent()).findFirst());
            if (converted.isPresent()) {
                left.remove(converted.get());
                matched++;
            }
        }
        boolean withValues = !german.isEmpty() || !english.isEmpty();
        boolean identical = withValues && matched == german.size() && matched == english.size();
        return new Counts(1, withValues ? 1 : 0, identical ? 1 : 0, german.size(), english.size(), matched);
    }

    private static Counts score(Method system, Pair pair) {
        return score(system.values().apply(new Side(pair.german(), "de")),
                system.values().apply(new Side(pair.english(), "en")));
    }

    /** @return one row per system, direction and fold, then each system over everything */
    static String markdown(List<Method> systems, List<Pair> pairs) {
        StringBuilder out = new StringBuilder("| system | direction | fold | pairs | pairs with values | identical "
                + "| values de | values en | matched | F1 |\n| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: "
                + "| ---: |\n");
        for (Method system : systems) {
            Map<String, Counts> rows = new java.util.TreeMap<>();
            for (Pair pair : pairs) {
                Counts counts = score(system, pair);
                for (String row : List.of(pair.direction() + " | " + pair.fold(), "both | " + pair.fold(),
                        pair.direction() + " | a+b", "both | a+b")) {
                    rows.merge(row, counts, Counts::plus);
                }
            }
            rows.forEach((row, counts) -> out.append(String.format(Locale.ROOT,
                    "| %s | %s | %d | %d | %d | %d | %d | %d | %.3f |%n", system.name(), row, counts.pairs(),
                    counts.withValues(), counts.identical(), counts.german(), counts.english(), counts.matched(),
                    counts.f1())));
        }
        return out.toString();
    }

    /** Prints a pair whose key-figure values differ, with every typed number of both sides for context. */
    private void printMiss(Pair pair, Method keyFigures, Method all) {
        if (score(keyFigures, pair).identical() == 1 || score(keyFigures, pair).withValues() == 0) {
            return;
        }
        System.err.printf(Locale.ROOT, "[%s %s:%d]%n  de %s%n     %s%n  en %s%n     %s%n", pair.fold(),
                pair.direction(), pair.line(), pair.german(), all.values().apply(new Side(pair.german(), "de")),
                pair.english(), all.values().apply(new Side(pair.english(), "en")));
    }
}
