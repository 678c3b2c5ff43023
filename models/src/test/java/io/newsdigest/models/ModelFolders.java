package io.newsdigest.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Builds small model folders for tests: a few byte files written here, and a manifest describing them. */
final class ModelFolders {

    private ModelFolders() {
    }

    /** @return a translation manifest for {@code id} listing {@code files} */
    static ModelManifest manifest(String id, List<ModelManifest.FileEntry> files) {
        return new ModelManifest(id, ModelTask.TRANSLATION, ModelFamily.MARIAN, List.of("de", "en"),
                Optional.of("de"), Optional.of("en"), "Apache-2.0",
                new ModelManifest.Origin("example/toy-de-en", "built"), files);
    }

    /** Writes a folder {@code parent/id} with a config, a tokenizer and an encoder file, plus its manifest. */
    static Path create(Path parent, String id) throws IOException {
        Path folder = parent.resolve(id);
        Files.createDirectories(folder.resolve("onnx"));
        Files.writeString(folder.resolve("config.json"), "{\"model_type\": \"marian\"}", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("tokenizer.json"), "{\"vocab\": [\"der\", \"the\"]}", StandardCharsets.UTF_8);
        byte[] weights = new byte[4096];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (byte) (i * 31);
        }
        Files.write(folder.resolve("onnx/encoder_model.onnx"), weights);
        manifest(id, ModelStore.describeFiles(folder)).writeTo(folder);
        return folder;
    }
}
