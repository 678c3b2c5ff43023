package io.newsdigest.nlp.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdigest.models.BundledModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java hashing plus the ONNX graph give python3-fasttext's answers on lid.176.ftz itself. The reference file
 * ({@code fasttext-lid-176-reference.jsonl.gz}) holds fastText's top three labels and probabilities for 3,651
 * generated texts: word salads from Debian's word lists in sixteen languages and random strings for the hashing's
 * edge cases; {@code models/fasttext-lid/reference.py} wrote it (see the README beside it).
 */
class FastTextParityTest {

    /** Float32 sums in another order (ONNX Runtime's kernels against fastText's loops) move the sixth digit. */
    private static final double TOLERANCE = 2e-5;

    private static BundledModels bundled;
    private static FastTextLanguageDetector detector;

    @BeforeAll
    static void open() {
        bundled = BundledModels.open();
        detector = FastTextLanguageDetector.builder()
                .open(bundled.store().requireVerified(BundledModels.LANGUAGE_ID));
    }

    @AfterAll
    static void close() {
        detector.close();
        bundled.close();
    }

    record Reference(String text, List<String> labels, List<Double> probabilities) {
    }

    static List<Reference> references() throws IOException {
        List<Reference> references = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = FastTextParityTest.class.getResourceAsStream("fasttext-lid-176-reference.jsonl.gz");
             BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                     StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                JsonNode node = mapper.readTree(line);
                List<String> labels = new ArrayList<>();
                node.path("labels").forEach(l -> labels.add(l.asText()));
                List<Double> probabilities = new ArrayList<>();
                node.path("probabilities").forEach(p -> probabilities.add(p.asDouble()));
                references.add(new Reference(node.path("text").asText(), labels, probabilities));
            }
        }
        return references;
    }

    @Test
    void givesFastTextsTopLabelAndProbabilitiesOnThousandsOfTexts() throws IOException {
        List<Reference> references = references();
        assertTrue(references.size() > 3000, "reference texts: " + references.size());
        List<String> labels = detector.labels();
        int topMismatches = 0;
        double worst = 0;
        String worstText = "";
        for (Reference reference : references) {
            float[] probabilities = detector.probabilities(reference.text());
            int top = FastTextLanguageDetector.topIndices(probabilities, 1)[0];
            boolean nearTie = reference.probabilities().size() > 1
                    && reference.probabilities().get(0) - reference.probabilities().get(1) < TOLERANCE;
            if (!labels.get(top).equals(reference.labels().getFirst()) && !nearTie) {
                topMismatches++;
            }
            for (int k = 0; k < reference.labels().size(); k++) {
                double ours = probabilities[labels.indexOf(reference.labels().get(k))];
                double difference = Math.abs(ours - reference.probabilities().get(k));
                if (difference > worst) {
                    worst = difference;
                    worstText = reference.text();
                }
            }
        }
        assertEquals(0, topMismatches, "texts whose top label differs from fastText's");
        assertTrue(worst <= TOLERANCE, "largest probability difference " + worst + " on '" + worstText + "'");
    }

    @Test
    void reportsNorwegianBokmalAsNbAndKeepsEveryOtherLabel() {
        assertEquals(176, detector.labels().size());
        assertTrue(detector.labels().contains("no"));
        assertTrue(detector.languages().contains("nb"), "fastText's 'no' is reported as nb");
        assertTrue(!detector.languages().contains("no"));
        assertEquals(176, detector.languages().size());
        assertEquals("nb", detector.detect("Regjeringen vil redusere skattene betydelig neste år, sa finansministeren"
                + " på en pressekonferanse i Oslo.").code());
    }
}
