package io.newsdigest.nlp;

import io.newsdigest.nlp.figures.FigureRenderer;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.language.LanguageDetector;
import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.language.SentenceLanguages;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryResult;
import io.newsdigest.nlp.summarize.SummarySentence;
import io.newsdigest.nlp.text.ArticleCleaner;
import io.newsdigest.nlp.text.CleanArticle;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.SentenceSplitter;
import io.newsdigest.nlp.translate.FigureGuard;
import io.newsdigest.nlp.translate.GuardedSentence;
import io.newsdigest.nlp.translate.Translator;
import io.newsdigest.nlp.translate.TranslatorProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The common case in one call: {@code newsDigest.digest(Article.ofText(text), DigestOptions.defaults())}.
 *
 * <p>Thread-safe once built. It owns nothing it was given: whoever built the components closes them.
 * It does not download anything; without translation or summarization models it still answers, with warnings.
 */
public final class NewsDigest {

    private final ArticleCleaner cleaner;
    private final LanguageDetector detector;
    private final LanguageDetector sentenceDetector;
    private final SentenceSplitter splitter;
    private final KeyFigureExtractor figures;
    private final FigureRenderer renderer;
    private final Summarizer extractive;
    private final Optional<Summarizer> abstractive;
    private final TranslatorProvider translators;
    private final Set<String> languages;

    private NewsDigest(Builder builder) {
        this.cleaner = Objects.requireNonNull(builder.cleaner, "cleaner");
        this.detector = Objects.requireNonNull(builder.detector, "detector");
        this.sentenceDetector = builder.sentenceDetector == null ? detector : builder.sentenceDetector;
        this.splitter = Objects.requireNonNull(builder.splitter, "splitter");
        this.figures = Objects.requireNonNull(builder.figures, "figures");
        this.renderer = Objects.requireNonNull(builder.renderer, "renderer");
        this.extractive = Objects.requireNonNull(builder.extractive, "extractive");
        this.abstractive = builder.abstractive;
        this.translators = builder.translators;
        this.languages = Set.copyOf(builder.languages);
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

    public TranslatorProvider translators() {
        return translators;
    }

    /**
     * Digests one article.
     *
     * @throws InvalidArticleException when the article has no text or asks for an unsupported language
     */
    public Digest digest(Article article, DigestOptions options) {
        Stopwatch clock = new Stopwatch();
        List<String> warnings = new ArrayList<>();
        List<String> models = new ArrayList<>();

        options.targetLanguage().map(NewsDigest::normalize).ifPresent(this::requireTarget);
        CleanArticle clean = clean(article);
        clock.lap("clean");
        LanguageGuess language = language(article, clean.text());
        String lang = analysisLanguage(language, warnings);
        clock.lap("language");
        List<Sentence> sentences = splitter.split(clean.text(), lang);
        clock.lap("sentences");
        List<KeyFigure> found = figures.extract(clean.text(), sentences, lang, clean.title());
        clock.lap("figures");
        SummaryResult summary = summarize(new SummaryInput(clean.text(), sentences, lang, clean.title(), found),
                options, warnings, models);
        clock.lap("summarize");
        String target = options.targetLanguage().map(NewsDigest::normalize).orElse(lang);
        DigestSummary digestSummary = translateSummary(summary, lang, target, warnings, models);
        clock.lap("translate");
        List<Digest.RenderedFigure> keyFigures = keyFigures(found, options.maxFigures(), target);
        clock.lap("render");
        return new Digest(language, clean.title(), clean.source(),
                options.includeText() ? Optional.of(clean.text()) : Optional.empty(),
                digestSummary, keyFigures, warnings, models, clock.timings());
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
        List<String> warnings = new ArrayList<>();
        String lang = language.map(NewsDigest::normalize)
                .map(code -> requireSource(code, "language"))
                .orElseGet(() -> analysisLanguage(detector.detect(text), warnings));
        String target = targetLanguage.map(NewsDigest::normalize).orElse(lang);
        requireTarget(target);
        List<Sentence> sentences = splitter.split(text, lang);
        List<Digest.RenderedFigure> rendered = figures.extract(text, sentences, lang, Optional.empty()).stream()
                .map(figure -> new Digest.RenderedFigure(figure, renderer.render(figure, target)))
                .toList();
        return new FigureReport(lang, rendered, warnings);
    }

    /**
     * Translates a text sentence by sentence, keeping its paragraphs.
     *
     * @param source the text's language; detected when empty
     * @throws ModelNotInstalledException when no model translates the pair
     */
    public Translation translate(String text, Optional<String> source, String target) {
        String from = source.map(NewsDigest::normalize).map(code -> requireSource(code, "source"))
                .orElseGet(() -> analysisLanguage(detector.detect(text), new ArrayList<>()));
        String to = normalize(target);
        if (from.equals(to)) {
            return new Translation(from, to, text, "none", List.of("The text is already in '" + to + "'."));
        }
        Translator translator = translators.find(from, to).orElseThrow(() -> new ModelNotInstalledException(
                "No " + from + "→" + to + " translation model is installed. Install one with: newsdigest models pull "
                        + translators.suggestModel(from, to), translators.suggestModel(from, to)));
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            List<String> sentences = splitter.split(paragraph, from).stream().map(Sentence::text).toList();
            if (sentences.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(String.join(" ", translator.translate(sentences)));
        }
        return new Translation(from, to, out.toString(), translator.modelId(), List.of());
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

    private void requireTarget(String target) {
        if (!languages.contains(target) && !translatesInto(target)) {
            throw new UnsupportedLanguageException("targetLanguage", target, sorted(languages));
        }
    }

    private boolean translatesInto(String target) {
        return languages.stream().anyMatch(source -> translators.find(source, target).isPresent());
    }

    private SummaryResult summarize(SummaryInput input, DigestOptions options, List<String> warnings,
                                    List<String> models) {
        SummaryOptions length = new SummaryOptions(options.maxSentences(), options.maxCharacters());
        if (options.mode() == SummaryMode.EXTRACTIVE || (options.mode() == SummaryMode.AUTO && abstractive.isEmpty())) {
            return extractive.summarize(input, length);
        }
        if (abstractive.isEmpty()) {
            throw new InvalidArticleException("mode", "mode 'abstractive' needs a summarization model and none is"
                    + " installed. Install one with: newsdigest models pull distilbart-cnn-12-6, or use mode 'extractive'.");
        }
        SummaryResult result = abstractive.get().summarize(input, length);
        if (!result.modelId().isEmpty()) {
            models.add(result.modelId());
        }
        if ("extractive".equals(result.method())) {
            warnings.add("The summarization model could not summarize this article; the summary is extractive.");
        }
        return result;
    }

    private DigestSummary translateSummary(SummaryResult summary, String source, String target,
                                           List<String> warnings, List<String> models) {
        List<String> sourceTexts = summary.sentences().stream().map(SummarySentence::text).toList();
        if (source.equals(target)) {
            return new DigestSummary(source, summary.sentences(), sourceTexts, summary.method(), false);
        }
        Optional<Translator> translator = translators.find(source, target);
        if (translator.isEmpty()) {
            warnings.add("No " + source + "→" + target + " translation model is installed; the summary is in '"
                    + source + "'. Install one with: newsdigest models pull " + translators.suggestModel(source, target));
            return new DigestSummary(source, summary.sentences(), sourceTexts, summary.method(), false);
        }
        // Every translated sentence goes through the figure guard: misstated figures are repaired or flagged.
        List<GuardedSentence> translated = new FigureGuard(figures, renderer).translate(translator.get(), sourceTexts);
        models.add(translator.get().modelId());
        List<SummarySentence> sentences = new ArrayList<>();
        for (int i = 0; i < summary.sentences().size(); i++) {
            SummarySentence original = summary.sentences().get(i);
            GuardedSentence guarded = translated.get(i);
            sentences.add(new SummarySentence(guarded.text(), original.sourceIndex(), original.start(),
                    original.end(), original.verified() && guarded.verified()));
            for (String note : guarded.notes()) {
                warnings.add("Summary sentence " + (i + 1) + ": " + note);
            }
        }
        return new DigestSummary(target, sentences, sourceTexts, summary.method(), true);
    }

    private List<Digest.RenderedFigure> keyFigures(List<KeyFigure> found, int max, String target) {
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
