package io.newsdigest.nlp.summarize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryWeightsTest {

    @Test
    void negativeWeightIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SummaryWeights.builder().centrality(-0.1).build());
        assertTrue(e.getMessage().startsWith("centrality"), e.getMessage());
    }

    @Test
    void zeroHalfLifeIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SummaryWeights.builder().leadHalfLife(0).build());
        assertTrue(e.getMessage().startsWith("leadHalfLife"), e.getMessage());
    }

    @Test
    void allSignalsOffIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SummaryWeights.builder().position(0).centrality(0)
                .headline(0).figures(0).build());
    }

    @Test
    void toBuilderKeepsEveryWeight() {
        SummaryWeights weights = SummaryWeights.builder().position(0.7).leadHalfLife(3).centrality(0.4)
                .headline(0.2).figures(0.5).redundancy(0.6).build();
        assertEquals(weights, weights.toBuilder().build());
    }
}
