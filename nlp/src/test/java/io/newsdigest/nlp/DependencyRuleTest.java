package io.newsdigest.nlp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** nlp is usable alone: it never reaches into HTTP, the API models or the service. */
class DependencyRuleTest {

    private static final JavaClasses NLP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsdigest.nlp");

    @Test
    void nlpDoesNotDependOnHelidonOrTheServiceLayers() {
        noClasses().that().resideInAPackage("io.newsdigest.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("io.helidon..", "io.newsdigest.service..",
                        "io.newsdigest.api..", "io.newsdigest.json..", "io.newsdigest.client..")
                .check(NLP);
    }
}
