package io.newsdigest.nlp.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Token equality with the PyTorch reference decoding of the tiny Marian model ({@code reference.json}, written
 * by {@code models/tiny/build}), in both ONNX layouts, one input at a time and as a padded batch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TinyMarianReferenceTest {

    private static final double SCORE_TOLERANCE = 1e-4;

    private final Map<EngineOptions.Layout, Seq2SeqModel> models = new EnumMap<>(EngineOptions.Layout.class);
    private JsonNode reference;

    @BeforeAll
    void open() {
        Path folder = TinyModels.byFamily("marian").orElse(null);
        Assumptions.assumeTrue(folder != null,
                "tiny Marian model not found under models/tiny/ (build it with models/tiny/build): skipping");
        reference = TinyModels.reference(folder);
        for (EngineOptions.Layout layout : List.of(EngineOptions.Layout.SPLIT, EngineOptions.Layout.MERGED)) {
            models.put(layout, Seq2SeqModel.open(folder, EngineOptions.builder().layout(layout).build()));
        }
    }

    @AfterAll
    void close() {
        models.values().forEach(Seq2SeqModel::close);
    }

    @ParameterizedTest
    @EnumSource(value = EngineOptions.Layout.class, names = {"SPLIT", "MERGED"})
    void tokenizesLikeSentencepiece(EngineOptions.Layout layout) {
        for (JsonNode example : reference.path("tokenizer")) {
            assertArrayEquals(TinyModels.ids(example.path("ids")),
                    models.get(layout).tokenizer().encode(example.path("text").asText()), example.path("text").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineOptions.Layout.class, names = {"SPLIT", "MERGED"})
    void greedyMatchesTheReferenceOneInputAtATime(EngineOptions.Layout layout) {
        JsonNode greedy = reference.path("greedy");
        GenerationConfig settings = ReferenceSettings.of(greedy.path("settings"));
        for (JsonNode example : greedy.path("cases")) {
            Hypothesis output = models.get(layout).generate(List.of(TinyModels.ids(example.path("input_ids"))), settings)
                    .get(0).get(0);
            assertEquals(TinyModels.idList(example.path("output_ids")), output.tokenIds(), example.path("source").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineOptions.Layout.class, names = {"SPLIT", "MERGED"})
    void greedyMatchesTheReferenceAsAPaddedBatch(EngineOptions.Layout layout) {
        JsonNode batch = reference.path("greedy_batch");
        List<List<Hypothesis>> outputs = models.get(layout).generate(
                ReferenceSettings.unpadded(batch.path("input_ids"), batch.path("attention_mask")),
                ReferenceSettings.of(batch.path("settings")));
        for (int row = 0; row < outputs.size(); row++) {
            assertEquals(TinyModels.idList(batch.path("output_ids").get(row)), outputs.get(row).get(0).tokenIds());
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineOptions.Layout.class, names = {"SPLIT", "MERGED"})
    void beamSearchReturnsTheReferenceHypothesesAndScores(EngineOptions.Layout layout) {
        JsonNode beam = reference.path("beam");
        GenerationConfig settings = ReferenceSettings.of(beam.path("settings"));
        for (JsonNode example : beam.path("cases")) {
            List<Hypothesis> outputs = models.get(layout)
                    .generate(List.of(TinyModels.ids(example.path("input_ids"))), settings).get(0);
            JsonNode expected = example.path("hypotheses");
            assertEquals(expected.size(), outputs.size());
            for (int i = 0; i < outputs.size(); i++) {
                assertEquals(TinyModels.idList(expected.get(i).path("output_ids")), outputs.get(i).tokenIds(),
                        example.path("source").asText() + " #" + i);
                assertEquals(expected.get(i).path("score").asDouble(), outputs.get(i).score(), SCORE_TOLERANCE);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineOptions.Layout.class, names = {"SPLIT", "MERGED"})
    void beamSearchMatchesTheReferenceAsAPaddedBatch(EngineOptions.Layout layout) {
        JsonNode batch = reference.path("beam_batch");
        List<List<Hypothesis>> outputs = models.get(layout).generate(
                ReferenceSettings.unpadded(batch.path("input_ids"), batch.path("attention_mask")),
                ReferenceSettings.of(batch.path("settings")));
        for (int row = 0; row < outputs.size(); row++) {
            assertEquals(TinyModels.idList(batch.path("output_ids").get(row)), outputs.get(row).get(0).tokenIds());
            assertEquals(batch.path("scores").get(row).asDouble(), outputs.get(row).get(0).score(), SCORE_TOLERANCE);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineOptions.Layout.class, names = {"SPLIT", "MERGED"})
    void everyLogitsProcessorCaseMatchesTheReference(EngineOptions.Layout layout) {
        for (JsonNode example : reference.path("processor_cases")) {
            GenerationConfig settings = ReferenceSettings.of(example.path("settings"));
            List<Hypothesis> outputs = models.get(layout)
                    .generate(List.of(TinyModels.ids(example.path("input_ids"))), settings).get(0);
            String name = example.path("name").asText() + " (" + example.path("mode").asText() + ")";
            JsonNode expected = example.has("hypotheses") ? example.path("hypotheses") : null;
            if (expected == null) {
                assertEquals(TinyModels.idList(example.path("output_ids")), outputs.get(0).tokenIds(), name);
                continue;
            }
            assertEquals(expected.size(), outputs.size(), name);
            for (int i = 0; i < outputs.size(); i++) {
                assertEquals(TinyModels.idList(expected.get(i).path("output_ids")), outputs.get(i).tokenIds(), name);
                assertEquals(expected.get(i).path("score").asDouble(), outputs.get(i).score(), SCORE_TOLERANCE, name);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineOptions.Layout.class, names = {"SPLIT", "MERGED"})
    void decodesTheReferenceText(EngineOptions.Layout layout) {
        for (JsonNode example : reference.path("greedy").path("cases")) {
            assertEquals(example.path("output_text").asText(),
                    models.get(layout).tokenizer().decode(TinyModels.ids(example.path("output_ids"))));
        }
    }
}
