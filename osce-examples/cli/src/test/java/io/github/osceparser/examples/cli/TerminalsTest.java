package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalsTest {
    @Test
    void takesTerminalDevicesForTerminals() {
        assertThat(Terminals.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminals.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminals.isTerminalDevice("/dev/console")).isTrue();
    }

    @Test
    void takesPipesFilesAndNullForNoTerminal() {
        assertThat(Terminals.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(Terminals.isTerminalDevice("/tmp/osce.log")).isFalse();
        assertThat(Terminals.isTerminalDevice("/dev/null")).isFalse();
        assertThat(Terminals.isTerminalDevice("socket:[42]")).isFalse();
    }

    @Test
    void seesNoTerminalUnderTheBuild() {
        // Surefire pipes the test JVM's standard error to the build.
        assertThat(Terminals.isInteractive()).isFalse();
    }
}
