package io.newsdigest.service.http;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.json.ApiMapping;
import io.newsdigest.json.RequestChecks;
import io.newsdigest.api.model.DetectRequest;
import io.newsdigest.api.model.DetectResponse;
import io.newsdigest.api.server.DetectService;
import io.newsdigest.api.server.ValidatorUtils;
import io.newsdigest.api.model.SentenceLanguage;
import io.newsdigest.nlp.LanguageReport;
import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.language.SentenceLanguages;

/** {@code POST /v1/detect}: the language of a text with calibrated confidences. */
public final class DetectEndpoint extends DetectService {

    private final PipelineHolder pipeline;
    private final JsonBodies bodies;

    public DetectEndpoint(PipelineHolder pipeline, JsonBodies bodies) {
        this.pipeline = pipeline;
        this.bodies = bodies;
    }

    @Override
    protected DetectOp createDetectOp() {
        return new DetectOp() {
            @Override
            protected DetectRequest detectRequest(ServerRequest request, ValidatorUtils.Validator validator) {
                return bodies.read(request, DetectRequest.class);
            }
        };
    }

    @Override
    protected void handleDetect(ServerRequest request, ServerResponse response, DetectRequest body) {
        String text = RequestChecks.requiredText(body.getText(), "text");
        LanguageReport report = pipeline.require().detectWithSentences(text);
        LanguageGuess guess = report.language();
        DetectResponse result = new DetectResponse();
        result.setLanguage(guess.code());
        result.setConfidence(ApiMapping.round(guess.confidence()));
        result.setCandidates(ApiMapping.candidates(guess));
        if (!guess.detector().isEmpty()) {
            result.setDetector(guess.detector());
        }
        result.setSentences(report.sentences().isEmpty() ? null
                : report.sentences().stream().map(DetectEndpoint::sentence).toList());
        bodies.send(response, result);
    }

    private static SentenceLanguage sentence(SentenceLanguages.SentenceLanguage source) {
        SentenceLanguage sentence = new SentenceLanguage();
        sentence.setStart(source.sentence().start());
        sentence.setEnd(source.sentence().end());
        sentence.setLanguage(source.guess().code());
        sentence.setConfidence(ApiMapping.round(source.guess().confidence()));
        return sentence;
    }
}
