package io.github.osceparser.parser.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.osceparser.parser.internal.finish.PageFinisher;
import io.github.osceparser.parser.internal.knowledge.Registry;
import io.github.osceparser.parser.internal.pipeline.PageParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house as the parser module's README draws it, checked: the internal packages form no cycle,
 * and each depends only on the layers below it.
 *
 * <pre>
 *   pipeline                    text + HTML front ends, extraction, finishing, in order
 *   text   html   extract       front ends; extraction reads sentences through text
 *   finish                      the one step that makes the record
 *   site content input json     the navigation snapshot; blocks and drafts; bytes to text; JSON
 *   lexicon                     the words of each language, read by every rule above
 *   knowledge                   the registry of structures, countries and places: the model alone
 * </pre>
 */
class PackageStructureTest {
    private static final String INTERNAL = "io.github.osceparser.parser.internal";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.osceparser.parser");
        // The rules below hold vacuously of no classes: make sure the parser's own were read.
        assertThat(classes.contain(PageParser.class))
                .as("the pipeline was imported")
                .isTrue();
        assertThat(classes.contain(PageFinisher.class))
                .as("the finishing step was imported")
                .isTrue();
        assertThat(classes.contain(Registry.class))
                .as("the knowledge registry was imported")
                .isTrue();
    }

    private static String internal(String name) {
        return INTERNAL + "." + name + "..";
    }

    @Test
    void internalPackagesFormNoCycle() {
        slices().matching(INTERNAL + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyThePublicApiUsesThePipeline() {
        noClasses()
                .that()
                .resideInAPackage(INTERNAL + "..")
                .and()
                .resideOutsideOfPackage(internal("pipeline"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(internal("pipeline"))
                .check(classes);
    }

    @Test
    void frontEndsKnowNothingOfExtractionOrFinishing() {
        noClasses()
                .that()
                .resideInAnyPackage(internal("text"), internal("html"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(internal("extract"), internal("finish"))
                .check(classes);
    }

    @Test
    void theLexiconDependsOnNoOtherStep() {
        noClasses()
                .that()
                .resideInAPackage(internal("lexicon"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        internal("pipeline"),
                        internal("text"),
                        internal("html"),
                        internal("extract"),
                        internal("finish"),
                        internal("site"),
                        internal("content"),
                        internal("input"),
                        internal("json"))
                .check(classes);
    }

    @Test
    void frontEndsDoNotKnowEachOther() {
        noClasses()
                .that()
                .resideInAPackage(internal("html"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(internal("text"))
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(internal("text"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(internal("html"))
                .check(classes);
    }

    @Test
    void extractorsNeverSeeMarkupOrTheFinishingStep() {
        noClasses()
                .that()
                .resideInAPackage(internal("extract"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(internal("html"), internal("finish"), "org.jsoup..")
                .check(classes);
    }

    @Test
    void contentSiteInputAndJsonStandOnTheModelAlone() {
        noClasses()
                .that()
                .resideInAnyPackage(internal("content"), internal("site"), internal("input"), internal("json"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        internal("text"),
                        internal("html"),
                        internal("extract"),
                        internal("finish"),
                        internal("pipeline"),
                        "org.jsoup..")
                .check(classes);
    }

    @Test
    void knowledgeStandsOnTheModelAlone() {
        // Extractors and the finishing step may look names up in the registry (issue 18); the
        // registry itself knows no page, no markup and no JSON library.
        noClasses()
                .that()
                .resideInAPackage(internal("knowledge"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        internal("text"),
                        internal("html"),
                        internal("extract"),
                        internal("finish"),
                        internal("pipeline"))
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        internal("content"),
                        internal("site"),
                        internal("input"),
                        internal("json"),
                        "io.github.osceparser.parser",
                        "org.jsoup..",
                        "tools.jackson..")
                .check(classes);
    }
}
