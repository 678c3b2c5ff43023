package io.newsdigest.service.http;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.json.ApiMapping;
import io.newsdigest.json.RequestChecks;
import io.newsdigest.api.model.SummarizeRequest;
import io.newsdigest.api.server.SummarizeService;
import io.newsdigest.api.server.ValidatorUtils;
import io.newsdigest.nlp.Digest;

import java.util.Optional;

/** {@code POST /v1/summarize}: the digest of one article. */
public final class SummarizeEndpoint extends SummarizeService {

    private final PipelineHolder pipeline;
    private final JsonBodies bodies;
    private final ApiMapping mapping;

    public SummarizeEndpoint(PipelineHolder pipeline, JsonBodies bodies, ApiMapping mapping) {
        this.pipeline = pipeline;
        this.bodies = bodies;
        this.mapping = mapping;
    }

    @Override
    protected SummarizeOp createSummarizeOp() {
        return new SummarizeOp() {
            @Override
            protected SummarizeRequest summarizeRequest(ServerRequest request, ValidatorUtils.Validator validator) {
                return bodies.read(request, SummarizeRequest.class);
            }
        };
    }

    @Override
    protected void handleSummarize(ServerRequest request, ServerResponse response, SummarizeRequest body) {
        Digest digest = pipeline.require().digest(mapping.article(body), mapping.options(body));
        bodies.send(response, mapping.response(Optional.ofNullable(body.getId()), digest));
    }
}
