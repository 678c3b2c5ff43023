package io.newsdigest.nlp.figures;

import java.math.BigDecimal;

/**
 * A number as written: digits or words, with its scale ("1,5 Mrd.", "eine halbe Million", "5bn").
 *
 * @param first index of its first token
 * @param last index after its last token
 * @param start offset of its first character
 * @param end offset after its last character
 * @param value the number
 * @param plainDigits whether it is a bare digit run without marks or scale ("2025")
 * @param spelled whether it is written in words
 * @param magnitude the largest scale word of at least a thousand ("Millionen" = 10^6), else one
 */
record NumberPhrase(int first, int last, int start, int end, BigDecimal value, boolean plainDigits, boolean spelled,
                    BigDecimal magnitude) {
}
