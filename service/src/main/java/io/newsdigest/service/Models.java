package io.newsdigest.service;

import io.newsdigest.api.model.ModelInfo;
import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.models.BundledModels;
import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelVerificationException;
import io.newsdigest.models.ModelsDirectory;

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
        List<ModelInfo> models = new ArrayList<>();
        for (InstalledModel listed : store.list()) {
            models.add(info(verified(store, listed), false));
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
        try (BundledModels bundled = BundledModels.open()) {
            for (InstalledModel listed : bundled.store().list()) {
                models.add(info(verified(bundled.store(), listed), true));
            }
        }
        ModelsResponse response = new ModelsResponse();
        response.setDirectory(store.directory().toString());
        response.setModels(models);
        return response;
    }

    private static ModelInfo info(InstalledModel installed, boolean bundled) {
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
