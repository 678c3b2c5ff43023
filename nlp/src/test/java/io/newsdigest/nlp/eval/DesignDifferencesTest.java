package io.newsdigest.nlp.eval;

import io.newsdigest.nlp.eval.DesignDifferences.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which missed values count as design differences, on sentences written for these tests. */
class DesignDifferencesTest {

    @Test
    void explainsAMissedArticleAsNoNumber() {
        assertEquals(Optional.of(Reason.ARTICLE),
                DesignDifferences.explain("number", "Sie kaufte eine Zeitung und 3 Äpfel.", List.of("1|")));
    }

    @Test
    void doesNotExplainAMissedOneThatIsWrittenAsADigit() {
        assertEquals(Optional.empty(),
                DesignDifferences.explain("number", "Sie kaufte eine Zeitung für 1 Euro.", List.of("1|")));
    }

    @Test
    void explainsTheDigitsOfACode() {
        assertEquals(Optional.of(Reason.CODE),
                DesignDifferences.explain("number", "The XR-250 prototype flew", List.of("250|")));
    }

    @Test
    void explainsOnlyTheDigitsOfTheCodeItself() {
        assertEquals(Optional.empty(),
                DesignDifferences.explain("number", "The XR-250 prototype flew 2500 km", List.of("2500|")));
        assertEquals(Optional.of(Reason.CODE), DesignDifferences.explain("number", "10G", List.of("10000000000|")));
    }

    @Test
    void explainsABareSlashPairButNotAShareOfAGroup() {
        assertEquals(Optional.of(Reason.BARE_SLASH), DesignDifferences.explain("number", "Note: 3/4", List.of("0.75|")));
        assertEquals(Optional.empty(),
                DesignDifferences.explain("number", "about 3/4 of the staff", List.of("0.75|")));
    }

    @Test
    void explainsPercentOfOnlyForPercentages() {
        assertEquals(Optional.of(Reason.PERCENT_OF),
                DesignDifferences.explain("percentage", "what percent of 40 voted", List.of("40|%")));
        assertEquals(Optional.empty(),
                DesignDifferences.explain("number", "what percent of 40 voted", List.of("40|")));
    }

    @Test
    void explainsTheBareLowerBoundOfARangeThatSharesItsScale() {
        assertEquals(Optional.of(Reason.SHARED_SCALE),
                DesignDifferences.explain("number", "zwischen 20 bis 40 Millionen", List.of("20|")));
    }

    @Test
    void needsEveryMissedValueExplained() {
        assertEquals(Optional.empty(), DesignDifferences.explain("number",
                "Sie kaufte eine Zeitung und sieben Äpfel.", List.of("1|", "7|")));
        assertEquals(Optional.of(Reason.ARTICLE), DesignDifferences.explain("number",
                "Sie kaufte eine Zeitung und sieben Äpfel.", List.of("1|")));
    }

    @Test
    void explainsNothingWhenNothingWasMissed() {
        assertEquals(Optional.empty(), DesignDifferences.explain("number", "one-two-three", List.of()));
    }
}
