package io.newsdigest.nlp.language;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfidenceCalibrationTest {

    @Test
    void dropsLanguagesRuledOutByLingua() {
        List<LanguageScore> scores = new ConfidenceCalibration(Set.of(), 1)
                .calibrate(Map.of("de", 1.0, "nl", 0.0, "en", 0.9), 20);
        assertEquals(List.of("de", "en"), scores.stream().map(LanguageScore::code).toList());
    }

    @Test
    void growsMoreCertainWithLongerTextForTheSameRelativeGap() {
        var calibration = new ConfidenceCalibration(Set.of(), 1);
        double shortText = calibration.calibrate(Map.of("de", 1.0, "nl", 0.95), 5).getFirst().confidence();
        double longText = calibration.calibrate(Map.of("de", 1.0, "nl", 0.95), 200).getFirst().confidence();
        assertTrue(longText > shortText, shortText + " vs " + longText);
    }

    @Test
    void priorTurnsATieTowardsTheExpectedLanguage() {
        List<LanguageScore> scores = new ConfidenceCalibration(Set.of("de"), 4)
                .calibrate(Map.of("de", 1.0, "nl", 1.0), 10);
        assertEquals("de", scores.getFirst().code());
        assertEquals(0.8, scores.getFirst().confidence(), 1e-9);
    }
}
