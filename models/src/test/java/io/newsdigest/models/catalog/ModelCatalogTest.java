package io.newsdigest.models.catalog;

import io.newsdigest.models.ModelFamily;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelTask;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelCatalogTest {

    private final ModelCatalog catalog = ModelCatalog.bundled();

    @Test
    void bundledCatalogKnowsTheDocumentedModels() {
        List<String> ids = catalog.entries().stream().map(CatalogEntry::id).toList();

        assertEquals(List.of("opus-mt-de-en", "opus-mt-en-de", "distilbart-cnn-12-6", "mt5-small-sum-de-en",
                "nllb-200-distilled-600m"), ids);
    }

    @Test
    void everyPinnedRevisionNamesAListingAReaderCanOpenAndTheRestFollowMain() throws IOException {
        com.fasterxml.jackson.databind.JsonNode models;
        try (InputStream in = ModelCatalog.class.getResourceAsStream("catalog.json")) {
            models = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("models");
        }
        int pinned = 0;
        for (com.fasterxml.jackson.databind.JsonNode model : models) {
            String repository = model.path("origin").path("repository").asText();
            String revision = model.path("origin").path("revision").asText();
            if (revision.equals("main")) {
                assertFalse(model.has("revisionSource"), model.path("id").asText() + ": nothing pinned, nothing to cite");
                continue;
            }
            assertTrue(revision.matches("[0-9a-f]{40}"), model.path("id").asText() + ": a full commit, not " + revision);
            assertTrue(model.path("revisionSource").asText().startsWith("https://huggingface.co/" + repository
                    + "/tree/" + revision), model.path("id").asText() + " cites where the commit can be seen");
            pinned++;
        }
        assertEquals(3, pinned);
    }

    @Test
    void nllbIsMarkedNonCommercial() {
        CatalogEntry nllb = catalog.find("nllb-200-distilled-600m").orElseThrow();

        assertEquals("CC-BY-NC-4.0", nllb.licence());
        assertFalse(nllb.commercialUse());
        assertEquals(ModelFamily.NLLB, nllb.family());
    }

    @Test
    void everyPullableEntryFetchesATokenizerAnEncoderAndADecoder() {
        for (CatalogEntry entry : catalog.entries().stream().filter(CatalogEntry::pullable).toList()) {
            List<String> required = entry.files().stream().filter(f -> !f.optional())
                    .map(CatalogEntry.CatalogFile::path).toList();
            assertTrue(required.contains("tokenizer.json"), entry.id());
            assertTrue(required.stream().anyMatch(p -> p.matches("onnx/encoder_model.*\\.onnx")), entry.id());
            assertTrue(required.stream().anyMatch(p -> p.matches("onnx/decoder_model_merged.*\\.onnx")), entry.id());
            assertTrue(entry.approximateBytes() > 0, entry.id());
        }
    }

    @Test
    void bundledCatalogCarriesNoChecksums() throws IOException {
        try (InputStream in = ModelCatalog.class.getResourceAsStream("catalog.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(json.contains("sha256\":"), "checksums are recorded at download time, never invented");
        }
    }

    @Test
    void summarizerWithoutPublishedExportCarriesItsRecipe() {
        CatalogEntry mt5 = catalog.find("mt5-small-sum-de-en").orElseThrow();

        assertFalse(mt5.pullable());
        assertTrue(mt5.exportRecipe().orElseThrow().startsWith("optimum-cli export onnx"));
        assertFalse(mt5.commercialUse());
    }

    @Test
    void suggestsTheOnePairTranslatorOverTheManyToManyOne() {
        assertEquals("opus-mt-de-en", catalog.suggestTranslator("de", "en").orElseThrow().id());
        assertEquals("opus-mt-en-de", catalog.suggestTranslator("en", "de").orElseThrow().id());
    }

    @Test
    void fallsBackToTheManyToManyTranslatorForOtherPairs() {
        assertEquals("nllb-200-distilled-600m", catalog.suggestTranslator("de", "fr").orElseThrow().id());
        assertEquals(Optional.empty(), catalog.suggestTranslator("de", "xx"));
    }

    @Test
    void suggestsAPullableSummarizerForEnglish() {
        assertEquals("distilbart-cnn-12-6", catalog.suggestSummarizer("en").orElseThrow().id());
        assertEquals("mt5-small-sum-de-en", catalog.suggestSummarizer("de").orElseThrow().id());
    }

    @Test
    void entryBecomesAValidManifestOnceFilesAreKnown() {
        CatalogEntry entry = catalog.find("opus-mt-de-en").orElseThrow();
        ModelManifest.FileEntry file = new ModelManifest.FileEntry("config.json", "b".repeat(64), 12);

        ModelManifest manifest = entry.toManifest(List.of(file));

        assertEquals(ModelTask.TRANSLATION, manifest.task());
        assertEquals(Optional.of("de"), manifest.source());
        assertEquals("Xenova/opus-mt-de-en", manifest.origin().repository());
        assertEquals(ModelManifest.parse(manifest.toJson()), manifest);
    }

    @Test
    void catalogErrorsNameTheEntryAndField() {
        String json = "{\"models\": [{\"id\": \"x\", \"task\": \"poetry\"}]}";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelCatalog.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

        assertTrue(e.getMessage().contains("models[0] ('x')") && e.getMessage().contains("task"), e.getMessage());
    }
}
