package io.newsdigest.nlp.translate;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.models.ModelStore;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.Seq2SeqModel;
import io.newsdigest.nlp.onnx.TinyModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The translator and the installed-model provider on the tiny Marian model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnnxSeq2SeqTranslatorTest {

    private Path folder;
    private Seq2SeqModel model;
    private JsonNode reference;

    @BeforeAll
    void open() {
        folder = TinyModels.byFamily("marian").orElse(null);
        Assumptions.assumeTrue(folder != null,
                "tiny Marian model not found under models/tiny/ (build it with models/tiny/build): skipping");
        model = Seq2SeqModel.open(folder, EngineOptions.defaults());
        reference = TinyModels.reference(folder);
    }

    @AfterAll
    void close() {
        if (model != null) {
            model.close();
        }
    }

    private List<String> sources() {
        List<String> sources = new ArrayList<>();
        reference.path("beam").path("cases").forEach(example -> sources.add(example.path("source").asText()));
        return sources;
    }

    /** The model's generation_config asks for beam search, so the translation is the best beam hypothesis. */
    private List<String> expectedTranslations() {
        List<String> texts = new ArrayList<>();
        reference.path("beam").path("cases").forEach(example -> texts.add(
                model.tokenizer().decode(TinyModels.ids(example.path("hypotheses").get(0).path("output_ids")))));
        return texts;
    }

    @Test
    void translatesEverySentenceOfABatchWithTheModelsDecodingSettings() {
        Translator translator = new OnnxSeq2SeqTranslator(model, "de", "en", model.generationDefaults());

        assertEquals(expectedTranslations(), translator.translate(sources()));
        assertEquals(model.id(), translator.modelId());
    }

    @Test
    void translatesNothingToNothing() {
        Translator translator = new OnnxSeq2SeqTranslator(model, "de", "en", model.generationDefaults());

        assertEquals(List.of(), translator.translate(List.of()));
    }

    @Test
    void leavesAModelItDidNotOpenToItsOwner() {
        new OnnxSeq2SeqTranslator(model, "de", "en", model.generationDefaults()).close();

        assertEquals(1, model.generate(List.of(model.encode("Grüße", java.util.Optional.empty())),
                model.generationDefaults()).size());
    }

    @Test
    void servesTheInstalledPairAndSuggestsACatalogModelForOthers(@TempDir Path temp) {
        ModelStore store = new ModelStore(temp.resolve("models"));
        store.install(folder);

        try (InstalledTranslators translators = InstalledTranslators.open(store, EngineOptions.defaults())) {
            assertTrue(translators.find("de", "en").isPresent());
            assertTrue(translators.find("en", "de").isEmpty());
            assertEquals("opus-mt-en-de", translators.suggestModel("en", "de"));
            assertEquals(List.of(model.id()), translators.installed());
            assertEquals(expectedTranslations().subList(0, 1),
                    translators.find("DE", "en").orElseThrow().translate(sources().subList(0, 1)));
        }
    }

    @Test
    void leavesATamperedModelOutAndNamesIt(@TempDir Path temp) throws IOException {
        ModelStore store = new ModelStore(temp.resolve("models"));
        Path installed = store.install(folder).folder();
        Path config = installed.resolve("generation_config.json");
        Files.writeString(config, Files.readString(config).replace("\"num_beams\": 4", "\"num_beams\": 5"));

        try (InstalledTranslators translators = InstalledTranslators.open(store, EngineOptions.defaults())) {
            assertTrue(translators.find("de", "en").isEmpty());
            assertEquals(1, translators.problems().size());
            assertTrue(translators.problems().get(0).contains("'" + model.id() + "'"));
            assertTrue(translators.problems().get(0).contains(installed.toString()));
        }
    }

    @Test
    void hasNoTranslatorsInAnEmptyStore(@TempDir Path temp) {
        try (InstalledTranslators translators = InstalledTranslators.open(new ModelStore(temp), EngineOptions.defaults())) {
            assertTrue(translators.find("de", "en").isEmpty());
            assertTrue(translators.installed().isEmpty());
        }
    }
}
