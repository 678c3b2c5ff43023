package io.newsdigest.models.cli;

import io.newsdigest.models.ModelFamily;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelTask;
import io.newsdigest.models.catalog.CatalogEntry;
import io.newsdigest.models.catalog.CatalogEntry.CatalogFile;
import io.newsdigest.models.catalog.ModelCatalog;
import io.newsdigest.models.pull.LoopbackHub;
import io.newsdigest.models.pull.ModelPuller;
import io.newsdigest.models.pull.PullOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelCommandsTest {

    private static final String REPO = "example/toy-de-en-onnx";

    @TempDir
    Path dir;

    private LoopbackHub hub;
    private ModelStore store;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private ModelCommands commands;

    private static CatalogEntry toy(String id, String... files) {
        return new CatalogEntry(id, ModelTask.TRANSLATION, ModelFamily.MARIAN, List.of("de", "en"),
                Optional.of("de"), Optional.of("en"), "Apache-2.0", true, "example/toy-de-en",
                new ModelManifest.Origin(REPO, "main"),
                List.of(files).stream().map(f -> new CatalogFile(f, false)).toList(), 5_000, "", Optional.empty());
    }

    private static CatalogEntry exportOnly() {
        return new CatalogEntry("toy-sum", ModelTask.SUMMARIZATION, ModelFamily.T5, List.of("de", "en"),
                Optional.empty(), Optional.empty(), "CC-BY-NC-SA-4.0", false, "example/toy-sum",
                new ModelManifest.Origin("example/toy-sum", "main"), List.of(), 2_000_000_000L, "",
                Optional.of("optimum-cli export onnx --model example/toy-sum out/"));
    }

    @BeforeEach
    void setUp() throws IOException {
        hub = new LoopbackHub();
        hub.serve(REPO, "main", "config.json", "{\"model_type\": \"marian\"}".getBytes(StandardCharsets.UTF_8));
        hub.serve(REPO, "main", "onnx/encoder_model.onnx", new byte[5_000]);
        store = new ModelStore(dir.resolve("models"));
        ModelCatalog catalog = new ModelCatalog(List.of(toy("toy-de-en", "config.json", "onnx/encoder_model.onnx"),
                toy("toy-broken", "config.json", "tokenizer.json"), exportOnly()));
        ModelPuller puller = new ModelPuller(store, PullOptions.defaults().withHubBase(hub.base()).withAttempts(1));
        commands = new ModelCommands(store, catalog, puller, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pullInstallsTheModelAndSaysSo() {
        assertEquals(ModelCommands.OK, commands.pull("toy-de-en"));

        assertTrue(store.find("toy-de-en").isPresent());
        assertTrue(out().contains("Installed 'toy-de-en'"), out());
    }

    @Test
    void pullDrawsAProgressBarOnTheErrorStream() {
        commands.pull("toy-de-en");

        assertTrue(err().contains("onnx/encoder_model.onnx") && err().contains("100%"), err());
    }

    @Test
    void pullOfAnUnknownIdIsAUsageErrorListingKnownIds() {
        assertEquals(ModelCommands.USAGE, commands.pull("opus-mt-xx-yy"));

        assertTrue(err().contains("toy-de-en, toy-broken, toy-sum"), err());
    }

    @Test
    void pullOfAModelWithoutExportPrintsTheRecipeAndLicenceNote() {
        assertEquals(ModelCommands.FAILED, commands.pull("toy-sum"));

        assertTrue(err().contains("optimum-cli export onnx --model example/toy-sum"), err());
        assertTrue(out().contains("does not allow commercial use"), out());
    }

    @Test
    void pullFailingOnTheHubReportsStatusAndFile() {
        assertEquals(ModelCommands.FAILED, commands.pull("toy-broken"));

        assertTrue(err().contains("HTTP 404") && err().contains("tokenizer.json"), err());
        assertTrue(store.find("toy-broken").isEmpty());
    }

    @Test
    void pullingAnInstalledModelAgainIsHarmless() {
        commands.pull("toy-de-en");

        assertEquals(ModelCommands.OK, commands.pull("toy-de-en"));
        assertTrue(out().contains("already installed"), out());
    }

    @Test
    void listShowsInstalledModelsAndWhatCanBePulled() {
        commands.pull("toy-de-en");
        outBytes.reset();

        assertEquals(ModelCommands.OK, commands.list());

        String text = out();
        String installed = text.substring(0, text.indexOf("Available"));
        assertTrue(installed.contains("toy-de-en") && installed.contains("de->en"), text);
        String available = text.substring(text.indexOf("Available"));
        assertTrue(available.contains("toy-sum") && available.contains("non-commercial"), text);
        assertFalse(available.contains("toy-de-en"), text);
    }

    @Test
    void verifyPassesForAnIntactModel() {
        commands.pull("toy-de-en");

        assertEquals(ModelCommands.OK, commands.verify(Optional.empty()));
        assertTrue(out().contains("ok      toy-de-en"), out());
    }

    @Test
    void verifyFailsForATamperedModelNamingItAndTheFile() throws IOException {
        commands.pull("toy-de-en");
        Path encoder = store.directory().resolve("toy-de-en/onnx/encoder_model.onnx");
        byte[] bytes = Files.readAllBytes(encoder);
        bytes[7] = 42;
        Files.write(encoder, bytes);

        assertEquals(ModelCommands.FAILED, commands.verify(Optional.of("toy-de-en")));
        assertTrue(err().contains("'toy-de-en'") && err().contains(encoder.toString()), err());
    }

    @Test
    void verifyOfAModelThatIsNotInstalledFails() {
        assertEquals(ModelCommands.FAILED, commands.verify(Optional.of("toy-de-en")));
        assertTrue(err().contains("not installed"), err());
    }

    @Test
    void removeDeletesOnceThenReportsNothingToRemove() {
        commands.pull("toy-de-en");

        assertEquals(ModelCommands.OK, commands.remove("toy-de-en"));
        assertEquals(ModelCommands.FAILED, commands.remove("toy-de-en"));
        assertTrue(store.list().isEmpty());
    }

    @Test
    void importWritesTheManifestFromTheCatalogAndInstalls() throws IOException {
        Path exported = dir.resolve("export");
        Files.createDirectories(exported);
        Files.writeString(exported.resolve("config.json"), "{\"model_type\": \"t5\"}");
        Files.write(exported.resolve("encoder_model.onnx"), new byte[]{1, 2, 3});

        assertEquals(ModelCommands.OK, commands.importFolder(exported, Optional.of("toy-sum")));

        ModelManifest manifest = ModelManifest.read(exported);
        assertEquals(List.of("config.json", "encoder_model.onnx"),
                manifest.files().stream().map(ModelManifest.FileEntry::path).toList());
        assertTrue(store.verify("toy-sum").orElseThrow().verified());
    }

    @Test
    void importOfAnUndescribedFolderWithoutCatalogIdIsAUsageError() throws IOException {
        Path exported = Files.createDirectories(dir.resolve("export"));

        assertEquals(ModelCommands.USAGE, commands.importFolder(exported, Optional.empty()));
        assertTrue(err().contains(ModelManifest.FILE_NAME), err());
    }

    @Test
    void importOfAModelOutsideTheCatalogTakesItsDescription() throws IOException {
        Path exported = Files.createDirectories(dir.resolve("export"));
        Files.writeString(exported.resolve("tokenizer.json"), "{}");
        ModelManifest described = new ModelManifest("my-bart", ModelTask.SUMMARIZATION, ModelFamily.BART,
                List.of("en"), Optional.empty(), Optional.empty(), "MIT",
                new ModelManifest.Origin("someone/my-bart", "main"), List.of());

        assertEquals(ModelCommands.OK, commands.importFolder(exported, described));
        assertEquals("my-bart", store.list().getFirst().id());
    }
}
