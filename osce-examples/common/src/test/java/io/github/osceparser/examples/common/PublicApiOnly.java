package io.github.osceparser.examples.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rule every example module checks with a {@code PublicApiOnlyTest} of its own: the examples
 * show how a user's program uses the library, so they use what a user can, the exported packages
 * only, never {@code io.github.osceparser.parser.internal}.
 */
public final class PublicApiOnly {
    /** No class of the module depends on the parser's internals. */
    public static final ArchRule RULE = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.osceparser.parser.internal..")
            .because("the examples use the library's public API only");

    private PublicApiOnly() {}
}
