package io.newsdigest.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.LeadSummarizer;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.TermAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SummaryEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tokenizedReferenceIsTurnedBackIntoRunningText() throws Exception {
        JsonNode record = JSON.readTree("{\"dataset\":\"cnndm\",\"summary\":\"He did n't go -lrb- again -rrb- .\"}");
        assertEquals("He didn't go ( again ) .", SummaryEvaluation.reference(record));
    }

    @Test
    void bulletReferenceIsJoinedIntoOneText() throws Exception {
        JsonNode record = JSON.readTree("{\"summary\":\"A.\\nB.\",\"summary_bullets\":[\"Erstens gut.\",\"Zweitens.\"]}");
        assertEquals("Erstens gut. Zweitens.", SummaryEvaluation.reference(record));
    }

    @Test
    void gluedXsumParagraphsAreSeparatedAgain() throws Exception {
        JsonNode record = JSON.readTree("{\"dataset\":\"xsum\",\"article\":\"They ate at home.Half of them left.\"}");
        assertEquals("They ate at home.\nHalf of them left.", SummaryEvaluation.article(record));
    }

    @Test
    void oursScoresAtLeastLeadThreeOnEveryDevDataset() throws Exception {
        String shared = System.getProperty("newsdigest.shared");
        assumeTrue(shared != null, "newsdigest.shared is not set");
        Path folder = Path.of(shared, "eval", "summarization");
        assumeTrue(Files.isRegularFile(folder.resolve("de.jsonl")), "no summarization dev data");
        List<SummaryEvaluation.Item> items = new ArrayList<>(SummaryEvaluation.read(folder.resolve("de.jsonl")));
        items.addAll(SummaryEvaluation.read(folder.resolve("en.jsonl")));
        SummaryOptions three = SummaryOptions.sentences(3);
        try (TermAnalyzer terms = new TermAnalyzer()) {
            LeadCentralitySummarizer ours = new LeadCentralitySummarizer(SummaryWeights.defaults(), terms);
            for (String dataset : SummaryEvaluation.DATASETS) {
                List<SummaryEvaluation.Item> subset = items.stream().filter(i -> i.dataset().equals(dataset)).toList();
                double[] lead = SummaryEvaluation.meanF1(subset, new LeadSummarizer(), three);
                double[] mine = SummaryEvaluation.meanF1(subset, ours, three);
                assertTrue(mine[0] >= lead[0], dataset + " ROUGE-1 " + mine[0] + " < " + lead[0]);
                assertTrue(mine[2] >= lead[2], dataset + " ROUGE-L " + mine[2] + " < " + lead[2]);
            }
        }
    }
}
