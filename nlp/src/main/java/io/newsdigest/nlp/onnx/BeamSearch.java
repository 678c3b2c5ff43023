package io.newsdigest.nlp.onnx;

import ai.onnxruntime.OrtException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hugging Face beam search ({@code BeamSearchScorer}): per input, {@code numBeams} running hypotheses scored by
 * their summed processed log-probabilities; the best {@code 2 × numBeams} continuations are considered each
 * step, an end token among the first {@code numBeams} finishes a hypothesis, finished hypotheses are ranked by
 * score divided by length to the power {@code lengthPenalty}, and {@code earlyStopping} decides when an input
 * is done.
 */
final class BeamSearch {

    private final ModelConfig model;
    private final GenerationConfig config;
    private final int beams;

    BeamSearch(ModelConfig model, GenerationConfig config) {
        this.model = model;
        this.config = config;
        this.beams = config.numBeams();
    }

    /** @param state decoder state with {@code inputs × numBeams} rows, beams of one input next to each other */
    List<List<Hypothesis>> run(DecoderState state, int inputs) throws OrtException {
        int rows = inputs * beams;
        LogitsRules rules = new LogitsRules(config, model.eosTokenId());
        int maxLength = config.effectiveMaxLength();
        float[] beamScores = new float[rows];
        long[][] sequences = new long[rows][];
        long[] next = new long[rows];
        for (int row = 0; row < rows; row++) {
            // Only the first beam may start: the others would repeat it.
            beamScores[row] = row % beams == 0 ? 0f : -1e9f;
            sequences[row] = new long[]{model.decoderStartTokenId()};
            next[row] = model.decoderStartTokenId();
        }
        BeamHypotheses[] finished = new BeamHypotheses[inputs];
        boolean[] done = new boolean[inputs];
        for (int input = 0; input < inputs; input++) {
            finished[input] = new BeamHypotheses(config);
        }
        int length = 1;
        while (true) {
            float[] scores = state.step(next);
            int vocab = scores.length / rows;
            for (int row = 0; row < rows; row++) {
                Scores.logSoftmax(scores, row * vocab, vocab);
                rules.apply(sequences[row], scores, row * vocab, vocab);
                for (int i = row * vocab; i < (row + 1) * vocab; i++) {
                    scores[i] += beamScores[row];
                }
            }
            int[] sources = new int[rows];
            long[][] grown = new long[rows][];
            for (int input = 0; input < inputs; input++) {
                select(input, scores, vocab, sequences, finished[input], done, beamScores, next, sources, length);
            }
            for (int row = 0; row < rows; row++) {
                grown[row] = GreedySearch.append(sequences[sources[row]], next[row]);
            }
            sequences = grown;
            state.reorder(sources);
            length++;
            if (length >= maxLength || allTrue(done)) {
                break;
            }
        }
        return finish(finished, done, sequences, beamScores);
    }

    /** Picks the next beams of one input from its best continuations. */
    private void select(int input, float[] scores, int vocab, long[][] sequences, BeamHypotheses finished,
                        boolean[] done, float[] beamScores, long[] next, int[] sources, int length) {
        int first = input * beams;
        if (done[input]) {
            for (int beam = 0; beam < beams; beam++) {
                beamScores[first + beam] = 0f;
                next[first + beam] = model.padTokenId();
                sources[first + beam] = first;
            }
            return;
        }
        int[] candidates = topK(scores, first * vocab, beams * vocab, 2 * beams);
        int kept = 0;
        for (int rank = 0; rank < candidates.length && kept < beams; rank++) {
            int index = candidates[rank];
            int source = first + index / vocab;
            long token = index % vocab;
            float score = scores[first * vocab + index];
            if (token == model.eosTokenId()) {
                if (rank < beams) {
                    finished.add(sequences[source], score, length, true);
                }
                continue;
            }
            beamScores[first + kept] = score;
            next[first + kept] = token;
            sources[first + kept] = source;
            kept++;
        }
        float best = scores[first * vocab + candidates[0]];
        done[input] = finished.isDone(best, length);
    }

    private List<List<Hypothesis>> finish(BeamHypotheses[] finished, boolean[] done, long[][] sequences,
                                          float[] beamScores) {
        List<List<Hypothesis>> outputs = new ArrayList<>();
        for (int input = 0; input < finished.length; input++) {
            if (!done[input]) {
                for (int beam = 0; beam < beams; beam++) {
                    int row = input * beams + beam;
                    finished[input].add(sequences[row], beamScores[row], sequences[row].length - 1, false);
                }
            }
            List<Hypothesis> best = new ArrayList<>();
            for (BeamHypotheses.Kept kept : finished[input].best().stream().limit(config.numReturnSequences()).toList()) {
                best.add(hypothesis(kept));
            }
            outputs.add(best);
        }
        return outputs;
    }

    private Hypothesis hypothesis(BeamHypotheses.Kept kept) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i < kept.sequence().length; i++) {
            ids.add(kept.sequence()[i]);
        }
        if (kept.finished()) {
            ids.add(model.eosTokenId());
        }
        return new Hypothesis(ids, kept.score(), kept.logProbability(), kept.finished());
    }

    /** @return indices (relative to {@code offset}) of the {@code k} largest values, largest first */
    static int[] topK(float[] values, int offset, int count, int k) {
        int size = Math.min(k, count);
        int[] best = new int[size];
        float[] bestValues = new float[size];
        int filled = 0;
        for (int i = 0; i < count; i++) {
            float value = values[offset + i];
            if (filled == size && !(value > bestValues[size - 1])) {
                continue;
            }
            // Strictly greater moves up, so equal values keep the lower index first.
            int at = filled < size ? filled++ : size - 1;
            while (at > 0 && value > bestValues[at - 1]) {
                bestValues[at] = bestValues[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            bestValues[at] = value;
            best[at] = i;
        }
        return best;
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean flag : flags) {
            if (!flag) {
                return false;
            }
        }
        return true;
    }
}
