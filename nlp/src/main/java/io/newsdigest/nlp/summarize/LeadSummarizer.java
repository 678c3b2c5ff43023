package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Lead-N: the first sentences of the article, as many as the options allow (Lead-3 with three sentences), the
 * baseline every news summarizer is measured against.
 *
 * <p>Thread-safe and stateless. It does not skip bylines or captions: it is the plain baseline. A sentence that
 * would exceed the character budget is skipped and the next one tried.
 */
public final class LeadSummarizer implements Summarizer {

    @Override
    public SummaryResult summarize(SummaryInput input, SummaryOptions options) {
        List<Sentence> sentences = input.sentences();
        LengthBudget budget = new LengthBudget(options);
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < sentences.size() && !budget.full(); i++) {
            if (!sentences.get(i).text().isBlank() && budget.fits(sentences.get(i))) {
                budget.take(sentences.get(i));
                chosen.add(i);
            }
        }
        return Extract.result(sentences, chosen);
    }
}
