package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Adds up a number phrase the way it is spoken: fractions and hundreds act on the last number said
 * ("one hundred and three quarters" = 100.75), thousands and up close a group. Not thread-safe: one per phrase.
 */
final class SpokenSum {

    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal current = BigDecimal.ZERO;
    private BigDecimal last = BigDecimal.ZERO;
    private BigDecimal magnitude = BigDecimal.ONE;
    private BigDecimal lastScale = BigDecimal.ZERO;
    private boolean justScaled;

    void add(BigDecimal value) {
        current = current.add(value);
        last = value;
        justScaled = false;
    }

    boolean started() {
        return current.signum() != 0 || total.signum() != 0;
    }

    void article() {
        if (current.signum() == 0) {
            add(BigDecimal.ONE);
        }
    }

    void multiply(BigDecimal factor) {
        if (current.signum() == 0) {
            add(BigDecimal.ONE);
        }
        BigDecimal multiplied = last.multiply(factor);
        current = current.subtract(last).add(multiplied);
        last = multiplied;
    }

    /** Hundreds and dozens multiply the last number; thousands and up close the group. */
    void scale(BigDecimal scale) {
        lastScale = scale;
        if (scale.compareTo(BigDecimal.valueOf(1_000)) < 0) {
            multiply(scale);
            justScaled = true;
            return;
        }
        if (justScaled && current.signum() == 0) {
            // "three lakh crore", "a thousand million": a scale of a scale.
            total = total.multiply(scale);
            magnitude = magnitude.max(scale);
            return;
        }
        justScaled = true;
        magnitude = magnitude.max(scale);
        BigDecimal group = current.signum() == 0 ? BigDecimal.ONE : current;
        total = total.add(group.multiply(scale));
        current = BigDecimal.ZERO;
        last = BigDecimal.ZERO;
    }

    /** @return the last scale word said (0 before any) */
    BigDecimal lastScale() {
        return lastScale;
    }

    /** @return the largest scale of at least a thousand, else one */
    BigDecimal magnitude() {
        return magnitude;
    }

    BigDecimal value() {
        return total.add(current).round(MathContext.DECIMAL64).stripTrailingZeros();
    }
}
