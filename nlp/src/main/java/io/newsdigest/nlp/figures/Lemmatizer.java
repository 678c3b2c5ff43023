package io.newsdigest.nlp.figures;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Gives the base form of a counted noun: the glossary's singular when the noun is listed, otherwise Lucene's
 * minimal (plural-only) stemmer for the language. German compounds are reduced to their head first
 * ("Nvidia-KI-Chips" → "Chip"), and German lemmas keep the capital of a noun.
 *
 * <p>Thread-safe: Lucene analyzers keep one token stream per thread. Holds no file or native resource.
 */
final class Lemmatizer {

    private final String language;
    private final Analyzer stemmer;

    Lemmatizer(String language) {
        this.language = "de".equals(language) ? "de" : "en";
        boolean german = "de".equals(this.language);
        this.stemmer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                TokenStream lower = new LowerCaseFilter(source);
                TokenStream stem = german ? new GermanMinimalStemFilter(lower) : new EnglishMinimalStemFilter(lower);
                return new TokenStreamComponents(source, stem);
            }
        };
    }

    /** @param head the last word of the noun phrase, as written */
    String lemma(String head) {
        String word = head.contains("-") ? head.substring(head.lastIndexOf('-') + 1) : head;
        if (word.isEmpty()) {
            return head;
        }
        var listed = Glossary.head(word, language);
        if (listed.isPresent()) {
            String singular = listed.get().entry().singular(language);
            return listed.get().modifier().isEmpty() ? singular
                    : listed.get().modifier() + singular.toLowerCase(Locale.ROOT);
        }
        String stem = stem(word);
        if (!"de".equals(language)) {
            return stem;
        }
        return stem.isEmpty() ? word : stem.substring(0, 1).toUpperCase(Locale.ROOT) + stem.substring(1);
    }

    private String stem(String word) {
        try (TokenStream stream = stemmer.tokenStream("label", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String result = stream.incrementToken() ? term.toString() : word.toLowerCase(Locale.ROOT);
            stream.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("stemming a label failed", e);
        }
    }
}
