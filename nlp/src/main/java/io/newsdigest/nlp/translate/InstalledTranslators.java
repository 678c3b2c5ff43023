package io.newsdigest.nlp.translate;

import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelTask;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.Seq2SeqModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The translators of every translation model installed in a {@link ModelStore}, verified and loaded at start-up.
 *
 * <p>Thread-safe. It owns the translators it opened and closes them in {@link #close()}; callers of
 * {@link #find} must not close what they get. It does not download models: {@link #suggestModel} names the
 * catalog id to pull.
 */
public final class InstalledTranslators implements TranslatorProvider, AutoCloseable {

    private final List<Translator> translators;

    private InstalledTranslators(List<Translator> translators) {
        this.translators = List.copyOf(translators);
    }

    /**
     * Verifies (sha256) and loads every installed translation model. A model that does not verify or load stops
     * start-up with an exception naming it; nothing opened so far is left open.
     *
     * @throws io.newsdigest.models.ModelVerificationException when a model's files do not match its manifest
     * @throws io.newsdigest.nlp.onnx.ModelLoadException when a model's files cannot be loaded
     */
    public static InstalledTranslators open(ModelStore store, EngineOptions options) {
        List<Translator> opened = new ArrayList<>();
        try {
            for (InstalledModel listed : store.list()) {
                if (listed.manifest().task() != ModelTask.TRANSLATION) {
                    continue;
                }
                InstalledModel model = store.requireVerified(listed.id());
                String source = model.manifest().source().orElseThrow();
                String target = model.manifest().target().orElseThrow();
                opened.add(OnnxSeq2SeqTranslator.owning(Seq2SeqModel.open(model.folder(), options), source, target));
            }
            return new InstalledTranslators(opened);
        } catch (RuntimeException e) {
            opened.forEach(Translator::close);
            throw e;
        }
    }

    /** @return a provider over translators built elsewhere; it closes them in {@link #close()} */
    public static InstalledTranslators of(List<Translator> translators) {
        return new InstalledTranslators(translators);
    }

    @Override
    public Optional<Translator> find(String source, String target) {
        String from = normalize(source);
        String to = normalize(target);
        return translators.stream().filter(t -> t.source().equals(from) && t.target().equals(to)).findFirst();
    }

    /** @return the opus-mt catalog id for the pair ({@code opus-mt-de-en}) */
    @Override
    public String suggestModel(String source, String target) {
        return "opus-mt-" + normalize(source) + "-" + normalize(target);
    }

    @Override
    public List<String> installed() {
        return translators.stream().map(Translator::modelId).toList();
    }

    @Override
    public void close() {
        translators.forEach(Translator::close);
    }

    @Override
    public String toString() {
        return "InstalledTranslators" + installed();
    }

    private static String normalize(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
