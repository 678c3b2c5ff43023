package io.newsdigest.nlp.onnx;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Turns text into a model's token ids and back with the model's own {@code tokenizer.json}.
 *
 * <p>Thread-safe; owned and closed by its {@link Seq2SeqModel}. It never truncates: an input longer than the
 * model allows is split by the model, not cut here. For M2M100 and NLLB it writes the source-language token
 * itself, because the exported tokenizer always inserts its default language.
 */
public final class Seq2SeqTokenizer implements AutoCloseable {

    private static final Map<String, String> FLORES = Map.ofEntries(
            Map.entry("ar", "arb_Arab"), Map.entry("cs", "ces_Latn"), Map.entry("da", "dan_Latn"),
            Map.entry("de", "deu_Latn"), Map.entry("el", "ell_Grek"), Map.entry("en", "eng_Latn"),
            Map.entry("es", "spa_Latn"), Map.entry("fi", "fin_Latn"), Map.entry("fr", "fra_Latn"),
            Map.entry("hu", "hun_Latn"), Map.entry("it", "ita_Latn"), Map.entry("ja", "jpn_Jpan"),
            Map.entry("ko", "kor_Hang"), Map.entry("nl", "nld_Latn"), Map.entry("pl", "pol_Latn"),
            Map.entry("pt", "por_Latn"), Map.entry("ru", "rus_Cyrl"), Map.entry("sv", "swe_Latn"),
            Map.entry("tr", "tur_Latn"), Map.entry("uk", "ukr_Cyrl"), Map.entry("zh", "zho_Hans"));

    private final HuggingFaceTokenizer tokenizer;
    private final Seq2SeqFamily family;
    private final Map<String, Long> addedTokens;
    private final long eosTokenId;

    private Seq2SeqTokenizer(HuggingFaceTokenizer tokenizer, Seq2SeqFamily family, Map<String, Long> addedTokens,
                             long eosTokenId) {
        this.tokenizer = tokenizer;
        this.family = family;
        this.addedTokens = addedTokens;
        this.eosTokenId = eosTokenId;
    }

    static Seq2SeqTokenizer open(String modelId, Path file, Seq2SeqFamily family, long eosTokenId) {
        Map<String, Long> added = addedTokens(modelId, file);
        try {
            // DJL would otherwise cut every input at 512 tokens and only log it.
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(file)
                    .optTruncation(false).optPadding(false).optAddSpecialTokens(true).build();
            return new Seq2SeqTokenizer(tokenizer, family, added, eosTokenId);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException(modelId, "cannot load tokenizer " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the ids of {@code text} with the special tokens the model expects around it */
    public long[] encode(String text) {
        return tokenizer.encode(text, true, false).getIds();
    }

    /**
     * @param sourceLanguage ISO 639-1 code of the text; used by M2M100 and NLLB, ignored by the others
     * @return the ids of {@code text} with the special tokens the model expects around it
     */
    public long[] encode(String text, String sourceLanguage) {
        if (family != Seq2SeqFamily.M2M100 && family != Seq2SeqFamily.NLLB) {
            return encode(text);
        }
        long language = languageToken(sourceLanguage).orElseThrow(() -> new IllegalArgumentException(
                "sourceLanguage '" + sourceLanguage + "' has no language token in this tokenizer"));
        long[] body = tokenizer.encode(text, false, false).getIds();
        long[] ids = new long[body.length + 2];
        ids[0] = language;
        System.arraycopy(body, 0, ids, 1, body.length);
        ids[ids.length - 1] = eosTokenId;
        return ids;
    }

    /** @return the text of {@code ids} without special tokens */
    public String decode(long[] ids) {
        return tokenizer.decode(ids, true);
    }

    /** @return the id of the token that names a language for M2M100 ({@code __de__}) or NLLB ({@code deu_Latn}) */
    public OptionalLong languageToken(String isoCode) {
        String code = isoCode.strip().toLowerCase(Locale.ROOT);
        String token = switch (family) {
            case M2M100 -> "__" + code + "__";
            case NLLB -> FLORES.getOrDefault(code, isoCode);
            default -> "";
        };
        Long id = addedTokens.get(token);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    private static Map<String, Long> addedTokens(String modelId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Long> added = new HashMap<>();
            for (JsonNode token : root.path("added_tokens")) {
                added.put(token.path("content").asText(), token.path("id").asLong());
            }
            return Map.copyOf(added);
        } catch (IOException e) {
            throw new ModelLoadException(modelId, "cannot read tokenizer " + file + ": " + e.getMessage(), e);
        }
    }
}
