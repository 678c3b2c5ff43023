package io.newsdigest.nlp.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cases computed by hand from the definitions in Lin (2004); the "police … gunman" sentences are the paper's own
 * ROUGE-L illustration (section 3.1).
 */
class RougeScorerTest {

    private static final double EPS = 1e-9;
    private static final String REFERENCE = "police killed the gunman";
    private final RougeScorer plain = RougeScorer.unstemmed();

    @Test
    void rougeLOfPapersSecondSentenceIsThreeQuarters() {
        // LCS "police the gunman" = 3 of 4 tokens on both sides.
        RougeScore l = plain.score("police kill the gunman", REFERENCE).rougeL();
        assertEquals(0.75, l.precision(), EPS);
        assertEquals(0.75, l.recall(), EPS);
        assertEquals(0.75, l.f1(), EPS);
    }

    @Test
    void rougeLOfPapersReorderedSentenceIsOneHalf() {
        // LCS "the gunman" = 2 of 4.
        assertEquals(0.5, plain.score("the gunman kill police", REFERENCE).rougeL().f1(), EPS);
    }

    @Test
    void rougeTwoCannotTellThePapersTwoSentencesApart() {
        // Both share only the bigram "the gunman" out of three bigrams each, as the paper points out.
        assertEquals(1.0 / 3, plain.score("police kill the gunman", REFERENCE).rouge2().f1(), EPS);
        assertEquals(1.0 / 3, plain.score("the gunman kill police", REFERENCE).rouge2().f1(), EPS);
    }

    @Test
    void rougeOneClipsRepeatedCandidateWordsToTheirReferenceCount() {
        // "the" occurs twice in the reference: 2 matches of 4 candidate and 6 reference unigrams.
        RougeScore one = plain.score("the the the the", "the cat sat on the mat").rouge1();
        assertEquals(0.5, one.precision(), EPS);
        assertEquals(2.0 / 6, one.recall(), EPS);
        assertEquals(0.4, one.f1(), EPS);
    }

    @Test
    void rougeLUsesTheHarmonicMeanForUnequalLengths() {
        // LCS "a c e" = 3; P = 3/4, R = 3/5, F = 2PR / (P + R) = 2/3.
        RougeScore l = plain.score("a c e f", "a b c d e").rougeL();
        assertEquals(0.75, l.precision(), EPS);
        assertEquals(0.6, l.recall(), EPS);
        assertEquals(2.0 / 3, l.f1(), EPS);
    }

    @Test
    void stemmingMatchesInflectedEnglishForms() {
        RougeScores stemmed = RougeScorer.stemmed("en").score("police kill the gunman", REFERENCE);
        assertEquals(1.0, stemmed.rouge1().f1(), EPS);
        assertEquals(1.0, stemmed.rougeL().f1(), EPS);
    }

    @Test
    void stemmingMatchesGermanPluralAndSingular() {
        assertEquals(1.0, RougeScorer.stemmed("de").score("Kinder der Häuser", "Kind der Hauses").rouge1().f1(), EPS);
    }

    @Test
    void tokenizedReferencesMatchRunningText() {
        RougeScores scores = plain.score("Kilmarnock’s manager, Gary Locke, stays.",
                "kilmarnock 's manager gary locke stays .");
        assertEquals(1.0, scores.rouge2().f1(), EPS);
    }

    @Test
    void emptyCandidateScoresZero() {
        RougeScores scores = plain.score("  ...  ", REFERENCE);
        assertEquals(0.0, scores.rouge1().f1(), EPS);
        assertEquals(0.0, scores.rougeL().f1(), EPS);
    }

    @Test
    void upperCaseUmlautsMatchLowerCaseOnes() {
        assertEquals(1.0, plain.score("ÜBER 3 STÄDTE", "über 3 städte").rouge1().f1(), EPS);
    }
}
