package io.newsdigest.nlp.installed;

import java.util.Objects;

/**
 * Lends the model components in use to one call at a time: the call holds a {@link Lease} from its start to its
 * end and works only with what the lease gives, so that a reload between two calls never changes models under a
 * call. Implementations are thread-safe.
 */
public interface ModelSource {

    /** @return the components in use now, held until the lease is closed */
    Lease acquire();

    /** One call's hold on a set of components; close it exactly when the call is done (repeats are harmless). */
    interface Lease extends AutoCloseable {
        ModelComponents components();

        @Override
        void close();
    }

    /** Components that never change; whoever built them closes them. */
    static ModelSource fixed(ModelComponents components) {
        Objects.requireNonNull(components, "components");
        Lease lease = new Lease() {
            @Override
            public ModelComponents components() {
                return components;
            }

            @Override
            public void close() {
            }
        };
        return () -> lease;
    }
}
