package io.newsdigest.models.pull;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ModelPuller} reaches the hub.
 *
 * @param hubBase        base URL of a Hugging Face compatible hub; files are fetched from
 *                       {@code {hubBase}/{repository}/resolve/{revision}/{path}}
 * @param attempts       how many times one file is tried (each retry resumes where the last stopped), at least 1
 * @param connectTimeout how long to wait for a connection, positive
 */
public record PullOptions(URI hubBase, int attempts, Duration connectTimeout) {

    /** The public Hugging Face hub. */
    public static final URI HUGGING_FACE = URI.create("https://huggingface.co");

    public PullOptions {
        Objects.requireNonNull(hubBase, "hubBase");
        if (!hubBase.isAbsolute() || !("http".equals(hubBase.getScheme()) || "https".equals(hubBase.getScheme()))
                || hubBase.getHost() == null) {
            throw new IllegalArgumentException("hubBase must be an absolute http or https URL, was '" + hubBase + "'");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
    }

    /** @return the Hugging Face hub, 3 attempts per file, 30 s connect timeout */
    public static PullOptions defaults() {
        return new PullOptions(HUGGING_FACE, 3, Duration.ofSeconds(30));
    }

    /** @return these options with another hub base URL (a mirror, or a loopback server in tests) */
    public PullOptions withHubBase(URI newBase) {
        return new PullOptions(newBase, attempts, connectTimeout);
    }

    /** @return these options with another number of attempts per file */
    public PullOptions withAttempts(int newAttempts) {
        return new PullOptions(hubBase, newAttempts, connectTimeout);
    }
}
