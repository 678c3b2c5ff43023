package io.newsdigest.nlp.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** The instructions sent to the chat model, in English (the language instruction-tuned models follow best). */
final class Prompts {

    private static final String FIGURE_RULE = "Copy every figure (number, amount, percentage, date) exactly as the"
            + " article states it, with its unit, currency and qualifier such as \"more than\" or \"about\"; write"
            + " it in %s number format. Never round, convert, add up or invent a figure.";

    private Prompts() {
    }

    static String summarySystem(String sourceLanguage, String targetLanguage, int maxSentences,
                                OptionalInt maxCharacters) {
        String target = name(targetLanguage);
        String length = "at most " + maxSentences + " sentence" + (maxSentences == 1 ? "" : "s")
                + maxCharacters.stream().mapToObj(c -> " and at most " + c + " characters in all").findFirst().orElse("");
        return "You summarize news articles for editors. The article is written in " + name(sourceLanguage)
                + ". Write a summary of it in " + target + ", " + length + ", most important facts first.\n"
                + "Rules:\n"
                + "- Use only facts stated in the article: no opinion, no outside knowledge.\n"
                + "- " + String.format(Locale.ROOT, FIGURE_RULE, target) + "\n"
                + "- For each summary sentence, list in \"sources\" the numbers of the article sentences it is"
                + " based on.\n"
                + "- Answer with JSON only, in this form: {\"sentences\": [{\"text\": \"...\", \"sources\": [0, 3]}]}";
    }

    static String summaryUser(List<String> sentences, Optional<String> title) {
        StringBuilder user = new StringBuilder();
        title.ifPresent(t -> user.append("Headline: ").append(t).append("\n\n"));
        user.append("Article sentences, numbered:\n");
        numbered(sentences, user);
        return user.toString();
    }

    static String translationSystem(String sourceLanguage, String targetLanguage) {
        String target = name(targetLanguage);
        return "You translate news text from " + name(sourceLanguage) + " into " + target + " for editors.\n"
                + "Rules:\n"
                + "- Translate each numbered sentence on its own, completely and faithfully; keep its number.\n"
                + "- " + String.format(Locale.ROOT, FIGURE_RULE, target) + "\n"
                + "- Answer with JSON only, in this form: {\"translations\": [{\"id\": 0, \"text\": \"...\"}]}";
    }

    static String translationUser(List<String> sentences) {
        StringBuilder user = new StringBuilder("Sentences, numbered:\n");
        numbered(sentences, user);
        return user.toString();
    }

    static String repair(String problem, String form) {
        return "That answer cannot be used: " + problem + ". Answer again with JSON only, in this form: " + form;
    }

    private static void numbered(List<String> sentences, StringBuilder out) {
        for (int i = 0; i < sentences.size(); i++) {
            out.append('[').append(i).append("] ").append(sentences.get(i).replace('\n', ' ')).append('\n');
        }
    }

    /** "German" for {@code de}; the code itself when Java does not know it. */
    static String name(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? language : name;
    }
}
