package io.newsdigest.service.http;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.api.model.ReloadResponse;
import io.newsdigest.api.server.ModelsService;
import io.newsdigest.nlp.installed.ReloadReport;
import io.newsdigest.service.ModelControl;

import java.util.function.Supplier;

/**
 * {@code GET /v1/models}: installed models, what each serves, whether its files verified and whether it is in use,
 * and the chat model. {@code POST /v1/models/reload}: use the models directory as it is now (behind the API key
 * like every {@code /v1} route).
 */
public final class ModelsEndpoint extends ModelsService {

    private final Supplier<ModelsResponse> listing;
    private final Supplier<ReloadResponse> reload;
    private final JsonBodies bodies;

    public ModelsEndpoint(Supplier<ModelsResponse> listing, Supplier<ReloadResponse> reload, JsonBodies bodies) {
        this.listing = listing;
        this.reload = reload;
        this.bodies = bodies;
    }

    /** Reloads through {@code control} once the pipeline is ready (503 before), as the API answers it. */
    public static ReloadResponse reloaded(PipelineHolder pipeline, ModelControl control) {
        pipeline.require();
        ReloadReport report = control.reload();
        ReloadResponse response = new ReloadResponse();
        response.setLoaded(report.loaded());
        response.setAdded(report.added());
        response.setRemoved(report.removed());
        response.setProblems(report.problems());
        return response;
    }

    @Override
    protected void handleListModels(ServerRequest request, ServerResponse response) {
        bodies.send(response, listing.get());
    }

    @Override
    protected void handleReloadModels(ServerRequest request, ServerResponse response) {
        bodies.send(response, reload.get());
    }
}
