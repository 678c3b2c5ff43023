package io.newsdigest.nlp;

import io.newsdigest.nlp.installed.ModelComponents;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole text translated for {@code /v1/translate}: split into paragraphs and sentences, translated in one go
 * (one chat call, or one batch of the local model) through {@link GuardedTranslations}, and put back together
 * paragraph by paragraph. Thread-safe; owns nothing.
 */
final class TextTranslation {

    private final SentenceSplitter splitter;
    private final GuardedTranslations translations;

    TextTranslation(SentenceSplitter splitter, GuardedTranslations translations) {
        this.splitter = splitter;
        this.translations = translations;
    }

    Translation translate(String text, String from, String to, ModelComponents parts, ChatAvailability chat) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            List<String> inParagraph = splitter.split(paragraph, from).stream().map(Sentence::text).toList();
            if (!inParagraph.isEmpty()) {
                paragraphs.add(inParagraph);
                sentences.addAll(inParagraph);
            }
        }
        List<String> warnings = new ArrayList<>();
        if (sentences.isEmpty()) {
            return new Translation(from, to, "", "none", List.of("The text has no sentences to translate."));
        }
        Optional<GuardedTranslations.Translated> translated = translations.translate(sentences, from, to, parts, chat,
                "translation", "Sentence", warnings);
        if (translated.isEmpty()) {
            // Only a failed chat model gets here (the caller checked that something could translate): no outage.
            return new Translation(from, to, text, "none", warnings, "none", 0);
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (List<String> paragraph : paragraphs) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < paragraph.size(); i++) {
                texts.add(translated.get().sentences().get(next++).text());
            }
            out.append(String.join(" ", texts));
        }
        return new Translation(from, to, out.toString(), translated.get().modelId(), warnings,
                translated.get().method(), translated.get().replaced());
    }
}
