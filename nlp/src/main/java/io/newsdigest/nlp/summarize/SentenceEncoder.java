package io.newsdigest.nlp.summarize;

import java.util.List;

/**
 * Turns sentences into dense vectors whose cosine measures how alike they are in meaning (a sentence encoder such
 * as MiniLM). Implementations are thread-safe; whoever opens the model behind one closes it.
 */
public interface SentenceEncoder {

    /** @return whether the encoder was trained for texts in this ISO 639-1 language */
    boolean supports(String language);

    /** @return one vector per sentence, in order, all of the same length */
    List<float[]> encode(List<String> sentences);
}
