package io.newsdigest.nlp.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a model's answer as JSON. Models asked for JSON sometimes wrap it in a Markdown fence or a sentence; the
 * object between the first '{' and the last '}' is what counts. Thread-safe.
 */
final class JsonAnswers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAnswers() {
    }

    /**
     * @return the answer's JSON object
     * @throws InvalidAnswerException saying what is wrong, for the repair request
     */
    static JsonNode object(String answer) {
        int open = answer.indexOf('{');
        int close = answer.lastIndexOf('}');
        if (open < 0 || close < open) {
            throw new InvalidAnswerException("the answer is not a JSON object" + (answer.isBlank() ? " (it is empty)" : ""));
        }
        try {
            JsonNode node = MAPPER.readTree(answer.substring(open, close + 1));
            if (node == null || !node.isObject()) {
                throw new InvalidAnswerException("the answer is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidAnswerException("the answer is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** @return the array under {@code field}, which must be present */
    static JsonNode array(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isArray()) {
            throw new InvalidAnswerException("field '" + field + "' must be an array");
        }
        return value;
    }

    /** @return the non-blank string under {@code field} */
    static String text(JsonNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidAnswerException(where + "." + field + " must be a non-blank string");
        }
        return value.asText().strip();
    }

    /** @return the whole number under {@code field}, within {@code [0, limit)} */
    static int index(JsonNode value, String where, int limit, String what) {
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw new InvalidAnswerException(where + " must be a whole number");
        }
        int index = value.asInt();
        if (index < 0 || index >= limit) {
            throw new InvalidAnswerException(where + " is " + index + ", but the " + what + " are numbered 0 to "
                    + (limit - 1));
        }
        return index;
    }

    /** What is wrong with an answer, in a sentence the model can act on. */
    static final class InvalidAnswerException extends RuntimeException {
        InvalidAnswerException(String message) {
            super(message);
        }
    }
}
