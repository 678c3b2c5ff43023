package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.figures.FigureRenderer;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.figures.Qualifier;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.translate.FigureCheck.Outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that the figures of a translated or generated sentence are the source's figures: same kind, value
 * (after unit scale), range, unit, currency, date, and a qualifier the source implies (see {@link FigureMatcher}).
 * A figure that differs is repaired, where repairs are allowed, when exactly one unmatched source figure can stand
 * for it: the source figure is re-rendered in the target language over the wrong one, and the repair is kept only
 * if the extractor then reads the source figure there. Anything else leaves the sentence unverified; a figure with
 * no source at all is reported as unbacked ({@link GuardedSentence#unbackedFigures()}), and the caller must not
 * show the sentence as it stands. Every check is reported.
 *
 * <p>Thread-safe when its extractor and renderer are (their contracts say they are). It owns nothing. It does
 * not judge the words around the figures, and it cannot see a figure the extractor does not find, except that
 * {@link #checkWritten} also requires every number written in digits to appear in the source.
 */
public final class FigureGuard {

    /** Whether a misstated figure may be re-rendered from its source. */
    public enum Repairs {
        /** A local seq2seq model mangling digits ("2,200,12") gets the source figure written over them. */
        ALLOWED,
        /** A chat model that changed a figure may have changed the words around it too: flag, never repair. */
        NEVER
    }

    private final KeyFigureExtractor extractor;
    private final FigureRenderer renderer;

    public FigureGuard(KeyFigureExtractor extractor, FigureRenderer renderer) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Checks a translation, repairing where it can: every source figure must appear in the output and nothing else.
     *
     * @param source the source sentence
     * @param output its translation
     */
    public GuardedSentence checkTranslation(String source, String sourceLanguage, String output, String targetLanguage) {
        return checkTranslation(source, sourceLanguage, output, targetLanguage, Repairs.ALLOWED);
    }

    /** Checks a translation: every source figure must appear in the output, and every output number in the source. */
    public GuardedSentence checkTranslation(String source, String sourceLanguage, String output, String targetLanguage,
                                            Repairs repairs) {
        List<KeyFigure> sourceFigures = figures(source, sourceLanguage);
        return check(new Pool(sourceFigures, sourceFigures, true, repairs), Optional.of(source), output, targetLanguage);
    }

    /** Translates the sentences and checks each translation; one result per sentence, in order. */
    public List<GuardedSentence> translate(Translator translator, List<String> sentences) {
        return translate(translator, sentences, Repairs.ALLOWED);
    }

    /** Translates the sentences and checks each translation with the given repair policy. */
    public List<GuardedSentence> translate(Translator translator, List<String> sentences, Repairs repairs) {
        List<String> outputs = translator.translate(sentences);
        List<GuardedSentence> guarded = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            guarded.add(checkTranslation(sentences.get(i), translator.source(), outputs.get(i), translator.target(),
                    repairs));
        }
        return guarded;
    }

    /**
     * Checks a generated sentence, which may leave figures out: each of its figures must be one of the article's.
     *
     * @param articleFigures every figure of the article
     * @param closest the figures of the source sentence the output is closest to: the only ones used for repairs
     */
    public GuardedSentence checkGenerated(List<KeyFigure> articleFigures, List<KeyFigure> closest, String output,
                                          String language) {
        return check(new Pool(articleFigures, closest, false, Repairs.ALLOWED), Optional.empty(), output, language);
    }

    /**
     * Checks a sentence a chat model wrote, never repairing: each of its figures must state one of the source's
     * figures (or its conversion in parentheses), and each number it writes in digits must appear in the source.
     * A matched check's {@link FigureCheck#source()} says which source figure (and so which sentence) backs it.
     *
     * @param sourceText    the text the sentence draws on (the article)
     * @param sourceFigures that text's figures
     */
    public GuardedSentence checkWritten(String sourceText, List<KeyFigure> sourceFigures, String output, String language) {
        return check(new Pool(sourceFigures, List.of(), false, Repairs.NEVER), Optional.of(sourceText), output, language);
    }

    /**
     * The source figures an output is held to.
     *
     * @param match      figures an output figure may state
     * @param repair     figures a misstated output figure may be re-rendered from
     * @param requireAll whether every figure of {@code match} must appear (translations)
     */
    private record Pool(List<KeyFigure> match, List<KeyFigure> repair, boolean requireAll, Repairs repairs) {
    }

    private GuardedSentence check(Pool pool, Optional<String> sourceText, String output, String language) {
        List<KeyFigure> outputFigures = figures(output, language);
        List<FigureCheck> checks = new ArrayList<>();
        List<KeyFigure> unmatchedSources = new ArrayList<>(pool.requireAll() ? pool.match() : pool.repair());
        List<KeyFigure> unmatchedOutputs = new ArrayList<>();
        for (KeyFigure figure : outputFigures) {
            if (FigureMatcher.indefinite(figure)) {
                continue;
            }
            // A source figure stated twice, or with its conversion beside it, is still that one figure.
            Optional<KeyFigure> same = unmatchedSources.stream()
                    .filter(candidate -> FigureMatcher.backs(candidate, figure)).findFirst()
                    .or(() -> pool.match().stream().filter(candidate -> FigureMatcher.backs(candidate, figure))
                            .findFirst());
            if (same.isPresent()) {
                unmatchedSources.remove(same.get());
                checks.add(new FigureCheck(Outcome.MATCHED, same, Optional.of(figure), Optional.empty(),
                        "'" + figure.text() + "' matches the source '" + same.get().text() + "'"));
            } else {
                unmatchedOutputs.add(figure);
            }
        }
        String text = pool.repairs() == Repairs.ALLOWED
                ? repair(output, language, unmatchedSources, unmatchedOutputs, checks) : output;
        for (KeyFigure figure : unmatchedOutputs) {
            checks.add(new FigureCheck(Outcome.UNEXPECTED, Optional.empty(), Optional.of(figure), Optional.empty(),
                    "'" + figure.text() + "' is not a figure of the source"));
        }
        if (pool.requireAll()) {
            for (KeyFigure figure : unmatchedSources) {
                checks.add(new FigureCheck(Outcome.MISSING, Optional.of(figure), Optional.empty(), Optional.empty(),
                        "the source figure '" + figure.text() + "' is missing; the sentence is unverified"));
            }
        }
        sourceText.ifPresent(source -> strays(source, pool.match(), text, language, checks));
        boolean verified = checks.stream().allMatch(check -> check.outcome().trustworthy());
        return new GuardedSentence(text, verified, checks);
    }

    private void strays(String source, List<KeyFigure> sourceFigures, String text, String language,
                        List<FigureCheck> checks) {
        for (BareNumbers.Stray stray : BareNumbers.strays(source, sourceFigures, text, figures(text, language))) {
            checks.add(new FigureCheck(Outcome.UNEXPECTED, Optional.empty(), Optional.empty(), Optional.empty(),
                    "the number '" + stray.text() + "' does not appear in the source", stray.text()));
        }
    }

    /** Repairs unambiguous pairs right to left, so that the spans of earlier figures stay valid. */
    private String repair(String output, String language, List<KeyFigure> sources, List<KeyFigure> outputs,
                          List<FigureCheck> checks) {
        String text = output;
        List<KeyFigure> rightToLeft = new ArrayList<>(outputs);
        rightToLeft.sort(Comparator.comparingInt(KeyFigure::start).reversed());
        for (KeyFigure wrong : rightToLeft) {
            List<KeyFigure> candidates = sources.stream().filter(source -> compatible(source, wrong)).toList();
            if (candidates.size() != 1 || outputs.stream().filter(o -> compatible(candidates.get(0), o)).count() != 1) {
                continue;
            }
            KeyFigure source = candidates.get(0);
            Optional<String> repaired = rerender(text, language, wrong, source);
            outputs.remove(wrong);
            sources.remove(source);
            if (repaired.isPresent()) {
                String replacement = repaired.get().substring(wrong.start(),
                        repaired.get().length() - (text.length() - wrong.end()));
                checks.add(new FigureCheck(Outcome.REPAIRED, Optional.of(source), Optional.of(wrong),
                        Optional.of(replacement), "'" + wrong.text() + "' did not match the source '" + source.text()
                        + "' and was replaced by '" + replacement + "'"));
                text = repaired.get();
            } else {
                checks.add(new FigureCheck(Outcome.MISMATCHED, Optional.of(source), Optional.of(wrong),
                        Optional.empty(), "'" + wrong.text() + "' does not match the source '" + source.text()
                        + "' and could not be repaired"));
            }
        }
        return text;
    }

    /** Tries the source figure with its qualifier, then without (when the output already words the qualifier). */
    private Optional<String> rerender(String text, String language, KeyFigure wrong, KeyFigure source) {
        List<KeyFigure> variants = source.qualifier() == Qualifier.EXACT ? List.of(bare(source, Qualifier.EXACT))
                : List.of(bare(source, source.qualifier()), bare(source, Qualifier.EXACT));
        for (KeyFigure variant : variants) {
            String rendered = renderer.render(variant, language);
            String candidate = text.substring(0, wrong.start()) + rendered + text.substring(wrong.end());
            boolean reads = figures(candidate, language).stream()
                    .anyMatch(found -> found.start() <= wrong.start() + rendered.length()
                            && found.end() >= wrong.start() && sameFigure(source, found));
            if (reads) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The source figure without what the output words itself: its label and, if asked, its qualifier. */
    private static KeyFigure bare(KeyFigure figure, Qualifier qualifier) {
        return new KeyFigure(figure.text(), figure.start(), figure.end(), figure.sentenceIndex(), figure.kind(),
                figure.value(), figure.valueTo(), figure.unit(), figure.currency(), figure.date(), qualifier,
                figure.estimated(), Optional.empty(), Optional.empty(), List.of(), figure.salience());
    }

    private List<KeyFigure> figures(String text, String language) {
        if (text.isBlank()) {
            return List.of();
        }
        return extractor.extract(text, List.of(new Sentence(0, 0, text.length(), text)), language, Optional.empty());
    }

    /** Whether {@code b} states {@code a}: see {@link FigureMatcher#same}. */
    static boolean sameFigure(KeyFigure a, KeyFigure b) {
        return FigureMatcher.same(a, b);
    }

    /** Whether an output figure could be a misstated source figure: only one of the same kind can stand for it. */
    private static boolean compatible(KeyFigure source, KeyFigure output) {
        return source.kind() == output.kind();
    }
}
