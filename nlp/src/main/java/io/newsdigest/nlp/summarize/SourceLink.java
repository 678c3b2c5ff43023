package io.newsdigest.nlp.summarize;

/**
 * A source sentence a summary sentence rests on.
 *
 * @param index position of the sentence in the article, from 0
 * @param start offset of its first character in the analyzed text
 * @param end   offset after its last character
 */
public record SourceLink(int index, int start, int end) {
    public SourceLink {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("invalid source link: index=" + index + " start=" + start + " end=" + end);
        }
    }
}
