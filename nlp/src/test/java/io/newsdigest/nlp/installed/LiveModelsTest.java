package io.newsdigest.nlp.installed;

import io.newsdigest.models.ModelStore;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.TinyModels;
import io.newsdigest.nlp.summarize.SummaryResult;
import io.newsdigest.nlp.translate.OnnxSeq2SeqTranslator;
import io.newsdigest.nlp.translate.Translator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Models that appear, change and go while calls run, with the committed tiny Marian model. */
class LiveModelsTest {

    private static final String ID = "tiny-marian-de-en";
    private static final String SENTENCE = "der Bürgermeister öffnet 42 Brücken.";

    @TempDir
    Path directory;
    private ModelStore store;
    private LiveModels models;

    @BeforeEach
    void open() {
        assumeTrue(TinyModels.root().isPresent(), "the tiny models are not in this checkout");
        store = new ModelStore(directory);
        models = LiveModels.open(store, EngineOptions.defaults(),
                (input, options) -> new SummaryResult(List.of(), "extractive", ""), new RuleBasedFigureExtractor());
    }

    @AfterEach
    void close() {
        if (models != null) {
            models.close();
        }
    }

    @Test
    void usesAModelCopiedInOnceTheCopyHasSettled() throws IOException {
        assertTrue(models.modelIds().isEmpty());

        copyTinyMarian();

        assertEquals(Optional.empty(), models.reloadIfChanged(), "the first look only notices the change");
        ReloadReport report = models.reloadIfChanged().orElseThrow();
        assertEquals(List.of(ID), report.added());
        assertEquals(Optional.empty(), models.reloadIfChanged(), "nothing changed since");
        try (ModelSource.Lease lease = models.acquire()) {
            Translator translator = lease.components().translators().find("de", "en").orElseThrow();
            assertEquals(List.of("the mayor opens 42 bridges."), translator.translate(List.of(SENTENCE)));
        }
    }

    @Test
    void aCallInFlightFinishesOnTheModelItStartedWithAndThenItCloses() throws IOException {
        copyTinyMarian();
        models.reload();
        ModelSource.Lease inFlight = models.acquire();
        Translator translator = inFlight.components().translators().find("de", "en").orElseThrow();

        assertTrue(store.remove(ID));
        ReloadReport report = models.reload();

        assertEquals(List.of(ID), report.removed());
        try (ModelSource.Lease next = models.acquire()) {
            assertTrue(next.components().translators().find("de", "en").isEmpty(), "the next call has no model");
        }
        assertEquals(List.of("the mayor opens 42 bridges."), translator.translate(List.of(SENTENCE)),
                "the call in flight still translates");
        assertEquals(1, models.openModelCount());
        inFlight.close();
        assertEquals(0, models.openModelCount(), "closed once its last call ended");
    }

    @Test
    void anUnchangedFolderKeepsItsOpenModelAcrossReloads() throws IOException {
        copyTinyMarian();
        models.reload();
        Object before;
        try (ModelSource.Lease lease = models.acquire()) {
            before = ((OnnxSeq2SeqTranslator) lease.components().translators().find("de", "en").orElseThrow()).model();
        }

        models.reload();

        try (ModelSource.Lease lease = models.acquire()) {
            assertSame(before, ((OnnxSeq2SeqTranslator) lease.components().translators().find("de", "en")
                    .orElseThrow()).model());
        }
        assertEquals(1, models.openModelCount());
    }

    @Test
    void aTamperedModelStopsBeingUsedAndIsNamed() throws IOException {
        copyTinyMarian();
        models.reload();

        Files.writeString(directory.resolve(ID).resolve("tokenizer_config.json"), " ", StandardOpenOption.APPEND);
        models.reloadIfChanged();
        ReloadReport report = models.reloadIfChanged().orElseThrow();

        assertEquals(List.of(ID), report.removed());
        assertTrue(report.problems().get(0).contains("tokenizer_config.json"), report.problems().toString());
        assertEquals(0, models.openModelCount());
    }

    private void copyTinyMarian() throws IOException {
        Path from = TinyModels.root().orElseThrow().resolve(ID);
        Path to = directory.resolve(ID);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
