package io.newsdigest.service.http;

import io.newsdigest.nlp.NewsDigest;
import io.newsdigest.nlp.figures.FigureKind;
import io.newsdigest.nlp.figures.FigureLabel;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.Qualifier;
import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.language.LanguageScore;
import io.newsdigest.nlp.summarize.SummaryResult;
import io.newsdigest.nlp.summarize.SummarySentence;
import io.newsdigest.nlp.text.CleanArticle;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.translate.Translator;
import io.newsdigest.nlp.translate.TranslatorProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, predictable pipeline for testing the HTTP layer on its own: sentences end at ". ", a text with
 * "der", "die" or "und" is German, every run of digits is a count, the summary is the first sentences, and the
 * translator upper-cases. The real components have their own tests in nlp. Shared by the HTTP and batch tests.
 */
public final class FakePipeline {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private FakePipeline() {
    }

    public static NewsDigest create(boolean withTranslator) {
        return builder(withTranslator).build();
    }

    /** The fake's builder, for tests that swap one component (a slow detector, say). */
    public static NewsDigest.Builder builder(boolean withTranslator) {
        return NewsDigest.builder()
                .cleaner(new io.newsdigest.nlp.text.ArticleCleaner() {
                    @Override
                    public CleanArticle fromText(String text, Optional<String> title) {
                        return new CleanArticle(text.strip(), title, Optional.empty(), Optional.empty());
                    }

                    @Override
                    public CleanArticle fromHtml(String html, Optional<String> title) {
                        return new CleanArticle(html.replaceAll("<[^>]+>", " ").strip(), title, Optional.empty(),
                                Optional.empty());
                    }
                })
                .detector(FakePipeline::detect)
                .splitter(FakePipeline::split)
                .figures((text, sentences, language, title) -> figures(text, sentences))
                .renderer((figure, target) -> target + ":" + (long) figure.value())
                .extractive((input, options) -> new SummaryResult(input.sentences().stream()
                        .limit(options.maxSentences())
                        .map(s -> new SummarySentence(s.text(), s.index(), s.start(), s.end(), true))
                        .toList(), "extractive", ""))
                .translators(withTranslator ? upperCasing() : TranslatorProvider.none());
    }

    public static LanguageGuess detect(CharSequence text) {
        String lower = " " + text.toString().toLowerCase() + " ";
        if (lower.isBlank() || text.length() < 8) {
            return LanguageGuess.undetermined(0.1, List.of());
        }
        boolean german = lower.contains(" der ") || lower.contains(" die ") || lower.contains(" und ");
        return german
                ? new LanguageGuess("de", 0.97, List.of(new LanguageScore("de", 0.97), new LanguageScore("nl", 0.03)))
                : new LanguageGuess("en", 0.95, List.of(new LanguageScore("en", 0.95), new LanguageScore("de", 0.05)));
    }

    public static List<Sentence> split(String text, String language) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int stop = text.indexOf(". ", start);
            int end = stop < 0 ? text.length() : stop + 1;
            sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
            start = stop < 0 ? text.length() : stop + 2;
        }
        return sentences;
    }

    static List<KeyFigure> figures(String text, List<Sentence> sentences) {
        List<KeyFigure> figures = new ArrayList<>();
        Matcher matcher = DIGITS.matcher(text);
        while (matcher.find()) {
            int index = sentences.stream().filter(s -> s.start() <= matcher.start() && matcher.start() < s.end())
                    .findFirst().map(Sentence::index).orElse(0);
            figures.add(new KeyFigure(matcher.group(), matcher.start(), matcher.end(), index, FigureKind.COUNT,
                    Double.parseDouble(matcher.group()), OptionalDouble.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Qualifier.EXACT, false, Optional.of(new FigureLabel("things", "thing", "en")),
                    Optional.empty(), List.of(), 1.0 / (1 + figures.size())));
        }
        return figures;
    }

    private static TranslatorProvider upperCasing() {
        Translator translator = new Translator() {
            @Override
            public String modelId() {
                return "upper-de-en";
            }

            @Override
            public String source() {
                return "de";
            }

            @Override
            public String target() {
                return "en";
            }

            @Override
            public List<String> translate(List<String> sentences) {
                return sentences.stream().map(String::toUpperCase).toList();
            }
        };
        return new TranslatorProvider() {
            @Override
            public Optional<Translator> find(String source, String target) {
                return source.equals("de") && target.equals("en") ? Optional.of(translator) : Optional.empty();
            }

            @Override
            public String suggestModel(String source, String target) {
                return "opus-mt-" + source + "-" + target;
            }
        };
    }
}
