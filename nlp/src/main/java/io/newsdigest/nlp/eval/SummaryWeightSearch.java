package io.newsdigest.nlp.eval;

import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.LeadSummarizer;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.TermAnalyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The grid search behind the default {@link SummaryWeights}: every combination of lead half-life, centrality,
 * headline and redundancy weight (position fixed at 1, the scale), scored by ROUGE-1 + ROUGE-L F1 margin over
 * Lead-3, averaged over the datasets, and by the worst single margin; prints the best rows as Markdown.
 *
 * <p>Figure density cannot be measured here (the dev data has no extracted figures), so its weight is not searched.
 * Not thread-safe; part of the evaluation command.
 */
final class SummaryWeightSearch {

    private static final double[] HALF_LIVES = {2, 4, 8, 16};
    private static final double[] CENTRALITY = {0, 0.1, 0.2, 0.35};
    private static final double[] HEADLINE = {0.3, 1};
    private static final double[] REDUNDANCY = {0, 0.2, 0.35, 0.5, 0.7};
    private static final int SHOWN = 25;

    private record Row(SummaryWeights weights, double meanMargin, double worstMargin, Map<String, double[]> scores) {
    }

    private SummaryWeightSearch() {
    }

    static void run(List<SummaryEvaluation.Item> items, SummaryOptions options) {
        Map<String, List<SummaryEvaluation.Item>> byDataset = byDataset(items, fold -> true);
        Map<String, double[]> lead = lead(byDataset, options);
        List<Row> rows;
        try (TermAnalyzer terms = new TermAnalyzer()) {
            rows = search(terms, byDataset, lead, options);
        }
        print(lead, rows);
    }

    /**
     * Two-fold check that the search generalizes: the articles of each dataset are split by position (even, odd);
     * the weights are picked on one half by a fixed rule (the best mean margin among settings whose worst margin is
     * positive, else the best worst margin) and scored on the other half, next to the default weights.
     */
    static void crossValidate(List<SummaryEvaluation.Item> items, SummaryOptions options) {
        StringBuilder out = new StringBuilder("| tuned on | weights picked (half-life/centrality/headline/redundancy)"
                + " | scored on | system |");
        SummaryEvaluation.DATASETS.forEach(dataset -> out.append(' ').append(dataset).append(" ΔR1/ΔRL |"));
        out.append("\n|").append(" --- |".repeat(4 + SummaryEvaluation.DATASETS.size())).append('\n');
        try (TermAnalyzer terms = new TermAnalyzer()) {
            for (int fold = 0; fold < 2; fold++) {
                int tuneOn = fold;
                Map<String, List<SummaryEvaluation.Item>> tuning = byDataset(items, index -> index % 2 == tuneOn);
                Map<String, List<SummaryEvaluation.Item>> held = byDataset(items, index -> index % 2 != tuneOn);
                SummaryWeights picked = pick(search(terms, tuning, lead(tuning, options), options));
                Map<String, double[]> heldLead = lead(held, options);
                String name = tuneOn == 0 ? "even" : "odd";
                String weights = String.format(Locale.ROOT, "%.0f/%.2f/%.2f/%.2f", picked.leadHalfLife(),
                        picked.centrality(), picked.headline(), picked.redundancy());
                for (var system : List.of(Map.entry("picked", picked), Map.entry("defaults", SummaryWeights.defaults()))) {
                    Row row = row(system.getValue(), terms, held, heldLead, options);
                    out.append("| ").append(name).append(" | ").append(weights).append(" | ")
                            .append(tuneOn == 0 ? "odd" : "even").append(" | ").append(system.getKey()).append(" |");
                    row.scores().forEach((dataset, score) -> out.append(String.format(Locale.ROOT, " %+.2f/%+.2f |",
                            score[0] - heldLead.get(dataset)[0], score[2] - heldLead.get(dataset)[2])));
                    out.append('\n');
                }
            }
        }
        System.out.print(out);
    }

    private static SummaryWeights pick(List<Row> rows) {
        return rows.stream().filter(row -> row.worstMargin() > 0).findFirst()
                .or(() -> rows.stream().max(Comparator.comparingDouble(Row::worstMargin)))
                .orElseThrow().weights();
    }

    /** @param keep which positions (within a dataset, from 0) to keep */
    private static Map<String, List<SummaryEvaluation.Item>> byDataset(List<SummaryEvaluation.Item> items,
                                                                        IntPredicate keep) {
        Map<String, List<SummaryEvaluation.Item>> byDataset = new LinkedHashMap<>();
        for (String dataset : SummaryEvaluation.DATASETS) {
            List<SummaryEvaluation.Item> all = items.stream().filter(item -> item.dataset().equals(dataset)).toList();
            byDataset.put(dataset, IntStream.range(0, all.size()).filter(keep).mapToObj(all::get).toList());
        }
        return byDataset;
    }

    private static Map<String, double[]> lead(Map<String, List<SummaryEvaluation.Item>> byDataset,
                                              SummaryOptions options) {
        Map<String, double[]> lead = new LinkedHashMap<>();
        byDataset.forEach((dataset, subset) ->
                lead.put(dataset, SummaryEvaluation.meanF1(subset, new LeadSummarizer(), options)));
        return lead;
    }

    /** @return every grid setting scored, best mean margin first */
    private static List<Row> search(TermAnalyzer terms, Map<String, List<SummaryEvaluation.Item>> byDataset,
                                    Map<String, double[]> lead, SummaryOptions options) {
        List<Row> rows = new ArrayList<>();
        for (SummaryWeights weights : grid()) {
            rows.add(row(weights, terms, byDataset, lead, options));
        }
        rows.sort(Comparator.comparingDouble(Row::meanMargin).reversed());
        return rows;
    }

    private static Row row(SummaryWeights weights, TermAnalyzer terms,
                           Map<String, List<SummaryEvaluation.Item>> byDataset, Map<String, double[]> lead,
                           SummaryOptions options) {
        LeadCentralitySummarizer ours = new LeadCentralitySummarizer(weights, terms);
        Map<String, double[]> scores = new LinkedHashMap<>();
        double sum = 0;
        double worst = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, List<SummaryEvaluation.Item>> dataset : byDataset.entrySet()) {
            double[] mean = SummaryEvaluation.meanF1(dataset.getValue(), ours, options);
            double[] base = lead.get(dataset.getKey());
            double margin = Math.min(mean[0] - base[0], mean[2] - base[2]);
            scores.put(dataset.getKey(), mean);
            sum += (mean[0] - base[0] + mean[2] - base[2]) / 2;
            worst = Math.min(worst, margin);
        }
        return new Row(weights, sum / byDataset.size(), worst, scores);
    }

    private static List<SummaryWeights> grid() {
        List<SummaryWeights> grid = new ArrayList<>();
        for (double halfLife : HALF_LIVES) {
            for (double centrality : CENTRALITY) {
                for (double headline : HEADLINE) {
                    for (double redundancy : REDUNDANCY) {
                        grid.add(SummaryWeights.defaults().toBuilder().position(1).leadHalfLife(halfLife)
                                .centrality(centrality).headline(headline).redundancy(redundancy).build());
                    }
                }
            }
        }
        return grid;
    }

    private static void print(Map<String, double[]> lead, List<Row> rows) {
        StringBuilder out = new StringBuilder("| half-life | centrality | headline | redundancy | mean margin R1/RL"
                + " | worst margin |");
        lead.keySet().forEach(dataset -> out.append(' ').append(dataset).append(" R1/RL |"));
        out.append("\n|").append(" ---: |".repeat(6 + lead.size())).append('\n');
        out.append("| Lead-3 | | | | | |");
        lead.values().forEach(s -> out.append(String.format(Locale.ROOT, " %.2f/%.2f |", s[0], s[2])));
        out.append('\n');
        for (Row row : rows.subList(0, Math.min(SHOWN, rows.size()))) {
            SummaryWeights w = row.weights();
            out.append(String.format(Locale.ROOT, "| %.1f | %.2f | %.2f | %.2f | %+.2f | %+.2f |", w.leadHalfLife(),
                    w.centrality(), w.headline(), w.redundancy(), row.meanMargin(), row.worstMargin()));
            row.scores().values().forEach(s -> out.append(String.format(Locale.ROOT, " %.2f/%.2f |", s[0], s[2])));
            out.append('\n');
        }
        System.out.print(out);
    }
}
