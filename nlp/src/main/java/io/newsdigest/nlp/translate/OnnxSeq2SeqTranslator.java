package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.onnx.GenerationConfig;
import io.newsdigest.nlp.onnx.Seq2SeqFamily;
import io.newsdigest.nlp.onnx.Seq2SeqModel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Translates sentences with an ONNX encoder-decoder model (opus-mt, M2M100, NLLB): the sentences of one call
 * run as batches, each translated on its own; a sentence longer than the encoder accepts is split at clause or
 * word boundaries rather than cut.
 *
 * <p>Thread-safe. It closes its model only when it opened it ({@link #open}); a translator built on a model
 * passed in leaves that model to its owner. It does not check figures: wrap it with a {@link FigureGuard}.
 */
public final class OnnxSeq2SeqTranslator implements Translator {

    private final Seq2SeqModel model;
    private final String source;
    private final String target;
    private final GenerationConfig generation;
    private final boolean ownsModel;

    /**
     * @param model a translation model for {@code source → target}; still owned by the caller
     * @param generation decoding settings, usually {@code model.generationDefaults()}; the target language token
     *                   is forced here for M2M100 and NLLB
     */
    public OnnxSeq2SeqTranslator(Seq2SeqModel model, String source, String target, GenerationConfig generation) {
        this(model, source, target, generation, false);
    }

    private OnnxSeq2SeqTranslator(Seq2SeqModel model, String source, String target, GenerationConfig generation,
                                  boolean ownsModel) {
        this.model = Objects.requireNonNull(model, "model");
        this.source = language("source", source);
        this.target = language("target", target);
        this.generation = forceTarget(model, this.target, Objects.requireNonNull(generation, "generation"));
        this.ownsModel = ownsModel;
    }

    /**
     * Takes ownership of an opened model and translates with its default decoding settings.
     *
     * @throws IllegalArgumentException when a multilingual model has no token for the target language
     */
    public static OnnxSeq2SeqTranslator owning(Seq2SeqModel model, String source, String target) {
        try {
            return new OnnxSeq2SeqTranslator(model, source, target, model.generationDefaults(), true);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    @Override
    public String modelId() {
        return model.id();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String target() {
        return target;
    }

    /** @return the engine's model, for callers that need its tokenizer or configuration */
    public Seq2SeqModel model() {
        return model;
    }

    @Override
    public List<String> translate(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        return model.generateText(sentences, Optional.of(source), generation);
    }

    @Override
    public void close() {
        if (ownsModel) {
            model.close();
        }
    }

    @Override
    public String toString() {
        return "OnnxSeq2SeqTranslator[" + model.id() + ", " + source + "→" + target + "]";
    }

    static GenerationConfig forceTarget(Seq2SeqModel model, String target, GenerationConfig generation) {
        Seq2SeqFamily family = model.config().family();
        if (family != Seq2SeqFamily.M2M100 && family != Seq2SeqFamily.NLLB) {
            return generation;
        }
        long token = model.tokenizer().languageToken(target).orElseThrow(() -> new IllegalArgumentException(
                "target '" + target + "' has no language token in model '" + model.id() + "'"));
        return generation.toBuilder().forcedBosTokenId(token).build();
    }

    private static String language(String name, String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(name + " language must not be blank");
        }
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
