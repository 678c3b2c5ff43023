package io.newsdigest.nlp.translate;

import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelTask;
import io.newsdigest.models.ModelVerificationException;
import io.newsdigest.models.catalog.CatalogEntry;
import io.newsdigest.models.catalog.ModelCatalog;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.ModelLoadException;
import io.newsdigest.nlp.onnx.Seq2SeqModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The translators of every translation model installed in a {@link ModelStore}, verified (sha256) and loaded at
 * start-up. One-pair models (opus-mt) serve their manifest's {@code source → target}; many-to-many models
 * (M2M100, NLLB) serve any two of their manifest's languages, one translator per pair over the shared model.
 *
 * <p>Thread-safe. It releases the models it opened in {@link #close()} (closing them, or handing them back to the
 * {@link ModelOpener} they came from); callers of {@link #find} must not close what they get. A model that does not verify or load is not served: {@link #problems()} names
 * it and its path. It does not download models: {@link #suggestModel} names the catalog id to pull.
 */
public final class InstalledTranslators implements TranslatorProvider, AutoCloseable {

    private final List<Translator> pairs;
    private final List<Multilingual> multilingual;
    private final List<String> problems;
    private final ModelCatalog catalog;
    private final List<AutoCloseable> releases;
    private final Map<String, Translator> multilingualPairs = new ConcurrentHashMap<>();

    /** A many-to-many model and the languages its manifest lists. */
    private record Multilingual(Seq2SeqModel model, Set<String> languages) {
    }

    private InstalledTranslators(List<Translator> pairs, List<Multilingual> multilingual, List<String> problems,
                                 ModelCatalog catalog, List<AutoCloseable> releases) {
        this.pairs = List.copyOf(pairs);
        this.multilingual = List.copyOf(multilingual);
        this.problems = List.copyOf(problems);
        this.catalog = catalog;
        this.releases = List.copyOf(releases);
    }

    /**
     * Verifies and loads every installed translation model; one that fails is left out and reported by
     * {@link #problems()}.
     */
    public static InstalledTranslators open(ModelStore store, EngineOptions options) {
        return open(store, ModelOpener.fresh(options));
    }

    /**
     * Verifies every installed translation model and opens it with {@code opener}; one that fails is left out and
     * reported by {@link #problems()}. The models are released (not necessarily closed) by {@link #close()}.
     */
    public static InstalledTranslators open(ModelStore store, ModelOpener opener) {
        List<Translator> pairs = new ArrayList<>();
        List<Multilingual> multilingual = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<AutoCloseable> releases = new ArrayList<>();
        for (InstalledModel listed : store.list()) {
            if (listed.manifest().task() != ModelTask.TRANSLATION) {
                continue;
            }
            try {
                InstalledModel model = store.requireVerified(listed.id());
                ModelOpener.Opened opened = opener.open(model);
                releases.add(opened.release());
                Seq2SeqModel engine = opened.model();
                if (model.manifest().family().manyToMany()) {
                    multilingual.add(new Multilingual(engine, Set.copyOf(model.manifest().languages())));
                } else {
                    pairs.add(new OnnxSeq2SeqTranslator(engine, model.manifest().source().orElseThrow(),
                            model.manifest().target().orElseThrow(), engine.generationDefaults()));
                }
            } catch (ModelVerificationException | ModelLoadException | IllegalArgumentException e) {
                problems.add("Translation model '" + listed.id() + "' at " + listed.folder() + " is not used: "
                        + e.getMessage());
            }
        }
        return new InstalledTranslators(pairs, multilingual, problems, ModelCatalog.bundled(), releases);
    }

    /** @return a provider over one-pair translators built elsewhere; it closes them in {@link #close()} */
    public static InstalledTranslators of(List<Translator> translators) {
        return new InstalledTranslators(translators, List.of(), List.of(), ModelCatalog.bundled(), List.of());
    }

    @Override
    public Optional<Translator> find(String source, String target) {
        String from = normalize(source);
        String to = normalize(target);
        Optional<Translator> pair = pairs.stream()
                .filter(t -> t.source().equals(from) && t.target().equals(to)).findFirst();
        if (pair.isPresent() || from.equals(to)) {
            return pair;
        }
        for (Multilingual model : multilingual) {
            if (model.languages().contains(from) && model.languages().contains(to)
                    && model.model().tokenizer().languageToken(from).isPresent()
                    && model.model().tokenizer().languageToken(to).isPresent()) {
                return Optional.of(multilingualPairs.computeIfAbsent(model.model().id() + ":" + from + ">" + to,
                        key -> new OnnxSeq2SeqTranslator(model.model(), from, to, model.model().generationDefaults())));
            }
        }
        return Optional.empty();
    }

    /** @return the catalog's suggestion for the pair ({@code opus-mt-de-en}), else the opus-mt naming pattern */
    @Override
    public String suggestModel(String source, String target) {
        String from = normalize(source);
        String to = normalize(target);
        return catalog.suggestTranslator(from, to).map(CatalogEntry::id).orElse("opus-mt-" + from + "-" + to);
    }

    @Override
    public List<String> installed() {
        List<String> ids = new ArrayList<>(pairs.stream().map(Translator::modelId).toList());
        multilingual.forEach(model -> ids.add(model.model().id()));
        return List.copyOf(ids);
    }

    /** @return one message per installed translation model that is not served, naming it and its path */
    public List<String> problems() {
        return problems;
    }

    /** Closes the translators given to {@link #of} and releases the models {@link #open} opened. */
    @Override
    public void close() {
        pairs.forEach(Translator::close);
        for (AutoCloseable release : releases) {
            try {
                release.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release a translation model", e);
            }
        }
    }

    @Override
    public String toString() {
        return "InstalledTranslators" + installed();
    }

    private static String normalize(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
