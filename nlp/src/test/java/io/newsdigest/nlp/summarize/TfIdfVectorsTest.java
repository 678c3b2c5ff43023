package io.newsdigest.nlp.summarize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TfIdfVectorsTest {

    private final TfIdfVectors vectors = TfIdfVectors.of(List.of(
            List.of("ferry", "harbour", "ferry"), List.of("ferry", "harbour", "ferry"), List.of("weather", "rain"),
            List.of()));

    @Test
    void identicalSentencesHaveCosineOne() {
        assertEquals(1.0, vectors.cosine(0, 1), 1e-9);
    }

    @Test
    void sentencesWithoutSharedTermsHaveCosineZero() {
        assertEquals(0.0, vectors.cosine(0, 2), 1e-9);
    }

    @Test
    void sentenceWithoutTermsIsSimilarToNothing() {
        assertEquals(0.0, vectors.cosine(0, 3), 1e-9);
        assertEquals(0.0, vectors.cosineWith(List.of("ferry"), 3), 1e-9);
    }

    @Test
    void unknownHeadlineTermsLowerTheSimilarity() {
        double known = vectors.cosineWith(List.of("ferry", "harbour"), 0);
        double diluted = vectors.cosineWith(List.of("ferry", "harbour", "island", "tourism"), 0);
        assertTrue(known > diluted && diluted > 0, known + " " + diluted);
    }

    @Test
    void overlapCountsDistinctSharedTerms() {
        assertEquals(2, vectors.overlap(0, 1));
        assertEquals(0, vectors.overlap(0, 2));
    }

    @Test
    void centralityRanksTheHubOfAStarHighest() {
        double[][] star = {{0, 1, 1, 1}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}};
        double[] rank = Centrality.pageRank(star);
        assertEquals(1.0, rank[0] + rank[1] + rank[2] + rank[3], 1e-6);
        assertTrue(rank[0] > rank[1] && rank[1] == rank[2], java.util.Arrays.toString(rank));
    }
}
