package io.newsdigest.service.http;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.api.server.ModelsService;

import java.util.function.Supplier;

/** {@code GET /v1/models}: installed models, what each serves, and whether its files verified. */
public final class ModelsEndpoint extends ModelsService {

    private final Supplier<ModelsResponse> listing;
    private final JsonBodies bodies;

    public ModelsEndpoint(Supplier<ModelsResponse> listing, JsonBodies bodies) {
        this.listing = listing;
        this.bodies = bodies;
    }

    @Override
    protected void handleListModels(ServerRequest request, ServerResponse response) {
        bodies.send(response, listing.get());
    }
}
