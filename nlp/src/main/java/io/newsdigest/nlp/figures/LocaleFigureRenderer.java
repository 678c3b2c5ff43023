package io.newsdigest.nlp.figures;

import io.newsdigest.nlp.translate.Translator;
import io.newsdigest.nlp.translate.TranslatorProvider;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a key figure in German or English with that language's number format and words: "more than 115,000
 * chips", "mehr als 115.000 Chips", "5 billion yuan" / "5 Milliarden Yuan", "about 25,000 processors (estimated)",
 * a conversion as "≈ 700 million USD". A label in another language than the target comes from an installed
 * translator, else from the glossary documented in {@code docs/figures.md}, else it is written as found with its
 * language tag ("Xinjiang-Projekte [de]").
 *
 * <p>Thread-safe. It does not own the translators it is given and closes nothing; it keeps at most
 * {@value #LABEL_CACHE} translated labels. Any target language but German is written in English.
 */
public final class LocaleFigureRenderer implements FigureRenderer {

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]+");
    private static final Pattern RATIO = Pattern.compile("(?iu)[\\p{L}\\d.,']+ (?:in|out of|von) [\\p{L}\\d.,']+");

    private static final int LABEL_CACHE = 1024;

    private final TranslatorProvider translators;
    private final Map<String, String> translatedLabels = new ConcurrentHashMap<>();

    private static final Map<String, String[]> CURRENCIES = Map.of(
            "CNY", new String[] {"yuan", "yuan", "Yuan", "Yuan"},
            "EUR", new String[] {"euro", "euros", "Euro", "Euro"},
            "USD", new String[] {"US dollar", "US dollars", "US-Dollar", "US-Dollar"},
            "GBP", new String[] {"pound sterling", "pounds sterling", "Pfund Sterling", "Pfund Sterling"},
            "CHF", new String[] {"Swiss franc", "Swiss francs", "Schweizer Franken", "Schweizer Franken"},
            "JPY", new String[] {"yen", "yen", "Yen", "Yen"});
    private static final Map<String, String[]> UNIT_WORDS = Map.of(
            "pp", new String[] {"percentage point", "percentage points", "Prozentpunkt", "Prozentpunkte"},
            "year", new String[] {"year", "years", "Jahr", "Jahre"},
            "month", new String[] {"month", "months", "Monat", "Monate"},
            "week", new String[] {"week", "weeks", "Woche", "Wochen"},
            "day", new String[] {"day", "days", "Tag", "Tage"},
            "h", new String[] {"hour", "hours", "Stunde", "Stunden"},
            "min", new String[] {"minute", "minutes", "Minute", "Minuten"},
            "s", new String[] {"second", "seconds", "Sekunde", "Sekunden"});

    /** Creates a renderer that takes labels in the other language from the glossary only. */
    public LocaleFigureRenderer() {
        this(TranslatorProvider.none());
    }

    /** @param translators where to find a translator for labels; the glossary is the fallback */
    public LocaleFigureRenderer(TranslatorProvider translators) {
        this.translators = Objects.requireNonNull(translators, "translators");
    }

    @Override
    public String render(KeyFigure figure, String targetLanguage) {
        String language = targetLanguage != null && "de".equalsIgnoreCase(targetLanguage.strip()) ? "de" : "en";
        if (figure.date().isPresent()) {
            // A deadline keeps its word: "bis Juni 2025" is "by June 2025", not the month itself.
            String deadline = figure.qualifier() == Qualifier.UP_TO ? ("de".equals(language) ? "bis " : "by ") : "";
            return deadline + DateWriter.write(figure.date().get(), language);
        }
        if (!figure.type().keyFigure() || figure.type() == FigureType.AGE) {
            return TypedWriter.write(figure, language);
        }
        StringBuilder out = new StringBuilder();
        String qualifier = qualifier(figure.qualifier(), language);
        if (!qualifier.isEmpty()) {
            out.append(qualifier).append(' ');
        }
        out.append(amount(figure, language));
        figure.equivalent().ifPresent(equivalent -> out.append(" ≈ ")
                .append(NumberWriter.write(equivalent.value(), language)).append(' ')
                .append(equivalent.currency().or(equivalent::unit).orElse("")));
        if (figure.estimated()) {
            out.append("de".equals(language) ? " (geschätzt)" : " (estimated)");
        }
        return out.toString().strip();
    }

    private String amount(KeyFigure figure, String language) {
        boolean plural = figure.valueTo().isPresent() || Math.abs(figure.value()) != 1;
        String number = figure.valueTo().isPresent()
                ? NumberWriter.range(figure.value(), figure.valueTo().getAsDouble(), language)
                : figure.currency().isPresent() ? NumberWriter.money(figure.value(), language)
                : NumberWriter.write(figure.value(), language);
        if (figure.currency().isPresent()) {
            return number + " " + word(CURRENCIES, figure.currency().get(), plural, language);
        }
        if (figure.unit().isPresent()) {
            String unit = figure.unit().get();
            if ("%".equals(unit)) {
                return number + ("de".equals(language) ? " %" : "%");
            }
            if ("°".equals(unit)) {
                // An angle or a temperature without its scale: "35°", as both languages write it.
                return number + unit;
            }
            return number + " " + word(UNIT_WORDS, unit, plural, language);
        }
        Optional<String> ratio = writtenAsRatio(figure)
                ? NumberWriter.ratio(figure.value(), writtenDenominator(figure.text()), language) : Optional.empty();
        if (ratio.isPresent()) {
            return ratio.get() + figure.label().map(label -> " " + ratioGroup(label, language)).orElse("");
        }
        Optional<String> fraction = writtenAsFraction(figure) ? NumberWriter.fraction(figure.value(), language)
                : Optional.empty();
        if (fraction.isPresent()) {
            return fraction.get() + figure.label().map(label -> label.isGroup() ? shareOf(label, language)
                    : " " + label(label, true, language)).orElse("");
        }
        return figure.label().map(label -> number + " " + label(label, plural, language)).orElse(number);
    }

    /** "one in five", "4 out of 10", "vier von fünf": a share the source wrote as a ratio of two numbers. */
    private static boolean writtenAsRatio(KeyFigure figure) {
        return figure.valueTo().isEmpty() && figure.value() > 0 && figure.value() < 1
                && RATIO.matcher(figure.text()).matches();
    }

    /** "4 out of 10" keeps its 10; a denominator in words ("one in five") is found again from the value. */
    private static int writtenDenominator(String text) {
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return last.chars().allMatch(Character::isDigit) && !last.isEmpty() && last.length() <= 4
                ? Integer.parseInt(last) : 0;
    }

    /** German "von" takes the dative: "4 von 5 Wählern"; a label kept as written already has its case. */
    private String ratioGroup(FigureLabel label, String language) {
        String group = label(label, true, language);
        boolean dative = "de".equals(language) && !label.language().equals(language)
                && !group.endsWith("n") && !group.endsWith("s") && !group.endsWith("]");
        return dative ? group + "n" : group;
    }

    /** A share or a fraction as the source wrote it ("zwei Drittel", "3/4", "½"); "0.5 points" stays a decimal. */
    private static boolean writtenAsFraction(KeyFigure figure) {
        if (figure.valueTo().isPresent()) {
            return false;
        }
        String text = figure.text().toLowerCase(Locale.ROOT);
        return figure.label().filter(FigureLabel::isGroup).isPresent() || text.indexOf('/') >= 0
                || WORDS.splitAsStream(text).anyMatch(NumberGrammar::writesAFraction);
    }

    /**
     * " of the area", " des Jahres", " der Befragten": the words that joined the group, kept when the group stays in
     * its language; across languages a singular group takes "of the" or "der" (the German genitive plural and
     * feminine singular), "aller" becomes "of all" and back.
     */
    private String shareOf(FigureLabel label, String language) {
        // "Anwohner" is singular and plural alike: a group of them is plural.
        boolean singular = Glossary.find(label.text(), label.language())
                .filter(entry -> entry.singular(label.language()).equalsIgnoreCase(label.text())
                        && !entry.plural(label.language()).equalsIgnoreCase(label.text())).isPresent();
        String group = label(label, !singular, language);
        if (label.language().equals(language)) {
            return " " + label.of() + " " + group;
        }
        boolean all = label.of().endsWith("all") || label.of().equals("aller");
        if ("de".equals(language)) {
            return (all ? " aller " : " der ") + group;
        }
        boolean definite = singular || label.of().equals("des");
        return (all ? " of all " : definite ? " of the " : " of ") + group;
    }

    private static String word(Map<String, String[]> table, String code, boolean plural, String language) {
        String[] words = table.get(code);
        if (words == null) {
            return code;
        }
        int offset = "de".equals(language) ? 2 : 0;
        return words[offset + (plural ? 1 : 0)];
    }

    private String label(FigureLabel label, boolean plural, String language) {
        if (label.language().equals(language)) {
            return label.text();
        }
        Optional<String> translated = translated(label, language);
        if (translated.isPresent()) {
            return translated.get();
        }
        Optional<Glossary.Entry> entry = Glossary.head(label.lemma(), label.language()).map(Glossary.Head::entry);
        return entry.map(e -> plural ? e.plural(language) : e.singular(language))
                .orElse(label.text() + " [" + label.language() + "]");
    }

    private Optional<String> translated(FigureLabel label, String language) {
        String key = label.language() + ">" + language + ":" + label.text();
        String cached = translatedLabels.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Translator> translator = translators.find(label.language(), language);
        if (translator.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> output = translator.get().translate(List.of(label.text()));
            Optional<String> text = output.stream().findFirst().map(String::strip).filter(t -> !t.isEmpty());
            if (text.isPresent() && translatedLabels.size() < LABEL_CACHE) {
                translatedLabels.put(key, text.get());
            }
            return text;
        } catch (RuntimeException e) {
            // A failing model must not cost the figure: the glossary answers instead.
            return Optional.empty();
        }
    }

    private static String qualifier(Qualifier qualifier, String language) {
        boolean german = "de".equals(language);
        return switch (qualifier) {
            case EXACT -> "";
            case ABOUT -> german ? "etwa" : "about";
            case MORE_THAN -> german ? "mehr als" : "more than";
            case AT_LEAST -> german ? "mindestens" : "at least";
            case LESS_THAN -> german ? "weniger als" : "less than";
            case UP_TO -> german ? "bis zu" : "up to";
        };
    }
}
