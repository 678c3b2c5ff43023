package io.newsdigest.nlp.onnx;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerationConfigTest {

    @Test
    void countsMaxNewTokensAfterTheStartToken() {
        GenerationConfig config = GenerationConfig.huggingFaceDefaults().toBuilder().maxNewTokens(5).build();

        assertEquals(6, config.effectiveMaxLength());
    }

    @Test
    void refusesMoreReturnedSequencesThanBeamsNamingTheParameter() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GenerationConfig.huggingFaceDefaults().toBuilder().numBeams(2).numReturnSequences(3).build());

        assertTrue(error.getMessage().startsWith("numReturnSequences"));
    }

    @Test
    void refusesANonPositiveRepetitionPenaltyNamingTheParameter() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GenerationConfig.huggingFaceDefaults().toBuilder().repetitionPenalty(0).build());

        assertTrue(error.getMessage().startsWith("repetitionPenalty"));
    }

    @Test
    void refusesAThreadCountBelowOneNamingTheParameter() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EngineOptions.builder().intraOpThreads(0).build());

        assertTrue(error.getMessage().startsWith("intraOpThreads"));
    }

    @Test
    void refusesABatchSizeBelowOneNamingTheParameter() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EngineOptions.builder().maxBatchSize(0).build());

        assertTrue(error.getMessage().startsWith("maxBatchSize"));
    }
}
