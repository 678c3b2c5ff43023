package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount as written: its tokens, its number phrase, its value and the currency, unit or percent sign that goes
 * with it.
 *
 * @param first index of its first token (a currency sign or minus sign included)
 * @param last index after its last token
 * @param number the number phrase
 * @param value the value, with sign, scale and cents
 * @param unit the currency, unit or percent sign
 */
record Amount(int first, int last, NumberPhrase number, BigDecimal value, Optional<UnitLexicon.Unit> unit) {
}
