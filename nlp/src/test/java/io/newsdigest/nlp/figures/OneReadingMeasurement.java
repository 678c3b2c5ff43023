package io.newsdigest.nlp.figures;

import io.newsdigest.nlp.eval.FigureAgreementEvaluation;
import io.newsdigest.nlp.eval.FigureEvaluation;
import io.newsdigest.nlp.eval.Folds;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Measures whether OpenNLP's UD part-of-speech models (EWT for English, GSD for German) decide "one"/"ein" as a
 * count better than {@link SpelledOne}'s rules: accuracy on the labelled sentences of {@code one-readings.txt}
 * (written for this test), the agreement F1 of key figures on both folds of the WMT21 pairs, the number rows of the
 * key-figure evaluation, and the processor time the tagger adds per article. Prints Markdown.
 *
 * <p>Run: {@code java -cp <nlp test class path> io.newsdigest.nlp.figures.OneReadingMeasurement ../shared/eval}.
 * Not a test: a measurement; single-threaded (OpenNLP taggers are not thread-safe).
 */
public final class OneReadingMeasurement {

    private final POSTaggerME english;
    private final POSTaggerME german;
    /** The last sentence tagged and its tags: a sentence asks about its words one by one. */
    private List<Token> taggedTokens = List.of();
    private String[] tags = new String[0];

    private OneReadingMeasurement() throws IOException {
        this.english = tagger("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
        this.german = tagger("opennlp-de-ud-gsd-pos-1.3-2.5.4.bin");
    }

    private static POSTaggerME tagger(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(OneReadingMeasurement.class.getResourceAsStream("/" + resource),
                resource)) {
            return new POSTaggerME(new POSModel(in));
        }
    }

    /** The tagger's decision: the word is a count when it is tagged NUM. */
    private boolean numeral(List<Token> tokens, int index, NumberGrammar grammar) {
        if (tokens != taggedTokens) {
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            tags = ("de".equals(grammar.language()) ? german : english).tag(words);
            taggedTokens = tokens;
        }
        return "NUM".equals(tags[index]);
    }

    private Map<String, OneReading> decisions() {
        Map<String, OneReading> decisions = new LinkedHashMap<>();
        decisions.put("rules (SpelledOne)", OneReading.RULES);
        decisions.put("POS tag NUM", (tokens, index, after, grammar) -> numeral(tokens, index, grammar));
        decisions.put("rules and POS", (tokens, index, after, grammar) -> OneReading.RULES.counts(tokens, index,
                after, grammar) && numeral(tokens, index, grammar));
        decisions.put("rules or POS", (tokens, index, after, grammar) -> OneReading.RULES.counts(tokens, index,
                after, grammar) || numeral(tokens, index, grammar));
        return decisions;
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        OneReadingMeasurement measurement = new OneReadingMeasurement();
        List<String[]> labelled = labelled();
        StringBuilder out = new StringBuilder("| decision | sentences en | sentences de | xling key F1 a | xling key F1 b "
                + "| number de R a/b | number en R a/b | number de P a/b | number en P a/b |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<String, OneReading> decision : measurement.decisions().entrySet()) {
            RuleBasedFigureExtractor extractor = new RuleBasedFigureExtractor(decision.getValue());
            Map<String, Double> xling = new FigureAgreementEvaluation(extractor)
                    .keyFigureF1(shared.resolve("translation/wmt21"));
            List<FigureEvaluation.Row> a = new FigureEvaluation(extractor, false).inFold(Folds.TUNING)
                    .run(shared.resolve("keyfigures"));
            List<FigureEvaluation.Row> b = new FigureEvaluation(extractor, false).inFold(Folds.HELD_OUT)
                    .run(shared.resolve("keyfigures"));
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %s | %s | %s | %s |%n",
                    decision.getKey(), accuracy(labelled, "en", decision.getValue()),
                    accuracy(labelled, "de", decision.getValue()), xling.get("a"), xling.get("b"),
                    pair(a, b, "de", true), pair(a, b, "en", true), pair(a, b, "de", false), pair(a, b, "en", false)));
        }
        out.append("\n").append(measurement.cost(shared));
        System.out.print(out);
    }

    private static String pair(List<FigureEvaluation.Row> a, List<FigureEvaluation.Row> b, String language,
                               boolean recall) {
        return score(a, language, recall) + "/" + score(b, language, recall);
    }

    private static String score(List<FigureEvaluation.Row> rows, String language, boolean recall) {
        return rows.stream().filter(row -> row.type().equals("number") && row.language().equals(language))
                .findFirst().map(row -> String.format(Locale.ROOT, "%.2f",
                        recall ? row.inScope().recall() : row.inScope().precision())).orElse("–");
    }

    /** @return "right/all" of the decision on the labelled sentences of one language */
    private static String accuracy(List<String[]> labelled, String language, OneReading decision) {
        int right = 0;
        int all = 0;
        for (String[] line : labelled) {
            if (!line[0].equals(language)) {
                continue;
            }
            int open = line[2].indexOf('[');
            String text = line[2].replace("[", "").replace("]", "");
            List<Token> tokens = SentenceTokenizer.tokenize(text, 0, text.length());
            int index = 0;
            while (tokens.get(index).start() != open) {
                index++;
            }
            NumberGrammar grammar = NumberGrammar.forLanguage(language);
            boolean scaled = index + 1 < tokens.size() && (grammar.fraction(tokens.get(index + 1).lower()).isPresent()
                    || grammar.scale(tokens.get(index + 1).lower()).isPresent());
            boolean counts = scaled || decision.counts(tokens, index, index + 1, grammar);
            right += counts == "count".equals(line[1]) ? 1 : 0;
            all++;
        }
        return right + "/" + all;
    }

    private static List<String[]> labelled() throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = OneReadingMeasurement.class.getResourceAsStream("one-readings.txt")) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\\|", 3));
                }
            }
        }
        return lines;
    }

    /** Processor time of tagging every sentence of the German WMT21 sources, per 50 sentences (an article). */
    private String cost(Path shared) throws IOException {
        List<String> sentences = Files.readAllLines(shared.resolve("translation/wmt21/newstest2021.de-en.src.de"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String[]> tokenized = sentences.stream().map(s -> SentenceTokenizer.tokenize(s, 0, s.length()).stream()
                .map(Token::text).toArray(String[]::new)).toList();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String[] words : tokenized) {
                german.tag(words);
            }
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e6);
        }
        return String.format(Locale.ROOT, "Tagging %d German sentences: %.1f ms processor time (best of 5 rounds), "
                + "%.2f ms per 50 sentences.%n", sentences.size(), best, best / sentences.size() * 50);
    }
}
