package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.figures.FigureKind;
import io.newsdigest.nlp.figures.FigureRenderer;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.figures.Qualifier;
import io.newsdigest.nlp.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small figure grammar for testing the guard without the real extractor: integers with
 * thousands separators ({@code .} in German, {@code ,} in English), an optional "Euro"/"euros" (money) or
 * "%" (percent), and the qualifiers "mehr als"/"more than".
 */
final class FakeFigures implements KeyFigureExtractor, FigureRenderer {

    private static final Pattern FIGURE = Pattern.compile(
            "(?:(mehr als|more than) )?(\\d{1,3}(?:[.,]\\d{1,3})*)( Euro| euros| ?%)?");

    @Override
    public List<KeyFigure> extract(String text, List<Sentence> sentences, String language, Optional<String> title) {
        List<KeyFigure> figures = new ArrayList<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            String separator = language.equals("de") ? "." : ",";
            String digits = matcher.group(2);
            // A group after a separator must have three digits, else the number is read as written: wrong on purpose.
            double value = Double.parseDouble(digits.replace(separator, "").replace(",", ".").replace("..", "."));
            String suffix = matcher.group(3) == null ? "" : matcher.group(3).strip();
            FigureKind kind = suffix.isEmpty() ? FigureKind.COUNT : suffix.equals("%") ? FigureKind.PERCENT
                    : FigureKind.MONEY;
            Qualifier qualifier = matcher.group(1) == null ? Qualifier.EXACT : Qualifier.MORE_THAN;
            figures.add(new KeyFigure(matcher.group(), matcher.start(), matcher.end(), 0, kind, value,
                    OptionalDouble.empty(), kind == FigureKind.PERCENT ? Optional.of("%") : Optional.empty(),
                    kind == FigureKind.MONEY ? Optional.of("EUR") : Optional.empty(), Optional.empty(), qualifier,
                    false, Optional.empty(), Optional.empty(), List.of(), 0.5));
        }
        return figures;
    }

    @Override
    public String render(KeyFigure figure, String targetLanguage) {
        boolean german = targetLanguage.equals("de");
        String number = String.format(java.util.Locale.ROOT, "%,d", (long) figure.value())
                .replace(",", german ? "." : ",");
        String qualifier = figure.qualifier() == Qualifier.MORE_THAN ? (german ? "mehr als " : "more than ") : "";
        String unit = switch (figure.kind()) {
            case MONEY -> german ? " Euro" : " euros";
            case PERCENT -> "%";
            default -> "";
        };
        return qualifier + number + unit;
    }
}
