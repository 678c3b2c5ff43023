package io.newsdigest.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleSentenceSplitterTest {

    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

    private List<String> de(String text) {
        return splitter.split(text, "de").stream().map(Sentence::text).toList();
    }

    private List<String> en(String text) {
        return splitter.split(text, "en").stream().map(Sentence::text).toList();
    }

    @Test
    void keepsCaAbbreviationInsideTheSentence() {
        assertEquals(List.of("Dort ging es um ca. 600 Millionen Euro.", "Das Projekt ruht."),
                de("Dort ging es um ca. 600 Millionen Euro. Das Projekt ruht."));
    }

    @Test
    void keepsSpacedAbbreviationsLikeZumBeispiel() {
        assertEquals(List.of("Viele Länder, z. B. Spanien und u. a. Portugal, stimmten zu.", "Es folgt mehr."),
                de("Viele Länder, z. B. Spanien und u. a. Portugal, stimmten zu. Es folgt mehr."));
    }

    @Test
    void keepsMillionAndBillionAbbreviationsBeforeCurrency() {
        assertEquals(List.of("Der Umsatz stieg auf 3,4 Mrd. Euro und der Gewinn auf 120 Mio. Euro.",
                        "Die Aktie legte zu."),
                de("Der Umsatz stieg auf 3,4 Mrd. Euro und der Gewinn auf 120 Mio. Euro. Die Aktie legte zu."));
    }

    @Test
    void endsSentenceAfterBillionAbbreviationWhenSentenceOpenerFollows() {
        assertEquals(List.of("Der Schaden liegt bei 2 Mrd.", "Das teilte die Firma mit."),
                de("Der Schaden liegt bei 2 Mrd. Das teilte die Firma mit."));
    }

    @Test
    void keepsGermanOrdinalDates() {
        assertEquals(List.of("Am 1. Juni und am 3. Okt. 2025 tagte der Rat.", "Er beschloss nichts."),
                de("Am 1. Juni und am 3. Okt. 2025 tagte der Rat. Er beschloss nichts."));
    }

    @Test
    void keepsTitleAndNumberAbbreviations() {
        assertEquals(List.of("Dr. Anna Berg wohnt in Haus Nr. 12 seit Jan. 2020.", "Sie zieht bald um."),
                de("Dr. Anna Berg wohnt in Haus Nr. 12 seit Jan. 2020. Sie zieht bald um."));
    }

    @Test
    void keepsThousandsSeparatorAndDecimalPoint() {
        assertEquals(List.of("Es kamen 115.000 Besucher, im Schnitt 4.2 pro Minute.", "Ein Rekord."),
                de("Es kamen 115.000 Besucher, im Schnitt 4.2 pro Minute. Ein Rekord."));
    }

    @Test
    void keepsUnitedStatesAbbreviationBeforeLowerCaseWord() {
        assertEquals(List.of("U.S. officials met Mr. Lee on Friday.", "Talks went well."),
                en("U.S. officials met Mr. Lee on Friday. Talks went well."));
    }

    @Test
    void endsSentenceAfterUnitedStatesAtSentenceEnd() {
        assertEquals(List.of("The firm moved to the U.S.", "The move cost $4.5 billion."),
                en("The firm moved to the U.S. The move cost $4.5 billion."));
    }

    @Test
    void keepsGermanQuotationWithInnerPeriodInOneSentence() {
        assertEquals(List.of("„Wir prüfen das. Es gibt keine Eile“, sagte die Ministerin.", "Dann ging sie."),
                de("„Wir prüfen das. Es gibt keine Eile“, sagte die Ministerin. Dann ging sie."));
    }

    @Test
    void endsSentenceAfterClosingQuotationMark() {
        assertEquals(List.of("Sie sagte: „Wir bleiben.“", "Danach war Ruhe."),
                de("Sie sagte: „Wir bleiben.“ Danach war Ruhe."));
    }

    @Test
    void keepsQuestionInsideEnglishQuoteFollowedByLowerCase() {
        assertEquals(List.of("\"Why now?\" he asked.", "Nobody answered."),
                en("\"Why now?\" he asked. Nobody answered."));
    }

    @Test
    void keepsGuillemetQuotation() {
        assertEquals(List.of("Er nannte es «ein Desaster. Total», ohne Beweise.", "Später ruderte er zurück."),
                de("Er nannte es «ein Desaster. Total», ohne Beweise. Später ruderte er zurück."));
    }

    @Test
    void endsHeadlineWithoutPeriodAtLineBreak() {
        assertEquals(List.of("Rechenzentren in der Wüste", "Die Anlagen wachsen schnell."),
                de("Rechenzentren in der Wüste\nDie Anlagen wachsen schnell."));
    }

    @Test
    void endsParagraphAtBlankLine() {
        assertEquals(List.of("Erster Absatz ohne Punkt", "Zweiter Absatz."),
                de("Erster Absatz ohne Punkt\n\n  Zweiter Absatz."));
    }

    @Test
    void joinsHardWrappedLineThatContinuesInLowerCase() {
        assertEquals(List.of("Die Regierung hat am Montag\nbeschlossen, die Steuer zu senken."),
                de("Die Regierung hat am Montag\nbeschlossen, die Steuer zu senken."));
    }

    @Test
    void makesEachListItemASentence() {
        assertEquals(List.of("Die Gründe:", "- hohe Kosten", "- wenig Personal", "1. Punkt eins"),
                de("Die Gründe:\n- hohe Kosten\n- wenig Personal\n1. Punkt eins"));
    }

    @Test
    void endsSentenceAfterYearFollowedByCapital() {
        assertEquals(List.of("Das Werk öffnet 2025.", "Bis dahin wird gebaut."),
                de("Das Werk öffnet 2025. Bis dahin wird gebaut."));
    }

    @Test
    void endsSentenceAtExclamationAndEllipsis() {
        assertEquals(List.of("Endlich!", "Es dauerte … lange.", "Wirklich?!", "Ja."),
                de("Endlich! Es dauerte … lange. Wirklich?! Ja."));
    }

    @Test
    void keepsStreetAbbreviationBeforeHouseNumber() {
        assertEquals(List.of("Sie wohnt in der Goethestr. 12 in Berlin.", "Dort ist es ruhig."),
                de("Sie wohnt in der Goethestr. 12 in Berlin. Dort ist es ruhig."));
    }

    @Test
    void keepsInitialsOfANameTogether() {
        assertEquals(List.of("J. K. Rowling published a new book.", "It sold well."),
                en("J. K. Rowling published a new book. It sold well."));
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  Erster Satz.   Zweiter Satz!  ";
        for (Sentence sentence : splitter.split(text, "de")) {
            assertEquals(text.substring(sentence.start(), sentence.end()), sentence.text());
        }
        assertEquals(List.of(2, 17), splitter.split(text, "de").stream().map(Sentence::start).toList());
    }

    @Test
    void hasNoSentencesInBlankText() {
        assertEquals(List.of(), splitter.split(" \n\t ", "de"));
        assertEquals(List.of(), splitter.split(null, "en"));
    }

    @Test
    void dropsLinesWithoutLettersOrDigits() {
        assertEquals(List.of("Text.", "Mehr."), de("Text.\n***\nMehr."));
    }
}
