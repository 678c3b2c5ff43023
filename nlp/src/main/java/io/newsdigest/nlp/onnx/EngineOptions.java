package io.newsdigest.nlp.onnx;

/**
 * How the engine runs a model: threads, graph optimization, file variant, provider and decoding cache.
 *
 * @param intraOpThreads threads ONNX Runtime uses inside one operator (at least 1)
 * @param optimization graph optimization level applied when a session is created
 * @param preferQuantized load {@code *_quantized.onnx} files when the folder has them
 * @param useCudaIfAvailable add the CUDA provider when the ONNX Runtime build offers it; never required
 * @param kvCache reuse the decoder's key/value cache between steps; off only to measure what it saves
 * @param maxBatchSize at most this many inputs run through the model together (at least 1)
 * @param layout which decoder files to load when a folder has both layouts
 */
public record EngineOptions(int intraOpThreads, GraphOptimization optimization, boolean preferQuantized,
                            boolean useCudaIfAvailable, boolean kvCache, int maxBatchSize,
                            Layout layout) {

    public EngineOptions {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be at least 1: " + intraOpThreads);
        }
        if (optimization == null) {
            throw new IllegalArgumentException("optimization must not be null");
        }
        if (layout == null) {
            throw new IllegalArgumentException("layout must not be null");
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be at least 1: " + maxBatchSize);
        }
    }

    /**
     * @return one thread, all graph optimizations, full-precision files, CUDA when present, KV cache, batches
     *     of 8, the split layout when complete
     */
    public static EngineOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder().intraOpThreads(intraOpThreads).optimization(optimization)
                .preferQuantized(preferQuantized).useCudaIfAvailable(useCudaIfAvailable).kvCache(kvCache)
                .maxBatchSize(maxBatchSize).layout(layout);
    }

    /** Graph optimization levels of ONNX Runtime. */
    public enum GraphOptimization { NONE, BASIC, EXTENDED, ALL }

    /** Decoder files to run: Optimum's split pair, the onnx-community merged decoder, or whichever is there. */
    public enum Layout {
        /** The split pair when complete (the faster per step), else the merged decoder. */
        AUTO,
        /** {@code decoder_model.onnx} for the first step and {@code decoder_with_past_model.onnx} after it. */
        SPLIT,
        /** {@code onnx/decoder_model_merged.onnx} switching on {@code use_cache_branch}. */
        MERGED
    }

    /** Builds {@link EngineOptions}; {@link #build()} validates. */
    public static final class Builder {
        private int intraOpThreads = 1;
        private GraphOptimization optimization = GraphOptimization.ALL;
        private boolean preferQuantized;
        private boolean useCudaIfAvailable = true;
        private boolean kvCache = true;
        private int maxBatchSize = 8;
        private Layout layout = Layout.AUTO;

        private Builder() {
        }

        public Builder intraOpThreads(int value) { this.intraOpThreads = value; return this; }
        public Builder optimization(GraphOptimization value) { this.optimization = value; return this; }
        public Builder preferQuantized(boolean value) { this.preferQuantized = value; return this; }
        public Builder useCudaIfAvailable(boolean value) { this.useCudaIfAvailable = value; return this; }
        public Builder kvCache(boolean value) { this.kvCache = value; return this; }
        public Builder maxBatchSize(int value) { this.maxBatchSize = value; return this; }
        public Builder layout(Layout value) { this.layout = value; return this; }

        /** @throws IllegalArgumentException naming the first invalid parameter */
        public EngineOptions build() {
            return new EngineOptions(intraOpThreads, optimization, preferQuantized, useCudaIfAvailable, kvCache,
                    maxBatchSize, layout);
        }
    }
}
