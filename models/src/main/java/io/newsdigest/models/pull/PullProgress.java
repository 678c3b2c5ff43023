package io.newsdigest.models.pull;

/**
 * Hears how a download advances, e.g. to draw a progress bar. Called on the pulling thread, often (every few
 * kilobytes): implementations should be quick and may throttle their drawing.
 */
@FunctionalInterface
public interface PullProgress {

    /**
     * @param modelId the model being pulled
     * @param file    the file being downloaded, path as in the repository
     * @param done    bytes of this file on disk so far, including bytes from an earlier, resumed attempt
     * @param total   size of the file in bytes, or -1 when the server did not say
     */
    void update(String modelId, String file, long done, long total);

    /** @return a listener that ignores progress */
    static PullProgress silent() {
        return (modelId, file, done, total) -> { };
    }
}
