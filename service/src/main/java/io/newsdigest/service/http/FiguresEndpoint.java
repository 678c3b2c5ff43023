package io.newsdigest.service.http;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.json.ApiMapping;
import io.newsdigest.json.RequestChecks;
import io.newsdigest.api.model.FiguresRequest;
import io.newsdigest.api.model.FiguresResponse;
import io.newsdigest.api.server.FiguresService;
import io.newsdigest.api.server.ValidatorUtils;
import io.newsdigest.nlp.FigureReport;

/** {@code POST /v1/figures}: every figure of a text (or every number, typed), in order of appearance. */
public final class FiguresEndpoint extends FiguresService {

    private final PipelineHolder pipeline;
    private final JsonBodies bodies;

    public FiguresEndpoint(PipelineHolder pipeline, JsonBodies bodies) {
        this.pipeline = pipeline;
        this.bodies = bodies;
    }

    @Override
    protected FiguresOp createFiguresOp() {
        return new FiguresOp() {
            @Override
            protected FiguresRequest figuresRequest(ServerRequest request, ValidatorUtils.Validator validator) {
                return bodies.read(request, FiguresRequest.class);
            }
        };
    }

    @Override
    protected void handleFigures(ServerRequest request, ServerResponse response, FiguresRequest body) {
        String text = RequestChecks.requiredText(body.getText(), "text");
        FigureReport report = pipeline.require().figures(text,
                RequestChecks.languageCode(body.getLanguage(), "language"),
                RequestChecks.languageCode(body.getTargetLanguage(), "targetLanguage"),
                Boolean.TRUE.equals(body.getAllNumbers()));
        FiguresResponse result = new FiguresResponse();
        result.setLanguage(report.language());
        result.setFigures(report.figures().stream().map(ApiMapping::figure).toList());
        bodies.send(response, result);
    }
}
