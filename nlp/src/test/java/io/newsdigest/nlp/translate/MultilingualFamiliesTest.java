package io.newsdigest.nlp.translate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelStore;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.GenerationConfig;
import io.newsdigest.nlp.onnx.Seq2SeqModel;
import io.newsdigest.nlp.onnx.TinyModels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The M2M100 and NLLB prompting on a copy of the tiny Marian model whose tokenizer gets two language tokens
 * (two rare pieces renamed) and whose manifest names the multilingual family.
 */
class MultilingualFamiliesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SOURCE_TOKEN = 410;
    private static final int TARGET_TOKEN = 411;

    private static Path multilingualCopy(Path temp, String family, String sourceToken, String targetToken)
            throws IOException {
        Path folder = TinyModels.byFamily("marian").orElse(null);
        Assumptions.assumeTrue(folder != null, "tiny Marian model not found under models/tiny/: skipping");
        Path copy = temp.resolve("tiny-" + family);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(folder.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        ObjectNode tokenizer = (ObjectNode) JSON.readTree(copy.resolve("tokenizer.json").toFile());
        ArrayNode vocab = (ArrayNode) tokenizer.path("model").path("vocab");
        ArrayNode added = (ArrayNode) tokenizer.path("added_tokens");
        for (int id : new int[]{SOURCE_TOKEN, TARGET_TOKEN}) {
            String token = id == SOURCE_TOKEN ? sourceToken : targetToken;
            ((ArrayNode) vocab.get(id)).set(0, token);
            added.addObject().put("id", id).put("content", token).put("single_word", false).put("lstrip", false)
                    .put("rstrip", false).put("normalized", false).put("special", true);
        }
        JSON.writeValue(copy.resolve("tokenizer.json").toFile(), tokenizer);
        ObjectNode manifest = (ObjectNode) JSON.readTree(copy.resolve("newsdigest.json").toFile());
        manifest.put("id", "tiny-" + family).put("family", family).remove(List.of("source", "target"));
        JSON.writeValue(copy.resolve("newsdigest.json").toFile(), manifest);
        // The tokenizer changed, so the manifest's checksums are recomputed.
        ModelManifest.read(copy).withFiles(ModelStore.describeFiles(copy)).writeTo(copy);
        return copy;
    }

    @Test
    void writesTheM2m100SourceLanguageTokenFirstAndForcesTheTargetOne(@TempDir Path temp) throws IOException {
        try (Seq2SeqModel model = Seq2SeqModel.open(multilingualCopy(temp, "m2m100", "__de__", "__en__"),
                EngineOptions.defaults())) {
            long[] ids = model.encode("Grüße", Optional.of("de"));
            GenerationConfig forced = OnnxSeq2SeqTranslator.forceTarget(model, "en", model.generationDefaults());

            assertEquals(SOURCE_TOKEN, ids[0]);
            assertEquals(model.config().eosTokenId(), ids[ids.length - 1]);
            assertEquals(TARGET_TOKEN, forced.forcedBosTokenId().getAsLong());
            assertEquals(List.of((long) TARGET_TOKEN), model.generate(List.of(ids), forced.toBuilder().numBeams(1)
                    .build()).get(0).get(0).tokenIds().subList(0, 1));
        }
    }

    @Test
    void usesFlores200CodesForNllb(@TempDir Path temp) throws IOException {
        try (Seq2SeqModel model = Seq2SeqModel.open(multilingualCopy(temp, "nllb", "deu_Latn", "eng_Latn"),
                EngineOptions.defaults())) {
            assertEquals(SOURCE_TOKEN, model.encode("Grüße", Optional.of("de"))[0]);
            assertEquals(TARGET_TOKEN, OnnxSeq2SeqTranslator.forceTarget(model, "en", model.generationDefaults())
                    .forcedBosTokenId().getAsLong());
        }
    }

    @Test
    void servesEveryPairOfAnInstalledManyToManyModel(@TempDir Path temp) throws IOException {
        ModelStore store = new ModelStore(temp.resolve("models"));
        store.install(multilingualCopy(temp, "nllb", "deu_Latn", "eng_Latn"));

        try (InstalledTranslators translators = InstalledTranslators.open(store, EngineOptions.defaults())) {
            assertEquals(List.of("tiny-nllb"), translators.installed());
            assertTrue(translators.problems().isEmpty());
            assertEquals("en", translators.find("de", "en").orElseThrow().target());
            assertEquals("de", translators.find("en", "de").orElseThrow().target());
            assertTrue(translators.find("de", "fr").isEmpty());
            assertEquals(1, translators.find("de", "en").orElseThrow().translate(List.of("Grüße")).size());
        }
    }

    @Test
    void refusesATargetLanguageTheModelHasNoTokenFor(@TempDir Path temp) throws IOException {
        try (Seq2SeqModel model = Seq2SeqModel.open(multilingualCopy(temp, "m2m100", "__de__", "__en__"),
                EngineOptions.defaults())) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> new OnnxSeq2SeqTranslator(model, "de", "fr", model.generationDefaults()));

            assertTrue(error.getMessage().contains("'fr'"));
        }
    }
}
