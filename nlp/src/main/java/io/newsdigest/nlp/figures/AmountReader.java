package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one amount: an optional currency sign, a number phrase, the currency, unit or percent sign after it and
 * the cents that belong to money. A number glued to letters, a German ordinal or a number that names something is
 * no amount.
 * Thread-safe and immutable.
 */
final class AmountReader {

    private static final Set<String> CENTS = Set.of("cent", "cents");
    private static final Set<String> AND = Set.of("und", "and");

    private final NumberPhraseReader numbers;
    private final NamesAndRanks names;
    private final UnitLexicon units = UnitLexicon.instance();

    AmountReader(NumberPhraseReader numbers, NamesAndRanks names) {
        this.numbers = numbers;
        this.names = names;
    }

    /** Reads a currency sign, a number phrase and the unit after it, or nothing when the number is a code. */
    Optional<Amount> read(List<Token> tokens, int index) {
        Optional<UnitLexicon.Match> sign = currencySign(tokens, index);
        int numberAt = sign.map(UnitLexicon.Match::next).orElse(index);
        if (numberAt >= tokens.size()) {
            return Optional.empty();
        }
        if (sign.isEmpty()) {
            Optional<Amount> compound = spelledCompound(tokens, index)
                    .or(() -> WordAmounts.at(tokens, index, numbers.grammar()));
            if (compound.isPresent()) {
                return compound;
            }
        }
        Optional<NumberPhrase> phrase = numbers.read(tokens, numberAt, sign.isPresent());
        // "USD115", "EUR2.5bn": a currency code glued to its number is a sign, not a code such as "H100".
        if (phrase.isEmpty() || sign.isEmpty() && gluedToWord(tokens, phrase.get())) {
            return Optional.empty();
        }
        NumberPhrase number = phrase.get();
        Optional<Amount> scaledCompound = sign.isEmpty() ? hyphenScale(tokens, number) : Optional.empty();
        if (scaledCompound.isPresent()) {
            return scaledCompound;
        }
        Optional<UnitLexicon.Match> suffix = units.after(tokens, number.last())
                .filter(match -> !codeOfTheNextNumber(tokens, match))
                .or(() -> hyphenUnit(tokens, number)).or(() -> gluedTemperature(tokens, number));
        if (sign.isEmpty() && !suffix.isPresent() && (codeOrOrdinal(tokens, number)
                || !number.spelled() && NamesAndRanks.namesSomething(tokens, number.first()))) {
            return Optional.empty();
        }
        boolean negative = sign.isEmpty() && negative(tokens, numberAt);
        int first = negative ? numberAt - 1 : index;
        BigDecimal value = negative ? number.value().negate() : number.value();
        Optional<UnitLexicon.ScaledCurrency> scaled = sign.isEmpty() && suffix.isEmpty()
                && number.last() < tokens.size() ? units.scaledCurrency(tokens.get(number.last())) : Optional.empty();
        if (scaled.isPresent()) {
            return Optional.of(new Amount(first, number.last() + 1, number, value.multiply(scaled.get().scale()),
                    Optional.of(scaled.get().unit())));
        }
        if (sign.isPresent()) {
            return Optional.of(new Amount(first, number.last(), number, value, Optional.of(sign.get().unit())));
        }
        return Optional.of(withUnitAfter(tokens, first, number, value, suffix));
    }

    /** The amount with the unit written after it; money also takes a late scale ("75 USD million") and cents. */
    private Amount withUnitAfter(List<Token> tokens, int first, NumberPhrase number, BigDecimal value,
                                 Optional<UnitLexicon.Match> suffix) {
        Optional<UnitLexicon.Unit> unit = suffix.map(UnitLexicon.Match::unit).map(u -> poundsSterling(u, number));
        int after = suffix.map(UnitLexicon.Match::next).orElse(number.last());
        boolean money = unit.filter(u -> u.kind() == FigureKind.MONEY).isPresent();
        Optional<BigDecimal> lateScale = money && after < tokens.size()
                && number.magnitude().compareTo(BigDecimal.ONE) == 0 && isoCode(tokens.get(after - 1))
                ? numbers.grammar().scale(tokens.get(after).lower())
                        .filter(scale -> scale.compareTo(BigDecimal.valueOf(1_000)) >= 0) : Optional.empty();
        Amount amount = lateScale.isPresent()
                ? new Amount(first, after + 1, number, value.multiply(lateScale.get()), unit)
                : new Amount(first, after, number, value, unit);
        return money ? withCents(tokens, amount) : amount;
    }

    /** "USD", "EUR": a code, after which "million" may still come; "20 euros thousand times" is no amount. */
    private static boolean isoCode(Token token) {
        return token.is(Token.Type.WORD) && token.text().length() == 3 && token.text().chars().allMatch(Character::isUpperCase);
    }

    /** "3 USD50 cards": a currency code glued to the digits after it is theirs, not the number's before it. */
    private static boolean codeOfTheNextNumber(List<Token> tokens, UnitLexicon.Match match) {
        int next = match.next();
        return next < tokens.size() && tokens.get(next - 1).is(Token.Type.WORD)
                && tokens.get(next - 1).touches(tokens.get(next)) && tokens.get(next).is(Token.Type.NUMBER);
    }

    /** "361 million pounds" is money: nobody weighs in millions of pounds in the news they digest. */
    private static UnitLexicon.Unit poundsSterling(UnitLexicon.Unit unit, NumberPhrase number) {
        boolean millions = number.magnitude().compareTo(BigDecimal.valueOf(1_000_000)) >= 0;
        return millions && "lb".equals(unit.code()) ? new UnitLexicon.Unit(FigureKind.MONEY, "GBP") : unit;
    }

    /** "15 Dollar und 15 Cent", "3 dollars 50 cents": the cents belong to the amount. */
    private Amount withCents(List<Token> tokens, Amount amount) {
        int at = amount.last();
        boolean joined = at < tokens.size() && AND.contains(tokens.get(at).lower());
        if (joined) {
            at++;
        }
        if (at >= tokens.size()) {
            return amount;
        }
        // Without the word "cent" only "15 Dollar und 15." at the end of a sentence is read as cents.
        Optional<NumberPhrase> cents = numbers.read(tokens, at, false)
                .filter(c -> c.value().compareTo(BigDecimal.valueOf(100)) < 0)
                .filter(c -> c.last() < tokens.size() && CENTS.contains(tokens.get(c.last()).lower())
                        || joined && tokens.subList(c.last(), tokens.size()).stream().allMatch(t -> t.isSymbol(".!")));
        if (cents.isEmpty()) {
            return amount;
        }
        BigDecimal value = amount.value().add(cents.get().value().movePointLeft(2));
        int last = cents.get().last() < tokens.size() && CENTS.contains(tokens.get(cents.get().last()).lower())
                ? cents.get().last() + 1 : cents.get().last();
        return new Amount(amount.first(), last, amount.number(), value, amount.unit());
    }

    /** @return the sign when a currency sign or code starts at {@code index} and a number follows it */
    private Optional<UnitLexicon.Match> currencySign(List<Token> tokens, int index) {
        for (int numberAt = index + 1; numberAt <= index + 2 && numberAt < tokens.size(); numberAt++) {
            Token number = tokens.get(numberAt);
            if (number.is(Token.Type.SYMBOL)) {
                continue;
            }
            Optional<UnitLexicon.Match> sign = units.before(tokens, numberAt).filter(m -> m.next() == index);
            if (sign.isPresent()) {
                return Optional.of(new UnitLexicon.Match(sign.get().unit(), numberAt));
            }
        }
        return Optional.empty();
    }

    /**
     * "41.2C": degrees Celsius glued to the number, as British news write it. A glued "F" is left alone: it names
     * aircraft and forms ("777F", "13F") more often than temperatures.
     */
    private static Optional<UnitLexicon.Match> gluedTemperature(List<Token> tokens, NumberPhrase number) {
        int at = number.last();
        if (at >= tokens.size() || !tokens.get(at - 1).touches(tokens.get(at))) {
            return Optional.empty();
        }
        String scale = tokens.get(at).text();
        return "C".equals(scale)
                ? Optional.of(new UnitLexicon.Match(new UnitLexicon.Unit(FigureKind.QUANTITY, "°C"), at + 1))
                : Optional.empty();
    }

    /**
     * "3-inch", "16-meter", "10-dollar", and the head of a German compound: "500-Euro-Schein", "100-Meter-Lauf",
     * "50-Prozent-Garantie". Only units, money and percent join this way: "3-Zimmer-Wohnung" stays a code-like
     * compound.
     */
    private Optional<UnitLexicon.Match> hyphenUnit(List<Token> tokens, NumberPhrase number) {
        int hyphen = number.last();
        if (hyphen + 1 >= tokens.size() || !tokens.get(hyphen).isSymbol("-‐‑")
                || !tokens.get(hyphen - 1).touches(tokens.get(hyphen))
                || !tokens.get(hyphen).touches(tokens.get(hyphen + 1))) {
            return Optional.empty();
        }
        Token word = tokens.get(hyphen + 1);
        Optional<UnitLexicon.Match> unit = units.after(tokens, hyphen + 1);
        if (unit.isEmpty() && word.is(Token.Type.WORD)) {
            String head = Token.HYPHENS.split(word.text(), 2)[0];
            unit = head.length() < word.text().length()
                    ? units.word(head).map(u -> new UnitLexicon.Match(u, hyphen + 2)) : Optional.empty();
        }
        return unit.filter(match -> match.unit().kind() == FigureKind.QUANTITY
                || match.unit().kind() == FigureKind.MONEY || match.unit().kind() == FigureKind.PERCENT);
    }

    /**
     * "1-Billionen-Paket", "3-Billionen-Dollar-Gesetzentwurf", "5-Millionen-Euro-Projekt": a scale word at the head
     * of a German compound, with the currency after it if there is one.
     */
    private Optional<Amount> hyphenScale(List<Token> tokens, NumberPhrase number) {
        int hyphen = number.last();
        if (hyphen + 1 >= tokens.size() || !tokens.get(hyphen).isSymbol("-‐‑")
                || !tokens.get(hyphen - 1).touches(tokens.get(hyphen))
                || !tokens.get(hyphen).touches(tokens.get(hyphen + 1)) || !tokens.get(hyphen + 1).is(Token.Type.WORD)) {
            return Optional.empty();
        }
        String[] parts = Token.HYPHENS.split(tokens.get(hyphen + 1).lower());
        Optional<BigDecimal> scale = parts.length > 1 ? numbers.grammar().scale(parts[0]) : Optional.empty();
        if (scale.isEmpty() || scale.get().compareTo(BigDecimal.valueOf(1_000)) < 0) {
            return Optional.empty();
        }
        Optional<UnitLexicon.Unit> currency = units.word(parts[1]).filter(u -> u.kind() == FigureKind.MONEY);
        return Optional.of(new Amount(number.first(), hyphen + 2, number, number.value().multiply(scale.get()),
                currency));
    }

    /**
     * "Fünf-Prozent-Hürde", "Zehn-Euro-Schein", "one-dollar coin", "five-year stays", "three-month battle": a
     * spelled number joined by a hyphen to a unit or currency, written as one word.
     */
    private Optional<Amount> spelledCompound(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (!token.hyphenated()) {
            return Optional.empty();
        }
        String[] parts = Token.HYPHENS.split(token.lower(), 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        Optional<UnitLexicon.Unit> unit = units.word(parts[1]);
        boolean signed = unit.filter(u -> u.kind() == FigureKind.MONEY || u.kind() == FigureKind.PERCENT).isPresent();
        // "one-year" is as much an article as "einjährig": the word for one joins a sign, not a measure.
        Optional<BigDecimal> value = unit.isPresent() ? numbers.grammar().spelled(parts[0])
                .filter(v -> signed || v.compareTo(BigDecimal.ONE) != 0) : Optional.empty();
        return value.map(v -> new Amount(index, index + 1, new NumberPhrase(index, index + 1, token.start(),
                token.end(), v, false, true, BigDecimal.ONE), v, unit));
    }

    private static boolean gluedToWord(List<Token> tokens, NumberPhrase number) {
        int before = number.first() - 1;
        return before >= 0 && tokens.get(before).touches(tokens.get(number.first()))
                && tokens.get(before).is(Token.Type.WORD);
    }

    /** "1990er", "3rd", "19-jährige", "221B", and a German ordinal "3." inside a sentence. */
    private boolean codeOrOrdinal(List<Token> tokens, NumberPhrase number) {
        int last = number.last() - 1;
        return NamesAndRanks.glued(tokens, last) || !number.spelled() && names.ordinal(tokens, last);
    }

    private boolean negative(List<Token> tokens, int numberAt) {
        if (numberAt == 0) {
            return false;
        }
        Token sign = tokens.get(numberAt - 1);
        if (sign.is(Token.Type.WORD)) {
            return numbers.grammar().negation(sign.lower());
        }
        if (!sign.isSymbol("-−") || !sign.touches(tokens.get(numberAt))) {
            return false;
        }
        return numberAt - 1 == 0 || !tokens.get(numberAt - 2).touches(sign);
    }
}
