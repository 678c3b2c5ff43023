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
    private static final Set<String> EQUIVALENT_CUES = Set.of("rund", "etwa", "ca", "circa", "umgerechnet", "about",
            "around", "roughly", "some", "approximately", "approx", "knapp", "gut", "fast", "nearly", "almost", ".");

    private final NumberPhraseReader numbers;
    private final AmountReader amounts;
    private final LabelReader labels;
    private final RatioShares ratios;
    private final NamesAndRanks names;
    private final FigureStarts starts;

    private final OneReading one;

    SentenceFigureReader(String language, OneReading one) {
        NumberGrammar grammar = NumberGrammar.forLanguage(language);
        this.one = one;
        this.numbers = new NumberPhraseReader(grammar, one);
        this.names = new NamesAndRanks(grammar.language());
        this.amounts = new AmountReader(numbers, names);
        this.labels = new LabelReader(grammar.language());
        this.ratios = new RatioShares(amounts, grammar.language());
        this.starts = new FigureStarts(grammar, names);
    }

    /** What was read at one place: maybe a figure, and where reading goes on. */
    private record Step(Optional<KeyFigure> figure, int next) {
    }

    List<KeyFigure> read(String text, int sentenceIndex, List<Token> tokens) {
        return read(text, sentenceIndex, tokens, true);
    }

    /** As {@link #read(String, int, List)}, asking every reader at every token: what {@link FigureStarts} must keep. */
    List<KeyFigure> readAskingEveryToken(String text, int sentenceIndex, List<Token> tokens) {
        return read(text, sentenceIndex, tokens, false);
    }

    private List<KeyFigure> read(String text, int sentenceIndex, List<Token> tokens, boolean skipNonStarts) {
        List<KeyFigure> figures = new ArrayList<>();
        int index = 0;
        while (index < tokens.size()) {
            if (skipNonStarts && !starts.mayStartAt(tokens.get(index))) {
                index++;
                continue;
            }
            int at = index;
            Optional<Step> step = typed(text, sentenceIndex, tokens, at)
                    .or(() -> date(text, sentenceIndex, tokens, at))
                    .or(() -> figure(text, sentenceIndex, tokens, at))
                    .or(() -> names.at(tokens, at).map(reading -> step(text, sentenceIndex, tokens, reading)));
            if (step.isPresent()) {
                step.get().figure().ifPresent(figures::add);
                index = Math.max(index + 1, step.get().next());
            } else {
                index++;
            }
        }
        return figures;
    }

    /** Numbers whose shape or neighbours say what they are before any amount is read: dates, times, ages. */
    private Optional<Step> typed(String text, int sentenceIndex, List<Token> tokens, int index) {
        boolean german = "de".equals(numbers.grammar().language());
        return ClockTimes.at(tokens, index, numbers.grammar())
                .or(() -> NumericDates.at(tokens, index, german))
                .or(() -> Ages.at(tokens, index, numbers.grammar()))
                .map(reading -> step(text, sentenceIndex, tokens, reading));
    }

    private Optional<Step> date(String text, int sentenceIndex, List<Token> tokens, int index) {
        return DateReader.at(tokens, index)
                .map(match -> new Step(Optional.of(dateFigure(text, sentenceIndex, tokens, match)), match.last()));
    }

    /** The reading as a figure of its type; a time of day is shaped like a date, the others like counts. */
    private static Step step(String text, int sentenceIndex, List<Token> tokens, Reading reading) {
        int start = tokens.get(reading.first()).start();
        int end = tokens.get(reading.last() - 1).end();
        FigureKind kind = switch (reading.type()) {
            case TIME, DATE -> FigureKind.DATE;
            case AGE, DURATION -> FigureKind.QUANTITY;
            default -> FigureKind.COUNT;
        };
        Qualifier qualifier = reading.type() == FigureType.DATE ? DateReader.bound(tokens, reading.first())
                : Qualifier.EXACT;
        KeyFigure figure = new KeyFigure(text.substring(start, end), start, end, sentenceIndex, kind, reading.value(),
                reading.valueTo(), reading.unit(), Optional.empty(), reading.date(), qualifier, false,
                Optional.empty(), Optional.empty(), List.of(), 0, reading.type());
        return new Step(Optional.of(figure), reading.last());
    }

    private static KeyFigure dateFigure(String text, int sentenceIndex, List<Token> tokens, DateReader.DateMatch match) {
        int start = tokens.get(match.first()).start();
        int end = tokens.get(match.last() - 1).end();
        FigureKind kind = match.yearTo().isPresent() ? FigureKind.RANGE : FigureKind.DATE;
        OptionalDouble to = match.yearTo().map(year -> OptionalDouble.of(year)).orElse(OptionalDouble.empty());
        return new KeyFigure(text.substring(start, end), start, end, sentenceIndex, kind, match.year(), to,
                Optional.empty(), Optional.empty(), Optional.of(match.date()), DateReader.bound(tokens, match.first()),
                false,
                Optional.empty(), Optional.empty(), List.of(), 0);
    }

    private Optional<Step> figure(String text, int sentenceIndex, List<Token> tokens, int index) {
        Optional<Amount> first = amounts.read(tokens, index);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Amount amount = first.get();
        if (amount.unit().isEmpty() && amount.number().plainDigits()) {
            boolean counts = labels.read(text, tokens, amount.last()).filter(f -> labels.countable(f.label()))
                    .isPresent();
            Optional<DateReader.DateMatch> year = DateReader.bareYear(tokens, amount.number().first(), counts);
            if (year.isPresent()) {
                return Optional.of(new Step(Optional.of(dateFigure(text, sentenceIndex, tokens, year.get())),
                        year.get().last()));
            }
            int at = amount.number().first();
            boolean alone = amount.first() == at && amount.last() == at + 1 && rangePartner(tokens, amount).isEmpty();
            if (alone && (NamesAndRanks.rank(tokens, at) || names.afterName(tokens, at, counts))) {
                FigureType type = NamesAndRanks.rank(tokens, at) ? FigureType.ORDINAL : FigureType.CODE;
                return Optional.of(step(text, sentenceIndex, tokens, Reading.of(at, at + 1, type,
                        amount.value().doubleValue())));
            }
        }
        if (amount.unit().isEmpty() && amount.number().spelled() && amount.last() == amount.number().first() + 1
                && NamesAndRanks.rank(tokens, amount.number().first())) {
            // "Platz sechs", "rank four": a spelled number after a rank noun is a position, like "Platz 6".
            return Optional.of(step(text, sentenceIndex, tokens, Reading.of(amount.number().first(),
                    amount.last(), FigureType.ORDINAL, amount.value().doubleValue())));
        }
        Optional<RatioShares.Ratio> ratio = ratios.after(tokens, amount);
        if (ratio.isPresent()) {
            return Optional.of(figure(text, sentenceIndex, tokens, ratio.get().share(), Optional.empty()));
        }
        Optional<Amount> partner = rangePartner(tokens, amount);
        if (partner.isEmpty() && loneOne(tokens, amount)
                && !one.counts(tokens, amount.number().first(), amount.number().last(), numbers.grammar())) {
            // "one would think", "one of the best", "one dead": the word for one that the sentence does not count.
            return Optional.of(new Step(Optional.empty(), amount.last()));
        }
        return Optional.of(figure(text, sentenceIndex, tokens, amount, partner));
    }

    /** "one", "eins": the word for one alone, without scale or fraction. */
    private boolean loneOne(List<Token> tokens, Amount amount) {
        NumberPhrase number = amount.number();
        return number.spelled() && number.last() - number.first() == 1 && amount.value().compareTo(BigDecimal.ONE) == 0
                && SpelledOne.form(tokens.get(number.first()).lower(), numbers.grammar());
    }

    /** Builds the figure of an amount and its range partner, with qualifier, conversion and counted noun. */
    private Step figure(String text, int sentenceIndex, List<Token> tokens, Amount amount, Optional<Amount> partner) {
        int firstToken = partner.isPresent() && amount.first() > 0
                && BETWEEN.contains(tokens.get(amount.first() - 1).lower()) ? amount.first() - 1 : amount.first();
        int last = partner.map(Amount::last).orElse(amount.last());
        Optional<UnitLexicon.Unit> unit = amount.unit().or(() -> partner.flatMap(Amount::unit));
        Qualifier leading = firstToken < amount.first() ? Qualifier.EXACT : CueWords.qualifier(tokens, firstToken);
        if (partner.isEmpty() && PhraseEdges.endsWithPlus(tokens, amount.number())) {
            leading = Qualifier.AT_LEAST;
        }
        Optional<Equivalent> equivalent = equivalent(text, tokens, last);
        int next = equivalent.map(Equivalent::next).orElse(last);
        Optional<LabelReader.Found> found = unit.isPresent() ? Optional.empty()
                : label(text, tokens, amount, partner.isPresent(), next);
        next = found.map(LabelReader.Found::next).orElse(next);
        if (unit.isEmpty() && found.isPresent() && "de".equals(numbers.grammar().language())) {
            // "zwei Urlaubswochen": a compound of a unit of time is that unit.
            unit = UnitLexicon.instance().timeHead(found.get().label().text());
            found = unit.isPresent() ? Optional.empty() : found;
        }
        Qualifier trailing = partner.isEmpty() ? CueWords.trailing(tokens, next) : Qualifier.EXACT;
        // "about five hundred or more": the trailing bound says more than the leading "about".
        Qualifier qualifier = trailing != Qualifier.EXACT && (leading == Qualifier.EXACT || leading == Qualifier.ABOUT)
                ? trailing : leading;
        FigureKind kind = partner.isPresent() ? FigureKind.RANGE
                : unit.map(UnitLexicon.Unit::kind).orElse(FigureKind.COUNT);
        int start = tokens.get(firstToken).start();
        int end = tokens.get(last - 1).end();
        BigDecimal from = partner.isPresent() ? scaledLike(amount, partner.get()) : amount.value();
        OptionalDouble to = partner.map(p -> OptionalDouble.of(p.value().doubleValue())).orElse(OptionalDouble.empty());
        Optional<String> currency = unit.filter(u -> u.kind() == FigureKind.MONEY).map(UnitLexicon.Unit::code);
        Optional<String> symbol = unit.filter(u -> u.kind() != FigureKind.MONEY).map(UnitLexicon.Unit::code);
        KeyFigure figure = new KeyFigure(text.substring(start, end), start, end, sentenceIndex, kind,
                from.doubleValue(), to, symbol, currency, Optional.empty(), qualifier, false,
                found.map(LabelReader.Found::label), equivalent.map(Equivalent::value), List.of(), 0);
        return new Step(Optional.of(figure), next);
    }

    /** The counted noun, or for a fraction of a group ("zwei Drittel der Deutschen", "3/4 of the members") the group. */
    private Optional<LabelReader.Found> label(String text, List<Token> tokens, Amount amount, boolean ranged, int at) {
        NumberPhrase number = amount.number();
        String written = text.substring(tokens.get(number.first()).start(), tokens.get(number.last() - 1).end());
        // A decimal such as 0.5 is no fraction of a group.
        boolean share = !ranged && amount.value().signum() > 0 && amount.value().compareTo(BigDecimal.ONE) < 0
                && (number.spelled() || written.indexOf('.') < 0 && written.indexOf(',') < 0);
        return share ? labels.readShareOf(text, tokens, at).or(() -> labels.read(text, tokens, at))
                : labels.read(text, tokens, at);
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
        Optional<Amount> amount = amounts.read(tokens, inner).filter(a -> a.unit().isPresent())
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
        // "up by a fifth to £1.8 billion": a share is no lower bound; it moves to the amount after it.
        int afterFirst = first.number().first() + 1;
        boolean share = first.value().compareTo(BigDecimal.ONE) < 0 && (first.number().spelled()
                || afterFirst < tokens.size() && tokens.get(afterFirst).isSymbol("/"));
        if (share) {
            return Optional.empty();
        }
        return amounts.read(tokens, connector + 1)
                .filter(second -> second.value().compareTo(first.value()) > 0)
                .filter(second -> !phoneLike(tokens, first, second))
                // "3.5 per cent to 142.30" is a move, not a range: a unit on the first number must come again.
                .filter(second -> first.unit().isEmpty() || first.unit().equals(second.unit()));
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
}
