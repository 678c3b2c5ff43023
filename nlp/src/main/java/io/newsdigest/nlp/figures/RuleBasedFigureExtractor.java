package io.newsdigest.nlp.figures;

import io.newsdigest.nlp.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds key figures with hand-written grammars for German and English: numbers in either language's format and in
 * words (spell-out parsing by ICU), money, percentages and percentage points, quantities, ranges, dates; their
 * qualifiers, the noun they count (lemmatized with Lucene's minimal stemmers), conversions in parentheses and
 * repeated mentions; and a salience score for each.
 *
 * <p>Every number gets a {@link FigureType} from one inventory for both languages ({@link #numbers}); only the
 * types that can be key figures reach {@link #extract}. Times of day, ages, ordinals, scores and codes are read by
 * their own readers before any amount, so that they are never misread as counts.
 *
 * <p>Thread-safe: one instance serves all threads. Holds no resources to close. Reads only the sentences it is
 * given; a sentence whose span does not fit the text is skipped. It does not translate labels (see
 * {@link LocaleFigureRenderer}), does not resolve relative dates ("next Tuesday"), and treats every language other
 * than German with the English grammar.
 */
public final class RuleBasedFigureExtractor implements KeyFigureExtractor {

    private final SentenceFigureReader german;
    private final SentenceFigureReader english;

    /** Builds the grammars once; reuse the instance. */
    public RuleBasedFigureExtractor() {
        this(OneReading.RULES);
    }

    /** @param one what decides whether the word for one counts; evaluations measure alternatives through it */
    RuleBasedFigureExtractor(OneReading one) {
        // Grammar tables and ICU formatters are built here, not per call.
        this.german = new SentenceFigureReader("de", one);
        this.english = new SentenceFigureReader("en", one);
    }

    private static KeyFigure estimated(KeyFigure figure) {
        return figure.date().isPresent() || !figure.type().keyFigure() ? figure : new KeyFigure(figure.text(),
                figure.start(), figure.end(), figure.sentenceIndex(), figure.kind(), figure.value(), figure.valueTo(),
                figure.unit(), figure.currency(), figure.date(), figure.qualifier(), true, figure.label(),
                figure.equivalent(), figure.mentions(), figure.salience(), figure.type());
    }

    @Override
    public List<KeyFigure> extract(String text, List<Sentence> sentences, String language, Optional<String> title) {
        if (text == null || sentences == null || text.isEmpty()) {
            return List.of();
        }
        List<KeyFigure> found = read(text, sentences, language).stream().filter(f -> f.type().keyFigure()).toList();
        List<String> sentenceTexts = sentences.stream().map(Sentence::text).toList();
        return SalienceScorer.score(MentionFolder.fold(found), sentenceTexts,
                title == null ? Optional.empty() : title.filter(t -> !t.isBlank()));
    }

    @Override
    public List<KeyFigure> numbers(String text, List<Sentence> sentences, String language) {
        if (text == null || sentences == null || text.isEmpty()) {
            return List.of();
        }
        return read(text, sentences, language);
    }

    private List<KeyFigure> read(String text, List<Sentence> sentences, String language) {
        SentenceFigureReader reader = "de".equalsIgnoreCase(language == null ? "" : language.strip()) ? german : english;
        List<KeyFigure> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (sentence.end() > text.length()) {
                continue;
            }
            try {
                List<Token> tokens = SentenceTokenizer.tokenize(text, sentence.start(), sentence.end());
                List<KeyFigure> figures = reader.read(text, sentence.index(), tokens);
                if (!figures.isEmpty() && CueWords.estimated(text.substring(sentence.start(), sentence.end()))) {
                    figures = figures.stream().map(RuleBasedFigureExtractor::estimated).toList();
                }
                found.addAll(figures);
            } catch (RuntimeException e) {
                // The contract promises never to throw: a sentence the grammar cannot read yields no figures.
                continue;
            }
        }
        return found;
    }
}
