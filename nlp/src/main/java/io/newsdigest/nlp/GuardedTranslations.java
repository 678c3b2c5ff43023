package io.newsdigest.nlp;

import io.newsdigest.nlp.chat.ChatCallException;
import io.newsdigest.nlp.chat.ChatModelServer;
import io.newsdigest.nlp.chat.ChatTranslator;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.installed.ModelComponents;
import io.newsdigest.nlp.translate.FigureCheck;
import io.newsdigest.nlp.translate.FigureGuard;
import io.newsdigest.nlp.translate.GuardedSentence;
import io.newsdigest.nlp.translate.Translator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translates sentences, by the chat model or a local model as the request's engine preference and the installed
 * models decide, and holds every translated sentence to the figure guard: a local model's misstated figure is
 * repaired where the source figure is unambiguous; a sentence that still states a figure the source does not back
 * is replaced by the local model's translation (when the chat model wrote it) or by the source sentence, and a
 * warning names the figure. Thread-safe; owns nothing.
 */
final class GuardedTranslations {

    private final KeyFigureExtractor figures;
    private final ModelEvents events;

    GuardedTranslations(KeyFigureExtractor figures, ModelEvents events) {
        this.figures = figures;
        this.events = events;
    }

    /**
     * The sentences as translated and guarded.
     *
     * @param sentences one per source sentence, in order
     * @param method    {@code onnx} or {@code llm}
     * @param modelId   the model that translated
     */
    record Translated(List<Sentence> sentences, String method, String modelId) {

        /** @return how many sentences the guard replaced */
        int replaced() {
            return (int) sentences.stream().filter(Sentence::replaced).count();
        }
    }

    /**
     * One translated sentence.
     *
     * @param text     its translation, or what replaced it
     * @param verified false when a figure could not be matched (a missing one)
     * @param replaced whether the guard replaced the translation
     * @param language the source language, when the replacement is the untranslated source sentence
     */
    record Sentence(String text, boolean verified, boolean replaced, Optional<String> language) {
    }

    /**
     * @param label names a sentence in warnings ("Summary sentence", "Sentence"), numbered from 1
     * @return empty when nothing can translate the pair for this request
     */
    Optional<Translated> translate(List<String> sentences, String from, String to, ModelComponents parts,
                                   ChatAvailability chat, String where, String label, List<String> warnings) {
        FigureGuard guard = new FigureGuard(figures, parts.renderer());
        Optional<Translator> local = parts.translators().find(from, to);
        List<GuardedSentence> guarded = null;
        String method = "onnx";
        String modelId = "";
        Optional<ChatModelServer> server = chat.usable();
        if (server.isPresent() && (chat.preferred() || local.isEmpty())) {
            ChatTranslator translator = new ChatTranslator(server.get(), from, to);
            try {
                guarded = guard.translate(translator, sentences, FigureGuard.Repairs.NEVER);
                chat.succeeded("translate");
                method = "llm";
                modelId = translator.modelId();
            } catch (ChatCallException e) {
                warnings.add("The chat model could not translate: " + chat.failed("translate", e) + "; "
                        + (local.isPresent() ? "the local model translated instead." : "nothing else translates "
                        + from + "→" + to + " here."));
            }
        }
        if (guarded == null) {
            if (local.isEmpty()) {
                return Optional.empty();
            }
            guarded = guard.translate(local.get(), sentences, FigureGuard.Repairs.ALLOWED);
            modelId = local.get().modelId();
        }
        Optional<Translator> fallback = "llm".equals(method) ? local : Optional.empty();
        return Optional.of(settle(sentences, guarded, from, to, guard, fallback, method, modelId, where, label,
                warnings));
    }

    private Translated settle(List<String> sentences, List<GuardedSentence> guarded, String from, String to,
                              FigureGuard guard, Optional<Translator> fallback, String method, String modelId,
                              String where, String label, List<String> warnings) {
        List<Sentence> settled = new ArrayList<>();
        int repaired = 0;
        for (int i = 0; i < sentences.size(); i++) {
            GuardedSentence sentence = guarded.get(i);
            String name = label + " " + (i + 1) + ": ";
            List<String> unbacked = sentence.unbackedFigures();
            if (unbacked.isEmpty()) {
                settled.add(new Sentence(sentence.text(), sentence.verified(), false, Optional.empty()));
                sentence.notes().forEach(note -> warnings.add(name + note));
                repaired += (int) sentence.checks().stream()
                        .filter(check -> check.outcome() == FigureCheck.Outcome.REPAIRED).count();
                continue;
            }
            String source = sentences.get(i);
            Optional<GuardedSentence> local = fallback.map(translator -> guard.checkTranslation(source, from,
                    translator.translate(List.of(source)).get(0), to, FigureGuard.Repairs.ALLOWED))
                    .filter(candidate -> candidate.unbackedFigures().isEmpty());
            warnings.add(name + "the translation states " + quoted(unbacked) + ", which the source does not back;"
                    + " the sentence was replaced by " + (local.isPresent() ? "the local model's translation"
                    : "the source sentence, untranslated") + ".");
            settled.add(local.map(g -> new Sentence(g.text(), g.verified(), true, Optional.<String>empty()))
                    .orElse(new Sentence(source, true, true, Optional.of(from))));
        }
        Translated translated = new Translated(settled, method, modelId);
        if (translated.replaced() > 0) {
            events.sentencesReplaced(where, translated.replaced());
        }
        if (repaired > 0) {
            events.figuresRepaired(where, repaired);
        }
        return translated;
    }

    static String quoted(List<String> figures) {
        List<String> quoted = figures.stream().map(figure -> "'" + figure + "'").distinct().toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
