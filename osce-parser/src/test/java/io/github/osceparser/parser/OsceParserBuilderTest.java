package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OsceParserBuilderTest {
    @Test
    void reportsItsSettings() {
        OsceParser defaults = OsceParser.create();
        OsceParser custom =
                OsceParser.builder().strict(true).maxInputLength(1234).build();

        assertThat(defaults.isStrict()).isFalse();
        assertThat(defaults.maxInputLength()).isEqualTo(OsceParser.DEFAULT_MAX_INPUT_LENGTH);
        assertThat(custom.isStrict()).isTrue();
        assertThat(custom.maxInputLength()).isEqualTo(1234);
        assertThat(OsceParser.builder().maxInputLength(1).build().maxInputLength())
                .isEqualTo(1);
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> OsceParser.builder().maxInputLength(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInputLength must be positive, was 0");
    }

    @Test
    void namesNoLineForAProblemOfTheWholePage() {
        assertThatThrownBy(() -> OsceParser.create().parse("   "))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("the page is empty: it holds no text")
                .extracting(e -> ((OsceParseException) e).line())
                .isEqualTo(java.util.OptionalInt.empty());
    }
}
