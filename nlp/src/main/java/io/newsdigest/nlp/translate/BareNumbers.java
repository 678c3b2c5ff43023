package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.figures.KeyFigure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers written in digits that the figure extractor does not read as figures ("H100", "Linie 7", "R1"): each
 * must appear in the source too, so that a model cannot turn "H100" into "H200" unseen. Digits are compared without
 * their group and decimal separators, which differ between languages. Stateless and thread-safe.
 */
final class BareNumbers {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,'\u00a0\u202f]\\d+)*");

    private BareNumbers() {
    }

    /** A number in the output that the source does not have. */
    record Stray(String text, int start, int end) {
    }

    /**
     * @param source        the source text the output must keep to
     * @param sourceFigures its figures, whose values also count as written (a spelled "sieben" backs "7")
     * @param output        the output text
     * @param outputFigures the output's figures: numbers inside them are the figure check's business
     */
    static List<Stray> strays(String source, List<KeyFigure> sourceFigures, String output, List<KeyFigure> outputFigures) {
        Set<String> known = new HashSet<>();
        Matcher inSource = NUMBER.matcher(source);
        while (inSource.find()) {
            known.add(digits(inSource.group()));
        }
        for (KeyFigure figure : sourceFigures) {
            addValue(known, figure.value());
            figure.valueTo().ifPresent(to -> addValue(known, to));
        }
        List<Stray> strays = new ArrayList<>();
        Matcher inOutput = NUMBER.matcher(output);
        while (inOutput.find()) {
            int start = inOutput.start();
            int end = inOutput.end();
            boolean insideFigure = outputFigures.stream().anyMatch(f -> f.start() <= start && f.end() >= end);
            if (!insideFigure && !known.contains(digits(inOutput.group()))) {
                strays.add(new Stray(inOutput.group(), start, end));
            }
        }
        return strays;
    }

    private static void addValue(Set<String> known, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            known.add(Long.toString((long) Math.abs(value)));
        }
    }

    private static String digits(String number) {
        return number.replaceAll("\\D", "");
    }
}
