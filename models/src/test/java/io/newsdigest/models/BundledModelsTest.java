package io.newsdigest.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledModelsTest {

    @TempDir
    Path dir;

    @Test
    void bundledLanguageModelVerifiesWithLicenceAndAttribution() {
        try (BundledModels bundled = BundledModels.open()) {
            List<InstalledModel> models = bundled.store().verifyAll();

            assertEquals(List.of(BundledModels.LANGUAGE_ID), models.stream().map(InstalledModel::id).toList());
            InstalledModel model = models.getFirst();
            assertTrue(model.verified(), model.problem().orElse(""));
            assertEquals(ModelTask.LANGUAGE_ID, model.manifest().task());
            assertEquals(ModelFamily.FASTTEXT, model.manifest().family());
            assertEquals("CC-BY-SA-3.0", model.manifest().licence());
            assertTrue(model.manifest().attribution().orElseThrow().contains("Facebook AI Research"));
            assertTrue(model.manifest().languages().containsAll(List.of("de", "en", "nl", "da", "sv", "no", "nn")));
            assertTrue(model.manifest().totalSize() < 5_000_000, "bundled model size " + model.manifest().totalSize());
        }
    }

    @Test
    void aTamperedCopyInsideAZipIsRefusedLikeAnInstalledModel() throws IOException {
        Path zip = dir.resolve("bundle.zip");
        try (BundledModels bundled = BundledModels.open();
             FileSystem out = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path source = bundled.store().requireVerified(BundledModels.LANGUAGE_ID).folder();
            Path target = out.getPath("/models/" + BundledModels.LANGUAGE_ID);
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                }
            }
            Path notice = target.resolve("NOTICE.txt");
            byte[] bytes = Files.readAllBytes(notice);
            bytes[0] ^= 1;
            Files.write(notice, bytes);
        }
        try (FileSystem in = FileSystems.newFileSystem(zip)) {
            ModelStore store = new ModelStore(in.getPath("/models"));
            ModelVerificationException refused = assertThrows(ModelVerificationException.class,
                    () -> store.requireVerified(BundledModels.LANGUAGE_ID));
            assertTrue(refused.getMessage().contains("NOTICE.txt"), refused.getMessage());
            assertTrue(refused.getMessage().contains("tampered"), refused.getMessage());
        }
    }

    @Test
    void manifestKeepsItsAttributionThroughJson() {
        try (BundledModels bundled = BundledModels.open()) {
            ModelManifest manifest = bundled.store().find(BundledModels.LANGUAGE_ID).orElseThrow().manifest();
            assertEquals(manifest, ModelManifest.parse(manifest.toJson()));
            assertTrue(manifest.toJson().contains("\"attribution\""));
        }
    }
}
