package io.newsdigest.nlp.onnx;

/** A model folder cannot be loaded; the message names the model and, for a file, its path. */
public class ModelLoadException extends RuntimeException {

    private final String modelId;

    public ModelLoadException(String modelId, String problem) {
        super("model '" + modelId + "': " + problem);
        this.modelId = modelId;
    }

    public ModelLoadException(String modelId, String problem, Throwable cause) {
        super("model '" + modelId + "': " + problem, cause);
        this.modelId = modelId;
    }

    /** @return id of the model that failed to load */
    public String modelId() {
        return modelId;
    }
}
