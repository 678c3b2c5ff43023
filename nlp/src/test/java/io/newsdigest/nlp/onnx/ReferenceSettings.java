package io.newsdigest.nlp.onnx;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Turns the {@code settings} object of a tiny model's reference.json into a {@link GenerationConfig}. */
final class ReferenceSettings {

    private ReferenceSettings() {
    }

    static GenerationConfig of(JsonNode settings) {
        GenerationConfig.Builder builder = GenerationConfig.huggingFaceDefaults().toBuilder()
                .maxLength(settings.path("max_length").asInt())
                .minLength(settings.path("min_length").asInt(0))
                .numBeams(settings.path("num_beams").asInt(1))
                .numReturnSequences(settings.path("num_return_sequences").asInt(1))
                .lengthPenalty(settings.path("length_penalty").asDouble(1.0))
                .noRepeatNgramSize(settings.path("no_repeat_ngram_size").asInt(0))
                .repetitionPenalty(settings.path("repetition_penalty").asDouble(1.0))
                .badWordsIds(badWords(settings.path("bad_words_ids")));
        JsonNode early = settings.path("early_stopping");
        builder.earlyStopping(early.isTextual() && early.asText().equals("never") ? GenerationConfig.EarlyStopping.NEVER
                : early.asBoolean() ? GenerationConfig.EarlyStopping.WHEN_BEAMS_FINISHED
                : GenerationConfig.EarlyStopping.HEURISTIC);
        if (settings.hasNonNull("forced_bos_token_id")) {
            builder.forcedBosTokenId(settings.path("forced_bos_token_id").asLong());
        }
        if (settings.hasNonNull("forced_eos_token_id")) {
            builder.forcedEosTokenId(settings.path("forced_eos_token_id").asLong());
        }
        return builder.build();
    }

    private static List<List<Long>> badWords(JsonNode node) {
        List<List<Long>> words = new ArrayList<>();
        node.forEach(word -> words.add(TinyModels.idList(word)));
        return words;
    }

    /** @return the rows of a padded batch without their padding, as the mask says */
    static List<long[]> unpadded(JsonNode ids, JsonNode mask) {
        List<long[]> rows = new ArrayList<>();
        for (int row = 0; row < ids.size(); row++) {
            int length = 0;
            for (JsonNode bit : mask.get(row)) {
                length += bit.asInt();
            }
            rows.add(java.util.Arrays.copyOf(TinyModels.ids(ids.get(row)), length));
        }
        return rows;
    }
}
