package io.newsdigest.nlp.translate;

import java.util.List;

/**
 * A translated or generated sentence after the {@link FigureGuard}: its text (with repairs applied), whether
 * every figure in it is backed by the source, and what was checked or repaired.
 */
public record GuardedSentence(String text, boolean verified, List<FigureCheck> checks) {
    public GuardedSentence {
        checks = List.copyOf(checks);
    }

    /** @return whether any figure was re-rendered */
    public boolean repaired() {
        return checks.stream().anyMatch(check -> check.outcome() == FigureCheck.Outcome.REPAIRED);
    }

    /** @return the messages of every check that was not a plain match, for the response */
    public List<String> notes() {
        return checks.stream().filter(check -> check.outcome() != FigureCheck.Outcome.MATCHED)
                .map(FigureCheck::message).toList();
    }

    /**
     * @return the figures the sentence states that its source does not back, as written; a sentence with any must
     *     not be shown as it stands
     */
    public List<String> unbackedFigures() {
        return checks.stream().filter(check -> check.outcome().unbacked()).map(FigureCheck::figure).toList();
    }
}
