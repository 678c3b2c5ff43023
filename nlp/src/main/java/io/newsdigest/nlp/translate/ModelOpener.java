package io.newsdigest.nlp.translate;

import io.newsdigest.models.InstalledModel;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.Seq2SeqModel;

import java.util.Objects;

/**
 * Opens a verified model folder for a translator or summarizer. The default opens a fresh model each time; a
 * reloading pipeline lends the model it already has open for an unchanged folder instead. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface ModelOpener {

    /**
     * @param verified a model that passed {@code ModelStore.requireVerified}
     * @return the open model and what to call when its user no longer needs it
     * @throws io.newsdigest.nlp.onnx.ModelLoadException when the files cannot be loaded
     */
    Opened open(InstalledModel verified);

    /** A fresh model per call, closed when released. */
    static ModelOpener fresh(EngineOptions options) {
        Objects.requireNonNull(options, "options");
        return verified -> {
            Seq2SeqModel model = Seq2SeqModel.open(verified.folder(), options);
            return new Opened(model, model::close);
        };
    }

    /**
     * An open model lent to one user.
     *
     * @param model   the model; its user must not close it
     * @param release called once when the user is done with it (closes it, or returns it to a shared pool)
     */
    record Opened(Seq2SeqModel model, AutoCloseable release) {
        public Opened {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(release, "release");
        }
    }
}
