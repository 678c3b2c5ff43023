package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a number phrase starting at a token: a digit run or a run of number words, followed by scale words.
 *
 * <p>Words combine the way they are spoken: units add up, "hundert"/"dozen" and fractions multiply what came
 * before, "Million"/"thousand" close a group ("zwei Millionen dreihunderttausend" = 2 300 000). An article alone
 * ("ein", "a") is no number; it counts as one only before a scale or fraction ("eine halbe Million") or where
 * {@link SpelledOne} says the German article form counts.
 * Thread-safe and immutable.
 */
final class NumberPhraseReader {

    private final NumberGrammar grammar;
    private final OneReading one;

    NumberPhraseReader(NumberGrammar grammar, OneReading one) {
        this.grammar = grammar;
        this.one = one;
    }

    NumberGrammar grammar() {
        return grammar;
    }

    /**
     * @param tokens the sentence
     * @param index where the phrase must start
     * @param afterCurrencySign whether a currency sign precedes, which turns a glued "m" into million
     */
    Optional<NumberPhrase> read(List<Token> tokens, int index, boolean afterCurrencySign) {
        Token token = tokens.get(index);
        if (token.is(Token.Type.NUMBER)) {
            return digits(tokens, index, afterCurrencySign);
        }
        if (token.is(Token.Type.WORD)) {
            return words(tokens, index);
        }
        return Optional.empty();
    }

    private Optional<NumberPhrase> digits(List<Token> tokens, int index, boolean afterCurrencySign) {
        Token token = tokens.get(index);
        Optional<BigDecimal> parsed = grammar.digits(token.text());
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> fraction = FractionPhrases.slashFraction(tokens, index);
        if (fraction.isPresent()) {
            SpokenSum sum = new SpokenSum();
            sum.add(fraction.get());
            return Optional.of(phrase(tokens, index, index + 3, sum, false, false));
        }
        SpokenSum sum = new SpokenSum();
        sum.add(parsed.get());
        int next = index + 1;
        boolean scaled = false;
        Optional<BigDecimal> mixed = plainDigits(token) ? FractionPhrases.mixedFraction(tokens, index)
                : Optional.empty();
        if (mixed.isPresent()) {
            // "3 1/2 years", "2 1/4 Stunden": a whole number and a proper fraction said together.
            sum.add(mixed.get());
            next = index + 4;
            scaled = true;
        } else if (next < tokens.size() && tokens.get(next).is(Token.Type.WORD)) {
            boolean decimals = parsed.get().stripTrailingZeros().scale() > 0;
            Optional<BigDecimal> suffix = token.touches(tokens.get(next))
                    ? grammar.suffixScale(tokens.get(next).text(), afterCurrencySign)
                    : decimals || afterCurrencySign ? PhraseEdges.spacedScaleLetter(tokens, next) : Optional.empty();
            if (suffix.isPresent()) {
                sum.scale(suffix.get());
                next++;
                scaled = true;
            }
        }
        int afterScales = continuation(tokens, scales(tokens, next, sum), sum);
        scaled |= afterScales > next;
        boolean plain = !scaled && token.text().chars().allMatch(Character::isDigit);
        return Optional.of(phrase(tokens, index, afterScales + (PhraseEdges.plusAfter(tokens, afterScales) ? 1 : 0), sum,
                plain, false));
    }

    private static boolean plainDigits(Token token) {
        return token.is(Token.Type.NUMBER) && token.text().chars().allMatch(Character::isDigit);
    }

    private Optional<NumberPhrase> words(List<Token> tokens, int index) {
        int half = FractionPhrases.halfOfAGroup(tokens, index, "de".equals(grammar.language()));
        SpokenSum sum = new SpokenSum();
        if (half > index) {
            sum.add(new BigDecimal("0.5"));
            return Optional.of(phrase(tokens, index, half, sum, false, true));
        }
        String first = tokens.get(index).lower();
        if (PhraseEdges.bothAfterDeterminer(tokens, index, grammar)) {
            sum.add(BigDecimal.TWO);
            return Optional.of(phrase(tokens, index, index + 1, sum, false, true));
        }
        if (grammar.article(first) && SpelledOne.form(first, grammar) && !startsAmount(tokens, index + 1)
                && !SpelledOne.vague(tokens, index + 1)
                && one.counts(tokens, index, index + 1, grammar)) {
            // "nur ein Spiel", "ein bis zwei Tage", "ein Prozent": the article form counts here.
            sum.add(BigDecimal.ONE);
            return Optional.of(phrase(tokens, index, index + 1, sum, false, true));
        }
        int next = index;
        boolean numeric = false;
        while (next < tokens.size() && tokens.get(next).is(Token.Type.WORD)) {
            String word = tokens.get(next).lower();
            Optional<BigDecimal> spelled = grammar.spelled(word).or(() -> hyphenFraction(word));
            Optional<BigDecimal> fraction = grammar.fraction(word);
            if (spelled.isPresent()) {
                numeric = true;
                next = spelledWord(tokens, next, spelled.get(), sum);
                continue;
            } else if (fraction.isPresent()) {
                if (!sum.started() && !scaleAt(tokens, next + 1)) {
                    // "the fourth quarter", "third": a fraction word needs a number or article before it, or a
                    // scale after it ("half million", "quarter billion").
                    break;
                }
                numeric = true;
                sum.multiply(fraction.get());
            } else if (grammar.scale(word).isPresent()) {
                if (!sum.started() && (grammar.pluralScale(word) || next > 0
                        && PhraseEdges.vagueBefore(tokens, next))) {
                    // "Millionen Menschen", "dozens of cities", "a few hundred", "mehrere tausend": a plural scale or
                    // one after a vague quantifier is no number; "hundred thousand dollars", "tausend Menschen" are.
                    break;
                }
                int after = scales(tokens, next, sum);
                numeric = true;
                next = after;
                continue;
            } else if (grammar.article(word) && startsAmount(tokens, next + 1)) {
                sum.article();
            } else if (numeric && grammar.decimalPoint(word) && digitWordAt(tokens, next + 1)) {
                next = decimals(tokens, next + 1, sum);
                continue;
            } else if (numeric && PhraseEdges.andFraction(tokens, next, grammar).isPresent()) {
                sum.add(PhraseEdges.andFraction(tokens, next, grammar).get());
                next += 3;
                continue;
            } else if (!(numeric && "and".equals(word) && spelledAt(tokens, next + 1)
                    && joinsAfterAnd(tokens, next + 1, sum))) {
                break;
            }
            next++;
        }
        if (!numeric) {
            return Optional.empty();
        }
        return Optional.of(phrase(tokens, index, next, sum, false, true));
    }

    /**
     * "3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred": numbers that go on after a scale word.
     * Digits join after "and" only below a thousand and never as a bare zero ("3 hundred and 0 are two numbers").
     */
    private int continuation(List<Token> tokens, int index, SpokenSum sum) {
        int next = index;
        while (next + 1 < tokens.size() && sum.lastScale().signum() > 0) {
            boolean small = sum.lastScale().compareTo(BigDecimal.valueOf(1_000)) < 0;
            boolean and = "and".equals(tokens.get(next).lower());
            int at = and ? next + 1 : next;
            Token number = tokens.get(at);
            Optional<BigDecimal> value = number.is(Token.Type.WORD) && and ? grammar.spelled(number.lower())
                    : Optional.empty();
            if (value.isPresent() && value.get().compareTo(BigDecimal.valueOf(100)) < 0
                    && value.get().compareTo(sum.lastScale()) < 0 && joinsAfterAnd(tokens, at, sum)) {
                sum.add(value.get());
                next = scales(tokens, at + 1, sum);
                continue;
            }
            boolean digits = plainDigits(number) && (!and || small) && number.text().chars().anyMatch(c -> c != '0');
            boolean scaleFollows = at + 1 < tokens.size() && grammar.scale(tokens.get(at + 1).lower())
                    .filter(scale -> scale.compareTo(BigDecimal.valueOf(1_000)) < 0).isPresent();
            if (!digits || (at == next && !scaleFollows) || (at > next && number.text().length() > 2)) {
                break;
            }
            sum.add(new BigDecimal(number.text()));
            next = scales(tokens, at + 1, sum);
        }
        return next;
    }

    /**
     * After a million or more, "and" goes on with the number only when a smaller scale follows ("6 crore and two
     * hundred"): "$1 million and two years in prison" is two figures. Below that, "a thousand and one" is one.
     */
    private boolean joinsAfterAnd(List<Token> tokens, int spelled, SpokenSum sum) {
        if (sum.lastScale().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            return true;
        }
        return spelled + 1 < tokens.size() && grammar.scale(tokens.get(spelled + 1).lower())
                .filter(scale -> scale.compareTo(sum.lastScale()) < 0).isPresent();
    }

    /** "two hundred point zero three", "zwei Komma fünf": the digits after the decimal word. */
    private int decimals(List<Token> tokens, int index, SpokenSum sum) {
        StringBuilder digits = new StringBuilder();
        int next = index;
        while (digitWordAt(tokens, next)) {
            digits.append(grammar.spelled(tokens.get(next).lower()).orElseThrow().intValue());
            next++;
        }
        sum.add(new BigDecimal("0." + digits));
        return next;
    }

    private boolean digitWordAt(List<Token> tokens, int index) {
        return index < tokens.size() && tokens.get(index).is(Token.Type.WORD)
                && grammar.spelled(tokens.get(index).lower())
                .filter(value -> value.compareTo(BigDecimal.TEN) < 0 && value.stripTrailingZeros().scale() <= 0)
                .isPresent();
    }

    /** "two-thirds", "three-quarters", "one-half": a fraction written as one hyphenated word. */
    private Optional<BigDecimal> hyphenFraction(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || word.indexOf('-', hyphen + 1) >= 0) {
            return Optional.empty();
        }
        Optional<BigDecimal> fraction = grammar.fraction(word.substring(hyphen + 1));
        return fraction.isEmpty() ? Optional.empty() : grammar.spelled(word.substring(0, hyphen))
                .filter(count -> count.signum() > 0 && count.compareTo(BigDecimal.TEN) < 0)
                .map(count -> count.multiply(fraction.get()));
    }

    /** Adds a spelled word, and the unit of "fifty - two" with it; returns the index after them. */
    private int spelledWord(List<Token> tokens, int index, BigDecimal value, SpokenSum sum) {
        sum.add(value);
        Optional<BigDecimal> unit = spacedHyphenUnit(tokens, index, value);
        unit.ifPresent(sum::add);
        return unit.isPresent() ? index + 3 : index + 1;
    }

    /** "fifty - two": a tens word, a hyphen set apart by spaces, and a unit word. */
    private Optional<BigDecimal> spacedHyphenUnit(List<Token> tokens, int index, BigDecimal tens) {
        boolean isTens = tens.compareTo(BigDecimal.valueOf(20)) >= 0 && tens.compareTo(BigDecimal.valueOf(90)) <= 0
                && tens.remainder(BigDecimal.TEN).signum() == 0;
        if (!isTens || index + 2 >= tokens.size() || !tokens.get(index + 1).isSymbol("-‐‑")
                || tokens.get(index).touches(tokens.get(index + 1)) || !tokens.get(index + 2).is(Token.Type.WORD)) {
            return Optional.empty();
        }
        return grammar.spelled(tokens.get(index + 2).lower())
                .filter(unit -> unit.signum() > 0 && unit.compareTo(BigDecimal.TEN) < 0);
    }

    /** @return whether a scale or fraction follows, so that a preceding article means "one" */
    private boolean startsAmount(List<Token> tokens, int index) {
        if (index >= tokens.size() || !tokens.get(index).is(Token.Type.WORD)) {
            return false;
        }
        String word = tokens.get(index).lower();
        return grammar.scale(word).isPresent() || grammar.fraction(word).isPresent();
    }

    private boolean scaleAt(List<Token> tokens, int index) {
        return index < tokens.size() && tokens.get(index).is(Token.Type.WORD)
                && grammar.scale(tokens.get(index).lower()).isPresent();
    }

    private boolean spelledAt(List<Token> tokens, int index) {
        return index < tokens.size() && tokens.get(index).is(Token.Type.WORD)
                && grammar.spelled(tokens.get(index).lower()).isPresent();
    }

    /** Consumes scale words ("Millionen", "Mrd.") and returns the index after them. */
    private int scales(List<Token> tokens, int index, SpokenSum sum) {
        int next = index;
        while (next < tokens.size() && tokens.get(next).is(Token.Type.WORD)) {
            String word = tokens.get(next).lower();
            Optional<BigDecimal> scale = grammar.scale(word);
            if (scale.isEmpty()) {
                break;
            }
            sum.scale(scale.get());
            next++;
            if (grammar.abbreviated(word) && next < tokens.size() && tokens.get(next - 1).touches(tokens.get(next))
                    && tokens.get(next).isSymbol(".")) {
                next++;
            }
        }
        return next;
    }

    private static NumberPhrase phrase(List<Token> tokens, int first, int last, SpokenSum sum, boolean plain,
                                       boolean spelled) {
        return new NumberPhrase(first, last, tokens.get(first).start(), tokens.get(last - 1).end(), sum.value(),
                plain, spelled, sum.magnitude());
    }
}
