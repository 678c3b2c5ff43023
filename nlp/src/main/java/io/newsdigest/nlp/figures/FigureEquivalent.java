package io.newsdigest.nlp.figures;

import java.util.Optional;

/**
 * A conversion given right after a figure, in parentheses: "5 Milliarden Yuan (700 Millionen US-Dollar)".
 *
 * @param text the equivalent as written
 * @param start offset in the text
 * @param end offset after the equivalent
 * @param value the normalized value
 * @param currency ISO 4217 code, for money
 * @param unit unit symbol, for quantities
 */
public record FigureEquivalent(String text, int start, int end, double value, Optional<String> currency,
                               Optional<String> unit) {
}
