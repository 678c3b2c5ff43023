package io.newsdigest.nlp.chat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.json.JsonSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One question to the chat model with one chance to repair its answer: an answer that does not validate is sent
 * back with what is wrong, once; a second unusable answer is a {@link ChatFailure.Kind#INVALID_ANSWER} failure.
 */
final class RepairingExchange {

    private RepairingExchange() {
    }

    /**
     * @param form     the expected JSON written out, repeated in the repair request
     * @param validate reads the answer; throws {@link JsonAnswers.InvalidAnswerException} when it cannot be used
     * @throws ChatCallException when a call fails or both answers are unusable
     */
    static <T> T ask(ChatModelServer server, String system, String user, JsonSchema schema, String form,
                     Function<String, T> validate) {
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(system), UserMessage.from(user)));
        String first = server.answer(messages, schema);
        try {
            return validate.apply(first);
        } catch (JsonAnswers.InvalidAnswerException firstProblem) {
            messages.add(AiMessage.from(first));
            messages.add(UserMessage.from(Prompts.repair(firstProblem.getMessage(), form)));
            String second = server.answer(messages, schema);
            try {
                return validate.apply(second);
            } catch (JsonAnswers.InvalidAnswerException secondProblem) {
                throw new ChatCallException(ChatFailure.of(ChatFailure.Kind.INVALID_ANSWER, "the model's answer was"
                        + " not usable twice (first: " + firstProblem.getMessage() + "; then: "
                        + secondProblem.getMessage() + ")"), secondProblem);
            }
        }
    }
}
