package io.newsdigest.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.LeadSummarizer;
import io.newsdigest.nlp.summarize.LexRankSummarizer;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummarySentence;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.summarize.TextRankSummarizer;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.TermAnalyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores Lead-3, TextRank, LexRank and {@link LeadCentralitySummarizer} with ROUGE-1/2/L F1 (stemmed) on the
 * summarization dev data and prints one Markdown table per dataset.
 *
 * <p>Usage: {@code SummaryEvaluation [data-folder] [--sentences N] [--tune | --cross-validate]}; the folder
 * defaults to {@code ../shared/eval/summarization} and holds {@code de.jsonl} and {@code en.jsonl}. {@code --tune}
 * prints the weight grid search instead, {@code --cross-validate} the grid search's two-fold check on held-out
 * articles. Not thread-safe; a command, not a library component.
 */
public final class SummaryEvaluation {

    static final List<String> DATASETS = List.of("mlsum", "20minuten", "cnndm", "xsum");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();
    private static final Pattern GLUED_PARAGRAPH = Pattern.compile("(?<=\\p{Ll}[.!?][\"”’']?)(?=\\p{Lu})");

    /** One article with its normalized reference, split once so every system sees the same sentences. */
    record Item(String dataset, SummaryInput input, String reference) {
    }

    private SummaryEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of("../shared/eval/summarization");
        int sentences = 3;
        boolean tune = false;
        boolean crossValidate = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sentences" -> sentences = Integer.parseInt(args[++i]);
                case "--tune" -> tune = true;
                case "--cross-validate" -> crossValidate = true;
                default -> folder = Path.of(args[i]);
            }
        }
        List<Item> items = new ArrayList<>(read(folder.resolve("de.jsonl")));
        items.addAll(read(folder.resolve("en.jsonl")));
        SummaryOptions options = SummaryOptions.sentences(sentences);
        if (tune) {
            SummaryWeightSearch.run(items, options);
            return;
        }
        if (crossValidate) {
            SummaryWeightSearch.crossValidate(items, options);
            return;
        }
        try (TermAnalyzer terms = new TermAnalyzer()) {
            Map<String, Summarizer> systems = new LinkedHashMap<>();
            systems.put("Lead-" + sentences, new LeadSummarizer());
            systems.put("TextRank", new TextRankSummarizer(terms));
            systems.put("LexRank", new LexRankSummarizer(terms));
            systems.put("LeadCentrality (ours)", new LeadCentralitySummarizer(SummaryWeights.defaults(), terms));
            System.out.println(table(items, systems, options));
        }
    }

    static String table(List<Item> items, Map<String, Summarizer> systems, SummaryOptions options) {
        StringBuilder out = new StringBuilder("| dataset | lang | n | system | ROUGE-1 | ROUGE-2 | ROUGE-L |\n")
                .append("| --- | --- | ---: | --- | ---: | ---: | ---: |\n");
        for (String dataset : DATASETS) {
            List<Item> subset = items.stream().filter(item -> item.dataset().equals(dataset)).toList();
            if (subset.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, Summarizer> system : systems.entrySet()) {
                double[] mean = meanF1(subset, system.getValue(), options);
                out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %.2f | %.2f | %.2f |%n", dataset,
                        subset.get(0).input().language(), subset.size(), system.getKey(), mean[0], mean[1], mean[2]));
            }
        }
        return out.toString();
    }

    /** Mean ROUGE-1, -2, -L F1 (×100) of a system over items, stemmed in each item's language. */
    static double[] meanF1(List<Item> items, Summarizer system, SummaryOptions options) {
        double[] sum = new double[3];
        for (Item item : items) {
            String candidate = system.summarize(item.input(), options).sentences().stream()
                    .map(SummarySentence::text).collect(Collectors.joining(" "));
            RougeScores scores = RougeScorer.stemmed(item.input().language()).score(candidate, item.reference());
            sum[0] += scores.rouge1().f1();
            sum[1] += scores.rouge2().f1();
            sum[2] += scores.rougeL().f1();
        }
        for (int k = 0; k < 3; k++) {
            sum[k] = 100 * sum[k] / items.size();
        }
        return sum;
    }

    static List<Item> read(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines.filter(l -> !l.isBlank())::iterator) {
                JsonNode record = JSON.readTree(line);
                String language = record.path("lang").asText();
                String article = article(record);
                Optional<String> title = Optional.ofNullable(record.get("title")).map(JsonNode::asText)
                        .filter(t -> !t.isBlank());
                SummaryInput input = new SummaryInput(article, SPLITTER.split(article, language), language, title, List.of());
                items.add(new Item(record.path("dataset").asText(), input, reference(record)));
            }
        }
        return items;
    }

    /**
     * The article text. The XSum copies lost their paragraph breaks upstream ("at home.Half of parents"); the
     * break is put back as a line break, which is what the page had, so sentences split as on the real page.
     */
    static String article(JsonNode record) {
        String article = record.path("article").asText();
        return "xsum".equals(record.path("dataset").asText()) ? GLUED_PARAGRAPH.matcher(article).replaceAll("\n")
                : article;
    }

    /**
     * The reference as running text: bullets joined, whitespace collapsed, and the PTB tokenization of CNN/DM and
     * XSum undone where it changes ROUGE tokens ({@code do n't} → {@code don't}, {@code -lrb-} → {@code (}).
     */
    static String reference(JsonNode record) {
        JsonNode bullets = record.get("summary_bullets");
        String text = bullets != null && bullets.isArray()
                ? String.join(" ", JSON.convertValue(bullets, String[].class))
                : record.path("summary").asText();
        return text.replaceAll("(?i)-lrb-", "(").replaceAll("(?i)-rrb-", ")")
                .replaceAll("(\\p{L}) (n't)\\b", "$1$2")
                .replace("``", "\"").replace("''", "\"")
                .replaceAll("\\s+", " ").strip();
    }
}
