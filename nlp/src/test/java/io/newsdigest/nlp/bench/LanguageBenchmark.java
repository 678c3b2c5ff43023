package io.newsdigest.nlp.bench;

import io.newsdigest.models.BundledModels;
import io.newsdigest.nlp.LanguageReport;
import io.newsdigest.nlp.NewsDigest;
import io.newsdigest.nlp.figures.LocaleFigureRenderer;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.language.CascadeLanguageDetector;
import io.newsdigest.nlp.language.FastTextLanguageDetector;
import io.newsdigest.nlp.language.LanguageDetector;
import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.language.LinguaLanguageDetector;
import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.TermAnalyzer;
import io.newsdigest.nlp.text.WebArticleCleaner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Language detection per article and per sentence, the bundled ONNX model beside Lingua, on one thread. The
 * articles are the German one of {@link FigureExtractionBenchmark} and the English one of
 * {@link SummarizerBenchmark} (about 600 words each, written for the benchmarks); the sentence is each article's
 * second sentence.
 *
 * <ul>
 *   <li>{@code article*}: one detection of the whole article; {@code articleCascade} is the digest's language step;</li>
 *   <li>{@code detectEndpoint*}: what {@code POST /v1/detect} computes (the text's language, the sentence split
 *       and every sentence's language): now (cascade, sentences in one ONNX run) and with Lingua for everything,
 *       as before the ONNX model;</li>
 *   <li>{@code sentence*}: one sentence; {@code allSentencesOnnx} all the article's sentences in one ONNX run.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageBenchmark {

    @Param({"de", "en"})
    public String language;

    private BundledModels bundled;
    private FastTextLanguageDetector fastText;
    private LinguaLanguageDetector lingua;
    private CascadeLanguageDetector cascade;
    private TermAnalyzer terms;
    private NewsDigest now;
    private NewsDigest linguaOnly;
    private String article;
    private String sentence;
    private List<String> sentences;

    @Setup
    public void setUp() {
        bundled = BundledModels.open();
        fastText = FastTextLanguageDetector.builder().open(bundled.store().requireVerified(BundledModels.LANGUAGE_ID));
        lingua = LinguaLanguageDetector.builder().build();
        cascade = CascadeLanguageDetector.withDefaults(fastText, lingua);
        terms = new TermAnalyzer();
        now = digest(cascade, fastText);
        linguaOnly = digest(lingua, lingua);
        article = "de".equals(language) ? FigureExtractionBenchmark.ARTICLE : SummarizerBenchmark.ARTICLE;
        sentences = new RuleSentenceSplitter().split(article, language).stream().map(Sentence::text).toList();
        sentence = sentences.get(1);
        if (!language.equals(cascade.detect(article).code()) || !language.equals(fastText.detect(sentence).code())) {
            throw new IllegalStateException("the benchmark texts must be detected as " + language);
        }
    }

    private NewsDigest digest(LanguageDetector detector, LanguageDetector sentenceDetector) {
        return NewsDigest.builder().cleaner(new WebArticleCleaner()).detector(detector)
                .sentenceDetector(sentenceDetector).splitter(new RuleSentenceSplitter())
                .figures(new RuleBasedFigureExtractor()).renderer(new LocaleFigureRenderer())
                .extractive(new LeadCentralitySummarizer(SummaryWeights.defaults(), terms))
                .languages(Set.of("de", "en")).build();
    }

    @TearDown
    public void tearDown() {
        terms.close();
        lingua.close();
        fastText.close();
        bundled.close();
    }

    @Benchmark
    public LanguageGuess articleOnnx() {
        return fastText.detect(article);
    }

    @Benchmark
    public LanguageGuess articleLingua() {
        return lingua.detect(article);
    }

    @Benchmark
    public LanguageGuess articleCascade() {
        return cascade.detect(article);
    }

    @Benchmark
    public LanguageReport detectEndpointNow() {
        return now.detectWithSentences(article);
    }

    @Benchmark
    public LanguageReport detectEndpointLinguaOnly() {
        return linguaOnly.detectWithSentences(article);
    }

    @Benchmark
    public LanguageGuess sentenceOnnx() {
        return fastText.detect(sentence);
    }

    @Benchmark
    public LanguageGuess sentenceLingua() {
        return lingua.detect(sentence);
    }

    @Benchmark
    public List<LanguageGuess> allSentencesOnnx() {
        return fastText.detectAll(sentences);
    }
}
