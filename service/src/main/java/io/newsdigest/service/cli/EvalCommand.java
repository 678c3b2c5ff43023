package io.newsdigest.service.cli;

import io.newsdigest.nlp.eval.FigureAgreementEvaluation;
import io.newsdigest.nlp.eval.FigureEvaluation;
import io.newsdigest.nlp.eval.LanguageEvaluation;
import io.newsdigest.nlp.eval.SentenceSplitEvaluation;
import io.newsdigest.nlp.eval.SummaryEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code newsdigest eval AREA [ARGS]}: runs one of the evaluations that produced the tables in {@code docs/}
 * over a data folder and prints a Markdown table.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Run an evaluation and print its Markdown table.",
        description = {"AREA and its ARGS:",
                "  language   [FOLDER]",
                "             language identification",
                "             (default FOLDER ../shared/eval/langid/lingua)",
                "  sentences  [CASES]",
                "             sentence splitting on the bundled hard cases, or a case file",
                "  figures    [FOLDER] [--misses] [--fold a|b]",
                "             key figures, dev and two-fold tables",
                "             (default FOLDER ../shared/eval/keyfigures)",
                "  figures-xling  [FOLDER] [--misses] [--fold a|b]",
                "             agreement of the figures of translated sentence pairs,",
                "             beside a digit baseline",
                "             (default FOLDER ../shared/eval/translation/wmt21)",
                "  summaries  [--data FOLDER] [--sentences N]",
                "             ROUGE of Lead-3, TextRank, LexRank and ours",
                ""})
public final class EvalCommand implements Callable<Integer> {

    /** An evaluation's entry point. */
    @FunctionalInterface
    interface Evaluation {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Evaluation> AREAS = new TreeMap<>(Map.of(
            "language", LanguageEvaluation::main,
            "sentences", SentenceSplitEvaluation::main,
            "figures", FigureEvaluation::main,
            "figures-xling", FigureAgreementEvaluation::main,
            "summaries", SummaryEvaluation::main));

    @Parameters(index = "0", paramLabel = "AREA",
            description = "language, sentences, figures, figures-xling or summaries")
    String area;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "passed to the evaluation")
    List<String> arguments = List.of();

    @Override
    public Integer call() throws Exception {
        Evaluation evaluation = AREAS.get(area);
        if (evaluation == null) {
            System.err.println("newsdigest eval: unknown area '" + area + "'; choose one of " + AREAS.keySet());
            return 2;
        }
        evaluation.run(arguments.toArray(String[]::new));
        return 0;
    }
}
