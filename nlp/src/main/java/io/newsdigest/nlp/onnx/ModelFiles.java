package io.newsdigest.nlp.onnx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of one model folder, in whichever layout was chosen.
 *
 * @param layout {@link EngineOptions.Layout#SPLIT} or {@link EngineOptions.Layout#MERGED}, never AUTO
 * @param firstStepDecoder decoder for the first step (merged: the merged decoder)
 * @param withPastDecoder decoder for later steps (merged: the same merged decoder)
 */
record ModelFiles(Path folder, EngineOptions.Layout layout, Path encoder, Path firstStepDecoder,
                  Path withPastDecoder, Path config, Optional<Path> generationConfig, Path tokenizer,
                  Optional<Path> tokenizerConfig, Optional<Path> manifest) {

    static ModelFiles locate(String modelId, Path folder, EngineOptions options) {
        if (!Files.isDirectory(folder)) {
            throw new ModelLoadException(modelId, "model folder not found: " + folder);
        }
        Path config = required(modelId, folder.resolve("config.json"));
        Path tokenizer = required(modelId, folder.resolve("tokenizer.json"));
        EngineOptions.Layout layout = layout(modelId, folder, options);
        boolean quantized = options.preferQuantized();
        if (layout == EngineOptions.Layout.SPLIT) {
            return new ModelFiles(folder, layout, variant(modelId, folder, "encoder_model", quantized),
                    variant(modelId, folder, "decoder_model", quantized),
                    variant(modelId, folder, "decoder_with_past_model", quantized), config,
                    optional(folder.resolve("generation_config.json")), tokenizer,
                    optional(folder.resolve("tokenizer_config.json")), optional(folder.resolve("newsdigest.json")));
        }
        Path onnx = folder.resolve("onnx");
        Path merged = variant(modelId, onnx, "decoder_model_merged", quantized);
        return new ModelFiles(folder, layout, variant(modelId, onnx, "encoder_model", quantized), merged, merged,
                config, optional(folder.resolve("generation_config.json")), tokenizer,
                optional(folder.resolve("tokenizer_config.json")), optional(folder.resolve("newsdigest.json")));
    }

    private static EngineOptions.Layout layout(String modelId, Path folder, EngineOptions options) {
        if (options.layout() != EngineOptions.Layout.AUTO) {
            return options.layout();
        }
        boolean split = List.of("encoder_model.onnx", "decoder_model.onnx", "decoder_with_past_model.onnx").stream()
                .allMatch(name -> Files.isRegularFile(folder.resolve(name)));
        if (split) {
            return EngineOptions.Layout.SPLIT;
        }
        if (Files.isRegularFile(folder.resolve("onnx/decoder_model_merged.onnx"))
                || Files.isRegularFile(folder.resolve("onnx/decoder_model_merged_quantized.onnx"))) {
            return EngineOptions.Layout.MERGED;
        }
        throw new ModelLoadException(modelId, "no decoder found: neither " + folder.resolve("onnx/decoder_model_merged.onnx")
                + " nor " + folder.resolve("decoder_model.onnx") + " with decoder_with_past_model.onnx");
    }

    /** The quantized file when asked for and present, else the full-precision one, which must exist. */
    private static Path variant(String modelId, Path dir, String stem, boolean preferQuantized) {
        Path quantized = dir.resolve(stem + "_quantized.onnx");
        if (preferQuantized && Files.isRegularFile(quantized)) {
            return quantized;
        }
        return required(modelId, dir.resolve(stem + ".onnx"));
    }

    private static Path required(String modelId, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(modelId, "missing file " + file);
        }
        return file;
    }

    private static Optional<Path> optional(Path file) {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
