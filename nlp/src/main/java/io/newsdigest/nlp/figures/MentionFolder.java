package io.newsdigest.nlp.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds repeated mentions of the same figure into its first mention: same kind, value, range end, unit, currency,
 * date and counted thing. Stateless.
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
        List<KeyFigure> folded = new ArrayList<>();
        first.forEach((key, figure) -> folded.add(more.get(key).isEmpty() ? figure : withMentions(figure, more.get(key))));
        return folded;
    }

    private static List<Object> key(KeyFigure figure) {
        Optional<String> lemma = figure.label().map(FigureLabel::lemma);
        return java.util.Arrays.asList(figure.kind(), figure.value(), figure.valueTo(), figure.unit(),
                figure.currency(), figure.date(), figure.kind() == FigureKind.COUNT ? lemma : Optional.empty());
    }

    private static KeyFigure withMentions(KeyFigure figure, List<FigureMention> mentions) {
        Objects.requireNonNull(mentions);
        return new KeyFigure(figure.text(), figure.start(), figure.end(), figure.sentenceIndex(), figure.kind(),
                figure.value(), figure.valueTo(), figure.unit(), figure.currency(), figure.date(), figure.qualifier(),
                figure.estimated(), figure.label(), figure.equivalent(), mentions, figure.salience());
    }
}
