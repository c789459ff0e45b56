package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The values of {@code --format} as the help shows them and a user types them. */
class OutputFormatTest {
    @Test
    void namesEachFormatInLowerCase() {
        assertThat(Arrays.stream(OutputFormat.values()).map(OutputFormat::toString))
                .containsExactly("jsonl", "json", "csv");
    }
}
