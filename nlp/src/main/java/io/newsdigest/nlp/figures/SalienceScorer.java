package io.newsdigest.nlp.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores how key a figure is, in [0, 1]: what it measures (money and counted things first, dates last), where it
 * stands (news put the key facts first), whether the headline repeats it or its sentence's words, its magnitude,
 * and how often it is mentioned. The weights are documented in {@code docs/figures.md}. Stateless.
 */
final class SalienceScorer {

    private static final double KIND = 0.30;
    private static final double POSITION = 0.20;
    private static final double TITLE = 0.15;
    private static final double MAGNITUDE = 0.15;
    private static final double MENTIONS = 0.10;
    private static final double NAMED = 0.10;
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SalienceScorer() {
    }

    /** The headline, prepared once per text. */
    private record Title(String text, String digits, Set<String> words, Map<Integer, Double> overlaps) {
    }

    static List<KeyFigure> score(List<KeyFigure> figures, List<String> sentences, Optional<String> title) {
        String text = title.orElse("").toLowerCase(Locale.ROOT);
        Title prepared = new Title(text, NOT_DIGITS.matcher(text).replaceAll(" "), words(text), new HashMap<>());
        return figures.stream().map(figure -> figure.withSalience(score(figure, sentences, prepared))).toList();
    }

    private static double score(KeyFigure figure, List<String> sentences, Title titled) {
        double position = 1.0 - (double) figure.sentenceIndex() / Math.max(1, sentences.size());
        double title = titled.text().isEmpty() ? 0 : titleOverlap(figure, sentences, titled);
        double magnitude = figure.kind() == FigureKind.DATE ? 0
                : Math.min(1.0, Math.log10(Math.abs(figure.value()) + 1) / 10.0);
        double mentions = Math.min(1.0, figure.mentions().size() / 2.0);
        boolean named = figure.label().isPresent() || figure.currency().isPresent() || figure.unit().isPresent();
        double total = KIND * kindWeight(figure) + POSITION * position + TITLE * title + MAGNITUDE * magnitude
                + MENTIONS * mentions + NAMED * (named ? 1 : 0);
        return Math.max(0, Math.min(1, total));
    }

    private static double kindWeight(KeyFigure figure) {
        if (figure.type() == FigureType.AGE) {
            // A person's age describes them; it is rarely what the article is about.
            return 0.4;
        }
        return switch (figure.kind()) {
            case MONEY -> 1.0;
            case COUNT -> figure.label().isPresent() ? 0.9 : 0.3;
            case PERCENT -> 0.8;
            case QUANTITY -> 0.7;
            case RANGE -> figure.date().isPresent() ? 0.15 : 0.6;
            case DATE -> 0.1;
        };
    }

    private static double titleOverlap(KeyFigure figure, List<String> sentences, Title title) {
        String digits = NOT_DIGITS.matcher(figure.text()).replaceAll("");
        if (!digits.isEmpty() && title.digits().contains(digits)) {
            return 1.0;
        }
        if (figure.label().isPresent() && title.text().contains(figure.label().get().lemma().toLowerCase(Locale.ROOT))) {
            return 1.0;
        }
        int index = figure.sentenceIndex();
        if (index >= sentences.size() || title.words().isEmpty()) {
            return 0;
        }
        return title.overlaps().computeIfAbsent(index, i -> {
            Set<String> shared = new HashSet<>(words(sentences.get(i)));
            shared.retainAll(title.words());
            return Math.min(1.0, shared.size() / (double) Math.min(4, title.words().size()));
        });
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() > 3) {
                words.add(word);
            }
        }
        return words;
    }
}
