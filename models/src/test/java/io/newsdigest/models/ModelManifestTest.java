package io.newsdigest.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelManifestTest {

    private static final String SHA = "a".repeat(64);

    private static final String DOCUMENTED_EXAMPLE = """
            {
              "id": "tiny-marian-de-en",
              "task": "translation",
              "family": "marian",
              "languages": ["de", "en"],
              "source": "de", "target": "en",
              "licence": "Apache-2.0",
              "origin": { "repository": "Helsinki-NLP/opus-mt-de-en", "revision": "built" },
              "files": [ { "path": "onnx/encoder_model.onnx", "sha256": "%s", "size": 468512 } ]
            }
            """.formatted(SHA);

    @Test
    void readsTheDocumentedFormat() {
        ModelManifest manifest = ModelManifest.parse(DOCUMENTED_EXAMPLE);

        assertEquals("tiny-marian-de-en", manifest.id());
        assertEquals(ModelTask.TRANSLATION, manifest.task());
        assertEquals(ModelFamily.MARIAN, manifest.family());
        assertEquals(List.of("de", "en"), manifest.languages());
        assertEquals(Optional.of("de"), manifest.source());
        assertEquals(Optional.of("en"), manifest.target());
        assertEquals(new ModelManifest.Origin("Helsinki-NLP/opus-mt-de-en", "built"), manifest.origin());
        assertEquals(List.of(new ModelManifest.FileEntry("onnx/encoder_model.onnx", SHA, 468512)), manifest.files());
    }

    @Test
    void writtenJsonReadsBackEqual() {
        ModelManifest manifest = ModelManifest.parse(DOCUMENTED_EXAMPLE);

        assertEquals(manifest, ModelManifest.parse(manifest.toJson()));
    }

    @Test
    void summarizationManifestOmitsSourceAndTarget() {
        ModelManifest manifest = new ModelManifest("distilbart-cnn-12-6", ModelTask.SUMMARIZATION, ModelFamily.BART,
                List.of("en"), Optional.empty(), Optional.empty(), "Apache-2.0",
                new ModelManifest.Origin("Xenova/distilbart-cnn-12-6", "main"), List.of());

        String json = manifest.toJson();

        assertTrue(!json.contains("\"source\"") && !json.contains("\"target\""), json);
        assertEquals(manifest, ModelManifest.parse(json));
    }

    @Test
    void ignoresUnknownFieldsSoNewerManifestsStayReadable() {
        String json = DOCUMENTED_EXAMPLE.replace("\"task\"", "\"comment\": \"built by hand\", \"task\"");

        assertEquals("tiny-marian-de-en", ModelManifest.parse(json).id());
    }

    @Test
    void missingFieldIsNamed() {
        String json = DOCUMENTED_EXAMPLE.replace("\"licence\": \"Apache-2.0\",", "");

        ModelManifestException e = assertThrows(ModelManifestException.class, () -> ModelManifest.parse(json));

        assertEquals("licence", e.field());
        assertTrue(e.getMessage().contains("'licence' is missing"), e.getMessage());
    }

    @Test
    void badChecksumIsNamedWithItsFileIndex() {
        String json = DOCUMENTED_EXAMPLE.replace(SHA, "not-a-hash");

        ModelManifestException e = assertThrows(ModelManifestException.class, () -> ModelManifest.parse(json));

        assertEquals("files[0].sha256", e.field());
        assertTrue(e.getMessage().contains("64 hex digits"), e.getMessage());
    }

    @Test
    void translationWithoutTargetIsRefused() {
        String json = DOCUMENTED_EXAMPLE.replace("\"target\": \"en\",", "");

        ModelManifestException e = assertThrows(ModelManifestException.class, () -> ModelManifest.parse(json));

        assertEquals("target", e.field());
    }

    @Test
    void manyToManyTranslatorNeedsNoFixedPair() {
        String json = DOCUMENTED_EXAMPLE.replace("\"target\": \"en\",", "").replace("\"source\": \"de\",", "")
                .replace("\"marian\"", "\"nllb\"");

        ModelManifest manifest = ModelManifest.parse(json);

        assertEquals(Optional.empty(), manifest.source());
        assertEquals(ModelFamily.NLLB, manifest.family());
    }

    @Test
    void unknownTaskIsNamedWithTheAllowedValues() {
        String json = DOCUMENTED_EXAMPLE.replace("\"translation\"", "\"poetry\"");

        ModelManifestException e = assertThrows(ModelManifestException.class, () -> ModelManifest.parse(json));

        assertEquals("task", e.field());
        assertTrue(e.getMessage().contains("language-id"), e.getMessage());
    }

    @Test
    void filePathLeavingTheFolderIsRefused() {
        ModelManifestException e = assertThrows(ModelManifestException.class,
                () -> new ModelManifest.FileEntry("../../etc/passwd", SHA, 1));

        assertEquals("path", e.field());
    }

    @Test
    void idThatCouldNameAnotherFolderIsRefused() {
        String json = DOCUMENTED_EXAMPLE.replace("\"tiny-marian-de-en\"", "\"../evil\"");

        ModelManifestException e = assertThrows(ModelManifestException.class, () -> ModelManifest.parse(json));

        assertEquals("id", e.field());
    }

    @Test
    void sameFileListedTwiceIsRefused() {
        ModelManifest.FileEntry entry = new ModelManifest.FileEntry("config.json", SHA, 3);

        ModelManifestException e = assertThrows(ModelManifestException.class,
                () -> ModelFolders.manifest("toy", List.of(entry, entry)));

        assertEquals("files[1].path", e.field());
    }

    @Test
    void upperCaseChecksumIsLowered() {
        assertEquals(SHA, new ModelManifest.FileEntry("a.bin", SHA.toUpperCase(), 1).sha256());
    }

    @Test
    void readingFromDiskNamesTheManifestPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(ModelManifest.FILE_NAME);
        Files.writeString(file, "{ not json");

        ModelManifestException e = assertThrows(ModelManifestException.class, () -> ModelManifest.read(dir));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void writeToThenReadFromFolderRoundTrips(@TempDir Path dir) {
        ModelManifest manifest = ModelManifest.parse(DOCUMENTED_EXAMPLE);

        Path written = manifest.writeTo(dir);

        assertEquals(dir.resolve(ModelManifest.FILE_NAME), written);
        assertEquals(manifest, ModelManifest.read(dir));
    }
}
