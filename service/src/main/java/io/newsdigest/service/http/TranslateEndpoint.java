package io.newsdigest.service.http;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.json.ApiMapping;
import io.newsdigest.json.RequestChecks;
import io.newsdigest.api.model.TranslateRequest;
import io.newsdigest.api.model.TranslateResponse;
import io.newsdigest.api.model.TranslationMethod;
import io.newsdigest.api.server.TranslateService;
import io.newsdigest.api.server.ValidatorUtils;
import io.newsdigest.nlp.Translation;

/**
 * {@code POST /v1/translate}: a text translated by a locally installed model or the configured chat model, every
 * sentence held to the figure guard (503 when nothing can translate the pair).
 */
public final class TranslateEndpoint extends TranslateService {

    private final PipelineHolder pipeline;
    private final JsonBodies bodies;

    public TranslateEndpoint(PipelineHolder pipeline, JsonBodies bodies) {
        this.pipeline = pipeline;
        this.bodies = bodies;
    }

    @Override
    protected TranslateOp createTranslateOp() {
        return new TranslateOp() {
            @Override
            protected TranslateRequest translateRequest(ServerRequest request, ValidatorUtils.Validator validator) {
                return bodies.read(request, TranslateRequest.class);
            }
        };
    }

    @Override
    protected void handleTranslate(ServerRequest request, ServerResponse response, TranslateRequest body) {
        String text = RequestChecks.requiredText(body.getText(), "text");
        String target = RequestChecks.languageCode(RequestChecks.requiredText(body.getTarget(), "target"), "target")
                .orElseThrow();
        Translation translation = pipeline.require().translate(text,
                RequestChecks.languageCode(body.getSource(), "source"), target, ApiMapping.engine(body.getEngine()));
        TranslateResponse result = new TranslateResponse();
        result.setSource(translation.source());
        result.setTarget(translation.target());
        result.setText(translation.text());
        result.setModel(translation.modelId());
        result.setWarnings(translation.warnings());
        result.setMethod(TranslationMethod.fromValue(translation.method()));
        result.setGuardReplaced(translation.guardReplaced());
        bodies.send(response, result);
    }
}
