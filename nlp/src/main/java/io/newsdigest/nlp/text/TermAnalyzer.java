package io.newsdigest.nlp.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into index terms for term statistics, one Lucene chain per language: German lower-cases, drops
 * stopwords, folds umlauts and ß ({@code GermanNormalizationFilter}) and stems lightly; English drops possessive
 * "'s", lower-cases, drops stopwords and applies the Porter stemmer; any other language is only tokenized and
 * lower-cased.
 *
 * <p>Thread-safe (Lucene analyzers keep per-thread token streams). The owner closes it; using it after
 * {@link #close()} fails. It does not split sentences and does not detect the language.
 */
public final class TermAnalyzer implements AutoCloseable {

    private final Analyzer german = chain(TermAnalyzer::german);
    private final Analyzer english = chain(TermAnalyzer::english);
    private final Analyzer plain = chain(stream -> new LowerCaseFilter(stream));

    /**
     * @param text any text; {@code null} or blank gives no terms
     * @param language ISO 639-1 code ({@code de}, {@code en}; anything else is analysed language-neutrally)
     * @return the terms in order of appearance, with repetitions
     */
    public List<String> terms(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Analyzer analyzer = switch (language == null ? "" : language.toLowerCase(Locale.ROOT)) {
            case "de" -> german;
            case "en" -> english;
            default -> plain;
        };
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return List.copyOf(terms);
    }

    @Override
    public void close() {
        german.close();
        english.close();
        plain.close();
    }

    private static TokenStream german(TokenStream tokens) {
        TokenStream stream = new LowerCaseFilter(tokens);
        stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
        stream = new GermanNormalizationFilter(stream);
        return new GermanLightStemFilter(stream);
    }

    private static TokenStream english(TokenStream tokens) {
        TokenStream stream = new EnglishPossessiveFilter(tokens);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(stream);
    }

    private static Analyzer chain(java.util.function.UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }
        };
    }
}
