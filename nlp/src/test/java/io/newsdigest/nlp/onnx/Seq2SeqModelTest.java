package io.newsdigest.nlp.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of the engine on the tiny Marian model beyond token equality: properties, limits, lifecycle. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seq2SeqModelTest {

    private Path folder;
    private Seq2SeqModel model;
    private JsonNode greedy;

    @BeforeAll
    void open() {
        folder = TinyModels.byFamily("marian").orElse(null);
        Assumptions.assumeTrue(folder != null,
                "tiny Marian model not found under models/tiny/ (build it with models/tiny/build): skipping");
        model = Seq2SeqModel.open(folder, EngineOptions.defaults());
        greedy = TinyModels.reference(folder).path("greedy");
    }

    @AfterAll
    void close() {
        if (model != null) {
            model.close();
        }
    }

    private List<long[]> inputs() {
        List<long[]> inputs = new ArrayList<>();
        greedy.path("cases").forEach(example -> inputs.add(TinyModels.ids(example.path("input_ids"))));
        return inputs;
    }

    private List<List<Long>> expectedGreedy() {
        List<List<Long>> outputs = new ArrayList<>();
        greedy.path("cases").forEach(example -> outputs.add(TinyModels.idList(example.path("output_ids"))));
        return outputs;
    }

    private GenerationConfig greedySettings() {
        return ReferenceSettings.of(greedy.path("settings"));
    }

    private static List<List<Long>> best(List<List<Hypothesis>> outputs) {
        return outputs.stream().map(hypotheses -> hypotheses.get(0).tokenIds()).toList();
    }

    @Test
    void decodesTheSameTokensWithoutTheKeyValueCache() {
        for (EngineOptions.Layout layout : List.of(EngineOptions.Layout.SPLIT, EngineOptions.Layout.MERGED)) {
            try (Seq2SeqModel uncached = Seq2SeqModel.open(folder,
                    EngineOptions.builder().kvCache(false).layout(layout).build())) {
                assertEquals(expectedGreedy(), best(uncached.generate(inputs(), greedySettings())), layout.name());
            }
        }
    }

    @Test
    void beamSearchWithOneBeamEqualsGreedySearch() {
        assertEquals(best(model.generate(inputs(), greedySettings())),
                best(model.generate(inputs(), greedySettings(), true)));
    }

    /**
     * With a penalty above 1 long outputs gain, and the heuristic stop (early_stopping false) may end before
     * reaching them, as in transformers; "never" waits until no running beam can catch up.
     */
    @Test
    void beamSearchScoresAtLeastAsWellAsGreedyUnderTheLengthPenalty() {
        for (double penalty : List.of(1.0, 0.6, 2.0)) {
            GenerationConfig greedyRun = greedySettings().toBuilder().lengthPenalty(penalty)
                    .earlyStopping(penalty > 1 ? GenerationConfig.EarlyStopping.NEVER
                            : GenerationConfig.EarlyStopping.HEURISTIC).build();
            GenerationConfig beamRun = greedyRun.toBuilder().numBeams(4).build();
            List<List<Hypothesis>> greedyOut = model.generate(inputs(), greedyRun);
            List<List<Hypothesis>> beamOut = model.generate(inputs(), beamRun);
            for (int i = 0; i < greedyOut.size(); i++) {
                double greedyScore = greedyOut.get(i).get(0).score();
                double beamScore = beamOut.get(i).get(0).score();
                assertTrue(beamScore >= greedyScore - 1e-4,
                        "input " + i + " penalty " + penalty + ": beam " + beamScore + " < greedy " + greedyScore);
            }
        }
    }

    @Test
    void returnsTheAskedNumberOfDistinctHypothesesBestFirst() {
        GenerationConfig settings = greedySettings().toBuilder().numBeams(4).numReturnSequences(3).build();

        List<Hypothesis> hypotheses = model.generate(List.of(inputs().get(0)), settings).get(0);

        assertEquals(3, hypotheses.size());
        assertEquals(3, hypotheses.stream().map(Hypothesis::tokenIds).distinct().count());
        for (int i = 1; i < hypotheses.size(); i++) {
            assertTrue(hypotheses.get(i - 1).score() >= hypotheses.get(i).score());
        }
    }

    @Test
    void givesEachRowOfABatchTheTokensItGetsAlone() {
        GenerationConfig beam = greedySettings().toBuilder().numBeams(3).build();
        List<List<Long>> alone = inputs().stream().map(input -> model.generate(List.of(input), beam).get(0).get(0).tokenIds())
                .toList();

        assertEquals(alone, best(model.generate(inputs(), beam)));
    }

    @Test
    void stopsAtMaxNewTokensAndEndsWithTheForcedEndToken() {
        GenerationConfig shortRun = greedySettings().toBuilder().maxNewTokens(3).build();

        for (List<Hypothesis> output : model.generate(inputs(), shortRun)) {
            List<Long> ids = output.get(0).tokenIds();
            assertTrue(ids.size() <= 3);
            assertEquals(model.config().eosTokenId(), ids.get(ids.size() - 1));
        }
    }

    @Test
    void sharesItsSessionsSafelyBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Long>>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                List<long[]> shuffled = new ArrayList<>(inputs());
                Collections.rotate(shuffled, thread);
                int shift = thread;
                runs.add(pool.submit(() -> {
                    List<List<Long>> outputs = new ArrayList<>(best(model.generate(shuffled, greedySettings())));
                    Collections.rotate(outputs, -shift);
                    return outputs;
                }));
            }
            for (Future<List<List<Long>>> run : runs) {
                assertEquals(expectedGreedy(), run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesTokenIdsLongerThanTheEncoderAccepts() {
        long[] tooLong = new long[model.config().maxInputTokens() + 1];

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> model.generate(List.of(tooLong), greedySettings()));

        assertTrue(error.getMessage().contains(model.id()));
    }

    @Test
    void translatesATextLongerThanTheEncoderPieceByPieceWithoutTruncating() {
        String sentence = greedy.path("cases").get(0).path("source").asText();
        String longText = String.join(" ", Collections.nCopies(30, sentence));
        assertTrue(model.encode(longText, Optional.empty()).length > model.config().maxInputTokens());
        InputSplitter splitter = new InputSplitter(piece -> model.encode(piece, Optional.empty()).length,
                model.config().maxInputTokens());
        List<String> pieces = splitter.split(longText, Locale.GERMAN);

        String output = model.generateText(List.of(longText), Optional.of("de"), greedySettings()).get(0);

        assertTrue(pieces.size() > 1);
        assertEquals(String.join(" ", model.generateText(pieces, Optional.of("de"), greedySettings())), output);
    }

    @Test
    void answersABlankTextWithAnEmptyOutput() {
        assertEquals(List.of("", ""), model.generateText(List.of("", "  "), Optional.empty(), greedySettings()));
    }

    @Test
    void namesTheModelAndThePathOfAMissingFile(@TempDir Path temp) throws IOException {
        Path copy = temp.resolve("broken-model");
        Files.createDirectories(copy);
        for (String name : List.of("config.json", "tokenizer.json", "encoder_model.onnx", "decoder_model.onnx")) {
            Files.copy(folder.resolve(name), copy.resolve(name));
        }

        ModelLoadException error = assertThrows(ModelLoadException.class, () -> Seq2SeqModel.open(copy,
                EngineOptions.builder().layout(EngineOptions.Layout.SPLIT).build()));

        assertTrue(error.getMessage().contains("'broken-model'"));
        assertTrue(error.getMessage().contains(copy.resolve("decoder_with_past_model.onnx").toString()));
    }

    @Test
    void refusesWorkAfterCloseAndClosesTwiceHarmlessly() {
        Seq2SeqModel second = Seq2SeqModel.open(folder, EngineOptions.defaults());
        second.close();

        assertDoesNotThrow(second::close);
        assertThrows(IllegalStateException.class, () -> second.generate(inputs(), greedySettings()));
    }

    @Test
    void readsItsIdTaskAndFamilyFromTheManifest() {
        assertFalse(model.id().isBlank());
        assertEquals("translation", model.task());
        assertEquals(Seq2SeqFamily.MARIAN, model.config().family());
    }
}
