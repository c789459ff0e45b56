package io.github.osceparser.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FieldOfWorkTest {

    @Test
    void hasTheTwentyThreeFieldsOsceOrgLists() {
        assertThat(FieldOfWork.values()).hasSize(23);
    }

    @Test
    void slugsAreTheEnglishNamesInLowerCaseJoinedByHyphens() {
        assertThat(FieldOfWork.CYBER_ICT_SECURITY.slug()).isEqualTo("cyber-ict-security");
        assertThat(FieldOfWork.REFORM_AND_CO_OPERATION_IN_THE_SECURITY_SECTOR.slug())
                .isEqualTo("reform-and-co-operation-in-the-security-sector");
        assertThat(FieldOfWork.TOLERANCE_AND_NON_DISCRIMINATION.slug()).isEqualTo("tolerance-and-non-discrimination");
        assertThat(FieldOfWork.RULE_OF_LAW.slug()).isEqualTo("rule-of-law");
        assertThat(FieldOfWork.POLICING.slug()).isEqualTo("policing");
    }

    @Test
    void slugsAreDistinct() {
        assertThat(Arrays.stream(FieldOfWork.values()).map(FieldOfWork::slug)).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FieldOfWork.class)
    void findsEachFieldBySlugAndByEnglishName(FieldOfWork field) {
        assertThat(FieldOfWork.fromSlug(field.slug())).contains(field);
        assertThat(FieldOfWork.fromName(field.englishName())).contains(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cyber / ict security                           | CYBER_ICT_SECURITY
            CYBER-ICT-SECURITY                             | CYBER_ICT_SECURITY
            '  Rule   of law. '                            | RULE_OF_LAW
            reform and co operation in the security sector | REFORM_AND_CO_OPERATION_IN_THE_SECURITY_SECTOR
            """)
    void findsFieldIgnoringCasePunctuationAndSpacing(String name, FieldOfWork field) {
        assertThat(FieldOfWork.fromName(name)).as("name '%s'", name).contains(field);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            Space exploration
            Policing and more
            Police
            Ordine pubblico
            ''
            '  -  '
            """)
    void findsNoFieldForAnUnknownName(String name) {
        assertThat(FieldOfWork.fromName(name)).as("name '%s'", name).isEqualTo(Optional.empty());
    }

    @Test
    void findsNoFieldForAnUnknownSlug() {
        assertThat(FieldOfWork.fromSlug("Policing")).isEmpty();
        assertThat(FieldOfWork.fromSlug("cyber/ict-security")).isEmpty();
    }
}
