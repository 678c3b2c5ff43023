package io.newsdigest.models;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a model does, as spelled in the manifest's {@code task} field. */
public enum ModelTask {
    TRANSLATION("translation"),
    SUMMARIZATION("summarization"),
    EMBEDDING("embedding"),
    LANGUAGE_ID("language-id");

    private final String jsonName;

    ModelTask(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the manifest spelling, e.g. {@code language-id} */
    public String jsonName() {
        return jsonName;
    }

    /**
     * @param value the manifest spelling
     * @return the task
     * @throws ModelManifestException naming the field {@code task} when the value is unknown
     */
    public static ModelTask fromJson(String value) {
        for (ModelTask task : values()) {
            if (task.jsonName.equals(value)) {
                return task;
            }
        }
        throw new ModelManifestException("task", "must be one of "
                + Arrays.stream(values()).map(ModelTask::jsonName).collect(Collectors.joining(", "))
                + ", was '" + value + "'");
    }
}
