package io.newsdigest.nlp.summarize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Content terms of a sentence from Lucene's language analyzers: stop words removed, lower-cased and stemmed
 * (German light stemmer with umlaut folding, English Porter); other languages are only tokenized and lower-cased.
 *
 * <p>Thread-safe: Lucene analyzers keep one reusable token stream per thread. The analyzers hold no native
 * resources, so nothing needs closing.
 */
final class LuceneTerms implements SentenceTerms {

    private final Analyzer german = new GermanAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer other = new StandardAnalyzer(CharArraySet.EMPTY_SET);

    @Override
    public List<String> terms(String sentence, String language) {
        Analyzer analyzer = switch (language) {
            case "de" -> german;
            case "en" -> english;
            default -> other;
        };
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", sentence)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Reading from a String cannot fail; keep the signature honest anyway.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
