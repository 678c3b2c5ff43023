package io.newsdigest.nlp.onnx;

/** Score arithmetic shared by the searches. */
final class Scores {

    private Scores() {
    }

    /** Replaces one row of logits by its log-softmax. */
    static void logSoftmax(float[] values, int offset, int vocab) {
        float logSum = logSumExp(values, offset, vocab);
        for (int i = offset; i < offset + vocab; i++) {
            values[i] = values[i] - logSum;
        }
    }

    /** @return log of the sum of exponentials of one row, summed in double precision for stability */
    static float logSumExp(float[] values, int offset, int vocab) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = offset; i < offset + vocab; i++) {
            max = Math.max(max, values[i]);
        }
        double sum = 0;
        for (int i = offset; i < offset + vocab; i++) {
            sum += Math.exp(values[i] - max);
        }
        return (float) (max + Math.log(sum));
    }

    /** @return index within the row of its largest value; the lowest index on ties */
    static int argmax(float[] values, int offset, int vocab) {
        int best = 0;
        for (int i = 1; i < vocab; i++) {
            if (values[offset + i] > values[offset + best]) {
                best = i;
            }
        }
        return best;
    }

    /** Hugging Face's length-normalised beam score. */
    static double normalized(double logProbability, int generatedLength, double lengthPenalty) {
        return logProbability / Math.pow(generatedLength, lengthPenalty);
    }
}
