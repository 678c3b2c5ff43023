package io.newsdigest.nlp.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Asks the chat model for an abstractive summary in the target language, in one call: the article goes out as
 * numbered sentences, and the answer is JSON in which every summary sentence names the article sentences it rests
 * on ({@code {"sentences": [{"text", "sources": [0, 3]}]}}). The answer is validated on receipt (shape, non-blank
 * text, source numbers within the article) and sent back once for repair when it fails.
 *
 * <p>Thread-safe; owns nothing (the {@link ChatModelServer} belongs to whoever built it). It does not check the
 * figures of what the model wrote: the caller runs every sentence through the figure guard.
 */
public final class ChatSummarizer {

    static final String FORM = "{\"sentences\": [{\"text\": \"...\", \"sources\": [0, 3]}]}";
    static final JsonSchema SCHEMA = JsonSchema.builder().name("summary").rootElement(JsonObjectSchema.builder()
            .addProperty("sentences", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                    .addProperty("text", JsonStringSchema.builder().description("one summary sentence").build())
                    .addProperty("sources", JsonArraySchema.builder()
                            .description("numbers of the article sentences it is based on")
                            .items(JsonIntegerSchema.builder().build()).build())
                    .required("text", "sources")
                    .additionalProperties(false)
                    .build()).build())
            .required("sentences")
            .additionalProperties(false)
            .build()).build();

    private final ChatModelServer server;

    public ChatSummarizer(ChatModelServer server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    /** @return the server this summarizer asks */
    public ChatModelServer server() {
        return server;
    }

    /**
     * @param sentences      the article's sentences, in order (their position is their number)
     * @param maxSentences   at most this many sentences are kept, whatever the model wrote
     * @param maxCharacters  a character budget the model is asked to keep (the caller enforces it)
     * @return the model's sentences, validated, at most {@code maxSentences}
     * @throws ChatCallException when the server fails or answers unusable JSON twice
     */
    public List<WrittenSentence> summarize(List<String> sentences, Optional<String> title, String sourceLanguage,
                                           String targetLanguage, int maxSentences, OptionalInt maxCharacters) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("an article without sentences has no summary");
        }
        int characters = sentences.stream().mapToInt(String::length).sum();
        if (characters > server.settings().maxArticleCharacters()) {
            throw new ChatCallException(ChatFailure.of(ChatFailure.Kind.TOO_LONG, "the article has " + characters
                    + " characters, more than the " + server.settings().maxArticleCharacters()
                    + " configured for the chat model (newsdigest.llm.max-article-characters)"));
        }
        List<WrittenSentence> written = RepairingExchange.ask(server,
                Prompts.summarySystem(sourceLanguage, targetLanguage, maxSentences, maxCharacters),
                Prompts.summaryUser(sentences, title), SCHEMA, FORM, answer -> read(answer, sentences.size()));
        return written.subList(0, Math.min(maxSentences, written.size()));
    }

    static List<WrittenSentence> read(String answer, int articleSentences) {
        JsonNode items = JsonAnswers.array(JsonAnswers.object(answer), "sentences");
        if (items.isEmpty()) {
            throw new JsonAnswers.InvalidAnswerException("'sentences' is empty");
        }
        List<WrittenSentence> written = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "sentences[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw new JsonAnswers.InvalidAnswerException(where + " must be an object with text and sources");
            }
            String text = JsonAnswers.text(item, "text", where);
            JsonNode sources = JsonAnswers.array(item, "sources");
            if (sources.isEmpty()) {
                throw new JsonAnswers.InvalidAnswerException(where + ".sources must name at least one article"
                        + " sentence");
            }
            TreeSet<Integer> indexes = new TreeSet<>();
            for (int j = 0; j < sources.size(); j++) {
                indexes.add(JsonAnswers.index(sources.get(j), where + ".sources[" + j + "]", articleSentences,
                        "article sentences"));
            }
            written.add(new WrittenSentence(text, List.copyOf(indexes)));
        }
        return written;
    }
}
