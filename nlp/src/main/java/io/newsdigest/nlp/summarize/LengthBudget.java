package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts what a summary has used of its sentence and character allowance while sentences are chosen. A sentence
 * either fits whole or is left out; the character count includes one space between sentences.
 *
 * <p>Mutable and confined to one {@code summarize} call.
 */
final class LengthBudget {

    private final SummaryOptions options;
    private int sentences;
    private int characters;

    LengthBudget(SummaryOptions options) {
        this.options = options;
    }

    boolean full() {
        return sentences >= options.maxSentences();
    }

    boolean fits(Sentence sentence) {
        if (full()) {
            return false;
        }
        int needed = characters + (sentences == 0 ? 0 : 1) + Extract.of(sentence).text().length();
        return options.maxCharacters().isEmpty() || needed <= options.maxCharacters().getAsInt();
    }

    void take(Sentence sentence) {
        characters += (sentences == 0 ? 0 : 1) + Extract.of(sentence).text().length();
        sentences++;
    }

    /**
     * The best-scored sentences that fit, best first; ties go to the earlier sentence.
     *
     * @param scores one score per sentence of {@code sentences}
     * @return positions in {@code sentences}
     */
    static List<Integer> best(List<Sentence> sentences, double[] scores, SummaryOptions options) {
        LengthBudget budget = new LengthBudget(options);
        List<Integer> chosen = new ArrayList<>();
        List<Integer> order = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .toList();
        for (int position : order) {
            if (budget.full()) {
                break;
            }
            if (budget.fits(sentences.get(position))) {
                budget.take(sentences.get(position));
                chosen.add(position);
            }
        }
        return chosen;
    }
}
