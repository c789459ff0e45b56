package io.github.osceparser.examples.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.osceparser.examples.common.PublicApiOnly;

/** This module's main classes use the library's public API only. */
@AnalyzeClasses(packages = "io.github.osceparser.examples.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiOnlyTest {
    @ArchTest
    static final ArchRule USES_THE_PUBLIC_API_ONLY = PublicApiOnly.RULE;
}
