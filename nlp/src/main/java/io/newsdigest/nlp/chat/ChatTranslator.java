package io.newsdigest.nlp.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.newsdigest.nlp.translate.Translator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Translates sentences with the chat model, all sentences of a call in one request: they go out numbered and come
 * back as {@code {"translations": [{"id", "text"}]}}, validated (every number once, non-blank text) and sent back
 * once for repair.
 *
 * <p>Thread-safe. It does not own the server and its {@link #close()} does nothing. It does not check figures: wrap
 * it with the figure guard like any translator. {@link #translate} throws {@link ChatCallException} when the server
 * fails; the caller falls back to the local path.
 */
public final class ChatTranslator implements Translator {

    static final String FORM = "{\"translations\": [{\"id\": 0, \"text\": \"...\"}]}";
    static final JsonSchema SCHEMA = JsonSchema.builder().name("translation").rootElement(JsonObjectSchema.builder()
            .addProperty("translations", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                    .addProperty("id", JsonIntegerSchema.builder().description("the sentence's number").build())
                    .addProperty("text", JsonStringSchema.builder().description("its translation").build())
                    .required("id", "text")
                    .additionalProperties(false)
                    .build()).build())
            .required("translations")
            .additionalProperties(false)
            .build()).build();

    private final ChatModelServer server;
    private final String source;
    private final String target;

    public ChatTranslator(ChatModelServer server, String source, String target) {
        this.server = Objects.requireNonNull(server, "server");
        this.source = source.strip().toLowerCase(Locale.ROOT);
        this.target = target.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String modelId() {
        return server.settings().displayName();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public List<String> translate(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        int characters = sentences.stream().mapToInt(String::length).sum();
        if (characters > server.settings().maxArticleCharacters()) {
            throw new ChatCallException(ChatFailure.of(ChatFailure.Kind.TOO_LONG, "the text has " + characters
                    + " characters, more than the " + server.settings().maxArticleCharacters()
                    + " configured for the chat model (newsdigest.llm.max-article-characters)"));
        }
        return RepairingExchange.ask(server, Prompts.translationSystem(source, target),
                Prompts.translationUser(sentences), SCHEMA, FORM, answer -> read(answer, sentences.size()));
    }

    static List<String> read(String answer, int count) {
        JsonNode items = JsonAnswers.array(JsonAnswers.object(answer), "translations");
        String[] texts = new String[count];
        for (int i = 0; i < items.size(); i++) {
            String where = "translations[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw new JsonAnswers.InvalidAnswerException(where + " must be an object with id and text");
            }
            int id = JsonAnswers.index(item.get("id"), where + ".id", count, "sentences");
            if (texts[id] != null) {
                throw new JsonAnswers.InvalidAnswerException("sentence " + id + " is translated twice");
            }
            texts[id] = JsonAnswers.text(item, "text", where);
        }
        List<Integer> missing = java.util.stream.IntStream.range(0, count).filter(i -> texts[i] == null).boxed().toList();
        if (!missing.isEmpty()) {
            throw new JsonAnswers.InvalidAnswerException("sentences " + missing + " are not translated");
        }
        return Arrays.asList(texts);
    }

    @Override
    public String toString() {
        return "ChatTranslator[" + modelId() + ", " + source + "→" + target + "]";
    }
}
