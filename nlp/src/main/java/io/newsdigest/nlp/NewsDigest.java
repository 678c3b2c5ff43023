package io.newsdigest.nlp;

import io.newsdigest.nlp.chat.ChatModelServer;
import io.newsdigest.nlp.figures.FigureRenderer;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.installed.ModelComponents;
import io.newsdigest.nlp.installed.ModelSource;
import io.newsdigest.nlp.language.LanguageDetector;
import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.language.SentenceLanguages;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.text.ArticleCleaner;
import io.newsdigest.nlp.text.CleanArticle;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.SentenceSplitter;
import io.newsdigest.nlp.translate.TranslatorProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The common case in one call: {@code newsDigest.digest(Article.ofText(text), DigestOptions.defaults())}.
 *
 * <p>Thread-safe once built. It owns nothing it was given: whoever built the components closes them. Each call
 * leases the installed models from its {@link ModelSource} for its whole duration, so a reload never changes
 * models under a call. It does not download anything; without translation or summarization models it still
 * answers, with warnings. With a chat model configured, the article's sentences are sent to that server when the
 * request's engine preference and the installed models choose it (see {@link EnginePreference}).
 */
public final class NewsDigest {

    private final ArticleCleaner cleaner;
    private final LanguageDetector detector;
    private final LanguageDetector sentenceDetector;
    private final SentenceSplitter splitter;
    private final KeyFigureExtractor figures;
    private final ModelSource models;
    private final Optional<ChatModelServer> chat;
    private final ModelEvents events;
    private final Set<String> languages;
    private final SummaryComposer summaries;
    private final GuardedTranslations translations;

    private NewsDigest(Builder builder) {
        this.cleaner = Objects.requireNonNull(builder.cleaner, "cleaner");
        this.detector = Objects.requireNonNull(builder.detector, "detector");
        this.sentenceDetector = builder.sentenceDetector == null ? detector : builder.sentenceDetector;
        this.splitter = Objects.requireNonNull(builder.splitter, "splitter");
        this.figures = Objects.requireNonNull(builder.figures, "figures");
        Summarizer extractive = Objects.requireNonNull(builder.extractive, "extractive");
        this.models = builder.models != null ? builder.models : ModelSource.fixed(new ModelComponents(
                builder.translators, builder.abstractive, Objects.requireNonNull(builder.renderer, "renderer"),
                List.of()));
        this.chat = builder.chat;
        this.events = builder.events;
        this.languages = Set.copyOf(builder.languages);
        this.translations = new GuardedTranslations(figures, events);
        this.summaries = new SummaryComposer(extractive, translations, new WrittenSummary(figures, events), events);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return the languages articles may be written in */
    public Set<String> languages() {
        return languages;
    }

    public LanguageDetector languageDetector() {
        return detector;
    }

    public SentenceSplitter sentenceSplitter() {
        return splitter;
    }

    /** @return the chat model the pipeline may ask, when one is configured */
    public Optional<ChatModelServer> chatModel() {
        return chat;
    }

    /**
     * Digests one article.
     *
     * @throws InvalidArticleException when the article has no text or asks for an unsupported language
     * @throws ModelNotInstalledException when the request insists on a chat model and none is configured
     */
    public Digest digest(Article article, DigestOptions options) {
        Stopwatch clock = new Stopwatch();
        List<String> warnings = new ArrayList<>();
        List<String> used = new ArrayList<>();
        requireChatIfInsisted(options.engine());
        try (ModelSource.Lease lease = models.acquire()) {
            ModelComponents parts = lease.components();
            options.targetLanguage().map(NewsDigest::normalize).ifPresent(target -> requireTarget(target, parts));
            CleanArticle clean = clean(article);
            clock.lap("clean");
            LanguageGuess language = language(article, clean.text());
            String lang = analysisLanguage(language, warnings);
            clock.lap("language");
            List<Sentence> sentences = splitter.split(clean.text(), lang);
            clock.lap("sentences");
            List<KeyFigure> found = figures.extract(clean.text(), sentences, lang, clean.title());
            clock.lap("figures");
            String target = options.targetLanguage().map(NewsDigest::normalize).orElse(lang);
            DigestSummary summary = summaries.compose(new SummaryInput(clean.text(), sentences, lang, clean.title(),
                    found), options, target, parts, new ChatAvailability(chat, options.engine(), events), warnings,
                    used, clock);
            List<Digest.RenderedFigure> keyFigures = keyFigures(found, options.maxFigures(), target, parts.renderer());
            clock.lap("render");
            return new Digest(language, clean.title(), clean.source(),
                    options.includeText() ? Optional.of(clean.text()) : Optional.empty(),
                    summary, keyFigures, warnings, List.copyOf(new LinkedHashSet<>(used)), clock.timings());
        }
    }

    /** Detects the language of a text. */
    public LanguageGuess detect(String text) {
        return detector.detect(text);
    }

    /**
     * Detects the language of a text and, when its sentences are in more than one language, each sentence's:
     * the answer is then the dominant language by share of letters.
     */
    public LanguageReport detectWithSentences(String text) {
        LanguageGuess whole = detector.detect(text);
        String splitLanguage = whole.isDetermined() ? whole.code() : "en";
        List<Sentence> sentences = splitter.split(text, splitLanguage);
        if (sentences.size() < 2) {
            return new LanguageReport(whole, List.of());
        }
        SentenceLanguages bySentence = SentenceLanguages.of(sentenceDetector, text, sentences);
        return bySentence.isMixed()
                ? new LanguageReport(bySentence.dominant(), bySentence.sentences())
                : new LanguageReport(whole, List.of());
    }

    /**
     * Extracts every figure of a text, in order of appearance.
     *
     * @param language the text's language; detected when empty
     */
    public FigureReport figures(String text, Optional<String> language, Optional<String> targetLanguage) {
        return figures(text, language, targetLanguage, false);
    }

    /**
     * Extracts every figure of a text, in order of appearance; with {@code everyNumber}, also the numbers that are
     * never key figures (times of day, ordinals, scores, codes), each with its type.
     *
     * @param language the text's language; detected when empty
     */
    public FigureReport figures(String text, Optional<String> language, Optional<String> targetLanguage,
                                boolean everyNumber) {
        List<String> warnings = new ArrayList<>();
        String lang = language.map(NewsDigest::normalize)
                .map(code -> requireSource(code, "language"))
                .orElseGet(() -> analysisLanguage(detector.detect(text), warnings));
        try (ModelSource.Lease lease = models.acquire()) {
            FigureRenderer renderer = lease.components().renderer();
            String target = targetLanguage.map(NewsDigest::normalize).orElse(lang);
            requireTarget(target, lease.components());
            List<Sentence> sentences = splitter.split(text, lang);
            List<KeyFigure> read = everyNumber ? figures.numbers(text, sentences, lang)
                    : figures.extract(text, sentences, lang, Optional.empty());
            List<Digest.RenderedFigure> rendered = read.stream()
                    .map(figure -> new Digest.RenderedFigure(figure, renderer.render(figure, target)))
                    .toList();
            return new FigureReport(lang, rendered, warnings);
        }
    }

    /**
     * Translates a text sentence by sentence, keeping its paragraphs, with the automatic engine choice.
     *
     * @param source the text's language; detected when empty
     * @throws ModelNotInstalledException when no model translates the pair
     */
    public Translation translate(String text, Optional<String> source, String target) {
        return translate(text, source, target, EnginePreference.AUTO);
    }

    /**
     * Translates a text sentence by sentence, keeping its paragraphs; every translated sentence is held to the
     * figure guard. A chat model that fails leaves the text untranslated with a warning naming the cause.
     *
     * @param source the text's language; detected when empty
     * @throws ModelNotInstalledException when nothing can translate the pair (no local model, no chat model)
     */
    public Translation translate(String text, Optional<String> source, String target, EnginePreference engine) {
        String from = source.map(NewsDigest::normalize).map(code -> requireSource(code, "source"))
                .orElseGet(() -> analysisLanguage(detector.detect(text), new ArrayList<>()));
        String to = normalize(target);
        if (from.equals(to)) {
            return new Translation(from, to, text, "none", List.of("The text is already in '" + to + "'."));
        }
        requireChatIfInsisted(engine);
        try (ModelSource.Lease lease = models.acquire()) {
            ModelComponents parts = lease.components();
            TranslatorProvider local = parts.translators();
            ChatAvailability availability = new ChatAvailability(chat, engine, events);
            if (local.find(from, to).isEmpty() && availability.usable().isEmpty()) {
                throw new ModelNotInstalledException("No " + from + "→" + to + " translation model is installed."
                        + " Install one with: newsdigest models pull " + local.suggestModel(from, to)
                        + (chat.isPresent() ? "" : ", or configure a chat model (docs/llm.md)"),
                        local.suggestModel(from, to));
            }
            return new TextTranslation(splitter, translations).translate(text, from, to, parts, availability);
        }
    }

    private void requireChatIfInsisted(EnginePreference engine) {
        if (engine == EnginePreference.LLM && chat.isEmpty()) {
            throw new ModelNotInstalledException("engine 'llm' needs a chat model and none is configured: set"
                    + " newsdigest.llm.provider, base-url and model (docs/llm.md), or use engine 'auto'.", "");
        }
    }

    private CleanArticle clean(Article article) {
        Optional<String> html = article.html().filter(s -> !s.isBlank());
        Optional<String> text = article.text().filter(s -> !s.isBlank());
        if (html.isEmpty() && text.isEmpty()) {
            throw new InvalidArticleException("text", "text or html is required and must not be blank");
        }
        CleanArticle clean = html.isPresent()
                ? cleaner.fromHtml(html.get(), article.title())
                : cleaner.fromText(text.get(), article.title());
        if (clean.text().isBlank()) {
            throw new InvalidArticleException(html.isPresent() ? "html" : "text",
                    "no article text is left after removing page furniture");
        }
        return clean;
    }

    private LanguageGuess language(Article article, String text) {
        if (article.language().isPresent()) {
            String code = requireSource(normalize(article.language().get()), "language");
            return new LanguageGuess(code, 1.0, List.of(), LanguageGuess.GIVEN);
        }
        return detector.detect(text);
    }

    /** The language to analyse in: the detected one, which must be supported, or the best supported guess. */
    private String analysisLanguage(LanguageGuess guess, List<String> warnings) {
        if (guess.isDetermined()) {
            return requireSource(guess.code(), "text");
        }
        String fallback = guess.candidates().stream()
                .map(candidate -> candidate.code())
                .filter(languages::contains)
                .findFirst()
                .orElse(languages.contains("en") ? "en" : languages.iterator().next());
        warnings.add("The language of the text could not be determined with confidence; it was analysed as '"
                + fallback + "'. Pass \"language\" to set it.");
        return fallback;
    }

    private String requireSource(String code, String field) {
        if (!languages.contains(code)) {
            throw new UnsupportedLanguageException(field, code, sorted(languages));
        }
        return code;
    }

    /** A target must be an article language (the figure guard reads those) or one a local model translates into. */
    private void requireTarget(String target, ModelComponents parts) {
        boolean translatable = languages.stream().anyMatch(source -> parts.translators().find(source, target).isPresent());
        if (!languages.contains(target) && !translatable) {
            throw new UnsupportedLanguageException("targetLanguage", target, sorted(languages));
        }
    }

    private List<Digest.RenderedFigure> keyFigures(List<KeyFigure> found, int max, String target,
                                                  FigureRenderer renderer) {
        return found.stream()
                .sorted(Comparator.comparingDouble(KeyFigure::salience).reversed()
                        .thenComparingInt(KeyFigure::start))
                .limit(max)
                .map(figure -> new Digest.RenderedFigure(figure, renderer.render(figure, target)))
                .toList();
    }

    static String normalize(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }

    /** Assembles a {@link NewsDigest}; every component but the models is required. */
    public static final class Builder {
        private ArticleCleaner cleaner;
        private LanguageDetector detector;
        private LanguageDetector sentenceDetector;
        private SentenceSplitter splitter;
        private KeyFigureExtractor figures;
        private FigureRenderer renderer;
        private Summarizer extractive;
        private Optional<Summarizer> abstractive = Optional.empty();
        private TranslatorProvider translators = TranslatorProvider.none();
        private ModelSource models;
        private Optional<ChatModelServer> chat = Optional.empty();
        private ModelEvents events = ModelEvents.NONE;
        private Set<String> languages = new LinkedHashSet<>(List.of("de", "en"));

        private Builder() {
        }

        public Builder cleaner(ArticleCleaner value) { this.cleaner = value; return this; }
        public Builder detector(LanguageDetector value) { this.detector = value; return this; }

        /** The detector for each sentence of a mixed text (default: {@link #detector}); one call per text. */
        public Builder sentenceDetector(LanguageDetector value) { this.sentenceDetector = value; return this; }
        public Builder splitter(SentenceSplitter value) { this.splitter = value; return this; }
        public Builder figures(KeyFigureExtractor value) { this.figures = value; return this; }
        public Builder renderer(FigureRenderer value) { this.renderer = value; return this; }
        public Builder extractive(Summarizer value) { this.extractive = value; return this; }
        public Builder abstractive(Summarizer value) { this.abstractive = Optional.ofNullable(value); return this; }
        public Builder translators(TranslatorProvider value) { this.translators = Objects.requireNonNull(value); return this; }

        /**
         * Installed models that may change while the pipeline runs (a {@code LiveModels}); when set, it replaces
         * {@link #renderer}, {@link #abstractive} and {@link #translators}.
         */
        public Builder models(ModelSource value) { this.models = Objects.requireNonNull(value); return this; }

        /** The newsroom's chat model; the pipeline does not close it. */
        public Builder chat(ChatModelServer value) { this.chat = Optional.ofNullable(value); return this; }

        /** Where model events go (metrics); nothing by default. */
        public Builder events(ModelEvents value) { this.events = Objects.requireNonNull(value); return this; }

        /** The languages articles may be written in (ISO 639-1); default {@code de, en}. */
        public Builder languages(Set<String> value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("languages must not be empty");
            }
            this.languages = new LinkedHashSet<>(value.stream().map(NewsDigest::normalize).toList());
            return this;
        }

        public NewsDigest build() {
            return new NewsDigest(this);
        }
    }
}
