package io.newsdigest.nlp.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds repeated mentions of the same figure into its first mention: same kind, value, range end, unit, currency,
 * date and counted thing. The folded figure keeps the first mention's span and takes what later mentions add: a
 * qualifier where the first had none ("115.000 Chips" … "mehr als 115.000 Chips"), the estimate flag, a label, an
 * equivalent. Stateless.
 */
final class MentionFolder {

    private MentionFolder() {
    }

    static List<KeyFigure> fold(List<KeyFigure> figures) {
        Map<List<Object>, KeyFigure> first = new LinkedHashMap<>();
        Map<List<Object>, List<FigureMention>> more = new LinkedHashMap<>();
        for (KeyFigure figure : figures) {
            List<Object> key = key(figure);
            if (first.containsKey(key)) {
                more.get(key).add(new FigureMention(figure.text(), figure.start(), figure.end(), figure.sentenceIndex()));
            } else {
                first.put(key, figure);
                more.put(key, new ArrayList<>());
            }
        }
        Map<List<Object>, List<KeyFigure>> repeats = new LinkedHashMap<>();
        for (KeyFigure figure : figures) {
            repeats.computeIfAbsent(key(figure), k -> new ArrayList<>()).add(figure);
        }
        List<KeyFigure> folded = new ArrayList<>();
        first.forEach((key, figure) -> folded.add(more.get(key).isEmpty() ? figure
                : merged(repeats.get(key), more.get(key))));
        return folded;
    }

    private static List<Object> key(KeyFigure figure) {
        Optional<String> lemma = figure.label().map(FigureLabel::lemma);
        return java.util.Arrays.asList(figure.kind(), figure.value(), figure.valueTo(), figure.unit(),
                figure.currency(), figure.date(), figure.kind() == FigureKind.COUNT ? lemma : Optional.empty());
    }

    private static KeyFigure merged(List<KeyFigure> repeats, List<FigureMention> mentions) {
        Objects.requireNonNull(mentions);
        KeyFigure figure = repeats.get(0);
        Qualifier qualifier = repeats.stream().map(KeyFigure::qualifier).filter(q -> q != Qualifier.EXACT)
                .findFirst().orElse(Qualifier.EXACT);
        boolean estimated = repeats.stream().anyMatch(KeyFigure::estimated);
        Optional<FigureLabel> label = repeats.stream().map(KeyFigure::label).flatMap(Optional::stream).findFirst();
        Optional<FigureEquivalent> equivalent = repeats.stream().map(KeyFigure::equivalent).flatMap(Optional::stream)
                .findFirst();
        return new KeyFigure(figure.text(), figure.start(), figure.end(), figure.sentenceIndex(), figure.kind(),
                figure.value(), figure.valueTo(), figure.unit(), figure.currency(), figure.date(), qualifier,
                estimated, label, equivalent, mentions, figure.salience());
    }
}
