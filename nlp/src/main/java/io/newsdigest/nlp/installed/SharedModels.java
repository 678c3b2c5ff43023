package io.newsdigest.nlp.installed;

import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelStore;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.Seq2SeqModel;
import io.newsdigest.nlp.translate.ModelOpener;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ONNX models open in this process, shared by the generations of installed models that use them and counted:
 * a model folder that did not change between two reloads is lent again instead of loaded again, and a model is
 * closed when the last generation using it is done. A folder whose files changed in any way (size, modification
 * time) is a different model here, so a tampered or replaced copy is never mistaken for the one already open.
 *
 * <p>Thread-safe. It owns every model it opened; each is closed when its count drops to zero.
 */
final class SharedModels implements ModelOpener {

    private final ModelStore store;
    private final EngineOptions options;
    private final Map<Key, Entry> open = new HashMap<>();

    private record Key(String id, List<String> fingerprint) {
    }

    private static final class Entry {
        final Seq2SeqModel model;
        int users;

        Entry(Seq2SeqModel model) {
            this.model = model;
        }
    }

    SharedModels(ModelStore store, EngineOptions options) {
        this.store = store;
        this.options = options;
    }

    @Override
    public Opened open(InstalledModel verified) {
        Key key = new Key(verified.id(), store.fingerprint(verified));
        Entry entry;
        synchronized (open) {
            entry = open.get(key);
            if (entry != null) {
                entry.users++;
                return new Opened(entry.model, release(key, entry));
            }
        }
        // Loading takes seconds for a real model: not under the lock. Reloads are serialized by LiveModels, so no
        // second thread opens the same key meanwhile.
        Seq2SeqModel model = Seq2SeqModel.open(verified.folder(), options);
        synchronized (open) {
            entry = new Entry(model);
            entry.users = 1;
            open.put(key, entry);
        }
        return new Opened(model, release(key, entry));
    }

    /** @return the number of models open now */
    int openCount() {
        synchronized (open) {
            return open.size();
        }
    }

    private AutoCloseable release(Key key, Entry entry) {
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            boolean last;
            synchronized (open) {
                last = --entry.users == 0;
                if (last) {
                    open.remove(key, entry);
                }
            }
            if (last) {
                entry.model.close();
            }
        };
    }
}
