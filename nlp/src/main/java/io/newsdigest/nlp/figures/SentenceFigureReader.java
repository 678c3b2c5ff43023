package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the figures of one sentence, left to right: a date, or a number phrase with its currency, unit or percent
 * sign, a range partner, a conversion in parentheses, the qualifier before it and the noun it counts.
 *
 * <p>Numbers glued to letters are codes, not figures ("H100", "G7", "Covid-19", "3rd"). Thread-safe and immutable.
 */
final class SentenceFigureReader {

    private static final Set<String> RANGE_WORDS = Set.of("bis", "to", "through", "-", "–", "—", "~");
    private static final Set<String> BETWEEN = Set.of("zwischen", "between");
    private static final Set<String> CENTS = Set.of("cent", "cents");
    private static final Set<String> DETERMINERS = Set.of("the", "which", "this", "that", "each", "every", "any",
            "no", "another", "someone", "anyone");
    private static final Set<String> EQUIVALENT_CUES = Set.of("rund", "etwa", "ca", "circa", "umgerechnet", "about",
            "around", "roughly", "some", "approximately", "approx", "knapp", "gut", "fast", "nearly", "almost", ".");

    private final NumberPhraseReader numbers;
    private final LabelReader labels;
    private final UnitLexicon units = UnitLexicon.instance();

    SentenceFigureReader(String language) {
        NumberGrammar grammar = NumberGrammar.forLanguage(language);
        this.numbers = new NumberPhraseReader(grammar);
        this.labels = new LabelReader(grammar.language());
    }

    /** An amount as written: its number phrase and the currency, unit or percent sign that goes with it. */
    private record Amount(int first, int last, NumberPhrase number, BigDecimal value, Optional<UnitLexicon.Unit> unit) {
    }

    /** What was read at one place: maybe a figure, and where reading goes on. */
    private record Step(Optional<KeyFigure> figure, int next) {
    }

    List<KeyFigure> read(String text, int sentenceIndex, List<Token> tokens) {
        List<KeyFigure> figures = new ArrayList<>();
        int index = 0;
        while (index < tokens.size()) {
            int at = index;
            Optional<Step> step = date(text, sentenceIndex, tokens, at)
                    .or(() -> figure(text, sentenceIndex, tokens, at));
            if (step.isPresent()) {
                step.get().figure().ifPresent(figures::add);
                index = Math.max(index + 1, step.get().next());
            } else {
                index++;
            }
        }
        return figures;
    }

    private Optional<Step> date(String text, int sentenceIndex, List<Token> tokens, int index) {
        boolean german = "de".equals(numbers.grammar().language());
        return NumericDates.at(tokens, index, german).or(() -> DateReader.at(tokens, index)).map(match -> {
            if (match.date().startsWith("--")) {
                // A day and month without a year: not a figure, and its day is no count either.
                return new Step(Optional.empty(), match.last());
            }
            return new Step(Optional.of(dateFigure(text, sentenceIndex, tokens, match)), match.last());
        });
    }

    private static KeyFigure dateFigure(String text, int sentenceIndex, List<Token> tokens, DateReader.DateMatch match) {
        int start = tokens.get(match.first()).start();
        int end = tokens.get(match.last() - 1).end();
        FigureKind kind = match.yearTo().isPresent() ? FigureKind.RANGE : FigureKind.DATE;
        OptionalDouble to = match.yearTo().map(year -> OptionalDouble.of(year)).orElse(OptionalDouble.empty());
        return new KeyFigure(text.substring(start, end), start, end, sentenceIndex, kind, match.year(), to,
                Optional.empty(), Optional.empty(), Optional.of(match.date()), Qualifier.EXACT, false,
                Optional.empty(), Optional.empty(), List.of(), 0);
    }

    private Optional<Step> figure(String text, int sentenceIndex, List<Token> tokens, int index) {
        Optional<Amount> first = amount(tokens, index);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Amount amount = first.get();
        if (amount.unit().isEmpty() && amount.number().plainDigits()) {
            boolean counts = labels.read(text, tokens, amount.last()).isPresent();
            Optional<DateReader.DateMatch> year = DateReader.bareYear(tokens, amount.number().first(), counts);
            if (year.isPresent()) {
                return Optional.of(new Step(Optional.of(dateFigure(text, sentenceIndex, tokens, year.get())),
                        year.get().last()));
            }
        }
        Optional<Amount> partner = rangePartner(tokens, amount);
        int firstToken = partner.isPresent() && amount.first() > 0
                && BETWEEN.contains(tokens.get(amount.first() - 1).lower()) ? amount.first() - 1 : amount.first();
        int last = partner.map(Amount::last).orElse(amount.last());
        Optional<UnitLexicon.Unit> unit = amount.unit().or(() -> partner.flatMap(Amount::unit));
        BigDecimal from = partner.isPresent() ? scaledLike(amount, partner.get()) : amount.value();
        Qualifier leading = firstToken < amount.first() ? Qualifier.EXACT : CueWords.qualifier(tokens, firstToken);
        boolean trailingCue = leading == Qualifier.EXACT && partner.isEmpty();
        Optional<Equivalent> equivalent = equivalent(text, tokens, last);
        int next = equivalent.map(Equivalent::next).orElse(last);
        Optional<FigureLabel> label = Optional.empty();
        if (unit.isEmpty()) {
            Optional<LabelReader.Found> found = labels.read(text, tokens, next);
            label = found.map(LabelReader.Found::label);
            next = found.map(LabelReader.Found::next).orElse(next);
        }
        Qualifier qualifier = trailingCue ? CueWords.trailing(tokens, next) : leading;
        FigureKind kind = partner.isPresent() ? FigureKind.RANGE : unit.map(UnitLexicon.Unit::kind).orElse(FigureKind.COUNT);
        int start = tokens.get(firstToken).start();
        int end = tokens.get(last - 1).end();
        OptionalDouble to = partner.map(p -> OptionalDouble.of(p.value().doubleValue())).orElse(OptionalDouble.empty());
        Optional<String> currency = unit.filter(u -> u.kind() == FigureKind.MONEY).map(UnitLexicon.Unit::code);
        Optional<String> symbol = unit.filter(u -> u.kind() != FigureKind.MONEY).map(UnitLexicon.Unit::code);
        KeyFigure figure = new KeyFigure(text.substring(start, end), start, end, sentenceIndex, kind,
                from.doubleValue(), to, symbol, currency, Optional.empty(), qualifier, false, label,
                equivalent.map(Equivalent::value), List.of(), 0);
        return Optional.of(new Step(Optional.of(figure), next));
    }

    /** "5 bis 7 Millionen": the first number takes the scale of the second when it has none. */
    private static BigDecimal scaledLike(Amount first, Amount second) {
        boolean unscaled = first.number().magnitude().compareTo(BigDecimal.ONE) == 0;
        BigDecimal scaled = first.value().multiply(second.number().magnitude());
        return unscaled && scaled.compareTo(second.value()) < 0 ? scaled : first.value();
    }

    /** A conversion in parentheses right after a figure, with the index after its closing parenthesis. */
    private record Equivalent(FigureEquivalent value, int next) {
    }

    private Optional<Equivalent> equivalent(String text, List<Token> tokens, int index) {
        if (index >= tokens.size() || !tokens.get(index).isSymbol("(")) {
            return Optional.empty();
        }
        int inner = index + 1;
        while (inner < tokens.size() && EQUIVALENT_CUES.contains(tokens.get(inner).lower())) {
            inner++;
        }
        if (inner >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Amount> amount = amount(tokens, inner).filter(a -> a.unit().isPresent())
                .filter(a -> a.last() < tokens.size() && tokens.get(a.last()).isSymbol(")"));
        return amount.map(a -> {
            int start = tokens.get(a.first()).start();
            int end = tokens.get(a.last() - 1).end();
            UnitLexicon.Unit unit = a.unit().get();
            boolean money = unit.kind() == FigureKind.MONEY;
            FigureEquivalent value = new FigureEquivalent(text.substring(start, end), start, end,
                    a.value().doubleValue(), money ? Optional.of(unit.code()) : Optional.empty(),
                    money ? Optional.empty() : Optional.of(unit.code()));
            return new Equivalent(value, a.last() + 1);
        });
    }

    private Optional<Amount> rangePartner(List<Token> tokens, Amount first) {
        int connector = first.last();
        if (connector + 1 >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(connector).lower();
        boolean between = first.first() > 0 && BETWEEN.contains(tokens.get(first.first() - 1).lower())
                && ("und".equals(word) || "and".equals(word));
        if (!between && !RANGE_WORDS.contains(word)) {
            return Optional.empty();
        }
        if ("bis".equals(word) && "zu".equals(tokens.get(connector + 1).lower())) {
            return Optional.empty();
        }
        return amount(tokens, connector + 1)
                .filter(second -> second.value().compareTo(first.value()) > 0)
                .filter(second -> !phoneLike(tokens, first, second))
                .filter(second -> first.unit().isEmpty() || second.unit().isEmpty()
                        || first.unit().equals(second.unit()));
    }

    /** "+1-222-2222": a hyphen chain of digits is a phone number or code, not a range. */
    private static boolean phoneLike(List<Token> tokens, Amount first, Amount second) {
        int before = first.first() - 1;
        if (before >= 0 && tokens.get(before).isSymbol("-/") && tokens.get(before).touches(tokens.get(first.first()))) {
            return true;
        }
        int after = second.last();
        return after + 1 < tokens.size() && tokens.get(after).isSymbol("-/")
                && tokens.get(after - 1).touches(tokens.get(after)) && tokens.get(after + 1).is(Token.Type.NUMBER);
    }

    /** Reads a currency sign, a number phrase and the unit after it, or nothing when the number is a code. */
    private Optional<Amount> amount(List<Token> tokens, int index) {
        Optional<UnitLexicon.Match> sign = currencySign(tokens, index);
        int numberAt = sign.map(UnitLexicon.Match::next).orElse(index);
        if (numberAt >= tokens.size()) {
            return Optional.empty();
        }
        Optional<NumberPhrase> phrase = numbers.read(tokens, numberAt, sign.isPresent());
        if (phrase.isEmpty() || gluedToWord(tokens, phrase.get())) {
            return Optional.empty();
        }
        NumberPhrase number = phrase.get();
        Optional<UnitLexicon.Match> suffix = units.after(tokens, number.last()).or(() -> hyphenUnit(tokens, number));
        if (sign.isEmpty() && suffix.isEmpty() && pronoun(tokens, number)) {
            return Optional.empty();
        }
        if (sign.isEmpty() && !suffix.isPresent() && codeOrOrdinal(tokens, number)) {
            return Optional.empty();
        }
        boolean negative = sign.isEmpty() && negative(tokens, numberAt);
        int first = negative ? numberAt - 1 : index;
        BigDecimal value = negative ? number.value().negate() : number.value();
        if (sign.isPresent()) {
            return Optional.of(new Amount(first, number.last(), number, value, Optional.of(sign.get().unit())));
        }
        Optional<UnitLexicon.Unit> unit = suffix.map(UnitLexicon.Match::unit).map(u -> poundsSterling(u, number));
        Amount amount = new Amount(first, suffix.map(UnitLexicon.Match::next).orElse(number.last()), number, value,
                unit);
        return Optional.of(unit.filter(u -> u.kind() == FigureKind.MONEY).map(u -> withCents(tokens, amount))
                .orElse(amount));
    }

    /** "361 million pounds" is money: nobody weighs in millions of pounds in the news they digest. */
    private static UnitLexicon.Unit poundsSterling(UnitLexicon.Unit unit, NumberPhrase number) {
        boolean millions = number.magnitude().compareTo(BigDecimal.valueOf(1_000_000)) >= 0;
        return millions && "lb".equals(unit.code()) ? new UnitLexicon.Unit(FigureKind.MONEY, "GBP") : unit;
    }

    /** "15 Dollar und 15 Cent", "3 dollars 50 cents": the cents belong to the amount. */
    private Amount withCents(List<Token> tokens, Amount amount) {
        int at = amount.last();
        boolean joined = at < tokens.size() && Set.of("und", "and").contains(tokens.get(at).lower());
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

    /** "3-inch", "16-meter", "12-Pfund": a unit joined to the number by a hyphen. */
    private Optional<UnitLexicon.Match> hyphenUnit(List<Token> tokens, NumberPhrase number) {
        int hyphen = number.last();
        if (hyphen + 1 >= tokens.size() || !tokens.get(hyphen).isSymbol("-‐‑")
                || !tokens.get(hyphen - 1).touches(tokens.get(hyphen))
                || !tokens.get(hyphen).touches(tokens.get(hyphen + 1))) {
            return Optional.empty();
        }
        return units.after(tokens, hyphen + 1).filter(match -> match.unit().kind() == FigureKind.QUANTITY);
    }

    /** "the one you mentioned", "which one": the word "one" as a pronoun. */
    private static boolean pronoun(List<Token> tokens, NumberPhrase number) {
        boolean one = number.spelled() && number.last() - number.first() == 1
                && "one".equals(tokens.get(number.first()).lower());
        return one && number.first() > 0 && DETERMINERS.contains(tokens.get(number.first() - 1).lower());
    }

    private static boolean gluedToWord(List<Token> tokens, NumberPhrase number) {
        int before = number.first() - 1;
        return before >= 0 && tokens.get(before).touches(tokens.get(number.first()))
                && tokens.get(before).is(Token.Type.WORD);
    }

    /** "1990er", "3rd", "19-jährige", and a German ordinal "3." inside a sentence. */
    private boolean codeOrOrdinal(List<Token> tokens, NumberPhrase number) {
        if (number.last() >= tokens.size()) {
            return false;
        }
        Token last = tokens.get(number.last() - 1);
        Token after = tokens.get(number.last());
        if (!last.touches(after)) {
            return false;
        }
        if (after.is(Token.Type.WORD)) {
            return true;
        }
        boolean followedByWord = number.last() + 1 < tokens.size() && tokens.get(number.last() + 1).is(Token.Type.WORD);
        if (after.isSymbol("-‐‑") && followedByWord && after.touches(tokens.get(number.last() + 1))) {
            return true;
        }
        return "de".equals(numbers.grammar().language()) && after.isSymbol(".") && followedByWord
                && !number.spelled() && number.plainDigits() && last.text().length() <= 3;
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
