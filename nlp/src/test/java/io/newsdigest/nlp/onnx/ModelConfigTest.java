package io.newsdigest.nlp.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelConfigTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void readsAMarianConfigWithItsGenerationSettings() throws Exception {
        JsonNode config = json("""
                {"model_type":"marian","d_model":512,"decoder_attention_heads":8,"vocab_size":58101,
                 "max_position_embeddings":512,"pad_token_id":58100,"eos_token_id":0,
                 "decoder_start_token_id":58100,"num_beams":4,"max_length":512,"bad_words_ids":[[58100]]}""");
        JsonNode generation = json("{\"num_beams\":6,\"forced_eos_token_id\":0}");

        ModelConfig parsed = ModelConfig.parse("opus-mt-de-en", config, generation, json("{}"), Optional.empty(),
                "translation");

        assertEquals(Seq2SeqFamily.MARIAN, parsed.family());
        assertEquals(58100, parsed.decoderStartTokenId());
        assertEquals(64, parsed.headDim());
        assertEquals(512, parsed.maxInputTokens());
        assertEquals(6, parsed.generationDefaults().numBeams());
        assertEquals(List.of(List.of(58100L)), parsed.generationDefaults().badWordsIds());
        assertEquals(0L, parsed.generationDefaults().forcedEosTokenId().getAsLong());
    }

    @Test
    void givesT5SummarizationItsPrefix() throws Exception {
        JsonNode config = json("""
                {"model_type":"t5","d_model":512,"num_heads":8,"d_kv":64,"vocab_size":32128,
                 "pad_token_id":0,"eos_token_id":1,"decoder_start_token_id":0}""");

        ModelConfig parsed = ModelConfig.parse("t5-small", config, json("{}"), json("{\"model_max_length\":512}"),
                Optional.empty(), "summarization");

        assertEquals(Optional.of("summarize: "), parsed.taskPrefix());
        assertEquals(512, parsed.maxInputTokens());
        assertTrue(parsed.maxPositions().isEmpty());
    }

    @Test
    void tellsNllbFromM2m100ByItsTokenizer() throws Exception {
        JsonNode config = json("{\"model_type\":\"m2m_100\",\"eos_token_id\":2,\"max_position_embeddings\":1024}");

        ModelConfig parsed = ModelConfig.parse("nllb", config, json("{}"),
                json("{\"tokenizer_class\":\"NllbTokenizer\"}"), Optional.empty(), "translation");

        assertEquals(Seq2SeqFamily.NLLB, parsed.family());
    }

    @Test
    void refusesAnUnknownModelTypeNamingTheModel() throws Exception {
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelConfig.parse("gpt", json(
                "{\"model_type\":\"gpt2\",\"eos_token_id\":1}"), json("{}"), json("{}"), Optional.empty(), "translation"));

        assertTrue(error.getMessage().contains("'gpt'"));
    }
}
