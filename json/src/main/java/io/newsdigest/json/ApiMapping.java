package io.newsdigest.json;

import io.newsdigest.api.model.FigureEquivalent;
import io.newsdigest.api.model.SourceLink;
import io.newsdigest.api.model.SummaryEngine;
import io.newsdigest.api.model.TranslationMethod;
import io.newsdigest.api.model.FigureKind;
import io.newsdigest.api.model.FigureType;
import io.newsdigest.api.model.FigureMention;
import io.newsdigest.api.model.Qualifier;
import io.newsdigest.api.model.SummaryMethod;
import io.newsdigest.api.model.KeyFigure;
import io.newsdigest.api.model.LanguageCandidate;
import io.newsdigest.api.model.LanguageInfo;
import io.newsdigest.api.model.SummarizeRequest;
import io.newsdigest.api.model.SummarizeResponse;
import io.newsdigest.api.model.Summary;
import io.newsdigest.api.model.SummarySentence;
import io.newsdigest.nlp.Article;
import io.newsdigest.nlp.Digest;
import io.newsdigest.nlp.DigestOptions;
import io.newsdigest.nlp.DigestSummary;
import io.newsdigest.nlp.EnginePreference;
import io.newsdigest.nlp.SummaryMode;
import io.newsdigest.nlp.figures.FigureLabel;
import io.newsdigest.nlp.language.LanguageGuess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.newsdigest.nlp.InvalidArticleException;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps between the generated API models and the nlp records, at the edge: API models never travel into nlp.
 */
public final class ApiMapping {

    private final int defaultMaxFigures;

    public ApiMapping(int defaultMaxFigures) {
        this.defaultMaxFigures = defaultMaxFigures;
    }

    /** The article of a summarize request, checked. */
    public Article article(SummarizeRequest request) {
        Optional<String> text = RequestChecks.optionalText(request.getText());
        Optional<String> html = RequestChecks.optionalText(request.getHtml());
        if (text.isEmpty() && html.isEmpty()) {
            String detail = request.getText() == null && request.getHtml() == null
                    ? "text or html is required" : "text must not be blank";
            throw new InvalidArticleException("text", detail);
        }
        return new Article(text, html, RequestChecks.optionalText(request.getTitle()),
                RequestChecks.languageCode(request.getLanguage(), "language"));
    }

    /** The options of a summarize request, checked. */
    public DigestOptions options(SummarizeRequest request) {
        int maxSentences = RequestChecks.intInRange(request.getMaxSentences(), "maxSentences", 1, 50, 3);
        int maxFigures = RequestChecks.intInRange(request.getMaxFigures(), "maxFigures", 0, 100, defaultMaxFigures);
        OptionalInt maxCharacters = request.getMaxCharacters() == null ? OptionalInt.empty()
                : OptionalInt.of(RequestChecks.intInRange(request.getMaxCharacters(), "maxCharacters", 40,
                1_000_000, 0));
        SummaryMode mode = request.getMode() == null ? SummaryMode.AUTO
                : SummaryMode.valueOf(request.getMode().getValue().toUpperCase(Locale.ROOT));
        return new DigestOptions(RequestChecks.languageCode(request.getTargetLanguage(), "targetLanguage"),
                maxSentences, maxCharacters, maxFigures, mode, Boolean.TRUE.equals(request.getIncludeText()),
                engine(request.getEngine()));
    }

    /** The engine preference of a request; {@code auto} when absent. */
    public static EnginePreference engine(io.newsdigest.api.model.EnginePreference engine) {
        return engine == null ? EnginePreference.AUTO
                : EnginePreference.valueOf(engine.getValue().toUpperCase(Locale.ROOT));
    }

    public SummarizeResponse response(Optional<String> id, Digest digest) {
        SummarizeResponse response = new SummarizeResponse();
        id.ifPresent(response::setId);
        digest.title().ifPresent(response::setTitle);
        digest.source().ifPresent(response::setSource);
        digest.text().ifPresent(response::setText);
        response.setLanguage(language(digest.language()));
        response.setSummary(summary(digest.summary()));
        response.setKeyFigures(digest.keyFigures().stream().map(ApiMapping::figure).toList());
        response.setWarnings(digest.warnings());
        response.setModels(digest.models());
        response.setTimingsMs(digest.timingsMs().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> round(e.getValue()),
                        (a, b) -> a, java.util.LinkedHashMap::new)));
        return response;
    }

    public static LanguageInfo language(LanguageGuess guess) {
        LanguageInfo info = new LanguageInfo();
        info.setCode(guess.code());
        info.setConfidence(round(guess.confidence()));
        if (!guess.detector().isEmpty()) {
            info.setDetector(guess.detector());
        }
        return info;
    }

    public static List<LanguageCandidate> candidates(LanguageGuess guess) {
        return guess.candidates().stream().map(score -> {
            LanguageCandidate candidate = new LanguageCandidate();
            candidate.setLanguage(score.code());
            candidate.setConfidence(round(score.confidence()));
            return candidate;
        }).toList();
    }

    public static Summary summary(DigestSummary digestSummary) {
        Summary summary = new Summary();
        summary.setLanguage(digestSummary.language());
        summary.setText(digestSummary.text());
        summary.setMethod(SummaryMethod.fromValue(digestSummary.method()));
        summary.setTranslated(digestSummary.translated());
        summary.setEngine(SummaryEngine.fromValue(digestSummary.engine()));
        digestSummary.translatedBy().map(TranslationMethod::fromValue).ifPresent(summary::setTranslatedBy);
        summary.setGuardReplaced(digestSummary.guardReplaced());
        // A model wrote or translated the sentences: each says whether its figures were matched to the source.
        boolean modelMade = digestSummary.translated() || !"extractive".equals(digestSummary.engine());
        List<SummarySentence> sentences = new ArrayList<>();
        for (int i = 0; i < digestSummary.sentences().size(); i++) {
            io.newsdigest.nlp.summarize.SummarySentence source = digestSummary.sentences().get(i);
            SummarySentence sentence = new SummarySentence();
            sentence.setText(source.text());
            sentence.setStart(source.start());
            sentence.setEnd(source.end());
            sentence.setSourceIndex(source.sourceIndex());
            sentence.setSources(source.sources().stream().map(ApiMapping::link).toList());
            if (digestSummary.translatedBy().isPresent()) {
                sentence.setSourceText(digestSummary.sourceTexts().get(i));
            }
            if (modelMade) {
                sentence.setVerified(source.verified());
            }
            if (source.replaced()) {
                sentence.setReplaced(true);
            }
            source.language().ifPresent(sentence::setLanguage);
            sentences.add(sentence);
        }
        summary.setSentences(sentences);
        return summary;
    }

    private static SourceLink link(io.newsdigest.nlp.summarize.SourceLink source) {
        SourceLink link = new SourceLink();
        link.setIndex(source.index());
        link.setStart(source.start());
        link.setEnd(source.end());
        return link;
    }

    public static KeyFigure figure(Digest.RenderedFigure rendered) {
        io.newsdigest.nlp.figures.KeyFigure source = rendered.figure();
        KeyFigure figure = new KeyFigure();
        figure.setText(source.text());
        figure.setStart(source.start());
        figure.setEnd(source.end());
        figure.setSentenceIndex(source.sentenceIndex());
        figure.setKind(FigureKind.fromValue(source.kind().wireName()));
        figure.setType(FigureType.fromValue(source.type().wireName()));
        figure.setValue(source.value());
        source.valueTo().ifPresent(figure::setValueTo);
        source.unit().ifPresent(figure::setUnit);
        source.currency().ifPresent(figure::setCurrency);
        source.date().ifPresent(figure::setDate);
        figure.setQualifier(Qualifier.fromValue(source.qualifier().wireName()));
        figure.setEstimated(source.estimated());
        source.label().map(FigureLabel::text).ifPresent(figure::setLabel);
        source.label().map(FigureLabel::lemma).filter(s -> !s.isEmpty()).ifPresent(figure::setLemma);
        source.label().map(FigureLabel::language).ifPresent(figure::setLabelLanguage);
        figure.setRendered(rendered.rendered());
        source.equivalent().map(ApiMapping::equivalent).ifPresent(figure::setEquivalent);
        figure.setMentions(source.mentions().isEmpty() ? null
                : source.mentions().stream().map(ApiMapping::mention).toList());
        figure.setSalience(round(source.salience()));
        return figure;
    }

    private static FigureEquivalent equivalent(io.newsdigest.nlp.figures.FigureEquivalent source) {
        FigureEquivalent equivalent = new FigureEquivalent();
        equivalent.setText(source.text());
        equivalent.setStart(source.start());
        equivalent.setEnd(source.end());
        equivalent.setValue(source.value());
        source.currency().ifPresent(equivalent::setCurrency);
        source.unit().ifPresent(equivalent::setUnit);
        return equivalent;
    }

    private static FigureMention mention(io.newsdigest.nlp.figures.FigureMention source) {
        FigureMention mention = new FigureMention();
        mention.setText(source.text());
        mention.setStart(source.start());
        mention.setEnd(source.end());
        mention.setSentenceIndex(source.sentenceIndex());
        return mention;
    }

    public static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
