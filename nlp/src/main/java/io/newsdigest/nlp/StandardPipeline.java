package io.newsdigest.nlp;

import io.newsdigest.models.BundledModels;
import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelVerificationException;
import io.newsdigest.nlp.chat.ChatModelServer;
import io.newsdigest.nlp.chat.ChatSettings;
import io.newsdigest.nlp.chat.LangChainModelServer;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.figures.LocaleFigureRenderer;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.installed.LiveModels;
import io.newsdigest.nlp.installed.ModelComponents;
import io.newsdigest.nlp.installed.ModelSource;
import io.newsdigest.nlp.language.BackgroundLanguageDetector;
import io.newsdigest.nlp.language.CascadeLanguageDetector;
import io.newsdigest.nlp.language.FastTextLanguageDetector;
import io.newsdigest.nlp.language.LanguageDetector;
import io.newsdigest.nlp.language.LinguaLanguageDetector;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.TermAnalyzer;
import io.newsdigest.nlp.text.WebArticleCleaner;
import io.newsdigest.nlp.translate.TranslatorProvider;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded default pipeline, ready to use: {@code try (var p = StandardPipeline.open(Set.of("de", "en")))
 * { p.digest().digest(article, options); }}, optionally with the models of a {@link ModelStore} (kept current by
 * {@link LiveModels#reload()}) and the newsroom's chat model.
 *
 * <p>Open it once and share it: the pipeline is thread-safe. Language detection is the bundled ONNX model
 * {@value BundledModels#LANGUAGE_ID} (verified by sha256 like an installed model, or an installed copy of it),
 * with Lingua for short and uncertain texts; Lingua's models take seconds to build and are built on a thread of
 * their own, so {@code open} returns without waiting for them (a short text detected before they are ready waits).
 * It owns what it opened and closes it; safe to close twice. It installs or downloads nothing.
 */
public final class StandardPipeline implements AutoCloseable {

    private final NewsDigest digest;
    private final List<AutoCloseable> resources;
    private final Optional<LiveModels> installed;
    private final Optional<ChatModelServer> chat;
    private final List<String> languageProblems;

    private StandardPipeline(NewsDigest digest, List<AutoCloseable> resources, Optional<LiveModels> installed,
                             Optional<ChatModelServer> chat, List<String> languageProblems) {
        this.digest = digest;
        this.resources = resources;
        this.installed = installed;
        this.chat = chat;
        this.languageProblems = List.copyOf(languageProblems);
    }

    /**
     * Loads the default components without any installed models (no translation, extractive summaries only).
     *
     * @param languages the languages articles may be written in (ISO 639-1)
     */
    public static StandardPipeline open(Set<String> languages) {
        return open(languages, Optional.empty(), EngineOptions.defaults());
    }

    /**
     * Loads the default components and every usable model of the store: translators, a summarization model, and
     * translated figure labels. A model whose files fail verification or loading is left out and named in
     * {@link #problems()}; the pipeline still works without it.
     */
    public static StandardPipeline open(Set<String> languages, Optional<ModelStore> models, EngineOptions engine) {
        return open(languages, models, engine, Optional.empty(), ModelEvents.NONE);
    }

    /**
     * As {@link #open(Set, Optional, EngineOptions)}, and with the newsroom's chat model when {@code chat} is given
     * (nothing is sent to it until a request needs it).
     *
     * @param events where model events go (metrics)
     */
    public static StandardPipeline open(Set<String> languages, Optional<ModelStore> models, EngineOptions engine,
                                        Optional<ChatSettings> chat, ModelEvents events) {
        List<AutoCloseable> opened = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            LanguageDetection language = languageDetection(models, problems, opened);
            TermAnalyzer terms = new TermAnalyzer();
            opened.add(terms);
            KeyFigureExtractor figures = new RuleBasedFigureExtractor();
            Summarizer extractive = new LeadCentralitySummarizer(SummaryWeights.defaults(), terms);
            Optional<LiveModels> installed = models.map(store -> LiveModels.open(store, engine, extractive, figures));
            installed.ifPresent(opened::add);
            Optional<ChatModelServer> server = chat.map(LangChainModelServer::new);
            server.ifPresent(opened::add);
            ModelSource source = installed.<ModelSource>map(live -> live).orElseGet(() -> ModelSource.fixed(
                    new ModelComponents(TranslatorProvider.none(), Optional.empty(), new LocaleFigureRenderer(),
                            List.of())));
            NewsDigest digest = NewsDigest.builder()
                    .cleaner(new WebArticleCleaner())
                    .detector(language.texts())
                    .sentenceDetector(language.sentences())
                    .splitter(new RuleSentenceSplitter())
                    .figures(figures)
                    .extractive(extractive)
                    .models(source)
                    .chat(server.orElse(null))
                    .events(events)
                    .languages(new LinkedHashSet<>(languages))
                    .build();
            // Closed in reverse: the chat client and the models before the analyzers they never use.
            java.util.Collections.reverse(opened);
            return new StandardPipeline(digest, opened, installed, server, problems);
        } catch (RuntimeException | Error e) {
            closeAll(opened, e);
            throw e;
        }
    }

    /**
     * @return why models are left out now (tampered files, unloadable models, an installed language model that
     *     failed its checksum); empty when none is
     */
    public List<String> problems() {
        List<String> all = new ArrayList<>(languageProblems);
        installed.ifPresent(live -> all.addAll(live.problems()));
        return List.copyOf(all);
    }

    /** The detector for whole texts and the one for the sentences of mixed texts. */
    private record LanguageDetection(LanguageDetector texts, LanguageDetector sentences) {
    }

    /**
     * Lingua starts building on its own thread first, so that its seconds overlap with everything else; the ONNX
     * model decides alone for sentences, whose languages only matter for mixed texts.
     */
    private static LanguageDetection languageDetection(Optional<ModelStore> models, List<String> problems,
                                                       List<AutoCloseable> opened) {
        BackgroundLanguageDetector<LinguaLanguageDetector> lingua = BackgroundLanguageDetector.start(
                "lingua-loader", () -> LinguaLanguageDetector.builder().build());
        opened.add(lingua);
        FastTextLanguageDetector fastText;
        try (BundledModels bundled = BundledModels.open()) {
            fastText = FastTextLanguageDetector.builder().open(languageModel(models, bundled, problems));
        }
        opened.add(fastText);
        return new LanguageDetection(CascadeLanguageDetector.withDefaults(fastText, lingua), fastText);
    }

    /** An installed copy of the language model when there is a good one, else the bundled one. */
    private static InstalledModel languageModel(Optional<ModelStore> models, BundledModels bundled,
                                                List<String> problems) {
        String id = BundledModels.LANGUAGE_ID;
        if (models.isPresent() && models.get().find(id).isPresent()) {
            try {
                return models.get().requireVerified(id);
            } catch (ModelVerificationException e) {
                problems.add("The installed language model is not used, the bundled one is: " + e.getMessage());
            }
        }
        return bundled.store().requireVerified(id);
    }

    /** @return the installed models, when the pipeline was opened with a store; reload them through it */
    public Optional<LiveModels> installedModels() {
        return installed;
    }

    /** @return the chat model client, when one is configured */
    public Optional<ChatModelServer> chatModel() {
        return chat;
    }

    public NewsDigest digest() {
        return digest;
    }

    @Override
    public synchronized void close() {
        RuntimeException failure = new IllegalStateException("closing the pipeline failed");
        closeAll(resources, failure);
        resources.clear();
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void closeAll(List<AutoCloseable> opened, Throwable failure) {
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
