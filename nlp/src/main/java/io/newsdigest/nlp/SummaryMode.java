package io.newsdigest.nlp;

/** How the summary is made. */
public enum SummaryMode {
    /** Abstractive when a summarization model is installed, otherwise extractive with a warning. */
    AUTO,
    /** Chosen source sentences. */
    EXTRACTIVE,
    /** Written by a summarization model; fails when none is installed. */
    ABSTRACTIVE
}
