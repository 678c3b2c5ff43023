package io.newsdigest.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelStoreTest {

    @TempDir
    Path dir;

    private ModelStore installedToy() throws IOException {
        ModelStore store = new ModelStore(dir.resolve("models"));
        store.install(ModelFolders.create(dir.resolve("source"), "toy-de-en"));
        return store;
    }

    @Test
    void installedModelIsListedAndVerifies() throws IOException {
        ModelStore store = installedToy();

        InstalledModel model = store.verify("toy-de-en").orElseThrow();

        assertTrue(model.verified());
        assertEquals(store.directory().resolve("toy-de-en"), model.folder());
        assertEquals(List.of("toy-de-en"), store.list().stream().map(InstalledModel::id).toList());
    }

    @Test
    void emptyOrMissingDirectoryListsNothing() {
        assertEquals(List.of(), new ModelStore(dir.resolve("absent")).list());
    }

    @Test
    void tamperedFileOfSameSizeFailsVerificationNamingIdAndPath() throws IOException {
        ModelStore store = installedToy();
        Path encoder = store.directory().resolve("toy-de-en/onnx/encoder_model.onnx");
        byte[] bytes = Files.readAllBytes(encoder);
        bytes[100] ^= 1;
        Files.write(encoder, bytes);

        InstalledModel model = store.verify("toy-de-en").orElseThrow();

        assertFalse(model.verified());
        String problem = model.problem().orElseThrow();
        assertTrue(problem.contains("'toy-de-en'") && problem.contains(encoder.toString()), problem);
        assertTrue(problem.contains("sha256"), problem);
    }

    @Test
    void tamperedModelIsRefusedWithAnExceptionNamingIt() throws IOException {
        ModelStore store = installedToy();
        Path config = store.directory().resolve("toy-de-en/config.json");
        Files.writeString(config, Files.readString(config).replace("marian", "marion"));

        ModelVerificationException e = assertThrows(ModelVerificationException.class,
                () -> store.requireVerified("toy-de-en"));

        assertEquals("toy-de-en", e.modelId());
        assertTrue(e.getMessage().contains(config.toString()), e.getMessage());
    }

    @Test
    void tamperingAfterAnEarlierVerificationIsStillCaught() throws IOException {
        ModelStore store = installedToy();
        store.requireVerified("toy-de-en");
        Path encoder = store.directory().resolve("toy-de-en/onnx/encoder_model.onnx");
        byte[] bytes = Files.readAllBytes(encoder);
        bytes[0] ^= 1;
        Files.write(encoder, bytes);
        Files.setLastModifiedTime(encoder, FileTime.fromMillis(Files.getLastModifiedTime(encoder).toMillis() + 5000));

        assertThrows(ModelVerificationException.class, () -> store.requireVerified("toy-de-en"));
    }

    @Test
    void verifyRecomputesChecksumsEvenWhenSizesAndTimesLookUnchanged() throws IOException {
        ModelStore store = installedToy();
        store.verifyAll();
        Path encoder = store.directory().resolve("toy-de-en/onnx/encoder_model.onnx");
        FileTime modified = Files.getLastModifiedTime(encoder);
        byte[] bytes = Files.readAllBytes(encoder);
        bytes[1] ^= 1;
        Files.write(encoder, bytes);
        Files.setLastModifiedTime(encoder, modified);

        assertFalse(store.verify("toy-de-en").orElseThrow().verified());
    }

    @Test
    void missingFileIsNamed() throws IOException {
        ModelStore store = installedToy();
        Path tokenizer = store.directory().resolve("toy-de-en/tokenizer.json");
        Files.delete(tokenizer);

        String problem = store.find("toy-de-en").orElseThrow().problem().orElseThrow();

        assertTrue(problem.contains(tokenizer + " is missing"), problem);
    }

    @Test
    void fileWithExtraBytesIsCaughtWithoutHashing() throws IOException {
        ModelStore store = installedToy();
        Path config = store.directory().resolve("toy-de-en/config.json");
        Files.writeString(config, Files.readString(config) + " ");

        InstalledModel model = store.list().getFirst();

        assertTrue(model.broken());
        assertTrue(model.problem().orElseThrow().contains("bytes, the manifest says"), model.problem().get());
    }

    @Test
    void unlistedFileMakesTheModelBroken() throws IOException {
        ModelStore store = installedToy();
        Path extra = store.directory().resolve("toy-de-en/onnx/encoder_model_quantized.onnx");
        Files.write(extra, new byte[]{1, 2, 3});

        String problem = store.verify("toy-de-en").orElseThrow().problem().orElseThrow();

        assertTrue(problem.contains(extra + " is not listed"), problem);
    }

    @Test
    void listReportsVerifiedOnlyAfterAVerification() throws IOException {
        ModelStore store = installedToy();
        ModelStore fresh = new ModelStore(store.directory());

        assertEquals("unchecked", fresh.list().getFirst().status());
        fresh.verifyAll();
        assertEquals("verified", fresh.list().getFirst().status());
    }

    @Test
    void installRefusesAFolderWhoseFilesDoNotMatchAndLeavesNothing() throws IOException {
        Path source = ModelFolders.create(dir.resolve("source"), "toy-de-en");
        Files.writeString(source.resolve("tokenizer.json"), "{\"vocab\": [\"die\", \"the\"]}");
        ModelStore store = new ModelStore(dir.resolve("models"));

        ModelVerificationException e = assertThrows(ModelVerificationException.class, () -> store.install(source));

        assertEquals("toy-de-en", e.modelId());
        assertEquals(List.of(), store.list());
        try (var left = Files.list(store.directory())) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void installCopiesOnlyListedFiles() throws IOException {
        Path source = ModelFolders.create(dir.resolve("source"), "toy-de-en");
        Files.writeString(source.resolve("README.md"), "how this toy was built");
        ModelStore store = new ModelStore(dir.resolve("models"));

        InstalledModel model = store.install(source);

        assertTrue(model.verified());
        assertFalse(Files.exists(model.folder().resolve("README.md")));
    }

    @Test
    void installRefusesAnAlreadyInstalledId() throws IOException {
        ModelStore store = installedToy();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.install(dir.resolve("source/toy-de-en")));

        assertTrue(e.getMessage().contains("already installed"), e.getMessage());
    }

    @Test
    void removeDeletesTheFolder() throws IOException {
        ModelStore store = installedToy();

        assertTrue(store.remove("toy-de-en"));

        assertFalse(Files.exists(store.directory().resolve("toy-de-en")));
        assertEquals(List.of(), store.list());
    }

    @Test
    void removingAnUnknownIdReportsFalse() throws IOException {
        ModelStore store = installedToy();

        assertFalse(store.remove("nope"));
        assertFalse(store.remove("../source"));
    }

    @Test
    void requiringAnAbsentModelNamesItsExpectedPath() {
        ModelStore store = new ModelStore(dir);

        ModelVerificationException e = assertThrows(ModelVerificationException.class,
                () -> store.requireVerified("opus-mt-de-en"));

        assertTrue(e.getMessage().contains(dir.resolve("opus-mt-de-en").toString()), e.getMessage());
    }

    @Test
    void folderWithBrokenManifestIsReportedNotListed() throws IOException {
        ModelStore store = installedToy();
        Path broken = store.directory().resolve("half-copied");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve(ModelManifest.FILE_NAME), "{}");

        assertEquals(List.of("toy-de-en"), store.list().stream().map(InstalledModel::id).toList());
        List<String> unreadable = store.unreadableFolders();
        assertEquals(1, unreadable.size());
        assertTrue(unreadable.getFirst().contains(broken.toString()), unreadable.getFirst());
    }

    @Test
    void folderNamedDifferentlyFromItsIdIsNotLoaded() throws IOException {
        ModelStore store = installedToy();
        Files.move(store.directory().resolve("toy-de-en"), store.directory().resolve("opus-mt-de-en"));

        assertEquals(List.of(), store.list());
        assertThrows(ModelVerificationException.class, () -> store.requireVerified("opus-mt-de-en"));
        assertTrue(store.unreadableFolders().getFirst().contains("'toy-de-en'"));
    }

    @Test
    void describeFilesListsEverythingButManifestAndDotFiles() throws IOException {
        Path folder = ModelFolders.create(dir, "toy-de-en");
        Files.writeString(folder.resolve(".gitattributes"), "*.onnx filter=lfs");

        List<String> paths = ModelStore.describeFiles(folder).stream().map(ModelManifest.FileEntry::path).toList();

        assertEquals(List.of("config.json", "onnx/encoder_model.onnx", "tokenizer.json"), paths);
    }

    @Test
    void concurrentVerificationsAllAgree() throws Exception {
        ModelStore store = installedToy();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<InstalledModel>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean gate = i % 2 == 0;
                results.add(pool.submit(() -> gate ? store.requireVerified("toy-de-en")
                        : store.verify("toy-de-en").orElseThrow()));
            }
            for (Future<InstalledModel> result : results) {
                assertTrue(result.get().verified());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
