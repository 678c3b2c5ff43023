package io.newsdigest.nlp.figures;

import java.util.ArrayList;
import java.util.Arrays;
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
        Map<List<Object>, List<List<KeyFigure>>> groups = new LinkedHashMap<>();
        List<List<KeyFigure>> order = new ArrayList<>();
        for (KeyFigure figure : figures) {
            List<List<KeyFigure>> candidates = groups.computeIfAbsent(key(figure), k -> new ArrayList<>());
            Optional<List<KeyFigure>> group = candidates.stream().filter(g -> compatible(g, figure)).findFirst();
            if (group.isPresent()) {
                group.get().add(figure);
            } else {
                List<KeyFigure> created = new ArrayList<>(List.of(figure));
                candidates.add(created);
                order.add(created);
            }
        }
        List<KeyFigure> folded = new ArrayList<>();
        for (List<KeyFigure> group : order) {
            folded.add(group.size() == 1 ? group.get(0) : merged(group, mentions(group)));
        }
        return folded;
    }

    /** "mehr als 10" and "weniger als 10" are two figures; an unqualified mention joins either. */
    private static boolean compatible(List<KeyFigure> group, KeyFigure figure) {
        Qualifier qualifier = figure.qualifier();
        return qualifier == Qualifier.EXACT || group.stream().map(KeyFigure::qualifier)
                .allMatch(q -> q == Qualifier.EXACT || q == qualifier);
    }

    private static List<FigureMention> mentions(List<KeyFigure> group) {
        return group.subList(1, group.size()).stream()
                .map(f -> new FigureMention(f.text(), f.start(), f.end(), f.sentenceIndex())).toList();
    }

    private static List<Object> key(KeyFigure figure) {
        Optional<String> lemma = figure.label().map(FigureLabel::lemma);
        return Arrays.asList(figure.type(), figure.kind(), figure.value(), figure.valueTo(), figure.unit(),
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
                estimated, label, equivalent, mentions, figure.salience(), figure.type());
    }
}
