package io.newsdigest.nlp.onnx;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the engine needs from a model's {@code config.json}, {@code generation_config.json} and
 * {@code tokenizer_config.json}.
 *
 * @param modelType Hugging Face {@code model_type} ({@code marian}, {@code bart}, {@code t5}, {@code m2m_100})
 * @param family how inputs are prompted and outputs forced
 * @param vocabSize number of logits per step
 * @param padTokenId token that pads inputs and finished rows
 * @param eosTokenId token that ends an output
 * @param decoderStartTokenId first decoder input
 * @param maxInputTokens longest encoder input; longer texts are split at sentence boundaries
 * @param maxPositions longest decoder sequence the position table allows, when the model has one
 * @param decoderHeads attention heads of the decoder
 * @param headDim size of one attention head
 * @param taskPrefix text put before the input ("summarize: " for T5 summarization)
 * @param generationDefaults decoding settings from the model's files over Hugging Face's defaults
 */
public record ModelConfig(String modelType, Seq2SeqFamily family, int vocabSize, long padTokenId, long eosTokenId,
                          long decoderStartTokenId, int maxInputTokens, OptionalInt maxPositions, int decoderHeads,
                          int headDim, Optional<String> taskPrefix, GenerationConfig generationDefaults) {

    private static final int DEFAULT_MAX_INPUT = 512;

    /**
     * @param config {@code config.json}
     * @param generation {@code generation_config.json}, or an empty object
     * @param tokenizerConfig {@code tokenizer_config.json}, or an empty object
     * @param family the family named by the manifest, else derived from {@code model_type}
     * @param task {@code translation} or {@code summarization}: selects the T5 prefix
     */
    static ModelConfig parse(String modelId, JsonNode config, JsonNode generation, JsonNode tokenizerConfig,
                             Optional<Seq2SeqFamily> family, String task) {
        String type = config.path("model_type").asText("");
        Seq2SeqFamily resolved = family.or(() -> familyOf(type, tokenizerConfig)).orElseThrow(() ->
                new ModelLoadException(modelId, "unsupported model_type '" + type + "' in config.json"));
        long eos = firstLong(generation, config, "eos_token_id").orElseThrow(() ->
                new ModelLoadException(modelId, "config.json has no eos_token_id"));
        long pad = firstLong(generation, config, "pad_token_id").orElse(eos);
        long start = firstLong(generation, config, "decoder_start_token_id")
                .orElse(firstLong(generation, config, "bos_token_id").orElse(pad));
        int dModel = config.path("d_model").asInt(0);
        int heads = config.has("decoder_attention_heads") ? config.path("decoder_attention_heads").asInt()
                : config.path("num_heads").asInt(1);
        int headDim = config.has("d_kv") ? config.path("d_kv").asInt() : dModel / Math.max(1, heads);
        OptionalInt maxPositions = resolved == Seq2SeqFamily.T5 || !config.has("max_position_embeddings")
                ? OptionalInt.empty() : OptionalInt.of(config.path("max_position_embeddings").asInt());
        int maxInput = maxInput(maxPositions, tokenizerConfig);
        Optional<String> prefix = prefix(resolved, config, task);
        GenerationConfig defaults = generationDefaults(config, generation, maxPositions);
        return new ModelConfig(type, resolved, config.path("vocab_size").asInt(0), pad, eos, start, maxInput,
                maxPositions, heads, headDim, prefix, defaults);
    }

    private static Optional<Seq2SeqFamily> familyOf(String modelType, JsonNode tokenizerConfig) {
        if ("m2m_100".equals(modelType)) {
            // NLLB checkpoints reuse M2M100's architecture; only the tokenizer tells them apart.
            boolean nllb = tokenizerConfig.path("tokenizer_class").asText("").startsWith("Nllb");
            return Optional.of(nllb ? Seq2SeqFamily.NLLB : Seq2SeqFamily.M2M100);
        }
        return Seq2SeqFamily.fromName(modelType);
    }

    private static int maxInput(OptionalInt maxPositions, JsonNode tokenizerConfig) {
        int limit = maxPositions.orElse(DEFAULT_MAX_INPUT);
        long declared = tokenizerConfig.path("model_max_length").asLong(0);
        // Tokenizers without a limit declare a huge sentinel (1e30); only a real limit counts.
        if (declared > 0 && declared < 1_000_000) {
            limit = Math.min(limit, (int) declared);
        }
        return limit;
    }

    private static Optional<String> prefix(Seq2SeqFamily family, JsonNode config, String task) {
        JsonNode declared = config.path("task_specific_params").path(task).path("prefix");
        if (declared.isTextual() && !declared.asText().isEmpty()) {
            return Optional.of(declared.asText());
        }
        if (family == Seq2SeqFamily.T5 && "summarization".equals(task)) {
            return Optional.of("summarize: ");
        }
        return Optional.empty();
    }

    private static GenerationConfig generationDefaults(JsonNode config, JsonNode generation,
                                                       OptionalInt maxPositions) {
        GenerationConfig.Builder builder = GenerationConfig.huggingFaceDefaults().toBuilder();
        // Hugging Face reads generation keys from config.json first; generation_config.json wins over it.
        for (JsonNode source : List.of(config, generation)) {
            if (source.has("max_length")) {
                int max = source.path("max_length").asInt();
                builder.maxLength(maxPositions.isPresent() ? Math.min(max, maxPositions.getAsInt()) : max);
            }
            if (source.hasNonNull("max_new_tokens")) {
                builder.maxNewTokens(source.path("max_new_tokens").asInt());
            }
            if (source.has("min_length")) {
                builder.minLength(source.path("min_length").asInt());
            }
            if (source.has("num_beams")) {
                builder.numBeams(source.path("num_beams").asInt());
            }
            if (source.has("length_penalty")) {
                builder.lengthPenalty(source.path("length_penalty").asDouble());
            }
            if (source.has("early_stopping")) {
                builder.earlyStopping(earlyStopping(source.path("early_stopping")));
            }
            if (source.has("no_repeat_ngram_size")) {
                builder.noRepeatNgramSize(source.path("no_repeat_ngram_size").asInt());
            }
            if (source.has("repetition_penalty")) {
                builder.repetitionPenalty(source.path("repetition_penalty").asDouble());
            }
            if (source.has("bad_words_ids") && source.path("bad_words_ids").isArray()) {
                builder.badWordsIds(badWords(source.path("bad_words_ids")));
            }
            if (source.hasNonNull("forced_bos_token_id")) {
                builder.forcedBosTokenId(source.path("forced_bos_token_id").asLong());
            }
            if (source.hasNonNull("forced_eos_token_id")) {
                builder.forcedEosTokenId(first(source.path("forced_eos_token_id")));
            }
        }
        return builder.build();
    }

    private static GenerationConfig.EarlyStopping earlyStopping(JsonNode node) {
        if (node.isTextual() && "never".equals(node.asText())) {
            return GenerationConfig.EarlyStopping.NEVER;
        }
        return node.asBoolean() ? GenerationConfig.EarlyStopping.WHEN_BEAMS_FINISHED
                : GenerationConfig.EarlyStopping.HEURISTIC;
    }

    private static List<List<Long>> badWords(JsonNode node) {
        List<List<Long>> words = new ArrayList<>();
        for (JsonNode word : node) {
            List<Long> ids = new ArrayList<>();
            word.forEach(id -> ids.add(id.asLong()));
            if (!ids.isEmpty()) {
                words.add(ids);
            }
        }
        return words;
    }

    private static OptionalLong firstLong(JsonNode preferred, JsonNode fallback, String key) {
        for (JsonNode source : List.of(preferred, fallback)) {
            JsonNode value = source.path(key);
            if (value.isNumber() || (value.isArray() && !value.isEmpty())) {
                return OptionalLong.of(first(value));
            }
        }
        return OptionalLong.empty();
    }

    /** Newer configs allow a list of end tokens; the engine stops on the first, as most exported models have one. */
    private static long first(JsonNode node) {
        return node.isArray() ? node.get(0).asLong() : node.asLong();
    }
}
