package io.newsdigest.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.text.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the key-figure extractor on the Recognizers-Text specs and the quantulum3 cases: per language and type,
 * precision and recall of (value, unit or currency) against the expected resolutions.
 *
 * <p>Run: {@code newsdigest eval figures [FOLDER] [--misses] [--fold a|b]}. Prints the Markdown table over all
 * cases, then the two-fold table: the same scores on each half of the cases ({@link Folds}: rules are written
 * from fold {@code a}'s misses, fold {@code b} is held out). {@code --misses} prints every case of the chosen fold
 * (both without {@code --fold}) with a missed or extra item to standard error. Each input is one sentence. Their
 * unit names are mapped to our ISO codes and symbols by the tables below (documented in {@code docs/figures.md});
 * a name without a mapping can never match, so it counts against recall.
 */
public final class FigureEvaluation {

    /**
     * One scored group: how many items were expected, predicted and matched, over all cases, over the cases in
     * scope (no fraction or power, no unit without a mapping, no expected value missing), and over the cases in
     * scope whose misses are not all design differences ({@link DesignDifferences}).
     */
    public record Row(String corpus, String language, String type, Counts all, Counts inScope, Counts comparable) {
    }

    /** Item counts of a set of cases. */
    public record Counts(int cases, int expected, int predicted, int matched) {
        public double precision() {
            return predicted == 0 ? 1.0 : matched / (double) predicted;
        }

        public double recall() {
            return expected == 0 ? 1.0 : matched / (double) expected;
        }
    }

    /** Running counts; index 0 over all cases, 1 over the cases in scope, 2 over those not differing by design. */
    private static final class Tally {
        private final int[][] counts = new int[3][4];

        void add(int scopes, int expected, int predicted, int matched) {
            for (int scope = 0; scope < scopes; scope++) {
                counts[scope][0]++;
                counts[scope][1] += expected;
                counts[scope][2] += predicted;
                counts[scope][3] += matched;
            }
        }

        Row row(String corpus, String language, String type) {
            return new Row(corpus, language, type, counts(0), counts(1), counts(2));
        }

        private Counts counts(int scope) {
            return new Counts(counts[scope][0], counts[scope][1], counts[scope][2], counts[scope][3]);
        }
    }

    private record Spec(String folder, String file, String type) {
    }

    private static final List<Spec> SPECS = List.of(new Spec("Number", "NumberModel", "number"),
            new Spec("Number", "PercentModel", "percentage"), new Spec("NumberWithUnit", "CurrencyModel", "currency"),
            new Spec("Number", "NumberRangeModel", "numberrange"),
            new Spec("NumberWithUnit", "DimensionModel", "dimension"),
            new Spec("NumberWithUnit", "TemperatureModel", "temperature"),
            new Spec("NumberWithUnit", "AgeModel", "age"), new Spec("DateTime", "DateTimeModel", "date"));

    private final KeyFigureExtractor extractor;
    private final boolean printMisses;
    private final ObjectMapper json = new ObjectMapper();
    private Optional<String> fold = Optional.empty();

    /**
     * @param extractor the extractor to score
     * @param printMisses whether to print every case with a missed or extra item to standard error
     */
    public FigureEvaluation(KeyFigureExtractor extractor, boolean printMisses) {
        this.extractor = extractor;
        this.printMisses = printMisses;
    }

    public static void main(String[] args) throws IOException {
        FigureEvalArguments arguments = FigureEvalArguments.parse(args, "../shared/eval/keyfigures");
        boolean misses = arguments.misses();
        Optional<String> missFold = arguments.fold();
        Path root = arguments.folder();
        if (!Files.isDirectory(root)) {
            System.err.println("No evaluation data at " + root.toAbsolutePath() + "; pass the keyfigures folder.");
            System.exit(2);
        }
        KeyFigureExtractor extractor = new RuleBasedFigureExtractor();
        System.out.print(markdown(new FigureEvaluation(extractor, misses && missFold.isEmpty()).run(root)));
        FigureEvaluation tuning = new FigureEvaluation(extractor, misses && missFold.equals(Optional.of(Folds.TUNING)));
        FigureEvaluation heldOut = new FigureEvaluation(extractor,
                misses && missFold.equals(Optional.of(Folds.HELD_OUT)));
        System.out.print("\n" + twoFold(tuning.inFold(Folds.TUNING).run(root), heldOut.inFold(Folds.HELD_OUT).run(root)));
    }

    /** @return this evaluation restricted to the cases of one fold ({@link Folds}) */
    public FigureEvaluation inFold(String name) {
        this.fold = Optional.of(name);
        return this;
    }

    private boolean kept(String input) {
        return fold.isEmpty() || fold.get().equals(Folds.of(input));
    }

    /** @param root the {@code keyfigures} folder with {@code recognizers-text/} and {@code quantulum3/} */
    public List<Row> run(Path root) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Spec spec : SPECS) {
            for (String[] language : new String[][] {{"German", "de"}, {"English", "en"}}) {
                Path file = root.resolve("recognizers-text").resolve(spec.folder()).resolve(language[0])
                        .resolve(spec.file() + ".json");
                if (Files.isRegularFile(file)) {
                    rows.add(recognizers(file, language[1], spec.type()));
                }
            }
        }
        for (String name : List.of("quantities.json", "quantities.ambiguity.json")) {
            Path file = root.resolve("quantulum3").resolve("English").resolve(name);
            if (Files.isRegularFile(file)) {
                rows.add(quantulum(file, name.replace(".json", "")));
            }
        }
        return rows;
    }

    private Row recognizers(Path file, String language, String type) throws IOException {
        Tally tally = new Tally();
        for (JsonNode test : read(file)) {
            String input = test.path("Input").asText("");
            if (!kept(input)) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            boolean inScope = true;
            for (JsonNode result : test.path("Results")) {
                FigureResolutions.expected(type, result).ifPresent(expected::add);
                String subtype = result.path("Resolution").path("subtype").asText("");
                inScope &= !subtype.equals("fraction") && !subtype.equals("power");
            }
            inScope &= expected.stream().noneMatch(key -> key.contains("?"));
            // The number specs ask for every number of the text, key figure or not ("Zahl Nummer 3", codes).
            List<KeyFigure> figures = "number".equals(type) ? numbers(input, language) : figures(input, language);
            score(type, input, expected, FigureResolutions.predicted(type, figures), tally, inScope);
        }
        return tally.row("Recognizers-Text", language, type);
    }

    private Row quantulum(Path file, String name) throws IOException {
        Tally tally = new Tally();
        for (JsonNode test : read(file)) {
            if (!kept(test.path("req").asText(""))) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (JsonNode result : test.path("res")) {
                String unit = result.path("unit").asText();
                expected.add(FigureResolutions.quantulumExpected(result));
            }
            List<String> predicted = new ArrayList<>();
            for (KeyFigure figure : figures(test.path("req").asText(""), "en")) {
                // quantulum3 resolves a range to its midpoint ("10-15 exabytes" = 12.5 EB).
                double value = figure.valueTo().isPresent()
                        ? (figure.value() + figure.valueTo().getAsDouble()) / 2 : figure.value();
                for (int i = 0; figure.date().isEmpty() && i <= figure.mentions().size(); i++) {
                    predicted.add(FigureResolutions.key(value, figure.currency().or(figure::unit).orElse("")));
                }
            }
            boolean inScope = expected.stream().noneMatch(key -> key.contains("?"));
            score("quantulum", test.path("req").asText(""), expected, predicted, tally, inScope);
        }
        return tally.row("quantulum3", "en", name);
    }

    private List<KeyFigure> numbers(String input, String language) {
        Sentence sentence = new Sentence(0, 0, input.length(), input);
        return extractor.numbers(input, List.of(sentence), language);
    }

    private List<KeyFigure> figures(String input, String language) {
        Sentence sentence = new Sentence(0, 0, input.length(), input);
        return extractor.extract(input, List.of(sentence), language, Optional.empty());
    }

    private void score(String type, String input, List<String> expected, List<String> predicted, Tally tally,
                       boolean inScope) {
        Map<String, Integer> pool = new HashMap<>();
        predicted.forEach(key -> pool.merge(key, 1, Integer::sum));
        List<String> missed = new ArrayList<>();
        for (String key : expected) {
            if (pool.getOrDefault(key, 0) > 0) {
                pool.merge(key, -1, Integer::sum);
            } else {
                missed.add(key);
            }
        }
        int matched = expected.size() - missed.size();
        Optional<DesignDifferences.Reason> design = DesignDifferences.explain(type, input, missed);
        if (printMisses && (matched < expected.size() || matched < predicted.size())) {
            String tag = !inScope ? "[out of scope] " : design.map(r -> "[by design: " + r.explanation() + "] ").orElse("");
            System.err.println(tag + type + " " + input.replace('\n', ' ') + "\n    expected " + expected
                    + "\n    predicted " + predicted);
        }
        tally.add(!inScope ? 1 : design.isPresent() ? 2 : 3, expected.size(), predicted.size(), matched);
    }

    private JsonNode read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readAllBytes();
            int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
            return json.readTree(new String(bytes, skip, bytes.length - skip, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** @return the rows as a Markdown table: all cases, the cases in scope, and those not differing by design */
    public static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder("| corpus | lang | type | cases | expected | predicted | matched | P | R "
                + "| cases in scope | P in scope | R in scope | comparable cases | P comparable | R comparable |\n")
                .append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                        + "| ---: |\n");
        for (Row row : rows) {
            Counts all = row.all();
            Counts scope = row.inScope();
            Counts comparable = row.comparable();
            out.append("| %s | %s | %s | %d | %d | %d | %d | %s | %s | %d | %s | %s | %d | %s | %s |%n".formatted(
                    row.corpus(), row.language(), row.type(), all.cases(), all.expected(), all.predicted(),
                    all.matched(), decimal(all.precision()), decimal(all.recall()), scope.cases(),
                    decimal(scope.precision()), decimal(scope.recall()), comparable.cases(),
                    decimal(comparable.precision()), decimal(comparable.recall())));
        }
        return out.toString();
    }

    /**
     * @return the two-fold table: per row, cases, precision and recall in scope on fold {@code a} (the half the rules
     *     were written from) and on fold {@code b} (held out)
     */
    public static String twoFold(List<Row> tuning, List<Row> heldOut) {
        StringBuilder out = new StringBuilder("| corpus | lang | type | cases a | P a | R a | cases b | P b | R b |\n"
                + "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < tuning.size() && i < heldOut.size(); i++) {
            Counts a = tuning.get(i).inScope();
            Counts b = heldOut.get(i).inScope();
            out.append("| %s | %s | %s | %d | %s | %s | %d | %s | %s |%n".formatted(tuning.get(i).corpus(),
                    tuning.get(i).language(), tuning.get(i).type(), a.cases(), decimal(a.precision()),
                    decimal(a.recall()), b.cases(), decimal(b.precision()), decimal(b.recall())));
        }
        return out.toString();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
