package io.newsdigest.nlp.figures;

import java.util.Map;

/**
 * Writes the readings that are no amount of something in German or English: an age ("23 years old" / "23 Jahre
 * alt", "20–29 years old"), an ordinal ("4th" / "4."), a score ("3:1") and a code, which keeps its text as written.
 * Times of day and dates are written by {@link DateWriter}. Stateless.
 */
final class TypedWriter {

    private static final Map<String, String[]> AGE_UNITS = Map.of(
            "year", new String[] {"year", "years", "Jahr", "Jahre"},
            "month", new String[] {"month", "months", "Monat", "Monate"},
            "week", new String[] {"week", "weeks", "Woche", "Wochen"},
            "day", new String[] {"day", "days", "Tag", "Tage"});

    private TypedWriter() {
    }

    static String write(KeyFigure figure, String language) {
        boolean german = "de".equals(language);
        return switch (figure.type()) {
            case AGE -> age(figure, german);
            case ORDINAL -> NumberWriter.write(figure.value(), language) + (german ? "." : suffix(figure.value()));
            case SCORE -> NumberWriter.write(figure.value(), language) + ":"
                    + NumberWriter.write(figure.valueTo().orElse(0), language);
            case TIME -> DateWriter.write(figure.date().orElse(""), language);
            default -> figure.text();
        };
    }

    private static String age(KeyFigure figure, boolean german) {
        String language = german ? "de" : "en";
        String number = figure.valueTo().isPresent()
                ? NumberWriter.range(figure.value(), figure.valueTo().getAsDouble(), language)
                : NumberWriter.write(figure.value(), language);
        String[] words = AGE_UNITS.getOrDefault(figure.unit().orElse("year"), AGE_UNITS.get("year"));
        boolean plural = figure.valueTo().isPresent() || figure.value() != 1;
        String unit = words[(german ? 2 : 0) + (plural ? 1 : 0)];
        return number + " " + unit + (german ? " alt" : " old");
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "21st". */
    private static String suffix(double value) {
        long n = Math.round(value);
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
