package io.newsdigest.nlp.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Token equality with the PyTorch reference decoding of each tiny model ({@code reference.json}, written by
 * {@code models/tiny/build}): the Marian translator and the BART summarizer, in both ONNX layouts, one input
 * at a time and as a padded batch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TinyModelReferenceTest {

    private static final double SCORE_TOLERANCE = 1e-4;

    private final Map<String, Seq2SeqModel> models = new HashMap<>();
    private final Map<String, JsonNode> references = new HashMap<>();
    private JsonNode reference;

    static Stream<Arguments> modelsAndLayouts() {
        return Stream.of("marian", "bart").flatMap(family -> Stream.of(EngineOptions.Layout.SPLIT,
                EngineOptions.Layout.MERGED).map(layout -> Arguments.of(family, layout)));
    }

    /** Opens (once) the tiny model of a family in a layout; skips when that model is not built. */
    private Seq2SeqModel model(String family, EngineOptions.Layout layout) {
        Path folder = TinyModels.byFamily(family).orElse(null);
        Assumptions.assumeTrue(folder != null,
                "tiny " + family + " model not found under models/tiny/ (build it with models/tiny/build): skipping");
        reference = references.computeIfAbsent(family, key -> TinyModels.reference(folder));
        return models.computeIfAbsent(family + "/" + layout,
                key -> Seq2SeqModel.open(folder, EngineOptions.builder().layout(layout).build()));
    }

    @AfterAll
    void close() {
        models.values().forEach(Seq2SeqModel::close);
    }

    @ParameterizedTest
    @MethodSource("modelsAndLayouts")
    void tokenizesLikeSentencepiece(String family, EngineOptions.Layout layout) {
        Seq2SeqModel model = model(family, layout);
        for (JsonNode example : reference.path("tokenizer")) {
            assertArrayEquals(TinyModels.ids(example.path("ids")),
                    model.tokenizer().encode(example.path("text").asText()), example.path("text").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("modelsAndLayouts")
    void greedyMatchesTheReferenceOneInputAtATime(String family, EngineOptions.Layout layout) {
        Seq2SeqModel model = model(family, layout);
        JsonNode greedy = reference.path("greedy");
        GenerationConfig settings = ReferenceSettings.of(greedy.path("settings"));
        for (JsonNode example : greedy.path("cases")) {
            Hypothesis output = model.generate(List.of(TinyModels.ids(example.path("input_ids"))), settings)
                    .get(0).get(0);
            assertEquals(TinyModels.idList(example.path("output_ids")), output.tokenIds(), example.path("source").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("modelsAndLayouts")
    void greedyMatchesTheReferenceAsAPaddedBatch(String family, EngineOptions.Layout layout) {
        Seq2SeqModel model = model(family, layout);
        JsonNode batch = reference.path("greedy_batch");
        List<List<Hypothesis>> outputs = model.generate(
                ReferenceSettings.unpadded(batch.path("input_ids"), batch.path("attention_mask")),
                ReferenceSettings.of(batch.path("settings")));
        for (int row = 0; row < outputs.size(); row++) {
            assertEquals(TinyModels.idList(batch.path("output_ids").get(row)), outputs.get(row).get(0).tokenIds());
        }
    }

    @ParameterizedTest
    @MethodSource("modelsAndLayouts")
    void beamSearchReturnsTheReferenceHypothesesAndScores(String family, EngineOptions.Layout layout) {
        Seq2SeqModel model = model(family, layout);
        JsonNode beam = reference.path("beam");
        GenerationConfig settings = ReferenceSettings.of(beam.path("settings"));
        for (JsonNode example : beam.path("cases")) {
            List<Hypothesis> outputs = model
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
    @MethodSource("modelsAndLayouts")
    void beamSearchMatchesTheReferenceAsAPaddedBatch(String family, EngineOptions.Layout layout) {
        Seq2SeqModel model = model(family, layout);
        JsonNode batch = reference.path("beam_batch");
        List<List<Hypothesis>> outputs = model.generate(
                ReferenceSettings.unpadded(batch.path("input_ids"), batch.path("attention_mask")),
                ReferenceSettings.of(batch.path("settings")));
        for (int row = 0; row < outputs.size(); row++) {
            assertEquals(TinyModels.idList(batch.path("output_ids").get(row)), outputs.get(row).get(0).tokenIds());
            assertEquals(batch.path("scores").get(row).asDouble(), outputs.get(row).get(0).score(), SCORE_TOLERANCE);
        }
    }

    @ParameterizedTest
    @MethodSource("modelsAndLayouts")
    void everyLogitsProcessorCaseMatchesTheReference(String family, EngineOptions.Layout layout) {
        Seq2SeqModel model = model(family, layout);
        for (JsonNode example : reference.path("processor_cases")) {
            GenerationConfig settings = ReferenceSettings.of(example.path("settings"));
            List<Hypothesis> outputs = model
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
    @MethodSource("modelsAndLayouts")
    void decodesTheReferenceText(String family, EngineOptions.Layout layout) {
        Seq2SeqModel model = model(family, layout);
        for (JsonNode example : reference.path("greedy").path("cases")) {
            assertEquals(example.path("output_text").asText(),
                    model.tokenizer().decode(TinyModels.ids(example.path("output_ids"))));
        }
    }
}
