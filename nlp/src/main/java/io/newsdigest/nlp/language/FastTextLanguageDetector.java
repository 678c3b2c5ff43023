package io.newsdigest.nlp.language;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelFamily;
import io.newsdigest.models.ModelTask;
import io.newsdigest.nlp.onnx.ModelLoadException;
import io.newsdigest.nlp.onnx.OnnxEnvironment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Detects the language with a fastText classifier run on ONNX Runtime: the text's words and character n-grams are
 * hashed in Java ({@link FastTextVocabulary}), the model folder's {@code model.onnx} averages their quantized
 * embeddings and scores every label with a hierarchical softmax. The bundled model {@code fasttext-lid-176}
 * knows 176 languages; answers use its labels, except that {@code no} (trained on the Norwegian Wikipedia, which
 * is written in Bokmål) is reported as {@code nb}.
 *
 * <p>Thread-safe: ONNX Runtime sessions run concurrently, and every call keeps its state on the stack. Each call
 * runs on the caller's thread (the session has one intra-op thread and no pool). {@link #detectAll} scores many
 * texts in one session run, which is how per-sentence languages stay cheap. Probabilities are fastText's own,
 * not recalibrated; it answers {@code und} below {@link Builder#minConfidence} or when the text has fewer letters
 * than {@link Builder#minLetters}. It is weak on single words and short pairs, where {@link CascadeLanguageDetector}
 * asks Lingua instead. The owner closes it (closes the session; safe to close twice).
 */
public final class FastTextLanguageDetector implements LanguageDetector, AutoCloseable {

    private static final String DICTIONARY = "dictionary.json";
    private static final String MODEL = "model.onnx";
    private static final int CANDIDATES = 5;
    private static final Map<String, String> CODES = Map.of("no", "nb");

    private final String name;
    private final FastTextVocabulary vocabulary;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String[] codes;
    private final double minConfidence;
    private final int minLetters;
    private final int maxChars;

    private FastTextLanguageDetector(String name, FastTextVocabulary vocabulary, OrtEnvironment env,
                                     OrtSession session, Builder builder) {
        this.name = name;
        this.vocabulary = vocabulary;
        this.env = env;
        this.session = session;
        this.codes = vocabulary.labels().stream().map(label -> CODES.getOrDefault(label, label)).toArray(String[]::new);
        this.minConfidence = builder.minConfidence;
        this.minLetters = builder.minLetters;
        this.maxChars = builder.maxChars;
    }

    /** Options of a {@link FastTextLanguageDetector}; validated when set. Not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the model id, which every guess names as its {@link LanguageGuess#detector()} */
    public String name() {
        return name;
    }

    /** @return every language the model can answer (ISO 639-1 where one exists) */
    public Set<String> languages() {
        return Set.of(codes);
    }

    @Override
    public LanguageGuess detect(CharSequence text) {
        return detectAll(List.of(text == null ? "" : text)).getFirst();
    }

    @Override
    public List<LanguageGuess> detectAll(List<? extends CharSequence> texts) {
        List<LanguageGuess> guesses = new ArrayList<>(texts.size());
        List<Integer> scored = new ArrayList<>();
        FastTextVocabulary.RowSink rows = new FastTextVocabulary.RowSink(256);
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = prefix(texts.get(i) == null ? "" : texts.get(i).toString());
            guesses.add(null);
            if (letters(text) < minLetters) {
                guesses.set(i, LanguageGuess.undetermined(0, List.of()).decidedBy(name));
                continue;
            }
            int before = rows.size();
            vocabulary.rows(text, rows);
            lengths.add(rows.size() - before);
            scored.add(i);
        }
        if (!scored.isEmpty()) {
            float[][] probabilities = run(rows, lengths);
            for (int k = 0; k < scored.size(); k++) {
                guesses.set(scored.get(k), guess(probabilities[k]));
            }
        }
        return guesses;
    }

    /**
     * The probability of every label for one text, as the model computes it: no prefix cut, no letter minimum,
     * no renaming. For parity checks against fastText itself.
     */
    float[] probabilities(String text) {
        FastTextVocabulary.RowSink rows = new FastTextVocabulary.RowSink(256);
        vocabulary.rows(text, rows);
        return run(rows, List.of(rows.size()))[0];
    }

    /** @return the model's labels, in the order of {@link #probabilities} */
    List<String> labels() {
        return vocabulary.labels();
    }

    private float[][] run(FastTextVocabulary.RowSink rows, List<Integer> lengths) {
        long[] ids = new long[rows.size()];
        long[] segments = new long[rows.size()];
        float[] inverseLengths = new float[lengths.size()];
        int at = 0;
        for (int text = 0; text < lengths.size(); text++) {
            // fastText scales the sum by 1.0 / count computed in double, then rounded to float.
            inverseLengths[text] = (float) (1.0 / lengths.get(text));
            for (int r = 0; r < lengths.get(text); r++, at++) {
                ids[at] = rows.get(at);
                segments[at] = text;
            }
        }
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[]{ids.length});
             OnnxTensor segmentTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(segments),
                     new long[]{segments.length, 1});
             OnnxTensor inverseTensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(inverseLengths),
                     new long[]{inverseLengths.length, 1});
             OrtSession.Result result = session.run(Map.of("ids", idTensor, "segments", segmentTensor,
                     "inverse_lengths", inverseTensor))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[][] probabilities = new float[inverseLengths.length][codes.length];
            for (float[] row : probabilities) {
                out.get(row);
            }
            return probabilities;
        } catch (OrtException e) {
            throw new IllegalStateException("model '" + name + "' failed on " + inverseLengths.length + " text(s): "
                    + e.getMessage(), e);
        }
    }

    private LanguageGuess guess(float[] probabilities) {
        int[] best = topIndices(probabilities, CANDIDATES);
        List<LanguageScore> candidates = new ArrayList<>(best.length);
        for (int index : best) {
            candidates.add(new LanguageScore(codes[index], clamp(probabilities[index])));
        }
        double top = candidates.getFirst().confidence();
        return (top < minConfidence ? LanguageGuess.undetermined(top, candidates)
                : new LanguageGuess(candidates.getFirst().code(), top, candidates)).decidedBy(name);
    }

    /** @return the indices of the {@code k} largest values, largest first; ties keep the lower index first */
    static int[] topIndices(float[] values, int k) {
        int[] best = new int[Math.max(0, Math.min(k, values.length))];
        if (best.length == 0) {
            return best;
        }
        int filled = 0;
        for (int i = 0; i < values.length; i++) {
            if (filled == best.length && !(values[i] > values[best[filled - 1]])) {
                continue;
            }
            int at = filled == best.length ? filled - 1 : filled++;
            while (at > 0 && values[best[at - 1]] < values[i]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        return best;
    }

    private static double clamp(float p) {
        return Float.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /**
     * The first {@link Builder#maxChars(int)} characters, cut at a space: beyond a few paragraphs the average
     * of the n-gram embeddings no longer moves, while the cost grows with the length.
     */
    private String prefix(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException | IllegalStateException e) {
            // Closing twice, or a session ONNX Runtime already released: nothing left to free.
        }
    }

    /** Options of a {@link FastTextLanguageDetector}; validated when set. Not thread-safe. */
    public static final class Builder {
        private double minConfidence = 0.35;
        private int minLetters = 2;
        private int maxChars = 1000;

        private Builder() {
        }

        /** Below this probability the answer is {@code und}. */
        public Builder minConfidence(double minConfidence) {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
            }
            this.minConfidence = minConfidence;
            return this;
        }

        /** Texts with fewer letters are {@code und} with confidence 0. */
        public Builder minLetters(int minLetters) {
            if (minLetters < 0) {
                throw new IllegalArgumentException("minLetters must not be negative: " + minLetters);
            }
            this.minLetters = minLetters;
            return this;
        }

        /** Only the first {@code maxChars} characters of a text are looked at (cut at a space). */
        public Builder maxChars(int maxChars) {
            if (maxChars < 100) {
                throw new IllegalArgumentException("maxChars must be at least 100: " + maxChars);
            }
            this.maxChars = maxChars;
            return this;
        }

        /**
         * Opens the model of a verified model folder ({@code task} {@code language-id}, {@code family}
         * {@code fasttext}).
         *
         * @throws ModelLoadException naming the model when the folder is not such a model or cannot be loaded
         */
        public FastTextLanguageDetector open(InstalledModel model) {
            String id = model.id();
            if (model.manifest().task() != ModelTask.LANGUAGE_ID || model.manifest().family() != ModelFamily.FASTTEXT) {
                throw new ModelLoadException(id, "is not a fastText language-identification model (task "
                        + model.manifest().task().jsonName() + ", family " + model.manifest().family().jsonName() + ")");
            }
            FastTextVocabulary vocabulary;
            byte[] onnx;
            try (InputStream in = Files.newInputStream(model.file(DICTIONARY))) {
                vocabulary = FastTextVocabulary.read(in);
                onnx = Files.readAllBytes(model.file(MODEL));
            } catch (IOException | RuntimeException e) {
                throw new ModelLoadException(id, "cannot read " + model.file(DICTIONARY) + " or "
                        + model.file(MODEL) + ": " + e.getMessage(), e);
            }
            OrtEnvironment env = OnnxEnvironment.get(id);
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                // One intra-op thread: the work runs on the caller's thread, never in a pool of ONNX Runtime's.
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                OrtSession session = env.createSession(onnx, options);
                return new FastTextLanguageDetector(id, vocabulary, env, session, this);
            } catch (OrtException e) {
                throw new ModelLoadException(id, "cannot load " + model.file(MODEL) + ": " + e.getMessage(), e);
            }
        }
    }
}
