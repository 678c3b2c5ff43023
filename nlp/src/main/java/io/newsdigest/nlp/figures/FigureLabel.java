package io.newsdigest.nlp.figures;

import java.util.Objects;

/**
 * The thing a figure counts or measures, as written ("Nvidia-KI-Chips"), its base form ("Chip") and language.
 *
 * @param of for the group a share is taken of, the words that joined it as written ("der", "des", "aller", "of",
 *     "of the", "of all"); empty for anything else
 */
public record FigureLabel(String text, String lemma, String language, String of) {

    public FigureLabel {
        Objects.requireNonNull(of, "of");
    }

    /** A label that is not the group of a share. */
    public FigureLabel(String text, String lemma, String language) {
        this(text, lemma, language, "");
    }

    /** @return whether the label is the group a share is taken of ("zwei Drittel der Befragten") */
    public boolean isGroup() {
        return !of.isEmpty();
    }
}
