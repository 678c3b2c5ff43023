package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * "one in five adults", "4 out of 10 voters", "vier von fünf Deutschen": a share said as a ratio of two whole
 * numbers. The second must be larger, at most a thousand and carry no unit, so "2 in 90 minutes", "3 in 2025"
 * and "von 4 auf 5" stay what they are. Thread-safe and immutable.
 */
final class RatioShares {

    /** @param share the amount spanning both numbers, valued as their ratio */
    record Ratio(Amount share) {
    }

    private static final BigDecimal MAX_WHOLE = BigDecimal.valueOf(1_000);

    private final AmountReader amounts;
    private final boolean german;

    RatioShares(AmountReader amounts, String language) {
        this.amounts = amounts;
        this.german = "de".equals(language);
    }

    Optional<Ratio> after(List<Token> tokens, Amount first) {
        int connector = first.last();
        if (!whole(first) || connector + 1 >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(connector).lower();
        int next = german ? ("von".equals(word) ? connector + 1 : -1)
                : "in".equals(word) ? connector + 1
                : "out".equals(word) && "of".equals(tokens.get(connector + 1).lower()) ? connector + 2 : -1;
        if (next < 0 || next >= tokens.size()) {
            return Optional.empty();
        }
        return amounts.read(tokens, next)
                .filter(second -> whole(second) && second.value().compareTo(first.value()) > 0
                        && second.value().compareTo(MAX_WHOLE) <= 0)
                .map(second -> new Ratio(new Amount(first.first(), second.last(), first.number(),
                        first.value().divide(second.value(), MathContext.DECIMAL64), Optional.empty())));
    }

    private static boolean whole(Amount amount) {
        return amount.unit().isEmpty() && amount.value().signum() > 0
                && amount.value().stripTrailingZeros().scale() <= 0;
    }
}
