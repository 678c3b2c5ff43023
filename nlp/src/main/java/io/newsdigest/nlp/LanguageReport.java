package io.newsdigest.nlp;

import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.language.SentenceLanguages;

import java.util.List;

/**
 * The language of a text and, for mixed texts, of each sentence.
 *
 * @param language the text's (dominant) language
 * @param sentences each sentence's language when the text is mixed; empty otherwise
 */
public record LanguageReport(LanguageGuess language, List<SentenceLanguages.SentenceLanguage> sentences) {
    public LanguageReport {
        sentences = List.copyOf(sentences);
    }
}
