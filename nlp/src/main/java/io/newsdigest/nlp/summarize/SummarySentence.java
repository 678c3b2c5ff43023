package io.newsdigest.nlp.summarize;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence of a summary.
 *
 * @param text the sentence in the summary's language (or in {@code language} when that is given)
 * @param sourceIndex index of the source sentence it comes from (for abstractive output, the first or closest one)
 * @param start span of the source sentence in the analyzed text
 * @param end end of that span (exclusive)
 * @param verified false when a figure in a translated or generated sentence does not match the source
 * @param sources every source sentence the sentence rests on, in article order; {@code sourceIndex} is one of them
 * @param replaced true when the figure guard replaced a written sentence by its source sentence
 * @param language the sentence's language when it differs from the summary's (a replacement left untranslated)
 */
public record SummarySentence(String text, int sourceIndex, int start, int end, boolean verified,
                              List<SourceLink> sources, boolean replaced, Optional<String> language) {

    public SummarySentence {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        Objects.requireNonNull(language, "language");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a summary sentence rests on at least one source sentence");
        }
    }

    /** A sentence resting on one source sentence, as extractive summaries and translations make. */
    public SummarySentence(String text, int sourceIndex, int start, int end, boolean verified) {
        this(text, sourceIndex, start, end, verified, List.of(new SourceLink(sourceIndex, start, end)), false,
                Optional.empty());
    }

    /** @return the same sentence with other text and verification (a translation), same sources */
    public SummarySentence withText(String newText, boolean newVerified) {
        return new SummarySentence(newText, sourceIndex, start, end, newVerified, sources, replaced, language);
    }
}
