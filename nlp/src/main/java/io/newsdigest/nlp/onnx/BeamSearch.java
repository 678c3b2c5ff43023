package io.newsdigest.nlp.onnx;

import ai.onnxruntime.OrtException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Beam search as current Hugging Face transformers runs it ({@code _beam_search}), each input on its own:
 * {@code numBeams} running hypotheses scored by summed processed log-probabilities; each step the best
 * {@code 2 × numBeams} continuations are taken; those that end (end token, or maximum length) and rank among the
 * first {@code numBeams} compete for the {@code numBeams} finished slots with score
 * {@code sum / generatedLength^lengthPenalty}; the others become the next running beams. An input stops when no
 * running beam can still beat the worst finished one ({@code earlyStopping} decides at which length that is
 * judged), when all slots are finished under {@code earlyStopping = true}, or when every continuation ended.
 *
 * <p>Scores are kept in single precision, as PyTorch keeps them, so that near ties break the same way.
 */
final class BeamSearch {

    /** Hugging Face's stand-in for minus infinity in beam bookkeeping. */
    private static final float NEG = -1.0e9f;

    private final ModelConfig model;
    private final GenerationConfig config;
    private final int beams;
    private final int maxLength;

    BeamSearch(ModelConfig model, GenerationConfig config) {
        this.model = model;
        this.config = config;
        this.beams = config.numBeams();
        this.maxLength = config.effectiveMaxLength();
    }

    /** A finished slot: the sequence with its start token, its normalised score and raw log-probability. */
    private record Slot(long[] sequence, float score, float logProbability, boolean finished) {
    }

    /** One continuation considered in a step. */
    private record Candidate(int beam, long token, float score, long[] sequence, boolean ends) {
    }

    /** @param state decoder state with {@code inputs × numBeams} rows, beams of one input next to each other */
    List<List<Hypothesis>> run(DecoderState state, int inputs) throws OrtException {
        int rows = inputs * beams;
        LogitsRules rules = new LogitsRules(config, model.eosTokenId());
        long[][] sequences = new long[rows][];
        float[] running = new float[rows];
        long[] next = new long[rows];
        for (int row = 0; row < rows; row++) {
            // Only the first beam may start: the others would repeat it.
            running[row] = row % beams == 0 ? 0f : NEG;
            sequences[row] = new long[]{model.decoderStartTokenId()};
            next[row] = model.decoderStartTokenId();
        }
        Slot[][] finished = new Slot[inputs][beams];
        for (Slot[] slots : finished) {
            Arrays.fill(slots, new Slot(new long[0], NEG, NEG, false));
        }
        boolean[] unsatisfied = new boolean[inputs];
        boolean[] active = new boolean[inputs];
        Arrays.fill(unsatisfied, true);
        Arrays.fill(active, true);
        int length = 1;
        while (anyTrue(active)) {
            float[] scores = state.step(next);
            int vocab = scores.length / rows;
            int[] sources = new int[rows];
            for (int input = 0; input < inputs; input++) {
                int first = input * beams;
                for (int beam = 0; beam < beams; beam++) {
                    sources[first + beam] = first + beam;
                    next[first + beam] = model.padTokenId();
                }
                if (active[input]) {
                    accumulate(rules, scores, vocab, first, sequences, running);
                    active[input] = step(input, scores, vocab, length, sequences, running, next, sources, finished,
                            unsatisfied);
                }
            }
            state.reorder(sources);
            length++;
        }
        List<List<Hypothesis>> outputs = new ArrayList<>();
        for (Slot[] slots : finished) {
            outputs.add(Arrays.stream(slots).limit(config.numReturnSequences()).map(this::hypothesis).toList());
        }
        return outputs;
    }

    /** Turns the logits of one input's beams into summed processed log-probabilities, in place. */
    private void accumulate(LogitsRules rules, float[] scores, int vocab, int first, long[][] sequences,
                            float[] running) {
        for (int row = first; row < first + beams; row++) {
            Scores.logSoftmax(scores, row * vocab, vocab);
            rules.apply(sequences[row], scores, row * vocab, vocab);
            for (int i = row * vocab; i < (row + 1) * vocab; i++) {
                scores[i] += running[row];
            }
        }
    }

    /** Advances one input by one token; returns whether it goes on. */
    private boolean step(int input, float[] scores, int vocab, int length, long[][] sequences, float[] running,
                         long[] next, int[] sources, Slot[][] finished, boolean[] unsatisfied) {
        int first = input * beams;
        int[] top = topK(scores, first * vocab, beams * vocab, 2 * beams);
        Candidate[] candidates = new Candidate[top.length];
        float[] runScores = new float[top.length];
        for (int rank = 0; rank < top.length; rank++) {
            int beam = top[rank] / vocab;
            long token = top[rank] % vocab;
            long[] sequence = GreedySearch.append(sequences[first + beam], token);
            boolean ends = token == model.eosTokenId() || sequence.length >= maxLength;
            float score = scores[first * vocab + top[rank]];
            candidates[rank] = new Candidate(beam, token, score, sequence, ends);
            runScores[rank] = ends ? score + NEG : score;
        }
        int[] keep = topK(runScores, 0, runScores.length, beams);
        for (int j = 0; j < beams; j++) {
            Candidate kept = candidates[keep[j]];
            sequences[first + j] = kept.sequence();
            running[first + j] = runScores[keep[j]];
            sources[first + j] = first + kept.beam();
            next[first + j] = kept.token();
        }
        boolean allFull = allFinished(finished[input])
                && config.earlyStopping() == GenerationConfig.EarlyStopping.WHEN_BEAMS_FINISHED;
        finished[input] = admit(finished[input], candidates, length, allFull, unsatisfied[input]);
        unsatisfied[input] &= improvable(running[first], finished[input], length);
        boolean open = !(allFinished(finished[input])
                && config.earlyStopping() == GenerationConfig.EarlyStopping.WHEN_BEAMS_FINISHED);
        boolean someGoOn = Arrays.stream(candidates).anyMatch(candidate -> !candidate.ends());
        return unsatisfied[input] && open && someGoOn;
    }

    /** Keeps the best {@code numBeams} of the finished slots and this step's ending candidates. */
    private Slot[] admit(Slot[] slots, Candidate[] candidates, int length, boolean allFull, boolean unsatisfied) {
        List<Slot> merged = new ArrayList<>(Arrays.asList(slots));
        float divisor = (float) Math.pow(length, config.lengthPenalty());
        for (int rank = 0; rank < candidates.length; rank++) {
            Candidate candidate = candidates[rank];
            boolean justFinished = candidate.ends() && rank < beams;
            float value = candidate.score() / divisor;
            value = value + (allFull ? NEG : 0f);
            value = value + (unsatisfied ? 0f : NEG);
            value = value + (justFinished ? 0f : NEG);
            merged.add(new Slot(candidate.sequence(), value, candidate.score(), justFinished));
        }
        float[] values = new float[merged.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = merged.get(i).score();
        }
        int[] best = topK(values, 0, values.length, beams);
        Slot[] kept = new Slot[beams];
        for (int j = 0; j < beams; j++) {
            kept[j] = merged.get(best[j]);
        }
        return kept;
    }

    /** Whether the best running beam could still beat a finished slot. */
    private boolean improvable(float bestRunning, Slot[] slots, int generatedLength) {
        int judgedLength = config.earlyStopping() == GenerationConfig.EarlyStopping.NEVER && config.lengthPenalty() > 0
                ? maxLength - 1 : generatedLength;
        float best = bestRunning / (float) Math.pow(judgedLength, config.lengthPenalty());
        float worst = Float.POSITIVE_INFINITY;
        for (Slot slot : slots) {
            worst = Math.min(worst, slot.score());
        }
        for (Slot slot : slots) {
            if (best > (slot.finished() ? worst : NEG)) {
                return true;
            }
        }
        return false;
    }

    private Hypothesis hypothesis(Slot slot) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i < slot.sequence().length; i++) {
            ids.add(slot.sequence()[i]);
        }
        boolean ended = !ids.isEmpty() && ids.get(ids.size() - 1) == model.eosTokenId();
        return new Hypothesis(ids, slot.score(), slot.logProbability(), ended);
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

    private static boolean allFinished(Slot[] slots) {
        return Arrays.stream(slots).allMatch(Slot::finished);
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }
}
