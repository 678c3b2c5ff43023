package io.newsdigest.service;

import io.newsdigest.api.model.ChatModelInfo;
import io.newsdigest.api.model.ModelInfo;
import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.models.BundledModels;
import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelVerificationException;
import io.newsdigest.models.ModelsDirectory;
import io.newsdigest.nlp.chat.ChatHealth;
import io.newsdigest.nlp.chat.ChatModelServer;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The installed models as the API lists them. */
public final class Models {

    private Models() {
    }

    /** The store of the configured models directory. */
    public static ModelStore store(ServiceConfig config) {
        return new ModelStore(ModelsDirectory.resolve(config.modelsDirectory()));
    }

    /**
     * What {@code GET /v1/models} answers: every model folder, usable or not, with its problem, then the models
     * bundled with NewsDigest. Checksums of installed models are recomputed only for files that changed since the
     * store last verified them; the bundled ones (under a megabyte) are recomputed on every call.
     */
    public static ModelsResponse listing(ModelStore store) {
        return listing(store, ModelControl.none());
    }

    /** The listing, with which models the pipeline uses now and the chat model (never its key). */
    public static ModelsResponse listing(ModelStore store, ModelControl control) {
        List<String> loaded = control.loadedIds();
        List<ModelInfo> models = new ArrayList<>();
        for (InstalledModel listed : store.list()) {
            InstalledModel installed = verified(store, listed);
            // The language model is used from the models directory when a verified copy is installed there.
            boolean used = loaded.contains(installed.id())
                    || BundledModels.LANGUAGE_ID.equals(installed.id()) && installed.verified();
            models.add(info(installed, false, used));
        }
        for (String problem : store.unreadableFolders()) {
            ModelInfo info = new ModelInfo();
            info.setId("(unreadable)");
            info.setTask("unknown");
            info.setLanguages(List.of());
            info.setVerified(false);
            info.setProblem(problem);
            models.add(info);
        }
        boolean installedCopy = models.stream().anyMatch(info -> BundledModels.LANGUAGE_ID.equals(info.getId())
                && Boolean.TRUE.equals(info.getVerified()));
        try (BundledModels bundled = BundledModels.open()) {
            for (InstalledModel listed : bundled.store().list()) {
                models.add(info(verified(bundled.store(), listed), true, !installedCopy));
            }
        }
        ModelsResponse response = new ModelsResponse();
        response.setDirectory(store.directory().toString());
        response.setModels(models);
        control.chat().map(Models::chat).ifPresent(response::setChat);
        return response;
    }

    private static ChatModelInfo chat(ChatModelServer server) {
        ChatModelInfo info = new ChatModelInfo();
        info.setProvider(server.settings().provider().configName());
        info.setHost(server.settings().host());
        info.setModel(server.settings().model());
        ChatHealth health = server.health();
        health.reachable().ifPresent(info::setReachable);
        health.checkedAt().map(at -> at.atOffset(ZoneOffset.UTC)).ifPresent(info::setCheckedAt);
        health.problem().ifPresent(info::setProblem);
        return info;
    }

    private static ModelInfo info(InstalledModel installed, boolean bundled, boolean loaded) {
        ModelManifest manifest = installed.manifest();
        ModelInfo info = new ModelInfo();
        info.setId(manifest.id());
        info.setTask(manifest.task().jsonName());
        info.setLanguages(manifest.languages());
        manifest.source().ifPresent(info::setSource);
        manifest.target().ifPresent(info::setTarget);
        info.setLicence(manifest.licence());
        manifest.attribution().ifPresent(info::setAttribution);
        if (bundled) {
            info.setBundled(true);
        }
        info.setVerified(installed.verified());
        info.setSizeBytes(manifest.totalSize());
        info.setLoaded(loaded);
        installed.problem().ifPresent(info::setProblem);
        return info;
    }

    private static InstalledModel verified(ModelStore store, InstalledModel listed) {
        try {
            return store.requireVerified(listed.id());
        } catch (ModelVerificationException e) {
            return new InstalledModel(listed.manifest(), listed.folder(), false, Optional.of(e.getMessage()));
        }
    }
}
