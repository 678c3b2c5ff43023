package io.newsdigest.models.pull;

import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelFamily;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelTask;
import io.newsdigest.models.catalog.CatalogEntry;
import io.newsdigest.models.catalog.CatalogEntry.CatalogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelPullerTest {

    private static final String REPO = "example/toy-de-en-onnx";
    private static final String REVISION = "0123abcd";
    private static final String ENCODER_URL = "/" + REPO + "/resolve/" + REVISION + "/onnx/encoder_model.onnx";

    @TempDir
    Path dir;

    private LoopbackHub hub;
    private ModelStore store;
    private final byte[] config = "{\"model_type\": \"marian\"}".getBytes(StandardCharsets.UTF_8);
    private final byte[] encoder = bytes(300_000);

    @BeforeEach
    void startHub() throws IOException {
        hub = new LoopbackHub();
        hub.serve(REPO, REVISION, "config.json", config);
        hub.serve(REPO, REVISION, "onnx/encoder_model.onnx", encoder);
        store = new ModelStore(dir.resolve("models"));
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + i / 251);
        }
        return b;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The request asked for the rest of the file from where the dropped one stopped, not from the start. */
    private void assertResumedMidFile(LoopbackHub.Request request) {
        String range = request.range();
        assertTrue(range != null && range.matches("bytes=\\d+-"), "expected a Range request, got " + range);
        long start = Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
        assertTrue(start > 0 && start <= encoder.length / 2, "resume offset " + start);
    }

    private static CatalogEntry entry(List<CatalogFile> files) {
        return new CatalogEntry("toy-de-en", ModelTask.TRANSLATION, ModelFamily.MARIAN, List.of("de", "en"),
                Optional.of("de"), Optional.of("en"), "Apache-2.0", true, "example/toy-de-en",
                new ModelManifest.Origin(REPO, REVISION), files, 300_000, "", Optional.empty());
    }

    private static CatalogEntry toy() {
        return entry(List.of(new CatalogFile("config.json", false), new CatalogFile("onnx/encoder_model.onnx", false)));
    }

    private ModelPuller puller(int attempts) {
        return new ModelPuller(store, PullOptions.defaults().withHubBase(hub.base()).withAttempts(attempts));
    }

    @Test
    void pullInstallsAVerifiedModelWithChecksumsOfTheServedBytes() throws Exception {
        InstalledModel model = puller(1).pull(toy(), PullProgress.silent());

        assertTrue(model.verified());
        assertEquals(store.directory().resolve("toy-de-en"), model.folder());
        assertArrayEquals(encoder, Files.readAllBytes(model.file("onnx/encoder_model.onnx")));
        ModelManifest manifest = ModelManifest.read(model.folder());
        assertEquals(sha256(encoder), manifest.file("onnx/encoder_model.onnx").orElseThrow().sha256());
        assertEquals(sha256(config), manifest.file("config.json").orElseThrow().sha256());
        assertEquals(new ModelManifest.Origin(REPO, REVISION), manifest.origin());
    }

    @Test
    void fetchesFromTheDocumentedUrlPattern() {
        puller(1).pull(toy(), PullProgress.silent());

        assertEquals(List.of("/" + REPO + "/resolve/" + REVISION + "/config.json", ENCODER_URL),
                hub.requests().stream().map(LoopbackHub.Request::path).toList());
    }

    @Test
    void leavesNoStagingFilesAfterASuccessfulPull() throws IOException {
        puller(1).pull(toy(), PullProgress.silent());

        try (var left = Files.walk(store.directory().resolve(".staging"))) {
            assertEquals(0, left.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void resumesWithARangeRequestWhenTheConnectionDrops() throws IOException {
        hub.dropHalfwayOnce(ENCODER_URL);

        InstalledModel model = puller(3).pull(toy(), PullProgress.silent());

        List<LoopbackHub.Request> encoderRequests = hub.requests().stream()
                .filter(r -> r.path().equals(ENCODER_URL)).toList();
        assertEquals(2, encoderRequests.size());
        assertResumedMidFile(encoderRequests.get(1));
        assertArrayEquals(encoder, Files.readAllBytes(model.file("onnx/encoder_model.onnx")));
        assertTrue(model.verified());
    }

    @Test
    void failedPullKeepsThePartFileAndTheNextPullResumesIt() throws IOException {
        hub.dropHalfwayOnce(ENCODER_URL);

        ModelDownloadException e = assertThrows(ModelDownloadException.class,
                () -> puller(1).pull(toy(), PullProgress.silent()));
        assertTrue(e.getMessage().contains("'toy-de-en'") && e.getMessage().contains("onnx/encoder_model.onnx")
                && e.getMessage().contains("resume"), e.getMessage());
        assertEquals(List.of(), store.list());

        InstalledModel model = puller(1).pull(toy(), PullProgress.silent());

        assertResumedMidFile(hub.requests().getLast());
        assertArrayEquals(encoder, Files.readAllBytes(model.file("onnx/encoder_model.onnx")));
    }

    @Test
    void followsTheHubRedirectToStorageAndResumesThroughIt() throws IOException {
        hub.redirectToStorage();
        hub.dropHalfwayOnce(ENCODER_URL);

        InstalledModel model = puller(2).pull(toy(), PullProgress.silent());

        assertArrayEquals(encoder, Files.readAllBytes(model.file("onnx/encoder_model.onnx")));
        assertResumedMidFile(hub.requests().getLast());
        assertEquals("/storage" + ENCODER_URL, hub.requests().getLast().path());
    }

    @Test
    void serverIgnoringRangeStillYieldsTheWholeFile() throws IOException {
        hub.dropHalfwayOnce(ENCODER_URL);
        hub.ignoreRange();

        InstalledModel model = puller(2).pull(toy(), PullProgress.silent());

        assertArrayEquals(encoder, Files.readAllBytes(model.file("onnx/encoder_model.onnx")));
    }

    @Test
    void missingRequiredFileFailsNamingStatusFileAndModel() {
        CatalogEntry entry = entry(List.of(new CatalogFile("config.json", false),
                new CatalogFile("tokenizer.json", false)));

        ModelDownloadException e = assertThrows(ModelDownloadException.class,
                () -> puller(1).pull(entry, PullProgress.silent()));

        assertEquals(OptionalInt.of(404), e.httpStatus());
        assertEquals(Optional.of("tokenizer.json"), e.file());
        assertTrue(e.getMessage().contains("HTTP 404") && e.getMessage().contains("'toy-de-en'"), e.getMessage());
        assertEquals(List.of(), store.list());
    }

    @Test
    void missingOptionalFileIsSkipped() {
        CatalogEntry entry = entry(List.of(new CatalogFile("config.json", false),
                new CatalogFile("generation_config.json", true)));

        InstalledModel model = puller(1).pull(entry, PullProgress.silent());

        assertEquals(List.of("config.json"), model.manifest().files().stream()
                .map(ModelManifest.FileEntry::path).toList());
    }

    @Test
    void progressReportsBytesDoneUpToTheTotalOfEachFile() {
        List<long[]> encoderUpdates = new ArrayList<>();
        PullProgress progress = (id, file, done, total) -> {
            if (file.equals("onnx/encoder_model.onnx")) {
                encoderUpdates.add(new long[]{done, total});
            }
        };

        puller(1).pull(toy(), progress);

        assertTrue(encoderUpdates.size() > 1);
        for (int i = 1; i < encoderUpdates.size(); i++) {
            assertTrue(encoderUpdates.get(i)[0] >= encoderUpdates.get(i - 1)[0]);
            assertEquals(encoder.length, encoderUpdates.get(i)[1]);
        }
        assertEquals(encoder.length, encoderUpdates.getLast()[0]);
    }

    @Test
    void entryWithoutPublishedExportIsRefusedWithItsRecipe() {
        CatalogEntry entry = new CatalogEntry("toy-sum", ModelTask.SUMMARIZATION, ModelFamily.T5, List.of("de"),
                Optional.empty(), Optional.empty(), "Apache-2.0", true, "example/toy-sum",
                new ModelManifest.Origin("example/toy-sum", "main"), List.of(), 1, "",
                Optional.of("optimum-cli export onnx --model example/toy-sum out/"));

        ModelDownloadException e = assertThrows(ModelDownloadException.class,
                () -> puller(1).pull(entry, PullProgress.silent()));

        assertTrue(e.getMessage().contains("optimum-cli export onnx --model example/toy-sum"), e.getMessage());
        assertTrue(hub.requests().isEmpty());
    }

    @Test
    void alreadyInstalledModelIsNotPulledAgain() {
        puller(1).pull(toy(), PullProgress.silent());
        int before = hub.requests().size();

        assertThrows(IllegalStateException.class, () -> puller(1).pull(toy(), PullProgress.silent()));

        assertEquals(before, hub.requests().size());
    }

    @Test
    void onePullerPullsDifferentModelsConcurrently() throws Exception {
        hub.serve("example/other", REVISION, "config.json", config);
        CatalogEntry other = new CatalogEntry("other-de-en", ModelTask.TRANSLATION, ModelFamily.MARIAN,
                List.of("de", "en"), Optional.of("de"), Optional.of("en"), "Apache-2.0", true, "example/other",
                new ModelManifest.Origin("example/other", REVISION), List.of(new CatalogFile("config.json", false)),
                100, "", Optional.empty());
        try (ModelPuller puller = puller(1); ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<InstalledModel> first = pool.submit(() -> puller.pull(toy(), PullProgress.silent()));
            Future<InstalledModel> second = pool.submit(() -> puller.pull(other, PullProgress.silent()));

            assertTrue(first.get().verified() && second.get().verified());
        }
        assertEquals(List.of("other-de-en", "toy-de-en"), store.list().stream().map(InstalledModel::id).toList());
    }

    @Test
    void optionsNameTheBadParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PullOptions.defaults().withAttempts(0));

        assertTrue(e.getMessage().startsWith("attempts"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> PullOptions.defaults().withHubBase(java.net.URI.create("ftp://mirror"))).getMessage()
                .startsWith("hubBase"));
    }

    @Test
    void defaultHubIsHuggingFace() {
        assertEquals("https://huggingface.co/Xenova/opus-mt-de-en/resolve/main/onnx/encoder_model.onnx",
                new ModelPuller(store, PullOptions.defaults()).fileUri(
                        new ModelManifest.Origin("Xenova/opus-mt-de-en", "main"), "onnx/encoder_model.onnx").toString());
        assertFalse(hub.base().toString().contains("huggingface"));
    }
}
