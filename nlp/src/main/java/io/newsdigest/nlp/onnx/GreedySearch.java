package io.newsdigest.nlp.onnx;

import ai.onnxruntime.OrtException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hugging Face greedy decoding: argmax of the processed logits, finished rows fed the pad token, stop when every
 * row has ended or the maximum length is reached. The score of each output is computed the way beam search
 * scores its hypotheses, so the two can be compared.
 */
final class GreedySearch {

    private final ModelConfig model;
    private final GenerationConfig config;

    GreedySearch(ModelConfig model, GenerationConfig config) {
        this.model = model;
        this.config = config;
    }

    List<Hypothesis> run(DecoderState state, int rows) throws OrtException {
        LogitsRules rules = new LogitsRules(config, model.eosTokenId());
        int maxLength = config.effectiveMaxLength();
        long[][] sequences = new long[rows][];
        long[] next = new long[rows];
        double[] logProbability = new double[rows];
        boolean[] finished = new boolean[rows];
        Arrays.fill(next, model.decoderStartTokenId());
        for (int row = 0; row < rows; row++) {
            sequences[row] = new long[]{model.decoderStartTokenId()};
        }
        int length = 1;
        while (length < maxLength && !allTrue(finished)) {
            float[] logits = state.step(next);
            int vocab = logits.length / rows;
            for (int row = 0; row < rows; row++) {
                next[row] = finished[row] ? model.padTokenId()
                        : choose(rules, sequences[row], logits, row * vocab, vocab, logProbability, row);
                sequences[row] = append(sequences[row], next[row]);
                finished[row] |= next[row] == model.eosTokenId();
            }
            length++;
        }
        List<Hypothesis> outputs = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            outputs.add(hypothesis(sequences[row], logProbability[row]));
        }
        return outputs;
    }

    private long choose(LogitsRules rules, long[] history, float[] logits, int offset, int vocab,
                        double[] logProbability, int row) {
        float logSum = Scores.logSumExp(logits, offset, vocab);
        boolean forced = rules.forces(history.length);
        if (config.repetitionPenalty() == 1.0) {
            // The other rules only ban or force tokens: the argmax of the processed logits is the processed
            // log-probabilities' argmax, and the chosen token's processed log-probability is its raw one
            // (0 when forced), so no copy of the row is needed.
            rules.apply(history, logits, offset, vocab);
            int token = Scores.argmax(logits, offset, vocab);
            float raw = logits[offset + token];
            logProbability[row] += forced ? 0 : raw - logSum;
            return token;
        }
        float[] logProbs = Arrays.copyOfRange(logits, offset, offset + vocab);
        for (int i = 0; i < vocab; i++) {
            logProbs[i] -= logSum;
        }
        rules.apply(history, logProbs, 0, vocab);
        rules.apply(history, logits, offset, vocab);
        int token = Scores.argmax(logits, offset, vocab);
        logProbability[row] += logProbs[token];
        return token;
    }

    private Hypothesis hypothesis(long[] sequence, double logProbability) {
        List<Long> ids = new ArrayList<>();
        boolean finished = false;
        for (int i = 1; i < sequence.length && !finished; i++) {
            ids.add(sequence[i]);
            finished = sequence[i] == model.eosTokenId();
        }
        double score = Scores.normalized(logProbability, ids.size(), config.lengthPenalty());
        return new Hypothesis(ids, score, logProbability, finished);
    }

    static long[] append(long[] sequence, long token) {
        long[] grown = Arrays.copyOf(sequence, sequence.length + 1);
        grown[sequence.length] = token;
        return grown;
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
