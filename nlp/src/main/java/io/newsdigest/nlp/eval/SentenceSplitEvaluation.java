package io.newsdigest.nlp.eval;

import io.newsdigest.nlp.text.IcuSentenceSplitter;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.SentenceSplitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares sentence splitters on hand-made hard cases of German and English news text (abbreviations, ordinals,
 * numbers, quotations, headlines, list items): cases split exactly right, and precision, recall and F1 of the
 * sentence boundaries. Prints Markdown.
 *
 * <p>Usage: {@code SentenceSplitEvaluation [cases-file]}; without it, the two case files bundled with this
 * class are scored: the development cases and held-out cases written after the rules were frozen. Format:
 * {@code <language>|<text>} with {@code ⟂} at each boundary and {@code ⏎} for a line break.
 */
public final class SentenceSplitEvaluation {

    /** One case: the text, its language and the offsets where its second, third, … sentences start. */
    public record Case(String language, String text, Set<Integer> starts, int sentences) {
    }

    /** Scores of one splitter. */
    public record Score(String name, int cases, int exact, int truePositives, int predicted, int expected,
                        List<String> failures) {
        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private SentenceSplitEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            report("Cases from " + args[0], parse(Files.readAllLines(Path.of(args[0]))));
            return;
        }
        report("Development cases (sentence-split-cases.txt)", bundledCases(DEVELOPMENT));
        report("Held-out cases (sentence-split-cases-heldout.txt)", bundledCases(HELD_OUT));
    }

    private static void report(String title, List<Case> cases) {
        List<Score> scores = List.of(
                evaluate("RuleSentenceSplitter (chosen)", new RuleSentenceSplitter(), cases),
                evaluate("ICU4J BreakIterator + suppressions", new IcuSentenceSplitter(), cases));
        System.out.println("#### " + title + "\n\n" + markdown(scores));
        System.out.println(failures(scores));
    }

    /** The cases the splitter's rules were developed on. */
    public static final String DEVELOPMENT = "sentence-split-cases.txt";
    /** Cases written after the rules were frozen. */
    public static final String HELD_OUT = "sentence-split-cases-heldout.txt";

    /** One of the case files bundled with the evaluation ({@link #DEVELOPMENT}, {@link #HELD_OUT}). */
    public static List<Case> bundledCases(String name) {
        try (InputStream in = SentenceSplitEvaluation.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static List<Case> parse(List<String> lines) {
        List<Case> cases = new ArrayList<>();
        for (String line : lines) {
            int bar = line.indexOf('|');
            if (line.isBlank() || line.startsWith("#") || bar < 0) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            Set<Integer> starts = new HashSet<>();
            String[] pieces = line.substring(bar + 1).replace('⏎', '\n').split("⟂", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    int lead = 0;
                    while (lead < pieces[i].length() && Character.isWhitespace(pieces[i].charAt(lead))) {
                        lead++;
                    }
                    starts.add(text.length() + lead);
                }
                text.append(pieces[i]);
            }
            cases.add(new Case(line.substring(0, bar), text.toString(), starts, pieces.length));
        }
        return cases;
    }

    /** Scores {@code splitter} on every case. */
    public static Score evaluate(String name, SentenceSplitter splitter, List<Case> cases) {
        int exact = 0, truePositives = 0, predicted = 0, expected = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            List<Sentence> sentences = splitter.split(c.text(), c.language());
            Set<Integer> starts = new HashSet<>();
            sentences.stream().skip(1).forEach(s -> starts.add(s.start()));
            Set<Integer> hit = new HashSet<>(starts);
            hit.retainAll(c.starts());
            truePositives += hit.size();
            predicted += starts.size();
            expected += c.starts().size();
            if (starts.equals(c.starts())) {
                exact++;
            } else {
                failures.add(c.language() + ": " + String.join(" ⟂ ",
                        sentences.stream().map(s -> s.text().replace("\n", "⏎")).toList()));
            }
        }
        return new Score(name, cases.size(), exact, truePositives, predicted, expected, failures);
    }

    public static String markdown(List<Score> scores) {
        StringBuilder out = new StringBuilder(
                "| splitter | cases exactly right | boundary precision | boundary recall | F1 |\n|---|---|---|---|---|\n");
        for (Score s : scores) {
            out.append(String.format("| %s | %d / %d | %.3f | %.3f | %.3f |%n", s.name(), s.exact(), s.cases(),
                    s.precision(), s.recall(), s.f1()));
        }
        return out.toString();
    }

    public static String failures(List<Score> scores) {
        StringBuilder out = new StringBuilder();
        for (Score s : scores) {
            out.append("\nWrong splits of ").append(s.name()).append(":\n");
            s.failures().forEach(f -> out.append("- ").append(f).append('\n'));
        }
        return out.toString();
    }
}
